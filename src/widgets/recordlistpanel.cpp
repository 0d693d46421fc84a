#include "recordlistpanel.h"

#include "celldelegate.h"
#include "document.h"
#include "fieldfeedback.h"
#include "recordtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cplan {

RecordListPanel::RecordListPanel(RecordTableModelBase *model, const QString &noun, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search %1…").arg(noun));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(noun));
    m_addButton = new QPushButton(tr("Add"));
    m_removeButton = new QPushButton(tr("Remove"));
    m_upButton = new QPushButton(tr("Move Up"));
    m_downButton = new QPushButton(tr("Move Down"));
    m_addButton->setToolTip(tr("Add a %1 after the selected one").arg(noun));
    m_removeButton->setToolTip(tr("Remove the selected %1").arg(noun));
    bar->addWidget(m_search, 1);
    for (QPushButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton})
        bar->addWidget(button);
    layout->addLayout(bar);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::EditRole); // figures sort as numbers
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView;
    m_view->setAccessibleName(tr("%1 table").arg(noun.left(1).toUpper() + noun.mid(1)));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the plan's order first
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    layout->addWidget(m_view, 1);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("tableProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &RecordListPanel::updateButtons);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &RecordListPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentChanged(currentId());
    });
    connect(model, &RecordTableModelBase::editRefused, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
    });
    connect(model, &QAbstractItemModel::dataChanged, m_problem, &QLabel::hide);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordListPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordListPanel::updateButtons);
    connect(model->document(), &Document::readOnlyChanged, this, &RecordListPanel::updateButtons);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (!m_add)
            return;
        const int row = currentSourceRow();
        m_add(row < 0 ? m_model->rowCount() : row + 1);
        // Select what was added and start typing its name.
        const QModelIndex added = m_proxy->mapFromSource(m_model->index(row < 0 ? m_model->rowCount() - 1 : row + 1, 0));
        m_view->setCurrentIndex(added);
        m_view->edit(added);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        if (m_remove && !currentId().isNull())
            m_remove(currentId());
    });
    connect(m_upButton, &QPushButton::clicked, this, [this] {
        const int row = currentSourceRow();
        if (m_move && row > 0) {
            const RecordId id = currentId();
            m_move(row, row - 1);
            selectRecord(id);
        }
    });
    connect(m_downButton, &QPushButton::clicked, this, [this] {
        const int row = currentSourceRow();
        if (m_move && row >= 0 && row + 1 < m_model->rowCount()) {
            const RecordId id = currentId();
            m_move(row, row + 1);
            selectRecord(id);
        }
    });
    updateButtons();
}

void RecordListPanel::setAddHandler(std::function<void(int)> add)
{
    m_add = std::move(add);
    updateButtons();
}

void RecordListPanel::setRemoveHandler(std::function<void(const RecordId &)> remove)
{
    m_remove = std::move(remove);
    updateButtons();
}

void RecordListPanel::setMoveHandler(std::function<void(int, int)> move)
{
    m_move = std::move(move);
    updateButtons();
}

void RecordListPanel::fitColumns(int maximumWidth)
{
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_proxy->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), maximumWidth));
}

int RecordListPanel::currentSourceRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

RecordId RecordListPanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Qt::UserRole).value<QUuid>() : RecordId();
}

void RecordListPanel::selectRecord(const RecordId &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(Qt::UserRole).value<QUuid>() == id) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void RecordListPanel::updateButtons()
{
    const bool editable = !m_model->document()->isReadOnly();
    const bool selected = currentSourceRow() >= 0;
    // Moving only makes sense in the plan's own order, with every row shown.
    const bool planOrder = m_view->horizontalHeader()->sortIndicatorSection() < 0 && m_search->text().isEmpty();
    m_addButton->setEnabled(editable && m_add);
    m_removeButton->setEnabled(editable && selected && m_remove);
    m_upButton->setEnabled(editable && planOrder && selected && currentSourceRow() > 0 && m_move);
    m_downButton->setEnabled(editable && planOrder && selected && currentSourceRow() + 1 < m_model->rowCount() && m_move);
}

} // namespace cplan
