#pragma once

#include "plan.h"

class QChart;

namespace cplan {

// Market size as a funnel: total (TAM), serviceable (SAM) and obtainable (SOM) market, one bar
// each on a logarithmic scale, since SOM is often a thousandth of TAM and would not show on a
// linear one; every bar is labelled with its amount. An empty plan shows "No segments yet".
// The caller owns the chart.
QChart *buildMarketSizeChart(const Plan &plan);

} // namespace cplan
