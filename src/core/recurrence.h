#pragma once

#include "calendardate.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <vector>

namespace cplan {

// Repeat rules for content items: the date-only subset of RFC 5545 §3.3.10 (RRULE).
// Supported parts: FREQ (DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL, COUNT, UNTIL, BYDAY,
// BYMONTHDAY, BYMONTH, BYSETPOS and WKST. Times of day (BYHOUR, ...) and the rarely used
// BYWEEKNO and BYYEARDAY are rejected with a message rather than silently ignored.

enum class Frequency { Daily, Weekly, Monthly, Yearly };

// One BYDAY entry: "TU" is {1, 0}, "2TU" is {1, 2}, "-1FR" is {4, -1}.
struct WeekdayRule
{
    int weekday = 0; // 0 = Monday .. 6 = Sunday
    int ordinal = 0; // 0 = every such weekday; 2 = the second; -1 = the last (MONTHLY/YEARLY only)

    friend bool operator==(const WeekdayRule &, const WeekdayRule &) = default;
};

struct RecurrenceRule
{
    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    std::vector<WeekdayRule> byDay;
    std::vector<int> byMonthDay; // 1..31 or -31..-1 (-1 = last day of the month)
    std::vector<int> byMonth;    // 1..12
    std::vector<int> bySetPos;   // 1..366 or -366..-1, picks from each period's dates
    std::optional<int> count;    // never together with until
    std::optional<Date> until;   // inclusive
    int weekStart = 0;           // WKST, 0 = Monday .. 6 = Sunday

    friend bool operator==(const RecurrenceRule &, const RecurrenceRule &) = default;
};

struct RecurrenceParseResult
{
    std::optional<RecurrenceRule> rule; // set when the text is valid
    QString error;                      // plain English, names the offending part
};

// Parses an RRULE value such as "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10". An "RRULE:"
// prefix is accepted, names and values are case-insensitive, and UNTIL may be a date
// (19971224) or a date-time (19971224T000000Z) of which only the date is kept. List values
// keep the order they were written in, so parse(toRRuleString(rule)) == rule.
RecurrenceParseResult parseRecurrenceRule(const QString &text);

// Why a rule (however it was made) cannot be used, or an empty string when it can: values out
// of range, COUNT with UNTIL, BYMONTHDAY with WEEKLY, BYDAY positions outside MONTHLY/YEARLY,
// BYSETPOS without another BYxxx part. parseRecurrenceRule() applies the same checks.
QString validateRecurrenceRule(const RecurrenceRule &rule);

// Canonical text, parts in this order: FREQ, INTERVAL (only when not 1), BYMONTH, BYMONTHDAY,
// BYDAY, BYSETPOS, WKST (only when not MO), COUNT or UNTIL (as YYYYMMDD).
QString toRRuleString(const RecurrenceRule &rule);

// The dates in [from, to] (inclusive) of an item starting on `start` (DTSTART) that repeats
// following `rule`, without the `excluded` dates (EXDATE, any order), ascending, at most
// `limit` of them. COUNT counts from `start` and includes excluded dates, as in RFC 5545
// where EXDATE removes dates after the set is formed.
//
// `start` is an occurrence only when it matches the rule. RFC 5545 says DTSTART is always the
// first instance but also that a DTSTART not matching the rule gives an undefined set; we do
// what python-dateutil's rrule (used by Python icalendar) does, which is to never add it.
//
// A rule that validateRecurrenceRule() rejects gives no dates.
std::vector<Date> expandOccurrences(const RecurrenceRule &rule, const Date &start,
                                    const Date &from, const Date &to,
                                    const std::vector<Date> &excluded = {},
                                    std::size_t limit = 100000);

// A sentence for people, e.g. "Every 2 weeks on Tuesday and Thursday, 10 times",
// "Monthly on the last Friday", "Yearly in June and July on Thursday until 24 Dec 1997".
// Parts that come from the start date (the weekday of a plain weekly rule) are not mentioned.
QString describeRecurrence(const RecurrenceRule &rule);

} // namespace cplan
