// How a month's many figures make its actual (kpiaggregation.h), with numbers worked by hand.
#include "kpiaggregation.h"

#include <QTest>

using namespace cplan;

Q_DECLARE_METATYPE(cplan::KpiAggregation)

class TestKpiAggregation : public QObject
{
    Q_OBJECT
private slots:
    void sumAddsTheMonthsRows()
    {
        MonthlyAccumulator months;
        months.add(Date(2026, 3, 1), 120.0);
        months.add(Date(2026, 3, 2), 130.5);
        months.add(Date(2026, 3, 31), 149.5);
        months.add(Date(2026, 4, 1), 50.0);
        const auto figures = months.result(KpiAggregation::Sum);
        QCOMPARE(figures.size(), std::size_t(2));
        // March: 120 + 130.5 + 149.5 = 400; April: 50 alone.
        QCOMPARE(figures.at(YearMonth(2026, 3)), 400.0);
        QCOMPARE(figures.at(YearMonth(2026, 4)), 50.0);
    }

    void averageIsThePlainMeanWithoutABase()
    {
        MonthlyAccumulator months;
        months.add(Date(2026, 3, 3), 2.0);
        months.add(Date(2026, 3, 4), 3.0);
        months.add(Date(2026, 3, 5), 7.0);
        // (2 + 3 + 7) / 3 = 12 / 3 = 4
        QCOMPARE(months.result(KpiAggregation::Average).at(YearMonth(2026, 3)), 4.0);
    }

    void averageIsWeightedByTheBase()
    {
        // A click-through rate of 10 % on 100 impressions and 2 % on 400 impressions.
        MonthlyAccumulator months;
        months.add(Date(2026, 3, 1), 10.0, 100.0);
        months.add(Date(2026, 3, 2), 2.0, 400.0);
        // (10 × 100 + 2 × 400) / (100 + 400) = (1000 + 800) / 500 = 3.6, not the plain mean 6.
        QCOMPARE(months.result(KpiAggregation::Average).at(YearMonth(2026, 3)), 3.6);
    }

    void averageOfRowsWithoutABaseFallsBackToThePlainMean()
    {
        // Days without impressions give no weight: the month's figure is the plain mean.
        MonthlyAccumulator months;
        months.add(Date(2026, 5, 1), 1.0, 0.0);
        months.add(Date(2026, 5, 2), 4.0, 0.0);
        // (1 + 4) / 2 = 2.5
        QCOMPARE(months.result(KpiAggregation::Average).at(YearMonth(2026, 5)), 2.5);
    }

    void lastTakesTheMonthsLastDate()
    {
        // Followers read off on three days, given out of order.
        MonthlyAccumulator months;
        months.add(Date(2026, 3, 31), 1010.0);
        months.add(Date(2026, 3, 1), 900.0);
        months.add(Date(2026, 3, 15), 990.0);
        months.add(Date(2026, 4, 2), 1020.0);
        const auto figures = months.result(KpiAggregation::Last);
        QCOMPARE(figures.at(YearMonth(2026, 3)), 1010.0); // 31 March is the last date
        QCOMPARE(figures.at(YearMonth(2026, 4)), 1020.0);
    }

    void lastAddsTheRowsOfTheLastDate()
    {
        // One row per network on each date: the month's level is the last date's rows together.
        MonthlyAccumulator months;
        months.add(Date(2026, 3, 30), 580.0);
        months.add(Date(2026, 3, 30), 400.0);
        months.add(Date(2026, 3, 31), 600.0);
        months.add(Date(2026, 3, 31), 410.0);
        // 31 March: 600 + 410 = 1010 (30 March's 980 does not count).
        QCOMPARE(months.result(KpiAggregation::Last).at(YearMonth(2026, 3)), 1010.0);
    }

    void monthsAreKeptApart()
    {
        MonthlyAccumulator months;
        QVERIFY(months.isEmpty());
        months.add(Date(2026, 2, 28), 5.0);
        months.add(Date(2026, 3, 1), 7.0);
        QVERIFY(!months.isEmpty());
        const auto figures = months.result(KpiAggregation::Sum);
        QCOMPARE(figures.at(YearMonth(2026, 2)), 5.0);
        QCOMPARE(figures.at(YearMonth(2026, 3)), 7.0);
    }

    void defaultFromTheUnit_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<KpiAggregation>("expected");
        QTest::newRow("visits") << QStringLiteral("visits") << KpiAggregation::Sum;
        QTest::newRow("clicks") << QStringLiteral("clicks") << KpiAggregation::Sum;
        QTest::newRow("leads") << QStringLiteral("leads") << KpiAggregation::Sum;
        QTest::newRow("EUR") << QStringLiteral("EUR") << KpiAggregation::Sum;
        QTest::newRow("empty") << QString() << KpiAggregation::Sum;
        QTest::newRow("%") << QStringLiteral("%") << KpiAggregation::Average;
        QTest::newRow("open rate") << QStringLiteral("open rate") << KpiAggregation::Average;
        QTest::newRow("seconds") << QStringLiteral("seconds") << KpiAggregation::Average;
        QTest::newRow("followers") << QStringLiteral("followers") << KpiAggregation::Last;
        QTest::newRow("Subscribers") << QStringLiteral(" Subscribers ") << KpiAggregation::Last;
    }
    void defaultFromTheUnit()
    {
        QFETCH(QString, unit);
        QFETCH(KpiAggregation, expected);
        QCOMPARE(defaultAggregation(unit), expected);
    }

    // The name speaks when the unit (a currency, a count) does not: ratios are averaged,
    // levels take the last value; a rate or level unit wins over the name.
    void defaultFromTheNameAndUnit_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<KpiAggregation>("expected");
        QTest::newRow("cost per lead") << QStringLiteral("Cost per lead") << QStringLiteral("EUR") << KpiAggregation::Average;
        QTest::newRow("CPC") << QStringLiteral("Google Ads CPC") << QStringLiteral("EUR") << KpiAggregation::Average;
        QTest::newRow("CTR") << QStringLiteral("CTR") << QString() << KpiAggregation::Average;
        QTest::newRow("average order value") << QStringLiteral("Average order value") << QStringLiteral("EUR") << KpiAggregation::Average;
        QTest::newRow("bounce") << QStringLiteral("Bounce rate") << QString() << KpiAggregation::Average;
        QTest::newRow("followers in people") << QStringLiteral("Instagram followers") << QStringLiteral("people") << KpiAggregation::Last;
        QTest::newRow("revenue") << QStringLiteral("Revenue") << QStringLiteral("EUR") << KpiAggregation::Sum;
        QTest::newRow("organic traffic") << QStringLiteral("Organic traffic") << QStringLiteral("visits") << KpiAggregation::Sum;
        QTest::newRow("signups, not a cpc") << QStringLiteral("Newsletter sign-ups") << QStringLiteral("sign-ups") << KpiAggregation::Sum;
        QTest::newRow("unit wins") << QStringLiteral("Cost per lead") << QStringLiteral("followers") << KpiAggregation::Last;
    }
    void defaultFromTheNameAndUnit()
    {
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(KpiAggregation, expected);
        QCOMPARE(defaultAggregation(name, unit), expected);
    }

    void keysAreStable()
    {
        QCOMPARE(toKey(KpiAggregation::Sum), QStringLiteral("sum"));
        QCOMPARE(toKey(KpiAggregation::Average), QStringLiteral("average"));
        QCOMPARE(toKey(KpiAggregation::Last), QStringLiteral("last"));
        QCOMPARE(kpiAggregationFromKey(u"average"), std::optional(KpiAggregation::Average));
        QCOMPARE(kpiAggregationFromKey(u"Last"), std::optional(KpiAggregation::Last));
        QCOMPARE(kpiAggregationFromKey(u"median"), std::nullopt);
        QCOMPARE(displayName(KpiAggregation::Last), QStringLiteral("Last value in the month"));
    }
};

QTEST_GUILESS_MAIN(TestKpiAggregation)
#include "tst_kpiaggregation.moc"
