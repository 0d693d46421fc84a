#include "verdict.h"

#include <QCoreApplication>
#include <QLocale>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Verdict", text);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString amount(double value, const QString &currency)
{
    return QLocale().toString(value, 'f', 2) + QLatin1Char(' ') + currency;
}

} // namespace

QString toKey(VerdictOutcome outcome)
{
    switch (outcome) {
    case VerdictOutcome::Profitable: return QStringLiteral("profitable");
    case VerdictOutcome::NotProfitable: return QStringLiteral("not-profitable");
    case VerdictOutcome::NotEnoughData: break;
    }
    return QStringLiteral("not-enough-data");
}

QString displayName(VerdictOutcome outcome)
{
    switch (outcome) {
    case VerdictOutcome::Profitable: return tr("Profitable");
    case VerdictOutcome::NotProfitable: return tr("Not profitable");
    case VerdictOutcome::NotEnoughData: break;
    }
    return tr("Not enough data");
}

TestVerdict testVerdict(const Plan &plan, const RolloutPhase &phase)
{
    TestVerdict verdict;
    if (phase.kind != PhaseKind::Test) {
        verdict.reason = tr("Only test phases get a verdict.");
        return verdict;
    }
    if (!phase.actualSpend || phase.actualSpend->minorUnits() <= 0) {
        verdict.reason = tr("Record the test's actual spend and revenue to get a verdict.");
        return verdict;
    }
    if (!phase.actualRevenue) {
        verdict.reason = tr("Record the test's actual revenue (0 if it sold nothing) to get a verdict.");
        return verdict;
    }
    const QString &currency = plan.settings.currency;
    const double spend = plan.major(*phase.actualSpend);
    const double revenue = plan.major(*phase.actualRevenue);
    const double roi = (revenue * plan.settings.grossMargin - spend) / spend;
    verdict.roi = roi;
    const double minimum = plan.settings.minimumRoiToScale;
    const bool roiOk = roi >= minimum;
    QString reason = tr("ROI %1 (minimum %2)").arg(percent(roi), percent(minimum));

    // An ROI below the minimum decides on its own: leads cannot make a loss profitable, so the
    // verdict does not wait for them (DESIGN.md §4: both conditions must hold).
    bool costPerLeadOk = true;
    const Channel *channel = plan.findChannel(phase.channelId);
    const bool hasTarget = channel && channel->targetCostPerLead;
    if (phase.actualLeads && *phase.actualLeads > 0)
        verdict.costPerLead = spend / double(*phase.actualLeads);
    if (hasTarget) {
        const double target = plan.major(*channel->targetCostPerLead);
        if (!phase.actualLeads) {
            if (roiOk) {
                verdict.reason = reason + QStringLiteral("; ")
                                 + tr("record the leads to compare with the target cost per lead of %1")
                                       .arg(amount(target, currency));
                return verdict;
            }
        } else if (verdict.costPerLead) {
            costPerLeadOk = *verdict.costPerLead <= target;
            reason += QStringLiteral("; ")
                      + tr("cost per lead %1 (target %2)")
                            .arg(amount(*verdict.costPerLead, currency), amount(target, currency));
        } else {
            // Zero leads recorded: each lead cost more than any target, whatever the revenue.
            costPerLeadOk = false;
            reason += QStringLiteral("; ")
                      + tr("no leads for %1 spent (target cost per lead %2)")
                            .arg(amount(spend, currency), amount(target, currency));
        }
    }
    verdict.outcome = roiOk && costPerLeadOk ? VerdictOutcome::Profitable : VerdictOutcome::NotProfitable;
    verdict.reason = reason;
    return verdict;
}

} // namespace cplan
