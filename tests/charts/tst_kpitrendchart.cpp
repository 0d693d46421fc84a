// The KPI trend chart plots the plan's months and its axis title names exactly
// those months, also when targets or actuals were kept outside the horizon.
#include "kpitrendchart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QTest>

using namespace cplan;

namespace {

Plan planFrom(YearMonth start, int months) {
  Plan plan;
  plan.settings.name = QStringLiteral("Launch");
  plan.settings.startMonth = start;
  plan.settings.months = months;
  Kpi kpi;
  kpi.id = newRecordId();
  kpi.name = QStringLiteral("Visits");
  kpi.unit = QStringLiteral("visits");
  // August 2028 lies outside a 2027 plan: kept there after the horizon was
  // shortened.
  kpi.monthlyTargets = {{YearMonth{2027, 1}, 100},
                        {YearMonth{2027, 6}, 150},
                        {YearMonth{2028, 8}, 300}};
  kpi.actuals = {{Date(2027, 3, 31), 90}, {Date(2028, 8, 15), 280}};
  plan.kpis.push_back(kpi);
  return plan;
}

QBarCategoryAxis *monthAxis(QChart *chart) {
  const auto axes = chart->axes(Qt::Horizontal);
  return axes.isEmpty() ? nullptr
                        : qobject_cast<QBarCategoryAxis *>(axes.first());
}

QLineSeries *series(QChart *chart, const QString &name) {
  for (QAbstractSeries *s : chart->series()) {
    if (s->name() == name)
      return qobject_cast<QLineSeries *>(s);
  }
  return nullptr;
}

} // namespace

class TestKpiTrendChart : public QObject {
  Q_OBJECT
private slots:
  void init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  }

  void theTitleNamesTheMonthsPlotted() {
    const Plan plan = planFrom(YearMonth{2027, 1}, 12);
    std::unique_ptr<QChart> chart(buildKpiTrendChart(plan, plan.kpis[0]));
    QBarCategoryAxis *axis = monthAxis(chart.get());
    QVERIFY(axis);
    QCOMPARE(axis->titleText(), QStringLiteral("Jan 2027 – Dec 2027"));
    QCOMPARE(axis->count(), 12);
    QCOMPARE(axis->categories().first(), QStringLiteral("Jan"));
    QCOMPARE(axis->categories().last(), QStringLiteral("Dec"));
    // The August 2028 target and actual are not drawn past December.
    const QList<QPointF> targets{{0, 100}, {5, 150}};
    QCOMPARE(series(chart.get(), QStringLiteral("Target"))->points(), targets);
    const QList<QPointF> actuals{{2, 90}};
    QCOMPARE(series(chart.get(), QStringLiteral("Actual"))->points(), actuals);
  }

  void aHorizonAcrossTwoYearsLabelsEveryMonthWithItsYear() {
    const Plan plan = planFrom(YearMonth{2027, 7}, 18); // Jul 2027 – Dec 2028
    std::unique_ptr<QChart> chart(buildKpiTrendChart(plan, plan.kpis[0]));
    QBarCategoryAxis *axis = monthAxis(chart.get());
    QCOMPARE(axis->titleText(), QStringLiteral("Jul 2027 – Dec 2028"));
    QCOMPARE(axis->count(), 18); // no label repeats, so none is dropped
    QCOMPARE(axis->categories().first(), QStringLiteral("Jul 27"));
    QCOMPARE(axis->categories().at(13), QStringLiteral("Aug 28"));
    const QList<QPointF> targets{{13, 300}}; // August 2028 is the 14th month
    QCOMPARE(series(chart.get(), QStringLiteral("Target"))->points(), targets);
    const QList<QPointF> actuals{{13, 280}};
    QCOMPARE(series(chart.get(), QStringLiteral("Actual"))->points(), actuals);
  }

  // In a small window the chart is about 330 px wide: 12 slots of ~22 px
  // cannot hold "Jan", and the labels become "J F M …", not "J… … …"; wide,
  // they are "Jan Feb Mar" again.
  void crampedMonthsTakeOneLetter() {
    const Plan plan = planFrom(YearMonth{2027, 1}, 12);
    QChartView view(buildKpiTrendChart(plan, plan.kpis[0]));
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(330, 260);
    view.show();
    QApplication::processEvents();
    QBarCategoryAxis *axis = monthAxis(view.chart());
    QCOMPARE(axis->categories().first(), QStringLiteral("J"));
    QCOMPARE(axis->categories().at(2), QStringLiteral("M"));
    QCOMPARE(axis->count(), 12); // "J" of June and July stay months of their own
    view.resize(1000, 400);
    QApplication::processEvents();
    QCOMPARE(monthAxis(view.chart())->categories().first(), QStringLiteral("Jan"));
  }

  void aOneMonthPlanNamesItsMonth() {
    const Plan plan = planFrom(YearMonth{2027, 6}, 1);
    std::unique_ptr<QChart> chart(buildKpiTrendChart(plan, plan.kpis[0]));
    QCOMPARE(monthAxis(chart.get())->titleText(), QStringLiteral("Jun 2027"));
    QCOMPARE(series(chart.get(), QStringLiteral("Target"))->points(),
             (QList<QPointF>{{0, 150}}));
  }
};

QTEST_MAIN(TestKpiTrendChart)
#include "tst_kpitrendchart.moc"
