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

} // namespace cplan
