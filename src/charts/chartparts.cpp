#include "chartparts.h"

#include "displayformat.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
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

namespace {

const char *const allLabelsProperty = "cplanMonthLabels";
const char *const narrowLabelsProperty = "cplanNarrowMonthLabels";

// Month names that do not fit their slot are not elided to "…" (Qt Charts elides a label to
// its own category's width): the narrow names ("J", "F", "M") are shown instead.
void fitMonthLabels(QChart *chart)
{
    const qreal plotWidth = chart->plotArea().width();
    if (plotWidth <= 0)
        return;
    for (QAbstractAxis *abstractAxis : chart->axes(Qt::Horizontal)) {
        auto *axis = qobject_cast<QBarCategoryAxis *>(abstractAxis);
        if (!axis || !axis->property(allLabelsProperty).isValid())
            continue;
        const QStringList full = axis->property(allLabelsProperty).toStringList();
        const QStringList narrow = axis->property(narrowLabelsProperty).toStringList();
        if (full.isEmpty() || narrow.size() != full.size())
            continue;
        const QFontMetricsF metrics(axis->labelsFont());
        qreal widest = 0;
        for (const QString &label : full)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        const QStringList &shown = widest + 8 <= plotWidth / qreal(full.size()) ? full : narrow;
        if (shown != axis->categories()) {
            const QString title = axis->titleText();
            axis->clear();
            axis->append(shown);
            axis->setTitleText(title);
        }
    }
}

} // namespace

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart] { fitMonthLabels(chart); });
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

void useNarrowMonthLabelsWhenCramped(QBarCategoryAxis *axis, const QStringList &narrow)
{
    axis->setProperty(allLabelsProperty, axis->categories());
    axis->setProperty(narrowLabelsProperty, narrow);
}

QBarCategoryAxis *monthAxis(const std::vector<YearMonth> &months, bool narrow)
{
    auto *axis = new QBarCategoryAxis;
    const QStringList labels = monthLabels(months, narrow);
    axis->append(labels);
    axis->setProperty(allLabelsProperty, labels);
    axis->setProperty(narrowLabelsProperty, monthLabels(months, true));
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
