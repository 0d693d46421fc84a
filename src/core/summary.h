#pragma once

#include "plan.h"

#include <QJsonObject>

namespace cplan {

// Everything `campaign-planner --summary` prints (DESIGN.md §5): the plan's counts and every
// derived figure. Money in major units; ROI as a fraction (0.25 = 25 %), null when undefined.
QJsonObject planSummary(const Plan &plan);
// Just the "counts" part: how many records of each kind, and calendar dates in the horizon.
QJsonObject planCounts(const Plan &plan);

} // namespace cplan
