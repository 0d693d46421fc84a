#include "rollout.h"

#include "contentschedule.h"

#include <QCoreApplication>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>

namespace cplan {

std::vector<RolloutCandidate> rolloutCandidates(const Plan &plan)
{
    std::vector<RolloutCandidate> candidates;
    for (const Channel &channel : plan.channels) {
        const RolloutPhase *latest = nullptr;
        TestVerdict latestVerdict;
        for (const RolloutPhase &phase : plan.phases) {
            if (phase.channelId != channel.id || phase.kind != PhaseKind::Test)
                continue;
            TestVerdict verdict = testVerdict(plan, phase);
            if (verdict.outcome == VerdictOutcome::NotEnoughData)
                continue;
            if (!latest || latest->end < phase.end) {
                latest = &phase;
                latestVerdict = std::move(verdict);
            }
        }
        if (!latest || latestVerdict.outcome != VerdictOutcome::Profitable)
            continue;
        RolloutCandidate candidate{channel.id, latest->id, latestVerdict, false};
        for (const RolloutPhase &phase : plan.phases) {
            if (phase.channelId == channel.id && phase.kind != PhaseKind::Test && latest->end < phase.start)
                candidate.rolloutPlanned = true;
        }
        candidates.push_back(std::move(candidate));
    }
    return candidates;
}

RolloutPhase proposedRollout(const Plan &plan, const RolloutPhase &test)
{
    RolloutPhase rollout;
    rollout.id = newRecordId();
    rollout.channelId = test.channelId;
    rollout.kind = PhaseKind::Rollout;
    const Channel *channel = plan.findChannel(test.channelId);
    rollout.name = channel ? QCoreApplication::translate("cplan::Rollout", "%1 roll-out").arg(channel->name)
                           : QCoreApplication::translate("cplan::Rollout", "Roll-out");
    rollout.start = test.end + boost::gregorian::days(1);
    rollout.end = addMonthsKeepingDay(rollout.start, 3) - boost::gregorian::days(1);
    const Money testCost = test.actualSpend && !test.actualSpend->isZero() ? *test.actualSpend : test.budget;
    const double testDays = double((test.end - test.start).days() + 1);
    const double rolloutDays = double((rollout.end - rollout.start).days() + 1);
    const double minor = std::round(double(testCost.minorUnits()) / testDays * rolloutDays);
    rollout.budget = Money::fromMinorUnits(std::int64_t(minor));
    return rollout;
}

RolloutPhase proposedTestPhase(const Plan &plan, const RecordId &channelId, const Date &today)
{
    RolloutPhase test;
    test.id = newRecordId();
    test.channelId = channelId;
    test.kind = PhaseKind::Test;
    const Channel *channel = plan.findChannel(channelId);
    test.name = channel ? QCoreApplication::translate("cplan::Rollout", "%1 test").arg(channel->name)
                        : QCoreApplication::translate("cplan::Rollout", "Test");
    const YearMonth first = plan.settings.startMonth;
    const YearMonth last = first.addMonths(plan.settings.months - 1);
    YearMonth month = std::max(first, YearMonth::of(today).addMonths(1));
    if (last < month) // the horizon is over: its last month is the latest a test can still count
        month = last;
    test.start = month.firstDay();
    test.end = month.lastDay();
    return test;
}

bool isManualStatus(ChannelStatus status)
{
    return status == ChannelStatus::Paused || status == ChannelStatus::Stopped;
}

ChannelStatus effectiveChannelStatus(const Plan &plan, const Channel &channel)
{
    if (isManualStatus(channel.status))
        return channel.status;
    ChannelStatus status = ChannelStatus::Planned;
    for (const RolloutPhase &phase : plan.phases) {
        if (phase.channelId != channel.id)
            continue;
        if (phase.kind != PhaseKind::Test)
            return ChannelStatus::RolledOut;
        status = ChannelStatus::Testing;
    }
    return status;
}

ChannelStatusCounts channelStatusCounts(const Plan &plan)
{
    ChannelStatusCounts counts;
    for (const Channel &channel : plan.channels) {
        const ChannelStatus status = effectiveChannelStatus(plan, channel);
        counts.testing += status == ChannelStatus::Testing ? 1 : 0;
        counts.rolledOut += status == ChannelStatus::RolledOut ? 1 : 0;
    }
    return counts;
}

std::vector<std::size_t> phasesInHorizon(const Plan &plan)
{
    const Date start = horizonStart(plan.settings);
    const Date end = horizonEnd(plan.settings);
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        if (plan.phases[i].start <= end && start <= plan.phases[i].end)
            inside.push_back(i);
    }
    return inside;
}

} // namespace cplan
