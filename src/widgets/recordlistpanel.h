#pragma once

#include "plan.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cplan {

class RecordTableModelBase;

// A list of records as a table: search, sort by any column, edit in place, and Add, Remove,
// Move up / down through the handlers the page gives (each an undo command). Refused edits
// are explained under the table.
class RecordListPanel : public QWidget
{
    Q_OBJECT
public:
    RecordListPanel(RecordTableModelBase *model, const QString &noun, QWidget *parent = nullptr);

    // Insert a new record at `row` (after the current one, or at the end).
    void setAddHandler(std::function<void(int row)> add);
    void setRemoveHandler(std::function<void(const RecordId &id)> remove);
    void setMoveHandler(std::function<void(int from, int to)> move);
    // Columns as wide as their contents, within reason; call once the table has its rows.
    void fitColumns(int maximumWidth = 260);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    RecordId currentId() const;
    void selectRecord(const RecordId &id);

signals:
    void currentChanged(const cplan::RecordId &id);

private:
    void updateButtons();
    int currentSourceRow() const;

    RecordTableModelBase *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QLabel *m_problem;
    std::function<void(int)> m_add;
    std::function<void(const RecordId &)> m_remove;
    std::function<void(int, int)> m_move;
};

} // namespace cplan
