#pragma once

#include "sqlitedatabase.h"

namespace cplan::storage {

// Brings an in-memory copy of an older plan up to the current schema: the numbered steps
// migrate_<n>_to_<n+1> run in order, all in one transaction, so a failure leaves nothing
// half-done. The file on disk is never touched; it changes when the user saves.
bool migrate(Database &db, int fromVersion, QString *error);

} // namespace cplan::storage
