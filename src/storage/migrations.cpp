#include "migrations.h"

#include "schema.h"

#include <QCoreApplication>

namespace cplan::storage {

namespace {

using Step = bool (*)(Database &);

// Version 2: snapshots of the plan kept in the file. The SQL is written out here, not taken from
// schemaSql(), so this step stays what it was when later versions change the table.
bool migrate_1_to_2(Database &db)
{
    return db.execute("CREATE TABLE snapshot ("
                      " id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
                      " created_at TEXT NOT NULL, plan_json TEXT NOT NULL)");
}

// One entry per schema version after the first; steps[0] turns version 1 into version 2.
constexpr Step steps[] = {migrate_1_to_2};

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
