#include "workload.h"

#include <QHash>

namespace cplan {

double typicalEffortHours(ContentType type)
{
    switch (type) {
    case ContentType::BlogPost: return 6.0;
    case ContentType::SocialPost: return 1.0;
    case ContentType::Email: return 4.0;
    case ContentType::Video: return 8.0;
    case ContentType::Banner: return 3.0;
    case ContentType::PressRelease: return 4.0;
    case ContentType::Event: return 8.0;
    case ContentType::Other: return 2.0;
    }
    return 2.0;
}

double effortHours(const ContentItem &item)
{
    if (item.durationMinutes && *item.durationMinutes > 0)
        return *item.durationMinutes / 60.0;
    return typicalEffortHours(item.type);
}

std::vector<MemberWorkload> weeklyWorkload(const Plan &plan, const Date &firstWeekStart, int weeks,
                                           RecurrenceRuleCache &rules)
{
    std::vector<MemberWorkload> result;
    QHash<RecordId, std::size_t> rowOf;
    for (const TeamMember &member : plan.team) {
        rowOf.insert(member.id, result.size());
        result.push_back({member.id, member.weeklyCapacityHours, std::vector<double>(std::size_t(std::max(0, weeks)), 0.0)});
    }
    if (weeks <= 0)
        return result;
    const Date last = firstWeekStart + boost::gregorian::days(7 * weeks - 1);
    for (const ContentItem &item : plan.content) {
        const auto row = rowOf.constFind(item.ownerId);
        if (item.ownerId.isNull() || row == rowOf.constEnd())
            continue;
        const double hours = effortHours(item);
        for (const Date &date : itemDates(item, firstWeekStart, last, rules))
            result[*row].hours[std::size_t((date - firstWeekStart).days() / 7)] += hours;
    }
    return result;
}

} // namespace cplan
