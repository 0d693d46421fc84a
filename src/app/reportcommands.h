#pragma once

#include <QString>

namespace cplan::app {

// --export-pdf OUT FILE [--sections LIST] [--page-size A4|Letter] [--landscape]
int exportPdf(const QString &planPath, const QString &outPath, const QString &sections, const QString &pageSize, bool landscape);

} // namespace cplan::app
