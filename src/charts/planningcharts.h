#pragma once

#include "forecast.h"

class QChart;

namespace cplan {

// Charts of the channels, the roll-out and the content calendar, for the screen and the
// printed report; the caller owns each. A plan without the data says so in the chart.

// Marketing ROI per channel over the horizon, best first, as horizontal bars. Channels without
// spend have no ROI and are left out (the title says how many).
QChart *buildChannelRoiChart(const Plan &plan, const Forecast &forecast);
// How many content dates fall in each month of the horizon, stacked by content type.
QChart *buildContentPerMonthChart(const Plan &plan);
// The roll-out phases as a timeline (one bar per phase from its start to its end, coloured by
// kind) over the horizon's months. Only phases that overlap the horizon are drawn; `first` and
// `count` pick a slice of those, so that a plan with hundreds of phases can be printed over
// several charts.
QChart *buildRolloutTimelineChart(const Plan &plan, std::size_t first = 0, std::size_t count = 40);

} // namespace cplan
