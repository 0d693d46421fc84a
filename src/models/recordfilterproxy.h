#pragma once

#include "plan.h"

#include <QSortFilterProxyModel>

namespace cplan {

// Sorting and searching for the channel, phase and KPI tables: clicking a header sorts by
// value (SortRole), the search text matches any column, and a channel filter keeps the rows
// of one channel (read from the channel column's edit value, the channel's id).
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // -1: no channel column, the channel filter does nothing.
    void setChannelColumn(int column) { m_channelColumn = column; }
    // Null: all channels.
    void setChannelFilter(const RecordId &channelId);
    RecordId channelFilter() const { return m_channel; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_channelColumn = -1;
    RecordId m_channel;
};

} // namespace cplan
