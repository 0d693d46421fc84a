#pragma once

#include <QString>

namespace cplan::app {

// campaign-planner --diff OLD NEW [--json]: prints what changed from OLD to NEW (docs/compare.md).
// Exit 0 when both plans could be read, also when they differ; 1 when a file cannot be opened.
int comparePlanFiles(const QString &oldPath, const QString &newPath, bool json);

} // namespace cplan::app
