#pragma once

#include "plan.h"
#include "recurrence.h"

#include <optional>

namespace cplan {

// Changing one date of a repeating content item, the way calendar programs do it: only this
// occurrence, this and the following ones, or the whole series.
enum class OccurrenceScope { ThisOne, ThisAndFollowing, All };

// The rule moved along with a date that moves from `from` to `to`: the weekdays and days of
// the month it names and its UNTIL move by the same number of days (and BYMONTH by the same
// months), so "every Tuesday" dragged to a Thursday becomes "every Thursday". When the moved
// rule would not include `to` itself, the parts that follow the start date are dropped.
RecurrenceRule moveRule(const RecurrenceRule &rule, const Date &from, const Date &to);

// Does the item have a date (excluded ones count) before `date`?
bool hasOccurrenceBefore(const ContentItem &item, const Date &date);

// What editing one occurrence does to the plan: the item changes (same id) and maybe one
// item is added (a new id): the detached occurrence or the following part of the series.
struct OccurrenceEdit
{
    ContentItem changed;
    std::optional<ContentItem> added;
};

// `edited` is the item as the user changed it for the occurrence on `occurrence`: its date is
// the new date of that occurrence; title, time, owner ... and even the rule may differ.
// - ThisOne: the series excludes `occurrence`; `added` is a one-off item with the edits.
// - ThisAndFollowing: the series ends the day before (UNTIL); `added` continues it from the
//   edited date with the edits and what is left of a COUNT. From the first occurrence it is All.
// - All: the item takes the edits; a new date moves the whole series by as many days.
// A one-off item simply becomes `edited`, whatever the scope.
OccurrenceEdit editOccurrence(const ContentItem &item, const Date &occurrence, const ContentItem &edited,
                              OccurrenceScope scope);

} // namespace cplan
