#include "forecastcharts.h"

#include "displayformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Charts", text);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Short month names fit under 18 or 24 bars; the axis title says which years.
QStringList monthLabels(const Forecast &forecast, bool narrow = false)
{
    QStringList labels;
    // More than a year does not fit as "Mar": the narrow form ("M") then.
    const QLocale::FormatType form = narrow || forecast.months.size() > 12 ? QLocale::NarrowFormat : QLocale::ShortFormat;
    for (const MonthFigures &m : forecast.months) {
        QString label = QLocale().standaloneMonthName(m.month.month, form);
        // A category axis keeps each label once: a second "Mar" gets invisible zero-width
        // spaces to stay a category of its own.
        while (labels.contains(label))
            label += QChar(0x200B);
        labels.append(label);
    }
    return labels;
}

QBarCategoryAxis *monthAxis(const Forecast &forecast, bool narrow = false)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(monthLabels(forecast, narrow));
    if (!forecast.months.empty())
        axis->setTitleText(QStringLiteral("%1 – %2").arg(formatMonth(forecast.months.front().month),
                                                       formatMonth(forecast.months.back().month)));
    return axis;
}

// A value axis in the plan's currency with round steps and thousands separators.
QValueAxis *moneyAxis(const Plan &plan, double low, double high)
{
    auto *axis = new QValueAxis;
    axis->setRange(std::min(0.0, low), std::max(high, 1.0));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%'.0f"));
    axis->setTitleText(plan.settings.currency);
    return axis;
}

const QColor revenueColour(0x2f, 0x6f, 0xb5);
const QColor spendColour(0xe0, 0x8a, 0x1e);
const QColor profitColour(0x1b, 0x7f, 0x3b);

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
