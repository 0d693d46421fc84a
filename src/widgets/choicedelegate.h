#pragma once

#include <QStyledItemDelegate>

namespace cplan {

// Edits a cell whose model offers choices (ChoicesRole: kind, status, owner, channel) with a
// combo box that commits as soon as a choice is made; other cells get the usual editors.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cplan
