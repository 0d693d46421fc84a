#pragma once

#include "plan.h"

class QAction;
class QWidget;

namespace cplan {

// Finding and selecting records in any page without knowing how the page works: through its
// item views, whose models answer the record's id (RecordIdRole, or the calendar's item id).

// The record selected in the page's focused list or table, else in any visible one; null when
// nothing is selected.
RecordId selectedRecord(QWidget *page);
// Selects the record in the first of the page's lists that shows it, bringing its tab to the
// front; false when no list of the page shows it.
bool selectRecord(QWidget *page, const RecordId &id);
// Adds `action` to the context menu of the page's lists and tables that have none of their own.
void addToRecordContextMenus(QWidget *page, QAction *action);

} // namespace cplan
