#include "contentschedule.h"

#include "recurrence.h"

namespace cplan {

std::vector<Date> itemOccurrences(const ContentItem &item, const Date &from, const Date &to)
{
    if (item.recurrence.isEmpty()) {
        const bool excluded = std::binary_search(item.excludedDates.begin(), item.excludedDates.end(), item.date);
        if (excluded || item.date < from || to < item.date)
            return {};
        return {item.date};
    }
    const RecurrenceParseResult parsed = parseRecurrenceRule(item.recurrence);
    if (!parsed.rule)
        return {};
    return expandOccurrences(*parsed.rule, item.date, from, to, item.excludedDates);
}

Date horizonStart(const PlanSettings &settings)
{
    return settings.startMonth.firstDay();
}

Date horizonEnd(const PlanSettings &settings)
{
    return settings.startMonth.addMonths(std::max(1, settings.months) - 1).lastDay();
}

std::size_t occurrencesInHorizon(const Plan &plan)
{
    const Date from = horizonStart(plan.settings);
    const Date to = horizonEnd(plan.settings);
    std::size_t count = 0;
    for (const ContentItem &item : plan.content)
        count += itemOccurrences(item, from, to).size();
    return count;
}

} // namespace cplan
