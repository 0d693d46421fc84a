#pragma once

#include "calendardate.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace cplan {

// How a KPI's many figures in one month make the month's actual (docs/kpis.md):
// - Sum: counts that add up (visits, clicks, leads, revenue). 31 daily rows → their total.
// - Average: rates and times (CTR, open rate, conversion rate, time on page). Weighted by a
//   base (clicks for a conversion rate, impressions for a CTR) when the export has one.
// - Last: levels that are read off at a moment (followers, subscribers): the value of the
//   month's last date; rows sharing that date (one per network, say) are added together.
enum class KpiAggregation { Sum, Average, Last };

QString toKey(KpiAggregation value); // "sum", "average", "last" (stable: files, JSON, CLI)
std::optional<KpiAggregation> kpiAggregationFromKey(QStringView key);
QString displayName(KpiAggregation value); // translated: "Sum over the month"
const std::vector<KpiAggregation> &allKpiAggregations();

// The aggregation a KPI with this unit most likely wants: "%", rates, seconds, minutes,
// "time" → Average; followers, subscribers, members, fans, "list size" → Last; anything else
// (visits, clicks, leads, a currency) → Sum. English words, case-insensitive.
KpiAggregation defaultAggregation(const QString &unit);
// For a KPI: its unit decides when it names a rate or a level; otherwise its name does, so
// "Cost per lead" in EUR and "Average order value" are averaged, "Followers" in people is the
// last value, and "Revenue" in EUR adds up. Ratios in the name ("cost per …", CPC, CPL, CPA,
// CPM, CTR, ROAS, "average", "bounce") count as rates.
KpiAggregation defaultAggregation(const QString &name, const QString &unit);

// Collects dated figures, then gives one figure per month by an aggregation.
class MonthlyAccumulator
{
public:
    // `weight` is the base of a weighted average (clicks, impressions); 1 when there is none.
    void add(const Date &date, double value, double weight = 1.0);
    bool isEmpty() const { return m_months.empty(); }
    std::map<YearMonth, double> result(KpiAggregation aggregation) const;

private:
    struct Month
    {
        double sum = 0.0;
        double weightedSum = 0.0;
        double weightTotal = 0.0;
        double count = 0.0;
        Date lastDate{2000, 1, 1};
        double lastDateSum = 0.0;
    };
    std::map<YearMonth, Month> m_months;
};

} // namespace cplan
