#pragma once

#include "commands.h"
#include "commentmarker.h"
#include "document.h"
#include "validation.h"

#include <QAbstractTableModel>

#include <functional>

namespace cplan {

// A table whose cells a person edits: when it refuses a value it says why, so the cell's
// editor (CellDelegate), the label under the table and the status bar can show the reason.
class EditableTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

signals:
    // An edit was refused because the value is invalid; the message says why in plain words.
    void editRefused(const QString &message);
};

// The part of every record table model that needs signals: follows the document's change
// signals for one kind of record and reports edits it refused.
class RecordTableModelBase : public EditableTableModel
{
    Q_OBJECT
public:
    RecordTableModelBase(Document *document, RecordKind kind, QObject *parent = nullptr);
    Document *document() const { return m_document; }

protected:
    Document *m_document;
    RecordKind m_kind;
};

// One column of a record table: how to show a field, and how to change it.
template<typename Record>
struct RecordColumn
{
    QString header;
    QString field;       // the record's field (JSON name): merges typing, names problems
    QString commandText; // "Change lead rate"
    std::function<QVariant(const Plan &, const Record &, int role)> data;
    // Applies an edited value to a copy of the record; false when the value cannot be read.
    std::function<bool(Record &, const QVariant &)> setData;
};

// A thin table over one list of the plan: rows are records, columns fields. Edits become
// ChangeRecordCommands after the record's validator accepts them; no business rules here.
template<typename Record>
class RecordTableModel : public RecordTableModelBase
{
public:
    using Validator = std::function<std::vector<Problem>(const Plan &, const Record &)>;

    RecordTableModel(Document *document, std::vector<RecordColumn<Record>> columns, Validator validator,
                     QObject *parent = nullptr)
        : RecordTableModelBase(document, RecordTraits<Record>::kind, parent), m_columns(std::move(columns)),
          m_validator(std::move(validator))
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_document->records<Record>().size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const Record &record = m_document->records<Record>()[std::size_t(index.row())];
        if (role == Qt::UserRole)
            return record.id;
        const RecordColumn<Record> &column = m_columns[std::size_t(index.column())];
        QVariant value = column.data(m_document->plan(), record, role);
        if (index.column() == 0 && !value.isValid()) { // the comment marker of a commented record
            if (QVariant marker = commentMarkerData(m_document->plan(), record.id, role); marker.isValid())
                return marker;
        }
        if (role == Qt::ToolTipRole && !value.isValid()) // the whole text of a cell too narrow to show it
            return column.data(m_document->plan(), record, Qt::DisplayRole);
        return value;
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columnCount())
            return m_columns[std::size_t(section)].header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags flags = QAbstractTableModel::flags(index);
        if (index.isValid() && m_columns[std::size_t(index.column())].setData && !m_document->isReadOnly())
            flags |= Qt::ItemIsEditable;
        return flags;
    }
    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_document->isReadOnly())
            return false;
        const RecordColumn<Record> &column = m_columns[std::size_t(index.column())];
        if (!column.setData)
            return false;
        Record changed = m_document->records<Record>()[std::size_t(index.row())];
        if (!column.setData(changed, value)) {
            emit editRefused(tr("'%1' is not a valid %2.").arg(value.toString(), column.header.toLower()));
            return false;
        }
        if (changed == m_document->records<Record>()[std::size_t(index.row())])
            return true;
        for (const Problem &problem : m_validator(m_document->plan(), changed)) {
            if (problem.field == column.field) {
                emit editRefused(problem.message);
                return false;
            }
        }
        m_document->undoStack()->push(new ChangeRecordCommand<Record>(m_document, changed, column.commandText, column.field));
        return true;
    }

    const Record &recordAt(int row) const { return m_document->records<Record>()[std::size_t(row)]; }
    int rowOf(const RecordId &id) const { return m_document->indexOf<Record>(id); }

private:
    std::vector<RecordColumn<Record>> m_columns;
    Validator m_validator;
};

} // namespace cplan
