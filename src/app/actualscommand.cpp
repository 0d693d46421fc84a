#include "actualscommand.h"

#include "commands.h"
#include "monthlyimport.h"
#include "planchanges.h"
#include "plandatabase.h"
#include "planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <limits>

#include <memory>

namespace cplan::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::ImportActuals", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "The file has no column …" from the core reads on after "Cannot import x.csv: ".
QString continuing(QString sentence)
{
    if (sentence.size() > 1 && sentence[0].isUpper() && sentence[1].isLower())
        sentence[0] = sentence[0].toLower();
    return sentence;
}

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QStringLiteral(", "));
}

QStringList kpiNames(const Plan &plan)
{
    QStringList names;
    for (const Kpi &kpi : plan.kpis)
        names.append(kpi.name);
    return names;
}

const Kpi *kpiById(const Plan &plan, const RecordId &id)
{
    for (const Kpi &kpi : plan.kpis) {
        if (kpi.id == id)
            return &kpi;
    }
    return nullptr;
}

// "lines 1-6 (comment); line 40 (totals row)": runs of lines skipped for the same reason.
QString skippedLines(const MonthlyActualsRead &read)
{
    QStringList runs;
    for (std::size_t i = 0; i < read.skipped.size();) {
        std::size_t end = i;
        while (end + 1 < read.skipped.size() && read.skipped[end + 1].reason == read.skipped[i].reason
               && read.skipped[end + 1].line == read.skipped[end].line + 1)
            ++end;
        runs.append(end == i ? tr("line %1 (%2)").arg(read.skipped[i].line).arg(read.skipped[i].reason)
                             : tr("lines %1-%2 (%3)")
                                   .arg(read.skipped[i].line)
                                   .arg(read.skipped[end].line)
                                   .arg(read.skipped[i].reason));
        i = end + 1;
    }
    if (read.skippedCount > qint64(read.skipped.size()))
        runs.append(tr("%1 more").arg(read.skippedCount - qint64(read.skipped.size())));
    return runs.join(QStringLiteral("; "));
}

// 400, 0.6, 42.0833: at most four decimals, as a script reads them back (no group separators).
QString figure(double value)
{
    QString text = QString::number(value, 'f', 4);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

// "2 added (2026-03: 400, 2026-04: 250)": the months as written, with their figures.
QString monthList(const MonthlyMerge &merge, MonthChange change, int count, const QString &label)
{
    QStringList months;
    for (const auto &[month, what] : merge.changes) {
        if (what != change)
            continue;
        for (const KpiActual &actual : merge.actuals) {
            if (actual.date == month.lastDay())
                months.append(toIsoString(month) + QStringLiteral(": ") + figure(actual.value));
        }
    }
    return count == 0 ? label.arg(0) : label.arg(count) + QStringLiteral(" (") + months.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString howMade(const ImportedSeries &series, KpiAggregation aggregation)
{
    QString how = continuing(displayName(aggregation));
    if (aggregation == KpiAggregation::Average && !series.weightColumn.isEmpty())
        how += tr(", weighted by %1").arg(series.weightColumn);
    return how;
}

struct Mapping
{
    QString series;
    RecordId kpi;
};

// Which series go to which KPI: --kpi takes the one series that fits it best (or the only
// one); without it, every series goes to the KPI its name fits (kpiMatchScore).
std::optional<std::vector<Mapping>> mapSeries(const ActualsImportRequest &request, const Plan &plan,
                                              const MonthlyActualsRead &read, const Kpi *chosenKpi)
{
    QStringList names;
    for (const auto &[name, series] : read.series)
        names.append(name);
    std::vector<Mapping> mappings;
    if (chosenKpi) {
        QString best;
        int bestScore = 0;
        for (const QString &name : names) {
            const int score = kpiMatchScore(*chosenKpi, name);
            if (score > bestScore) {
                best = name;
                bestScore = score;
            }
        }
        if (best.isEmpty() && names.size() == 1)
            best = names.front();
        if (best.isEmpty()) {
            fail(tr("Cannot import %1: none of its columns %2 fits the KPI \"%3\" by name. Choose the column with "
                    "--column NAME.")
                     .arg(native(request.csvPath), quotedList(names), chosenKpi->name));
            return std::nullopt;
        }
        mappings.push_back({best, chosenKpi->id});
        return mappings;
    }
    const std::map<QString, RecordId> targets = proposeKpiTargets(plan, names);
    for (const QString &name : names) {
        const auto target = targets.find(name);
        if (target != targets.end())
            mappings.push_back({name, target->second});
    }
    if (mappings.empty()) {
        fail(tr("Cannot import %1 into %2: no column of the file (%3) fits a KPI of the plan (%4) by name. Choose "
                "them with --kpi NAME and --column NAME.")
                 .arg(native(request.csvPath), native(request.planPath), quotedList(names), quotedList(kpiNames(plan))));
        return std::nullopt;
    }
    return mappings;
}

// The plan, read (the command line holds its lock until the write is done: writelock.h).
struct OpenPlan
{
    storage::OpenResult file;
};

std::optional<OpenPlan> openPlan(const ActualsImportRequest &request)
{
    OpenPlan open;
    open.file = storage::openPlanFile(request.planPath);
    if (!open.file.plan) {
        fail(open.file.message);
        return std::nullopt;
    }
    return open;
}

std::optional<QByteArray> readCsv(const QString &path)
{
    QString error;
    std::optional<QByteArray> bytes = readImportFile(path, std::numeric_limits<qint64>::max(), {}, error);
    if (!bytes)
        fail(error);
    return bytes;
}

MonthlyImportOptions optionsFor(const ActualsImportRequest &request)
{
    MonthlyImportOptions options;
    options.preset = request.preset;
    options.dateColumn = request.dateColumn;
    if (!request.column.isEmpty())
        options.valueColumns = {request.column};
    options.filterColumn = request.whereColumn;
    options.filterValue = request.whereValue;
    options.dayFirstWhenAmbiguous = MonthlyImportOptions::localeWritesDayFirst();
    return options;
}

// The values a text column holds in the file; empty when it is not known as one.
QStringList valuesOf(const MonthlyActualsRead &read, const QString &column)
{
    for (const auto &[name, values] : read.dimensionValues) {
        if (isColumnNamed(name, column))
            return values;
    }
    return {};
}

// "Organic Search, Direct, Paid Search, …": the first few, quoted.
QString shortList(const QStringList &values)
{
    constexpr int shown = 6;
    QString list = quotedList(values.mid(0, shown));
    if (values.size() > shown)
        list += tr(" and %1 more").arg(values.size() - shown);
    return list;
}

void printRead(QTextStream &out, const ActualsImportRequest &request, const MonthlyActualsRead &read)
{
    const CsvPreset *preset = read.preset.isEmpty() ? nullptr : findCsvPreset(read.preset);
    QString line = tr("Read %1").arg(native(request.csvPath));
    if (preset)
        line += QStringLiteral(" (") + preset->name + QLatin1Char(')');
    line += tr(": %1 rows, %2 with figures; dates in \"%3\" written %4")
                .arg(read.rows)
                .arg(read.readable)
                .arg(read.dateColumn, displayName(read.dateFormat));
    if (read.datesAmbiguous)
        line += tr(" (every date reads both day first and month first; taken as shown, the way the display language writes dates)");
    if (!request.whereColumn.isEmpty())
        line += read.filteredOut == 1
                    ? tr("; only rows where \"%1\" is \"%2\" (1 other row left out)").arg(request.whereColumn, request.whereValue)
                    : tr("; only rows where \"%1\" is \"%2\" (%3 other rows left out)")
                          .arg(request.whereColumn, request.whereValue)
                          .arg(read.filteredOut);
    out << line << QLatin1Char('.') << Qt::endl;
    // A GA4 export by channel group adds every channel's sessions unless told otherwise.
    if (preset && request.whereColumn.isEmpty()) {
        for (const QString &name : preset->dimensionColumns) {
            const int column = findColumn(read.header, {name});
            const QStringList values = column < 0 ? QStringList() : valuesOf(read, read.header[column]);
            // One value a row (a campaign's title) names the rows, it does not group them.
            if (values.size() < 2 || values.size() >= read.rows)
                continue;
            out << tr("Rows of every \"%1\" (%2) were taken together; for one of them, add --where \"%1=VALUE\".")
                       .arg(read.header[column].trimmed(), shortList(values))
                << Qt::endl;
            break;
        }
    }
}

} // namespace

int importActuals(const ActualsImportRequest &request)
{
    if (!request.preset.isEmpty() && !findCsvPreset(request.preset))
        return fail(tr("Cannot import %1: there is no preset \"%2\". The presets are: %3.")
                        .arg(native(request.csvPath), request.preset, csvPresetKeys().join(QStringLiteral(", "))));
    std::optional<OpenPlan> open = openPlan(request);
    if (!open)
        return ExitFailed;
    Plan &plan = *open->file.plan;
    if (plan.kpis.empty())
        return fail(tr("Cannot import into %1: the plan has no KPIs yet. Add the KPIs first.").arg(native(request.planPath)));
    const Kpi *chosenKpi = nullptr;
    if (!request.kpi.isEmpty()) {
        for (const Kpi &kpi : plan.kpis) {
            if (kpi.name.trimmed().compare(request.kpi.trimmed(), Qt::CaseInsensitive) == 0) {
                chosenKpi = &kpi;
                break;
            }
        }
        if (!chosenKpi)
            return fail(tr("Cannot import into %1: the plan has no KPI named \"%2\". Its KPIs are: %3.")
                            .arg(native(request.planPath), request.kpi, quotedList(kpiNames(plan))));
    }

    const std::optional<QByteArray> bytes = readCsv(request.csvPath);
    if (!bytes)
        return ExitFailed;
    MonthlyImportOptions options = optionsFor(request);
    MonthlyActualsRead read = readMonthlyActuals(*bytes, options);
    if (!read.error.isEmpty())
        return fail(tr("Cannot import %1: %2").arg(native(request.csvPath), continuing(read.error)));
    if (read.series.empty()) {
        if (!request.whereColumn.isEmpty() && read.filteredOut > 0 && read.readable == 0 && read.problemCount == 0)
        {
            const QStringList values = valuesOf(read, request.whereColumn);
            return fail(values.isEmpty() ? tr("Cannot import %1: no row has \"%2\" in the column \"%3\".")
                                               .arg(native(request.csvPath), request.whereValue, request.whereColumn)
                                         : tr("Cannot import %1: no row has \"%2\" in the column \"%3\"; it holds %4.")
                                               .arg(native(request.csvPath), request.whereValue, request.whereColumn,
                                                    shortList(values)));
        }
        const QString first = read.problems.empty()
                                  ? QString()
                                  : tr(" The first problem: line %1: %2.").arg(read.problems.front().line).arg(read.problems.front().reason);
        return fail(tr("Cannot import %1: none of its %2 rows gives a figure.").arg(native(request.csvPath)).arg(read.rows)
                    + first);
    }

    const std::optional<std::vector<Mapping>> mappings = mapSeries(request, plan, read, chosenKpi);
    if (!mappings)
        return ExitFailed;
    // As the import dialog proposes: --aggregate, else what the tool's preset says of its column
    // (GA4 sessions add up whatever the KPI says), else the KPI's own aggregation. An average
    // reads its base column only when asked for one, so a different way means reading again.
    const CsvPreset *preset = read.preset.isEmpty() ? nullptr : findCsvPreset(read.preset);
    bool readAgain = false;
    for (const Mapping &mapping : *mappings) {
        const ImportedSeries &series = read.series.at(mapping.series);
        const KpiAggregation wanted = request.aggregation ? *request.aggregation
                                      : preset && presetColumn(*preset, series.valueColumn)
                                          ? series.aggregation
                                          : kpiById(plan, mapping.kpi)->aggregation;
        options.aggregations[series.name] = wanted;
        options.aggregations[series.valueColumn] = wanted;
        readAgain = readAgain || wanted != series.aggregation;
    }
    if (readAgain)
        read = readMonthlyActuals(*bytes, options);

    QTextStream out(stdout);
    printRead(out, request, read);
    std::map<RecordId, std::map<YearMonth, double>> figuresByKpi;
    for (const Mapping &mapping : *mappings) {
        const ImportedSeries &series = read.series.at(mapping.series);
        const Kpi &kpi = *kpiById(plan, mapping.kpi);
        figuresByKpi[kpi.id] = series.figures();
        const MonthlyMerge merge = mergeMonthlyFigures(kpi.actuals, figuresByKpi[kpi.id]);
        const QString source = series.name == series.valueColumn
                                   ? tr("column \"%1\"").arg(series.valueColumn)
                                   : tr("\"%1\" in column \"%2\"").arg(series.name, series.valueColumn);
        out << tr("KPI \"%1\" from %2, %3: %4, %5, %6.")
                   .arg(kpi.name, source, howMade(series, series.aggregation),
                        monthList(merge, MonthChange::Add, merge.added, tr("%1 added")),
                        monthList(merge, MonthChange::Replace, merge.replaced, tr("%1 replaced")),
                        monthList(merge, MonthChange::Keep, merge.unchanged, tr("%1 unchanged")))
            << Qt::endl;
    }
    QStringList unused;
    for (const auto &[name, series] : read.series) {
        if (std::none_of(mappings->begin(), mappings->end(), [&](const Mapping &m) { return m.series == name; }))
            unused.append(name);
    }
    if (!unused.isEmpty())
        out << tr("Not imported: %1 (no KPI chosen for them).").arg(quotedList(unused)) << Qt::endl;
    if (read.skippedCount > 0)
        out << tr("Skipped: %1.").arg(skippedLines(read)) << Qt::endl;
    for (const CsvRowProblem &problem : read.problems)
        out << tr("Line %1: %2").arg(problem.line).arg(problem.reason) << Qt::endl;
    if (read.problemCount > qint64(read.problems.size()))
        out << tr("… and %1 more rows that cannot be read.").arg(read.problemCount - qint64(read.problems.size())) << Qt::endl;

    const ActualsImport import = planMonthlyImport(plan, figuresByKpi);
    if (request.dryRun) {
        out << tr("Dry run: %1 is unchanged.").arg(native(request.planPath)) << Qt::endl;
        return ExitOk;
    }
    if (import.changed.empty()) {
        out << tr("%1 already holds these figures; nothing written.").arg(native(request.planPath)) << Qt::endl;
        return ExitOk;
    }
    storage::PlanChanges changes;
    for (const Kpi &changed : import.changed) {
        for (Kpi &kpi : plan.kpis) {
            if (kpi.id == changed.id)
                kpi = changed;
        }
        changes.touch(RecordKind::Kpi, changed.id);
    }
    // Through the file's own database: everything else in it (snapshots, approval history)
    // stays as it was.
    QString error;
    storage::PlanDatabase &database = *open->file.database;
    if (!database.apply(plan, changes, &error) || !database.writeTo(request.planPath, &error))
        return fail(tr("Cannot save %1: %2. The file is unchanged.").arg(native(request.planPath), error));
    out << tr("Saved %1.").arg(native(request.planPath)) << Qt::endl;
    return ExitOk;
}

} // namespace cplan::app
