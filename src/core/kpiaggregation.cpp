#include "kpiaggregation.h"

#include <QCoreApplication>

namespace cplan {

QString toKey(KpiAggregation value)
{
    switch (value) {
    case KpiAggregation::Sum:
        return QStringLiteral("sum");
    case KpiAggregation::Average:
        return QStringLiteral("average");
    case KpiAggregation::Last:
        return QStringLiteral("last");
    }
    return QStringLiteral("sum");
}

std::optional<KpiAggregation> kpiAggregationFromKey(QStringView key)
{
    for (KpiAggregation value : allKpiAggregations()) {
        if (key.compare(toKey(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QString displayName(KpiAggregation value)
{
    switch (value) {
    case KpiAggregation::Sum:
        return QCoreApplication::translate("cplan::KpiAggregation", "Sum over the month");
    case KpiAggregation::Average:
        return QCoreApplication::translate("cplan::KpiAggregation", "Average over the month");
    case KpiAggregation::Last:
        return QCoreApplication::translate("cplan::KpiAggregation", "Last value in the month");
    }
    return {};
}

const std::vector<KpiAggregation> &allKpiAggregations()
{
    static const std::vector<KpiAggregation> values = {KpiAggregation::Sum, KpiAggregation::Average,
                                                       KpiAggregation::Last};
    return values;
}

KpiAggregation defaultAggregation(const QString &unit)
{
    const QString u = unit.trimmed().toLower();
    static const char *const averaged[] = {"%", "percent", "rate", "ratio", "second", "minute", "time", "position"};
    static const char *const levels[] = {"follower", "subscriber", "member", "fan", "list size", "audience"};
    for (const char *word : averaged) {
        if (u.contains(QLatin1StringView(word)))
            return KpiAggregation::Average;
    }
    for (const char *word : levels) {
        if (u.contains(QLatin1StringView(word)))
            return KpiAggregation::Last;
    }
    return KpiAggregation::Sum;
}

KpiAggregation defaultAggregation(const QString &name, const QString &unit)
{
    const KpiAggregation byUnit = defaultAggregation(unit);
    if (byUnit != KpiAggregation::Sum)
        return byUnit;
    const QString n = QLatin1Char(' ') + name.trimmed().toLower() + QLatin1Char(' ');
    static const char *const ratios[] = {"cost per", " per click", " per lead", " per acquisition", " per mille",
                                         " per order", " cpc ", " cpl ", " cpa ", " cpm ", " ctr ", " roas ",
                                         "average", " avg", "bounce"};
    for (const char *word : ratios) {
        if (n.contains(QLatin1StringView(word)))
            return KpiAggregation::Average;
    }
    return defaultAggregation(name);
}

void MonthlyAccumulator::add(const Date &date, double value, double weight)
{
    Month &month = m_months[YearMonth::of(date)];
    month.sum += value;
    month.weightedSum += value * weight;
    month.weightTotal += weight;
    month.count += 1.0;
    if (month.count == 1.0 || date > month.lastDate) {
        month.lastDate = date;
        month.lastDateSum = value;
    } else if (date == month.lastDate) {
        month.lastDateSum += value;
    }
}

std::map<YearMonth, double> MonthlyAccumulator::result(KpiAggregation aggregation) const
{
    std::map<YearMonth, double> figures;
    for (const auto &[month, m] : m_months) {
        switch (aggregation) {
        case KpiAggregation::Sum:
            figures[month] = m.sum;
            break;
        case KpiAggregation::Average:
            // A month whose rows all have a zero base has no weighted figure: plain mean then.
            figures[month] = m.weightTotal > 0.0 ? m.weightedSum / m.weightTotal : m.sum / m.count;
            break;
        case KpiAggregation::Last:
            figures[month] = m.lastDateSum;
            break;
        }
    }
    return figures;
}

} // namespace cplan
