#include "occurrencemodel.h"

#include "displayformat.h"
#include "enumnames.h"
#include "recurrence.h"
#include "reviewcomments.h"

#include <QCoreApplication>

namespace cplan {

namespace {

const QColor kNoColour(0x9c, 0xa3, 0xaf); // grey: no campaign or channel

} // namespace

OccurrenceModel::OccurrenceModel(Document *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    const QDate today = QDate::currentDate();
    m_from = QDate(today.year(), today.month(), 1);
    m_to = m_from.addMonths(1).addDays(-1);
    scheduleRebuild();
    rebuild();

    // Rows point into the plan's list of items, so a change of that list resets them
    // around the change; other lists only rename or recolour what is shown.
    auto begin = [this](RecordKind kind) {
        if (kind == RecordKind::Content)
            beginResetModel();
    };
    auto end = [this](RecordKind kind) {
        if (kind == RecordKind::Content) {
            m_rows = occurrencesBetween(m_document->plan().content, fromQDate(m_from), fromQDate(m_to), m_rules);
            endResetModel();
        } else {
            scheduleRebuild();
            rebuild();
        }
    };
    connect(document, &Document::recordsAboutToBeInserted, this, begin);
    connect(document, &Document::recordsAboutToBeRemoved, this, begin);
    connect(document, &Document::recordsAboutToBeMoved, this, begin);
    connect(document, &Document::recordsInserted, this, end);
    connect(document, &Document::recordsRemoved, this, end);
    connect(document, &Document::recordsMoved, this, end);
    connect(document, &Document::recordChanged, this, [this](RecordKind kind) {
        if (kind != RecordKind::Content)
            scheduleRebuild();
        rebuild();
    });
}

void OccurrenceModel::setRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    beginResetModel();
    m_from = from;
    m_to = to;
    m_rows = occurrencesBetween(m_document->plan().content, fromQDate(m_from), fromQDate(m_to), m_rules);
    endResetModel();
}

void OccurrenceModel::scheduleRebuild()
{
    m_rebuildPending = true; // names and colours
}

void OccurrenceModel::rebuild()
{
    const Plan &plan = m_document->plan();
    if (m_rebuildPending) {
        m_rebuildPending = false;
        m_names.clear();
        m_colours.clear();
        m_channelIndex.clear();
        for (const TeamMember &member : plan.team)
            m_names.insert(member.id, member.name);
        for (std::size_t i = 0; i < plan.channels.size(); ++i) {
            m_names.insert(plan.channels[i].id, plan.channels[i].name);
            m_channelIndex.insert(plan.channels[i].id, int(i));
        }
        for (const Campaign &campaign : plan.campaigns) {
            m_names.insert(campaign.id, campaign.name);
            m_colours.insert(campaign.id, QColor::fromString(campaign.colour));
        }
    }
    std::vector<Occurrence> rows = occurrencesBetween(plan.content, fromQDate(m_from), fromQDate(m_to), m_rules);
    if (rows == m_rows) {
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OccurrenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OccurrenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ContentItem &OccurrenceModel::itemAt(int row) const
{
    return m_document->plan().content[m_rows[std::size_t(row)].itemIndex];
}

QDate OccurrenceModel::dateAt(int row) const
{
    return toQDate(m_rows[std::size_t(row)].date);
}

int OccurrenceModel::rowOf(const RecordId &itemId, const QDate &date) const
{
    const Date day = fromQDate(date);
    const auto first = std::lower_bound(m_rows.begin(), m_rows.end(), day,
                                        [](const Occurrence &o, const Date &d) { return o.date < d; });
    for (auto it = first; it != m_rows.end() && it->date == day; ++it) {
        if (m_document->plan().content[it->itemIndex].id == itemId)
            return int(it - m_rows.begin());
    }
    return -1;
}

QColor OccurrenceModel::channelColour(int channelIndex)
{
    // Distinct, readable behind dark text when lightened; chosen by hand.
    static const QColor palette[] = {QColor(0x25, 0x63, 0xeb), QColor(0xdb, 0x27, 0x77), QColor(0x05, 0x96, 0x69),
                                     QColor(0xd9, 0x77, 0x06), QColor(0x7c, 0x3a, 0xed), QColor(0x08, 0x91, 0xb2),
                                     QColor(0xdc, 0x26, 0x26), QColor(0x65, 0xa3, 0x0d), QColor(0x92, 0x40, 0x0e),
                                     QColor(0x47, 0x55, 0x69)};
    return palette[std::size_t(channelIndex) % std::size(palette)];
}

QColor OccurrenceModel::campaignColour(const RecordId &id) const
{
    const QColor colour = m_colours.value(id);
    return colour.isValid() ? colour : kNoColour;
}

QString OccurrenceModel::nameOf(const RecordId &id) const
{
    return id.isNull() ? QString() : m_names.value(id);
}

QVariant OccurrenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Occurrence &occurrence = m_rows[std::size_t(index.row())];
    const ContentItem &item = m_document->plan().content[occurrence.itemIndex];
    const QDate date = toQDate(occurrence.date);
    switch (role) {
    case ItemIdRole: return item.id;
    case CommentsRole: {
        const CommentCount comments = commentsOn(m_document->plan(), item.id);
        return comments.open > 0 ? 2 : (comments.resolved > 0 ? 1 : 0);
    }
    case DateRole: return date;
    case TimeRole: return item.timeMinutes.value_or(-1);
    case DurationRole: return item.durationMinutes.value_or(0);
    case TitleRole: return item.title;
    case TypeRole: return int(item.type);
    case StatusRole: return int(item.status);
    case CampaignIdRole: return item.campaignId;
    case ChannelIdRole: return item.channelId;
    case OwnerIdRole: return item.ownerId;
    case CampaignColourRole: return campaignColour(item.campaignId);
    case ChannelColourRole: {
        const auto found = m_channelIndex.constFind(item.channelId);
        return found == m_channelIndex.constEnd() ? kNoColour : channelColour(*found);
    }
    case RepeatsRole: return !item.recurrence.isEmpty();
    case SearchTextRole:
        return QString(item.title + QLatin1Char('\n') + item.notes + QLatin1Char('\n') + nameOf(item.channelId)
                       + QLatin1Char('\n') + nameOf(item.campaignId) + QLatin1Char('\n') + nameOf(item.ownerId));
    default: break;
    }
    const int column = index.column();
    if (role == Qt::DecorationRole && column == TitleColumn)
        return campaignColour(item.campaignId);
    if (role == Qt::ToolTipRole) {
        QString tip = item.title;
        if (!item.recurrence.isEmpty()) {
            const RecurrenceParseResult rule = parseRecurrenceRule(item.recurrence);
            if (rule.rule)
                tip += QLatin1Char('\n') + describeRecurrence(*rule.rule);
        }
        return tip;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(column)) {
    case DateColumn:
        if (sort)
            return date.toJulianDay() * 2000 + item.timeMinutes.value_or(-1);
        return QString(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
                       + QLocale().toString(date, QLocale::ShortFormat));
    case TimeColumn:
        if (sort)
            return item.timeMinutes.value_or(-1);
        return item.timeMinutes ? minutesToTimeString(*item.timeMinutes) : QString();
    case TitleColumn: return item.title;
    case TypeColumn: return displayName(item.type);
    case ChannelColumn: return nameOf(item.channelId);
    case CampaignColumn: return nameOf(item.campaignId);
    case OwnerColumn: return nameOf(item.ownerId);
    case StatusColumn: return sort ? QVariant(int(item.status)) : QVariant(displayName(item.status));
    case RepeatsColumn: {
        if (item.recurrence.isEmpty())
            return QString();
        const RecurrenceParseResult rule = parseRecurrenceRule(item.recurrence);
        return rule.rule ? describeRecurrence(*rule.rule) : item.recurrence;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant OccurrenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn: return tr("Date");
    case TimeColumn: return tr("Time");
    case TitleColumn: return tr("Title");
    case TypeColumn: return tr("Type");
    case ChannelColumn: return tr("Channel");
    case CampaignColumn: return tr("Campaign");
    case OwnerColumn: return tr("Owner");
    case StatusColumn: return tr("Status");
    case RepeatsColumn: return tr("Repeats");
    case ColumnCount: break;
    }
    return {};
}

QHash<int, QByteArray> OccurrenceModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(DateRole, "date");
    names.insert(TimeRole, "time");
    names.insert(TitleRole, "title");
    return names;
}

} // namespace cplan
