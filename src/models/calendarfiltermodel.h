#pragma once

#include "plan.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace cplan {

// What the calendar shows of the OccurrenceModel: filters by campaign, channel, owner, status,
// type and text, and sorting for the list. Each filter is "any" when not set; a null id
// picks the items without a campaign (channel, owner).
class CalendarFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CalendarFilterModel(QObject *parent = nullptr);

    void setCampaign(const std::optional<RecordId> &campaign);
    void setChannel(const std::optional<RecordId> &channel);
    void setOwner(const std::optional<RecordId> &owner);
    void setStatus(const std::optional<ContentStatus> &status);
    void setType(const std::optional<ContentType> &type);
    // Words that must all appear (in any case) in the title, notes, channel, campaign or owner.
    void setSearchText(const QString &text);
    void clearFilters();
    bool isFiltering() const;

signals:
    void filtersChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The occurrence model's rows come in date and time order: sorting by date compares rows.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changed();

    std::optional<RecordId> m_campaign;
    std::optional<RecordId> m_channel;
    std::optional<RecordId> m_owner;
    std::optional<ContentStatus> m_status;
    std::optional<ContentType> m_type;
    QStringList m_words;
};

} // namespace cplan
