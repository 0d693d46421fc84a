#include "workloadmodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::WorkloadModel", text);
}

QString dayMonth(const QDate &date)
{
    return QLocale().toString(date, tr("d MMM"));
}

QString hours(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1) + QChar(0x00A0) + tr("h");
}

} // namespace

WorkloadModel::WorkloadModel(Document *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::planChanged, this, &WorkloadModel::recompute);
}

void WorkloadModel::setWeeks(const QDate &firstWeekStart, int weeks)
{
    if (firstWeekStart == m_firstWeek && weeks == m_weeks)
        return;
    beginResetModel();
    m_firstWeek = firstWeekStart;
    m_weeks = std::max(0, weeks);
    m_load = m_firstWeek.isValid() ? weeklyWorkload(m_document->plan(), fromQDate(m_firstWeek), m_weeks, m_rules)
                                   : std::vector<MemberWorkload>();
    takeNames();
    endResetModel();
}

void WorkloadModel::recompute()
{
    if (!m_firstWeek.isValid())
        return;
    std::vector<MemberWorkload> load = weeklyWorkload(m_document->plan(), fromQDate(m_firstWeek), m_weeks, m_rules);
    const bool sameShape = load.size() == m_load.size()
                           && std::equal(load.begin(), load.end(), m_load.begin(),
                                         [](const MemberWorkload &a, const MemberWorkload &b) { return a.memberId == b.memberId; });
    if (!sameShape) {
        beginResetModel();
        m_load = std::move(load);
        takeNames();
        endResetModel();
        return;
    }
    m_load = std::move(load);
    takeNames();
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void WorkloadModel::takeNames()
{
    m_names.clear();
    for (const TeamMember &member : m_document->plan().team)
        m_names.push_back(member.name);
    m_names.resize(m_load.size());
}

int WorkloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_load.size());
}

int WorkloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_load.empty() ? 0 : m_weeks;
}

int WorkloadModel::overCapacityCount() const
{
    int count = 0;
    for (const MemberWorkload &member : m_load) {
        for (std::size_t week = 0; week < member.hours.size(); ++week)
            count += member.isOverCapacity(week) ? 1 : 0;
    }
    return count;
}

QVariant WorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MemberWorkload &member = m_load[std::size_t(index.row())];
    const std::size_t week = std::size_t(index.column());
    const double value = member.hours[week];
    const bool over = member.isOverCapacity(week);
    switch (role) {
    case Qt::DisplayRole: return value > 0 ? hours(value) : QStringLiteral("–");
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::BackgroundRole: return over ? QBrush(QColor(0xfe, 0xca, 0xca)) : QVariant();
    case Qt::ForegroundRole: return over ? QBrush(QColor(0x99, 0x1b, 0x1b)) : QVariant();
    case Qt::FontRole: {
        if (!over)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole: {
        const QString &name = m_names[std::size_t(index.row())];
        const QString text = tr("%1, week of %2: %3 of %4")
                                 .arg(name, dayMonth(m_firstWeek.addDays(7 * index.column())), hours(value),
                                      hours(member.capacityHours));
        return over ? text + QLatin1Char('\n') + tr("Over capacity by %1").arg(hours(value - member.capacityHours)) : text;
    }
    case Qt::AccessibleTextRole:
        return over ? hours(value) + QLatin1Char(' ') + tr("(over capacity)") : hours(value);
    case MemberIdRole: return member.memberId;
    case HoursRole: return value;
    case CapacityRole: return member.capacityHours;
    case OverCapacityRole: return over;
    case WeekStartRole: return m_firstWeek.addDays(7 * index.column());
    default: return {};
    }
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_weeks)
            return {};
        const QDate start = m_firstWeek.addDays(7 * section);
        if (role == Qt::ToolTipRole)
            return tr("Week %1, from %2").arg(start.weekNumber()).arg(QLocale().toString(start, QLocale::LongFormat));
        return tr("Week of %1").arg(dayMonth(start));
    }
    if (section < 0 || section >= int(m_load.size()))
        return {};
    return tr("%1 (%2 a week)").arg(m_names[std::size_t(section)], hours(m_load[std::size_t(section)].capacityHours));
}

} // namespace cplan
