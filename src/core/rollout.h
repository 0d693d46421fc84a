#pragma once

#include "plan.h"
#include "verdict.h"

#include <vector>

namespace cplan {

// Roll-out candidates (DESIGN.md §4): channels whose latest decided test was profitable. The
// latest decided test is the one that ends last among the channel's tests with a verdict
// (profitable or not); a newer unprofitable test takes a channel off the list.
struct RolloutCandidate
{
    RecordId channelId;
    RecordId testId;
    TestVerdict verdict;
    bool rolloutPlanned = false; // a roll-out or scale phase starts after the test already
};
std::vector<RolloutCandidate> rolloutCandidates(const Plan &plan);

// The roll-out phase "Plan roll-out" proposes after a test: it starts the day after the test
// ends and runs three months; its budget keeps the test's daily budget (the actual spend when
// recorded), so a roll-out costs what the test showed it costs.
RolloutPhase proposedRollout(const Plan &plan, const RolloutPhase &test);

// The test phase "Add a test phase" proposes for a channel without one: a month from the later
// of the plan's start and the first day of the month after `today`, moved back so that it ends
// inside the horizon; no budget yet (the person types it).
RolloutPhase proposedTestPhase(const Plan &plan, const RecordId &channelId, const Date &today);

// A channel's status as the plan shows and counts it. Derived, not stored (DESIGN.md §2): a
// channel with a roll-out or scale phase is rolled out, one with only test phases is testing,
// one without phases is planned. Paused and Stopped are the person's own decision and stay as
// they were set (the stored `status`; a stored Planned, Testing or Rolled out means "follow the
// phases"). It depends on the kinds of the phases, never on today's date, so a plan file gives
// the same status and counts on any day (--summary, the PDF).
ChannelStatus effectiveChannelStatus(const Plan &plan, const Channel &channel);
// Whether the person has set the status by hand (Paused or Stopped).
bool isManualStatus(ChannelStatus status);

// The headline counts: channels whose effective status is Testing, and Rolled out.
struct ChannelStatusCounts
{
    int testing = 0;
    int rolledOut = 0;
};
ChannelStatusCounts channelStatusCounts(const Plan &plan);

// The phases that overlap the plan's months, by index into plan.phases, in plan order. Phases
// kept wholly outside after a change of start or horizon are not drawn or counted.
std::vector<std::size_t> phasesInHorizon(const Plan &plan);

} // namespace cplan
