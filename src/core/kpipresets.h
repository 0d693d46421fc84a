#pragma once

#include "plan.h"

#include <QString>

#include <vector>

namespace cplan {

// The KPIs marketers track most often, ready to pick: name, unit, whether more is better and
// how a month's figures make its actual (counts add up, rates and costs per lead average,
// levels such as followers take the month's last value).
// A KPI made from a preset is an ordinary KPI afterwards; the user may rename it or change its
// unit, and "Custom" starts from nothing.
struct KpiPreset
{
    QString key;  // stable, for code and tests: "organic-traffic"
    QString name; // translated: "Organic traffic"
    QString unit; // translated; the plan's currency code for money KPIs (see kpiFromPreset)
    BetterWhen betterWhen = BetterWhen::Higher;
    bool money = false; // the unit is the plan's currency
    KpiAggregation aggregation = KpiAggregation::Sum;
};

const std::vector<KpiPreset> &kpiPresets();
const KpiPreset *findKpiPreset(const QString &key);

// A new KPI (fresh id, no targets, no actuals) for `channelId` from the preset, with the
// preset's aggregation; money KPIs get the plan's currency as unit.
Kpi kpiFromPreset(const KpiPreset &preset, const PlanSettings &settings, const RecordId &channelId);

} // namespace cplan
