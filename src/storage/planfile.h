#pragma once

#include "plan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace cplan::storage {

class PlanDatabase;

// Why a file could not be opened, in the order DESIGN.md §3 checks them.
enum class OpenError {
    None,
    NotFound,
    NotReadable,
    NotSqlite,
    OtherApplication,
    NewerVersion,
    Damaged,
};

struct OpenResult
{
    std::optional<Plan> plan;
    OpenError error = OpenError::None;
    // One plain-language line: which file, what is wrong, what the user can do.
    QString message;
    int fileSchemaVersion = 0;
    bool migrated = false; // an older schema was brought up to date in memory
    // What the user should be told once about a plan that did open, one plain line each: an
    // unfinished change by another program was left out, parts another program added are dropped.
    QStringList notes;
    // The plan's database as read (and migrated), kept in memory so that saving the document
    // later writes only what changed.
    std::shared_ptr<PlanDatabase> database;
};

// Opens and checks a plan file without changing it on disk.
OpenResult openPlanFile(const QString &path);
// The same checks on a file image already in memory (a recovery copy, a test).
OpenResult openPlanImage(const QByteArray &image, const QString &displayPath);
class ImageBuffer;
OpenResult openPlanImage(ImageBuffer image, const QString &displayPath);

// True when the file (or the folder it would go in) is on a disk mounted read-only: nothing can be
// written there, whatever the permissions say.
bool isOnReadOnlyDisk(const QString &path);

struct SaveResult
{
    bool ok = false;
    QString message; // when !ok: which file and why, e.g. "the disk is full"
};

// Writes the whole plan atomically (see writeFileAtomically): a crash at any instant leaves
// the old plan or the new one, complete.
SaveResult savePlanFile(const Plan &plan, const QString &path);
// The same from a database kept in step with the plan (PlanDatabase::apply first).
SaveResult savePlanDatabase(PlanDatabase &database, const QString &path);
// The bytes of a .cplan file holding the plan (with page checksums); empty on failure.
QByteArray planFileImage(const Plan &plan, QString *error = nullptr);

} // namespace cplan::storage
