#pragma once

#include <QString>

namespace cplan::app {

// The content calendar from the command line: --export-ics OUT FILE and --export-csv OUT FILE.
// OUT is written atomically (or to standard output when it is "-"); errors name the file.
int exportIcs(const QString &planPath, const QString &outPath);
int exportCsv(const QString &planPath, const QString &outPath);

} // namespace cplan::app
