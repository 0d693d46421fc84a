#include "csvvalues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <array>
#include <charconv>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::CsvReader", text);
}

} // namespace

// --- Dates ---------------------------------------------------------------------------------

const std::vector<CsvDateFormat> &allCsvDateFormats()
{
    // The order breaks ties when guessing: 01/03/2026 reads day first, as most of the world
    // writes it; the user can switch to month first.
    static const std::vector<CsvDateFormat> formats = {CsvDateFormat::IsoDate, CsvDateFormat::DayMonthYear,
                                                       CsvDateFormat::MonthDayYear, CsvDateFormat::MonthNameDate,
                                                       CsvDateFormat::MonthName,    CsvDateFormat::IsoWeek,
                                                       CsvDateFormat::IsoMonth,     CsvDateFormat::Compact};
    return formats;
}

QString displayName(CsvDateFormat format)
{
    switch (format) {
    case CsvDateFormat::IsoDate: return tr("2026-12-31 (ISO)");
    case CsvDateFormat::DayMonthYear: return tr("31/12/2026 (day first)");
    case CsvDateFormat::MonthDayYear: return tr("12/31/2026 (month first)");
    case CsvDateFormat::MonthName: return tr("Dec 2026 (month name)");
    case CsvDateFormat::IsoMonth: return tr("2026-12 (month)");
    case CsvDateFormat::MonthNameDate: return tr("Dec 31, 2026 or 31 Dec 2026");
    case CsvDateFormat::IsoWeek: return tr("2026-W53 (ISO week)");
    case CsvDateFormat::Compact: break;
    }
    return tr("20261231 (digits only)");
}

namespace {

std::optional<Date> makeDate(int year, int month, int day)
{
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(year, month))
        return std::nullopt;
    return Date(year, month, day);
}

std::optional<Date> monthEnd(int year, int month)
{
    if (year < 1900 || year > 2999 || month < 1 || month > 12)
        return std::nullopt;
    return YearMonth{year, month}.lastDay();
}

// Up to three groups of digits split by one kind of separator: "01/03/2026" -> 1, 3, 2026.
struct DigitGroups
{
    std::array<int, 3> value{};
    std::array<int, 3> length{};
    int count = 0;
};

std::optional<DigitGroups> digitGroups(QStringView text, QStringView separators)
{
    DigitGroups groups;
    QChar separator;
    int current = 0;
    int length = 0;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            if (length >= 4)
                return std::nullopt;
            current = current * 10 + (c.unicode() - '0');
            ++length;
        } else if (separators.contains(c) && length > 0 && groups.count < 2 && (separator.isNull() || c == separator)) {
            separator = c;
            groups.value[std::size_t(groups.count)] = current;
            groups.length[std::size_t(groups.count)] = length;
            ++groups.count;
            current = 0;
            length = 0;
        } else {
            return std::nullopt;
        }
    }
    if (length == 0)
        return std::nullopt;
    groups.value[std::size_t(groups.count)] = current;
    groups.length[std::size_t(groups.count)] = length;
    ++groups.count;
    return groups;
}

int fullYear(int year, int length)
{
    return length == 2 ? 2000 + year : (length == 4 ? year : -1);
}

std::optional<int> monthFromName(QStringView name)
{
    static const std::array<const char *, 12> english = {"jan", "feb", "mar", "apr", "may", "jun",
                                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    const QString lower = name.toString().toLower();
    if (lower.size() >= 3) {
        for (std::size_t i = 0; i < english.size(); ++i) {
            if (lower.startsWith(QLatin1String(english[i])))
                return int(i) + 1;
        }
    }
    const QLocale locale;
    for (int month = 1; month <= 12; ++month) {
        if (lower == locale.monthName(month, QLocale::LongFormat).toLower()
            || lower == locale.monthName(month, QLocale::ShortFormat).toLower().remove(QLatin1Char('.')))
            return month;
    }
    return std::nullopt;
}

std::optional<Date> parseMonthName(QStringView text)
{
    // "Mar 2026", "March 2026", "Mar-26", "Mar. 2026", "2026 Mar"
    QString letters;
    QString digits;
    bool lettersFirst = false;
    for (const QChar c : text) {
        if (c.isLetter()) {
            if (letters.isEmpty() && digits.isEmpty())
                lettersFirst = true;
            if (!digits.isEmpty() && lettersFirst)
                return std::nullopt;
            letters += c;
        } else if (c.isDigit() && c.unicode() < 128) {
            if (!letters.isEmpty() && !lettersFirst)
                return std::nullopt;
            digits += c;
        } else if (c != QLatin1Char(' ') && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('/')
                   && c != QLatin1Char(',') && c != QChar(0x00A0)) {
            return std::nullopt;
        }
    }
    if (letters.isEmpty() || (digits.size() != 4 && digits.size() != 2))
        return std::nullopt;
    const std::optional<int> month = monthFromName(letters);
    if (!month)
        return std::nullopt;
    return monthEnd(fullYear(digits.toInt(), int(digits.size())), *month);
}

// "Mar 5, 2026", "March 5, 2026 10:00 am", "5 Mar 2026", "05-Mar-2026", "5. März 2026": a
// day, a month name and a four-digit year (two digits after a dash), then maybe a time.
std::optional<Date> parseDayMonthName(QStringView text)
{
    static const QRegularExpression monthFirst(QStringLiteral(R"(^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})(?:[\s,T]+\d{1,2}:\d{2}.*)?$)"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(^(\d{1,2})\.?[\s\-]+(\p{L}+)\.?[\s\-,]+(\d{4}|\d{2})(?:[\s,T]+\d{1,2}:\d{2}.*)?$)"));
    const QString string = text.toString();
    QRegularExpressionMatch match = monthFirst.match(string);
    int day = 0;
    QString name;
    QString year;
    if (match.hasMatch()) {
        name = match.captured(1);
        day = match.captured(2).toInt();
        year = match.captured(3);
    } else {
        match = dayFirst.match(string);
        if (!match.hasMatch())
            return std::nullopt;
        day = match.captured(1).toInt();
        name = match.captured(2);
        year = match.captured(3);
    }
    const std::optional<int> month = monthFromName(name);
    if (!month)
        return std::nullopt;
    return makeDate(fullYear(year.toInt(), int(year.size())), *month, day);
}

// "2026-W10" or "2026-W10-4": the Thursday of that ISO week.
std::optional<Date> parseIsoWeek(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})-?W(\d{2})(?:-?[1-7])?$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    if (year < 1900 || year > 2999 || week < 1)
        return std::nullopt;
    // 4 January is always in week 1; week 1's Thursday is the Thursday of that week.
    const Date jan4(year, 1, 4);
    const int fromMonday = (jan4.day_of_week().as_number() + 6) % 7; // Monday 0 … Sunday 6
    const Date thursday = jan4 - boost::gregorian::days(fromMonday) + boost::gregorian::days(3 + 7 * (week - 1));
    if (thursday.year() != year) // week 53 of a year that has 52
        return std::nullopt;
    return thursday;
}

} // namespace

std::optional<Date> parseCsvDate(QStringView text, CsvDateFormat format)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    switch (format) {
    case CsvDateFormat::IsoDate: {
        // Allow a time after the date: "2026-03-01 00:00:00", "2026-03-01T00:00".
        const qsizetype cut = text.indexOf(QLatin1Char('T')) == 10 || text.indexOf(QLatin1Char(' ')) == 10 ? 10 : -1;
        const auto g = digitGroups(cut > 0 ? text.left(cut) : text, u"-");
        if (!g || g->count != 3 || g->length[0] != 4 || g->length[1] > 2 || g->length[2] > 2)
            return std::nullopt;
        return makeDate(g->value[0], g->value[1], g->value[2]);
    }
    case CsvDateFormat::DayMonthYear:
    case CsvDateFormat::MonthDayYear: {
        const auto g = digitGroups(text, u"/.-");
        if (!g || g->count != 3 || g->length[0] > 2 || g->length[1] > 2)
            return std::nullopt;
        const int year = fullYear(g->value[2], g->length[2]);
        if (format == CsvDateFormat::MonthDayYear && text.contains(QLatin1Char('.')))
            return std::nullopt; // 05.03.2026 is written day first everywhere
        return format == CsvDateFormat::DayMonthYear ? makeDate(year, g->value[1], g->value[0])
                                                     : makeDate(year, g->value[0], g->value[1]);
    }
    case CsvDateFormat::MonthName: return parseMonthName(text);
    case CsvDateFormat::MonthNameDate: return parseDayMonthName(text);
    case CsvDateFormat::IsoWeek: return parseIsoWeek(text);
    case CsvDateFormat::IsoMonth: {
        const auto g = digitGroups(text, u"-/");
        if (!g || g->count != 2 || g->length[0] != 4 || g->length[1] > 2)
            return std::nullopt;
        return monthEnd(g->value[0], g->value[1]);
    }
    case CsvDateFormat::Compact: {
        if (text.size() != 8)
            return std::nullopt;
        const auto g = digitGroups(text.left(4), u"");
        const auto m = digitGroups(text.mid(4, 2), u"");
        const auto d = digitGroups(text.mid(6, 2), u"");
        if (!g || !m || !d)
            return std::nullopt;
        return makeDate(g->value[0], m->value[0], d->value[0]);
    }
    }
    return std::nullopt;
}

// --- Numbers -------------------------------------------------------------------------------

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

bool isDecoration(QChar c)
{
    return isSpace(c) || c == QLatin1Char('%') || c == QChar(0x20AC) || c == QLatin1Char('$') || c == QChar(0x00A3)
           || c == QChar(0x00A5);
}

} // namespace

std::optional<double> parseCsvNumber(QStringView text, QChar decimalSeparator)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isDecoration(text[begin]))
        ++begin;
    while (end > begin && isDecoration(text[end - 1]))
        --end;
    std::array<char, 64> buffer{};
    std::size_t length = 0;
    bool seenDigit = false;
    bool seenDecimal = false;
    if (begin < end && (text[begin] == QLatin1Char('-') || text[begin] == QChar(0x2212) || text[begin] == QLatin1Char('+'))) {
        if (text[begin] != QLatin1Char('+'))
            buffer[length++] = '-';
        ++begin;
        while (begin < end && isDecoration(text[begin])) // "- 12" and "-€12"
            ++begin;
    }
    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text[i];
        if (length + 1 >= buffer.size())
            return std::nullopt;
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            buffer[length++] = char(c.unicode());
            seenDigit = true;
        } else if (c == decimalSeparator) {
            if (seenDecimal)
                return std::nullopt;
            seenDecimal = true;
            buffer[length++] = '.';
        } else if ((c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('\'') || isSpace(c))
                   && !seenDecimal && seenDigit && i + 1 < end && text[i + 1].isDigit()) {
            continue; // a thousands separator between digits
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    double value = 0.0;
    const auto result = std::from_chars(buffer.data(), buffer.data() + length, value);
    if (result.ec != std::errc() || result.ptr != buffer.data() + length)
        return std::nullopt;
    return value;
}

} // namespace cplan
