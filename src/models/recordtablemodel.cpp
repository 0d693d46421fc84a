#include "recordtablemodel.h"

namespace cplan {

RecordTableModelBase::RecordTableModelBase(Document *document, RecordKind kind, QObject *parent)
    : EditableTableModel(parent), m_document(document), m_kind(kind)
{
    connect(document, &Document::recordsAboutToBeInserted, this, [this](RecordKind k, int first, int last) {
        if (k == m_kind)
            beginInsertRows({}, first, last);
    });
    connect(document, &Document::recordsInserted, this, [this](RecordKind k) {
        if (k == m_kind)
            endInsertRows();
    });
    connect(document, &Document::recordsAboutToBeRemoved, this, [this](RecordKind k, int first, int last) {
        if (k == m_kind)
            beginRemoveRows({}, first, last);
    });
    connect(document, &Document::recordsRemoved, this, [this](RecordKind k) {
        if (k == m_kind)
            endRemoveRows();
    });
    connect(document, &Document::recordsAboutToBeMoved, this, [this](RecordKind k, int from, int to) {
        if (k == m_kind)
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &Document::recordsMoved, this, [this](RecordKind k) {
        if (k == m_kind)
            endMoveRows();
    });
    // Comments come and go: the markers in the first column follow.
    auto commentsChanged = [this](RecordKind k) {
        if (k == RecordKind::Comment && m_kind != RecordKind::Comment && rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DecorationRole, Qt::ToolTipRole});
    };
    connect(document, &Document::recordsInserted, this, commentsChanged);
    connect(document, &Document::recordsRemoved, this, commentsChanged);
    connect(document, &Document::recordChanged, this, [this](RecordKind k, int row) {
        if (rowCount() == 0 || columnCount() == 0)
            return;
        if (k == m_kind)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        else // a name this table shows (a channel, an owner) may have changed
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    // The currency or the horizon changes how money and dates read.
    connect(document, &Document::settingsChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
    connect(document, &Document::readOnlyChanged, this, [this] {
        if (rowCount() > 0 && columnCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    });
}

} // namespace cplan
