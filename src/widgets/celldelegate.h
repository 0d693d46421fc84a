#pragma once

#include <QPersistentModelIndex>
#include <QString>
#include <QStyledItemDelegate>

#include <optional>

namespace cplan {

// Edits any cell of the plan's tables the way a person expects:
// - a cell whose model offers choices (ChoicesRole: kind, status, owner,
// channel) with a combo
//   box that commits as soon as a choice is made;
// - a figure (money, percent, count) as text in the display locale, without
// rounding what was
//   typed: "2.34", "1,234.50" in English, "12,5" in German; it commits when the
//   person is done (Enter, Tab, leaving the cell);
// - text as a line of text; dates with a date editor.
// A value the model refuses (EditableTableModel::editRefused) is not committed:
// the editor stays open with what was typed, marked with the reason (also in
// the status bar), so it can be fixed; Escape gives up and shows the stored
// value again.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    // Writes the editor's value to the model; the refusal's message when it was
    // refused.
    std::optional<QString> commit(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const;
    void showRefusal(QWidget *editor, const QString &message) const;

    // What was typed into a cell whose value was refused when its editor closed
    // anyway (the view moved on): the editor opens again with it.
    mutable QPersistentModelIndex m_refusedIndex;
    mutable QString m_refusedText;
    mutable QString m_refusedMessage;
};

} // namespace cplan
