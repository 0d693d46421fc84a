#pragma once

namespace cplan::storage {

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

} // namespace cplan::storage
