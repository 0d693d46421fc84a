#include "calendarfiltermodel.h"

#include "occurrencemodel.h"

namespace cplan {

CalendarFilterModel::CalendarFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(OccurrenceModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void CalendarFilterModel::changed()
{
    invalidateFilter();
    emit filtersChanged();
}

void CalendarFilterModel::setCampaign(const std::optional<RecordId> &campaign)
{
    if (campaign != m_campaign) {
        m_campaign = campaign;
        changed();
    }
}

void CalendarFilterModel::setChannel(const std::optional<RecordId> &channel)
{
    if (channel != m_channel) {
        m_channel = channel;
        changed();
    }
}

void CalendarFilterModel::setOwner(const std::optional<RecordId> &owner)
{
    if (owner != m_owner) {
        m_owner = owner;
        changed();
    }
}

void CalendarFilterModel::setStatus(const std::optional<ContentStatus> &status)
{
    if (status != m_status) {
        m_status = status;
        changed();
    }
}

void CalendarFilterModel::setType(const std::optional<ContentType> &type)
{
    if (type != m_type) {
        m_type = type;
        changed();
    }
}

void CalendarFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words != m_words) {
        m_words = words;
        changed();
    }
}

void CalendarFilterModel::clearFilters()
{
    m_campaign.reset();
    m_channel.reset();
    m_owner.reset();
    m_status.reset();
    m_type.reset();
    m_words.clear();
    changed();
}

bool CalendarFilterModel::isFiltering() const
{
    return m_campaign || m_channel || m_owner || m_status || m_type || !m_words.isEmpty();
}

bool CalendarFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == OccurrenceModel::DateColumn && right.column() == OccurrenceModel::DateColumn
        && qobject_cast<const OccurrenceModel *>(sourceModel()))
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

bool CalendarFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto matches = [&index](const std::optional<RecordId> &wanted, int role) {
        return !wanted || index.data(role).value<QUuid>() == *wanted;
    };
    if (!matches(m_campaign, OccurrenceModel::CampaignIdRole) || !matches(m_channel, OccurrenceModel::ChannelIdRole)
        || !matches(m_owner, OccurrenceModel::OwnerIdRole))
        return false;
    if (m_status && index.data(OccurrenceModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_type && index.data(OccurrenceModel::TypeRole).toInt() != int(*m_type))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(OccurrenceModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace cplan
