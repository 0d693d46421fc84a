#pragma once

#include "calendardate.h"

#include <QString>

#include <optional>
#include <vector>

namespace cplan {

// Reading the cells of a CSV file of actuals: dates in the ways analytics tools write them,
// and numbers with either decimal separator. Pure functions.

enum class CsvDateFormat {
    IsoDate,      // 2026-03-01
    DayMonthYear, // 01/03/2026, 1.3.2026, 01-03-26
    MonthDayYear, // 03/01/2026
    MonthName,    // Mar 2026, March 2026, Mar-26
    IsoMonth,     // 2026-03
    Compact,      // 20260301 (Google Analytics)
    // Appended so stored choices keep their numbers:
    MonthNameDate, // Mar 5, 2026 · 5 Mar 2026 · 05-Mar-2026 · Mar 5, 2026 10:00 am (e-mail tools)
    IsoWeek,       // 2026-W10: the week's Thursday, so a week counts in the month of its Thursday
};
const std::vector<CsvDateFormat> &allCsvDateFormats();
QString displayName(CsvDateFormat format); // "31/12/2026 (day first)"

// A date in the given format. Month-only formats give the month's last day: a monthly figure
// is the month's result, as of its end. A week gives its Thursday (ISO 8601 numbers weeks by
// the year of their Thursday; a week across a month end counts in the month holding most of its
// days, which is the month of its Thursday). A time after the date is ignored and the date is
// taken as written, without converting a time zone ("2026-03-05T23:30:00Z" is 5 March).
// nullopt for anything else, including 31/02/2026.
std::optional<Date> parseCsvDate(QStringView text, CsvDateFormat format);

// A number as written in the file, with the given decimal separator ('.' or ','): thousands
// separators (the other one, spaces, apostrophes), a leading + or -, a trailing % and currency
// symbols are allowed. nullopt when it is not a number ("n/a", "12 apples").
std::optional<double> parseCsvNumber(QStringView text, QChar decimalSeparator);

} // namespace cplan
