#include "calendardate.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace cplan {

YearMonth YearMonth::addMonths(int count) const
{
    const int index = year * 12 + (month - 1) + count;
    return YearMonth{index / 12, index % 12 + 1};
}

int YearMonth::monthsUntil(const YearMonth &other) const
{
    return (other.year * 12 + other.month) - (year * 12 + month);
}

Date YearMonth::firstDay() const
{
    return Date(year, month, 1);
}

Date YearMonth::lastDay() const
{
    return firstDay().end_of_month();
}

int YearMonth::daysInMonth() const
{
    return boost::gregorian::gregorian_calendar::end_of_month_day(year, month);
}

YearMonth YearMonth::of(const Date &date)
{
    return YearMonth{int(date.year()), int(date.month())};
}

Date addMonthsKeepingDay(const Date &date, int months)
{
    const YearMonth month = YearMonth::of(date).addMonths(months);
    return Date(month.year, month.month, std::min(int(date.day()), month.daysInMonth()));
}

QString toIsoString(const Date &date)
{
    return QStringLiteral("%1-%2-%3")
        .arg(int(date.year()), 4, 10, QLatin1Char('0'))
        .arg(int(date.month()), 2, 10, QLatin1Char('0'))
        .arg(int(date.day()), 2, 10, QLatin1Char('0'));
}

QString toIsoString(const YearMonth &month)
{
    return QStringLiteral("%1-%2")
        .arg(month.year, 4, 10, QLatin1Char('0'))
        .arg(month.month, 2, 10, QLatin1Char('0'));
}

namespace {

bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !text.isEmpty();
}

// Boost's calendar covers 1400..9999; plans live well inside 1900..2999.
bool plausibleYear(int year)
{
    return year >= 1900 && year <= 2999;
}

} // namespace

std::optional<Date> parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    const QStringView view(text);
    if (!allDigits(view.mid(0, 4)) || !allDigits(view.mid(5, 2)) || !allDigits(view.mid(8, 2)))
        return std::nullopt;
    const int year = view.mid(0, 4).toInt();
    const int month = view.mid(5, 2).toInt();
    const int day = view.mid(8, 2).toInt();
    if (!plausibleYear(year) || month < 1 || month > 12 || day < 1
        || day > boost::gregorian::gregorian_calendar::end_of_month_day(year, month))
        return std::nullopt;
    return Date(year, month, day);
}

std::optional<YearMonth> parseIsoMonth(const QString &text)
{
    if (text.size() != 7 || text[4] != QLatin1Char('-'))
        return std::nullopt;
    const QStringView view(text);
    if (!allDigits(view.mid(0, 4)) || !allDigits(view.mid(5, 2)))
        return std::nullopt;
    const int year = view.mid(0, 4).toInt();
    const int month = view.mid(5, 2).toInt();
    if (!plausibleYear(year) || month < 1 || month > 12)
        return std::nullopt;
    return YearMonth{year, month};
}

QString minutesToTimeString(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<int> parseTimeString(const QString &text)
{
    if (text.size() != 5 || text[2] != QLatin1Char(':'))
        return std::nullopt;
    const QStringView view(text);
    if (!allDigits(view.mid(0, 2)) || !allDigits(view.mid(3, 2)))
        return std::nullopt;
    const int hours = view.mid(0, 2).toInt();
    const int minutes = view.mid(3, 2).toInt();
    if (hours > 23 || minutes > 59)
        return std::nullopt;
    return hours * 60 + minutes;
}

} // namespace cplan
