#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <array>
#include <map>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::CsvReader", text);
}

constexpr QChar quote = QLatin1Char('"');

} // namespace

// --- Records ----------------------------------------------------------------------------

CsvRecordReader::CsvRecordReader(QChar delimiter, Callback callback)
    : m_delimiter(delimiter), m_callback(std::move(callback))
{
}

bool CsvRecordReader::endRecord()
{
    m_fields.append(m_field);
    m_field.resize(0);
    const bool blank = !m_recordStarted && m_fields.size() == 1 && m_fields.front().isEmpty();
    if (!blank && !m_callback(m_fields, m_recordLine))
        m_stopped = true;
    m_fields.clear();
    m_recordStarted = false;
    m_recordLine = m_line;
    return !m_stopped;
}

bool CsvRecordReader::feed(QStringView text)
{
    if (m_stopped)
        return false;
    for (const QChar c : text) {
        if (m_afterCr) {
            m_afterCr = false;
            if (c == QLatin1Char('\n'))
                continue; // the LF of a CRLF: the record ended at the CR
        }
        if (m_inQuotes) {
            if (!m_quoteInQuotes) {
                if (c == quote) {
                    m_quoteInQuotes = true;
                } else if (c == QLatin1Char('\n')) {
                    ++m_line;
                    m_field += c;
                } else if (c != QLatin1Char('\r')) { // CRLF inside a field reads as LF
                    m_field += c;
                }
                continue;
            }
            m_quoteInQuotes = false;
            if (c == quote) { // "" inside quotes is one quote
                m_field += quote;
                continue;
            }
            m_inQuotes = false; // the closing quote; c is read as outside quotes
        }
        if (c == m_delimiter) {
            m_fields.append(m_field);
            m_field.resize(0);
            m_recordStarted = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            m_afterCr = c == QLatin1Char('\r');
            ++m_line;
            if (!endRecord())
                return false;
        } else if (c == quote && m_field.trimmed().isEmpty()) {
            m_field.resize(0); // spaces before an opening quote do not count
            m_inQuotes = true;
            m_recordStarted = true;
        } else {
            m_field += c;
            m_recordStarted = true;
        }
    }
    return true;
}

bool CsvRecordReader::finish()
{
    if (m_stopped)
        return false;
    m_inQuotes = false; // an unterminated quote ends with the file
    m_quoteInQuotes = false;
    if (m_recordStarted || !m_field.isEmpty() || !m_fields.isEmpty())
        return endRecord();
    return true;
}

// --- Text ---------------------------------------------------------------------------------

QString CsvTextDecoder::decode(const QByteArray &bytes)
{
    if (!m_started) {
        m_started = true;
        const std::optional<QStringConverter::Encoding> byBom = QStringConverter::encodingForData(bytes);
        if (byBom) {
            m_decoder = QStringDecoder(*byBom);
            m_name = *byBom == QStringConverter::Utf8 ? tr("UTF-8 with BOM") : QString::fromLatin1(QStringConverter::nameForEncoding(*byBom));
        } else {
            QStringDecoder probe(QStringConverter::Utf8);
            const QString text = probe.decode(bytes);
            m_latin1 = probe.hasError();
            m_name = m_latin1 ? tr("Windows-1252 / Latin-1") : tr("UTF-8");
            if (!m_latin1) {
                m_decoder = std::move(probe);
                return text;
            }
        }
    }
    if (m_latin1)
        return fromWindows1252(bytes);
    return m_decoder.decode(bytes);
}

// Windows-1252 is Latin-1 but for 0x80–0x9F, where it has €, quotes, dashes and a few letters
// (what Excel on Windows writes); the five bytes it leaves undefined keep their Latin-1 code.
QString fromWindows1252(const QByteArray &bytes)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text = QString::fromLatin1(bytes);
    for (QChar &c : text) {
        if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
            c = QChar(high[c.unicode() - 0x80]);
    }
    return text;
}

// --- Guessing -----------------------------------------------------------------------------

namespace {

const std::array<QChar, 4> delimiters = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')};

std::vector<QStringList> split(QStringView text, QChar delimiter, int maxRecords, std::vector<qint64> *lines,
                               bool *truncated)
{
    std::vector<QStringList> records;
    CsvRecordReader reader(delimiter, [&](const QStringList &fields, qint64 line) {
        if (int(records.size()) >= maxRecords) {
            if (truncated)
                *truncated = true;
            return false;
        }
        records.push_back(fields);
        if (lines)
            lines->push_back(line);
        return true;
    });
    if (reader.feed(text))
        reader.finish();
    return records;
}

// How well a delimiter splits the sample: the share of records that have the most common
// number of fields, when that number is at least 2.
double delimiterScore(const std::vector<QStringList> &records, int *fields)
{
    std::map<qsizetype, int> counts;
    for (const QStringList &record : records)
        ++counts[record.size()];
    int best = 0;
    qsizetype bestSize = 0;
    for (const auto &[size, count] : counts) {
        if (count > best || (count == best && size > bestSize)) {
            best = count;
            bestSize = size;
        }
    }
    *fields = int(bestSize);
    if (bestSize < 2 || records.empty())
        return 0.0;
    return double(best) / double(records.size());
}

bool looksLikeDate(const QString &cell)
{
    for (CsvDateFormat format : allCsvDateFormats()) {
        if (parseCsvDate(cell, format))
            return true;
    }
    return false;
}

bool looksLikeNumber(const QString &cell)
{
    return parseCsvNumber(cell, QLatin1Char('.')) || parseCsvNumber(cell, QLatin1Char(','));
}

int headerColumn(const QStringList &header, std::initializer_list<const char *> words, std::initializer_list<int> skip)
{
    for (int c = 0; c < header.size(); ++c) {
        if (std::find(skip.begin(), skip.end(), c) != skip.end())
            continue;
        const QString name = header[c].trimmed().toLower();
        for (const char *word : words) {
            if (name == QLatin1String(word) || name.startsWith(QLatin1String(word) + QLatin1Char(' ')))
                return c;
        }
    }
    return -1;
}

// +1 for a decimal comma, -1 for a decimal point, 0 when the cell cannot tell ("1,234", "12").
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
    if (cell.count(separator) > 1) // 1.234.567: thousands, so the other one is the decimal
        return separator == QLatin1Char(',') ? -1 : 1;
    qsizetype digitsAfter = 0;
    for (qsizetype i = at + 1; i < cell.size() && cell[i].isDigit(); ++i)
        ++digitsAfter;
    if (digitsAfter == 3)
        return 0;
    return separator == QLatin1Char(',') ? 1 : -1;
}

} // namespace

CsvGuess guessColumns(const std::vector<QStringList> &records, QChar delimiter)
{
    CsvGuess guess;
    guess.delimiter = delimiter;
    guess.decimalSeparator = delimiter == QLatin1Char(';') ? QLatin1Char(',') : QLatin1Char('.');
    if (records.empty())
        return guess;
    const QStringList &first = records.front();
    bool firstHasData = false;
    for (const QString &cell : first)
        firstHasData = firstHasData || looksLikeDate(cell) || looksLikeNumber(cell);
    guess.hasHeader = !firstHasData;
    const std::size_t from = guess.hasHeader ? 1 : 0;
    const std::size_t to = std::min(records.size(), from + 200);
    qsizetype columns = 0;
    for (std::size_t r = from; r < to; ++r)
        columns = std::max(columns, records[r].size());
    if (columns == 0)
        columns = first.size();

    std::vector<std::map<CsvDateFormat, int>> dateHits(static_cast<std::size_t>(columns));
    std::vector<int> numberHits(std::size_t(columns), 0);
    std::vector<int> textHits(std::size_t(columns), 0);
    for (std::size_t r = from; r < to; ++r) {
        for (int c = 0; c < records[r].size(); ++c) {
            const QString cell = records[r][c].trimmed();
            if (cell.isEmpty())
                continue;
            bool date = false;
            for (CsvDateFormat format : allCsvDateFormats()) {
                if (parseCsvDate(cell, format)) {
                    ++dateHits[std::size_t(c)][format];
                    date = true;
                }
            }
            const bool number = looksLikeNumber(cell);
            numberHits[std::size_t(c)] += number ? 1 : 0;
            textHits[std::size_t(c)] += !number && !date ? 1 : 0;
        }
    }
    auto bestDateHits = [&](int c) {
        int best = 0;
        for (const auto &[format, hits] : dateHits[std::size_t(c)])
            best = std::max(best, hits);
        return best;
    };
    const QStringList header = guess.hasHeader ? first : QStringList();
    guess.dateColumn = headerColumn(header, {"date", "day", "month", "period", "week", "datum", "tag", "monat"}, {});
    if (guess.dateColumn < 0) {
        int best = 0;
        for (int c = 0; c < columns; ++c) {
            if (bestDateHits(c) > best) {
                best = bestDateHits(c);
                guess.dateColumn = c;
            }
        }
    }
    guess.valueColumn = headerColumn(header, {"value", "amount", "count", "total", "wert", "actual"}, {guess.dateColumn});
    if (guess.valueColumn < 0) {
        int best = 0;
        for (int c = 0; c < columns; ++c) {
            if (c != guess.dateColumn && numberHits[std::size_t(c)] >= best && numberHits[std::size_t(c)] > 0) {
                best = numberHits[std::size_t(c)];
                guess.valueColumn = c; // ties go to the later column: values usually come last
            }
        }
    }
    guess.kpiColumn = headerColumn(header, {"kpi", "metric", "name", "measure", "kennzahl"}, {guess.dateColumn, guess.valueColumn});
    if (guess.kpiColumn < 0) {
        const int rows = int(to - from);
        int best = 0;
        for (int c = 0; c < columns; ++c) {
            if (c != guess.dateColumn && c != guess.valueColumn && textHits[std::size_t(c)] * 2 >= rows
                && textHits[std::size_t(c)] > best) {
                best = textHits[std::size_t(c)];
                guess.kpiColumn = c;
            }
        }
    }
    if (guess.dateColumn >= 0 && guess.dateColumn < columns) {
        int best = 0;
        for (CsvDateFormat format : allCsvDateFormats()) { // in tie-breaking order
            const auto hits = dateHits[std::size_t(guess.dateColumn)].find(format);
            if (hits != dateHits[std::size_t(guess.dateColumn)].end() && hits->second > best) {
                best = hits->second;
                guess.dateFormat = format;
            }
        }
    }
    if (guess.valueColumn >= 0) {
        int votes = 0;
        for (std::size_t r = from; r < to; ++r) {
            if (guess.valueColumn < records[r].size())
                votes += decimalVote(records[r][guess.valueColumn]);
        }
        if (votes != 0)
            guess.decimalSeparator = votes > 0 ? QLatin1Char(',') : QLatin1Char('.');
    }
    return guess;
}

void splitPreview(CsvPreview &preview, const QString &text, QChar delimiter, int maxRecords)
{
    preview.lines.clear();
    preview.truncated = false;
    preview.records = split(text, delimiter, maxRecords, &preview.lines, &preview.truncated);
}

CsvPreview previewCsv(const QByteArray &bytes, int maxRecords)
{
    CsvPreview preview;
    CsvTextDecoder decoder;
    preview.text = decoder.decode(bytes);
    preview.encoding = decoder.encodingName();
    if (preview.text.trimmed().isEmpty()) {
        preview.problem = tr("The file is empty.");
        return preview;
    }
    // Try each delimiter on the sample; the one that splits it most evenly wins.
    QChar best = delimiters.front();
    double bestScore = -1.0;
    int bestFields = 0;
    for (const QChar delimiter : delimiters) {
        int fields = 0;
        const double score = delimiterScore(split(preview.text, delimiter, 50, nullptr, nullptr), &fields);
        if (score > bestScore + 1e-9 || (std::abs(score - bestScore) <= 1e-9 && fields > bestFields)) {
            best = delimiter;
            bestScore = score;
            bestFields = fields;
        }
    }
    splitPreview(preview, preview.text, best, maxRecords);
    preview.guess = guessColumns(preview.records, best);
    if (bestScore <= 0.0)
        preview.problem = tr("Each line has only one column; a file of actuals needs at least a date and a value.");
    return preview;
}

CsvPreview previewCsv(QIODevice &device, qint64 maxBytes, int maxRecords)
{
    const QByteArray bytes = device.read(maxBytes);
    CsvPreview preview = previewCsv(bytes, maxRecords);
    if (!device.atEnd()) {
        // The sample may end inside a record: leave that one out.
        if (!preview.truncated && preview.records.size() > 1) {
            preview.records.pop_back();
            preview.lines.pop_back();
        }
        preview.truncated = true;
    }
    return preview;
}

} // namespace cplan
