#include "phasemodels.h"

#include "channelmodels.h"
#include "modelcells.h"
#include "verdict.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PhaseModels", text);
}

QString channelName(const Plan &plan, const RecordId &id)
{
    const Channel *channel = plan.findChannel(id);
    return channel ? channel->name : QString();
}

bool isTest(const RolloutPhase &p)
{
    return p.kind == PhaseKind::Test;
}

// Actual figures only mean something for tests; other phases show them empty.
QVariant testMoney(int role, const Plan &plan, const RolloutPhase &p, const std::optional<Money> &amount)
{
    return isTest(p) ? cells::optionalMoney(role, plan, amount) : cells::number(role, QString(), QString());
}

QVariant verdictCell(int role, const Plan &plan, const RolloutPhase &p, bool reason)
{
    if (!isTest(p))
        return {};
    const TestVerdict verdict = testVerdict(plan, p);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: return reason ? verdict.reason : displayName(verdict.outcome);
    case Qt::ToolTipRole: return verdict.reason;
    case StatusRole: return toKey(verdict.outcome);
    case Qt::ForegroundRole:
        if (reason)
            return {};
        return verdict.outcome == VerdictOutcome::Profitable      ? cells::goodColour()
               : verdict.outcome == VerdictOutcome::NotProfitable ? cells::badColour()
                                                                  : cells::neutralColour();
    default: return {};
    }
}

std::vector<RecordColumn<RolloutPhase>> phaseColumns(Document *document)
{
    auto setActual = [document](std::optional<Money> RolloutPhase::*field) {
        return [document, field](RolloutPhase &p, const QVariant &v) {
            return cells::setOptionalMoney(document->plan(), p.*field, v);
        };
    };
    return {
        {tr("Channel"), QStringLiteral("channel"), tr("Move phase to another channel"),
         [](const Plan &plan, const RolloutPhase &p, int role) -> QVariant {
             if (role == ChoicesRole)
                 return channelChoices(plan, false);
             if (role == Qt::EditRole)
                 return p.channelId.toString(QUuid::WithoutBraces);
             return cells::text(role, channelName(plan, p.channelId));
         },
         [document](RolloutPhase &p, const QVariant &v) {
             const std::optional<RecordId> id = parseRecordId(v);
             if (!id || id->isNull() || document->indexOf<Channel>(*id) < 0)
                 return false;
             p.channelId = *id;
             return true;
         }},
        {tr("Phase"), QStringLiteral("name"), tr("Rename phase"),
         [](const Plan &, const RolloutPhase &p, int role) { return cells::text(role, p.name); },
         [](RolloutPhase &p, const QVariant &v) { p.name = v.toString(); return true; }},
        {tr("Kind"), QStringLiteral("kind"), tr("Change phase kind"),
         [](const Plan &, const RolloutPhase &p, int role) { return cells::enumeration(role, p.kind); },
         [](RolloutPhase &p, const QVariant &v) { return cells::setEnumeration(p.kind, v); }},
        {tr("Start"), QStringLiteral("start"), tr("Change phase start"),
         [](const Plan &, const RolloutPhase &p, int role) { return cells::date(role, p.start); },
         [](RolloutPhase &p, const QVariant &v) {
             const QDate d = v.toDate();
             if (!d.isValid())
                 return false;
             p.start = fromQDate(d);
             return true;
         }},
        {tr("End"), QStringLiteral("end"), tr("Change phase end"),
         [](const Plan &, const RolloutPhase &p, int role) { return cells::date(role, p.end); },
         [](RolloutPhase &p, const QVariant &v) {
             const QDate d = v.toDate();
             if (!d.isValid())
                 return false;
             p.end = fromQDate(d);
             return true;
         }},
        {tr("Budget"), QStringLiteral("budget"), tr("Change phase budget"),
         [](const Plan &plan, const RolloutPhase &p, int role) {
             return cells::number(role, formatMoney(plan, p.budget), plan.major(p.budget));
         },
         [document](RolloutPhase &p, const QVariant &v) {
             const std::optional<Money> amount = parseMoney(document->plan(), v);
             if (!amount)
                 return false;
             p.budget = *amount;
             return true;
         }},
        {tr("Actual spend"), QStringLiteral("actualSpend"), tr("Change actual spend"),
         [](const Plan &plan, const RolloutPhase &p, int role) { return testMoney(role, plan, p, p.actualSpend); },
         setActual(&RolloutPhase::actualSpend)},
        {tr("Actual revenue"), QStringLiteral("actualRevenue"), tr("Change actual revenue"),
         [](const Plan &plan, const RolloutPhase &p, int role) { return testMoney(role, plan, p, p.actualRevenue); },
         setActual(&RolloutPhase::actualRevenue)},
        {tr("Actual leads"), QStringLiteral("actualLeads"), tr("Change actual leads"),
         [](const Plan &, const RolloutPhase &p, int role) {
             if (!isTest(p) || !p.actualLeads)
                 return cells::number(role, QString(), QString());
             return cells::number(role, formatNumber(double(*p.actualLeads)), *p.actualLeads);
         },
         [](RolloutPhase &p, const QVariant &v) {
             if (v.toString().trimmed().isEmpty()) {
                 p.actualLeads.reset();
                 return true;
             }
             const std::optional<double> n = parseNumber(v);
             if (!n || *n != std::trunc(*n) || std::fabs(*n) > 1e15)
                 return false;
             p.actualLeads = qint64(*n);
             return true;
         }},
        {tr("Verdict"), QStringLiteral("verdict"), {},
         [](const Plan &plan, const RolloutPhase &p, int role) { return verdictCell(role, plan, p, false); }, nullptr},
        {tr("Why this verdict"), QStringLiteral("reason"), {},
         [](const Plan &plan, const RolloutPhase &p, int role) { return verdictCell(role, plan, p, true); }, nullptr},
    };
}

// "Ends before it starts" is reported on the end; an edit of the start causes it just as well.
std::vector<Problem> validateDates(const Plan &plan, const RolloutPhase &phase)
{
    std::vector<Problem> problems = validatePhase(phase, plan.minorDigits());
    const std::size_t count = problems.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (problems[i].field == QLatin1String("end"))
            problems.push_back({problems[i].recordId, QStringLiteral("start"), problems[i].message});
    }
    return problems;
}

} // namespace

PhasesModel::PhasesModel(Document *document, QObject *parent)
    : RecordTableModel<RolloutPhase>(document, phaseColumns(document), validateDates, parent)
{
}

Qt::ItemFlags PhasesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordTableModel<RolloutPhase>::flags(index);
    const bool actual = index.column() == PhaseActualSpend || index.column() == PhaseActualRevenue
                        || index.column() == PhaseActualLeads;
    if (actual && index.isValid() && !isTest(recordAt(index.row())))
        flags &= ~Qt::ItemIsEditable;
    return flags;
}

} // namespace cplan
