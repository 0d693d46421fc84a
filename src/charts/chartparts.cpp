#include "chartparts.h"

#include "displayformat.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace cplan::charts {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Charts", text);
}

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("cplan::Charts", text, nullptr, n);
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QStringList monthLabels(const std::vector<YearMonth> &months, bool narrow)
{
    QStringList labels;
    const QLocale::FormatType form = narrow || months.size() > 12 ? QLocale::NarrowFormat : QLocale::ShortFormat;
    for (const YearMonth &month : months) {
        QString label = QLocale().standaloneMonthName(month.month, form);
        while (labels.contains(label))
            label += QChar(0x200B);
        labels.append(label);
    }
    return labels;
}

QBarCategoryAxis *monthAxis(const std::vector<YearMonth> &months, bool narrow)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(monthLabels(months, narrow));
    if (!months.empty())
        axis->setTitleText(QStringLiteral("%1 – %2").arg(formatMonth(months.front()), formatMonth(months.back())));
    return axis;
}

QValueAxis *moneyAxis(const Plan &plan, double low, double high)
{
    auto *axis = new QValueAxis;
    axis->setRange(std::min(0.0, low), std::max(high, 1.0));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%'.0f"));
    axis->setTitleText(plan.settings.currency);
    return axis;
}

std::vector<YearMonth> horizonMonths(const PlanSettings &settings)
{
    std::vector<YearMonth> months;
    YearMonth month = settings.startMonth;
    for (int i = 0; i < settings.months; ++i) {
        months.push_back(month);
        month = month.addMonths(1);
    }
    return months;
}

} // namespace cplan::charts
