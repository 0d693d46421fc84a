#include "planjson.h"
#include "testplans.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace cplan;

class TestPlanJson : public QObject
{
    Q_OBJECT
private:
    static QByteArray withChange(const QByteArray &json, const QByteArray &from, const QByteArray &to)
    {
        QByteArray changed = json;
        const qsizetype at = changed.indexOf(from);
        if (at < 0)
            qFatal("test text not found");
        return changed.replace(at, from.size(), to);
    }
    static QString errorOf(const QByteArray &json)
    {
        const JsonImportResult result = planFromJson(json);
        if (result.plan)
            return QStringLiteral("(no error)");
        return result.error;
    }

private slots:
    void roundTripIsLossless()
    {
        const Plan original = testing::fullPlan();
        const QByteArray json = planToJson(original);
        const JsonImportResult imported = planFromJson(json);
        QVERIFY2(imported.plan, qPrintable(imported.error));
        QVERIFY(*imported.plan == original);
        QCOMPARE(imported.plan->settings.name, original.settings.name);
        QCOMPARE(imported.plan->channels[0].costPerClick.minorUnits(), 85);
        QCOMPARE(imported.plan->fixedCosts[1].monthlyAmount.minorUnits(), 120001);
        QCOMPARE(planToJson(*imported.plan), json); // export -> import -> export: byte-identical
    }

    void idsSurviveReordering()
    {
        Plan plan = testing::fullPlan();
        std::swap(plan.channels[0], plan.channels[1]);
        const JsonImportResult imported = planFromJson(planToJson(plan));
        QVERIFY(imported.plan);
        QCOMPARE(imported.plan->channels[0].id, plan.channels[0].id);
        QCOMPARE(imported.plan->channels[0].name, QStringLiteral("Banner"));
    }

    void moneyInMajorUnitsInTheFile()
    {
        const QJsonObject root = QJsonDocument::fromJson(planToJson(testing::fullPlan())).object();
        const QJsonObject channel = root.value(QStringLiteral("channels")).toArray().at(0).toObject();
        QCOMPARE(channel.value(QStringLiteral("costPerClick")).toDouble(), 0.85);
        QCOMPARE(channel.value(QStringLiteral("kind")).toString(), QStringLiteral("paid-search"));
    }

    void syntaxErrorsNameLineAndColumn()
    {
        // The second comma on line 3 is where the JSON breaks (Qt words the reason).
        QVERIFY(errorOf("{\n  \"format\": \"campaign-planner\",\n  \"version\": 1,,\n}")
                    .startsWith(QStringLiteral("line 3, column 17: the JSON is not well formed (")));
        QVERIFY(errorOf("{\"a\": \"unterminated").startsWith(QStringLiteral("line 1, column ")));
        QVERIFY(errorOf("[1, 2]").contains(QStringLiteral("not a plan")));
        QVERIFY(errorOf("{\"hello\": 1}").contains(QStringLiteral("not a Campaign Planner plan")));
    }

    void newerOrBrokenVersionIsRefused()
    {
        const QByteArray json = planToJson(testing::fullPlan());
        QCOMPARE(errorOf(withChange(json, "\"version\": 1", "\"version\": 2")),
                 QStringLiteral("the plan was written by a newer version of Campaign Planner (JSON format 2; "
                                "this version reads up to 1). Update Campaign Planner to open it."));
        QCOMPARE(errorOf(withChange(json, "\"version\": 1", "\"version\": \"one\"")),
                 QStringLiteral("version: expected a whole number such as 1"));
    }

    void valueErrorsNameTheField()
    {
        const QByteArray json = planToJson(testing::fullPlan());
        QCOMPARE(errorOf(withChange(json, "\"leadRate\": 0.06", "\"leadRat\": 0.06")),
                 QStringLiteral("channels[0]: unknown field 'leadRat'"));
        QCOMPARE(errorOf(withChange(json, "\"start\": \"2026-03-02\"", "\"start\": \"2026-02-30\"")),
                 QStringLiteral("phases[0].start: '2026-02-30' is not a date like 2026-03-01"));
        QCOMPARE(errorOf(withChange(json, "\"kind\": \"paid-search\"", "\"kind\": \"tv\"")),
                 QStringLiteral("channels[0].kind: 'tv' is not one of: seo, content, social, email, display, "
                                "paid-search, affiliate, print, media-ads, pr, events, other"));
        QCOMPARE(errorOf(withChange(json, "\"customers\": 120000", "\"customers\": 1.5")),
                 QStringLiteral("segments[0].customers: expected a whole number, found the number 1.5"));
        QCOMPARE(errorOf(withChange(json, "\"months\": 18", "\"months\": \"18\"")),
                 QStringLiteral("settings.months: expected a number, found text '18'"));
    }

    void kpiAggregationIsWrittenAndReadBack()
    {
        const QJsonObject root = QJsonDocument::fromJson(planToJson(testing::fullPlan())).object();
        const QJsonArray kpis = root.value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.at(0).toObject().value(QStringLiteral("aggregation")).toString(), QStringLiteral("average"));
        QCOMPARE(kpis.at(1).toObject().value(QStringLiteral("aggregation")).toString(), QStringLiteral("sum"));
    }

    void missingKpiAggregationTakesTheUnitsDefault()
    {
        // A file from before KPIs had an aggregation: each KPI gets what its name and unit
        // suggest, whatever the plan held before it was written.
        Plan plan = testing::fullPlan();
        plan.kpis[0].aggregation = KpiAggregation::Last; // "Cost per lead" in EUR: a ratio, default average
        plan.kpis[1].unit = QStringLiteral("followers");
        plan.kpis[1].aggregation = KpiAggregation::Sum; // unit followers: default last
        QJsonObject root = QJsonDocument::fromJson(planToJson(plan)).object();
        QJsonArray kpis = root.value(QStringLiteral("kpis")).toArray();
        for (qsizetype i = 0; i < kpis.size(); ++i) {
            QJsonObject kpi = kpis.at(i).toObject();
            kpi.remove(QStringLiteral("aggregation"));
            kpis.replace(i, kpi);
        }
        root.insert(QStringLiteral("kpis"), kpis);
        const JsonImportResult imported = planFromJson(QJsonDocument(root).toJson());
        QVERIFY2(imported.plan, qPrintable(imported.error));
        QCOMPARE(imported.plan->kpis[0].aggregation, KpiAggregation::Average);
        QCOMPARE(imported.plan->kpis[1].aggregation, KpiAggregation::Last);
    }

    void unknownKpiAggregationIsRefused()
    {
        const QByteArray json = planToJson(testing::fullPlan());
        QCOMPARE(errorOf(withChange(json, "\"aggregation\": \"average\"", "\"aggregation\": \"median\"")),
                 QStringLiteral("kpis[0].aggregation: 'median' is not one of: sum, average, last"));
        QCOMPARE(errorOf(withChange(json, "\"aggregation\": \"average\"", "\"aggregation\": 2")),
                 QStringLiteral("kpis[0].aggregation: expected text in quotes, found the number 2"));
    }

    void outOfRangeValuesAreRefusedInPlainLanguage()
    {
        const QByteArray json = planToJson(testing::fullPlan());
        QCOMPARE(errorOf(withChange(json, "\"serviceableShare\": 0.35", "\"serviceableShare\": 1.5")),
                 QStringLiteral("Segment 'Students': serviceable share must be between 0 and 100 %"));
        QCOMPARE(errorOf(withChange(json, "\"months\": 18", "\"months\": 121")),
                 QStringLiteral("Plan settings: the horizon must be between 1 and 120 months (found 121)"));
        QCOMPARE(errorOf(withChange(json, "\"months\": 18", "\"months\": 0")),
                 QStringLiteral("Plan settings: the horizon must be between 1 and 120 months (found 0)"));
        QCOMPARE(errorOf(withChange(json, "\"budget\": 1500", "\"budget\": -1500")),
                 QStringLiteral("Roll-out phase 'Search test': the budget must not be negative"));
        QCOMPARE(errorOf(withChange(json, "\"end\": \"2026-04-12\"", "\"end\": \"2026-03-01\"")),
                 QStringLiteral("Roll-out phase 'Search test': it ends (2026-03-01) before it starts (2026-03-02)"));
        QCOMPARE(errorOf(withChange(json, "\"currency\": \"EUR\"", "\"currency\": \"EURO\"")),
                 QStringLiteral("Plan settings: 'EURO' is not an ISO 4217 currency code such as EUR or USD"));
    }

    void brokenReferencesAreRefused()
    {
        Plan plan = testing::fullPlan();
        plan.phases[0].channelId = newRecordId();
        QCOMPARE(errorOf(planToJson(plan)),
                 QStringLiteral("Roll-out phase 'Search test' refers to a channel that is not in the plan"));
        plan = testing::fullPlan();
        plan.segments.push_back(plan.segments[0]);
        QCOMPARE(errorOf(planToJson(plan)),
                 QStringLiteral("Segment 'Students' has the same id as another record"));
    }

    void currencyWithoutMinorUnits()
    {
        // JPY has no minor unit: 1234 yen are stored as 1234, and 0.5 yen rounds.
        Plan plan = testing::fullPlan();
        plan.settings.currency = QStringLiteral("JPY");
        const JsonImportResult imported = planFromJson(planToJson(plan));
        QVERIFY(imported.plan);
        QCOMPARE(imported.plan->major(imported.plan->fixedCosts[0].monthlyAmount), 7900.0);
    }
};

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
