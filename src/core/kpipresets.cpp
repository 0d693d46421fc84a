#include "kpipresets.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::KpiPresets", text);
}

} // namespace

const std::vector<KpiPreset> &kpiPresets()
{
    // Rates are in percent (45 means 45 %), as analytics tools export them. Counts and money
    // spent or earned add up over a month; rates, times and costs per lead or click are
    // averaged; followers and subscribers are levels, read off on the month's last day.
    constexpr auto Sum = KpiAggregation::Sum;
    constexpr auto Average = KpiAggregation::Average;
    constexpr auto Last = KpiAggregation::Last;
    static const std::vector<KpiPreset> presets = {
        {QStringLiteral("organic-traffic"), tr("Organic traffic"), tr("visits"), BetterWhen::Higher, false, Sum},
        {QStringLiteral("time-on-page"), tr("Time on page"), tr("seconds"), BetterWhen::Higher, false, Average},
        {QStringLiteral("blog-traffic"), tr("Blog traffic"), tr("visits"), BetterWhen::Higher, false, Sum},
        {QStringLiteral("subscribers"), tr("Subscribers"), tr("subscribers"), BetterWhen::Higher, false, Last},
        {QStringLiteral("followers"), tr("Followers"), tr("followers"), BetterWhen::Higher, false, Last},
        {QStringLiteral("email-list-size"), tr("Email list size"), tr("contacts"), BetterWhen::Higher, false, Last},
        {QStringLiteral("impressions"), tr("Impressions"), tr("impressions"), BetterWhen::Higher, false, Sum},
        {QStringLiteral("clicks"), tr("Clicks"), tr("clicks"), BetterWhen::Higher, false, Sum},
        {QStringLiteral("shares"), tr("Shares"), tr("shares"), BetterWhen::Higher, false, Sum},
        {QStringLiteral("leads"), tr("Leads"), tr("leads"), BetterWhen::Higher, false, Sum},
        {QStringLiteral("email-open-rate"), tr("Email open rate"), QStringLiteral("%"), BetterWhen::Higher, false, Average},
        {QStringLiteral("click-through-rate"), tr("Click-through rate"), QStringLiteral("%"), BetterWhen::Higher, false, Average},
        {QStringLiteral("lead-conversion-rate"), tr("Lead conversion rate"), QStringLiteral("%"), BetterWhen::Higher, false, Average},
        {QStringLiteral("cost-per-click"), tr("Cost per click"), {}, BetterWhen::Lower, true, Average},
        {QStringLiteral("cost-per-lead"), tr("Cost per lead"), {}, BetterWhen::Lower, true, Average},
        {QStringLiteral("ad-spend"), tr("Ad spend"), {}, BetterWhen::Lower, true, Sum},
        {QStringLiteral("revenue"), tr("Revenue"), {}, BetterWhen::Higher, true, Sum},
    };
    return presets;
}

const KpiPreset *findKpiPreset(const QString &key)
{
    for (const KpiPreset &preset : kpiPresets()) {
        if (preset.key == key)
            return &preset;
    }
    return nullptr;
}

Kpi kpiFromPreset(const KpiPreset &preset, const PlanSettings &settings, const RecordId &channelId)
{
    Kpi kpi;
    kpi.id = newRecordId();
    kpi.channelId = channelId;
    kpi.name = preset.name;
    kpi.unit = preset.money ? settings.currency : preset.unit;
    kpi.betterWhen = preset.betterWhen;
    kpi.aggregation = preset.aggregation;
    return kpi;
}

} // namespace cplan
