#pragma once

#include "plan.h"

#include <map>
#include <optional>
#include <vector>

namespace cplan {

// Whether a KPI is on track. The rule (docs/kpis.md):
// - A month's actual is made from every actual recorded in that month by the KPI's
//   aggregation (kpiaggregation.h): Sum adds them (visits, leads, revenue); Average is their
//   plain mean (rates, time on page); Last takes the value of the latest date (followers,
//   subscribers), the later-entered one when two share that date. One figure per month, as
//   analytics exports often give, is that month's actual under every aggregation.
// - The KPI's status looks at the latest month of the plan's horizon that has an actual (kept
//   figures from before or after the horizon do not count) and compares that actual with the
//   target of the same month: on track when it is at least the target (higher is
//   better) or at most the target (lower is better), behind otherwise.
// - No actuals at all: "no actuals"; an actual in a month without a target: "no target".
enum class KpiTrack { OnTrack, Behind, NoTarget, NoActuals };

struct KpiStatus
{
    KpiTrack track = KpiTrack::NoActuals;
    std::optional<YearMonth> month; // the latest month of the horizon with an actual
    std::optional<double> actual;
    std::optional<double> target;
    // (actual - target) / |target|, signed so that positive is better; none without a target
    // or with a zero target.
    std::optional<double> lead;
    QString reason; // the numbers that decided it, in words
};

KpiStatus kpiStatus(const Kpi &kpi, const PlanSettings &settings);

// The month's actual by the KPI's aggregation; none when nothing was recorded in the month.
std::optional<double> monthActual(const Kpi &kpi, const YearMonth &month);

// Every month that has actuals, with its actual by the KPI's aggregation.
std::map<YearMonth, double> monthlyActuals(const Kpi &kpi);

// True when `actual` meets `target` in the KPI's direction.
bool meetsTarget(BetterWhen betterWhen, double actual, double target);

// One month of a KPI, target against actual, for tables and charts.
struct KpiMonth
{
    YearMonth month;
    std::optional<double> target;
    std::optional<double> actual;
    std::optional<bool> onTrack; // when both are known
};

// Every month of the plan's horizon, plus months outside it that have actuals or targets.
std::vector<KpiMonth> kpiMonths(const PlanSettings &settings, const Kpi &kpi);

QString toKey(KpiTrack track);
QString displayName(KpiTrack track);

} // namespace cplan
