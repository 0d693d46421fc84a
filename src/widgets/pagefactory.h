#pragma once

#include "views.h"

class QWidget;

namespace cplan {

class Document;

// The page that shows one view of a document.
QWidget *createPage(View view, Document *document);

// The page as the window holds it: in a frameless scroll area ("pageArea") that scrolls only
// when the window is smaller than the page can be, so a small screen never cuts a page off.
QWidget *inPageArea(QWidget *page);

} // namespace cplan
