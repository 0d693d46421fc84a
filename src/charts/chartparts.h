#pragma once

#include "plan.h"

#include <QColor>
#include <QStringList>

#include <vector>

class QBarCategoryAxis;
class QChart;
class QValueAxis;

namespace cplan::charts {

// Pieces every chart builder shares, so the screen and the paper look alike.
QString tr(const char *text);
QString tr(const char *text, int n); // with %n
QChart *newChart(const QString &title);
// Short month names ("Mar"), or narrow ones ("M") for more than a year or when `narrow`; a
// repeated name gets invisible zero-width spaces to stay a category of its own.
QStringList monthLabels(const std::vector<YearMonth> &months, bool narrow = false);
// A category axis of those names, titled with the first and last month.
QBarCategoryAxis *monthAxis(const std::vector<YearMonth> &months, bool narrow = false);
// An axis whose month labels ("Mar 27") give way to `narrow` ones ("M") in a chart made by
// newChart when they do not fit, instead of Qt's "…".
void useNarrowMonthLabelsWhenCramped(QBarCategoryAxis *axis, const QStringList &narrow);
// A value axis in the plan's currency with round steps and thousands separators.
QValueAxis *moneyAxis(const Plan &plan, double low, double high);
// The months of the plan's horizon.
std::vector<YearMonth> horizonMonths(const PlanSettings &settings);

inline const QColor revenueColour(0x2f, 0x6f, 0xb5);
inline const QColor spendColour(0xe0, 0x8a, 0x1e);
inline const QColor profitColour(0x1b, 0x7f, 0x3b);

} // namespace cplan::charts
