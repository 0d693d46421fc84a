#pragma once

#include "plan.h"

#include <vector>

namespace cplan {

// What changes when a person moves the plan's start month, changes its horizon
// or its currency: which dated records fall outside the new horizon, which KPIs
// are measured in the old currency, and what each of the three answers does to
// them. Pure: the form asks, the undo command (models) applies the plan this
// returns.

enum class HorizonChoice {
  // Dated records follow the start: when the start moved by N months, every
  // phase, KPI
  // month, content item, fixed cost and campaign moves by N months (day of the
  // month kept,
  // clamped to the month's length), so the plan keeps its shape. What is still
  // outside then
  // is brought inside by whole months (a phase longer than the horizon is cut
  // at its edges).
  // KPI months that cannot move without a start change stay where they are.
  // KPIs measured in
  // the old currency take the new one.
  Move,
  // Nothing but the setting changes; what lies outside is not counted, charted
  // or printed.
  Keep,
  // What lies outside is removed: records wholly outside are deleted, a phase
  // partly outside
  // is cut at the horizon's edge with its budget in proportion to the days
  // kept, KPI targets
  // and actuals of months outside are deleted. Currency units are kept as they
  // are.
  Drop,
};

// One record affected by the change.
struct HorizonAffected {
  enum class What {
    Phase,
    KpiTargets,
    KpiActuals,
    Content,
    FixedCost,
    CurrencyUnit
  };
  What what = What::Phase;
  RecordId id;
  QString name;
  int count =
      1; // KpiTargets / KpiActuals: how many months or values lie outside
  bool partly = false; // Phase: part of it lies inside the new horizon
  Money spendOutside;  // Phase: the share of its budget on days outside the new
                       // horizon
};

struct HorizonChange {
  PlanSettings before;
  PlanSettings after;
  int shiftMonths = 0; // how far the start moved; positive when it moved later
  std::vector<HorizonAffected> affected;
  int roundedAmounts =
      0; // amounts that lose digits to a currency with fewer minor digits

  bool isEmpty() const { return affected.empty() && roundedAmounts == 0; }
  // The records of one kind, and the sum of their counts (KPI months, phases
  // ...).
  int records(HorizonAffected::What what) const;
  int total(HorizonAffected::What what) const;
  Money spendOutside() const;
};

// What falls outside (or changes) when the plan's settings become `after`.
HorizonChange describeHorizonChange(const Plan &plan,
                                    const PlanSettings &after);

// The plan with `after` as its settings and `choice` applied to the affected
// records. Money keeps its figures in major units when the currency's minor
// digits differ (1,234.50 EUR becomes 1,235 JPY), whatever the choice: amounts
// are never converted at a rate.
Plan applyHorizonChange(const Plan &plan, const PlanSettings &after,
                        HorizonChoice choice);

} // namespace cplan
