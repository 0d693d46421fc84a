#pragma once

#include "sqlitedatabase.h"

#include <QByteArrayView>
#include <QString>

namespace cplan::storage {

// Another SQLite program (a database browser, a script) that stopped in the
// middle of a change leaves the plan half written and the plan's original pages
// in "PLAN-journal" beside it: a "hot" journal
// (https://www.sqlite.org/fileformat2.html, section 4). SQLite rolls such a
// plan back to its last committed state before reading it; so does the open, on
// a private copy, so the user's files stay as they are until the user saves.
struct JournalOutcome
{
    enum class Kind {
        None, // no journal, or one SQLite would not apply: read the plan file as it
              // is
        RolledBack, // `image` is the plan as last committed
        Busy, // another program is writing the plan right now
        Failed, // the rollback did not work: `problem` says why
    };
    Kind kind = Kind::None;
    ImageBuffer image;
    QString problem;
};

// `fileImage` is the plan file's content as read. A journal is applied only
// when SQLite would apply it (its header is written, no program holds the
// plan's reserved lock) and when it belongs to the plan (same page size; a plan
// whose page checksums all match is exactly what Campaign Planner saved, so a
// journal beside it is left over from before that save).
JournalOutcome resolveHotJournal(const QString &planPath, QByteArrayView fileImage);

// Called after a save replaced the plan: the journal beside it, if any, belongs
// to the old plan, and another SQLite program would otherwise "roll back" the
// new one with it.
void removeStaleJournal(const QString &planPath);

} // namespace cplan::storage
