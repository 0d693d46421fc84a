#pragma once

class QComboBox;

namespace cplan {

struct Plan;
class RecordFilterProxy;

// Fills a "Channel:" filter with "All channels" and the plan's channels, keeping the choice;
// a chosen channel that is gone resets the proxy's filter to all channels.
void refillChannelFilter(QComboBox *combo, const Plan &plan, RecordFilterProxy *proxy);

} // namespace cplan
