#include "celldelegate.h"

#include "displayformat.h"
#include "fieldfeedback.h"
#include "itemroles.h"
#include "recordtablemodel.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>

namespace cplan {

namespace {

const char *const cellIndexProperty = "cplanCellIndex";
const char *const figureProperty = "cplanFigure";

bool isFigure(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return true;
    default: return false;
    }
}

// A figure as the person would type it: the display locale's decimal point, no
// group separators, no trailing zeros, and no binary noise (0.025 × 100
// reads 2.5).
QString figureText(const QVariant &value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    if (value.typeId() != QMetaType::Double && value.typeId() != QMetaType::Float)
        return locale.toString(value.toLongLong());
    QString text = locale.toString(value.toDouble(), 'f', 9);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

// The model behind any proxies: the one that says why it refused a value.
EditableTableModel *editableSource(const QAbstractItemModel *model)
{
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<EditableTableModel *>(const_cast<QAbstractItemModel *>(model));
}

QAbstractItemView *viewOf(QWidget *editor)
{
    // An editor lives on its view's viewport.
    QWidget *viewport = editor->parentWidget();
    return viewport ? qobject_cast<QAbstractItemView *>(viewport->parentWidget()) : nullptr;
}

} // namespace

QWidget *CellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant choices = index.data(ChoicesRole);
    const QString header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    if (choices.isValid()) {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(header);
        for (const QVariant &entry : choices.toList()) {
            const QVariantList pair = entry.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        connect(combo, &QComboBox::activated, this, [this, combo] {
            emit const_cast<CellDelegate *>(this)->commitData(combo);
            emit const_cast<CellDelegate *>(this)->closeEditor(combo);
        });
        return combo;
    }
    const QVariant value = index.data(Qt::EditRole);
    const bool figure = isFigure(value);
    if (!figure && value.typeId() != QMetaType::QString) {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index); // dates and the like
        if (auto *date = qobject_cast<QDateTimeEdit *>(editor))
            commit::useFullYear(date);
        return editor;
    }
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setAccessibleName(header);
    edit->setProperty(cellIndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    // A figure is typed as text and read with the display locale, so no spin box
    // rounds it.
    edit->setProperty(figureProperty, figure);
    if (figure || index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight)
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return edit;
}

void CellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    if (m_refusedIndex.isValid() && m_refusedIndex == index) {
        // The editor opened again after a refused value: what was typed, and why it
        // was refused.
        edit->setText(m_refusedText);
        edit->setModified(true);
        showRefusal(edit, m_refusedMessage);
        m_refusedIndex = QPersistentModelIndex();
        return;
    }
    if (edit->isModified())
        return; // the model changed while the person types: their text stays
    const QVariant value = index.data(Qt::EditRole);
    edit->setText(edit->property(figureProperty).toBool() ? figureText(value) : value.toString());
}

void CellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (!edit->isModified())
        return; // nothing typed, or already committed on Enter or Tab
    const std::optional<QString> refusal = commit(edit, model, index);
    if (!refusal)
        return;
    // The view closes this editor anyway (the person clicked elsewhere): open it
    // again with what they typed so it can be fixed.
    m_refusedIndex = index;
    m_refusedText = edit->text();
    m_refusedMessage = *refusal;
    showRefusal(edit, *refusal);
    if (QAbstractItemView *view = viewOf(editor)) {
        QTimer::singleShot(0, view, [view, cell = QPersistentModelIndex(index)] {
            if (cell.isValid()) {
                view->setCurrentIndex(cell);
                view->edit(cell);
            }
        });
    }
}

std::optional<QString> CellDelegate::commit(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    QVariant value = edit->text();
    if (edit->property(figureProperty).toBool()) {
        // Read with the display locale (or the C form); what is not a number goes
        // to the model as typed, so it says why.
        if (const std::optional<double> number = parseNumber(edit->text()))
            value = *number;
    }
    QString reason;
    QMetaObject::Connection listening;
    if (EditableTableModel *source = editableSource(model))
        listening = connect(source, &EditableTableModel::editRefused, this,
                            [&reason](const QString &message) { reason = message; });
    const bool taken = model->setData(index, value, Qt::EditRole);
    disconnect(listening);
    if (taken) {
        edit->setModified(false);
        fieldfeedback::clearProblem(edit);
        return std::nullopt;
    }
    return reason.isEmpty() ? tr("'%1' cannot be taken here.").arg(edit->text()) : reason;
}

void CellDelegate::showRefusal(QWidget *editor, const QString &message) const
{
    fieldfeedback::showProblem(editor, message);
    fieldfeedback::showInStatusBar(editor, message);
}

bool CellDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *edit = qobject_cast<QLineEdit *>(object);
    if (edit && event->type() == QEvent::KeyPress && edit->isModified()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab || key == Qt::Key_Enter || key == Qt::Key_Return) {
            // Commit before the view moves on, so a refused value keeps its editor
            // open.
            const auto cell = edit->property(cellIndexProperty).value<QPersistentModelIndex>();
            if (cell.isValid()) {
                if (const std::optional<QString> refusal =
                        commit(edit, const_cast<QAbstractItemModel *>(cell.model()), cell)) {
                    showRefusal(edit, *refusal);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace cplan
