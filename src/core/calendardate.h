#pragma once

#include <QString>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>

namespace cplan {

using Date = boost::gregorian::date;

// A calendar month (the plan's horizon is counted in these).
struct YearMonth
{
    int year = 2026;
    int month = 1; // 1..12

    friend constexpr bool operator==(const YearMonth &, const YearMonth &) = default;
    friend constexpr auto operator<=>(const YearMonth &, const YearMonth &) = default;

    YearMonth addMonths(int count) const;
    // Months from this to other (other - this); negative when other is earlier.
    int monthsUntil(const YearMonth &other) const;
    Date firstDay() const;
    Date lastDay() const;
    int daysInMonth() const;
    static YearMonth of(const Date &date);
};

// The same day `months` later (or earlier), clamped only when that month is shorter:
// 31 Jan + 1 month = 28 Feb (29 in a leap year), and 28 Feb + 3 months = 28 May. (Boost's
// `date + months(n)` instead snaps a month's last day to the last day: 28 Feb + 3 = 31 May.)
Date addMonthsKeepingDay(const Date &date, int months);

// ISO forms used in files: 2026-03-01 and 2026-03. Parsing is strict and returns nullopt on
// anything else, including impossible dates such as 2026-02-30.
QString toIsoString(const Date &date);
QString toIsoString(const YearMonth &month);
std::optional<Date> parseIsoDate(const QString &text);
std::optional<YearMonth> parseIsoMonth(const QString &text);

// Minutes since midnight as HH:MM, and back.
QString minutesToTimeString(int minutes);
std::optional<int> parseTimeString(const QString &text);

} // namespace cplan
