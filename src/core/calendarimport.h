#pragma once

#include "icalendar.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace cplan {

// What importing a calendar file will do to a plan, worked out before anything changes, so
// that the window can show it first and the command line can say it.
//
// An event whose UID the plan has already (an item exported from it, or imported before)
// updates that item instead of adding a second one. Its dates, time, length and repeat rule
// always come from the file; every other field only when the event states it
// (ICalendarSource::stated): a calendar program that knows nothing of channels, campaigns or
// owners leaves them as the plan has them.
enum class CalendarImportAction { Add, Update, Unchanged };

// One field an update changes, as a reader sees it (see recordFields): "Title", "Old", "New".
struct CalendarFieldChange
{
    QString key;   // "title", "date", "time", ... (recordFields' keys)
    QString label; // translated
    QString before;
    QString after;
};

struct CalendarImportEntry
{
    CalendarImportAction action = CalendarImportAction::Add;
    ContentItem item; // as the plan will hold it
    int line = 0;     // where its event begins in the file
    std::vector<CalendarFieldChange> changes; // for an update, in the order the app shows fields
};

struct CalendarImportPlan
{
    std::vector<CalendarImportEntry> entries; // one per item read, in the file's order
    QStringList skipped;  // "Line 14 (Title): why", as readICalendar gave them
    QStringList warnings; // the same

    int count(CalendarImportAction action) const;
    bool changesPlan() const { return count(CalendarImportAction::Add) + count(CalendarImportAction::Update) > 0; }
};

// Compares what `read` holds with `plan`'s content items.
CalendarImportPlan planCalendarImport(const Plan &plan, const ICalendarImport &read);

// "3 added, 2 updated, 1 unchanged": every count, also the zeros (the command line's line).
QString calendarImportCounts(const CalendarImportPlan &import);

// Adds the new items at the end, in the file's order, and replaces the updated ones in
// place. Returns the ids of the items added or changed.
std::vector<RecordId> applyCalendarImport(Plan &plan, const CalendarImportPlan &import);

} // namespace cplan
