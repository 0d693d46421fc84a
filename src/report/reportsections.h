#pragma once

#include "forecast.h"
#include "reportoptions.h"
#include "reportwriter.h"

#include <functional>

class QTextTable;

namespace cplan {

// Says how far the report has got; returns false when the user cancelled.
using ReportProgress = std::function<bool(int done, int total)>;

// What every section writer reads.
struct ReportContext
{
    const Plan &plan;
    const Forecast &forecast;
    const ReportOptions &options;
};

// The cover page: plan name, horizon, author, date printed and approval state.
void writeCover(ReportWriter &writer, const ReportContext &context);
// The contents: one row per chosen section; the page numbers are filled in after layout.
QTextTable *writeContents(ReportWriter &writer, const ReportContext &context);
void writeSummary(ReportWriter &writer, const ReportContext &context);
void writeMarket(ReportWriter &writer, const ReportContext &context);
void writeBusinessPlan(ReportWriter &writer, const ReportContext &context);
void writeChannels(ReportWriter &writer, const ReportContext &context);
void writeForecast(ReportWriter &writer, const ReportContext &context);
void writeCharts(ReportWriter &writer, const ReportContext &context);
void writeKpis(ReportWriter &writer, const ReportContext &context);
void writeReview(ReportWriter &writer, const ReportContext &context);

// "1 channel" / "12 channels": English plurals without a translation file.
QString countOf(int n, const char *one, const char *many);
// A record's name as the report prints it: at most the 200 characters a person can type
// (textlimits::name), so a longer name from a file does not fill pages of a table column.
QString shownName(const QString &name);

} // namespace cplan
