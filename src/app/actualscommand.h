#pragma once

#include "kpiaggregation.h"

#include <QString>

#include <optional>

namespace cplan::app {

// --import-actuals CSV FILE: an export's figures as the monthly actuals of FILE's KPIs
// (docs/kpis.md). The command line has checked the usage (an aggregation key, COLUMN=VALUE).
struct ActualsImportRequest
{
    QString csvPath;
    QString planPath;
    QString kpi;        // a KPI's name, ignoring case; empty: matched by column names
    QString column;     // the figure column; empty: every figure column
    QString dateColumn; // empty: the preset's, or found
    QString preset;     // a key of csvPresetKeys(); empty: recognised from the header
    QString whereColumn; // only rows where this column …
    QString whereValue;  // … holds this (ignoring case)
    std::optional<KpiAggregation> aggregation; // none: each KPI's own
    bool dryRun = false;
};

// Prints what was (or, with dryRun, would be) added, replaced and kept per KPI, the skipped
// lines and the unreadable rows; an error names the file and the problem on stderr, exit 1,
// and FILE is left as it was.
int importActuals(const ActualsImportRequest &request);

} // namespace cplan::app
