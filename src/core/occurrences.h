#pragma once

#include "plan.h"
#include "recurrence.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace cplan {

// The calendar's dates: which content item appears on which day.

struct Occurrence
{
    std::size_t itemIndex = 0; // into plan.content
    Date date{1970, 1, 1};
    friend bool operator==(const Occurrence &, const Occurrence &) = default;
};

// Parsed repeat rules, so that a view that asks for a month after every edit does not parse
// thousands of rules again. Invalid rules are remembered as such.
class RecurrenceRuleCache
{
public:
    // The parsed rule, or nullptr when the text is not a valid rule. The pointer stays valid
    // until the next call.
    const RecurrenceRule *rule(const QString &text);

    // The rule of the item at `index` of a list, ready for a window of dates: a COUNT becomes
    // the UNTIL of its last date, which gives the same dates without walking the series from
    // its start on every call. Kept per position, checked against the item's rule and date.
    const RecurrenceRule *windowRule(std::size_t index, const ContentItem &item);

private:
    struct ItemRule
    {
        QString text;
        Date start{1970, 1, 1};
        std::optional<RecurrenceRule> rule;
    };
    QHash<QString, std::optional<RecurrenceRule>> m_rules;
    std::vector<ItemRule> m_items;
};

// Every occurrence of every item in [from, to] (inclusive), ordered by date, then by time
// (items without a time first), then in the plan's order.
std::vector<Occurrence> occurrencesBetween(const std::vector<ContentItem> &items, const Date &from, const Date &to,
                                           RecurrenceRuleCache &rules);
std::vector<Occurrence> occurrencesBetween(const Plan &plan, const Date &from, const Date &to);

// The dates of one item in [from, to], like itemOccurrences() but with cached rules.
std::vector<Date> itemDates(const ContentItem &item, const Date &from, const Date &to, RecurrenceRuleCache &rules);

} // namespace cplan
