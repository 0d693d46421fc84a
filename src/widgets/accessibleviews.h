#pragma once

class QAccessibleInterface;
class QWidget;

namespace cplan {

// Installs (once) the accessibility factory for the views that paint their own items: the
// calendar's month and week (calendaraccessible.h) and the roll-out timeline
// (timelineaccessible.h). The views call it when they are made.
void installAccessibleViews();

// Names the buttons that Qt adds by itself and leaves without a name, everywhere under
// `root`: the "»" of tool bars and the menu bar that do not fit ("More tools", "More menus"),
// and the icons inside text fields (a search box's magnifier, its clear button).
void nameQtButtons(QWidget *root);

// Tells a screen reader that `item` (a calendar item, a timeline bar) of `view` is now the
// selected one, and focused when the view has the keyboard; nothing when `item` is null.
void announceSelectedItem(QWidget *view, QAccessibleInterface *item);
// Tells a screen reader that the items of `view` changed (added, removed, moved).
void announceItemsChanged(QWidget *view);

} // namespace cplan
