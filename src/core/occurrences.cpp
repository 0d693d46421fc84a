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

const RecurrenceRule *RecurrenceRuleCache::windowRule(std::size_t index, const ContentItem &item)
{
    if (index >= m_items.size())
        m_items.resize(index + 1);
    ItemRule &entry = m_items[index];
    if (entry.start != item.date || entry.text != item.recurrence || entry.text.isNull() != item.recurrence.isNull()) {
        entry.text = item.recurrence;
        entry.start = item.date;
        entry.rule.reset();
        if (const RecurrenceRule *parsed = rule(item.recurrence)) {
            entry.rule = *parsed;
            if (parsed->count) {
                const std::vector<Date> all = expandOccurrences(*parsed, item.date, item.date, Date(9999, 12, 31));
                entry.rule->count.reset();
                entry.rule->until = all.empty() ? item.date - boost::gregorian::days(1) : all.back();
                if (all.empty()) // no dates at all: keep the rule, which gives none
                    entry.rule = *parsed;
            }
        }
    }
    return entry.rule ? &*entry.rule : nullptr;
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
    if (to < from)
        return {};
    // Collected item by item, then placed day by day (a counting sort: the window has few
    // days and many dates), then by time within a day, keeping the plan's order for ties.
    std::vector<Occurrence> found;
    std::vector<int> minutes(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const ContentItem &item = items[i];
        minutes[i] = item.timeMinutes.value_or(-1);
        if (item.recurrence.isEmpty()) {
            if (!(item.date < from || to < item.date
                  || std::binary_search(item.excludedDates.begin(), item.excludedDates.end(), item.date)))
                found.push_back({i, item.date});
            continue;
        }
        if (to < item.date)
            continue;
        if (const RecurrenceRule *rule = rules.windowRule(i, item)) {
            for (const Date &date : expandOccurrences(*rule, item.date, from, to, item.excludedDates))
                found.push_back({i, date});
        }
    }
    const std::size_t days = std::size_t((to - from).days()) + 1;
    std::vector<std::size_t> start(days + 1, 0);
    for (const Occurrence &o : found)
        ++start[std::size_t((o.date - from).days()) + 1];
    for (std::size_t day = 1; day <= days; ++day)
        start[day] += start[day - 1];
    std::vector<Occurrence> result(found.size());
    std::vector<std::size_t> next(start.begin(), start.end() - 1);
    for (const Occurrence &o : found)
        result[next[std::size_t((o.date - from).days())]++] = o;
    for (std::size_t day = 0; day < days; ++day) {
        const auto first = result.begin() + std::ptrdiff_t(start[day]);
        const auto last = result.begin() + std::ptrdiff_t(start[day + 1]);
        if (last - first > 1)
            std::stable_sort(first, last, [&minutes](const Occurrence &a, const Occurrence &b) {
                return minutes[a.itemIndex] < minutes[b.itemIndex];
            });
    }
    return result;
}

std::vector<Occurrence> occurrencesBetween(const Plan &plan, const Date &from, const Date &to)
{
    RecurrenceRuleCache rules;
    return occurrencesBetween(plan.content, from, to, rules);
}

} // namespace cplan
