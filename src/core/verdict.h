#pragma once

#include "plan.h"

#include <optional>

namespace cplan {

// The decision a test phase supports (DESIGN.md §4): roll the channel out or not.
enum class VerdictOutcome { Profitable, NotProfitable, NotEnoughData };

struct TestVerdict
{
    VerdictOutcome outcome = VerdictOutcome::NotEnoughData;
    std::optional<double> roi;         // (revenue x margin - spend) / spend
    std::optional<double> costPerLead; // spend / leads, when leads were recorded and > 0
    QString reason;                    // the numbers that decided it, in words
};

// Verdict for one phase; phases that are not tests are NotEnoughData with a reason.
TestVerdict testVerdict(const Plan &plan, const RolloutPhase &phase);
QString toKey(VerdictOutcome outcome);
QString displayName(VerdictOutcome outcome);

} // namespace cplan
