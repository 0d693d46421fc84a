#pragma once

namespace cplan::storage {

class Database;

// "CPLN": marks a SQLite file as a Campaign Planner plan (PRAGMA application_id).
constexpr int planApplicationId = 0x43504C4E;
// The schema this build writes (PRAGMA user_version). Older versions are migrated on open.
// Version 2 added the table `snapshot` (named, dated copies of the plan inside the file);
// version 3 the column kpi.aggregation (how a month's figures make the month's actual).
constexpr int currentSchemaVersion = 3;

// The tables of the current schema, named after the domain.
const char *schemaSql();
// Tables every plan of the current schema must have.
const char *const *requiredTables();

// What another program added to a plan file: tables, views, triggers and indexes the current
// schema does not have (a trigger calling writefile(), say). They never run in Campaign Planner
// (triggers and views are switched off on open) and are dropped from the plan's copy in memory,
// so a save writes only the plan's own schema.
struct ForeignSchema
{
    int tables = 0;
    int views = 0;
    int triggers = 0;
    int indexes = 0;
    bool any() const { return tables + views + triggers + indexes > 0; }
};
// false when one could not be dropped (db.lastError() says why).
bool dropForeignSchema(Database &db, ForeignSchema &dropped);

} // namespace cplan::storage
