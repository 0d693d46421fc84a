#include "recordfilterproxy.h"

#include "itemroles.h"

namespace cplan {

RecordFilterProxy::RecordFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RecordFilterProxy::setSearchText(const QString &text)
{
    setFilterFixedString(text);
}

void RecordFilterProxy::setChannelFilter(const RecordId &channelId)
{
    if (m_channel == channelId)
        return;
    m_channel = channelId;
    invalidateRowsFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_channel.isNull() && m_channelColumn >= 0) {
        const QModelIndex cell = sourceModel()->index(sourceRow, m_channelColumn, sourceParent);
        if (QUuid::fromString(cell.data(Qt::EditRole).toString()) != m_channel)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cplan
