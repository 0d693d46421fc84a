#pragma once

#include "plan.h"

#include <vector>

namespace cplan {

// The dates on which a content item appears within [from, to] (inclusive): its own date for a
// one-off item, every occurrence of its repeat rule minus excluded dates otherwise.
std::vector<Date> itemOccurrences(const ContentItem &item, const Date &from, const Date &to);

// First and last day of the plan's horizon.
Date horizonStart(const PlanSettings &settings);
Date horizonEnd(const PlanSettings &settings);

// Occurrences of all content items inside the horizon.
std::size_t occurrencesInHorizon(const Plan &plan);

} // namespace cplan
