#pragma once

#include "document.h"
#include "occurrences.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>

namespace cplan {

// The calendar's one model: every date on which a content item appears within a range of
// days, one row each, ordered by date and time. The month grid, the week and the list all
// show it (through CalendarFilterModel). Rows are read-only: changes go through the commands
// in calendaredits.h, after which the rows follow the document.
class OccurrenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TimeColumn, TitleColumn, TypeColumn, ChannelColumn, CampaignColumn, OwnerColumn,
                  StatusColumn, RepeatsColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // QUuid of the content item
        DateRole,                      // QDate of this occurrence
        TimeRole,                      // minutes after midnight, or -1 for all day
        DurationRole,                  // minutes, or 0
        TitleRole,
        TypeRole,                      // int(ContentType)
        StatusRole,                    // int(ContentStatus)
        CampaignIdRole,
        ChannelIdRole,
        OwnerIdRole,
        CampaignColourRole,            // QColor, grey without a campaign
        ChannelColourRole,             // QColor from a palette, grey without a channel
        RepeatsRole,                   // bool
        SortRole,                      // a value that sorts the column naturally
        SearchTextRole,                // title, notes and names, for text search
        CommentsRole,                  // 0 no comments, 1 resolved comments only, 2 open comments
    };
    Q_ENUM(Role)

    explicit OccurrenceModel(Document *document, QObject *parent = nullptr);

    // The days shown, inclusive. Changing them resets the rows.
    void setRange(const QDate &from, const QDate &to);
    QDate rangeStart() const { return m_from; }
    QDate rangeEnd() const { return m_to; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ContentItem &itemAt(int row) const;
    QDate dateAt(int row) const;
    // The row of an item's occurrence on a date, or -1.
    int rowOf(const RecordId &itemId, const QDate &date) const;

    // A distinct colour for each channel of the plan, by its position in the list.
    static QColor channelColour(int channelIndex);

private:
    void rebuild();
    void scheduleRebuild();
    QColor campaignColour(const RecordId &id) const;
    QString nameOf(const RecordId &id) const;

    Document *m_document;
    QDate m_from;
    QDate m_to;
    std::vector<Occurrence> m_rows;
    RecurrenceRuleCache m_rules;
    QHash<RecordId, QString> m_names;    // channels, campaigns, team members
    QHash<RecordId, QColor> m_colours;   // campaigns and channels
    QHash<RecordId, int> m_channelIndex;
    bool m_rebuildPending = false;
};

} // namespace cplan
