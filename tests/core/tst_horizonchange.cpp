// What falls outside when the start month, the horizon or the currency changes,
// and what Move, Keep and Drop do with it (horizonchange.h). Every expected
// date and amount below was worked out by hand from the plan built in
// makePlan().
#include "horizonchange.h"

#include <QTest>

using namespace cplan;
using What = HorizonAffected::What;

namespace {

Date d(int y, int m, int day) { return Date(y, m, day); }

Money eur(std::int64_t cents) { return Money::fromMinorUnits(cents); }

RolloutPhase phase(const QString &name, Date start, Date end, Money budget) {
  RolloutPhase p;
  p.id = newRecordId();
  p.name = name;
  p.start = start;
  p.end = end;
  p.budget = budget;
  return p;
}

ContentItem content(const QString &title, Date date, const QString &rule = {}) {
  ContentItem item;
  item.id = newRecordId();
  item.title = title;
  item.date = date;
  item.recurrence = rule;
  return item;
}

FixedCost cost(const QString &name, YearMonth start,
               std::optional<YearMonth> end) {
  FixedCost c;
  c.id = newRecordId();
  c.name = name;
  c.monthlyAmount = eur(100000);
  c.startMonth = start;
  c.endMonth = end;
  return c;
}

// Jan–Dec 2027 in EUR.
Plan makePlan() {
  Plan plan;
  plan.settings.name = QStringLiteral("Launch");
  plan.settings.startMonth = YearMonth{2027, 1};
  plan.settings.months = 12;
  // 42 days: 22 in January, 20 in February.
  plan.phases.push_back(phase(QStringLiteral("Search test"), d(2027, 1, 10),
                              d(2027, 2, 20), eur(420000)));
  // 28 days: 14 in February, 14 in March.
  plan.phases.push_back(phase(QStringLiteral("Social test"), d(2027, 2, 15),
                              d(2027, 3, 14), eur(280000)));
  plan.phases.push_back(phase(QStringLiteral("Search roll-out"), d(2027, 3, 1),
                              d(2027, 6, 30), eur(1200000)));
  Kpi visits;
  visits.id = newRecordId();
  visits.name = QStringLiteral("Visits");
  visits.unit = QStringLiteral("visits");
  visits.monthlyTargets = {{YearMonth{2027, 1}, 1000},
                           {YearMonth{2027, 2}, 1200},
                           {YearMonth{2027, 3}, 1500}};
  visits.actuals = {{d(2027, 1, 31), 900}, {d(2027, 3, 31), 1600}};
  plan.kpis.push_back(visits);
  Kpi costPerLead;
  costPerLead.id = newRecordId();
  costPerLead.name = QStringLiteral("Cost per lead");
  costPerLead.unit = QStringLiteral("EUR");
  costPerLead.monthlyTargets = {{YearMonth{2027, 6}, 40}};
  plan.kpis.push_back(costPerLead);
  plan.content.push_back(content(QStringLiteral("Launch post"), d(2027, 1, 5)));
  plan.content.push_back(content(QStringLiteral("Weekly tip"), d(2027, 1, 5),
                                 QStringLiteral("FREQ=WEEKLY;BYDAY=TU")));
  // 5, 12, 19 and 26 January: wholly before March.
  plan.content.push_back(content(QStringLiteral("Old series"), d(2027, 1, 5),
                                 QStringLiteral("FREQ=WEEKLY;COUNT=4")));
  plan.fixedCosts.push_back(cost(QStringLiteral("Agency retainer"),
                                 YearMonth{2027, 1}, YearMonth{2027, 2}));
  plan.fixedCosts.push_back(
      cost(QStringLiteral("Rent"), YearMonth{2027, 1}, std::nullopt));
  return plan;
}

PlanSettings with(const Plan &plan, YearMonth start, int months) {
  PlanSettings s = plan.settings;
  s.startMonth = start;
  s.months = months;
  return s;
}

const HorizonAffected *find(const HorizonChange &change, What what,
                            const QString &name) {
  for (const HorizonAffected &a : change.affected) {
    if (a.what == what && a.name == name)
      return &a;
  }
  return nullptr;
}

} // namespace

class TestHorizonChange : public QObject {
  Q_OBJECT
private slots:
  void shiftDateKeepsTheDayOrTheMonthsLast() {
    QCOMPARE(addMonthsKeepingDay(d(2027, 1, 10), 2), d(2027, 3, 10));
    QCOMPARE(addMonthsKeepingDay(d(2027, 1, 31), 1), d(2027, 2, 28));
    QCOMPARE(addMonthsKeepingDay(d(2028, 1, 31), 1), d(2028, 2, 29));
    QCOMPARE(addMonthsKeepingDay(d(2027, 3, 31), -1), d(2027, 2, 28));
    QCOMPARE(addMonthsKeepingDay(d(2027, 12, 15), 2), d(2028, 2, 15));
    QCOMPARE(addMonthsKeepingDay(d(2027, 2, 28), 1),
             d(2027, 3, 28)); // not the month's end
  }

  void startTwoMonthsLaterListsWhatFallsBeforeIt() {
    const Plan plan = makePlan();
    const HorizonChange change =
        describeHorizonChange(plan, with(plan, YearMonth{2027, 3}, 12));
    QCOMPARE(change.shiftMonths, 2);
    QCOMPARE(change.records(What::Phase), 2);
    const HorizonAffected *search =
        find(change, What::Phase, QStringLiteral("Search test"));
    QVERIFY(search);
    QVERIFY(!search->partly);
    QCOMPARE(search->spendOutside, eur(420000));
    const HorizonAffected *social =
        find(change, What::Phase, QStringLiteral("Social test"));
    QVERIFY(social);
    QVERIFY(social->partly);
    QCOMPARE(social->spendOutside, eur(140000)); // 14 of 28 days of 2,800.00
    QCOMPARE(change.spendOutside(), eur(560000));
    QVERIFY(!find(change, What::Phase, QStringLiteral("Search roll-out")));
    QCOMPARE(change.total(What::KpiTargets), 2); // January and February
    QCOMPARE(change.total(What::KpiActuals), 1); // 31 January
    QCOMPARE(change.records(What::KpiTargets), 1);
    QCOMPARE(change.records(What::Content), 2);
    QVERIFY(find(change, What::Content, QStringLiteral("Launch post")));
    QVERIFY(find(change, What::Content, QStringLiteral("Old series")));
    QVERIFY(!find(change, What::Content,
                  QStringLiteral("Weekly tip"))); // repeats into March
    QCOMPARE(change.records(What::FixedCost), 1);
    QVERIFY(find(change, What::FixedCost, QStringLiteral("Agency retainer")));
    QCOMPARE(change.records(What::CurrencyUnit), 0);
    QCOMPARE(change.roundedAmounts, 0);
  }

  void moveShiftsEveryDateWithTheStart() {
    const Plan plan = makePlan();
    const PlanSettings after = with(plan, YearMonth{2027, 3}, 12);
    const Plan moved = applyHorizonChange(plan, after, HorizonChoice::Move);
    QCOMPARE(moved.settings, after);
    QCOMPARE(moved.phases.size(), std::size_t(3));
    QCOMPARE(moved.phases[0].start, d(2027, 3, 10));
    QCOMPARE(moved.phases[0].end, d(2027, 4, 20));
    QCOMPARE(moved.phases[0].budget, eur(420000)); // all of it now counts
    QCOMPARE(moved.phases[1].start, d(2027, 4, 15));
    QCOMPARE(moved.phases[1].end, d(2027, 5, 14));
    QCOMPARE(moved.phases[2].start,
             d(2027, 5, 1)); // inside already, moves with the plan
    QCOMPARE(moved.phases[2].end, d(2027, 8, 30));
    const std::map<YearMonth, double> targets{{YearMonth{2027, 3}, 1000},
                                              {YearMonth{2027, 4}, 1200},
                                              {YearMonth{2027, 5}, 1500}};
    QCOMPARE(moved.kpis[0].monthlyTargets, targets);
    const std::vector<KpiActual> actuals{{d(2027, 3, 31), 900},
                                         {d(2027, 5, 31), 1600}};
    QCOMPARE(moved.kpis[0].actuals, actuals);
    QCOMPARE(moved.content[0].date, d(2027, 3, 5));
    QCOMPARE(moved.content[2].date, d(2027, 3, 5));
    QCOMPARE(moved.content[2].recurrence,
             QStringLiteral("FREQ=WEEKLY;COUNT=4"));
    QCOMPARE(moved.fixedCosts[0].startMonth, (YearMonth{2027, 3}));
    QCOMPARE(*moved.fixedCosts[0].endMonth, (YearMonth{2027, 4}));
    QCOMPARE(moved.fixedCosts[1].startMonth, (YearMonth{2027, 3}));
    QVERIFY(!moved.fixedCosts[1].endMonth);
    // Nothing is outside any more.
    QVERIFY(describeHorizonChange(moved, after).isEmpty());
  }

  void keepChangesOnlyTheSetting() {
    const Plan plan = makePlan();
    const PlanSettings after = with(plan, YearMonth{2027, 3}, 12);
    Plan expected = plan;
    expected.settings = after;
    QCOMPARE(applyHorizonChange(plan, after, HorizonChoice::Keep), expected);
  }

  void dropRemovesWhatIsOutsideAndCutsWhatOverhangs() {
    const Plan plan = makePlan();
    const Plan dropped = applyHorizonChange(
        plan, with(plan, YearMonth{2027, 3}, 12), HorizonChoice::Drop);
    QCOMPARE(dropped.phases.size(), std::size_t(2)); // the search test is gone
    QCOMPARE(dropped.phases[0].name, QStringLiteral("Social test"));
    QCOMPARE(dropped.phases[0].start, d(2027, 3, 1));
    QCOMPARE(dropped.phases[0].end, d(2027, 3, 14));
    QCOMPARE(dropped.phases[0].budget,
             eur(140000)); // the 14 March days of 2,800.00
    QCOMPARE(dropped.phases[1], plan.phases[2]);
    const std::map<YearMonth, double> targets{{YearMonth{2027, 3}, 1500}};
    QCOMPARE(dropped.kpis[0].monthlyTargets, targets);
    const std::vector<KpiActual> actuals{{d(2027, 3, 31), 1600}};
    QCOMPARE(dropped.kpis[0].actuals, actuals);
    QCOMPARE(dropped.content.size(), std::size_t(1));
    QCOMPARE(dropped.content[0].title, QStringLiteral("Weekly tip"));
    QCOMPARE(dropped.fixedCosts.size(), std::size_t(1));
    QCOMPARE(dropped.fixedCosts[0].name, QStringLiteral("Rent"));
  }

  void startEarlierMovesTheEndBackToo() {
    Plan plan = makePlan();
    plan.phases = {phase(QStringLiteral("Year-end push"), d(2027, 11, 1),
                         d(2027, 12, 31), eur(610000))};
    // Nov 2026 – Oct 2027: November and December 2027 fall after the end.
    const PlanSettings after = with(plan, YearMonth{2026, 11}, 12);
    const HorizonChange change = describeHorizonChange(plan, after);
    QCOMPARE(change.shiftMonths, -2);
    QCOMPARE(change.records(What::Phase), 1);
    QCOMPARE(change.spendOutside(), eur(610000));
    const Plan moved = applyHorizonChange(plan, after, HorizonChoice::Move);
    QCOMPARE(moved.phases[0].start, d(2027, 9, 1));
    QCOMPARE(moved.phases[0].end, d(2027, 10, 31));
  }

  void shorterHorizonBringsRecordsInsideByWholeMonths() {
    Plan plan = makePlan();
    plan.phases = {
        // Wholly after June.
        phase(QStringLiteral("Autumn push"), d(2027, 9, 1), d(2027, 10, 15),
              eur(450000)),
        // 30 days: 16 in June, 14 in July.
        phase(QStringLiteral("Summer"), d(2027, 6, 15), d(2027, 7, 14),
              eur(300000)),
    };
    plan.content = {
        content(QStringLiteral("Black Friday mail"), d(2027, 11, 20))};
    plan.kpis[0].monthlyTargets = {{YearMonth{2027, 5}, 10},
                                   {YearMonth{2027, 12}, 50}};
    plan.kpis[0].actuals.clear();
    plan.fixedCosts = {cost(QStringLiteral("Trade fair stand"),
                            YearMonth{2027, 9}, YearMonth{2027, 9})};
    const PlanSettings after =
        with(plan, YearMonth{2027, 1}, 6); // Jan – Jun 2027

    const HorizonChange change = describeHorizonChange(plan, after);
    QCOMPARE(change.shiftMonths, 0);
    QCOMPARE(find(change, What::Phase, QStringLiteral("Summer"))->spendOutside,
             eur(140000));
    QCOMPARE(change.spendOutside(), eur(590000));
    QCOMPARE(change.total(What::KpiTargets), 1);

    const Plan moved = applyHorizonChange(plan, after, HorizonChoice::Move);
    QCOMPARE(moved.phases[0].start,
             d(2027, 5, 1)); // October becomes June: 4 months back
    QCOMPARE(moved.phases[0].end, d(2027, 6, 15));
    QCOMPARE(moved.phases[1].start, d(2027, 5, 15)); // July becomes June
    QCOMPARE(moved.phases[1].end, d(2027, 6, 14));
    QCOMPARE(moved.content[0].date, d(2027, 6, 20));
    QCOMPARE(moved.fixedCosts[0].startMonth, (YearMonth{2027, 6}));
    QCOMPARE(*moved.fixedCosts[0].endMonth, (YearMonth{2027, 6}));
    // A month's target cannot take another month's place: it stays outside.
    QCOMPARE(moved.kpis[0].monthlyTargets, plan.kpis[0].monthlyTargets);

    const Plan dropped = applyHorizonChange(plan, after, HorizonChoice::Drop);
    QCOMPARE(dropped.phases.size(), std::size_t(1));
    QCOMPARE(dropped.phases[0].start, d(2027, 6, 15));
    QCOMPARE(dropped.phases[0].end, d(2027, 6, 30));
    QCOMPARE(dropped.phases[0].budget, eur(160000));
    QVERIFY(dropped.content.empty());
    QVERIFY(dropped.fixedCosts.empty());
    const std::map<YearMonth, double> targets{{YearMonth{2027, 5}, 10}};
    QCOMPARE(dropped.kpis[0].monthlyTargets, targets);
  }

  void aLongerHorizonAffectsNothing() {
    Plan plan = makePlan();
    QVERIFY(describeHorizonChange(plan, with(plan, YearMonth{2027, 1}, 24))
                .isEmpty());
    // A phase kept outside earlier comes back inside: nothing to ask.
    plan.phases.push_back(phase(QStringLiteral("Next year"), d(2028, 2, 1),
                                d(2028, 2, 28), eur(100)));
    QCOMPARE(describeHorizonChange(plan, with(plan, YearMonth{2027, 1}, 13))
                 .records(What::Phase),
             1);
    QVERIFY(describeHorizonChange(plan, with(plan, YearMonth{2027, 1}, 14))
                .isEmpty());
  }

  void currencyKpisTakeTheNewCodeOnMove() {
    const Plan plan = makePlan();
    PlanSettings after = plan.settings;
    after.currency = QStringLiteral("USD");
    const HorizonChange change = describeHorizonChange(plan, after);
    QCOMPARE(change.affected.size(), std::size_t(1)); // dates did not change
    QCOMPARE(change.affected[0].what, What::CurrencyUnit);
    QCOMPARE(change.affected[0].name, QStringLiteral("Cost per lead"));
    QCOMPARE(applyHorizonChange(plan, after, HorizonChoice::Move).kpis[1].unit,
             QStringLiteral("USD"));
    QCOMPARE(applyHorizonChange(plan, after, HorizonChoice::Keep).kpis[1].unit,
             QStringLiteral("EUR"));
    QCOMPARE(applyHorizonChange(plan, after, HorizonChoice::Move).kpis[0].unit,
             QStringLiteral("visits"));
    // Same minor digits: amounts are untouched.
    QCOMPARE(
        applyHorizonChange(plan, after, HorizonChoice::Move).phases[0].budget,
        eur(420000));
  }

  void aCurrencyChangeLeavesRecordsOutsideAlone() {
    Plan plan = makePlan();
    plan.settings.startMonth =
        YearMonth{2027, 3}; // the search test was kept outside before
    PlanSettings after = plan.settings;
    after.currency = QStringLiteral("GBP");
    const Plan dropped = applyHorizonChange(plan, after, HorizonChoice::Drop);
    QCOMPARE(dropped.phases, plan.phases);
    QCOMPARE(dropped.content, plan.content);
    QCOMPARE(dropped.kpis[1].unit, QStringLiteral("EUR"));
  }

  void amountsKeepTheirFiguresInACurrencyWithOtherDigits() {
    Plan plan = makePlan();
    plan.phases[0].budget = eur(123450);    // 1,234.50 EUR
    plan.phases[0].actualSpend = eur(-249); // -2.49 EUR
    PlanSettings yen = plan.settings;
    yen.currency = QStringLiteral("JPY");
    QCOMPARE(describeHorizonChange(plan, yen).roundedAmounts, 2);
    const Plan inYen = applyHorizonChange(plan, yen, HorizonChoice::Keep);
    QCOMPARE(inYen.phases[0].budget.minorUnits(),
             1235); // 1,235 JPY: half away from zero
    QCOMPARE(inYen.phases[0].actualSpend->minorUnits(), -2);
    QCOMPARE(inYen.phases[2].budget.minorUnits(), 12000);
    QCOMPARE(inYen.fixedCosts[0].monthlyAmount.minorUnits(), 1000);
    PlanSettings dinar = yen;
    dinar.currency = QStringLiteral("KWD"); // three digits
    const Plan inDinar = applyHorizonChange(inYen, dinar, HorizonChoice::Keep);
    QCOMPARE(inDinar.phases[0].budget.minorUnits(), 1235000);
    QCOMPARE(describeHorizonChange(inYen, dinar).roundedAmounts, 0);
  }
};

QTEST_GUILESS_MAIN(TestHorizonChange)
#include "tst_horizonchange.moc"
