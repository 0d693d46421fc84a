#pragma once

#include "plan.h"

class QChart;

namespace cplan {

// A KPI's trend: its monthly target as a dashed line and its actuals as a line with points,
// over the plan's horizon (months outside it, kept after the start or horizon changed, are not
// shown); the axis title names the first and last month plotted. The same
// chart serves the screen and the printed report; the caller owns it.
QChart *buildKpiTrendChart(const Plan &plan, const Kpi &kpi);

} // namespace cplan
