#include "occurrences.h"

#include <algorithm>

namespace cplan {

const RecurrenceRule *RecurrenceRuleCache::rule(const QString &text)
{
    auto found = m_rules.constFind(text);
    if (found == m_rules.constEnd()) {
        if (m_rules.size() > 200000) // a long editing session: start over rather than grow
            m_rules.clear();
        found = m_rules.insert(text, parseRecurrenceRule(text).rule);
    }
    return found->has_value() ? &**found : nullptr;
}

std::vector<Date> itemDates(const ContentItem &item, const Date &from, const Date &to, RecurrenceRuleCache &rules)
{
    if (item.recurrence.isEmpty()) {
        if (item.date < from || to < item.date
            || std::binary_search(item.excludedDates.begin(), item.excludedDates.end(), item.date))
            return {};
        return {item.date};
    }
    if (to < item.date)
        return {};
    const RecurrenceRule *rule = rules.rule(item.recurrence);
    if (!rule)
        return {};
    return expandOccurrences(*rule, item.date, from, to, item.excludedDates);
}

std::vector<Occurrence> occurrencesBetween(const std::vector<ContentItem> &items, const Date &from, const Date &to,
                                           RecurrenceRuleCache &rules)
{
    std::vector<Occurrence> result;
    for (std::size_t i = 0; i < items.size(); ++i) {
        for (const Date &date : itemDates(items[i], from, to, rules))
            result.push_back({i, date});
    }
    const auto minutes = [&items](const Occurrence &o) { return items[o.itemIndex].timeMinutes.value_or(-1); };
    std::stable_sort(result.begin(), result.end(), [&](const Occurrence &a, const Occurrence &b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (minutes(a) != minutes(b))
            return minutes(a) < minutes(b);
        return a.itemIndex < b.itemIndex;
    });
    return result;
}

std::vector<Occurrence> occurrencesBetween(const Plan &plan, const Date &from, const Date &to)
{
    RecurrenceRuleCache rules;
    return occurrencesBetween(plan.content, from, to, rules);
}

} // namespace cplan
