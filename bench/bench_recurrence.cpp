// How long the calendar takes to expand every repeating content item for one month.
//
// 10,000 rules (daily, weekly and monthly, some ending with UNTIL, none with COUNT) that
// started up to two years before the window, expanded for one month; the median of 50 runs.
// For comparison, a naive expansion that walks day by day from each rule's start and asks
// whether the day belongs, timed on a sample and scaled to 10,000 rules. The naive results
// also check the fast ones.
#include "recurrence.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <vector>

using namespace cplan;

namespace {

struct Item
{
    RecurrenceRule rule;
    Date start;
};

const Date kWindowFrom(2026, 3, 1);
const Date kWindowTo(2026, 3, 31);
constexpr int kRules = 10000;
constexpr int kRuns = 50;
constexpr int kNaiveSample = 500;
constexpr int kNaiveRuns = 5;

std::vector<Item> makeItems()
{
    std::mt19937 random(5545); // fixed, so every run measures the same rules
    const auto pick = [&random](int lowest, int highest) {
        return lowest + int(random() % std::uint32_t(highest - lowest + 1));
    };
    std::vector<Item> items;
    items.reserve(kRules);
    for (int i = 0; i < kRules; ++i) {
        Item item;
        item.start = kWindowFrom - boost::gregorian::days(pick(0, 730));
        RecurrenceRule &rule = item.rule;
        rule.interval = pick(1, 10) <= 6 ? 1 : pick(2, 3);
        const int kind = pick(0, 9);
        if (kind < 3) {
            rule.frequency = Frequency::Daily;
            if (pick(0, 2) == 0) {
                for (int day = 0; day < 5; ++day)
                    rule.byDay.push_back({day, 0});
            }
        } else if (kind < 7) {
            rule.frequency = Frequency::Weekly;
            const int days = pick(0, 3); // 0: the start's weekday
            for (int day = 0; day < 7 && int(rule.byDay.size()) < days; ++day) {
                if (pick(0, 1) == 0)
                    rule.byDay.push_back({day, 0});
            }
            rule.weekStart = pick(0, 4) == 0 ? 6 : 0;
        } else {
            rule.frequency = Frequency::Monthly;
            const int shape = pick(0, 3);
            if (shape == 1)
                rule.byMonthDay = {pick(1, 31), -pick(1, 3)};
            else if (shape == 2)
                rule.byDay = {{pick(0, 6), pick(0, 1) == 0 ? -1 : pick(1, 4)}};
            // shape 0 and 3: the start's day of the month
        }
        if (pick(0, 4) == 0)
            rule.until = kWindowFrom + boost::gregorian::days(pick(-30, 60));
        items.push_back(std::move(item));
    }
    return items;
}

// Does `day` belong to the rule? Only the parts the generator above uses.
bool belongsNaively(const RecurrenceRule &rule, const Date &start, const Date &day)
{
    if (day < start || (rule.until && day > *rule.until))
        return false;
    const int weekday = (day.day_of_week().as_number() + 6) % 7; // Boost: 0 = Sunday
    const auto plainDayMatches = [&] {
        return std::any_of(rule.byDay.begin(), rule.byDay.end(),
                           [&](const WeekdayRule &w) { return w.weekday == weekday; });
    };
    switch (rule.frequency) {
    case Frequency::Daily:
        return (day - start).days() % rule.interval == 0 && (rule.byDay.empty() || plainDayMatches());
    case Frequency::Weekly: {
        const auto weekOf = [&rule](const Date &date) {
            const int w = (date.day_of_week().as_number() + 6) % 7;
            return date - boost::gregorian::days((w - rule.weekStart + 7) % 7);
        };
        if (((weekOf(day) - weekOf(start)).days() / 7) % rule.interval != 0)
            return false;
        const int startWeekday = (start.day_of_week().as_number() + 6) % 7;
        return rule.byDay.empty() ? weekday == startWeekday : plainDayMatches();
    }
    case Frequency::Monthly: {
        const int months = (int(day.year()) - int(start.year())) * 12 + int(day.month()) - int(start.month());
        if (months % rule.interval != 0)
            return false;
        const int length = day.end_of_month().day();
        if (!rule.byMonthDay.empty()) {
            return std::any_of(rule.byMonthDay.begin(), rule.byMonthDay.end(), [&](int d) {
                return d > 0 ? d == day.day() : length + 1 + d == day.day();
            });
        }
        if (!rule.byDay.empty()) {
            const WeekdayRule &w = rule.byDay.front();
            const int nth = (day.day() - 1) / 7 + 1;
            const int nthFromEnd = -((length - day.day()) / 7 + 1);
            return w.weekday == weekday && (w.ordinal == nth || w.ordinal == nthFromEnd);
        }
        return day.day() == start.day();
    }
    case Frequency::Yearly: break;
    }
    return false;
}

std::vector<Date> expandNaively(const Item &item)
{
    std::vector<Date> dates;
    for (Date day = item.start; day <= kWindowTo; day += boost::gregorian::days(1)) {
        if (day >= kWindowFrom && belongsNaively(item.rule, item.start, day))
            dates.push_back(day);
    }
    return dates;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template<typename Work>
double millisecondsOf(Work work)
{
    const auto begin = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
}

} // namespace

int main()
{
    const std::vector<Item> items = makeItems();

    std::size_t dates = 0;
    std::vector<double> runs;
    for (int run = 0; run < kRuns; ++run) {
        std::size_t total = 0;
        runs.push_back(millisecondsOf([&] {
            for (const Item &item : items)
                total += expandOccurrences(item.rule, item.start, kWindowFrom, kWindowTo).size();
        }));
        dates = total;
    }
    const double fast = median(runs);
    std::printf("expand one month, %d rules: %.2f ms (median of %d), %zu dates\n", kRules, fast, kRuns, dates);

    std::vector<double> naiveRuns;
    std::size_t naiveDates = 0;
    for (int run = 0; run < kNaiveRuns; ++run) {
        std::size_t total = 0;
        naiveRuns.push_back(millisecondsOf([&] {
            for (int i = 0; i < kNaiveSample; ++i)
                total += expandNaively(items[std::size_t(i)]).size();
        }));
        naiveDates = total;
    }
    const double naive = median(naiveRuns) * kRules / kNaiveSample;
    std::printf("naive day-by-day walk from DTSTART, %d of the rules: %.2f ms (median of %d, %zu dates), "
                "%.1f ms scaled to %d rules\n",
                kNaiveSample, median(naiveRuns), kNaiveRuns, naiveDates, naive, kRules);
    std::printf("speed-up over the naive walk: %.0fx\n", naive / fast);

    int disagreements = 0;
    for (int i = 0; i < kNaiveSample; ++i) {
        const Item &item = items[std::size_t(i)];
        if (expandNaively(item) != expandOccurrences(item.rule, item.start, kWindowFrom, kWindowTo)) {
            if (++disagreements <= 5)
                std::printf("disagreement: %s from %s\n", qPrintable(toRRuleString(item.rule)),
                            qPrintable(toIsoString(item.start)));
        }
    }
    std::printf("naive and fast expansion agree on %d of %d sampled rules\n",
                kNaiveSample - disagreements, kNaiveSample);
    return disagreements == 0 ? 0 : 1;
}
