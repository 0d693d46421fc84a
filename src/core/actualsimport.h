#pragma once

#include "csvreader.h"
#include "plan.h"

#include <functional>
#include <map>
#include <vector>

class QIODevice;

namespace cplan {

// Importing KPI actuals from a CSV file (an analytics export): which columns hold the date,
// the KPI and the value, how they are written, and what the file gave.
struct CsvImportOptions
{
    QChar delimiter = QLatin1Char(',');
    bool hasHeader = true;
    int dateColumn = 0;
    int kpiColumn = -1; // -1: every row is for the one KPI the user picks
    int valueColumn = 1;
    CsvDateFormat dateFormat = CsvDateFormat::IsoDate;
    QChar decimalSeparator = QLatin1Char('.');

    static CsvImportOptions fromGuess(const CsvGuess &guess);
};

// One data row, read: the KPI name as written in the file, the date and the value, or why the
// row cannot be read ("'n/a' is not a number").
struct CsvActualRow
{
    QString kpi;
    Date date{2000, 1, 1};
    double value = 0.0;
    QString problem; // empty when the row was read
};
CsvActualRow readActualRow(const QStringList &fields, const CsvImportOptions &options);

struct CsvRowProblem
{
    qint64 line = 0; // in the file, 1-based
    QString reason;
};

struct CsvActuals
{
    // By KPI name as written in the file (empty name when the file has no KPI column). A date
    // that appears twice for one KPI keeps the later row.
    std::map<QString, std::map<Date, double>> values;
    qint64 rows = 0;     // data rows (no header, no blank lines)
    qint64 readable = 0; // rows that gave a value
    qint64 repeated = 0; // readable rows that replaced an earlier row of the same KPI and date
    std::vector<CsvRowProblem> problems; // the first maxListedProblems
    qint64 problemCount = 0;
    bool cancelled = false;
    QString encoding;
    static constexpr int maxListedProblems = 1000;
};

// Called after each chunk of the file; returns false to cancel. bytesTotal is 0 when unknown.
using CsvProgress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

// Reads the whole file in chunks from the device's current position; memory stays small
// however long the file is (one value per KPI and date is kept).
CsvActuals readCsvActuals(QIODevice &device, const CsvImportOptions &options, const CsvProgress &progress = {});
CsvActuals readCsvActuals(const QByteArray &bytes, const CsvImportOptions &options);

// A KPI's actuals with imported values merged in: a date that is already recorded gets the
// imported value (so importing the same file twice changes nothing), new dates are added,
// the result is sorted by date.
struct ActualsMerge
{
    std::vector<KpiActual> actuals;
    int added = 0;
    int replaced = 0;  // an existing date got a different value
    int unchanged = 0; // an existing date got the same value again
};
ActualsMerge mergeActuals(const std::vector<KpiActual> &existing, const std::map<Date, double> &incoming);

// The plan's KPI a name in the file stands for: the same name, ignoring case and spaces
// around it. Null when none matches; the first in plan order when several do.
RecordId matchKpi(const Plan &plan, const QString &name);

// What importing changes: the KPIs with their new actuals, and the counts for the message.
struct ActualsImport
{
    std::vector<Kpi> changed; // only KPIs whose actuals differ
    int added = 0;
    int replaced = 0;
    int unchanged = 0;
    int skipped = 0; // values for names mapped to no KPI
};
// `kpiForName` maps each name in the file to a KPI of the plan (null: skip those rows).
ActualsImport planActualsImport(const Plan &plan, const CsvActuals &read, const std::map<QString, RecordId> &kpiForName);

} // namespace cplan
