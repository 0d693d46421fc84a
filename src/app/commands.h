#pragma once

#include <QString>

namespace cplan::app {

// Exit codes of every command (DESIGN.md §5).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// The headless commands. Each prints its result to stdout, a plain-language error naming the
// file to stderr, and returns the exit code.
int checkPlan(const QString &path);
int printSummary(const QString &path);
int exportJson(const QString &planPath, const QString &outPath);
int importJson(const QString &jsonPath, const QString &outPath);

} // namespace cplan::app
