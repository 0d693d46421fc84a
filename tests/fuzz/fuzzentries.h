#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cplan::fuzz {

// The entry points the fuzz targets drive (bench/fuzz) and the regression test replays
// (tst_fuzzregressions): each takes a file's bytes as the application would get them and goes
// the way the application goes with them.
struct Outcome
{
    bool read = false; // a plan, figures or calendar items came out
    QString error;     // otherwise the one plain-language line the user sees
    // Something that must never happen with any input (a plan that does not survive its own
    // export, a result that is both read and refused). The fuzz targets abort on it.
    QString broken;
};

// The plan loader: storage::openPlanImage on the bytes as they are and, when they look like a
// plan with page checksums, once more with the checksums stamped afresh so that changed bytes
// reach SQLite and the plan reader. A plan that opens must save and open again unchanged.
Outcome openPlanBytes(const QByteArray &bytes);
// JSON import: planFromJson; a plan it gives must export, import and export to the same bytes,
// and save as a plan file that opens.
Outcome importPlanJson(const QByteArray &bytes);
// KPI actuals from CSV: the monthly import (header and preset recognised) as --import-actuals
// reads a file, and the column-by-column reader the import dialog previews with.
Outcome readActualsCsv(const QByteArray &bytes);
// iCalendar: readICalendar against the bundled sample plan, then what importing it does to
// that plan (which must stay valid).
Outcome readCalendarIcs(const QByteArray &bytes);

using Entry = Outcome (*)(const QByteArray &);
// "planfile", "json", "csv", "ics"; nullptr for another name.
Entry entryFor(const QString &target);
QStringList targetNames();

} // namespace cplan::fuzz
