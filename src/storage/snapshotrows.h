#pragma once

#include "plansnapshot.h"
#include "sqlitedatabase.h"

#include <vector>

namespace cplan::storage {

// The snapshots kept in a plan file (table `snapshot`, schema version 2), oldest first.
// False with a plain-language `error` when a row cannot be read.
bool readSnapshots(Database &db, std::vector<PlanSnapshot> &snapshots, QString *error);
// Replaces every row of the table with `snapshots` (inside the caller's transaction).
bool writeSnapshots(Database &db, const std::vector<PlanSnapshot> &snapshots);

} // namespace cplan::storage
