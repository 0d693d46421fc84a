#pragma once

#include "calendardate.h"
#include "csvvalues.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace cplan {

// Reading CSV files as analytics tools export them (RFC 4180 and its real-world cousins):
// any of , ; tab | as delimiter, fields in double quotes with "" for a quote and line breaks
// inside, CRLF / LF / CR line ends, UTF-8 with or without BOM (UTF-16 with BOM, and Windows-1252
// when the bytes are not UTF-8). Pure: no widgets, no files opened here.

// Splits text into records; text may arrive in pieces of any size (a quote or a CRLF may be
// cut in two). Each complete record goes to the callback with the line it started on (1-based);
// the callback returns false to stop.
class CsvRecordReader
{
public:
    using Callback = std::function<bool(const QStringList &fields, qint64 line)>;
    CsvRecordReader(QChar delimiter, Callback callback);

    // False once the callback asked to stop.
    bool feed(QStringView text);
    // The last record when the text does not end with a line break.
    bool finish();

private:
    bool endRecord();

    QChar m_delimiter;
    Callback m_callback;
    QStringList m_fields;
    QString m_field;
    qint64 m_line = 1;       // the line being read
    qint64 m_recordLine = 1; // where the current record started
    bool m_inQuotes = false;
    bool m_quoteInQuotes = false; // saw a quote inside quotes: the end, or the first of ""
    bool m_afterCr = false;       // a CR ended the last record; an LF right after belongs to it
    bool m_recordStarted = false;
    bool m_stopped = false;
};

// Turns bytes into text chunk by chunk. The encoding is decided from the first chunk: a BOM
// (UTF-8, UTF-16) says it; otherwise UTF-8, or Windows-1252 when the bytes are not UTF-8.
class CsvTextDecoder
{
public:
    QString decode(const QByteArray &bytes);
    QString encodingName() const { return m_name; }

private:
    bool m_started = false;
    bool m_latin1 = false;
    QStringDecoder m_decoder;
    QString m_name;
};

// Windows-1252 bytes as text (0x80 is €, 0x96 an en dash); the rest is Latin-1.
QString fromWindows1252(const QByteArray &bytes);

// What a look at the start of a file suggests; the user may change any of it.
struct CsvGuess
{
    QChar delimiter = QLatin1Char(',');
    bool hasHeader = true;
    int dateColumn = -1;
    int kpiColumn = -1; // -1: the file has no KPI column; all rows are for one KPI
    int valueColumn = -1;
    CsvDateFormat dateFormat = CsvDateFormat::IsoDate;
    QChar decimalSeparator = QLatin1Char('.');
};

// The start of a file, decoded and split, with the guess; for the preview and the guess only
// (a large file is read in full by readCsvActuals).
struct CsvPreview
{
    QString encoding;
    QString text;                     // the decoded start of the file
    std::vector<QStringList> records; // as split with guess.delimiter, header included
    std::vector<qint64> lines;        // line of each record
    CsvGuess guess;
    bool truncated = false; // the file goes on after the preview
    QString problem;        // "The file is empty." and the like; empty when readable
};

// Reads at most `maxBytes` from the device's current position (the device is left there).
CsvPreview previewCsv(QIODevice &device, qint64 maxBytes = 256 * 1024, int maxRecords = 200);
CsvPreview previewCsv(const QByteArray &bytes, int maxRecords = 200);
// Splits already decoded text with a given delimiter (when the user overrides the guess).
void splitPreview(CsvPreview &preview, const QString &text, QChar delimiter, int maxRecords);
// Guesses header, columns, date format and decimal separator for records split already.
CsvGuess guessColumns(const std::vector<QStringList> &records, QChar delimiter);

} // namespace cplan
