#pragma once

#include "plan.h"
#include "sqlitedatabase.h"

namespace cplan::storage {

// Writes every record of the plan into a database that already has the current schema, in
// one transaction. Returns false with db.lastError() on failure.
bool writePlan(Database &db, const Plan &plan);

} // namespace cplan::storage
