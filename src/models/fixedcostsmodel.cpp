#include "fixedcostsmodel.h"

#include "displayformat.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::FixedCostsModel", text);
}

QVariant cell(int role, const QString &display, const QVariant &edit, bool number = false)
{
    switch (role) {
    case Qt::DisplayRole: return display;
    case Qt::EditRole: return edit;
    case Qt::TextAlignmentRole: return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default: return {};
    }
}

// Months are typed as 2027-03.
bool setMonth(YearMonth &field, const QVariant &value)
{
    const std::optional<YearMonth> month = parseIsoMonth(value.toString().trimmed());
    if (!month)
        return false;
    field = *month;
    return true;
}

} // namespace

RecordTableModel<FixedCost> *makeFixedCostsModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<FixedCost>> columns = {
        {tr("Fixed cost"), QStringLiteral("name"), tr("Rename fixed cost"),
         [](const Plan &, const FixedCost &f, int role) { return cell(role, f.name, f.name); },
         [](FixedCost &f, const QVariant &v) {
             f.name = v.toString();
             return true;
         }},
        {tr("Per month"), QStringLiteral("monthlyAmount"), tr("Change monthly amount"),
         [](const Plan &p, const FixedCost &f, int role) {
             return cell(role, formatMoney(p, f.monthlyAmount), p.major(f.monthlyAmount), true);
         },
         [document](FixedCost &f, const QVariant &v) {
             const std::optional<Money> amount = parseMoney(document->plan(), v);
             if (!amount)
                 return false;
             f.monthlyAmount = *amount;
             return true;
         }},
        {tr("From (YYYY-MM)"), QStringLiteral("startMonth"), tr("Change first month"),
         [](const Plan &, const FixedCost &f, int role) { return cell(role, toIsoString(f.startMonth), toIsoString(f.startMonth)); },
         [](FixedCost &f, const QVariant &v) { return setMonth(f.startMonth, v); }},
        {tr("Until (YYYY-MM)"), QStringLiteral("endMonth"), tr("Change last month"),
         [](const Plan &, const FixedCost &f, int role) {
             const QString text = f.endMonth ? toIsoString(*f.endMonth) : QString();
             return cell(role, f.endMonth ? text : tr("open-ended"), text);
         },
         [](FixedCost &f, const QVariant &v) {
             if (v.toString().trimmed().isEmpty()) {
                 f.endMonth.reset();
                 return true;
             }
             YearMonth month;
             if (!setMonth(month, v))
                 return false;
             f.endMonth = month;
             return true;
         }},
        {tr("Notes"), QStringLiteral("notes"), tr("Change notes"),
         [](const Plan &, const FixedCost &f, int role) { return cell(role, f.notes, f.notes); },
         [](FixedCost &f, const QVariant &v) {
             f.notes = v.toString();
             return true;
         }},
    };
    return new RecordTableModel<FixedCost>(document, std::move(columns),
                                           [](const Plan &plan, const FixedCost &f) { return validateFixedCost(f, plan.minorDigits()); }, parent);
}

} // namespace cplan
