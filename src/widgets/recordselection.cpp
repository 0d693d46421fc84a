#include "recordselection.h"

#include "itemroles.h"
#include "occurrencemodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QStackedWidget>

namespace cplan {

namespace {

RecordId idAt(const QModelIndex &index)
{
    for (int role : {int(RecordIdRole), int(OccurrenceModel::ItemIdRole)}) {
        const QVariant value = index.data(role);
        if (value.typeId() == QMetaType::QUuid && !value.toUuid().isNull())
            return value.toUuid();
    }
    return {};
}

// The page's lists and tables, not the pop-up lists of its combo boxes.
QList<QAbstractItemView *> viewsOf(QWidget *page)
{
    QList<QAbstractItemView *> views;
    if (!page)
        return views;
    for (QAbstractItemView *view : page->findChildren<QAbstractItemView *>()) {
        bool popup = view->window() != page->window();
        for (QWidget *w = view->parentWidget(); w && w != page && !popup; w = w->parentWidget())
            popup = qobject_cast<QComboBox *>(w) != nullptr;
        if (!popup)
            views.append(view);
    }
    return views;
}

} // namespace

RecordId selectedRecord(QWidget *page)
{
    const QList<QAbstractItemView *> views = viewsOf(page);
    for (QAbstractItemView *view : views) {
        if (view->hasFocus() && view->currentIndex().isValid()) {
            if (const RecordId id = idAt(view->currentIndex()); !id.isNull())
                return id;
        }
    }
    for (QAbstractItemView *view : views) {
        if (view->isVisible() && view->selectionModel() && view->selectionModel()->hasSelection()) {
            if (const RecordId id = idAt(view->currentIndex()); !id.isNull())
                return id;
        }
    }
    return {};
}

bool selectRecord(QWidget *page, const RecordId &id)
{
    if (id.isNull())
        return false;
    for (QAbstractItemView *view : viewsOf(page)) {
        QAbstractItemModel *model = view->model();
        if (!model || model->rowCount() == 0)
            continue;
        QModelIndexList found;
        for (int role : {int(RecordIdRole), int(OccurrenceModel::ItemIdRole)}) {
            found = model->match(model->index(0, 0), role, QVariant::fromValue(id), 1,
                                 Qt::MatchExactly | Qt::MatchRecursive);
            if (!found.isEmpty())
                break;
        }
        if (found.isEmpty())
            continue;
        // Bring the tab or stacked page that holds the view to the front.
        for (QWidget *w = view; w && w != page; w = w->parentWidget()) {
            if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget()))
                stack->setCurrentWidget(w);
        }
        if (!view->isVisibleTo(page))
            continue;
        view->setCurrentIndex(found.first());
        view->scrollTo(found.first());
        view->setFocus();
        return true;
    }
    return false;
}

void addToRecordContextMenus(QWidget *page, QAction *action)
{
    for (QAbstractItemView *view : viewsOf(page)) {
        if (view->contextMenuPolicy() == Qt::DefaultContextMenu) {
            view->setContextMenuPolicy(Qt::ActionsContextMenu);
            view->addAction(action);
        }
    }
}

} // namespace cplan
