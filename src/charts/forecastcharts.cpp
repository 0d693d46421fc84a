#include "forecastcharts.h"

#include "chartparts.h"
#include "displayformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

using charts::moneyAxis;
using charts::newChart;
using charts::profitColour;
using charts::revenueColour;
using charts::spendColour;
using charts::tr;

std::vector<YearMonth> forecastMonths(const Forecast &forecast)
{
    std::vector<YearMonth> months;
    for (const MonthFigures &m : forecast.months)
        months.push_back(m.month);
    return months;
}

QBarCategoryAxis *monthAxis(const Forecast &forecast, bool narrow = false)
{
    return charts::monthAxis(forecastMonths(forecast), narrow);
}

} // namespace

QChart *buildRevenueSpendChart(const Plan &plan, const Forecast &forecast)
{
    QChart *chart = newChart(tr("Revenue and marketing spend by month"));
    if (forecast.totals.revenue == 0.0 && forecast.totals.spend == 0.0) {
        chart->setTitle(tr("Revenue and spend: no data yet — add channels and roll-out phases"));
        return chart;
    }
    auto *revenue = new QBarSet(tr("Revenue"));
    auto *spend = new QBarSet(tr("Marketing spend"));
    revenue->setColor(revenueColour);
    spend->setColor(spendColour);
    double high = 0.0;
    for (const MonthFigures &m : forecast.months) {
        revenue->append(m.revenue);
        spend->append(m.spend);
        high = std::max({high, m.revenue, m.spend});
    }
    auto *series = new QBarSeries;
    series->append(revenue);
    series->append(spend);
    chart->addSeries(series);
    QBarCategoryAxis *months = monthAxis(forecast);
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    QValueAxis *values = moneyAxis(plan, 0.0, high);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

QChart *buildCumulativeProfitChart(const Plan &plan, const Forecast &forecast)
{
    const std::optional<YearMonth> breakEven = forecast.breakEvenMonth();
    QChart *chart = newChart(breakEven ? tr("Cumulative profit — break-even in %1").arg(formatMonth(*breakEven))
                                       : tr("Cumulative profit — no break-even within the horizon"));
    if (forecast.months.empty())
        return chart;
    auto *line = new QLineSeries;
    line->setName(tr("Cumulative operating profit"));
    line->setColor(profitColour);
    QPen pen = line->pen();
    pen.setWidthF(2.5);
    line->setPen(pen);
    auto *zero = new QLineSeries;
    zero->setName(tr("Zero"));
    zero->setColor(QColor(0x88, 0x88, 0x88));
    double low = 0.0;
    double high = 0.0;
    for (std::size_t i = 0; i < forecast.months.size(); ++i) {
        line->append(double(i), forecast.months[i].cumulativeProfit);
        low = std::min(low, forecast.months[i].cumulativeProfit);
        high = std::max(high, forecast.months[i].cumulativeProfit);
    }
    zero->append(0.0, 0.0);
    zero->append(double(forecast.months.size() - 1), 0.0);
    chart->addSeries(zero);
    chart->addSeries(line);
    QAbstractSeries *marker = nullptr;
    if (forecast.breakEvenMonthIndex) {
        auto *point = new QScatterSeries;
        point->setName(tr("Break-even: %1").arg(formatMonth(*breakEven)));
        point->setMarkerSize(13.0);
        point->setColor(QColor(0xb4, 0x23, 0x18));
        point->append(double(*forecast.breakEvenMonthIndex), forecast.months[std::size_t(*forecast.breakEvenMonthIndex)].cumulativeProfit);
        chart->addSeries(point);
        marker = point;
    }
    // Month names along the bottom: a category axis over the same positions.
    QBarCategoryAxis *months = monthAxis(forecast);
    auto *positions = new QValueAxis;
    positions->setRange(-0.5, double(forecast.months.size()) - 0.5);
    positions->setVisible(false);
    chart->addAxis(positions, Qt::AlignBottom);
    chart->addAxis(months, Qt::AlignBottom);
    QValueAxis *values = moneyAxis(plan, low, high);
    chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(zero), static_cast<QAbstractSeries *>(line), marker}) {
        if (!series)
            continue;
        series->attachAxis(positions);
        series->attachAxis(values);
    }
    chart->legend()->markers(zero).constFirst()->setVisible(false);
    return chart;
}

QChart *buildSpendByChannelChart(const Plan &plan, const Forecast &forecast)
{
    QChart *chart = newChart(tr("Marketing spend by channel"));
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < forecast.channels.size(); ++c) {
        if (forecast.channels[c].totalSpend > 0.0)
            order.push_back(c);
    }
    if (order.empty()) {
        chart->setTitle(tr("Spend by channel: no spend planned yet"));
        return chart;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return forecast.channels[a].totalSpend > forecast.channels[b].totalSpend;
    });
    constexpr std::size_t shown = 6;
    auto *series = new QStackedBarSeries;
    for (std::size_t k = 0; k < std::min(order.size(), shown); ++k) {
        auto *set = new QBarSet(plan.channels[order[k]].name);
        for (double value : forecast.channels[order[k]].spend)
            set->append(value);
        series->append(set);
    }
    if (order.size() > shown) {
        auto *other = new QBarSet(tr("Other (%1 channels)").arg(order.size() - shown));
        for (std::size_t m = 0; m < forecast.months.size(); ++m) {
            double sum = 0.0;
            for (std::size_t k = shown; k < order.size(); ++k)
                sum += forecast.channels[order[k]].spend[m];
            other->append(sum);
        }
        other->setColor(QColor(0xa0, 0xa0, 0xa0));
        series->append(other);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight); // channel names need the width
    QBarCategoryAxis *months = monthAxis(forecast, true); // the legend takes the width
    chart->addAxis(months, Qt::AlignBottom);
    series->attachAxis(months);
    double high = 0.0;
    for (const MonthFigures &m : forecast.months)
        high = std::max(high, m.spend);
    QValueAxis *values = moneyAxis(plan, 0.0, high);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

QChart *buildScenarioChart(const Plan &plan)
{
    QChart *chart = newChart(tr("Scenarios"));
    auto *revenue = new QBarSet(tr("Revenue"));
    auto *spend = new QBarSet(tr("Marketing spend"));
    auto *profit = new QBarSet(tr("Operating profit"));
    revenue->setColor(revenueColour);
    spend->setColor(spendColour);
    profit->setColor(profitColour);
    double low = 0.0;
    double high = 0.0;
    QStringList names;
    for (Scenario scenario : {Scenario::Conservative, Scenario::Base, Scenario::Optimistic}) {
        const Forecast forecast = computeForecast(plan, scenario);
        revenue->append(forecast.totals.revenue);
        spend->append(forecast.totals.spend);
        profit->append(forecast.totals.operatingProfit);
        low = std::min(low, forecast.totals.operatingProfit);
        high = std::max({high, forecast.totals.revenue, forecast.totals.spend});
        names.append(displayName(scenario));
    }
    if (high == 0.0) {
        chart->setTitle(tr("Scenarios: no data yet"));
        delete revenue;
        delete spend;
        delete profit;
        return chart;
    }
    auto *series = new QBarSeries;
    series->append({revenue, spend, profit});
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    QValueAxis *values = moneyAxis(plan, low, high);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

} // namespace cplan
