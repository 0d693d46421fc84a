#include "actualsimport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::ActualsImport", text);
}

// Cells are shown in messages as the user wrote them, but never endlessly.
QString shown(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    return trimmed.size() > 40 ? trimmed.left(40) + QChar(0x2026) : trimmed;
}

} // namespace

CsvImportOptions CsvImportOptions::fromGuess(const CsvGuess &guess)
{
    CsvImportOptions options;
    options.delimiter = guess.delimiter;
    options.hasHeader = guess.hasHeader;
    options.dateColumn = guess.dateColumn;
    options.kpiColumn = guess.kpiColumn;
    options.valueColumn = guess.valueColumn;
    options.dateFormat = guess.dateFormat;
    options.decimalSeparator = guess.decimalSeparator;
    return options;
}

CsvActualRow readActualRow(const QStringList &fields, const CsvImportOptions &options)
{
    CsvActualRow row;
    const int needed = std::max({options.dateColumn, options.kpiColumn, options.valueColumn}) + 1;
    if (options.dateColumn < 0 || options.valueColumn < 0) {
        row.problem = tr("choose the columns that hold the date and the value");
        return row;
    }
    if (fields.size() < needed) {
        row.problem = fields.size() == 1 ? tr("only 1 column; %1 expected").arg(needed)
                                         : tr("only %1 columns; %2 expected").arg(fields.size()).arg(needed);
        return row;
    }
    const QString &dateCell = fields[options.dateColumn];
    const std::optional<Date> date = parseCsvDate(dateCell, options.dateFormat);
    if (!date) {
        row.problem = dateCell.trimmed().isEmpty()
                          ? tr("no date")
                          : tr("'%1' is not a date written as %2").arg(shown(dateCell), displayName(options.dateFormat));
        return row;
    }
    row.date = *date;
    if (options.kpiColumn >= 0) {
        row.kpi = fields[options.kpiColumn].trimmed();
        if (row.kpi.isEmpty()) {
            row.problem = tr("no KPI name");
            return row;
        }
    }
    const QString &valueCell = fields[options.valueColumn];
    const std::optional<double> value = parseCsvNumber(valueCell, options.decimalSeparator);
    if (!value) {
        row.problem = valueCell.trimmed().isEmpty() ? tr("no value")
                                                    : tr("'%1' is not a number").arg(shown(valueCell));
        return row;
    }
    row.value = *value;
    return row;
}

CsvActuals readCsvActuals(QIODevice &device, const CsvImportOptions &options, const CsvProgress &progress)
{
    CsvActuals result;
    const qint64 total = device.isSequential() ? 0 : device.size();
    const qint64 start = device.isSequential() ? 0 : device.pos();
    bool header = options.hasHeader;
    CsvRecordReader reader(options.delimiter, [&](const QStringList &fields, qint64 line) {
        if (header) {
            header = false;
            return true;
        }
        ++result.rows;
        const CsvActualRow row = readActualRow(fields, options);
        if (!row.problem.isEmpty()) {
            ++result.problemCount;
            if (result.problems.size() < std::size_t(CsvActuals::maxListedProblems))
                result.problems.push_back({line, row.problem});
            return true;
        }
        ++result.readable;
        auto &dates = result.values[row.kpi];
        const auto [at, inserted] = dates.try_emplace(row.date, row.value);
        if (!inserted) {
            at->second = row.value;
            ++result.repeated;
        }
        return true;
    });
    CsvTextDecoder decoder;
    constexpr qint64 chunkSize = 1 << 20;
    while (!device.atEnd()) {
        const QByteArray bytes = device.read(chunkSize);
        if (bytes.isEmpty())
            break;
        reader.feed(decoder.decode(bytes));
        if (progress && !progress(device.pos() - start, total - start)) {
            result.cancelled = true;
            return result;
        }
    }
    reader.finish();
    result.encoding = decoder.encodingName();
    return result;
}

CsvActuals readCsvActuals(const QByteArray &bytes, const CsvImportOptions &options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readCsvActuals(buffer, options);
}

ActualsMerge mergeActuals(const std::vector<KpiActual> &existing, const std::map<Date, double> &incoming)
{
    ActualsMerge merge;
    merge.actuals.reserve(existing.size() + incoming.size());
    auto next = incoming.begin();
    for (const KpiActual &actual : existing) {
        while (next != incoming.end() && next->first < actual.date) {
            merge.actuals.push_back({next->first, next->second});
            ++merge.added;
            ++next;
        }
        if (next != incoming.end() && next->first == actual.date) {
            merge.actuals.push_back({actual.date, next->second});
            ++(next->second == actual.value ? merge.unchanged : merge.replaced);
            ++next;
        } else {
            merge.actuals.push_back(actual);
        }
    }
    for (; next != incoming.end(); ++next) {
        merge.actuals.push_back({next->first, next->second});
        ++merge.added;
    }
    return merge;
}

RecordId matchKpi(const Plan &plan, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const Kpi &kpi : plan.kpis) {
        if (kpi.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return kpi.id;
    }
    return {};
}

ActualsImport planActualsImport(const Plan &plan, const CsvActuals &read, const std::map<QString, RecordId> &kpiForName)
{
    ActualsImport result;
    // Several names may point at one KPI: gather its values first, later names winning.
    std::map<RecordId, std::map<Date, double>> byKpi;
    for (const auto &[name, values] : read.values) {
        const auto target = kpiForName.find(name);
        if (target == kpiForName.end() || target->second.isNull()) {
            result.skipped += int(values.size());
            continue;
        }
        auto &dates = byKpi[target->second];
        for (const auto &[date, value] : values)
            dates[date] = value;
    }
    for (const Kpi &kpi : plan.kpis) {
        const auto values = byKpi.find(kpi.id);
        if (values == byKpi.end())
            continue;
        ActualsMerge merge = mergeActuals(kpi.actuals, values->second);
        result.added += merge.added;
        result.replaced += merge.replaced;
        result.unchanged += merge.unchanged;
        if (merge.added > 0 || merge.replaced > 0) {
            Kpi changed = kpi;
            changed.actuals = std::move(merge.actuals);
            result.changed.push_back(std::move(changed));
        }
    }
    return result;
}

} // namespace cplan
