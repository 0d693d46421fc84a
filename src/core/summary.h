#pragma once

#include "plan.h"

#include <QJsonObject>

namespace cplan {

// Everything `campaign-planner --summary` prints (DESIGN.md §5): the plan's counts and every
// derived figure. Money in major units; ROI as a fraction (0.25 = 25 %), null when undefined.
QJsonObject planSummary(const Plan &plan);

} // namespace cplan
