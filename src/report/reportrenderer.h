#pragma once

#include "plan.h"
#include "reportoptions.h"
#include "reportsections.h"

class QPagedPaintDevice;

namespace cplan {

struct ReportResult
{
    int pages = 0;
    bool cancelled = false;
};

// Lays the report out for one paged device (a PDF writer or a printer) and paints it: a
// running header with the plan's name and the section, a footer "page N of M", the contents
// with the pages its sections start on. Progress goes from 0 to 100; returning false from it
// cancels, and nothing more is painted.
ReportResult renderReport(const Plan &plan, const ReportOptions &options, QPagedPaintDevice *device,
                          const ReportProgress &progress = {});

// The report as PDF bytes (vector charts, embedded fonts); empty when cancelled.
QByteArray reportPdf(const Plan &plan, const ReportOptions &options, const ReportProgress &progress = {},
                     ReportResult *result = nullptr);

// Writes the report to `path` like a save (atomically: an existing file is replaced only by a
// complete report). False with a plain message naming the file on failure or cancel.
bool writeReportPdf(const Plan &plan, const ReportOptions &options, const QString &path, QString *error,
                    const ReportProgress &progress = {});

} // namespace cplan
