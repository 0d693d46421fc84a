#include "kpitrendchart.h"

#include "chartparts.h"
#include "displayformat.h"
#include "kpistatus.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QDate>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::KpiTrendChart", text);
}

} // namespace

QChart *buildKpiTrendChart(const Plan &plan, const Kpi &kpi)
{
    QChart *chart = charts::newChart(kpi.unit.isEmpty() ? kpi.name : tr("%1 (%2)").arg(kpi.name, kpi.unit));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    // Only the plan's months: a target or actual kept outside the horizon (after the start or
    // the horizon changed) is not part of the plan and would not fit the axis's labels.
    std::vector<KpiMonth> months = kpiMonths(plan.settings, kpi);
    const YearMonth first = plan.settings.startMonth;
    const YearMonth last = first.addMonths(plan.settings.months - 1);
    std::erase_if(months, [&](const KpiMonth &m) { return m.month < first || last < m.month; });
    // Short month names fit under each point; a horizon that crosses a year adds the year, so
    // every label is distinct (the axis drops repeated ones).
    const bool withYear = first.year != last.year;
    auto *target = new QLineSeries;
    target->setName(tr("Target"));
    QPen targetPen(QColor(0x6b, 0x72, 0x80), 2, Qt::DashLine);
    target->setPen(targetPen);
    auto *actual = new QLineSeries;
    actual->setName(tr("Actual"));
    actual->setPen(QPen(QColor(0x25, 0x63, 0xeb), 2.5));
    actual->setPointsVisible(true);
    // Months that met their target get a green point, the others a red one.
    auto *onTrack = new QScatterSeries;
    onTrack->setName(tr("On track"));
    onTrack->setColor(QColor(0x16, 0xa3, 0x4a));
    onTrack->setBorderColor(Qt::white);
    onTrack->setMarkerSize(10);
    auto *behind = new QScatterSeries;
    behind->setName(tr("Behind"));
    behind->setColor(QColor(0xdc, 0x26, 0x26));
    behind->setBorderColor(Qt::white);
    behind->setMarkerSize(10);

    QStringList categories;
    double low = 0.0;
    double high = 0.0;
    bool any = false;
    for (std::size_t i = 0; i < months.size(); ++i) {
        const KpiMonth &m = months[i];
        categories.append(withYear ? QLocale().toString(QDate(m.month.year, m.month.month, 1), QStringLiteral("MMM yy"))
                                   : QLocale().monthName(m.month.month, QLocale::ShortFormat));
        auto include = [&](double value) {
            low = any ? std::min(low, value) : value;
            high = any ? std::max(high, value) : value;
            any = true;
        };
        if (m.target) {
            target->append(double(i), *m.target);
            include(*m.target);
        }
        if (m.actual) {
            actual->append(double(i), *m.actual);
            include(*m.actual);
            if (m.onTrack)
                (*m.onTrack ? onTrack : behind)->append(double(i), *m.actual);
        }
    }
    chart->addSeries(target);
    chart->addSeries(actual);
    chart->addSeries(onTrack);
    chart->addSeries(behind);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    // A narrow chart (a small window) shows "J F M" rather than "J… … …".
    std::vector<YearMonth> shownMonths;
    for (const KpiMonth &m : months)
        shownMonths.push_back(m.month);
    charts::useNarrowMonthLabelsWhenCramped(axisX, charts::monthLabels(shownMonths, true));
    axisX->setTitleText(first == last ? formatMonth(first) : QStringLiteral("%1 – %2").arg(formatMonth(first), formatMonth(last)));
    axisX->setLabelsAngle(categories.size() > 14 ? -45 : 0);
    auto *axisY = new QValueAxis;
    if (!any)
        high = 1.0;
    const double span = high - std::min(0.0, low);
    axisY->setRange(std::min(0.0, low), high + span * 0.08);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(span >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    if (!kpi.unit.isEmpty())
        axisY->setTitleText(kpi.unit);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return chart;
}

} // namespace cplan
