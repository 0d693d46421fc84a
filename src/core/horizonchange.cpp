#include "horizonchange.h"

#include "contentschedule.h"
#include "recurrence.h"

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

struct Horizon {
  YearMonth first;
  YearMonth last;
  Date firstDay;
  Date lastDay;

  explicit Horizon(const PlanSettings &settings)
      : first(settings.startMonth),
        last(settings.startMonth.addMonths(settings.months - 1)),
        firstDay(horizonStart(settings)), lastDay(horizonEnd(settings)) {}
  bool contains(const YearMonth &month) const {
    return !(month < first) && !(last < month);
  }
  bool contains(const Date &date) const {
    return date >= firstDay && date <= lastDay;
  }
};

int days(const Date &from, const Date &to) {
  return int((to - from).days()) + 1;
}

int daysInside(const RolloutPhase &phase, const Horizon &horizon) {
  const Date from = std::max(phase.start, horizon.firstDay);
  const Date to = std::min(phase.end, horizon.lastDay);
  return from > to ? 0 : days(from, to);
}

// The part of `amount` that falls on `part` of `whole` days, to the nearest
// minor unit.
Money share(Money amount, int part, int whole) {
  if (whole <= 0)
    return amount;
  return Money::fromMinorUnits(
      std::llround(double(amount.minorUnits()) * part / whole));
}

bool phaseOutside(const RolloutPhase &phase, const Horizon &horizon) {
  return phase.start < horizon.firstDay || phase.end > horizon.lastDay;
}

bool contentOutside(const ContentItem &item, const Horizon &horizon) {
  if (item.recurrence.isEmpty())
    return !horizon.contains(item.date);
  // A series with at least one date inside is shown there; only a series wholly
  // outside is.
  return itemOccurrences(item, horizon.firstDay, horizon.lastDay).empty();
}

bool fixedCostOutside(const FixedCost &cost, const Horizon &horizon) {
  // A cost that runs on before or after the horizon is normal (rent does); one
  // that has no month inside it counts for nothing.
  return horizon.last < cost.startMonth ||
         (cost.endMonth && *cost.endMonth < horizon.first);
}

bool isCurrencyUnit(const Kpi &kpi, const QString &currency) {
  return kpi.unit.trimmed().compare(currency, Qt::CaseInsensitive) == 0;
}

// --- Money in another currency: the same figures in major units. ---

template <typename F> void forEachAmount(Plan &plan, F f) {
  for (Segment &s : plan.segments)
    f(s.annualSpendPerCustomer);
  for (Channel &c : plan.channels) {
    f(c.costPerClick);
    f(c.costPerMille);
    f(c.averageOrderValue);
    if (c.targetCostPerLead)
      f(*c.targetCostPerLead);
  }
  for (RolloutPhase &p : plan.phases) {
    f(p.budget);
    if (p.actualSpend)
      f(*p.actualSpend);
    if (p.actualRevenue)
      f(*p.actualRevenue);
  }
  for (FixedCost &c : plan.fixedCosts)
    f(c.monthlyAmount);
  for (Campaign &c : plan.campaigns)
    f(c.budget);
}

std::int64_t powerOfTen(int exponent) {
  std::int64_t result = 1;
  for (int i = 0; i < exponent; ++i)
    result *= 10;
  return result;
}

Money rescale(Money amount, int fromDigits, int toDigits) {
  const std::int64_t minor = amount.minorUnits();
  if (toDigits >= fromDigits)
    return Money::fromMinorUnits(minor * powerOfTen(toDigits - fromDigits));
  const std::int64_t divisor = powerOfTen(fromDigits - toDigits);
  const std::int64_t half = divisor / 2;
  // Half away from zero, as people round money.
  return Money::fromMinorUnits(minor >= 0 ? (minor + half) / divisor
                                          : -((-minor + half) / divisor));
}

// --- Moving dated records. ---

void shiftRecurrenceEnd(ContentItem &item, int months) {
  if (item.recurrence.isEmpty())
    return;
  RecurrenceParseResult parsed = parseRecurrenceRule(item.recurrence);
  if (!parsed.rule || !parsed.rule->until)
    return;
  parsed.rule->until = addMonthsKeepingDay(*parsed.rule->until, months);
  item.recurrence = toRRuleString(*parsed.rule);
}

void shiftContent(ContentItem &item, int months) {
  if (months == 0)
    return;
  item.date = addMonthsKeepingDay(item.date, months);
  for (Date &date : item.excludedDates)
    date = addMonthsKeepingDay(date, months);
  std::sort(item.excludedDates.begin(), item.excludedDates.end());
  shiftRecurrenceEnd(item, months);
}

void shiftKpi(Kpi &kpi, int months) {
  std::map<YearMonth, double> targets;
  for (const auto &[month, value] : kpi.monthlyTargets)
    targets[month.addMonths(months)] = value;
  kpi.monthlyTargets = std::move(targets);
  // Two dates can land on one (31 and 30 January a month on): the later value
  // stays, as it would have been the month's last.
  std::vector<KpiActual> actuals;
  for (const KpiActual &actual : kpi.actuals) {
    const Date date = addMonthsKeepingDay(actual.date, months);
    if (!actuals.empty() && actuals.back().date == date)
      actuals.back().value = actual.value;
    else
      actuals.push_back({date, actual.value});
  }
  kpi.actuals = std::move(actuals);
}

void shiftEverything(Plan &plan, int months) {
  for (RolloutPhase &phase : plan.phases) {
    phase.start = addMonthsKeepingDay(phase.start, months);
    phase.end = addMonthsKeepingDay(phase.end, months);
  }
  for (Kpi &kpi : plan.kpis)
    shiftKpi(kpi, months);
  for (ContentItem &item : plan.content)
    shiftContent(item, months);
  for (FixedCost &cost : plan.fixedCosts) {
    cost.startMonth = cost.startMonth.addMonths(months);
    if (cost.endMonth)
      cost.endMonth = cost.endMonth->addMonths(months);
  }
  for (Campaign &campaign : plan.campaigns) {
    campaign.start = addMonthsKeepingDay(campaign.start, months);
    campaign.end = addMonthsKeepingDay(campaign.end, months);
  }
}

// Whole months that bring `month` into the horizon (0 when it is inside).
int monthsInto(const YearMonth &month, const Horizon &horizon) {
  if (month < horizon.first)
    return month.monthsUntil(horizon.first);
  if (horizon.last < month)
    return month.monthsUntil(horizon.last);
  return 0;
}

void bringInside(Plan &plan, const Horizon &horizon) {
  for (RolloutPhase &phase : plan.phases) {
    if (!phaseOutside(phase, horizon))
      continue;
    // Before the start: its first month becomes the first; after the end: its
    // last month the last. Then what still overhangs (a phase longer than the
    // horizon) is cut.
    const int months = phase.start < horizon.firstDay
                           ? monthsInto(YearMonth::of(phase.start), horizon)
                           : monthsInto(YearMonth::of(phase.end), horizon);
    phase.start = std::max(addMonthsKeepingDay(phase.start, months), horizon.firstDay);
    phase.end = std::min(addMonthsKeepingDay(phase.end, months), horizon.lastDay);
  }
  for (ContentItem &item : plan.content) {
    if (contentOutside(item, horizon))
      shiftContent(item, monthsInto(YearMonth::of(item.date), horizon));
  }
  for (FixedCost &cost : plan.fixedCosts) {
    if (!fixedCostOutside(cost, horizon))
      continue;
    const int months = horizon.last < cost.startMonth
                           ? monthsInto(cost.startMonth, horizon)
                           : monthsInto(*cost.endMonth, horizon);
    cost.startMonth =
        std::max(cost.startMonth.addMonths(months), horizon.first);
    if (cost.endMonth)
      cost.endMonth = std::min(cost.endMonth->addMonths(months), horizon.last);
  }
}

void dropOutside(Plan &plan, const Horizon &horizon) {
  std::vector<RolloutPhase> phases;
  for (RolloutPhase phase : plan.phases) {
    if (phaseOutside(phase, horizon)) {
      const int inside = daysInside(phase, horizon);
      if (inside == 0)
        continue;
      // What is dropped is the budget of the days outside, exactly what the
      // forecast already left out; actuals stay, they are what happened.
      const int whole = days(phase.start, phase.end);
      phase.budget = phase.budget - share(phase.budget, whole - inside, whole);
      phase.start = std::max(phase.start, horizon.firstDay);
      phase.end = std::min(phase.end, horizon.lastDay);
    }
    phases.push_back(std::move(phase));
  }
  plan.phases = std::move(phases);
  for (Kpi &kpi : plan.kpis) {
    std::erase_if(kpi.monthlyTargets, [&](const auto &entry) {
      return !horizon.contains(entry.first);
    });
    std::erase_if(kpi.actuals, [&](const KpiActual &actual) {
      return !horizon.contains(actual.date);
    });
  }
  std::erase_if(plan.content, [&](const ContentItem &item) {
    return contentOutside(item, horizon);
  });
  std::erase_if(plan.fixedCosts, [&](const FixedCost &cost) {
    return fixedCostOutside(cost, horizon);
  });
}

} // namespace

int HorizonChange::records(HorizonAffected::What what) const {
  return int(
      std::count_if(affected.begin(), affected.end(),
                    [&](const HorizonAffected &a) { return a.what == what; }));
}

int HorizonChange::total(HorizonAffected::What what) const {
  int sum = 0;
  for (const HorizonAffected &a : affected)
    sum += a.what == what ? a.count : 0;
  return sum;
}

Money HorizonChange::spendOutside() const {
  Money sum;
  for (const HorizonAffected &a : affected)
    sum = sum + a.spendOutside;
  return sum;
}

HorizonChange describeHorizonChange(const Plan &plan,
                                    const PlanSettings &after) {
  HorizonChange change;
  change.before = plan.settings;
  change.after = after;
  change.shiftMonths = plan.settings.startMonth.monthsUntil(after.startMonth);
  using What = HorizonAffected::What;
  const bool datesChanged = after.startMonth != plan.settings.startMonth ||
                            after.months != plan.settings.months;
  if (datesChanged) {
    const Horizon horizon(after);
    for (const RolloutPhase &phase : plan.phases) {
      if (!phaseOutside(phase, horizon))
        continue;
      const int whole = days(phase.start, phase.end);
      const int inside = daysInside(phase, horizon);
      change.affected.push_back({What::Phase, phase.id, phase.name, 1,
                                 inside > 0,
                                 share(phase.budget, whole - inside, whole)});
    }
    for (const Kpi &kpi : plan.kpis) {
      const auto targets = std::count_if(
          kpi.monthlyTargets.begin(), kpi.monthlyTargets.end(),
          [&](const auto &entry) { return !horizon.contains(entry.first); });
      const auto actuals = std::count_if(
          kpi.actuals.begin(), kpi.actuals.end(), [&](const KpiActual &actual) {
            return !horizon.contains(actual.date);
          });
      if (targets > 0)
        change.affected.push_back(
            {What::KpiTargets, kpi.id, kpi.name, int(targets), false, {}});
      if (actuals > 0)
        change.affected.push_back(
            {What::KpiActuals, kpi.id, kpi.name, int(actuals), false, {}});
    }
    for (const ContentItem &item : plan.content) {
      if (contentOutside(item, horizon))
        change.affected.push_back(
            {What::Content, item.id, item.title, 1, false, {}});
    }
    for (const FixedCost &cost : plan.fixedCosts) {
      if (fixedCostOutside(cost, horizon))
        change.affected.push_back(
            {What::FixedCost, cost.id, cost.name, 1, false, {}});
    }
  }
  if (after.currency != plan.settings.currency) {
    for (const Kpi &kpi : plan.kpis) {
      if (isCurrencyUnit(kpi, plan.settings.currency))
        change.affected.push_back(
            {What::CurrencyUnit, kpi.id, kpi.name, 1, false, {}});
    }
    const int from = currencyMinorDigits(plan.settings.currency);
    const int to = currencyMinorDigits(after.currency);
    if (to < from) {
      Plan copy = plan;
      forEachAmount(copy, [&](Money &amount) {
        if (rescale(rescale(amount, from, to), to, from) != amount)
          ++change.roundedAmounts;
      });
    }
  }
  return change;
}

Plan applyHorizonChange(const Plan &plan, const PlanSettings &after,
                        HorizonChoice choice) {
  Plan result = plan;
  result.settings = after;
  const int from = currencyMinorDigits(plan.settings.currency);
  const int to = currencyMinorDigits(after.currency);
  if (from != to)
    forEachAmount(result,
                  [&](Money &amount) { amount = rescale(amount, from, to); });

  // Records that were already outside stay alone when only the currency
  // changes: the question was not about them.
  const bool datesChanged = after.startMonth != plan.settings.startMonth ||
                            after.months != plan.settings.months;
  const Horizon horizon(after);
  switch (choice) {
  case HorizonChoice::Move:
    if (const int months =
            plan.settings.startMonth.monthsUntil(after.startMonth);
        months != 0)
      shiftEverything(result, months);
    if (datesChanged)
      bringInside(result, horizon);
    if (after.currency != plan.settings.currency) {
      for (Kpi &kpi : result.kpis) {
        if (isCurrencyUnit(kpi, plan.settings.currency))
          kpi.unit = after.currency;
      }
    }
    break;
  case HorizonChoice::Keep:
    break;
  case HorizonChoice::Drop:
    if (datesChanged)
      dropOutside(result, horizon);
    break;
  }
  return result;
}

} // namespace cplan
