#include "kpimodels.h"

#include "channelmodels.h"
#include "modelcells.h"

#include <QCoreApplication>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::KpiModels", text);
}

// A KPI figure: up to two decimals, none when whole, with its unit when asked.
QString figure(double value, const QString &unit = {})
{
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    const QString text = formatNumber(value, whole ? 0 : 2);
    return unit.isEmpty() ? text : text + QChar(0x00A0) + unit;
}

QVariant statusColour(KpiTrack track)
{
    switch (track) {
    case KpiTrack::OnTrack: return cells::goodColour();
    case KpiTrack::Behind: return cells::badColour();
    default: return cells::neutralColour();
    }
}

QVariant statusCell(int role, const Plan &plan, const Kpi &kpi)
{
    const KpiStatus status = kpiStatus(kpi, plan.settings);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: return displayName(status.track);
    case Qt::ToolTipRole: return status.reason;
    case StatusRole: return toKey(status.track);
    case Qt::ForegroundRole: return statusColour(status.track);
    default: return {};
    }
}

QVariant latestCell(int role, const Plan &plan, const Kpi &kpi)
{
    const KpiStatus status = kpiStatus(kpi, plan.settings);
    if (!status.month)
        return cells::text(role, QString());
    const QString target = status.target ? figure(*status.target) : tr("no target");
    const QString text = tr("%1: %2 / %3").arg(formatMonth(*status.month), figure(*status.actual), target);
    if (role == Qt::ToolTipRole)
        return status.reason;
    return cells::text(role, text);
}

QString kpiLabel(const Plan &plan, const Kpi &kpi)
{
    const Channel *channel = plan.findChannel(kpi.channelId);
    return channel ? QStringLiteral("%1 (%2)").arg(kpi.name, channel->name) : kpi.name;
}

} // namespace

RecordTableModel<Kpi> *makeKpisModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<Kpi>> columns = {
        {tr("KPI"), QStringLiteral("name"), tr("Rename KPI"),
         [](const Plan &, const Kpi &k, int role) { return cells::text(role, k.name); },
         [](Kpi &k, const QVariant &v) { k.name = v.toString(); return true; }},
        {tr("Channel"), QStringLiteral("channel"), tr("Change KPI channel"),
         [](const Plan &plan, const Kpi &k, int role) -> QVariant {
             if (role == ChoicesRole)
                 return channelChoices(plan, true);
             if (role == Qt::EditRole)
                 return k.channelId.isNull() ? QString() : k.channelId.toString(QUuid::WithoutBraces);
             const Channel *channel = plan.findChannel(k.channelId);
             return cells::text(role, channel ? channel->name : tr("(whole plan)"));
         },
         [document](Kpi &k, const QVariant &v) {
             const std::optional<RecordId> id = parseRecordId(v);
             if (!id || (!id->isNull() && document->indexOf<Channel>(*id) < 0))
                 return false;
             k.channelId = *id;
             return true;
         }},
        {tr("Unit"), QStringLiteral("unit"), tr("Change KPI unit"),
         [](const Plan &, const Kpi &k, int role) { return cells::text(role, k.unit); },
         [](Kpi &k, const QVariant &v) { k.unit = v.toString().trimmed(); return true; }},
        {tr("Better when"), QStringLiteral("betterWhen"), tr("Change whether more is better"),
         [](const Plan &, const Kpi &k, int role) -> QVariant {
             // "Higher" reads at a glance in a narrow column; the full name is the tool tip.
             if (role == Qt::DisplayRole)
                 return k.betterWhen == BetterWhen::Higher ? tr("Higher") : tr("Lower");
             if (role == Qt::ToolTipRole)
                 return displayName(k.betterWhen);
             return cells::enumeration(role, k.betterWhen);
         },
         [](Kpi &k, const QVariant &v) { return cells::setEnumeration(k.betterWhen, v); }},
        {tr("Status"), QStringLiteral("status"), {},
         [](const Plan &p, const Kpi &k, int role) { return statusCell(role, p, k); }, nullptr},
        {tr("Latest month: actual / target"), QStringLiteral("latest"), {},
         [](const Plan &p, const Kpi &k, int role) { return latestCell(role, p, k); }, nullptr},
    };
    return new RecordTableModel<Kpi>(
        document, std::move(columns), [](const Plan &, const Kpi &k) { return validateKpi(k); }, parent);
}

// --- Targets grid ---------------------------------------------------------------------------

KpiTargetsModel::KpiTargetsModel(Document *document, QObject *parent) : EditableTableModel(parent), m_document(document)
{
    auto isKpi = [](RecordKind kind) { return kind == RecordKind::Kpi; };
    connect(document, &Document::recordsAboutToBeInserted, this, [=, this](RecordKind k, int first, int last) {
        if (isKpi(k))
            beginInsertRows({}, first, last);
    });
    connect(document, &Document::recordsInserted, this, [=, this](RecordKind k) {
        if (isKpi(k))
            endInsertRows();
    });
    connect(document, &Document::recordsAboutToBeRemoved, this, [=, this](RecordKind k, int first, int last) {
        if (isKpi(k))
            beginRemoveRows({}, first, last);
    });
    connect(document, &Document::recordsRemoved, this, [=, this](RecordKind k) {
        if (isKpi(k))
            endRemoveRows();
    });
    connect(document, &Document::recordsAboutToBeMoved, this, [=, this](RecordKind k, int from, int to) {
        if (isKpi(k))
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &Document::recordsMoved, this, [=, this](RecordKind k) {
        if (isKpi(k))
            endMoveRows();
    });
    connect(document, &Document::recordChanged, this, [this](RecordKind k, int row) {
        if (columnCount() == 0 || rowCount() == 0)
            return;
        if (k == RecordKind::Kpi) {
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            emit headerDataChanged(Qt::Vertical, row, row);
        } else if (k == RecordKind::Channel) {
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
    });
    // The horizon decides the columns.
    connect(document, &Document::settingsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &Document::readOnlyChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

int KpiTargetsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->plan().kpis.size());
}

int KpiTargetsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->plan().settings.months;
}

YearMonth KpiTargetsModel::monthAt(int column) const
{
    return m_document->plan().settings.startMonth.addMonths(column);
}

QVariant KpiTargetsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Kpi &kpi = m_document->plan().kpis[std::size_t(index.row())];
    const YearMonth month = monthAt(index.column());
    const auto target = kpi.monthlyTargets.find(month);
    const std::optional<double> actual = monthActual(kpi, month);
    if (role == RecordIdRole)
        return kpi.id;
    if (role == Qt::ToolTipRole) {
        QString tip = target != kpi.monthlyTargets.end() ? tr("Target: %1").arg(figure(target->second, kpi.unit))
                                                         : tr("No target");
        if (actual)
            tip += QLatin1Char('\n') + tr("Actual: %1").arg(figure(*actual, kpi.unit));
        return tip;
    }
    if (role == Qt::ForegroundRole && actual && target != kpi.monthlyTargets.end())
        return meetsTarget(kpi.betterWhen, *actual, target->second) ? cells::goodColour() : cells::badColour();
    if (target == kpi.monthlyTargets.end())
        return cells::number(role, QString(), QString());
    return cells::number(role, figure(target->second), target->second);
}

QVariant KpiTargetsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount())
        return formatMonth(monthAt(section));
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        const Kpi &kpi = m_document->plan().kpis[std::size_t(section)];
        return kpiLabel(m_document->plan(), kpi);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags KpiTargetsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool KpiTargetsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_document->isReadOnly())
        return false;
    Kpi changed = m_document->plan().kpis[std::size_t(index.row())];
    const YearMonth month = monthAt(index.column());
    if (value.toString().trimmed().isEmpty()) {
        changed.monthlyTargets.erase(month);
    } else {
        const std::optional<double> number = parseNumber(value);
        if (!number) {
            emit editRefused(tr("'%1' is not a number.").arg(value.toString()));
            return false;
        }
        changed.monthlyTargets[month] = *number;
    }
    if (changed == m_document->plan().kpis[std::size_t(index.row())])
        return true;
    m_document->undoStack()->push(new ChangeRecordCommand<Kpi>(
        m_document, changed, tr("Change target of '%1' for %2").arg(changed.name, formatMonth(month)),
        QStringLiteral("targets:") + toIsoString(month)));
    return true;
}

// --- One KPI --------------------------------------------------------------------------------

SingleKpiModel::SingleKpiModel(Document *document, QObject *parent) : EditableTableModel(parent), m_document(document)
{
    connect(document, &Document::recordChanged, this, [this](RecordKind kind, int row) {
        if (kind == RecordKind::Kpi && m_document->plan().kpis[std::size_t(row)].id == m_kpiId)
            refresh();
    });
    connect(document, &Document::recordsRemoved, this, [this](RecordKind kind) {
        if (kind == RecordKind::Kpi && !m_kpiId.isNull())
            refresh();
    });
    connect(document, &Document::recordsInserted, this, [this](RecordKind kind) {
        if (kind == RecordKind::Kpi && !m_kpiId.isNull())
            refresh(); // an undone removal brings the KPI back
    });
    connect(document, &Document::settingsChanged, this, &SingleKpiModel::refresh);
    connect(document, &Document::readOnlyChanged, this, &SingleKpiModel::refresh);
}

void SingleKpiModel::setKpi(const RecordId &id)
{
    m_kpiId = id;
    refresh();
}

const Kpi *SingleKpiModel::kpi() const
{
    const int index = m_document->indexOf<Kpi>(m_kpiId);
    return index < 0 ? nullptr : &m_document->plan().kpis[std::size_t(index)];
}

void SingleKpiModel::refresh()
{
    beginResetModel();
    reload();
    endResetModel();
}

void SingleKpiModel::push(const Kpi &changed, const QString &text, const QString &field)
{
    if (const Kpi *current = kpi(); current && *current != changed)
        m_document->undoStack()->push(new ChangeRecordCommand<Kpi>(m_document, changed, text, field));
}

KpiMonthsModel::KpiMonthsModel(Document *document, QObject *parent) : SingleKpiModel(document, parent) { }

void KpiMonthsModel::reload()
{
    const Kpi *current = kpi();
    m_months = current ? kpiMonths(m_document->plan().settings, *current) : std::vector<KpiMonth>();
}

int KpiMonthsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_months.size());
}

int KpiMonthsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : KpiMonthColumnCount;
}

QVariant KpiMonthsModel::data(const QModelIndex &index, int role) const
{
    const Kpi *current = kpi();
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !current)
        return {};
    const KpiMonth &m = m_months[std::size_t(index.row())];
    auto optional = [role](const std::optional<double> &value) {
        return value ? cells::number(role, figure(*value), *value) : cells::number(role, QString(), QString());
    };
    switch (index.column()) {
    case KpiMonthMonth:
        if (role == Qt::DisplayRole)
            return formatMonth(m.month);
        return role == SortRole ? QVariant(toIsoString(m.month)) : QVariant();
    case KpiMonthTarget: return optional(m.target);
    case KpiMonthActual: return optional(m.actual);
    case KpiMonthDifference: {
        if (!m.target || !m.actual)
            return optional(std::nullopt);
        const double difference = *m.actual - *m.target;
        if (role == Qt::ForegroundRole)
            return *m.onTrack ? cells::goodColour() : cells::badColour();
        const QString sign = difference > 0 ? QStringLiteral("+") : QString();
        return cells::number(role, sign + figure(difference), difference);
    }
    case KpiMonthStatus:
        if (!m.onTrack)
            return {};
        if (role == Qt::DisplayRole)
            return *m.onTrack ? displayName(KpiTrack::OnTrack) : displayName(KpiTrack::Behind);
        if (role == StatusRole)
            return toKey(*m.onTrack ? KpiTrack::OnTrack : KpiTrack::Behind);
        if (role == Qt::ForegroundRole)
            return *m.onTrack ? cells::goodColour() : cells::badColour();
        return {};
    default: return {};
    }
}

QVariant KpiMonthsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case KpiMonthMonth: return tr("Month");
        case KpiMonthTarget: return tr("Target");
        case KpiMonthActual: return tr("Actual");
        case KpiMonthDifference: return tr("Difference");
        case KpiMonthStatus: return tr("Status");
        default: break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags KpiMonthsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly()
        && (index.column() == KpiMonthTarget || index.column() == KpiMonthActual))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool KpiMonthsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Kpi *current = kpi();
    if (role != Qt::EditRole || !current || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const YearMonth month = m_months[std::size_t(index.row())].month;
    const bool clear = value.toString().trimmed().isEmpty();
    const std::optional<double> parsed = clear ? std::nullopt : parseNumber(value);
    if (!clear && !parsed) {
        emit editRefused(tr("'%1' is not a number.").arg(value.toString()));
        return false;
    }
    const double number = parsed.value_or(0.0);
    Kpi changed = *current;
    if (index.column() == KpiMonthTarget) {
        if (clear)
            changed.monthlyTargets.erase(month);
        else
            changed.monthlyTargets[month] = number;
        push(changed, tr("Change target of '%1' for %2").arg(changed.name, formatMonth(month)),
             QStringLiteral("targets:") + toIsoString(month));
        return true;
    }
    // What is typed becomes the month's actual under the KPI's aggregation: with no figure yet
    // one is added at the month's end; under "last value", or with a single figure, the
    // month's latest figure changes; several figures summed or averaged give way to the one
    // typed, on the month's latest date.
    auto &actuals = changed.actuals;
    auto inMonth = [month](const KpiActual &a) { return YearMonth::of(a.date) == month; };
    auto last = actuals.end();
    std::ptrdiff_t count = 0;
    for (auto it = actuals.begin(); it != actuals.end(); ++it) {
        if (inMonth(*it)) {
            last = it;
            ++count;
        }
    }
    if (clear) {
        std::erase_if(actuals, inMonth);
    } else if (last == actuals.end()) {
        const KpiActual added{month.lastDay(), number};
        actuals.insert(std::upper_bound(actuals.begin(), actuals.end(), added,
                                        [](const KpiActual &a, const KpiActual &b) { return a.date < b.date; }),
                       added);
    } else if (count == 1 || changed.aggregation == KpiAggregation::Last) {
        last->value = number;
    } else {
        const KpiActual kept{last->date, number};
        const auto first = std::find_if(actuals.begin(), actuals.end(), inMonth);
        const auto at = actuals.erase(first, std::next(last)); // a month's figures sit together: sorted by date
        actuals.insert(at, kept);
    }
    push(changed, tr("Change actual of '%1' for %2").arg(changed.name, formatMonth(month)),
         QStringLiteral("actuals:") + toIsoString(month));
    return true;
}

// --- Actuals ---------------------------------------------------------------------------------

KpiActualsModel::KpiActualsModel(Document *document, QObject *parent) : SingleKpiModel(document, parent) { }

void KpiActualsModel::reload()
{
    const Kpi *current = kpi();
    m_actuals = current ? current->actuals : std::vector<KpiActual>();
}

int KpiActualsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actuals.size());
}

int KpiActualsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : KpiActualColumnCount;
}

QVariant KpiActualsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const KpiActual &actual = m_actuals[std::size_t(index.row())];
    if (index.column() == KpiActualDate)
        return cells::date(role, actual.date);
    return cells::number(role, figure(actual.value), actual.value);
}

QVariant KpiActualsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == KpiActualDate ? tr("Date") : tr("Value");
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags KpiActualsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_document->isReadOnly())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool KpiActualsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Kpi *current = kpi();
    if (role != Qt::EditRole || !current || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_document->isReadOnly())
        return false;
    Kpi changed = *current;
    KpiActual &actual = changed.actuals[std::size_t(index.row())];
    if (index.column() == KpiActualDate) {
        const QDate date = value.toDate();
        if (!date.isValid()) {
            emit editRefused(tr("'%1' is not a date.").arg(value.toString()));
            return false;
        }
        const Date day = fromQDate(date);
        for (const KpiActual &other : changed.actuals) {
            if (other.date == day && &other != &actual) {
                emit editRefused(tr("'%1' already has an actual on %2.").arg(changed.name, formatDate(day)));
                return false;
            }
        }
        actual.date = day;
        std::sort(changed.actuals.begin(), changed.actuals.end(),
                  [](const KpiActual &a, const KpiActual &b) { return a.date < b.date; });
        push(changed, tr("Change date of an actual of '%1'").arg(changed.name), {});
        return true;
    }
    const std::optional<double> number = parseNumber(value);
    if (!number) {
        emit editRefused(tr("'%1' is not a number.").arg(value.toString()));
        return false;
    }
    actual.value = *number;
    push(changed, tr("Change actual of '%1' for %2").arg(changed.name, formatDate(actual.date)),
         QStringLiteral("actual:") + toIsoString(actual.date));
    return true;
}

int KpiActualsModel::addActual()
{
    const Kpi *current = kpi();
    if (!current || m_document->isReadOnly())
        return -1;
    Kpi changed = *current;
    // Monthly figures are the common case: the end of the month after the last actual.
    const Date date = changed.actuals.empty() ? m_document->plan().settings.startMonth.lastDay()
                                              : YearMonth::of(changed.actuals.back().date).addMonths(1).lastDay();
    changed.actuals.push_back({date, 0.0});
    push(changed, tr("Add actual to '%1'").arg(changed.name), {});
    return int(m_actuals.size()) - 1;
}

void KpiActualsModel::removeActuals(const QModelIndexList &rows)
{
    const Kpi *current = kpi();
    if (!current || m_document->isReadOnly())
        return;
    std::vector<int> indexes;
    for (const QModelIndex &index : rows) {
        if (index.isValid() && index.model() == this)
            indexes.push_back(index.row());
    }
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    if (indexes.empty())
        return;
    Kpi changed = *current;
    for (auto it = indexes.rbegin(); it != indexes.rend(); ++it)
        changed.actuals.erase(changed.actuals.begin() + *it);
    push(changed,
         indexes.size() == 1 ? tr("Remove an actual from '%1'").arg(changed.name)
                             : tr("Remove %1 actuals from '%2'").arg(indexes.size()).arg(changed.name),
         {});
}

} // namespace cplan
