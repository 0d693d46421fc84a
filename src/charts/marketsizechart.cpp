#include "marketsizechart.h"

#include "displayformat.h"
#include "forecast.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLogValueAxis>

#include <cmath>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Charts", text);
}

} // namespace

QChart *buildMarketSizeChart(const Plan &plan)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Market size: total, serviceable, obtainable (log scale)"));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    const MarketSize size = marketSize(plan);
    if (plan.segments.empty() || size.tam <= 0.0) {
        chart->setTitle(tr("Market size: no segments yet — add segments with customers and spend"));
        return chart;
    }
    auto *bars = new QBarSet(tr("Market"));
    // From the bottom up: SOM, SAM, TAM, so TAM reads first.
    const double values[] = {size.som, size.sam, size.tam};
    double smallest = size.tam;
    for (double value : values) {
        bars->append(std::max(value, 1.0));
        if (value >= 1.0)
            smallest = std::min(smallest, value);
    }
    bars->setColor(QColor(0x2f, 0x6f, 0xb5));
    auto *series = new QHorizontalBarSeries;
    series->append(bars);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    // The amounts go in the category labels: readable on screen and paper, in the currency.
    const QStringList labels = {formatMoney(plan, size.som), formatMoney(plan, size.sam), formatMoney(plan, size.tam)};

    auto *categories = new QBarCategoryAxis;
    categories->append({tr("SOM %1").arg(labels[0]), tr("SAM %1").arg(labels[1]), tr("TAM %1").arg(labels[2])});
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *scale = new QLogValueAxis;
    scale->setBase(10.0);
    scale->setLabelsVisible(false); // the amounts are in the category labels
    scale->setMin(std::pow(10.0, std::floor(std::log10(smallest)) - 1.0));
    scale->setMax(std::pow(10.0, std::ceil(std::log10(size.tam))));
    chart->addAxis(scale, Qt::AlignBottom);
    series->attachAxis(scale);
    return chart;
}

} // namespace cplan
