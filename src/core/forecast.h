#pragma once

#include "plan.h"

#include <optional>
#include <vector>

namespace cplan {

// The canonical calculations of DESIGN.md §4. Everything here is derived from the plan and
// never stored. Money is in major units of the plan's currency, as doubles.

enum class Scenario { Conservative, Base, Optimistic };
double scenarioFactor(const PlanSettings &settings, Scenario scenario);
QString toKey(Scenario scenario);
QString displayName(Scenario scenario);

struct MarketSize
{
    double tam = 0.0;
    double sam = 0.0;
    double som = 0.0;
};
MarketSize segmentMarketSize(const Segment &segment, int minorDigits);
MarketSize marketSize(const Plan &plan);

struct MonthFigures
{
    YearMonth month;
    double spend = 0.0;
    double clicks = 0.0;
    double leads = 0.0;
    double customers = 0.0;
    double revenue = 0.0;
    double costOfGoods = 0.0;
    double grossProfit = 0.0;
    double fixedCosts = 0.0;
    double operatingProfit = 0.0;
    double cumulativeProfit = 0.0;
};

struct ChannelForecast
{
    RecordId channelId;
    // One entry per month of the horizon.
    std::vector<double> spend;
    std::vector<double> clicks;
    std::vector<double> leads;
    std::vector<double> customers;
    std::vector<double> revenue;
    double totalSpend = 0.0;
    double totalRevenue = 0.0;
    double totalGrossProfit = 0.0;
    std::optional<double> roi; // none without spend
};

struct ForecastTotals
{
    double spend = 0.0;
    double clicks = 0.0;
    double leads = 0.0;
    double customers = 0.0;
    double revenue = 0.0;
    double costOfGoods = 0.0;
    double grossProfit = 0.0;
    double fixedCosts = 0.0;
    double operatingProfit = 0.0;
};

struct Forecast
{
    Scenario scenario = Scenario::Base;
    std::vector<MonthFigures> months;
    std::vector<ChannelForecast> channels; // in the plan's channel order
    ForecastTotals totals;
    std::optional<double> roi;             // none when nothing is spent
    std::optional<int> breakEvenMonthIndex; // 0-based within the horizon; none if not reached
    std::optional<YearMonth> breakEvenMonth() const;
};

Forecast computeForecast(const Plan &plan, Scenario scenario = Scenario::Base);

// The days of [start, end] (inclusive) that fall in the month.
int overlapDays(const Date &start, const Date &end, const YearMonth &month);

} // namespace cplan
