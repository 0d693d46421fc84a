#pragma once

#include "plan.h"
#include "sqlitedatabase.h"

namespace cplan::storage {

// Reads the plan from a database of the current schema. Values that cannot be read (a
// month that is not a month, an unknown channel kind) make it fail with a message naming the
// table, the row and the column; ranges are checked afterwards by validatePlan().
struct ReadResult
{
    std::optional<Plan> plan;
    QString error;
};
ReadResult readPlan(Database &db);

} // namespace cplan::storage
