#pragma once

#include "forecast.h"

class QChart;

namespace cplan {

// Charts of the forecast, for the screen and the printed report; the caller owns each.
// Money in the plan's currency; months as short names. A plan without spend or revenue says
// so in the chart instead of drawing an empty frame.
QChart *buildRevenueSpendChart(const Plan &plan, const Forecast &forecast);
// Cumulative operating profit by month; the break-even month is marked.
QChart *buildCumulativeProfitChart(const Plan &plan, const Forecast &forecast);
// Marketing spend by month, stacked by channel (the largest six, the rest as "Other").
QChart *buildSpendByChannelChart(const Plan &plan, const Forecast &forecast);
// Revenue, spend and operating profit of the three scenarios side by side.
QChart *buildScenarioChart(const Plan &plan);

} // namespace cplan
