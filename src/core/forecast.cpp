#include "forecast.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cplan {

double scenarioFactor(const PlanSettings &settings, Scenario scenario)
{
    switch (scenario) {
    case Scenario::Conservative: return settings.scenarios.conservative;
    case Scenario::Optimistic: return settings.scenarios.optimistic;
    case Scenario::Base: break;
    }
    return settings.scenarios.base;
}

QString toKey(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Conservative: return QStringLiteral("conservative");
    case Scenario::Optimistic: return QStringLiteral("optimistic");
    case Scenario::Base: break;
    }
    return QStringLiteral("base");
}

QString displayName(Scenario scenario)
{
    switch (scenario) {
    case Scenario::Conservative: return QCoreApplication::translate("cplan::Forecast", "Conservative");
    case Scenario::Optimistic: return QCoreApplication::translate("cplan::Forecast", "Optimistic");
    case Scenario::Base: break;
    }
    return QCoreApplication::translate("cplan::Forecast", "Base");
}

MarketSize segmentMarketSize(const Segment &segment, int minorDigits)
{
    MarketSize size;
    size.tam = double(segment.customers) * segment.annualSpendPerCustomer.toMajor(minorDigits);
    size.sam = size.tam * segment.serviceableShare;
    size.som = size.sam * segment.obtainableShare;
    return size;
}

MarketSize marketSize(const Plan &plan)
{
    MarketSize total;
    for (const Segment &segment : plan.segments) {
        const MarketSize size = segmentMarketSize(segment, plan.minorDigits());
        total.tam += size.tam;
        total.sam += size.sam;
        total.som += size.som;
    }
    return total;
}

int overlapDays(const Date &start, const Date &end, const YearMonth &month)
{
    const Date first = std::max(start, month.firstDay());
    const Date last = std::min(end, month.lastDay());
    if (last < first)
        return 0;
    return int((last - first).days()) + 1;
}

std::optional<YearMonth> Forecast::breakEvenMonth() const
{
    if (!breakEvenMonthIndex)
        return std::nullopt;
    return months.at(std::size_t(*breakEvenMonthIndex)).month;
}

namespace {

struct Interval
{
    Date start;
    Date end;
};

// Spend of each phase spread evenly over its days, summed per month of the horizon.
void addPhaseSpend(const RolloutPhase &phase, double budget, const YearMonth &horizonStart,
                   int months, std::vector<double> &spend)
{
    const double phaseDays = double((phase.end - phase.start).days() + 1);
    if (phaseDays <= 0.0 || budget == 0.0)
        return;
    const int first = std::max(0, horizonStart.monthsUntil(YearMonth::of(phase.start)));
    const int last = std::min(months - 1, horizonStart.monthsUntil(YearMonth::of(phase.end)));
    for (int m = first; m <= last; ++m) {
        const int days = overlapDays(phase.start, phase.end, horizonStart.addMonths(m));
        spend[std::size_t(m)] += budget * double(days) / phaseDays;
    }
}

// Days of each month covered by at least one of the intervals (overlaps counted once).
std::vector<int> coveredDays(std::vector<Interval> intervals, const YearMonth &horizonStart, int months)
{
    std::vector<int> covered(std::size_t(months), 0);
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.start < b.start; });
    std::vector<Interval> merged;
    for (const Interval &interval : intervals) {
        if (!merged.empty() && interval.start <= merged.back().end + boost::gregorian::days(1))
            merged.back().end = std::max(merged.back().end, interval.end);
        else
            merged.push_back(interval);
    }
    for (const Interval &interval : merged) {
        const int first = std::max(0, horizonStart.monthsUntil(YearMonth::of(interval.start)));
        const int last = std::min(months - 1, horizonStart.monthsUntil(YearMonth::of(interval.end)));
        for (int m = first; m <= last; ++m)
            covered[std::size_t(m)] += overlapDays(interval.start, interval.end, horizonStart.addMonths(m));
    }
    return covered;
}

void computeFunnel(const Plan &plan, const Channel &channel, const std::vector<Interval> &phases,
                   double factor, ChannelForecast &out)
{
    const PlanSettings &s = plan.settings;
    const std::size_t months = std::size_t(s.months);
    std::vector<int> covered;
    if (channel.costModel == CostModel::Flat)
        covered = coveredDays(phases, s.startMonth, s.months);
    const double costPerClick = plan.major(channel.costPerClick);
    const double costPerMille = plan.major(channel.costPerMille);
    const double orderValue = plan.major(channel.averageOrderValue);
    for (std::size_t m = 0; m < months; ++m) {
        double clicks = 0.0;
        switch (channel.costModel) {
        case CostModel::Cpc:
            clicks = costPerClick > 0.0 ? out.spend[m] / costPerClick : 0.0;
            break;
        case CostModel::Cpm:
            clicks = costPerMille > 0.0 ? out.spend[m] / costPerMille * 1000.0 * channel.clickThroughRate : 0.0;
            break;
        case CostModel::Flat:
            clicks = channel.visitsPerMonth * double(covered[m])
                     / double(s.startMonth.addMonths(int(m)).daysInMonth());
            break;
        }
        out.clicks[m] = clicks;
        out.leads[m] = clicks * channel.leadRate;
        out.customers[m] = out.leads[m] * channel.closeRate * factor;
        out.revenue[m] = out.customers[m] * orderValue;
        out.totalSpend += out.spend[m];
        out.totalRevenue += out.revenue[m];
    }
    out.totalGrossProfit = out.totalRevenue * s.grossMargin;
    if (out.totalSpend > 0.0)
        out.roi = (out.totalGrossProfit - out.totalSpend) / out.totalSpend;
}

bool fixedCostActive(const FixedCost &cost, const YearMonth &month)
{
    return cost.startMonth <= month && (!cost.endMonth || month <= *cost.endMonth);
}

std::optional<int> findBreakEven(const std::vector<MonthFigures> &months)
{
    std::optional<int> start;
    for (int m = int(months.size()) - 1; m >= 0 && months[std::size_t(m)].cumulativeProfit >= 0.0; --m)
        start = m;
    return start;
}

} // namespace

Forecast computeForecast(const Plan &plan, Scenario scenario)
{
    const PlanSettings &s = plan.settings;
    const std::size_t months = std::size_t(std::max(0, s.months));
    const double factor = scenarioFactor(s, scenario);

    Forecast forecast;
    forecast.scenario = scenario;
    forecast.channels.resize(plan.channels.size());
    QHash<RecordId, std::size_t> channelIndex;
    channelIndex.reserve(qsizetype(plan.channels.size()));
    for (std::size_t c = 0; c < plan.channels.size(); ++c) {
        ChannelForecast &out = forecast.channels[c];
        out.channelId = plan.channels[c].id;
        for (auto *series : {&out.spend, &out.clicks, &out.leads, &out.customers, &out.revenue})
            series->assign(months, 0.0);
        channelIndex.insert(plan.channels[c].id, c);
    }

    std::vector<std::vector<Interval>> phaseIntervals(plan.channels.size());
    for (const RolloutPhase &phase : plan.phases) {
        const auto it = channelIndex.constFind(phase.channelId);
        if (it == channelIndex.cend() || phase.end < phase.start)
            continue;
        addPhaseSpend(phase, plan.major(phase.budget), s.startMonth, s.months, forecast.channels[*it].spend);
        phaseIntervals[*it].push_back({phase.start, phase.end});
    }
    for (std::size_t c = 0; c < plan.channels.size(); ++c)
        computeFunnel(plan, plan.channels[c], phaseIntervals[c], factor, forecast.channels[c]);

    forecast.months.resize(months);
    double cumulative = 0.0;
    ForecastTotals &t = forecast.totals;
    for (std::size_t m = 0; m < months; ++m) {
        MonthFigures &f = forecast.months[m];
        f.month = s.startMonth.addMonths(int(m));
        for (const ChannelForecast &channel : forecast.channels) {
            f.spend += channel.spend[m];
            f.clicks += channel.clicks[m];
            f.leads += channel.leads[m];
            f.customers += channel.customers[m];
            f.revenue += channel.revenue[m];
        }
        f.costOfGoods = f.revenue * (1.0 - s.grossMargin);
        f.grossProfit = f.revenue - f.costOfGoods;
        for (const FixedCost &cost : plan.fixedCosts) {
            if (fixedCostActive(cost, f.month))
                f.fixedCosts += plan.major(cost.monthlyAmount);
        }
        f.operatingProfit = f.grossProfit - f.spend - f.fixedCosts;
        cumulative += f.operatingProfit;
        f.cumulativeProfit = cumulative;

        t.spend += f.spend;
        t.clicks += f.clicks;
        t.leads += f.leads;
        t.customers += f.customers;
        t.revenue += f.revenue;
        t.costOfGoods += f.costOfGoods;
        t.grossProfit += f.grossProfit;
        t.fixedCosts += f.fixedCosts;
        t.operatingProfit += f.operatingProfit;
    }
    if (t.spend > 0.0)
        forecast.roi = (t.grossProfit - t.spend) / t.spend;
    forecast.breakEvenMonthIndex = findBreakEven(forecast.months);
    return forecast;
}

} // namespace cplan
