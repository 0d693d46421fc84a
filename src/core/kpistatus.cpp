#include "kpistatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <cmath>
#include <map>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::KpiStatus", text);
}

QString monthName(const YearMonth &month)
{
    return QLocale().toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
}

QString value(double number, const QString &unit)
{
    // Up to two decimals, none when the number is whole.
    const bool whole = std::fabs(number - std::round(number)) < 1e-9;
    const QString text = QLocale().toString(number, 'f', whole ? 0 : 2);
    return unit.isEmpty() ? text : text + QChar(0x00A0) + unit;
}

} // namespace

bool meetsTarget(BetterWhen betterWhen, double actual, double target)
{
    return betterWhen == BetterWhen::Higher ? actual >= target : actual <= target;
}

namespace {

// The figures of one month, gathered in the order they were entered.
struct MonthFigures
{
    double sum = 0.0;
    int count = 0;
    Date lastDate{2000, 1, 1};
    double lastValue = 0.0;

    void add(const KpiActual &actual)
    {
        sum += actual.value;
        // ">=": on the same date the later-entered figure wins.
        if (count == 0 || !(actual.date < lastDate)) {
            lastDate = actual.date;
            lastValue = actual.value;
        }
        ++count;
    }
    double result(KpiAggregation aggregation) const
    {
        switch (aggregation) {
        case KpiAggregation::Sum: return sum;
        case KpiAggregation::Average: return sum / count;
        case KpiAggregation::Last: return lastValue;
        }
        return sum;
    }
};

} // namespace

std::optional<double> monthActual(const Kpi &kpi, const YearMonth &month)
{
    MonthFigures figures;
    for (const KpiActual &actual : kpi.actuals) {
        if (YearMonth::of(actual.date) == month)
            figures.add(actual);
    }
    if (figures.count == 0)
        return std::nullopt;
    return figures.result(kpi.aggregation);
}

std::map<YearMonth, double> monthlyActuals(const Kpi &kpi)
{
    std::map<YearMonth, MonthFigures> months;
    for (const KpiActual &actual : kpi.actuals)
        months[YearMonth::of(actual.date)].add(actual);
    std::map<YearMonth, double> result;
    for (const auto &[month, figures] : months)
        result[month] = figures.result(kpi.aggregation);
    return result;
}

KpiStatus kpiStatus(const Kpi &kpi, const PlanSettings &settings)
{
    KpiStatus status;
    const YearMonth first = settings.startMonth;
    const YearMonth last = settings.startMonth.addMonths(settings.months - 1);
    std::optional<YearMonth> latest;
    for (const KpiActual &actual : kpi.actuals) {
        const YearMonth of = YearMonth::of(actual.date);
        if (first <= of && of <= last)
            latest = of; // sorted by date: the last one inside the horizon stays
    }
    if (!latest) {
        status.track = KpiTrack::NoActuals;
        status.reason = kpi.actuals.empty() ? tr("No actuals recorded yet.")
                                            : tr("No actuals in the plan's months (%1 – %2).").arg(monthName(first), monthName(last));
        return status;
    }
    const YearMonth month = *latest;
    status.month = month;
    status.actual = monthActual(kpi, month);
    const auto target = kpi.monthlyTargets.find(month);
    if (target == kpi.monthlyTargets.end()) {
        status.track = KpiTrack::NoTarget;
        status.reason = tr("%1: %2, but no target for that month.").arg(monthName(month), value(*status.actual, kpi.unit));
        return status;
    }
    status.target = target->second;
    const double actual = *status.actual;
    const double goal = target->second;
    if (goal != 0.0) {
        const double difference = (actual - goal) / std::fabs(goal);
        status.lead = kpi.betterWhen == BetterWhen::Higher ? difference : -difference;
    }
    const bool onTrack = meetsTarget(kpi.betterWhen, actual, goal);
    status.track = onTrack ? KpiTrack::OnTrack : KpiTrack::Behind;
    QString reason = tr("%1: %2 against a target of %3").arg(monthName(month), value(actual, kpi.unit), value(goal, kpi.unit));
    if (status.lead && *status.lead != 0.0) {
        const QString percent = QLocale().toString(std::fabs(*status.lead) * 100.0, 'f', 1) + QStringLiteral(" %");
        reason += QStringLiteral(" (") + (*status.lead > 0 ? tr("%1 better").arg(percent) : tr("%1 worse").arg(percent))
                  + QLatin1Char(')');
    }
    reason += kpi.betterWhen == BetterWhen::Higher ? tr("; higher is better.") : tr("; lower is better.");
    status.reason = reason;
    return status;
}

std::vector<KpiMonth> kpiMonths(const PlanSettings &settings, const Kpi &kpi)
{
    std::map<YearMonth, KpiMonth> months;
    for (int i = 0; i < settings.months; ++i) {
        const YearMonth month = settings.startMonth.addMonths(i);
        months[month].month = month;
    }
    for (const auto &[month, target] : kpi.monthlyTargets) {
        months[month].month = month;
        months[month].target = target;
    }
    for (const auto &[month, actual] : monthlyActuals(kpi)) {
        months[month].month = month;
        months[month].actual = actual;
    }
    std::vector<KpiMonth> result;
    result.reserve(months.size());
    for (auto &[month, entry] : months) {
        if (entry.target && entry.actual)
            entry.onTrack = meetsTarget(kpi.betterWhen, *entry.actual, *entry.target);
        result.push_back(entry);
    }
    return result;
}

QString toKey(KpiTrack track)
{
    switch (track) {
    case KpiTrack::OnTrack: return QStringLiteral("on-track");
    case KpiTrack::Behind: return QStringLiteral("behind");
    case KpiTrack::NoTarget: return QStringLiteral("no-target");
    case KpiTrack::NoActuals: break;
    }
    return QStringLiteral("no-actuals");
}

QString displayName(KpiTrack track)
{
    switch (track) {
    case KpiTrack::OnTrack: return tr("On track");
    case KpiTrack::Behind: return tr("Behind");
    case KpiTrack::NoTarget: return tr("No target");
    case KpiTrack::NoActuals: break;
    }
    return tr("No actuals");
}

} // namespace cplan
