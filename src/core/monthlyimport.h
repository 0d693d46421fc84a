#pragma once

#include "actualsimport.h"
#include "csvpresets.h"
#include "kpiaggregation.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

class QIODevice;

namespace cplan {

// Importing a file of daily (or weekly, or per-campaign) figures as monthly KPI actuals, the
// way a spreadsheet reads it: comment lines, title rows above the header and totals rows are
// skipped and reported; every figure column becomes a series of monthly figures; the plan then
// gets one actual per month (docs/kpis.md).

struct MonthlyImportOptions
{
    QString preset; // key ("ga4"); empty: recognised from the header
    bool recognisePreset = true; // false with an empty preset: read the columns as they are
    QChar delimiter; // null: guessed
    QChar decimalSeparator; // null: guessed from the figures
    std::optional<CsvDateFormat> dateFormat; // none: decided from the whole date column
    // When every date of the column reads both ways (05/03/2026): day first? The dialog asks;
    // the default follows the display language.
    bool dayFirstWhenAmbiguous = true;
    // Column names as in the header (ignoring case); empty: the preset's, or guessed.
    QString dateColumn;
    QStringList valueColumns; // empty: every figure column the preset knows, or every numeric one
    QString kpiColumn;        // a column naming each row's KPI (long files); empty: none
    QString weightColumn;     // base of a weighted average for every value column; empty: the preset's
    QString filterColumn;     // only rows where this column …
    QString filterValue;      // … holds this (ignoring case)
    std::map<QString, KpiAggregation> aggregations; // by series name; others: the preset's or by name

    static bool localeWritesDayFirst(); // from the display language: false for en_US and the like
};

struct CsvLineNote
{
    qint64 line = 0;
    QString reason; // "comment", "title row above the header", "totals row"
};

// The figures of one column (or, with a KPI column, of one KPI name) collected by month.
struct ImportedSeries
{
    QString name;         // the KPI name in the file, or the column's header
    QString valueColumn;  // header of the column the figures come from
    QString weightColumn; // header of the base column; empty when unweighted
    KpiAggregation aggregation = KpiAggregation::Sum; // proposed: options, preset, then by name
    MonthlyAccumulator months;
    qint64 values = 0;
    std::map<YearMonth, double> figures() const { return months.result(aggregation); }
    std::map<YearMonth, double> figures(KpiAggregation by) const { return months.result(by); }
};

struct MonthlyActualsRead
{
    QString error; // the file as a whole cannot be read (empty file, a named column missing)
    QString encoding;
    QChar delimiter;
    QChar decimalSeparator;
    QString preset; // key of the preset used; empty for none
    QStringList header; // empty when the file has no header row
    qint64 headerLine = 0;
    QString dateColumn;
    CsvDateFormat dateFormat = CsvDateFormat::IsoDate;
    bool datesAmbiguous = false; // every date read day first and month first: ask
    QString kpiColumn;
    QStringList dimensionColumns; // text columns that can narrow the rows
    // The values of each dimension column over the whole file (before the filter), in order
    // of first appearance, the first maxDimensionValues of each.
    std::map<QString, QStringList> dimensionValues;
    std::map<QString, ImportedSeries> series;
    qint64 rows = 0;        // data rows (not comments, titles, totals, blank lines)
    qint64 readable = 0;    // rows that gave at least one figure
    qint64 filteredOut = 0; // rows left out by the filter
    std::vector<CsvLineNote> skipped; // the first maxListed
    qint64 skippedCount = 0;
    std::vector<CsvRowProblem> problems; // the first maxListed
    qint64 problemCount = 0;
    bool cancelled = false;
    static constexpr int maxListed = 1000;
    static constexpr int maxDimensionValues = 500;
};

// Reads the whole file in chunks from the device's current position.
MonthlyActualsRead readMonthlyActuals(QIODevice &device, const MonthlyImportOptions &options,
                                      const CsvProgress &progress = {});
MonthlyActualsRead readMonthlyActuals(const QByteArray &bytes, const MonthlyImportOptions &options);

// What writing a KPI's monthly figures does to its actuals: each month gets one actual dated
// its last day, replacing whatever the KPI had in that month; other months stay.
enum class MonthChange { Add, Replace, Keep };
struct MonthlyMerge
{
    std::vector<KpiActual> actuals; // sorted by date
    std::map<YearMonth, MonthChange> changes;
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
};
MonthlyMerge mergeMonthlyFigures(const std::vector<KpiActual> &existing, const std::map<YearMonth, double> &figures);

// The whole import: the KPIs whose actuals change, with counts (planActualsImport's result,
// so one undo command or one file write applies it).
ActualsImport planMonthlyImport(const Plan &plan, const std::map<RecordId, std::map<YearMonth, double>> &figuresByKpi);

// How well a column (or KPI name in the file) fits a KPI: > 0 fits, higher is better.
// The rule (docs/kpis.md): the words of the KPI's name and unit, with marketing synonyms
// (visits = sessions = traffic, impressions = impr., spend = cost = amount spent, …), must
// cover the column's words; each covered word scores 1, each column word the KPI does not
// have costs 2, and an exact name scores 100. "Organic traffic (visits)" takes "Sessions"
// (1) over "Engaged sessions" (1 − 2). A KPI named as a rate takes only a rate, one named
// "A per B" only a column with a word of A and one of B; CTR, CPC, CPA, CPL and CPM are read
// spelled out ("click-through rate", "cost per conversion").
int kpiMatchScore(const Kpi &kpi, const QString &columnName);
// Series → KPI, each KPI and series used once, best scores first; only scores > 0.
std::map<QString, RecordId> proposeKpiTargets(const Plan &plan, const QStringList &seriesNames);

} // namespace cplan
