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
    // Some ids were written another way ({braces}, upper case) by another program; the
    // database's copy must be brought to the usual form before rows are found by id.
    bool nonCanonicalIds = false;
};
// Rewrites every id and reference column to the form the writer uses.
bool normaliseIds(Database &db);
ReadResult readPlan(Database &db);

} // namespace cplan::storage
