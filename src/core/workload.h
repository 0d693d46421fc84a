#pragma once

#include "occurrences.h"
#include "plan.h"

#include <vector>

namespace cplan {

// How busy the team is: hours of content work per person per week against the weekly
// capacity in the team list.

// The hours one content type typically takes to make (write, shoot, design, send).
double typicalEffortHours(ContentType type);

// Hours one occurrence of the item takes its owner: its duration when it has one (an event,
// a live session), otherwise what its type typically takes.
double effortHours(const ContentItem &item);

struct MemberWorkload
{
    RecordId memberId;
    double capacityHours = 0.0; // per week
    std::vector<double> hours;  // one entry per week
    bool isOverCapacity(std::size_t week) const { return hours[week] > capacityHours + 1e-9; }
};

// For every team member (in the team's order), the hours of the items they own in each of
// `weeks` weeks, the first starting on `firstWeekStart`.
std::vector<MemberWorkload> weeklyWorkload(const Plan &plan, const Date &firstWeekStart, int weeks,
                                           RecurrenceRuleCache &rules);

} // namespace cplan
