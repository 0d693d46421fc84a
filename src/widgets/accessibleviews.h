#pragma once

class QWidget;

namespace cplan {

// Installs (once) the accessibility factory for the views that paint their own items: the
// calendar's month and week (calendaraccessible.h) and the roll-out timeline
// (timelineaccessible.h). The views call it when they are made.
void installAccessibleViews();

// Names the "»" buttons that Qt adds to tool bars and the menu bar when they do not fit
// ("More tools", "More menus"), which Qt leaves without a name, everywhere under `root`.
void nameOverflowButtons(QWidget *root);

} // namespace cplan
