#include "summary.h"

#include "contentschedule.h"
#include "enumnames.h"
#include "forecast.h"
#include "kpistatus.h"
#include "rollout.h"
#include "verdict.h"

#include <QJsonArray>

#include <cmath>

namespace cplan {

namespace {

// Derived figures are rounded to a millionth for printing: exact enough for any check that
// adds them up, short enough to read.
QJsonValue figure(double value)
{
    const double rounded = std::round(value * 1e6) / 1e6;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0"
}

QJsonValue optionalFigure(const std::optional<double> &value)
{
    return value ? figure(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue breakEven(const Forecast &forecast)
{
    const std::optional<YearMonth> month = forecast.breakEvenMonth();
    return month ? QJsonValue(toIsoString(*month)) : QJsonValue(QJsonValue::Null);
}

QJsonObject totalsObject(const ForecastTotals &t)
{
    return {{QStringLiteral("spend"), figure(t.spend)},
            {QStringLiteral("clicks"), figure(t.clicks)},
            {QStringLiteral("leads"), figure(t.leads)},
            {QStringLiteral("customers"), figure(t.customers)},
            {QStringLiteral("revenue"), figure(t.revenue)},
            {QStringLiteral("costOfGoods"), figure(t.costOfGoods)},
            {QStringLiteral("grossProfit"), figure(t.grossProfit)},
            {QStringLiteral("fixedCosts"), figure(t.fixedCosts)},
            {QStringLiteral("operatingProfit"), figure(t.operatingProfit)}};
}

} // namespace

QJsonObject planCounts(const Plan &plan)
{
    std::size_t actuals = 0;
    for (const Kpi &kpi : plan.kpis)
        actuals += kpi.actuals.size();
    auto n = [](std::size_t value) { return QJsonValue(qint64(value)); };
    return {{QStringLiteral("segments"), n(plan.segments.size())},
            {QStringLiteral("personas"), n(plan.personas.size())},
            {QStringLiteral("competitors"), n(plan.competitors.size())},
            {QStringLiteral("team"), n(plan.team.size())},
            {QStringLiteral("channels"), n(plan.channels.size())},
            {QStringLiteral("phases"), n(plan.phases.size())},
            {QStringLiteral("kpis"), n(plan.kpis.size())},
            {QStringLiteral("kpiActuals"), n(actuals)},
            {QStringLiteral("fixedCosts"), n(plan.fixedCosts.size())},
            {QStringLiteral("campaigns"), n(plan.campaigns.size())},
            {QStringLiteral("content"), n(plan.content.size())},
            {QStringLiteral("comments"), n(plan.comments.size())},
            {QStringLiteral("occurrences"), n(occurrencesInHorizon(plan))}};
}

namespace {

QJsonObject market(const Plan &plan)
{
    const MarketSize total = marketSize(plan);
    QJsonArray segments;
    for (const Segment &segment : plan.segments) {
        const MarketSize size = segmentMarketSize(segment, plan.minorDigits());
        segments.append(QJsonObject{{QStringLiteral("name"), segment.name},
                                    {QStringLiteral("tam"), figure(size.tam)},
                                    {QStringLiteral("sam"), figure(size.sam)},
                                    {QStringLiteral("som"), figure(size.som)}});
    }
    return {{QStringLiteral("tam"), figure(total.tam)},
            {QStringLiteral("sam"), figure(total.sam)},
            {QStringLiteral("som"), figure(total.som)},
            {QStringLiteral("segments"), segments}};
}

QJsonArray tests(const Plan &plan, const Channel &channel)
{
    QJsonArray list;
    for (const RolloutPhase &phase : plan.phases) {
        if (phase.channelId != channel.id || phase.kind != PhaseKind::Test)
            continue;
        const TestVerdict verdict = testVerdict(plan, phase);
        list.append(QJsonObject{{QStringLiteral("phase"), phase.name},
                                {QStringLiteral("start"), toIsoString(phase.start)},
                                {QStringLiteral("end"), toIsoString(phase.end)},
                                {QStringLiteral("verdict"), toKey(verdict.outcome)},
                                {QStringLiteral("roi"), optionalFigure(verdict.roi)},
                                {QStringLiteral("costPerLead"), optionalFigure(verdict.costPerLead)},
                                {QStringLiteral("reason"), verdict.reason}});
    }
    return list;
}

// Each month of the plan's horizon, in order, with the KPI's target and its actual made by
// the KPI's aggregation (kpistatus.h); null where there is none.
QJsonArray kpiMonthsArray(const Plan &plan, const Kpi &kpi)
{
    const std::map<YearMonth, double> actuals = monthlyActuals(kpi);
    QJsonArray months;
    for (int i = 0; i < plan.settings.months; ++i) {
        const YearMonth month = plan.settings.startMonth.addMonths(i);
        const auto target = kpi.monthlyTargets.find(month);
        const auto actual = actuals.find(month);
        months.append(QJsonObject{
            {QStringLiteral("month"), toIsoString(month)},
            {QStringLiteral("target"), target == kpi.monthlyTargets.end() ? QJsonValue(QJsonValue::Null) : figure(target->second)},
            {QStringLiteral("actual"), actual == actuals.end() ? QJsonValue(QJsonValue::Null) : figure(actual->second)}});
    }
    return months;
}

// Each KPI with its status by the rule in kpistatus.h: the latest month's actual against
// that month's target.
QJsonObject kpiObject(const Plan &plan, const Kpi &kpi)
{
    const KpiStatus status = kpiStatus(kpi, plan.settings);
    const Channel *channel = plan.findChannel(kpi.channelId);
    return {{QStringLiteral("name"), kpi.name},
            {QStringLiteral("channel"), channel ? QJsonValue(channel->name) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("unit"), kpi.unit},
            {QStringLiteral("betterWhen"), toKey(kpi.betterWhen)},
            {QStringLiteral("aggregation"), toKey(kpi.aggregation)},
            {QStringLiteral("status"), toKey(status.track)},
            {QStringLiteral("month"), status.month ? QJsonValue(toIsoString(*status.month)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("actual"), optionalFigure(status.actual)},
            {QStringLiteral("target"), optionalFigure(status.target)},
            {QStringLiteral("reason"), status.reason},
            {QStringLiteral("months"), kpiMonthsArray(plan, kpi)}};
}

QJsonArray kpis(const Plan &plan, const RecordId &channelId)
{
    QJsonArray list;
    for (const Kpi &kpi : plan.kpis) {
        if (kpi.channelId == channelId)
            list.append(kpiObject(plan, kpi));
    }
    return list;
}

QJsonObject forecastObject(const Plan &plan, const Forecast &forecast)
{
    QJsonArray months;
    for (const MonthFigures &f : forecast.months) {
        months.append(QJsonObject{{QStringLiteral("month"), toIsoString(f.month)},
                                  {QStringLiteral("spend"), figure(f.spend)},
                                  {QStringLiteral("clicks"), figure(f.clicks)},
                                  {QStringLiteral("leads"), figure(f.leads)},
                                  {QStringLiteral("customers"), figure(f.customers)},
                                  {QStringLiteral("revenue"), figure(f.revenue)},
                                  {QStringLiteral("costOfGoods"), figure(f.costOfGoods)},
                                  {QStringLiteral("grossProfit"), figure(f.grossProfit)},
                                  {QStringLiteral("fixedCosts"), figure(f.fixedCosts)},
                                  {QStringLiteral("operatingProfit"), figure(f.operatingProfit)},
                                  {QStringLiteral("cumulativeProfit"), figure(f.cumulativeProfit)}});
    }
    QJsonArray channels;
    for (std::size_t c = 0; c < plan.channels.size(); ++c) {
        const Channel &channel = plan.channels[c];
        const ChannelForecast &figures = forecast.channels[c];
        channels.append(QJsonObject{{QStringLiteral("id"), channel.id.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("name"), channel.name},
                                    {QStringLiteral("kind"), toKey(channel.kind)},
                                    {QStringLiteral("status"), toKey(effectiveChannelStatus(plan, channel))},
                                    {QStringLiteral("spend"), figure(figures.totalSpend)},
                                    {QStringLiteral("revenue"), figure(figures.totalRevenue)},
                                    {QStringLiteral("roi"), optionalFigure(figures.roi)},
                                    {QStringLiteral("tests"), tests(plan, channel)},
                                    {QStringLiteral("kpis"), kpis(plan, channel.id)}});
    }
    return {{QStringLiteral("scenario"), toKey(forecast.scenario)},
            {QStringLiteral("months"), months},
            {QStringLiteral("totals"), totalsObject(forecast.totals)},
            {QStringLiteral("roi"), optionalFigure(forecast.roi)},
            {QStringLiteral("breakEvenMonth"), breakEven(forecast)},
            {QStringLiteral("channels"), channels}};
}

} // namespace

QJsonObject planSummary(const Plan &plan)
{
    const PlanSettings &s = plan.settings;
    QJsonArray scenarios;
    Forecast base;
    for (Scenario scenario : {Scenario::Conservative, Scenario::Base, Scenario::Optimistic}) {
        Forecast forecast = computeForecast(plan, scenario);
        scenarios.append(QJsonObject{{QStringLiteral("scenario"), toKey(scenario)},
                                     {QStringLiteral("factor"), scenarioFactor(s, scenario)},
                                     {QStringLiteral("totals"), totalsObject(forecast.totals)},
                                     {QStringLiteral("roi"), optionalFigure(forecast.roi)},
                                     {QStringLiteral("breakEvenMonth"), breakEven(forecast)}});
        if (scenario == Scenario::Base)
            base = std::move(forecast);
    }
    const QJsonObject forecast = forecastObject(plan, base);
    QJsonArray allKpis;
    for (const Kpi &kpi : plan.kpis)
        allKpis.append(kpiObject(plan, kpi));
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("author"), s.author},
            {QStringLiteral("currency"), s.currency},
            {QStringLiteral("startMonth"), toIsoString(s.startMonth)},
            {QStringLiteral("months"), s.months},
            {QStringLiteral("grossMargin"), s.grossMargin},
            {QStringLiteral("minimumRoiToScale"), s.minimumRoiToScale},
            {QStringLiteral("approval"), toKey(plan.approval.status)},
            {QStringLiteral("counts"), planCounts(plan)},
            {QStringLiteral("market"), market(plan)},
            {QStringLiteral("forecast"), forecast},
            // Top-level copies of the headline figures, as DESIGN.md §5 lists them.
            {QStringLiteral("totals"), forecast.value(QStringLiteral("totals"))},
            {QStringLiteral("roi"), forecast.value(QStringLiteral("roi"))},
            {QStringLiteral("breakEvenMonth"), forecast.value(QStringLiteral("breakEvenMonth"))},
            {QStringLiteral("channels"), forecast.value(QStringLiteral("channels"))},
            // Every KPI, plan-wide ones (channel null) included; each channel lists its own too.
            {QStringLiteral("kpis"), allKpis},
            {QStringLiteral("scenarios"), scenarios}};
}

} // namespace cplan
