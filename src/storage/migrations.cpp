#include "migrations.h"

#include "schema.h"
#include "sqlitemessages.h"

#include "kpiaggregation.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

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

// Version 3: each KPI says how a month's figures make its actual. Existing KPIs get the
// aggregation their name and unit suggest (defaultAggregation: "Cost per lead" in EUR is
// averaged, "Followers" takes the last value, "Revenue" adds up), so a
// plan reads the same whether it was made before or after this version. Before, a month's
// actual was its last value; a plan with one actual per month (what the importer wrote) keeps
// its figures under every aggregation.
bool migrate_2_to_3(Database &db)
{
    if (!db.execute("ALTER TABLE kpi ADD COLUMN aggregation TEXT NOT NULL DEFAULT 'sum'"))
        return false;
    struct Named
    {
        QByteArray id;
        QString name;
        QString unit;
    };
    std::vector<Named> kpis;
    {
        Statement select(db, "SELECT id, name, unit FROM kpi");
        if (!select.isValid())
            return false;
        while (select.next())
            kpis.push_back({select.utf8(0).toByteArray(), select.text(1), select.text(2)});
        if (select.failed())
            return false;
    }
    Statement update(db, "UPDATE kpi SET aggregation = ?1 WHERE id = ?2");
    if (!update.isValid())
        return false;
    for (const Named &kpi : kpis) {
        update.reset();
        update.bindUtf8(1, toKey(defaultAggregation(kpi.name, kpi.unit)).toUtf8());
        update.bindUtf8(2, kpi.id);
        if (!update.exec())
            return false;
    }
    return true;
}

// One entry per schema version after the first; steps[0] turns version 1 into version 2.
constexpr Step steps[] = {migrate_1_to_2, migrate_2_to_3};

} // namespace

bool migrate(Database &db, int fromVersion, QString *error)
{
    if (fromVersion < 1 || fromVersion > currentSchemaVersion) {
        *error = QCoreApplication::translate("cplan::PlanFile", "unknown format version %1").arg(fromVersion);
        return false;
    }
    if (!db.execute("BEGIN")) {
        *error = plainSqliteProblem(db);
        return false;
    }
    for (int version = fromVersion; version < currentSchemaVersion; ++version) {
        const Step step = steps[version - 1];
        if (step && !step(db)) {
            *error = plainSqliteProblem(db);
            db.execute("ROLLBACK");
            return false;
        }
    }
    const QByteArray setVersion = "PRAGMA user_version=" + QByteArray::number(currentSchemaVersion);
    if (!db.execute(setVersion.constData()) || !db.execute("COMMIT")) {
        *error = plainSqliteProblem(db);
        return false;
    }
    return true;
}

} // namespace cplan::storage
