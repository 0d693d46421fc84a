#include "occurrenceedit.h"

#include <algorithm>

namespace cplan {

namespace {

using boost::gregorian::days;

int weekdayOf(const Date &date)
{
    return (date.day_of_week().as_number() + 6) % 7; // Monday = 0
}

bool ruleIncludes(const RecurrenceRule &rule, const Date &date)
{
    return !expandOccurrences(rule, date, date, date, {}, 1).empty();
}

// A copy of `item` with its rule's dates moved from `from` to `to`.
ContentItem moveSeries(const ContentItem &item, const Date &from, const Date &to)
{
    ContentItem moved = item;
    const auto shift = to - from;
    moved.date = item.date + shift;
    for (Date &date : moved.excludedDates)
        date = date + shift;
    const RecurrenceParseResult parsed = parseRecurrenceRule(item.recurrence);
    if (parsed.rule && shift.days() != 0)
        moved.recurrence = toRRuleString(moveRule(*parsed.rule, from, to));
    return moved;
}

} // namespace

RecurrenceRule moveRule(const RecurrenceRule &rule, const Date &from, const Date &to)
{
    RecurrenceRule moved = rule;
    const int shift = int((to - from).days());
    if (moved.until)
        moved.until = *moved.until + days(shift);
    const int weekdayShift = ((weekdayOf(to) - weekdayOf(from)) % 7 + 7) % 7;
    for (WeekdayRule &day : moved.byDay)
        day.weekday = (day.weekday + weekdayShift) % 7;
    for (int &day : moved.byMonthDay) {
        const int target = day + int(to.day()) - int(from.day());
        if ((day > 0 && target >= 1 && target <= 31) || (day < 0 && target <= -1 && target >= -31))
            day = target;
    }
    const int monthShift = ((int(to.month()) - int(from.month())) % 12 + 12) % 12;
    for (int &month : moved.byMonth)
        month = (month - 1 + monthShift) % 12 + 1;
    if (!ruleIncludes(moved, to)) {
        // Let the start date give the weekday, the day and the month.
        moved.byDay.clear();
        moved.byMonthDay.clear();
        moved.bySetPos.clear();
        if (moved.frequency != Frequency::Yearly)
            moved.byMonth.clear();
        else
            moved.byMonth = {int(to.month())};
        if (!validateRecurrenceRule(moved).isEmpty())
            moved.byMonth.clear();
    }
    return moved;
}

bool hasOccurrenceBefore(const ContentItem &item, const Date &date)
{
    if (item.recurrence.isEmpty())
        return item.date < date;
    const RecurrenceParseResult parsed = parseRecurrenceRule(item.recurrence);
    if (!parsed.rule || !(item.date < date))
        return false;
    return !expandOccurrences(*parsed.rule, item.date, item.date, date - days(1), {}, 1).empty();
}

OccurrenceEdit editOccurrence(const ContentItem &item, const Date &occurrence, const ContentItem &edited,
                              OccurrenceScope scope)
{
    const RecurrenceParseResult parsed = parseRecurrenceRule(item.recurrence);
    if (item.recurrence.isEmpty() || !parsed.rule) {
        ContentItem changed = edited;
        changed.id = item.id;
        return {changed, std::nullopt};
    }
    if (scope == OccurrenceScope::ThisAndFollowing && !hasOccurrenceBefore(item, occurrence))
        scope = OccurrenceScope::All;

    // The fields the user can change on an occurrence, on top of the item's series.
    ContentItem withEdits = item;
    withEdits.title = edited.title;
    withEdits.type = edited.type;
    withEdits.channelId = edited.channelId;
    withEdits.campaignId = edited.campaignId;
    withEdits.ownerId = edited.ownerId;
    withEdits.status = edited.status;
    withEdits.timeMinutes = edited.timeMinutes;
    withEdits.durationMinutes = edited.durationMinutes;
    withEdits.notes = edited.notes;
    const bool ruleChanged = edited.recurrence != item.recurrence;

    switch (scope) {
    case OccurrenceScope::ThisOne: {
        ContentItem series = item;
        if (!std::binary_search(series.excludedDates.begin(), series.excludedDates.end(), occurrence))
            series.excludedDates.insert(std::upper_bound(series.excludedDates.begin(), series.excludedDates.end(), occurrence),
                                        occurrence);
        ContentItem single = withEdits;
        single.id = newRecordId();
        single.date = edited.date;
        single.recurrence.clear();
        single.excludedDates.clear();
        return {series, single};
    }
    case OccurrenceScope::All: {
        ContentItem changed = moveSeries(withEdits, occurrence, edited.date);
        if (ruleChanged) {
            changed.recurrence = edited.recurrence;
            if (edited.recurrence.isEmpty()) { // no longer repeats: the edited date stays
                changed.date = edited.date;
                changed.excludedDates.clear();
            }
        }
        return {changed, std::nullopt};
    }
    case OccurrenceScope::ThisAndFollowing: break;
    }

    ContentItem before = item;
    RecurrenceRule ended = *parsed.rule;
    ended.count.reset();
    ended.until = occurrence - days(1);
    before.recurrence = toRRuleString(ended);
    before.excludedDates.clear();
    ContentItem following = withEdits;
    following.id = newRecordId();
    following.excludedDates.clear();
    for (const Date &date : item.excludedDates) {
        if (date < occurrence)
            before.excludedDates.push_back(date);
        else
            following.excludedDates.push_back(date);
    }
    RecurrenceRule rest = *parsed.rule;
    if (rest.count) {
        // COUNT counts excluded dates too, and so must what is left of it.
        const std::size_t done = expandOccurrences(*parsed.rule, item.date, item.date, occurrence - days(1), {}).size();
        rest.count = std::max(1, *rest.count - int(done));
    }
    following.date = occurrence;
    following.recurrence = toRRuleString(rest);
    following = moveSeries(following, occurrence, edited.date);
    if (ruleChanged) {
        following.recurrence = edited.recurrence;
        if (edited.recurrence.isEmpty())
            following.excludedDates.clear();
    }
    return {before, following};
}

} // namespace cplan
