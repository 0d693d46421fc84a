#pragma once

#include "views.h"

class QWidget;

namespace cplan {

class Document;

// The page that shows one view of a document.
QWidget *createPage(View view, Document *document);

} // namespace cplan
