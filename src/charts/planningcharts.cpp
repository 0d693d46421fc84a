#include "planningcharts.h"

#include "chartparts.h"
#include "contentschedule.h"
#include "displayformat.h"
#include "enumnames.h"
#include "occurrences.h"
#include "rollout.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace cplan {

using charts::newChart;
using charts::tr;

namespace {

constexpr std::size_t mostChannelsShown = 25; // more would not leave a bar room for its name

QColor phaseColour(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Test: return {0xe0, 0x8a, 0x1e};
    case PhaseKind::Rollout: return {0x2f, 0x6f, 0xb5};
    case PhaseKind::Scale: return {0x1b, 0x7f, 0x3b};
    }
    return Qt::gray;
}

const std::array<QColor, 8> typeColours = {QColor(0x2f, 0x6f, 0xb5), QColor(0xe0, 0x8a, 0x1e), QColor(0x1b, 0x7f, 0x3b),
                                           QColor(0x8e, 0x44, 0xad), QColor(0xc0, 0x39, 0x2b), QColor(0x16, 0xa0, 0x85),
                                           QColor(0x7f, 0x8c, 0x8d), QColor(0xd3, 0x54, 0x00)};

int daysBetween(const Date &from, const Date &to)
{
    return int((to - from).days());
}

} // namespace

QChart *buildChannelRoiChart(const Plan &plan, const Forecast &forecast)
{
    QChart *chart = newChart(tr("Marketing ROI by channel"));
    std::vector<std::size_t> order;
    for (std::size_t c = 0; c < forecast.channels.size(); ++c) {
        if (forecast.channels[c].roi)
            order.push_back(c);
    }
    if (order.empty()) {
        chart->setTitle(tr("ROI by channel: no data yet — no channel has planned spend"));
        return chart;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return *forecast.channels[a].roi > *forecast.channels[b].roi; });
    const std::size_t withoutSpend = forecast.channels.size() - order.size();
    if (order.size() > mostChannelsShown) {
        chart->setTitle(tr("Marketing ROI by channel — the best %1 of %2").arg(mostChannelsShown).arg(order.size()));
        order.resize(mostChannelsShown);
    } else if (withoutSpend > 0) {
        chart->setTitle(tr("Marketing ROI by channel (%n without spend left out)", int(withoutSpend)));
    }
    // Horizontal bars are drawn from the bottom up: the best channel goes last to be on top.
    std::reverse(order.begin(), order.end());
    auto *set = new QBarSet(tr("ROI over the horizon"));
    set->setColor(charts::profitColour);
    QStringList names;
    double low = 0.0;
    double high = 0.0;
    for (std::size_t c : order) {
        const double percent = *forecast.channels[c].roi * 100.0;
        set->append(percent);
        low = std::min(low, percent);
        high = std::max(high, percent);
        QString name = plan.channels[c].name;
        while (names.contains(name))
            name += QChar(0x200B);
        names.append(name);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    set->setLabelColor(Qt::black);
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setRange(low < 0.0 ? low * 1.3 : 0.0, std::max(high, 1.0) * 1.2); // room for the labels
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f %%"));
    values->setTitleText(tr("(gross profit − spend) / spend"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->hide();
    return chart;
}

QChart *buildContentPerMonthChart(const Plan &plan)
{
    QChart *chart = newChart(tr("Content per month by type"));
    const std::vector<YearMonth> months = charts::horizonMonths(plan.settings);
    const std::vector<Occurrence> dates = occurrencesBetween(plan, horizonStart(plan.settings), horizonEnd(plan.settings));
    if (dates.empty() || months.empty()) {
        chart->setTitle(tr("Content per month: no data yet — the calendar has nothing in the horizon"));
        return chart;
    }
    constexpr int typeCount = int(ContentType::Other) + 1;
    std::vector<std::array<int, typeCount>> counts(months.size(), std::array<int, typeCount>{});
    int high = 0;
    std::vector<int> perMonth(months.size(), 0);
    for (const Occurrence &occurrence : dates) {
        const int m = months.front().monthsUntil(YearMonth::of(occurrence.date));
        if (m < 0 || m >= int(months.size()))
            continue;
        ++counts[std::size_t(m)][std::size_t(plan.content[occurrence.itemIndex].type)];
        high = std::max(high, ++perMonth[std::size_t(m)]);
    }
    auto *series = new QStackedBarSeries;
    for (int type = 0; type < typeCount; ++type) {
        bool used = false;
        auto *set = new QBarSet(displayName(ContentType(type)));
        for (const auto &month : counts) {
            set->append(month[std::size_t(type)]);
            used = used || month[std::size_t(type)] > 0;
        }
        if (!used) {
            delete set;
            continue;
        }
        set->setColor(typeColours[std::size_t(type) % typeColours.size()]);
        series->append(set);
    }
    chart->addSeries(series);
    QBarCategoryAxis *axis = charts::monthAxis(months);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setRange(0, std::max(high, 1));
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->setTitleText(tr("Dates"));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

QChart *buildRolloutTimelineChart(const Plan &plan, std::size_t first, std::size_t count)
{
    QChart *chart = newChart(tr("Roll-out timeline"));
    const Date start = horizonStart(plan.settings);
    const Date end = horizonEnd(plan.settings);
    // Phases kept outside the horizon (after a change of start or length) are not drawn.
    const std::vector<std::size_t> inside = phasesInHorizon(plan);
    const std::size_t last = std::min(inside.size(), first + count);
    if (first >= last) {
        chart->setTitle(plan.phases.empty() ? tr("Roll-out timeline: no data yet — no roll-out phases planned")
                                            : tr("Roll-out timeline: no phase falls within the plan's months"));
        return chart;
    }
    if (first > 0 || last < inside.size())
        chart->setTitle(tr("Roll-out timeline — phases %1 to %2 of %3").arg(first + 1).arg(last).arg(inside.size()));
    const int totalDays = daysBetween(start, end) + 1;
    // Invisible bars carry each phase to its start; one visible set per kind of phase.
    auto *offset = new QBarSet(QString());
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    std::array<QBarSet *, 3> kinds{};
    for (PhaseKind kind : {PhaseKind::Test, PhaseKind::Rollout, PhaseKind::Scale}) {
        auto *set = new QBarSet(displayName(kind));
        set->setColor(phaseColour(kind));
        kinds[std::size_t(kind)] = set;
    }
    QStringList names;
    // Drawn from the bottom up: the first phase goes last to be on top.
    for (std::size_t i = last; i-- > first;) {
        const RolloutPhase &phase = plan.phases[inside[i]];
        const int from = std::clamp(daysBetween(start, phase.start), 0, totalDays);
        const int to = std::clamp(daysBetween(start, phase.end) + 1, 0, totalDays);
        offset->append(from);
        for (std::size_t k = 0; k < kinds.size(); ++k)
            kinds[k]->append(k == std::size_t(phase.kind) ? std::max(0, to - from) : 0);
        // The axis gives labels little room: the phase's own name, shortened when long.
        QString name = phase.name.size() > 28 ? phase.name.left(27) + QChar(0x2026) : phase.name;
        while (names.contains(name))
            name += QChar(0x200B);
        names.append(name);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(offset);
    for (QBarSet *set : kinds)
        series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    // Days along the bottom, labelled with the month that starts there.
    auto *monthsAxis = new QCategoryAxis;
    monthsAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    monthsAxis->setRange(0, totalDays);
    const std::vector<YearMonth> months = charts::horizonMonths(plan.settings);
    const QStringList labels = charts::monthLabels(months);
    for (std::size_t m = 0; m < months.size(); ++m)
        monthsAxis->append(labels[qsizetype(m)], daysBetween(start, months[m].firstDay()));
    monthsAxis->setStartValue(0);
    monthsAxis->setTitleText(QStringLiteral("%1 – %2").arg(formatMonth(months.front()), formatMonth(months.back())));
    chart->addAxis(monthsAxis, Qt::AlignBottom);
    series->attachAxis(monthsAxis);
    chart->legend()->markers(series).constFirst()->setVisible(false);
    return chart;
}

} // namespace cplan
