#pragma once

#include "csvvalues.h"
#include "kpiaggregation.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cplan {

// What the common analytics and marketing tools write in their CSV exports, so a file from one
// of them is read without questions: which column holds the date and how it is written, which
// columns may narrow the rows (a channel group, a campaign), and how each figure makes a month
// (docs/kpis.md lists them). Column names are compared ignoring case and spaces around them; a
// currency after the name ("Amount spent (EUR)") is allowed.

struct CsvPresetColumn
{
    QStringList names; // the first as the tool writes it today, then older or other names
    KpiAggregation aggregation = KpiAggregation::Sum;
    QString weightColumn; // for a weighted average: the first name of another column (its base)
};

struct CsvPreset
{
    QString key;  // stable, for the command line: "ga4", "search-console", …
    QString name; // "Google Analytics 4 report"
    QStringList dateColumns;
    std::optional<CsvDateFormat> dateFormat; // what the tool writes; the column still decides
    QStringList dimensionColumns;            // offered for "only rows where … is …"
    std::vector<CsvPresetColumn> columns;
    QStringList signature; // names that tell this tool's file apart
    int signatureNeeded = 2;
};

const std::vector<CsvPreset> &csvPresets();
const CsvPreset *findCsvPreset(QStringView key); // nullptr for an unknown key
QStringList csvPresetKeys();

// The preset whose signature the header matches best (at least signatureNeeded names and a date
// column); nullptr when none does.
const CsvPreset *recogniseCsvPreset(const QStringList &header);

// Whether a header cell is the column called `name`: same words ignoring case, or `name`
// followed by a bracketed note ("Amount spent (EUR)").
bool isColumnNamed(const QString &headerCell, const QString &name);
// The index of the first header cell named any of `names`; -1 when none is.
int findColumn(const QStringList &header, const QStringList &names);
// The preset column a header cell is, or nullptr.
const CsvPresetColumn *presetColumn(const CsvPreset &preset, const QString &headerCell);

} // namespace cplan
