#pragma once

#include <QString>

namespace cplan::app {

// --import-ics ICS FILE [--dry-run]: reads the iCalendar file ICS into the plan FILE as the
// calendar page's Import does (an event whose UID the plan has updates that item, see
// calendarimport.h), writes FILE atomically keeping everything else in it (snapshots too),
// and prints "N added, M updated, K unchanged", one line per added and updated item, then
// each event left out, "Line N (Title): why". Nothing is written when nothing changes or
// with `dryRun`. Errors name the file and leave FILE as it was.
int importIcs(const QString &icsPath, const QString &planPath, bool dryRun);

} // namespace cplan::app
