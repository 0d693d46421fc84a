#pragma once

#include <QString>

namespace cplan::storage {

class Database;

// What SQLite reported, as one short plain phrase for a person (no file name,
// no full stop, no SQL): "its internal structure is broken", "the column name
// is missing". SQLite's own texts ("orphan index", "database disk image is
// malformed") never reach the user.
QString plainSqliteProblem(int resultCode, const QString &sqliteText);
QString plainSqliteProblem(const Database &db);

} // namespace cplan::storage
