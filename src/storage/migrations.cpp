#include "migrations.h"

#include "schema.h"

#include <QCoreApplication>

namespace cplan::storage {

namespace {

using Step = bool (*)(Database &);

// One entry per schema version after the first; steps[0] turns version 1 into version 2.
// Version 1 is the first released format, so there is nothing to run yet.
constexpr Step steps[] = {nullptr};

} // namespace

bool migrate(Database &db, int fromVersion, QString *error)
{
    if (fromVersion < 1 || fromVersion > currentSchemaVersion) {
        *error = QCoreApplication::translate("cplan::PlanFile", "unknown format version %1").arg(fromVersion);
        return false;
    }
    if (!db.execute("BEGIN")) {
        *error = db.lastError();
        return false;
    }
    for (int version = fromVersion; version < currentSchemaVersion; ++version) {
        const Step step = steps[version - 1];
        if (step && !step(db)) {
            *error = db.lastError();
            db.execute("ROLLBACK");
            return false;
        }
    }
    const QByteArray setVersion = "PRAGMA user_version=" + QByteArray::number(currentSchemaVersion);
    if (!db.execute(setVersion.constData()) || !db.execute("COMMIT")) {
        *error = db.lastError();
        return false;
    }
    return true;
}

} // namespace cplan::storage
