// One validation for both doors: a plan file and a JSON import accept exactly the same plans,
// so every plan that opens exports to JSON that imports back, byte for byte.
#include "planfile.h"
#include "planjson.h"
#include "randomplans.h"
#include "testplans.h"
#include "validation.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cplan;
using namespace cplan::storage;

// Changes a valid plan so that one value is out of its range.
using PlanBreaker = std::function<void(Plan &)>;
Q_DECLARE_METATYPE(PlanBreaker)

class TestBothDoors : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // The plan through the loader's door: saved as a .cplan file and opened.
    std::optional<Plan> throughFile(const Plan &plan, QString *error)
    {
        const QString file = m_dir.filePath(QStringLiteral("door.cplan"));
        const SaveResult saved = savePlanFile(plan, file);
        if (!saved.ok) {
            *error = saved.message;
            return std::nullopt;
        }
        OpenResult opened = openPlanFile(file);
        *error = opened.message;
        return std::move(opened.plan);
    }

    // Through the JSON door: exported and imported.
    static std::optional<Plan> throughJson(const Plan &plan, QString *error)
    {
        JsonImportResult imported = planFromJson(planToJson(plan));
        *error = imported.error;
        return std::move(imported.plan);
    }

    // A valid plan goes through both doors unchanged, and its JSON reads back byte for byte.
    void expectBothDoorsKeep(const Plan &plan, const QString &which)
    {
        const std::vector<Problem> problems = validatePlan(plan);
        QVERIFY2(problems.empty(), qPrintable(which + QStringLiteral(": the generator made an invalid plan: ")
                                              + (problems.empty() ? QString() : problems.front().message)));
        QString error;
        const std::optional<Plan> opened = throughFile(plan, &error);
        QVERIFY2(opened, qPrintable(which + QStringLiteral(": ") + error));
        QVERIFY2(*opened == plan, qPrintable(which + QStringLiteral(": the file door changed the plan")));
        const QByteArray json = planToJson(*opened);
        const JsonImportResult imported = planFromJson(json);
        QVERIFY2(imported.plan, qPrintable(which + QStringLiteral(": ") + imported.error));
        QVERIFY2(*imported.plan == plan, qPrintable(which + QStringLiteral(": the JSON door changed the plan")));
        QVERIFY2(planToJson(*imported.plan) == json, qPrintable(which + QStringLiteral(": JSON not byte-identical")));
        // And back into a file from the imported plan.
        const std::optional<Plan> reopened = throughFile(*imported.plan, &error);
        QVERIFY2(reopened && *reopened == plan, qPrintable(which + QStringLiteral(": JSON → file changed the plan")));
    }

    // A plan that breaks one range: both doors refuse it, with the same message.
    void expectBothDoorsRefuse(const Plan &plan, const QString &message)
    {
        QString fileError;
        QVERIFY(!throughFile(plan, &fileError));
        QVERIFY2(fileError.contains(QStringLiteral("damaged (") + message + QStringLiteral(")")),
                 qPrintable(fileError));
        QString jsonError;
        QVERIFY(!throughJson(plan, &jsonError));
        QCOMPARE(jsonError, message);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A decimal comma and other digits must change nothing in a file or in JSON.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }

    void plansAtTheLimitsPassBothDoors()
    {
        testing::RandomPlans random(20261202);
        expectBothDoorsKeep(random.next(testing::RandomPlans::Edges::Highest), QStringLiteral("highest"));
        expectBothDoorsKeep(random.next(testing::RandomPlans::Edges::Lowest), QStringLiteral("lowest"));
    }

    void randomPlansPassBothDoorsUnchanged()
    {
        // A few hundred plans, each seeded by its number so a failure can be replayed alone.
        for (quint32 seed = 1; seed <= 300; ++seed) {
            testing::RandomPlans random(seed);
            expectBothDoorsKeep(random.next(), QStringLiteral("plan %1").arg(seed));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void oneBeyondEachLimitIsRefusedByBothDoors_data()
    {
        QTest::addColumn<PlanBreaker>("breakPlan");
        QTest::addColumn<QString>("message");
        const qint64 tooMuch = Money::maximumMinorUnits + 1;
        QTest::newRow("phase budget") << PlanBreaker([=](Plan &p) {
            p.phases[0].budget = Money::fromMinorUnits(tooMuch);
        }) << QStringLiteral("Roll-out phase 'Search test': the budget must be at most 100,000,000,000.00");
        QTest::newRow("actual spend") << PlanBreaker([=](Plan &p) {
            p.phases[0].actualSpend = Money::fromMinorUnits(tooMuch);
        }) << QStringLiteral("Roll-out phase 'Search test': actual spend must be at most 100,000,000,000.00");
        QTest::newRow("yen: the limit is in minor units") << PlanBreaker([=](Plan &p) {
            p.settings.currency = QStringLiteral("JPY");
            p.campaigns[0].budget = Money::fromMinorUnits(tooMuch);
        }) << QStringLiteral("Campaign 'Spring': the budget must be at most 10,000,000,000,000");
        QTest::newRow("cost per click") << PlanBreaker([=](Plan &p) {
            p.channels[0].costPerClick = Money::fromMinorUnits(tooMuch);
        }) << QStringLiteral("Channel 'Google Ads': cost per click must be at most 100,000,000,000.00");
        QTest::newRow("fixed cost") << PlanBreaker([=](Plan &p) {
            p.fixedCosts[0].monthlyAmount = Money::fromMinorUnits(tooMuch);
        }) << QStringLiteral("Fixed cost 'Shop platform': the monthly amount must be at most 100,000,000,000.00");
        QTest::newRow("customers") << PlanBreaker([](Plan &p) {
            p.segments[0].customers = valueranges::customers + 1;
        }) << QStringLiteral("Segment 'Students': the number of customers must be at most 10,000,000,000");
        QTest::newRow("yearly spend") << PlanBreaker([=](Plan &p) {
            p.segments[0].annualSpendPerCustomer = Money::fromMinorUnits(tooMuch);
        }) << QStringLiteral("Segment 'Students': annual spend per customer must be at most 100,000,000,000.00");
        QTest::newRow("leads") << PlanBreaker([](Plan &p) {
            p.phases[0].actualLeads = valueranges::leads + 1;
        }) << QStringLiteral("Roll-out phase 'Search test': actual leads must be at most 10,000,000,000");
        QTest::newRow("visits") << PlanBreaker([](Plan &p) {
            p.channels[0].visitsPerMonth = valueranges::visitsPerMonth * 1.5;
        }) << QStringLiteral("Channel 'Google Ads': visits per month must be at most 10,000,000,000");
        QTest::newRow("KPI target") << PlanBreaker([](Plan &p) {
            p.kpis[0].monthlyTargets[{2026, 5}] = -2e15;
        }) << QStringLiteral("KPI 'Cost per lead': the target for 2026-05 must be between "
                             "-1,000,000,000,000,000 and 1,000,000,000,000,000");
        QTest::newRow("KPI actual") << PlanBreaker([](Plan &p) {
            p.kpis[0].actuals.back().value = 1e300;
        }) << QStringLiteral("KPI 'Cost per lead': the actual for 2026-04-30 must be between "
                             "-1,000,000,000,000,000 and 1,000,000,000,000,000");
    }

    void oneBeyondEachLimitIsRefusedByBothDoors()
    {
        QFETCH(PlanBreaker, breakPlan);
        QFETCH(QString, message);
        Plan plan = testing::fullPlan();
        breakPlan(plan);
        expectBothDoorsRefuse(plan, message);
    }

    void theLargestAmountIsExactInEveryCurrency()
    {
        // 10^13 minor units in major units as JSON writes them: no digit lost in a double.
        for (const char *currency : {"EUR", "JPY", "KWD", "CLF"}) {
            Plan plan = testing::fullPlan();
            plan.settings.currency = QString::fromLatin1(currency);
            plan.phases[0].budget = Money::fromMinorUnits(Money::maximumMinorUnits);
            plan.phases[0].actualSpend = Money::fromMinorUnits(Money::maximumMinorUnits - 1);
            QString error;
            const std::optional<Plan> imported = throughJson(plan, &error);
            QVERIFY2(imported, qPrintable(error));
            QCOMPARE(imported->phases[0].budget.minorUnits(), Money::maximumMinorUnits);
            QCOMPARE(imported->phases[0].actualSpend->minorUnits(), Money::maximumMinorUnits - 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestBothDoors)
#include "tst_bothdoors.moc"
