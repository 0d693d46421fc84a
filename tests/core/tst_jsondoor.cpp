// The JSON door refuses what the plan file's door refuses: null where the format has no
// "or null", a value of the wrong type, a fraction where a whole number belongs, a value out of
// range. A missing key takes its documented default (docs/json-format.md).
#include "planjson.h"
#include "testplans.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace cplan;

namespace {

// Sets (or, with an undefined value, removes) the value at a path such as
// {"phases", "0", "budget"} in a JSON object.
QJsonValue changed(const QJsonValue &at, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString step = path.takeFirst();
    if (at.isArray()) {
        QJsonArray array = at.toArray();
        const int index = step.toInt();
        array.replace(index, changed(array.at(index), path, value));
        return array;
    }
    QJsonObject object = at.toObject();
    const QJsonValue inner = changed(object.value(step), path, value);
    if (inner.isUndefined())
        object.remove(step);
    else
        object.insert(step, inner);
    return object;
}

QByteArray fullPlanWith(const QString &path, const QJsonValue &value)
{
    const QJsonValue root = QJsonDocument::fromJson(planToJson(testing::fullPlan())).object();
    return QJsonDocument(changed(root, path.split(QLatin1Char('.')), value).toObject()).toJson();
}

QString errorOf(const QByteArray &json)
{
    const JsonImportResult result = planFromJson(json);
    return result.plan ? QStringLiteral("(no error)") : result.error;
}

Plan imported(const QByteArray &json)
{
    JsonImportResult result = planFromJson(json);
    if (!result.plan)
        qFatal("not imported: %s", qPrintable(result.error));
    return std::move(*result.plan);
}

void row(const char *name, const char *path, const QJsonValue &value, const char *error)
{
    QTest::newRow(name) << QString::fromUtf8(path) << value << QString::fromUtf8(error);
}

const QJsonValue missing = QJsonValue(QJsonValue::Undefined);
const QJsonValue null = QJsonValue(QJsonValue::Null);

} // namespace

class TestJsonDoor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void refused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");

        // The cases of the issue, as JSON holds them.
        row("budget 2^63-1", "phases.0.budget", QJsonValue(9223372036854775807.0),
            "phases[0].budget: the amount 9223372036854776000 is too large");
        row("budget 1e300", "phases.0.budget", QJsonValue(1e300),
            "phases[0].budget: the amount 1e+300 is too large");
        row("budget one cent too high", "phases.0.budget", QJsonValue(100000000000.01),
            "Roll-out phase 'Search test': the budget must be at most 100,000,000,000.00");
        row("customers 2^63-1", "segments.0.customers", QJsonValue(9223372036854775807.0),
            "segments[0].customers: the number 9223372036854776000 is out of range");
        row("customers one too many", "segments.0.customers", QJsonValue(10000000001.0),
            "Segment 'Students': the number of customers must be at most 10,000,000,000");
        row("gross margin 'abc'", "settings.grossMargin", QJsonValue(QStringLiteral("abc")),
            "settings.grossMargin: expected a number, found text 'abc'");
        row("months 1.5", "settings.months", QJsonValue(1.5),
            "settings.months: expected a whole number, found the number 1.5");

        // null where the format has no "or null".
        row("null rate", "channels.0.leadRate", null,
            "channels[0].leadRate: expected a number, found null");
        row("null name", "channels.1.name", null,
            "channels[1].name: expected text in quotes, found null");
        row("null kind", "channels.0.kind", null,
            "channels[0].kind: expected one of: seo, content, social, email, display, "
                                      "paid-search, affiliate, print, media-ads, pr, events, other, found null");
        row("null budget", "phases.1.budget", null,
            "phases[1].budget: expected an amount, found null");
        row("null customers", "segments.0.customers", null,
            "segments[0].customers: expected a whole number, found null");
        row("null months", "settings.months", null,
            "settings.months: expected a whole number, found null");
        row("null start", "phases.0.start", null,
            "phases[0].start: a date like 2026-03-01 is required");
        row("null start month", "fixedCosts.0.startMonth", null,
            "fixedCosts[0].startMonth: a month like 2026-03 is required");
        row("null id", "team.0.id", null,
            "team[0].id: every record needs an id (a UUID)");
        row("null resolved", "comments.1.resolved", null,
            "comments[1].resolved: expected true or false, found null");
        row("null list", "segments", null,
            "segments: expected a list [ ... ], found null");
        row("null settings", "settings", null,
            "settings: expected an object { ... }, found null");
        row("null notes", "campaigns.0.notes", null,
            "campaigns[0].notes: expected text in quotes, found null");
        row("null target", "kpis.0.targets.2026-03", null,
            "kpis[0].targets.2026-03: expected a number, found null");
        row("null excluded date", "content.0.excludedDates.0", null,
            "content[0].excludedDates[0]: expected a date like 2026-03-01, found null");

        // Wrong types and empty texts where a default exists only for a missing key.
        row("text leads", "phases.0.actualLeads", QJsonValue(QStringLiteral("131")),
            "phases[0].actualLeads: expected a number, found text '131'");
        row("fraction of a minute", "content.0.durationMinutes", QJsonValue(44.5),
            "content[0].durationMinutes: expected a whole number, found the number 44.5");
        row("list for settings", "settings", QJsonValue(QJsonArray()),
            "settings: expected an object { ... }, found a list");
        row("object for a list", "kpis", QJsonValue(QJsonObject()),
            "kpis: expected a list [ ... ], found an object");
        row("bool for text", "texts.strategy", QJsonValue(true),
            "texts.strategy: expected text in quotes, found true");
        row("empty kind", "channels.0.kind", QJsonValue(QString()),
            "channels[0].kind: '' is not one of: seo, content, social, email, display, "
                                       "paid-search, affiliate, print, media-ads, pr, events, other");
        row("empty currency", "settings.currency", QJsonValue(QString()),
            "Plan settings: '' is not an ISO 4217 currency code such as EUR or USD");
        row("empty colour", "campaigns.0.colour", QJsonValue(QString()),
            "Campaign 'Spring': the colour must look like #3b82f6");
        row("visits beyond the range", "channels.1.visitsPerMonth", QJsonValue(2e10),
            "Channel 'Banner': visits per month must be at most 10,000,000,000");
        row("KPI actual beyond the range", "kpis.0.actuals.0.value", QJsonValue(-1e16),
            "KPI 'Cost per lead': the actual for 2026-03-31 must be between -1,000,000,000,000,000 and "
               "1,000,000,000,000,000");
    }

    void refused()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        QCOMPARE(errorOf(fullPlanWith(path, value)), error);
    }

    void nullWhereTheFormatSaysOrNull()
    {
        // Each of these is documented "or null": null means "none", as a NULL in the file does.
        QCOMPARE(imported(fullPlanWith(QStringLiteral("channels.0.targetCostPerLead"), null)).channels[0].targetCostPerLead,
                 std::nullopt);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("phases.0.actualSpend"), null)).phases[0].actualSpend, std::nullopt);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("phases.0.actualLeads"), null)).phases[0].actualLeads, std::nullopt);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("fixedCosts.1.endMonth"), null)).fixedCosts[1].endMonth, std::nullopt);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("content.0.time"), null)).content[0].timeMinutes, std::nullopt);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("content.0.durationMinutes"), null)).content[0].durationMinutes,
                 std::nullopt);
        QVERIFY(imported(fullPlanWith(QStringLiteral("kpis.0.channel"), null)).kpis[0].channelId.isNull());
        QVERIFY(!imported(fullPlanWith(QStringLiteral("comments.0.createdAt"), null)).comments[0].createdAt.isValid());
        QVERIFY(!imported(fullPlanWith(QStringLiteral("approval.at"), null)).approval.at.isValid());
    }

    void missingKeysTakeTheirDefaults()
    {
        QCOMPARE(imported(fullPlanWith(QStringLiteral("settings.currency"), missing)).settings.currency, QStringLiteral("EUR"));
        QCOMPARE(imported(fullPlanWith(QStringLiteral("settings.months"), missing)).settings.months, 12);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("settings.grossMargin"), missing)).settings.grossMargin, 0.6);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("settings.minimumRoiToScale"), missing)).settings.minimumRoiToScale, 0.0);
        const ScenarioFactors factors = imported(fullPlanWith(QStringLiteral("settings.scenarios"), missing)).settings.scenarios;
        QCOMPARE(factors.conservative, 0.8);
        QCOMPARE(factors.base, 1.0);
        QCOMPARE(factors.optimistic, 1.2);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("team.0.weeklyCapacityHours"), missing)).team[0].weeklyCapacityHours, 40.0);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("campaigns.0.colour"), missing)).campaigns[0].colour,
                 QStringLiteral("#3b82f6"));
        QCOMPARE(imported(fullPlanWith(QStringLiteral("channels.0.kind"), missing)).channels[0].kind, ChannelKind::Other);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("channels.0.notes"), missing)).channels[0].notes, QString());
        QCOMPARE(imported(fullPlanWith(QStringLiteral("comments.1.resolved"), missing)).comments[1].resolved, false);
        QCOMPARE(imported(fullPlanWith(QStringLiteral("phases.0.actualRevenue"), missing)).phases[0].actualRevenue,
                 std::nullopt);
        QVERIFY(imported(fullPlanWith(QStringLiteral("competitors"), missing)).competitors.empty());
    }

    void millisecondsOfATimestampSurvive()
    {
        // The plan file keeps milliseconds; so must the JSON, or the two doors give two plans.
        Plan plan = testing::fullPlan();
        plan.comments[0].createdAt = QDateTime(QDate(2026, 11, 20), QTime(10, 15, 0, 123), QTimeZone::utc());
        const QByteArray json = planToJson(plan);
        QVERIFY(json.contains("\"createdAt\": \"2026-11-20T10:15:00.123Z\""));
        QVERIFY(json.contains("\"createdAt\": \"2026-11-20T11:00:05Z\"")); // none: written as before
        const Plan back = imported(json);
        QCOMPARE(back.comments[0].createdAt, plan.comments[0].createdAt);
        QCOMPARE(planToJson(back), json);
    }
};

QTEST_GUILESS_MAIN(TestJsonDoor)
#include "tst_jsondoor.moc"
