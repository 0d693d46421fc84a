#include "plandiffmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cplan {

namespace {

QString quoted(const QString &text)
{
    return QChar(0x201C) + text + QChar(0x201D);
}

QString recordHeading(const RecordChange &record)
{
    const QString what = record.id.isNull() ? record.kindName
                                            : PlanDiffModel::tr("%1 %2").arg(record.kindName, quoted(record.name));
    switch (record.change) {
    case ChangeKind::Added: return PlanDiffModel::tr("Added: %1").arg(what);
    case ChangeKind::Removed: return PlanDiffModel::tr("Removed: %1").arg(what);
    case ChangeKind::Changed: break;
    }
    return PlanDiffModel::tr("Changed: %1").arg(what);
}

// Light backgrounds that keep dark text readable; the text says the same for anyone who
// cannot tell the colours apart.
QColor background(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Added: return QColor(0xdc, 0xf5, 0xe3);
    case ChangeKind::Removed: return QColor(0xfb, 0xe0, 0xe0);
    case ChangeKind::Changed: break;
    }
    return QColor(0xfd, 0xf1, 0xd6);
}

QColor foreground(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Added: return QColor(0x1b, 0x6e, 0x35);
    case ChangeKind::Removed: return QColor(0xa3, 0x1d, 0x1d);
    case ChangeKind::Changed: break;
    }
    return QColor(0x7a, 0x4b, 0x00);
}

} // namespace

PlanDiffModel::PlanDiffModel(QObject *parent) : QAbstractItemModel(parent) { }

PlanDiffModel::~PlanDiffModel() = default;

void PlanDiffModel::setDiff(PlanDiff diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    build();
    endResetModel();
}

void PlanDiffModel::build()
{
    m_root.children.clear();
    for (std::size_t s = 0; s < m_diff.sections.size(); ++s) {
        auto section = std::make_unique<Node>();
        section->parent = &m_root;
        section->row = int(s);
        section->section = int(s);
        const auto &records = m_diff.sections[s].records;
        for (std::size_t r = 0; r < records.size(); ++r) {
            auto record = std::make_unique<Node>();
            record->parent = section.get();
            record->row = int(r);
            record->section = int(s);
            record->record = int(r);
            for (std::size_t f = 0; f < records[r].fields.size(); ++f) {
                auto field = std::make_unique<Node>();
                field->parent = record.get();
                field->row = int(f);
                field->section = int(s);
                field->record = int(r);
                field->field = int(f);
                record->children.push_back(std::move(field));
            }
            section->children.push_back(std::move(record));
        }
        m_root.children.push_back(std::move(section));
    }
}

const PlanDiffModel::Node *PlanDiffModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
}

QModelIndex PlanDiffModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex PlanDiffModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    if (node->parent == &m_root)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int PlanDiffModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int PlanDiffModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanDiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    const SectionChanges &section = m_diff.sections[std::size_t(node->section)];
    if (node->record < 0) {
        if (role == ChangeRole)
            return -1;
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::DisplayRole && index.column() == FieldColumn) {
            const int count = int(section.records.size());
            return count == 1 ? tr("%1 (1 change)").arg(section.title) : tr("%1 (%2 changes)").arg(section.title).arg(count);
        }
        return {};
    }
    const RecordChange &record = section.records[std::size_t(node->record)];
    if (role == ChangeRole)
        return int(record.change);
    if (node->field < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == FieldColumn ? QVariant(recordHeading(record)) : QVariant();
        case Qt::BackgroundRole: return QBrush(background(record.change));
        case Qt::ForegroundRole: return QBrush(foreground(record.change));
        case Qt::ToolTipRole: return recordHeading(record);
        default: return {};
        }
    }
    const FieldChange &field = record.fields[std::size_t(node->field)];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FieldColumn: return field.label;
        case BeforeColumn: return field.before;
        case AfterColumn: return field.after;
        default: return {};
        }
    case Qt::ForegroundRole:
        // In a changed record the old value is struck through in red and the new one green.
        if (record.change == ChangeKind::Changed && index.column() == BeforeColumn && !field.before.isEmpty())
            return QBrush(foreground(ChangeKind::Removed));
        if (record.change == ChangeKind::Changed && index.column() == AfterColumn && !field.after.isEmpty())
            return QBrush(foreground(ChangeKind::Added));
        return {};
    case Qt::FontRole:
        if (record.change == ChangeKind::Changed && index.column() == BeforeColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    default: return {};
    }
}

QVariant PlanDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn: return tr("Field");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    default: return {};
    }
}

Qt::ItemFlags PlanDiffModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

} // namespace cplan

namespace cplan {

PlanDiffFilterModel::PlanDiffFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void PlanDiffFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PlanDiffFilterModel::setChangeKind(std::optional<ChangeKind> change)
{
    m_change = change;
    invalidateFilter();
}

bool PlanDiffFilterModel::mentions(const QModelIndex &row) const
{
    const QAbstractItemModel *model = sourceModel();
    for (int column = 0; column < model->columnCount(row.parent()); ++column) {
        if (model->index(row.row(), column, row.parent()).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool PlanDiffFilterModel::recordAccepted(const QModelIndex &record) const
{
    if (m_change && record.data(PlanDiffModel::ChangeRole).toInt() != int(*m_change))
        return false;
    if (m_text.isEmpty() || mentions(record))
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int row = 0; row < model->rowCount(record); ++row) {
        if (mentions(model->index(row, 0, record)))
            return true;
    }
    return false;
}

bool PlanDiffFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex row = model->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid()) { // a section
        for (int record = 0; record < model->rowCount(row); ++record) {
            if (recordAccepted(model->index(record, 0, row)))
                return true;
        }
        return false;
    }
    if (!sourceParent.parent().isValid()) // a record
        return recordAccepted(row);
    return recordAccepted(sourceParent); // a field: shown with its record
}

} // namespace cplan
