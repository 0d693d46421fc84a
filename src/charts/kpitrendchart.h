#pragma once

#include "plan.h"

class QChart;

namespace cplan {

// A KPI's trend: its monthly target as a dashed line and its actuals as a line with points,
// over the plan's horizon (and any month outside it that has a target or an actual). The same
// chart serves the screen and the printed report; the caller owns it.
QChart *buildKpiTrendChart(const Plan &plan, const Kpi &kpi);

} // namespace cplan
