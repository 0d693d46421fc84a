// Expanding a repeat rule into dates (RFC 5545 §3.3.10).
//
// The rule is applied one period at a time (a day, a week starting on WKST, a month, a year;
// every INTERVAL-th one counted from the period holding DTSTART). Each period's candidate days
// come from the BYxxx parts as the RFC's table says: BYMONTH limits DAILY, WEEKLY and MONTHLY
// and expands YEARLY; BYMONTHDAY limits DAILY and expands MONTHLY and YEARLY; BYDAY limits
// DAILY, expands WEEKLY, and expands MONTHLY and YEARLY unless BYMONTHDAY is present, in which
// case it limits. Without BYDAY and BYMONTHDAY the weekday (WEEKLY), the day of the month
// (MONTHLY, YEARLY) and the month (YEARLY without BYMONTH) are taken from DTSTART. BYSETPOS then
// picks from each period's sorted candidates.
//
// Speed: a rule without COUNT starts at the first period that can reach `from`, found by
// arithmetic, so a one-month window costs the same for a rule started last week or ten years
// ago. With COUNT the occurrences before `from` must be counted, so it starts at DTSTART.
// Days are Julian day numbers (what Boost's date stores), months and weekdays bit masks.
#include "recurrence.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

namespace cplan {

namespace {

using Day = std::int64_t; // Julian day number; JDN 0 was a Monday

constexpr Day kUnixEpochJdn = 2440588;

struct Civil
{
    int year;
    int month;
    int day;
};

// Howard Hinnant's days_from_civil / civil_from_days, shifted to Julian day numbers.
Day jdnFromCivil(int year, int month, int day)
{
    const Day y = month <= 2 ? year - 1 : year;
    const Day era = (y >= 0 ? y : y - 399) / 400;
    const Day yearOfEra = y - era * 400;
    const Day dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const Day dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468 + kUnixEpochJdn;
}

Civil civilFromJdn(Day jdn)
{
    const Day z = jdn - kUnixEpochJdn + 719468;
    const Day era = (z >= 0 ? z : z - 146096) / 146097;
    const Day dayOfEra = z - era * 146097;
    const Day yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const Day dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const Day mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    return Civil{int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0), month, day};
}

int weekdayOf(Day jdn) // 0 = Monday
{
    return int(((jdn % 7) + 7) % 7);
}

int daysInMonth(int year, int month)
{
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        return 29;
    return days[std::size_t(month - 1)];
}

std::int64_t ceilDiv(std::int64_t numerator, std::int64_t denominator) // numerator >= 0
{
    return (numerator + denominator - 1) / denominator;
}

// The rule reduced to masks, with DTSTART's defaults filled in.
struct Shape
{
    Frequency frequency = Frequency::Weekly;
    std::int64_t interval = 1;
    std::uint16_t months = 0;        // bit m for month m; 0 = no BYMONTH
    std::uint8_t weekdays = 0;       // BYDAY entries without a position, bit 0 = Monday
    bool hasByDay = false;
    bool hasOrdinals = false;        // BYDAY entries with a position (MONTHLY/YEARLY)
    bool ordinalsInYear = false;     // YEARLY without BYMONTH: "20MO" counts within the year
    bool hasMonthDay = false;
    std::uint32_t monthDays = 0;     // bit d-1 for day d
    std::uint32_t lastMonthDays = 0; // bit n-1 for day -n
    const std::vector<WeekdayRule> *byDay = nullptr;
    const std::vector<int> *bySetPos = nullptr;
};

Shape shapeOf(const RecurrenceRule &rule, Day start)
{
    Shape shape;
    shape.frequency = rule.frequency;
    shape.interval = rule.interval;
    shape.byDay = &rule.byDay;
    shape.bySetPos = &rule.bySetPos;
    const bool positionsCount = rule.frequency == Frequency::Monthly || rule.frequency == Frequency::Yearly;
    for (const WeekdayRule &day : rule.byDay) {
        shape.hasByDay = true;
        if (day.ordinal != 0 && positionsCount)
            shape.hasOrdinals = true;
        else
            shape.weekdays |= std::uint8_t(1u << day.weekday);
    }
    for (int day : rule.byMonthDay) {
        shape.hasMonthDay = true;
        if (day > 0)
            shape.monthDays |= 1u << (day - 1);
        else
            shape.lastMonthDays |= 1u << (-day - 1);
    }
    for (int month : rule.byMonth)
        shape.months |= std::uint16_t(1u << month);

    if (!shape.hasByDay && !shape.hasMonthDay) {
        const Civil first = civilFromJdn(start);
        switch (rule.frequency) {
        case Frequency::Daily:
            break;
        case Frequency::Weekly:
            shape.hasByDay = true;
            shape.weekdays = std::uint8_t(1u << weekdayOf(start));
            break;
        case Frequency::Yearly:
            if (shape.months == 0)
                shape.months = std::uint16_t(1u << first.month);
            [[fallthrough]];
        case Frequency::Monthly:
            shape.hasMonthDay = true;
            shape.monthDays = 1u << (first.day - 1);
            break;
        }
    }
    shape.ordinalsInYear = shape.hasOrdinals && rule.frequency == Frequency::Yearly && rule.byMonth.empty();
    return shape;
}

// Collects the dates that survive DTSTART, COUNT, UNTIL, the window, EXDATE and the limit.
class Collector
{
public:
    Collector(Day start, Day from, Day last, std::optional<int> count, std::vector<Day> excluded,
              std::size_t limit)
        : m_start(start), m_from(from), m_last(last), m_count(count),
          m_excluded(std::move(excluded)), m_limit(limit)
    {}

    // false once nothing later can be added (past the window, UNTIL, COUNT or the limit)
    bool add(Day day)
    {
        if (day < m_start)
            return true;
        if (day > m_last)
            return false;
        if (m_count) {
            if (m_produced == *m_count)
                return false;
            ++m_produced;
        }
        if (day < m_from)
            return true;
        while (m_nextExcluded < m_excluded.size() && m_excluded[m_nextExcluded] < day)
            ++m_nextExcluded;
        if (m_nextExcluded < m_excluded.size() && m_excluded[m_nextExcluded] == day)
            return true;
        m_dates.emplace_back(Date::date_int_type(day));
        return m_dates.size() < m_limit;
    }

    void reserve(std::size_t count) { m_dates.reserve(std::min(count, m_limit)); }
    std::vector<Date> take() { return std::move(m_dates); }

private:
    Day m_start;
    Day m_from;
    Day m_last;
    std::optional<int> m_count;
    int m_produced = 0;
    std::vector<Day> m_excluded;
    std::size_t m_nextExcluded = 0;
    std::size_t m_limit;
    std::vector<Date> m_dates;
};

// The candidate days of one period, ascending and distinct.
struct Candidates
{
    std::array<Day, 366> days;
    int size = 0;
};

// Hands a period's candidates to the collector, after BYSETPOS; false when collecting is over.
bool deliver(const Shape &shape, const Candidates &period, Collector &collector)
{
    if (shape.bySetPos->empty()) {
        for (int i = 0; i < period.size; ++i) {
            if (!collector.add(period.days[std::size_t(i)]))
                return false;
        }
        return true;
    }
    std::array<Day, 366> picked;
    std::size_t pickedCount = 0;
    for (int pos : *shape.bySetPos) {
        const int index = pos > 0 ? pos - 1 : period.size + pos;
        if (index >= 0 && index < period.size && pickedCount < picked.size())
            picked[pickedCount++] = period.days[std::size_t(index)];
    }
    std::sort(picked.begin(), picked.begin() + std::ptrdiff_t(pickedCount));
    const auto end = std::unique(picked.begin(), picked.begin() + std::ptrdiff_t(pickedCount));
    for (auto it = picked.begin(); it != end; ++it) {
        if (!collector.add(*it))
            return false;
    }
    return true;
}

// BYDAY positions counted within a year ("20MO"), as days of that year.
void yearOrdinalDays(const Shape &shape, int year, std::vector<Day> &out)
{
    out.clear();
    const Day first = jdnFromCivil(year, 1, 1);
    const Day last = jdnFromCivil(year, 12, 31);
    for (const WeekdayRule &rule : *shape.byDay) {
        if (rule.ordinal == 0)
            continue;
        Day day = 0;
        if (rule.ordinal > 0)
            day = first + (rule.weekday - weekdayOf(first) + 7) % 7 + Day(rule.ordinal - 1) * 7;
        else
            day = last - (weekdayOf(last) - rule.weekday + 7) % 7 + Day(rule.ordinal + 1) * 7;
        if (day >= first && day <= last)
            out.push_back(day);
    }
}

// Adds the matching days of one month (MONTHLY, or a month of a YEARLY period) to `period`.
void addMonth(const Shape &shape, int year, int month, const std::vector<Day> &yearOrdinals,
              Candidates &period)
{
    const Day first = jdnFromCivil(year, month, 1);
    const int length = daysInMonth(year, month);
    const std::uint32_t wholeMonth = (1u << length) - 1u; // length <= 31
    std::uint32_t mask = wholeMonth;
    if (shape.hasMonthDay) {
        std::uint32_t days = shape.monthDays;
        for (std::uint32_t fromEnd = shape.lastMonthDays; fromEnd != 0; fromEnd &= fromEnd - 1) {
            const int n = std::countr_zero(fromEnd) + 1; // day -n
            if (n <= length)
                days |= 1u << (length - n);
        }
        mask &= days;
    }
    if (shape.hasByDay) {
        const int firstWeekday = weekdayOf(first);
        std::uint64_t days = 0;
        for (std::uint32_t weekdays = shape.weekdays; weekdays != 0; weekdays &= weekdays - 1) {
            const int offset = (std::countr_zero(weekdays) - firstWeekday + 7) % 7;
            days |= std::uint64_t(0x10204081u) << offset; // days offset, offset+7, ... offset+28
        }
        if (shape.hasOrdinals && shape.ordinalsInYear) {
            for (Day day : yearOrdinals) {
                if (day >= first && day < first + length)
                    days |= std::uint64_t(1) << (day - first);
            }
        } else if (shape.hasOrdinals) {
            const int lastWeekday = (firstWeekday + length - 1) % 7;
            for (const WeekdayRule &rule : *shape.byDay) {
                if (rule.ordinal == 0)
                    continue;
                const int index = rule.ordinal > 0
                    ? (rule.weekday - firstWeekday + 7) % 7 + (rule.ordinal - 1) * 7
                    : length - 1 - (lastWeekday - rule.weekday + 7) % 7 + (rule.ordinal + 1) * 7;
                if (index >= 0 && index < length)
                    days |= std::uint64_t(1) << index;
            }
        }
        mask &= std::uint32_t(days & wholeMonth);
    }
    for (; mask != 0; mask &= mask - 1)
        period.days[std::size_t(period.size++)] = first + std::countr_zero(mask);
}

void expandDaily(const Shape &shape, Day start, Day from, Day last, bool counted, Collector &collector)
{
    std::int64_t skip = 0;
    if (!counted && from > start)
        skip = ceilDiv(from - start, shape.interval);
    // BYSETPOS over a one-day period keeps the day only for position 1 or -1.
    const bool setPosKeeps = shape.bySetPos->empty()
        || std::any_of(shape.bySetPos->begin(), shape.bySetPos->end(), [](int pos) { return pos == 1 || pos == -1; });
    if (!setPosKeeps)
        return;
    const bool needsCivil = shape.months != 0 || shape.hasMonthDay;
    for (Day day = start + skip * shape.interval; day <= last; day += shape.interval) {
        if (shape.hasByDay && !(shape.weekdays & (1u << weekdayOf(day))))
            continue;
        if (needsCivil) {
            const Civil civil = civilFromJdn(day);
            if (shape.months != 0 && !(shape.months & (1u << civil.month)))
                continue;
            if (shape.hasMonthDay) {
                const int length = daysInMonth(civil.year, civil.month);
                const bool matches = (shape.monthDays & (1u << (civil.day - 1)))
                    || (shape.lastMonthDays & (1u << (length - civil.day)));
                if (!matches)
                    continue;
            }
        }
        if (!collector.add(day))
            return;
    }
}

void expandWeekly(const Shape &shape, int weekStart, Day start, Day from, Day last, bool counted,
                  Collector &collector)
{
    const Day firstWeek = start - (weekdayOf(start) - weekStart + 7) % 7;
    const std::int64_t step = 7 * shape.interval;
    std::int64_t skip = 0;
    if (!counted && from > firstWeek + 6)
        skip = ceilDiv(from - (firstWeek + 6), step);
    Candidates period;
    for (Day week = firstWeek + skip * step; week <= last; week += step) {
        period.size = 0;
        for (int i = 0; i < 7; ++i) {
            const Day day = week + i;
            if (!(shape.weekdays & (1u << ((weekStart + i) % 7))))
                continue;
            if (shape.months != 0 && !(shape.months & (1u << civilFromJdn(day).month)))
                continue;
            period.days[std::size_t(period.size++)] = day;
        }
        if (!deliver(shape, period, collector))
            return;
    }
}

void expandMonthly(const Shape &shape, Day start, Day from, Day last, bool counted, Collector &collector)
{
    const Civil first = civilFromJdn(start);
    const std::int64_t firstMonth = std::int64_t(first.year) * 12 + first.month - 1;
    std::int64_t skip = 0;
    if (!counted) {
        const Civil window = civilFromJdn(from);
        const std::int64_t windowMonth = std::int64_t(window.year) * 12 + window.month - 1;
        if (windowMonth > firstMonth)
            skip = ceilDiv(windowMonth - firstMonth, shape.interval);
    }
    const std::vector<Day> noYearOrdinals;
    Candidates period;
    for (std::int64_t index = firstMonth + skip * shape.interval;; index += shape.interval) {
        const int year = int(index / 12);
        const int month = int(index % 12) + 1;
        if (jdnFromCivil(year, month, 1) > last)
            return;
        if (shape.months != 0 && !(shape.months & (1u << month)))
            continue;
        period.size = 0;
        addMonth(shape, year, month, noYearOrdinals, period);
        if (!deliver(shape, period, collector))
            return;
    }
}

void expandYearly(const Shape &shape, Day start, Day from, Day last, bool counted, Collector &collector)
{
    const int firstYear = civilFromJdn(start).year;
    std::int64_t skip = 0;
    if (!counted) {
        const int windowYear = civilFromJdn(from).year;
        if (windowYear > firstYear)
            skip = ceilDiv(windowYear - firstYear, shape.interval);
    }
    std::vector<Day> yearOrdinals;
    Candidates period;
    for (std::int64_t year = firstYear + skip * shape.interval; year <= 9999; year += shape.interval) {
        if (jdnFromCivil(int(year), 1, 1) > last)
            return;
        if (shape.ordinalsInYear)
            yearOrdinalDays(shape, int(year), yearOrdinals);
        period.size = 0;
        for (int month = 1; month <= 12; ++month) {
            if (shape.months == 0 || (shape.months & (1u << month)))
                addMonth(shape, int(year), month, yearOrdinals, period);
        }
        if (!deliver(shape, period, collector))
            return;
    }
}

// Roughly how many dates a window holds, so the result is allocated once.
std::size_t expectedCount(const Shape &shape, Day from, Day last)
{
    const std::int64_t span = last - from + 1;
    const auto perPeriod = [&shape](int most) {
        int n = std::popcount(unsigned(shape.weekdays)) * 5 + std::popcount(shape.monthDays)
            + std::popcount(shape.lastMonthDays) + int(shape.byDay->size());
        return std::min(n, most);
    };
    std::int64_t n = 0;
    switch (shape.frequency) {
    case Frequency::Daily: n = span / shape.interval + 1; break;
    case Frequency::Weekly: n = (span / (7 * shape.interval) + 1) * std::popcount(unsigned(shape.weekdays)); break;
    case Frequency::Monthly: n = (span / (28 * shape.interval) + 1) * perPeriod(31); break;
    case Frequency::Yearly: n = 8; break;
    }
    return std::size_t(std::clamp<std::int64_t>(n, 0, 1024));
}

} // namespace

std::vector<Date> expandOccurrences(const RecurrenceRule &rule, const Date &start, const Date &from,
                                    const Date &to, const std::vector<Date> &excluded, std::size_t limit)
{
    if (start.is_special() || from.is_special() || to.is_special() || limit == 0)
        return {};
    if (!validateRecurrenceRule(rule).isEmpty())
        return {};
    const Day startDay = start.day_number();
    Day last = to.day_number();
    if (rule.until)
        last = std::min<Day>(last, rule.until->day_number());
    const Day fromDay = std::max<Day>(from.day_number(), startDay);
    if (fromDay > last)
        return {};

    std::vector<Day> excludedDays;
    if (!excluded.empty()) {
        excludedDays.reserve(excluded.size());
        for (const Date &date : excluded) {
            if (!date.is_special())
                excludedDays.push_back(date.day_number());
        }
        if (!std::is_sorted(excludedDays.begin(), excludedDays.end()))
            std::sort(excludedDays.begin(), excludedDays.end());
    }

    const Shape shape = shapeOf(rule, startDay);
    const bool counted = rule.count.has_value();
    Collector collector(startDay, fromDay, last, rule.count, std::move(excludedDays), limit);
    collector.reserve(expectedCount(shape, fromDay, last));
    switch (rule.frequency) {
    case Frequency::Daily: expandDaily(shape, startDay, fromDay, last, counted, collector); break;
    case Frequency::Weekly: expandWeekly(shape, rule.weekStart, startDay, fromDay, last, counted, collector); break;
    case Frequency::Monthly: expandMonthly(shape, startDay, fromDay, last, counted, collector); break;
    case Frequency::Yearly: expandYearly(shape, startDay, fromDay, last, counted, collector); break;
    }
    return collector.take();
}

} // namespace cplan
