#include "plan.h"

#include <QDate>

namespace cplan {

RecordId newRecordId()
{
    return QUuid::createUuid();
}

const Channel *Plan::findChannel(const RecordId &id) const
{
    for (const Channel &channel : channels) {
        if (channel.id == id)
            return &channel;
    }
    return nullptr;
}

Plan makeBlankPlan(const QString &name, const QString &currency)
{
    Plan plan;
    plan.settings.name = name;
    plan.settings.currency = currency;
    const QDate today = QDate::currentDate();
    plan.settings.startMonth = YearMonth{today.year(), today.month()};
    return plan;
}

} // namespace cplan
