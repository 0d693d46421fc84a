// KPI presets and the on-track / behind rule (kpistatus.h), with numbers worked by hand.
#include "kpipresets.h"
#include "kpistatus.h"
#include "summary.h"
#include "testplans.h"

#include <QJsonArray>

#include <algorithm>

#include <QTest>

using namespace cplan;

namespace {

Kpi kpi(BetterWhen betterWhen, std::map<YearMonth, double> targets, std::vector<KpiActual> actuals,
        KpiAggregation aggregation = KpiAggregation::Sum)
{
    Kpi k;
    k.aggregation = aggregation;
    k.id = newRecordId();
    k.name = QStringLiteral("KPI");
    k.unit = QStringLiteral("visits");
    k.betterWhen = betterWhen;
    k.monthlyTargets = std::move(targets);
    k.actuals = std::move(actuals);
    return k;
}

// A horizon wide enough for every month these tests use: January 2026 for three years.
KpiStatus statusOf(const Kpi &k)
{
    PlanSettings settings;
    settings.startMonth = {2026, 1};
    settings.months = 36;
    return kpiStatus(k, settings);
}

} // namespace

class TestKpis : public QObject
{
    Q_OBJECT
private slots:
    void presetsCoverTheCommonKpis()
    {
        const QStringList expected = {QStringLiteral("organic-traffic"), QStringLiteral("time-on-page"),
                                      QStringLiteral("blog-traffic"), QStringLiteral("subscribers"),
                                      QStringLiteral("followers"), QStringLiteral("email-list-size"),
                                      QStringLiteral("impressions"), QStringLiteral("clicks"),
                                      QStringLiteral("shares"), QStringLiteral("leads"),
                                      QStringLiteral("email-open-rate"), QStringLiteral("click-through-rate"),
                                      QStringLiteral("lead-conversion-rate"), QStringLiteral("cost-per-click"),
                                      QStringLiteral("cost-per-lead"), QStringLiteral("ad-spend"),
                                      QStringLiteral("revenue")};
        QStringList keys;
        for (const KpiPreset &preset : kpiPresets()) {
            keys.append(preset.key);
            QVERIFY(!preset.name.isEmpty());
            QVERIFY(preset.money || !preset.unit.isEmpty());
        }
        QCOMPARE(keys, expected);
        QCOMPARE(findKpiPreset(QStringLiteral("cost-per-lead"))->betterWhen, BetterWhen::Lower);
        QCOMPARE(findKpiPreset(QStringLiteral("email-open-rate"))->unit, QStringLiteral("%"));
        QVERIFY(!findKpiPreset(QStringLiteral("no-such-kpi")));
    }

    void eachPresetMakesItsMonthlyActualItsOwnWay()
    {
        // Counts and money spent or earned add up; rates, time and costs per lead or click are
        // averaged; followers, subscribers and a list size are levels: the month's last value.
        const QStringList summed = {QStringLiteral("organic-traffic"), QStringLiteral("blog-traffic"),
                                    QStringLiteral("impressions"), QStringLiteral("clicks"), QStringLiteral("shares"),
                                    QStringLiteral("leads"), QStringLiteral("ad-spend"), QStringLiteral("revenue")};
        const QStringList averaged = {QStringLiteral("time-on-page"), QStringLiteral("email-open-rate"),
                                      QStringLiteral("click-through-rate"), QStringLiteral("lead-conversion-rate"),
                                      QStringLiteral("cost-per-click"), QStringLiteral("cost-per-lead")};
        const QStringList levels = {QStringLiteral("subscribers"), QStringLiteral("followers"),
                                    QStringLiteral("email-list-size")};
        QCOMPARE(summed.size() + averaged.size() + levels.size(), qsizetype(kpiPresets().size()));
        PlanSettings settings;
        for (const KpiPreset &preset : kpiPresets()) {
            const KpiAggregation expected = summed.contains(preset.key) ? KpiAggregation::Sum
                                            : averaged.contains(preset.key) ? KpiAggregation::Average
                                                                            : KpiAggregation::Last;
            QVERIFY2(summed.contains(preset.key) || averaged.contains(preset.key) || levels.contains(preset.key),
                     qPrintable(preset.key));
            QCOMPARE(preset.aggregation, expected);
            QCOMPARE(kpiFromPreset(preset, settings, {}).aggregation, expected); // the KPI carries it
        }
    }

    void moneyPresetsTakeThePlansCurrency()
    {
        PlanSettings settings;
        settings.currency = QStringLiteral("CHF");
        const RecordId channel = newRecordId();
        const Kpi k = kpiFromPreset(*findKpiPreset(QStringLiteral("cost-per-lead")), settings, channel);
        QCOMPARE(k.unit, QStringLiteral("CHF"));
        QCOMPARE(k.name, QStringLiteral("Cost per lead"));
        QCOMPARE(k.channelId, channel);
        QVERIFY(!k.id.isNull());
        QVERIFY(k.monthlyTargets.empty() && k.actuals.empty());
    }

    void higherIsBetterAboveTarget()
    {
        // March: 2710 against 2600 -> on track, 110 / 2600 = 4.23 % better.
        const Kpi k = kpi(BetterWhen::Higher, {{{2027, 3}, 2600.0}}, {{Date(2027, 3, 31), 2710.0}});
        const KpiStatus s = statusOf(k);
        QCOMPARE(s.track, KpiTrack::OnTrack);
        QCOMPARE(*s.month, (YearMonth{2027, 3}));
        QCOMPARE(*s.actual, 2710.0);
        QCOMPARE(*s.target, 2600.0);
        QVERIFY(qFuzzyCompare(*s.lead, 110.0 / 2600.0));
        QVERIFY2(s.reason.contains(QStringLiteral("4.2 % better")), qPrintable(s.reason));
    }

    void exactlyOnTargetIsOnTrack()
    {
        QCOMPARE(statusOf(kpi(BetterWhen::Higher, {{{2027, 3}, 50.0}}, {{Date(2027, 3, 31), 50.0}})).track, KpiTrack::OnTrack);
        QCOMPARE(statusOf(kpi(BetterWhen::Lower, {{{2027, 3}, 50.0}}, {{Date(2027, 3, 31), 50.0}})).track, KpiTrack::OnTrack);
    }

    void higherIsBetterBelowTargetIsBehind()
    {
        // 1650 against 1800: 150 / 1800 = 8.33 % worse.
        const KpiStatus s = statusOf(kpi(BetterWhen::Higher, {{{2027, 1}, 1800.0}}, {{Date(2027, 1, 31), 1650.0}}));
        QCOMPARE(s.track, KpiTrack::Behind);
        QVERIFY(qFuzzyCompare(*s.lead, -150.0 / 1800.0));
        QVERIFY2(s.reason.contains(QStringLiteral("8.3 % worse")), qPrintable(s.reason));
    }

    void lowerIsBetter()
    {
        // Cost per lead: 11.90 against 12.75 is on track; 13.10 against 12.75 is behind.
        QCOMPARE(statusOf(kpi(BetterWhen::Lower, {{{2026, 4}, 12.75}}, {{Date(2026, 4, 30), 11.9}})).track, KpiTrack::OnTrack);
        const KpiStatus behind = statusOf(kpi(BetterWhen::Lower, {{{2026, 4}, 12.75}}, {{Date(2026, 4, 30), 13.1}}));
        QCOMPARE(behind.track, KpiTrack::Behind);
        QVERIFY(*behind.lead < 0);
    }

    void theLatestMonthDecides()
    {
        // Behind in January, on track in February: on track.
        const Kpi k = kpi(BetterWhen::Higher, {{{2027, 1}, 100.0}, {{2027, 2}, 100.0}},
                          {{Date(2027, 1, 31), 90.0}, {Date(2027, 2, 28), 105.0}});
        QCOMPARE(statusOf(k).track, KpiTrack::OnTrack);
        QCOMPARE(*statusOf(k).month, (YearMonth{2027, 2}));
    }

    void theLastValueOfTheMonthCounts()
    {
        // Last value: 120 on 10 March, 80 on 31 March: the month's actual is 80, behind a
        // target of 100.
        const Kpi k = kpi(BetterWhen::Higher, {{{2027, 3}, 100.0}}, {{Date(2027, 3, 10), 120.0}, {Date(2027, 3, 31), 80.0}},
                          KpiAggregation::Last);
        QCOMPARE(*monthActual(k, {2027, 3}), 80.0);
        QCOMPARE(statusOf(k).track, KpiTrack::Behind);
        QVERIFY(!monthActual(k, {2027, 4}));
    }

    void aSummedKpiAddsTheMonthsActuals()
    {
        // Visits on 3, 15 and 31 March: 120 + 95.5 + 84.5 = 300, at least the target of 280:
        // on track, 20 / 280 = 7.1 % better. April's single 40 stays April's.
        const Kpi k = kpi(BetterWhen::Higher, {{{2027, 3}, 280.0}},
                          {{Date(2027, 3, 3), 120.0}, {Date(2027, 3, 15), 95.5}, {Date(2027, 3, 31), 84.5},
                           {Date(2027, 4, 1), 40.0}});
        QCOMPARE(*monthActual(k, {2027, 3}), 300.0);
        QCOMPARE(*monthActual(k, {2027, 4}), 40.0);
        const Kpi march = kpi(BetterWhen::Higher, k.monthlyTargets,
                              {k.actuals.begin(), k.actuals.end() - 1}); // without April
        const KpiStatus s = statusOf(march);
        QCOMPARE(s.track, KpiTrack::OnTrack);
        QCOMPARE(*s.actual, 300.0);
        QVERIFY2(s.reason.contains(QStringLiteral("7.1 % better")), qPrintable(s.reason));
    }

    void anAveragedKpiTakesThePlainMean()
    {
        // Click-through rate on 2, 10, 20 and 31 March: (2.5 + 3.1 + 2.9 + 3.5) / 4 = 12 / 4 = 3.0,
        // under the target of 3.2 (higher is better): behind, 0.2 / 3.2 = 6.25 % worse.
        const Kpi k = kpi(BetterWhen::Higher, {{{2027, 3}, 3.2}},
                          {{Date(2027, 3, 2), 2.5}, {Date(2027, 3, 10), 3.1}, {Date(2027, 3, 20), 2.9},
                           {Date(2027, 3, 31), 3.5}},
                          KpiAggregation::Average);
        QVERIFY(qFuzzyCompare(*monthActual(k, {2027, 3}), 3.0));
        const KpiStatus s = statusOf(k);
        QCOMPARE(s.track, KpiTrack::Behind);
        QVERIFY(qFuzzyCompare(*s.lead, -0.2 / 3.2));
    }

    void aLevelTakesTheLatestDateAndTheLaterEnteredOnATie()
    {
        // Followers: 1200 on 5 March, 1300 on 12 March, then two figures both on 28 March,
        // 1250 entered before 1260. The latest date is 28 March; of its two the later entered,
        // 1260, is March's actual: at least the target of 1255, on track.
        const Kpi k = kpi(BetterWhen::Higher, {{{2027, 3}, 1255.0}},
                          {{Date(2027, 3, 5), 1200.0}, {Date(2027, 3, 12), 1300.0}, {Date(2027, 3, 28), 1250.0},
                           {Date(2027, 3, 28), 1260.0}},
                          KpiAggregation::Last);
        QCOMPARE(*monthActual(k, {2027, 3}), 1260.0);
        QCOMPARE(statusOf(k).track, KpiTrack::OnTrack);
        // The date decides, not where a figure stands: 1300 on 12 March entered last still
        // gives way to 28 March's 1260.
        Kpi late = k;
        std::rotate(late.actuals.begin() + 1, late.actuals.begin() + 2, late.actuals.end());
        QCOMPARE(late.actuals.back().value, 1300.0);
        QCOMPARE(*monthActual(late, {2027, 3}), 1260.0);
    }

    void theMonthsTableFollowsTheAggregation()
    {
        // The same two March figures, 10 and 30, under each aggregation: sum 40, mean 20,
        // last 30; February's single 7 is 7 under all three.
        PlanSettings settings;
        settings.startMonth = {2027, 2};
        settings.months = 2;
        const std::vector<KpiActual> actuals = {{Date(2027, 2, 14), 7.0}, {Date(2027, 3, 1), 10.0}, {Date(2027, 3, 9), 30.0}};
        const std::pair<KpiAggregation, double> cases[] = {
            {KpiAggregation::Sum, 40.0}, {KpiAggregation::Average, 20.0}, {KpiAggregation::Last, 30.0}};
        for (const auto &[aggregation, march] : cases) {
            const std::vector<KpiMonth> months = kpiMonths(settings, kpi(BetterWhen::Higher, {{{2027, 3}, 25.0}}, actuals, aggregation));
            QCOMPARE(months.size(), std::size_t(2));
            QCOMPARE(*months[0].actual, 7.0);
            QCOMPARE(*months[1].actual, march);
            QCOMPARE(*months[1].onTrack, march >= 25.0); // sum and last meet 25, the mean does not
        }
    }

    void noTargetForTheLatestMonth()
    {
        const KpiStatus s = statusOf(kpi(BetterWhen::Higher, {{{2027, 1}, 100.0}}, {{Date(2027, 2, 28), 120.0}}));
        QCOMPARE(s.track, KpiTrack::NoTarget);
        QVERIFY(!s.target);
        QCOMPARE(*s.actual, 120.0);
    }

    void actualsOutsideTheHorizonDoNotDecide()
    {
        // Horizon April 2027 – March 2028 (12 months). Kept figures: 90 in March 2027 (before the
        // start, against 100: behind) and 130 in May 2028 (after the end). Inside: 110 in June
        // 2027 against a target of 100 -> on track, judged on June.
        Kpi k = kpi(BetterWhen::Higher, {{{2027, 3}, 100.0}, {{2027, 6}, 100.0}},
                    {{Date(2027, 3, 31), 90.0}, {Date(2027, 6, 30), 110.0}, {Date(2028, 5, 31), 130.0}});
        PlanSettings settings;
        settings.startMonth = {2027, 4};
        settings.months = 12;
        const KpiStatus s = kpiStatus(k, settings);
        QCOMPARE(s.track, KpiTrack::OnTrack);
        QCOMPARE(*s.month, (YearMonth{2027, 6}));
        QCOMPARE(*s.actual, 110.0);
        // Only figures outside: no actuals in the plan's months, and the message says which.
        k.actuals = {{Date(2027, 3, 31), 90.0}};
        const KpiStatus outside = kpiStatus(k, settings);
        QCOMPARE(outside.track, KpiTrack::NoActuals);
        QVERIFY(!outside.month);
        QCOMPARE(outside.reason, QStringLiteral("No actuals in the plan's months (Apr 2027 – Mar 2028)."));
    }

    void noActuals()
    {
        const KpiStatus s = statusOf(kpi(BetterWhen::Higher, {{{2027, 1}, 100.0}}, {}));
        QCOMPARE(s.track, KpiTrack::NoActuals);
        QVERIFY(!s.month);
        QCOMPARE(toKey(s.track), QStringLiteral("no-actuals"));
    }

    void zeroTargetHasNoPercentage()
    {
        const KpiStatus s = statusOf(kpi(BetterWhen::Lower, {{{2027, 1}, 0.0}}, {{Date(2027, 1, 31), 0.0}}));
        QCOMPARE(s.track, KpiTrack::OnTrack);
        QVERIFY(!s.lead);
    }

    void monthsOfTheHorizonAndBeyond()
    {
        PlanSettings settings;
        settings.startMonth = {2027, 1};
        settings.months = 3;
        const Kpi k = kpi(BetterWhen::Higher, {{{2027, 2}, 10.0}, {{2027, 5}, 30.0}},
                          {{Date(2026, 12, 31), 5.0}, {Date(2027, 2, 28), 9.0}});
        const std::vector<KpiMonth> months = kpiMonths(settings, k);
        QCOMPARE(months.size(), std::size_t(5)); // Dec (actual), Jan-Mar (horizon), May (target)
        QCOMPARE(months[0].month, (YearMonth{2026, 12}));
        QCOMPARE(*months[0].actual, 5.0);
        QVERIFY(!months[0].onTrack);
        QCOMPARE(months[2].month, (YearMonth{2027, 2}));
        QCOMPARE(*months[2].onTrack, false);
        QVERIFY(!months[3].target && !months[3].actual);
        QCOMPARE(*months[4].target, 30.0);
    }

    void summaryCarriesTheKpiStatusOfEachChannel()
    {
        // Google Ads' cost per lead: April 11.90 against 12.75, lower is better -> on track.
        const QJsonObject summary = planSummary(testing::fullPlan());
        const QJsonArray channels = summary.value(QStringLiteral("channels")).toArray();
        const QJsonArray adsKpis = channels.at(0).toObject().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(adsKpis.size(), 1);
        const QJsonObject k = adsKpis.at(0).toObject();
        QCOMPARE(k.value(QStringLiteral("name")).toString(), QStringLiteral("Cost per lead"));
        QCOMPARE(k.value(QStringLiteral("status")).toString(), QStringLiteral("on-track"));
        QCOMPARE(k.value(QStringLiteral("month")).toString(), QStringLiteral("2026-04"));
        QCOMPARE(k.value(QStringLiteral("actual")).toDouble(), 11.9);
        QCOMPARE(k.value(QStringLiteral("target")).toDouble(), 12.75);
        QCOMPARE(k.value(QStringLiteral("betterWhen")).toString(), QStringLiteral("lower"));
        QVERIFY(channels.at(0).toObject().value(QStringLiteral("tests")).toArray().size() == 1);
        QCOMPARE(channels.at(1).toObject().value(QStringLiteral("kpis")).toArray().size(), 0);
        // The plan-wide KPI appears in the top-level list, without a channel.
        const QJsonArray all = summary.value(QStringLiteral("kpis")).toArray();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.at(1).toObject().value(QStringLiteral("channel")).isNull());
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("no-actuals"));
    }
};

QTEST_GUILESS_MAIN(TestKpis)
#include "tst_kpis.moc"
