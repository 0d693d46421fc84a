// Roll-out rules in core: the test verdict when a test lost money, the status a channel gets
// from its phases (and the headline counts made of it), and the test phase proposed for a
// channel without one. Every expected value is worked out by hand in the comments.
#include "planjson.h"
#include "rollout.h"
#include "verdict.h"

#include <QFile>
#include <QTest>

using namespace cplan;

namespace {

Money eur(double major)
{
    return *Money::fromMajor(major, 2);
}

// Gross margin 50 %, minimum ROI to scale 20 %, one paid-search channel.
Plan testPlan(std::optional<Money> targetCostPerLead = std::nullopt)
{
    Plan plan = makeBlankPlan(QStringLiteral("Roll-out rules"));
    plan.settings.startMonth = YearMonth{2027, 1};
    plan.settings.months = 12;
    plan.settings.grossMargin = 0.5;
    plan.settings.minimumRoiToScale = 0.2;
    Channel search;
    search.id = newRecordId();
    search.name = QStringLiteral("Paid search");
    search.costModel = CostModel::Cpc;
    search.costPerClick = eur(1);
    search.targetCostPerLead = targetCostPerLead;
    plan.channels = {search};
    return plan;
}

RolloutPhase phaseOf(const Channel &channel, PhaseKind kind, Date start, Date end)
{
    RolloutPhase phase;
    phase.id = newRecordId();
    phase.channelId = channel.id;
    phase.kind = kind;
    phase.name = QStringLiteral("Phase");
    phase.start = start;
    phase.end = end;
    phase.budget = eur(1000);
    return phase;
}

RolloutPhase test(const Plan &plan, std::optional<double> spend, std::optional<double> revenue, std::optional<qint64> leads)
{
    RolloutPhase t = phaseOf(plan.channels[0], PhaseKind::Test, Date(2027, 1, 1), Date(2027, 1, 31));
    if (spend)
        t.actualSpend = eur(*spend);
    if (revenue)
        t.actualRevenue = eur(*revenue);
    t.actualLeads = leads;
    return t;
}

} // namespace

class TestRollout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // --- The verdict (DESIGN.md §4) ---

    void aLossIsNotProfitableWhateverTheLeads()
    {
        // The reported case: spend 100, revenue 0, no leads recorded. ROI (0 x 0.5 - 100) / 100
        // = -100 %, below the minimum of 20 %: not profitable, with or without a target cost
        // per lead (the leads could not make it profitable).
        for (const std::optional<Money> &target : {std::optional<Money>(), std::optional<Money>(eur(20))}) {
            const Plan plan = testPlan(target);
            const TestVerdict verdict = testVerdict(plan, test(plan, 100, 0, std::nullopt));
            QCOMPARE(verdict.outcome, VerdictOutcome::NotProfitable);
            QCOMPARE(*verdict.roi, -1.0);
            QVERIFY2(verdict.reason.contains(QStringLiteral("-100.0 %")), qPrintable(verdict.reason));
            QVERIFY(!verdict.costPerLead);
        }
    }
    void roiExactlyAtTheMinimumIsProfitable()
    {
        // (2400 x 0.5 - 1000) / 1000 = 0.2 = the minimum; 1000 / 50 leads = 20 = the target.
        const Plan plan = testPlan(eur(20));
        const TestVerdict verdict = testVerdict(plan, test(plan, 1000, 2400, 50));
        QCOMPARE(verdict.outcome, VerdictOutcome::Profitable);
        QCOMPARE(*verdict.roi, 0.2);
        QCOMPARE(*verdict.costPerLead, 20.0);
    }
    void noSpendIsNotEnoughData()
    {
        // Spend 0 leaves the ROI undefined (a division by 0): nothing to decide on yet.
        const Plan plan = testPlan();
        const TestVerdict verdict = testVerdict(plan, test(plan, 0, 500, 10));
        QCOMPARE(verdict.outcome, VerdictOutcome::NotEnoughData);
        QVERIFY(!verdict.roi);
        QVERIFY(verdict.reason.contains(QStringLiteral("actual spend")));
    }
    void spendWithoutRecordedRevenueAsksForTheRevenue()
    {
        // An empty revenue is not yet known (a test that sold nothing records 0).
        const Plan plan = testPlan();
        const TestVerdict verdict = testVerdict(plan, test(plan, 100, std::nullopt, std::nullopt));
        QCOMPARE(verdict.outcome, VerdictOutcome::NotEnoughData);
        QVERIFY2(verdict.reason.contains(QStringLiteral("0 if it sold nothing")), qPrintable(verdict.reason));
    }
    void zeroLeadsAgainstATargetIsNotProfitableEvenWithAGoodRoi()
    {
        // Decided: 0 leads recorded means each lead cost more than any target, so a channel with
        // a target cost per lead is not profitable even at ROI (3000 x 0.5 - 1000) / 1000 = 50 %.
        // (A person who did not count the leads leaves the cell empty: then the verdict waits.)
        const Plan plan = testPlan(eur(20));
        const TestVerdict zero = testVerdict(plan, test(plan, 1000, 3000, 0));
        QCOMPARE(zero.outcome, VerdictOutcome::NotProfitable);
        QCOMPARE(*zero.roi, 0.5);
        QVERIFY2(zero.reason.contains(QStringLiteral("no leads for 1,000.00 EUR spent")), qPrintable(zero.reason));
        const TestVerdict unknown = testVerdict(plan, test(plan, 1000, 3000, std::nullopt));
        QCOMPARE(unknown.outcome, VerdictOutcome::NotEnoughData);
        QVERIFY(unknown.reason.contains(QStringLiteral("record the leads")));
    }

    // --- The channel's status follows its phases ---

    void statusFollowsThePhaseKinds()
    {
        Plan plan = testPlan();
        const Channel &channel = plan.channels[0];
        QCOMPARE(effectiveChannelStatus(plan, channel), ChannelStatus::Planned);
        plan.phases.push_back(phaseOf(channel, PhaseKind::Test, Date(2027, 2, 1), Date(2027, 2, 28)));
        QCOMPARE(effectiveChannelStatus(plan, channel), ChannelStatus::Testing);
        plan.phases.push_back(phaseOf(channel, PhaseKind::Scale, Date(2027, 6, 1), Date(2027, 6, 30)));
        QCOMPARE(effectiveChannelStatus(plan, channel), ChannelStatus::RolledOut);
        plan.phases.erase(plan.phases.begin()); // a scale phase alone
        QCOMPARE(effectiveChannelStatus(plan, channel), ChannelStatus::RolledOut);
        plan.phases.front().kind = PhaseKind::Rollout;
        QCOMPARE(effectiveChannelStatus(plan, channel), ChannelStatus::RolledOut);
    }
    void pausedAndStoppedAreThePersonsDecision()
    {
        Plan plan = testPlan();
        plan.phases.push_back(phaseOf(plan.channels[0], PhaseKind::Rollout, Date(2027, 2, 1), Date(2027, 4, 30)));
        plan.channels[0].status = ChannelStatus::Paused;
        QCOMPARE(effectiveChannelStatus(plan, plan.channels[0]), ChannelStatus::Paused);
        plan.channels[0].status = ChannelStatus::Stopped;
        QCOMPARE(effectiveChannelStatus(plan, plan.channels[0]), ChannelStatus::Stopped);
        // A stored Testing or Rolled out (older files) follows the phases like Planned.
        plan.channels[0].status = ChannelStatus::Testing;
        QCOMPARE(effectiveChannelStatus(plan, plan.channels[0]), ChannelStatus::RolledOut);
        plan.phases.clear();
        plan.channels[0].status = ChannelStatus::RolledOut;
        QCOMPARE(effectiveChannelStatus(plan, plan.channels[0]), ChannelStatus::Planned);
    }
    void sampleCountsEqualItsPhases()
    {
        QFile file(qEnvironmentVariable("CPLAN_SOURCE_DIR") + QStringLiteral("/resources/plans/sample.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "the sample plan is not found (CPLAN_SOURCE_DIR)");
        JsonImportResult read = planFromJson(file.readAll());
        QVERIFY2(read.plan, qPrintable(read.error));
        Plan plan = std::move(*read.plan);
        // Counted by hand from the sample's 17 phases:
        // - roll-out or scale phases: SEO, Tea journal, Leaf Letter, Instagram (test, roll-out,
        //   scale), Google Ads (test, roll-out, scale), PR and press, Christmas markets -> 7 rolled out;
        // - only a test: Pinterest ads -> 1 testing;
        // - Display banners (a test) is stopped and Affiliates (a test) paused by hand: neither.
        ChannelStatusCounts counts = channelStatusCounts(plan);
        QCOMPARE(counts.testing, 1);
        QCOMPARE(counts.rolledOut, 7);

        // Pinterest's test comes back: spend 1000, revenue 3000, 160 leads. ROI (3000 x 0.55 -
        // 1000) / 1000 = 65 % >= 20 % and 1000 / 160 = 6.25 a lead <= the target of 7: a roll-out
        // candidate. Planning its roll-out (what "Plan roll-out" adds) moves it from testing to
        // rolled out: 0 / 8.
        auto pinterest = std::find_if(plan.phases.begin(), plan.phases.end(), [&](const RolloutPhase &p) {
            return plan.findChannel(p.channelId)->name == QLatin1String("Pinterest ads");
        });
        QVERIFY(pinterest != plan.phases.end());
        pinterest->actualSpend = eur(1000);
        pinterest->actualRevenue = eur(3000);
        pinterest->actualLeads = 160;
        const std::vector<RolloutCandidate> candidates = rolloutCandidates(plan);
        const auto candidate = std::find_if(candidates.begin(), candidates.end(),
                                            [&](const RolloutCandidate &c) { return c.testId == pinterest->id; });
        QVERIFY(candidate != candidates.end() && !candidate->rolloutPlanned);
        plan.phases.push_back(proposedRollout(plan, *pinterest));
        counts = channelStatusCounts(plan);
        QCOMPARE(counts.testing, 0);
        QCOMPARE(counts.rolledOut, 8);

        // A roll-out of the paused Affiliates (a profitable test: (2100 x 0.55 - 900) / 900 =
        // 28 %) leaves it paused: the counts stay.
        const auto affiliates = std::find_if(plan.phases.begin(), plan.phases.end(), [&](const RolloutPhase &p) {
            return plan.findChannel(p.channelId)->name.startsWith(QLatin1String("Affiliates"));
        });
        QVERIFY(affiliates != plan.phases.end());
        plan.phases.push_back(proposedRollout(plan, *affiliates));
        counts = channelStatusCounts(plan);
        QCOMPARE(counts.testing, 0);
        QCOMPARE(counts.rolledOut, 8);
    }

    void proposedRolloutFromTheLastDayOfFebruaryRunsThreeMonthsToTheDay()
    {
        // A test ending 27 Feb 2027 proposes a roll-out from 28 Feb: three months to the day
        // end on 27 May (28 May - 1 day), not on 30 May as month-end snapping would give.
        Plan plan = testPlan();
        const RolloutPhase t = phaseOf(plan.channels[0], PhaseKind::Test, Date(2027, 2, 1), Date(2027, 2, 27));
        const RolloutPhase rollout = proposedRollout(plan, t);
        QCOMPARE(rollout.start, Date(2027, 2, 28));
        QCOMPARE(rollout.end, Date(2027, 5, 27));
        // Budget: EUR 1,000 over the test's 27 days, so EUR 37.037... a day over the
        // roll-out's 89 days (28 Feb..27 May: 1 + 31 + 30 + 27) = EUR 3,296.30.
        QCOMPARE(rollout.budget, eur(3296.30));
    }

    // --- "Add a test phase" ---

    void proposedTestStartsNextMonthInsideTheHorizon()
    {
        const Plan plan = testPlan(); // January to December 2027
        const RecordId channel = plan.channels[0].id;
        struct Case
        {
            Date today, start, end;
        };
        const Case cases[] = {
            {Date(2026, 11, 20), Date(2027, 1, 1), Date(2027, 1, 31)},  // before the plan: its first month
            {Date(2027, 3, 15), Date(2027, 4, 1), Date(2027, 4, 30)},   // the first day of next month
            {Date(2027, 1, 31), Date(2027, 2, 1), Date(2027, 2, 28)},   // the last day of a month
            {Date(2027, 12, 10), Date(2027, 12, 1), Date(2027, 12, 31)}, // next month is past the horizon
            {Date(2029, 5, 1), Date(2027, 12, 1), Date(2027, 12, 31)},   // the plan is over
        };
        for (const Case &c : cases) {
            const RolloutPhase phase = proposedTestPhase(plan, channel, c.today);
            QCOMPARE(phase.start, c.start);
            QCOMPARE(phase.end, c.end);
            QCOMPARE(phase.kind, PhaseKind::Test);
            QCOMPARE(phase.channelId, channel);
        }
        const RolloutPhase phase = proposedTestPhase(plan, channel, Date(2027, 3, 15));
        QCOMPARE(phase.name, QStringLiteral("Paid search test"));
        QVERIFY(phase.budget.isZero());
        QVERIFY(!phase.id.isNull());
    }
};

QTEST_GUILESS_MAIN(TestRollout)
#include "tst_rollout.moc"
