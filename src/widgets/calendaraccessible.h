#pragma once

#include "calendarentries.h"

#include <QAccessibleWidget>
#include <QHash>

namespace cplan {

// The month grid and the week as screen readers and test tools see them: a list whose
// children are the items shown, each named after its title and date ("Spring launch post,
// Thursday, 12 March 2026"), selectable, with its rectangle on screen, and the actions
// "SetFocus" (select it) and "Press" (open it). The views paint their items themselves, so
// without this an assistive tool would see one blank picture.
class AccessibleCalendarView : public QAccessibleWidget
{
public:
    AccessibleCalendarView(QWidget *view, CalendarItemsView *items);
    ~AccessibleCalendarView() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    // The child for an item's date, or null when it is not shown.
    QAccessibleInterface *childFor(const CalendarPlace &place) const;
    CalendarItemsView *items() const { return m_items; }

private:
    // Interfaces are kept (and registered with QAccessible) so that each date of an item keeps
    // its id while it is shown; those of items no longer shown are released.
    QAccessibleInterface *interfaceFor(const CalendarEntry &entry) const;
    void releaseGone(const std::vector<CalendarEntry> &shown) const;

    CalendarItemsView *m_items;
    mutable QHash<QString, QAccessible::Id> m_ids;
};

// How an item reads to a screen reader: "Title, Thursday, 12 March 2026" (", 09:30" when timed).
QString accessibleEntryName(const CalendarEntry &entry);

// Tell assistive technology that the view's selected item changed (focus moves to it) or that
// its items changed. Cheap when no assistive technology is listening.
void announceCalendarSelection(QWidget *view);
void announceCalendarItemsChanged(QWidget *view);

} // namespace cplan
