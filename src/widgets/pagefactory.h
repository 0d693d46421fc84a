#pragma once

#include "views.h"

class QWidget;

namespace cplan {

class Document;

// The page that shows one view of a document. A view without an editor of its own yet shows
// what the plan holds for that area, read-only (PlanAreaPage).
QWidget *createPage(View view, Document *document);

} // namespace cplan
