#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cplan::app {

// Exit codes of every command (DESIGN.md §5).
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// The headless commands. Each prints its result to stdout, a plain-language error naming the
// file to stderr, and returns the exit code.
int checkPlan(const QString &path);
int printSummary(const QString &path);
int exportJson(const QString &planPath, const QString &outPath);
int importJson(const QString &jsonPath, const QString &outPath);

// Prints a plain-language error to stderr and gives ExitFailed, for `return fail(…);`.
int fail(const QString &message);

// The bytes of a file to import, or, in `error`, why not: "Cannot import NAME: the file does
// not exist …", "… cannot be read (it is a folder)", "… larger than the limit". Every import
// command reads its input this way.
std::optional<QByteArray> readImportFile(const QString &path, qint64 maxBytes, const QString &tooLarge, QString &error);

} // namespace cplan::app
