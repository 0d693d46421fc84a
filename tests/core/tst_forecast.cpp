// Every expected number here was worked out by hand; the working is in the comments.
#include "forecast.h"
#include "verdict.h"

#include <QTest>

using namespace cplan;

namespace {

Money eur(double major)
{
    return *Money::fromMajor(major);
}

RolloutPhase phase(const Channel &channel, Date start, Date end, double budget, PhaseKind kind = PhaseKind::Rollout)
{
    RolloutPhase p;
    p.id = newRecordId();
    p.channelId = channel.id;
    p.name = QStringLiteral("phase");
    p.kind = kind;
    p.start = start;
    p.end = end;
    p.budget = eur(budget);
    return p;
}

Channel channel(CostModel model)
{
    Channel c;
    c.id = newRecordId();
    c.name = QStringLiteral("channel");
    c.costModel = model;
    return c;
}

// Horizon Jan-Mar 2024 (a leap year), gross margin 50 %.
// A (cpc 0.50, lead 10 %, close 20 %, order 100): 300 over 16 Jan - 14 Feb = 30 days:
//   Jan 16 days -> 160, Feb 14 days -> 140.
//   Jan: 160 / 0.5 = 320 clicks, 32 leads, 6.4 customers, revenue 640.
//   Feb: 140 / 0.5 = 280 clicks, 28 leads, 5.6 customers, revenue 560.
// B (cpm 10, CTR 1 %, lead 5 %, close 50 %, order 40): 600 over 1 Feb - 31 Mar = 29 + 31 = 60 days:
//   Feb 290, Mar 310. Feb: 290 / 10 * 1000 * 0.01 = 290 clicks, 14.5 leads, 7.25 customers,
//   revenue 290. Mar: 310 clicks, 15.5 leads, 7.75 customers, revenue 310.
// C (flat, 1000 visits/month, lead 2 %, close 50 %, order 50): phases 10-19 Feb (100) and
//   15-24 Feb (100) overlap; covered 10-24 Feb = 15 of 29 days.
//   Feb spend 200; clicks 1000 * 15 / 29 = 517.2413793; leads 10.3448276; customers 5.1724138;
//   revenue 258.6206897.
// Fixed cost 100 a month from Feb 2024 (mid-horizon), open-ended.
//   Jan: revenue 640, gross profit 320, spend 160, fixed 0, operating 160, cumulative 160.
//   Feb: revenue 560 + 290 + 258.6206897 = 1108.6206897, gross profit 554.3103448,
//        spend 140 + 290 + 200 = 630, fixed 100, operating -175.6896552, cumulative -15.6896552.
//   Mar: revenue 310, gross profit 155, spend 310, fixed 100, operating -255,
//        cumulative -270.6896552.
// Break-even: reached in Jan but lost in Feb -> none.
// ROI = (1029.3103448 - 1100) / 1100 = -0.0642633. Per channel: A (600 - 300) / 300 = 1;
// B (300 - 600) / 600 = -0.5; C (129.3103448 - 200) / 200 = -0.3534483.
Plan handWorkedPlan()
{
    Plan plan = makeBlankPlan(QStringLiteral("Hand-worked"));
    plan.settings.startMonth = {2024, 1};
    plan.settings.months = 3;
    plan.settings.grossMargin = 0.5;

    Channel a = channel(CostModel::Cpc);
    a.costPerClick = eur(0.5);
    a.leadRate = 0.1;
    a.closeRate = 0.2;
    a.averageOrderValue = eur(100);
    Channel b = channel(CostModel::Cpm);
    b.costPerMille = eur(10);
    b.clickThroughRate = 0.01;
    b.leadRate = 0.05;
    b.closeRate = 0.5;
    b.averageOrderValue = eur(40);
    Channel c = channel(CostModel::Flat);
    c.visitsPerMonth = 1000;
    c.leadRate = 0.02;
    c.closeRate = 0.5;
    c.averageOrderValue = eur(50);
    plan.channels = {a, b, c};
    plan.phases = {phase(a, Date(2024, 1, 16), Date(2024, 2, 14), 300),
                   phase(b, Date(2024, 2, 1), Date(2024, 3, 31), 600),
                   phase(c, Date(2024, 2, 10), Date(2024, 2, 19), 100),
                   phase(c, Date(2024, 2, 15), Date(2024, 2, 24), 100)};
    FixedCost rent{newRecordId(), QStringLiteral("Rent"), eur(100), YearMonth{2024, 2}, std::nullopt, {}};
    plan.fixedCosts = {rent};
    return plan;
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT
private slots:
    void marketSizeSumsSegments()
    {
        // 1000 x 200 = 200,000 TAM; x 25 % = 50,000 SAM; x 10 % = 5,000 SOM.
        // 500 x 80 = 40,000; x 50 % = 20,000; x 20 % = 4,000.
        Plan plan = makeBlankPlan(QStringLiteral("Market"));
        plan.segments = {{newRecordId(), QStringLiteral("Offices"), {}, 1000, eur(200), 0.25, 0.1, {}},
                         {newRecordId(), QStringLiteral("Students"), {}, 500, eur(80), 0.5, 0.2, {}}};
        const MarketSize size = marketSize(plan);
        QCOMPARE(size.tam, 240000.0);
        QCOMPARE(size.sam, 70000.0);
        QCOMPARE(size.som, 9000.0);
    }

    void spendCrossesMonthsAndLeapFebruary()
    {
        const Forecast f = computeForecast(handWorkedPlan());
        QCOMPARE(f.channels[0].spend, (std::vector<double>{160.0, 140.0, 0.0}));
        QCOMPARE(f.channels[1].spend, (std::vector<double>{0.0, 290.0, 310.0}));
        QCOMPARE(f.channels[2].spend, (std::vector<double>{0.0, 200.0, 0.0}));
    }

    void funnelPerCostModel()
    {
        const Forecast f = computeForecast(handWorkedPlan());
        QCOMPARE(f.channels[0].clicks[0], 320.0);
        QCOMPARE(f.channels[0].customers[1], 5.6);
        QCOMPARE(f.channels[0].revenue[0], 640.0);
        QCOMPARE(f.channels[1].clicks[1], 290.0);
        QCOMPARE(f.channels[1].leads[2], 15.5);
        QCOMPARE(f.channels[1].revenue[2], 310.0);
        // Flat: overlapping phases count once, 15 of 29 February days.
        QVERIFY(qFuzzyCompare(f.channels[2].clicks[1], 517.2413793103448));
        QVERIFY(qFuzzyCompare(f.channels[2].revenue[1], 258.62068965517244));
        QCOMPARE(f.channels[2].clicks[0], 0.0);
    }

    void profitAndLossByMonth()
    {
        const Forecast f = computeForecast(handWorkedPlan());
        QCOMPARE(f.months.size(), std::size_t(3));
        QCOMPARE(f.months[0].month, (YearMonth{2024, 1}));
        QCOMPARE(f.months[0].grossProfit, 320.0);
        QCOMPARE(f.months[0].fixedCosts, 0.0); // the fixed cost starts in February
        QCOMPARE(f.months[0].operatingProfit, 160.0);
        QVERIFY(qFuzzyCompare(f.months[1].revenue, 1108.6206896551724));
        QCOMPARE(f.months[1].spend, 630.0);
        QCOMPARE(f.months[1].fixedCosts, 100.0);
        QVERIFY(qFuzzyCompare(f.months[1].operatingProfit, -175.6896551724138));
        QVERIFY(qFuzzyCompare(f.months[1].cumulativeProfit, -15.689655172413794));
        QCOMPARE(f.months[2].operatingProfit, -255.0);
        QVERIFY(qFuzzyCompare(f.months[2].cumulativeProfit, -270.6896551724138));
        QCOMPARE(f.totals.spend, 1100.0);
        QCOMPARE(f.totals.fixedCosts, 200.0);
    }

    void breakEvenReachedThenLostDoesNotCount()
    {
        const Forecast f = computeForecast(handWorkedPlan());
        QVERIFY(f.months[0].cumulativeProfit >= 0.0);
        QVERIFY(!f.breakEvenMonthIndex.has_value());
        QVERIFY(!f.breakEvenMonth().has_value());
    }

    void roiOverallAndPerChannel()
    {
        const Forecast f = computeForecast(handWorkedPlan());
        QVERIFY(qFuzzyCompare(*f.roi, -0.06426332288401254));
        QCOMPARE(*f.channels[0].roi, 1.0);
        QCOMPARE(*f.channels[1].roi, -0.5);
        QVERIFY(qFuzzyCompare(*f.channels[2].roi, -0.35344827586206895));
    }

    void scenarioFactorsScaleCustomers()
    {
        // Optimistic 1.2: revenue 2058.6206897 x 1.2 = 2470.3448276; gross profit 1235.1724138;
        // ROI (1235.1724138 - 1100) / 1100 = 0.1228840. Conservative 0.8: revenue 1646.8965517.
        const Plan plan = handWorkedPlan();
        const Forecast optimistic = computeForecast(plan, Scenario::Optimistic);
        QVERIFY(qFuzzyCompare(optimistic.totals.revenue, 2470.344827586207));
        QVERIFY(qFuzzyCompare(*optimistic.roi, 0.12288401253918497));
        QCOMPARE(optimistic.totals.spend, 1100.0); // spend does not depend on the scenario
        const Forecast conservative = computeForecast(plan, Scenario::Conservative);
        QVERIFY(qFuzzyCompare(conservative.totals.revenue, 1646.8965517241379));
        QCOMPARE(conservative.channels[0].customers[0], 6.4 * 0.8);
    }

    void breakEvenReachedAndKept()
    {
        // Flat channel with no budget: 1000 visits x 10 % x 10 % = 10 customers x 10 = 100 a
        // month, gross profit 60. Fixed cost 100 in January only.
        // Jan -40 (cum -40), Feb +60 (cum 20), Mar +60 (cum 80): break-even in February.
        // Nothing spent: ROI is none, not a division by zero.
        Plan plan = makeBlankPlan(QStringLiteral("Organic"));
        plan.settings.startMonth = {2025, 1};
        plan.settings.months = 3;
        Channel seo = channel(CostModel::Flat);
        seo.visitsPerMonth = 1000;
        seo.leadRate = 0.1;
        seo.closeRate = 0.1;
        seo.averageOrderValue = eur(10);
        plan.channels = {seo};
        plan.phases = {phase(seo, Date(2025, 1, 1), Date(2025, 3, 31), 0)};
        plan.fixedCosts = {{newRecordId(), QStringLiteral("Launch"), eur(100), {2025, 1}, YearMonth{2025, 1}, {}}};
        const Forecast f = computeForecast(plan);
        QCOMPARE(f.months[0].cumulativeProfit, -40.0);
        QCOMPARE(f.months[2].cumulativeProfit, 80.0);
        QCOMPARE(f.breakEvenMonthIndex, std::optional<int>(1));
        QCOMPARE(*f.breakEvenMonth(), (YearMonth{2025, 2}));
        QVERIFY(!f.roi.has_value());
        QVERIFY(!f.channels[0].roi.has_value());
    }

    void flatChannelCoveringPartOfAMonth()
    {
        // 1-10 April 2025: 10 of 30 days -> 3000 x 10 / 30 = 1000 visits.
        Plan plan = makeBlankPlan(QStringLiteral("Blog"));
        plan.settings.startMonth = {2025, 4};
        plan.settings.months = 1;
        Channel blog = channel(CostModel::Flat);
        blog.visitsPerMonth = 3000;
        plan.channels = {blog};
        plan.phases = {phase(blog, Date(2025, 4, 1), Date(2025, 4, 10), 50)};
        QCOMPARE(computeForecast(plan).channels[0].clicks[0], 1000.0);
    }

    void spendOutsideTheHorizonIsNotCounted()
    {
        // 17 Dec 2023 - 15 Jan 2024 = 30 days, 300: 15 January days fall in the horizon -> 150.
        Plan plan = makeBlankPlan(QStringLiteral("Edge"));
        plan.settings.startMonth = {2024, 1};
        plan.settings.months = 1;
        Channel ads = channel(CostModel::Cpc);
        ads.costPerClick = eur(1);
        plan.channels = {ads};
        plan.phases = {phase(ads, Date(2023, 12, 17), Date(2024, 1, 15), 300)};
        QCOMPARE(computeForecast(plan).totals.spend, 150.0);
    }
};

class TestTestVerdict : public QObject
{
    Q_OBJECT
private:
    // Gross margin 50 %, minimum ROI to scale 20 %.
    Plan plan(std::optional<Money> targetCostPerLead = std::nullopt)
    {
        Plan p = makeBlankPlan(QStringLiteral("Tests"));
        p.settings.grossMargin = 0.5;
        p.settings.minimumRoiToScale = 0.2;
        Channel c = channel(CostModel::Cpc);
        c.costPerClick = eur(1);
        c.targetCostPerLead = targetCostPerLead;
        p.channels = {c};
        return p;
    }
    static RolloutPhase test(const Plan &p, std::optional<double> spend, std::optional<double> revenue,
                             std::optional<qint64> leads)
    {
        RolloutPhase t = phase(p.channels[0], Date(2026, 1, 1), Date(2026, 1, 31), 1000, PhaseKind::Test);
        if (spend)
            t.actualSpend = eur(*spend);
        if (revenue)
            t.actualRevenue = eur(*revenue);
        t.actualLeads = leads;
        return t;
    }
private slots:
    void atTheThresholdIsProfitable()
    {
        // (2400 x 0.5 - 1000) / 1000 = 0.2 = the minimum.
        const Plan p = plan();
        const TestVerdict v = testVerdict(p, test(p, 1000, 2400, std::nullopt));
        QCOMPARE(v.outcome, VerdictOutcome::Profitable);
        QCOMPARE(*v.roi, 0.2);
    }
    void justUnderIsNotProfitable()
    {
        // (2398 x 0.5 - 1000) / 1000 = 0.199.
        const Plan p = plan();
        const TestVerdict v = testVerdict(p, test(p, 1000, 2398, std::nullopt));
        QCOMPARE(v.outcome, VerdictOutcome::NotProfitable);
        QVERIFY(qFuzzyCompare(*v.roi, 0.199));
        QVERIFY(v.reason.contains(QStringLiteral("19.9")));
    }
    void costPerLeadAgainstTarget()
    {
        // 1000 / 50 = 20 = target: profitable; 1000 / 49 = 20.41 > 20: not.
        const Plan p = plan(eur(20));
        QCOMPARE(testVerdict(p, test(p, 1000, 3000, 50)).outcome, VerdictOutcome::Profitable);
        const TestVerdict over = testVerdict(p, test(p, 1000, 3000, 49));
        QCOMPARE(over.outcome, VerdictOutcome::NotProfitable);
        QVERIFY(qFuzzyCompare(*over.costPerLead, 1000.0 / 49.0));
    }
    void zeroLeadsIsNotProfitable()
    {
        const Plan p = plan(eur(20));
        const TestVerdict v = testVerdict(p, test(p, 1000, 3000, 0));
        QCOMPARE(v.outcome, VerdictOutcome::NotProfitable);
        QVERIFY(!v.costPerLead.has_value());
    }
    void zeroLeadsWithoutTargetIsDecidedByRoi()
    {
        // No target cost per lead: the leads do not matter. (3000 x 0.5 - 1000) / 1000 = 0.5 >= 0.2.
        const Plan p = plan();
        const TestVerdict v = testVerdict(p, test(p, 1000, 3000, 0));
        QCOMPARE(v.outcome, VerdictOutcome::Profitable);
        QCOMPARE(*v.roi, 0.5);
        QVERIFY(!v.costPerLead.has_value());
    }
    void spendWithoutRevenueIsNotProfitable()
    {
        // (0 x 0.5 - 500) / 500 = -1.
        const Plan p = plan();
        const TestVerdict v = testVerdict(p, test(p, 500, 0, 10));
        QCOMPARE(v.outcome, VerdictOutcome::NotProfitable);
        QCOMPARE(*v.roi, -1.0);
        QCOMPARE(*v.costPerLead, 50.0);
        QVERIFY2(v.reason.contains(QStringLiteral("-100.0")), qPrintable(v.reason));
    }
    void noActualsIsNotEnoughData()
    {
        const Plan p = plan(eur(20));
        QCOMPARE(testVerdict(p, test(p, std::nullopt, std::nullopt, std::nullopt)).outcome,
                 VerdictOutcome::NotEnoughData);
        QCOMPARE(testVerdict(p, test(p, 0, 0, 0)).outcome, VerdictOutcome::NotEnoughData);
        // Spend and revenue but no leads while the channel has a target cost per lead.
        QCOMPARE(testVerdict(p, test(p, 1000, 3000, std::nullopt)).outcome, VerdictOutcome::NotEnoughData);
    }
};

int main(int argc, char *argv[])
{
    int failures = 0;
    TestForecast forecast;
    failures += QTest::qExec(&forecast, argc, argv);
    TestTestVerdict verdict;
    failures += QTest::qExec(&verdict, argc, argv);
    return failures;
}

#include "tst_forecast.moc"
