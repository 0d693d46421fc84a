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
    // Rates are in percent (45 means 45 %), as analytics tools export them.
    static const std::vector<KpiPreset> presets = {
        {QStringLiteral("organic-traffic"), tr("Organic traffic"), tr("visits"), BetterWhen::Higher, false},
        {QStringLiteral("time-on-page"), tr("Time on page"), tr("seconds"), BetterWhen::Higher, false},
        {QStringLiteral("blog-traffic"), tr("Blog traffic"), tr("visits"), BetterWhen::Higher, false},
        {QStringLiteral("subscribers"), tr("Subscribers"), tr("subscribers"), BetterWhen::Higher, false},
        {QStringLiteral("followers"), tr("Followers"), tr("followers"), BetterWhen::Higher, false},
        {QStringLiteral("impressions"), tr("Impressions"), tr("impressions"), BetterWhen::Higher, false},
        {QStringLiteral("shares"), tr("Shares"), tr("shares"), BetterWhen::Higher, false},
        {QStringLiteral("email-open-rate"), tr("Email open rate"), QStringLiteral("%"), BetterWhen::Higher, false},
        {QStringLiteral("click-through-rate"), tr("Click-through rate"), QStringLiteral("%"), BetterWhen::Higher, false},
        {QStringLiteral("lead-conversion-rate"), tr("Lead conversion rate"), QStringLiteral("%"), BetterWhen::Higher, false},
        {QStringLiteral("cost-per-lead"), tr("Cost per lead"), {}, BetterWhen::Lower, true},
        {QStringLiteral("revenue"), tr("Revenue"), {}, BetterWhen::Higher, true},
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
    return kpi;
}

} // namespace cplan
