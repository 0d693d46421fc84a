#include "monthlyimport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <array>
#include <cmath>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::MonthlyImport", text);
}

QString shown(const QString &cell)
{
    const QString trimmed = cell.trimmed();
    return trimmed.size() > 40 ? trimmed.left(40) + QChar(0x2026) : trimmed;
}

const std::array<QChar, 4> delimiters = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};

bool isComment(const QStringList &fields)
{
    return !fields.isEmpty() && fields.front().trimmed().startsWith(QLatin1Char('#'));
}

int nonEmptyCells(const QStringList &fields)
{
    int count = 0;
    for (const QString &cell : fields)
        count += cell.trimmed().isEmpty() ? 0 : 1;
    return count;
}

// A spreadsheet's summary line: "Total", "Total: Account", "Grand total", "Totals", "Gesamt".
bool isTotalsRow(const QStringList &fields, int dateColumn)
{
    auto saysTotal = [](const QString &cell) {
        const QString text = cell.trimmed().toCaseFolded();
        for (const char *word : {"total", "grand total", "totals", "gesamt", "summe", "sum"}) {
            const QLatin1StringView w(word);
            if (text == w || text.startsWith(w + QLatin1Char(':')) || text.startsWith(w + QLatin1Char(' ')))
                return true;
        }
        return false;
    };
    for (const QString &cell : fields) {
        if (!cell.trimmed().isEmpty())
            return saysTotal(cell) || (dateColumn >= 0 && dateColumn < fields.size() && saysTotal(fields[dateColumn]));
    }
    return false;
}

bool parsesAsAnyDate(const QString &cell)
{
    for (CsvDateFormat format : allCsvDateFormats()) {
        if (parseCsvDate(cell, format))
            return true;
    }
    return false;
}

bool isNumber(const QString &cell)
{
    return parseCsvNumber(cell, QLatin1Char('.')) || parseCsvNumber(cell, QLatin1Char(','));
}

// +1 decimal comma, -1 decimal point, 0 cannot tell (as in csvreader.cpp).
int decimalVote(QStringView cell)
{
    const qsizetype comma = cell.lastIndexOf(QLatin1Char(','));
    const qsizetype point = cell.lastIndexOf(QLatin1Char('.'));
    if (comma >= 0 && point >= 0)
        return comma > point ? 1 : -1;
    const qsizetype at = comma >= 0 ? comma : point;
    if (at < 0)
        return 0;
    const QChar separator = cell[at];
    if (cell.count(separator) > 1)
        return separator == QLatin1Char(',') ? -1 : 1;
    qsizetype digitsAfter = 0;
    for (qsizetype i = at + 1; i < cell.size() && cell[i].isDigit(); ++i)
        ++digitsAfter;
    if (digitsAfter == 3)
        return 0;
    return separator == QLatin1Char(',') ? 1 : -1;
}

std::vector<QStringList> splitSample(QStringView text, QChar delimiter, std::vector<qint64> *lines)
{
    std::vector<QStringList> records;
    CsvRecordReader reader(delimiter, [&](const QStringList &fields, qint64 line) {
        if (records.size() >= 400)
            return false;
        records.push_back(fields);
        if (lines)
            lines->push_back(line);
        return true;
    });
    if (reader.feed(text))
        reader.finish();
    return records;
}

// The delimiter that gives the most records with the most common field count (at least 2);
// comment lines do not vote.
QChar guessDelimiter(QStringView text)
{
    QChar best = delimiters.front();
    double bestScore = -1.0;
    qsizetype bestFields = 0;
    for (const QChar delimiter : delimiters) {
        std::map<qsizetype, int> counts;
        int records = 0;
        for (const QStringList &record : splitSample(text, delimiter, nullptr)) {
            if (isComment(record) && record.size() == 1)
                continue;
            ++counts[record.size()];
            ++records;
        }
        int modal = 0;
        qsizetype fields = 0;
        for (const auto &[size, count] : counts) {
            if (count > modal || (count == modal && size > fields)) {
                modal = count;
                fields = size;
            }
        }
        const double score = fields >= 2 && records > 0 ? double(modal) / records : 0.0;
        if (score > bestScore + 1e-9 || (std::abs(score - bestScore) <= 1e-9 && fields > bestFields)) {
            best = delimiter;
            bestScore = score;
            bestFields = fields;
        }
    }
    return best;
}

int headerWordColumn(const QStringList &header, std::initializer_list<const char *> words, const std::vector<int> &skip)
{
    for (const char *word : words) {
        for (int c = 0; c < header.size(); ++c) {
            if (std::find(skip.begin(), skip.end(), c) != skip.end())
                continue;
            const QString name = header[c].simplified().toCaseFolded();
            if (name == QLatin1String(word) || name.startsWith(QLatin1String(word) + QLatin1Char(' ')))
                return c;
        }
    }
    return -1;
}

// One reading of the rows with one date format; two run side by side while the column has
// not yet said whether 05/03 is day or month first.
struct Pass
{
    CsvDateFormat format;
    std::map<QString, ImportedSeries> series;
    std::vector<CsvRowProblem> problems;
    qint64 problemCount = 0;
    qint64 readable = 0;
    qint64 unreadableDates = 0;

    void problem(qint64 line, const QString &reason)
    {
        ++problemCount;
        if (problems.size() < std::size_t(MonthlyActualsRead::maxListed))
            problems.push_back({line, reason});
    }
};

// A column's own aggregation by its name: the unit rule, and the ad metrics that are ratios.
KpiAggregation aggregationByName(const QString &name)
{
    const QString lower = name.toCaseFolded();
    for (const char *ratio : {"ctr", "cpc", "cpm", "cpa", "roas", "avg", "average"}) {
        if (lower.contains(QLatin1StringView(ratio)))
            return KpiAggregation::Average;
    }
    return defaultAggregation(name);
}

struct ValueColumn
{
    int index = -1;
    int weight = -1;
    QString name;
};

} // namespace

bool MonthlyImportOptions::localeWritesDayFirst()
{
    const QString format = QLocale().dateFormat(QLocale::ShortFormat);
    return format.indexOf(QLatin1Char('d')) < format.indexOf(QLatin1Char('M'));
}

MonthlyActualsRead readMonthlyActuals(QIODevice &device, const MonthlyImportOptions &options, const CsvProgress &progress)
{
    MonthlyActualsRead result;
    const qint64 total = device.isSequential() ? 0 : device.size();
    const qint64 start = device.isSequential() ? 0 : device.pos();
    CsvTextDecoder decoder;
    const QString sample = decoder.decode(device.read(256 * 1024));
    result.encoding = decoder.encodingName();
    if (sample.trimmed().isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }

    // --- The shape of the file, from its start -------------------------------------------
    result.delimiter = options.delimiter.isNull() ? guessDelimiter(sample) : options.delimiter;
    std::vector<qint64> lines;
    const std::vector<QStringList> records = splitSample(sample, result.delimiter, &lines);
    std::map<qsizetype, int> sizes;
    for (const QStringList &record : records) {
        if (!isComment(record))
            ++sizes[record.size()];
    }
    qsizetype modal = 0;
    int modalCount = 0;
    for (const auto &[size, count] : sizes) {
        if (count > modalCount) {
            modal = size;
            modalCount = count;
        }
    }
    if (modal < 2) {
        result.error = tr("Each line has only one column; a file of actuals needs at least a date and a figure.");
        return result;
    }
    // The header: the first line, after comments and titles, with at least two filled cells.
    std::size_t headerIndex = records.size();
    for (std::size_t r = 0; r < records.size(); ++r) {
        if (!isComment(records[r]) && nonEmptyCells(records[r]) >= 2 && records[r].size() * 2 > modal) {
            headerIndex = r;
            break;
        }
    }
    if (headerIndex == records.size()) {
        result.error = tr("The file has no line with columns.");
        return result;
    }
    int dataLooking = 0;
    for (const QString &cell : records[headerIndex])
        dataLooking += parsesAsAnyDate(cell.trimmed()) || isNumber(cell) ? 1 : 0;
    const bool hasHeader = dataLooking == 0;
    const qint64 headerLine = lines[headerIndex];
    std::size_t firstData = headerIndex + (hasHeader ? 1 : 0);
    QStringList header;
    if (hasHeader) {
        header = records[headerIndex];
        result.header = header;
        result.headerLine = headerLine;
    }
    for (qsizetype c = header.size(); c < modal; ++c)
        header.append(QString());
    for (int c = 0; c < header.size(); ++c) {
        if (header[c].trimmed().isEmpty())
            header[c] = tr("Column %1").arg(c + 1);
    }
    auto columnNamed = [&](const QString &name, int *index) {
        *index = findColumn(header, {name});
        if (*index < 0) {
            result.error = tr("The file has no column named '%1'; its columns are: %2.")
                               .arg(name, QStringList(header.mid(0, 30)).join(QStringLiteral(", ")));
            return false;
        }
        return true;
    };

    const CsvPreset *preset = nullptr;
    if (!options.preset.isEmpty()) {
        preset = findCsvPreset(options.preset);
        if (!preset) {
            result.error = tr("There is no preset '%1'; the presets are: %2.")
                               .arg(options.preset, csvPresetKeys().join(QStringLiteral(", ")));
            return result;
        }
    } else if (hasHeader && options.recognisePreset) {
        preset = recogniseCsvPreset(header);
    }
    if (preset)
        result.preset = preset->key;

    // Data rows of the sample (for guessing only).
    std::vector<const QStringList *> sampleRows;
    for (std::size_t r = firstData; r < records.size(); ++r) {
        if (!isComment(records[r]) && !isTotalsRow(records[r], -1))
            sampleRows.push_back(&records[r]);
    }
    auto cellsOf = [&](int c) {
        QStringList cells;
        for (const QStringList *row : sampleRows)
            if (c < row->size() && !(*row)[c].trimmed().isEmpty())
                cells.append((*row)[c].trimmed());
        return cells;
    };

    int dateColumn = -1;
    if (!options.dateColumn.isEmpty()) {
        if (!columnNamed(options.dateColumn, &dateColumn))
            return result;
    } else {
        if (preset)
            dateColumn = findColumn(header, preset->dateColumns);
        if (dateColumn < 0 && hasHeader)
            dateColumn = headerWordColumn(header, {"date", "day", "week", "month", "period", "reporting starts", "send date",
                                                   "sent date", "send time", "datum", "tag", "woche", "monat"}, {});
        if (dateColumn < 0) {
            int best = 0;
            for (int c = 0; c < header.size(); ++c) {
                int hits = 0;
                for (const QString &cell : cellsOf(c))
                    hits += parsesAsAnyDate(cell) ? 1 : 0;
                if (hits > best) {
                    best = hits;
                    dateColumn = c;
                }
            }
        }
        if (dateColumn < 0) {
            result.error = tr("No column holds dates; name the date column.");
            return result;
        }
    }
    result.dateColumn = header[dateColumn];

    int kpiColumn = -1;
    if (!options.kpiColumn.isEmpty()) {
        if (!columnNamed(options.kpiColumn, &kpiColumn))
            return result;
    } else if (hasHeader && !preset) {
        kpiColumn = headerWordColumn(header, {"kpi", "metric", "measure", "kennzahl", "name"}, {dateColumn});
    }
    if (kpiColumn >= 0)
        result.kpiColumn = header[kpiColumn];

    int filterColumn = -1;
    if (!options.filterColumn.isEmpty() && !columnNamed(options.filterColumn, &filterColumn))
        return result;
    int sharedWeight = -1;
    if (!options.weightColumn.isEmpty() && !columnNamed(options.weightColumn, &sharedWeight))
        return result;

    // Figure columns.
    std::vector<ValueColumn> values;
    auto addValue = [&](int c) {
        ValueColumn value{c, sharedWeight, header[c]};
        if (value.weight < 0 && preset) {
            if (const CsvPresetColumn *known = presetColumn(*preset, header[c]); known && !known->weightColumn.isEmpty()) {
                const CsvPresetColumn *base = presetColumn(*preset, known->weightColumn);
                value.weight = findColumn(header, base ? base->names : QStringList{known->weightColumn});
            }
        }
        // A base only matters to an average; a summed column never fails over its base.
        const auto chosen = options.aggregations.find(header[c]);
        const CsvPresetColumn *known = preset ? presetColumn(*preset, header[c]) : nullptr;
        const KpiAggregation aggregation = chosen != options.aggregations.end() ? chosen->second
                                           : known                             ? known->aggregation
                                                                               : aggregationByName(header[c]);
        if (value.weight == c || (kpiColumn < 0 && aggregation != KpiAggregation::Average))
            value.weight = -1;
        values.push_back(value);
    };
    if (!options.valueColumns.isEmpty()) {
        for (const QString &name : options.valueColumns) {
            int c = -1;
            if (!columnNamed(name, &c))
                return result;
            addValue(c);
        }
    } else if (kpiColumn >= 0) {
        int c = headerWordColumn(header, {"value", "amount", "count", "total", "wert", "actual", "figure"},
                                 {dateColumn, kpiColumn});
        for (int i = int(header.size()) - 1; c < 0 && i >= 0; --i) {
            if (i != dateColumn && i != kpiColumn && !cellsOf(i).isEmpty() && isNumber(cellsOf(i).front()))
                c = i;
        }
        if (c >= 0)
            addValue(c);
    } else {
        for (int c = 0; c < header.size(); ++c) {
            if (c == dateColumn)
                continue;
            if (c == filterColumn) { // still offered, so the filter can be changed
                result.dimensionColumns.append(header[c]);
                continue;
            }
            if (preset && presetColumn(*preset, header[c])) {
                addValue(c);
                continue;
            }
            const QStringList cells = cellsOf(c);
            int numbers = 0;
            for (const QString &cell : cells)
                numbers += isNumber(cell) && !parsesAsAnyDate(cell) ? 1 : 0;
            // Figures the preset does not know are offered too ("Events per session"), so
            // nothing in the file is left out unsaid.
            if (!cells.isEmpty() && numbers * 2 > cells.size())
                addValue(c);
            else if (!cells.isEmpty() && numbers == 0)
                result.dimensionColumns.append(header[c]);
        }
    }
    if (preset) {
        for (const QString &name : preset->dimensionColumns) {
            const int c = findColumn(header, {name});
            if (c >= 0 && !result.dimensionColumns.contains(header[c]))
                result.dimensionColumns.prepend(header[c]);
        }
    }
    if (values.empty()) {
        result.error = tr("No column holds figures; name the column to import.");
        return result;
    }
    std::vector<std::pair<int, QStringList *>> dimensions;
    for (const QString &name : std::as_const(result.dimensionColumns)) {
        const int c = findColumn(header, {name});
        if (c >= 0)
            dimensions.emplace_back(c, &result.dimensionValues[name]);
    }

    // Decimal separator: the figures vote.
    result.decimalSeparator = options.decimalSeparator;
    if (result.decimalSeparator.isNull()) {
        int votes = 0;
        for (const ValueColumn &value : values)
            for (const QString &cell : cellsOf(value.index))
                votes += decimalVote(cell);
        result.decimalSeparator = votes > 0 || (votes == 0 && result.delimiter == QLatin1Char(';')) ? QLatin1Char(',')
                                                                                                    : QLatin1Char('.');
    }

    // Date formats: those reading most of the sample's dates; day-first and month-first both
    // stay in the race until the whole column has been read.
    std::vector<CsvDateFormat> formats;
    if (options.dateFormat) {
        formats.push_back(*options.dateFormat);
    } else {
        const QStringList cells = cellsOf(dateColumn);
        std::map<CsvDateFormat, int> hits;
        int best = 0;
        for (CsvDateFormat format : allCsvDateFormats()) {
            for (const QString &cell : cells)
                hits[format] += parseCsvDate(cell, format) ? 1 : 0;
            best = std::max(best, hits[format]);
        }
        if (preset && preset->dateFormat && hits[*preset->dateFormat] == best)
            formats.push_back(*preset->dateFormat);
        else if (best > 0 && hits[CsvDateFormat::DayMonthYear] == best && hits[CsvDateFormat::MonthDayYear] == best)
            formats = options.dayFirstWhenAmbiguous
                          ? std::vector<CsvDateFormat>{CsvDateFormat::DayMonthYear, CsvDateFormat::MonthDayYear}
                          : std::vector<CsvDateFormat>{CsvDateFormat::MonthDayYear, CsvDateFormat::DayMonthYear};
        for (CsvDateFormat format : allCsvDateFormats()) {
            if (formats.empty() && hits[format] == best)
                formats.push_back(format);
        }
        if (best == 0 && !cells.isEmpty()) {
            result.error = tr("The column '%1' holds no dates in a known form (its first value is '%2').")
                               .arg(header[dateColumn], shown(cells.front()));
            return result;
        }
    }
    std::vector<Pass> passes;
    for (CsvDateFormat format : formats)
        passes.push_back(Pass{format, {}, {}, 0, 0, 0});

    // --- Every row ----------------------------------------------------------------------
    auto note = [&](qint64 line, const QString &reason) {
        ++result.skippedCount;
        if (result.skipped.size() < std::size_t(MonthlyActualsRead::maxListed))
            result.skipped.push_back({line, reason});
    };
    int lastColumn = std::max({dateColumn, kpiColumn, filterColumn});
    for (const ValueColumn &value : values)
        lastColumn = std::max({lastColumn, value.index, value.weight});
    const qsizetype needed = lastColumn + 1;
    std::vector<std::optional<double>> figures(values.size());
    std::vector<double> weights(values.size());
    std::vector<QString> valueProblems(values.size());
    CsvRecordReader reader(result.delimiter, [&](const QStringList &fields, qint64 line) {
        if (line < headerLine) {
            note(line, isComment(fields) ? tr("comment") : tr("title row above the header"));
            return true;
        }
        if (line == headerLine && hasHeader)
            return true;
        if (isComment(fields) && fields.size() == 1) {
            note(line, tr("comment"));
            return true;
        }
        if (isTotalsRow(fields, dateColumn)) {
            note(line, tr("totals row"));
            return true;
        }
        ++result.rows;
        if (fields.size() < needed) {
            const QString reason = fields.size() == 1 ? tr("only 1 column; %1 expected").arg(needed)
                                                      : tr("only %1 columns; %2 expected").arg(fields.size()).arg(needed);
            for (Pass &pass : passes)
                pass.problem(line, reason);
            return true;
        }
        for (const auto &[c, seen] : dimensions) {
            const QString value = fields.value(c).trimmed();
            if (!value.isEmpty() && seen->size() < MonthlyActualsRead::maxDimensionValues && !seen->contains(value))
                seen->append(value);
        }
        if (filterColumn >= 0
            && fields[filterColumn].trimmed().compare(options.filterValue.trimmed(), Qt::CaseInsensitive) != 0) {
            ++result.filteredOut;
            return true;
        }
        QString name;
        if (kpiColumn >= 0) {
            name = fields[kpiColumn].trimmed();
            if (name.isEmpty()) {
                for (Pass &pass : passes)
                    pass.problem(line, tr("no KPI name"));
                return true;
            }
        }
        QStringList reasons;
        bool any = false;
        for (std::size_t v = 0; v < values.size(); ++v) {
            figures[v].reset();
            const QString cell = fields.value(values[v].index);
            const QString prefix = values.size() > 1 ? values[v].name + QStringLiteral(": ") : QString();
            if (cell.trimmed().isEmpty()) {
                if (values.size() == 1) // in a wide export an empty cell is a day without that figure
                    reasons.append(tr("no value"));
                continue;
            }
            figures[v] = parseCsvNumber(cell, result.decimalSeparator);
            if (!figures[v]) {
                reasons.append(prefix + tr("'%1' is not a number").arg(shown(cell)));
                continue;
            }
            weights[v] = 1.0;
            if (values[v].weight >= 0) {
                const QString base = fields.value(values[v].weight);
                const std::optional<double> weight = parseCsvNumber(base, result.decimalSeparator);
                if (!weight || *weight < 0) {
                    reasons.append(prefix + tr("its base %1 '%2' is not a number").arg(header[values[v].weight], shown(base)));
                    figures[v].reset();
                    continue;
                }
                weights[v] = *weight;
            }
            any = true;
        }
        const QString dateCell = fields[dateColumn];
        for (Pass &pass : passes) {
            const std::optional<Date> date = parseCsvDate(dateCell, pass.format);
            if (!date) {
                ++pass.unreadableDates;
                pass.problem(line, dateCell.trimmed().isEmpty()
                                       ? tr("no date")
                                       : tr("'%1' is not a date written as %2").arg(shown(dateCell), displayName(pass.format)));
                continue;
            }
            for (std::size_t v = 0; v < values.size(); ++v) {
                if (!figures[v])
                    continue;
                const QString seriesName = kpiColumn >= 0 ? name : values[v].name;
                auto [at, inserted] = pass.series.try_emplace(seriesName);
                ImportedSeries &series = at->second;
                if (inserted) {
                    series.name = seriesName;
                    series.valueColumn = values[v].name;
                    series.weightColumn = values[v].weight >= 0 ? header[values[v].weight] : QString();
                    const auto chosen = options.aggregations.find(seriesName);
                    const CsvPresetColumn *known = preset ? presetColumn(*preset, values[v].name) : nullptr;
                    series.aggregation = chosen != options.aggregations.end() ? chosen->second
                                         : known                             ? known->aggregation
                                                                             : aggregationByName(seriesName);
                }
                series.months.add(*date, *figures[v], weights[v]);
                ++series.values;
            }
            if (!reasons.isEmpty())
                pass.problem(line, reasons.join(QStringLiteral("; ")));
            if (any)
                ++pass.readable;
        }
        return true;
    });

    reader.feed(sample);
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

    // The format that read the most dates wins; a tie between day and month first is asked.
    std::size_t chosen = 0;
    for (std::size_t p = 1; p < passes.size(); ++p) {
        if (passes[p].unreadableDates < passes[chosen].unreadableDates)
            chosen = p;
    }
    result.datesAmbiguous = passes.size() > 1 && passes[0].unreadableDates == passes[1].unreadableDates;
    Pass &pass = passes[chosen];
    result.dateFormat = pass.format;
    result.series = std::move(pass.series);
    result.problems = std::move(pass.problems);
    result.problemCount = pass.problemCount;
    result.readable = pass.readable;
    return result;
}

MonthlyActualsRead readMonthlyActuals(const QByteArray &bytes, const MonthlyImportOptions &options)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readMonthlyActuals(buffer, options);
}

} // namespace cplan
