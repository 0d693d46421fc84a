#include "marketmodels.h"

#include "displayformat.h"
#include "forecast.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::MarketModels", text);
}

QVariant shown(int role, const QString &display, const QVariant &edit)
{
    if (role == Qt::DisplayRole)
        return display;
    if (role == Qt::EditRole)
        return edit;
    return {};
}

QVariant number(int role, const QString &display, const QVariant &edit)
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return shown(role, display, edit);
}

bool setText(QString &field, const QVariant &value)
{
    field = value.toString();
    return true;
}

// Percentages are typed as 25 (meaning 25 %) and stored as fractions.
bool setShare(double &field, const QVariant &value)
{
    const std::optional<double> percent = parseNumber(value);
    if (!percent)
        return false;
    field = *percent / 100.0;
    return true;
}

} // namespace

RecordTableModel<Segment> *makeSegmentsModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<Segment>> columns = {
        {tr("Segment"), QStringLiteral("name"), tr("Rename segment"),
         [](const Plan &, const Segment &s, int role) { return shown(role, s.name, s.name); },
         [](Segment &s, const QVariant &v) { return setText(s.name, v); }},
        {tr("Customers"), QStringLiteral("customers"), tr("Change number of customers"),
         [](const Plan &, const Segment &s, int role) { return number(role, formatNumber(double(s.customers)), s.customers); },
         [](Segment &s, const QVariant &v) {
             const std::optional<double> n = parseNumber(v);
             if (!n || *n != std::trunc(*n) || std::fabs(*n) > 1e15)
                 return false;
             s.customers = qint64(*n);
             return true;
         }},
        {tr("Annual spend per customer"), QStringLiteral("annualSpendPerCustomer"), tr("Change annual spend per customer"),
         [](const Plan &p, const Segment &s, int role) {
             return number(role, formatMoney(p, s.annualSpendPerCustomer), p.major(s.annualSpendPerCustomer));
         },
         nullptr},
        {tr("Serviceable"), QStringLiteral("serviceableShare"), tr("Change serviceable share"),
         [](const Plan &, const Segment &s, int role) {
             return number(role, formatPercent(s.serviceableShare), s.serviceableShare * 100.0);
         },
         [](Segment &s, const QVariant &v) { return setShare(s.serviceableShare, v); }},
        {tr("Obtainable"), QStringLiteral("obtainableShare"), tr("Change obtainable share"),
         [](const Plan &, const Segment &s, int role) {
             return number(role, formatPercent(s.obtainableShare), s.obtainableShare * 100.0);
         },
         [](Segment &s, const QVariant &v) { return setShare(s.obtainableShare, v); }},
        {tr("TAM"), QStringLiteral("tam"), {},
         [](const Plan &p, const Segment &s, int role) {
             const double v = segmentMarketSize(s, p.minorDigits()).tam;
             return number(role, formatMoney(p, v), v);
         },
         nullptr},
        {tr("SAM"), QStringLiteral("sam"), {},
         [](const Plan &p, const Segment &s, int role) {
             const double v = segmentMarketSize(s, p.minorDigits()).sam;
             return number(role, formatMoney(p, v), v);
         },
         nullptr},
        {tr("SOM"), QStringLiteral("som"), {},
         [](const Plan &p, const Segment &s, int role) {
             const double v = segmentMarketSize(s, p.minorDigits()).som;
             return number(role, formatMoney(p, v), v);
         },
         nullptr},
        {tr("Needs"), QStringLiteral("needs"), tr("Change segment needs"),
         [](const Plan &, const Segment &s, int role) { return shown(role, s.needs, s.needs); },
         [](Segment &s, const QVariant &v) { return setText(s.needs, v); }},
    };
    // Money needs the plan's currency digits, so its setter is bound to the document here.
    columns[SegmentSpend].setData = [document](Segment &s, const QVariant &v) {
        const std::optional<Money> amount = parseMoney(document->plan(), v);
        if (!amount)
            return false;
        s.annualSpendPerCustomer = *amount;
        return true;
    };
    return new RecordTableModel<Segment>(
        document, std::move(columns),
        [](const Plan &plan, const Segment &s) { return validateSegment(s, plan.minorDigits()); }, parent);
}

} // namespace cplan
