#include "channelfilter.h"

#include "plan.h"
#include "recordfilterproxy.h"

#include <QComboBox>
#include <QCoreApplication>

namespace cplan {

void refillChannelFilter(QComboBox *combo, const Plan &plan, RecordFilterProxy *proxy)
{
    const RecordId current = proxy->channelFilter();
    combo->clear();
    combo->addItem(QCoreApplication::translate("cplan::ChannelFilter", "All channels"), QUuid());
    for (const Channel &channel : plan.channels)
        combo->addItem(channel.name, channel.id);
    const int index = combo->findData(current);
    combo->setCurrentIndex(std::max(0, index));
    if (index < 0)
        proxy->setChannelFilter({});
}

} // namespace cplan
