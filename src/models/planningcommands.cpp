#include "planningcommands.h"

#include "displayformat.h"
#include "rollout.h"

#include <QCoreApplication>
#include <QLocale>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanningCommands", text);
}

template<typename Record>
const Record *find(Document *document, const RecordId &id)
{
    const int index = document->indexOf<Record>(id);
    return index < 0 ? nullptr : &document->records<Record>()[std::size_t(index)];
}

// Where a new phase of the channel goes in the list: after the channel's last phase, so a
// channel's phases stay together.
int phaseInsertIndex(const Plan &plan, const RecordId &channelId)
{
    int index = int(plan.phases.size());
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        if (plan.phases[i].channelId == channelId)
            index = int(i) + 1;
    }
    return index;
}

} // namespace

QString shortDate(const Date &date, int referenceYear)
{
    const QDate day = toQDate(date);
    return QLocale().toString(day, date.year() == referenceYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
}

Channel makeNewChannel(const Plan &plan, const QString &name)
{
    Channel channel;
    channel.id = newRecordId();
    channel.name = name;
    channel.costModel = CostModel::Cpc;
    channel.costPerClick = Money::fromMajor(1.0, plan.minorDigits()).value_or(Money());
    channel.leadRate = 0.02;
    channel.closeRate = 0.2;
    return channel;
}

QUndoCommand *makeAddChannelCommand(Document *document, int index, const Channel &channel)
{
    return new InsertRecordCommand<Channel>(document, index, channel, tr("Add channel '%1'").arg(channel.name));
}

QUndoCommand *makeDuplicateChannelCommand(Document *document, const RecordId &channelId)
{
    const int index = document->indexOf<Channel>(channelId);
    if (index < 0)
        return nullptr;
    const Channel &original = document->records<Channel>()[std::size_t(index)];
    Channel copy = original;
    copy.id = newRecordId();
    copy.name = tr("%1 (copy)").arg(original.name);
    auto *command = new QUndoCommand(tr("Duplicate channel '%1'").arg(original.name));
    new InsertRecordCommand<Channel>(document, index + 1, copy, command->text(), command);
    int kpiIndex = int(document->records<Kpi>().size());
    for (const Kpi &kpi : document->records<Kpi>()) {
        if (kpi.channelId != channelId)
            continue;
        Kpi kpiCopy = kpi;
        kpiCopy.id = newRecordId();
        kpiCopy.channelId = copy.id;
        kpiCopy.actuals.clear();
        new InsertRecordCommand<Kpi>(document, kpiIndex++, kpiCopy, command->text(), command);
    }
    return command;
}

QUndoCommand *makeMoveChannelCommand(Document *document, int from, int to)
{
    const int count = int(document->records<Channel>().size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to)
        return nullptr;
    const QString name = document->records<Channel>()[std::size_t(from)].name;
    const QString text = to < from ? tr("Move channel '%1' up").arg(name) : tr("Move channel '%1' down").arg(name);
    return new MoveRecordCommand<Channel>(document, from, to, text);
}

QUndoCommand *makeAddTeamMemberCommand(Document *document, const TeamMember &member)
{
    return new InsertRecordCommand<TeamMember>(document, int(document->records<TeamMember>().size()), member,
                                               tr("Add team member '%1'").arg(member.name));
}

RolloutPhase makeNewPhase(const Plan &plan, const RecordId &channelId)
{
    RolloutPhase phase;
    phase.id = newRecordId();
    phase.channelId = channelId;
    phase.kind = PhaseKind::Test;
    phase.name = tr("Test");
    phase.start = plan.settings.startMonth.firstDay();
    for (const RolloutPhase &other : plan.phases) {
        if (other.channelId == channelId && !(other.end < phase.start))
            phase.start = other.end + boost::gregorian::days(1);
    }
    phase.end = addMonthsKeepingDay(phase.start, 1) - boost::gregorian::days(1);
    return phase;
}

QUndoCommand *makeAddPhaseCommand(Document *document, const RolloutPhase &phase)
{
    const Channel *channel = find<Channel>(document, phase.channelId);
    const QString text = channel ? tr("Add phase '%1' to '%2'").arg(phase.name, channel->name)
                                 : tr("Add phase '%1'").arg(phase.name);
    return new InsertRecordCommand<RolloutPhase>(document, phaseInsertIndex(document->plan(), phase.channelId), phase, text);
}

QUndoCommand *makeRemovePhasesCommand(Document *document, const QList<RecordId> &phaseIds)
{
    std::vector<std::pair<int, RecordId>> found;
    for (const RecordId &id : phaseIds) {
        const int index = document->indexOf<RolloutPhase>(id);
        if (index >= 0)
            found.emplace_back(index, id);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (found.empty())
        return nullptr;
    const QString text = found.size() == 1
                             ? tr("Remove phase '%1'").arg(document->records<RolloutPhase>()[std::size_t(found[0].first)].name)
                             : tr("Remove %1 phases").arg(found.size());
    auto *command = new QUndoCommand(text);
    // Later ones first, so the indexes the children remember stay right.
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        new RemoveRecordCommand<RolloutPhase>(document, it->second, text, command);
    return command;
}

QUndoCommand *makeEditPhaseCommand(Document *document, const RolloutPhase &changed)
{
    const RolloutPhase *current = find<RolloutPhase>(document, changed.id);
    if (!current || *current == changed)
        return nullptr;
    return new ChangeRecordCommand<RolloutPhase>(document, changed, tr("Edit phase '%1'").arg(changed.name));
}

QUndoCommand *makeChangePhaseDatesCommand(Document *document, const RecordId &phaseId, const Date &start, const Date &end)
{
    const RolloutPhase *current = find<RolloutPhase>(document, phaseId);
    if (!current || end < start || (current->start == start && current->end == end))
        return nullptr;
    RolloutPhase changed = *current;
    changed.start = start;
    changed.end = end;
    const int year = current->start.year();
    QString text;
    if (current->start != start && (end - start) == (current->end - current->start))
        text = tr("Move '%1' to %2").arg(current->name, shortDate(start, year));
    else if (current->start != start && current->end == end)
        text = tr("Change start of '%1' to %2").arg(current->name, shortDate(start, year));
    else if (current->start == start)
        text = tr("Change end of '%1' to %2").arg(current->name, shortDate(end, current->end.year()));
    else
        text = tr("Change dates of '%1' to %2 – %3").arg(current->name, shortDate(start, year), shortDate(end, year));
    return new ChangeRecordCommand<RolloutPhase>(document, changed, text);
}

QUndoCommand *makePlanRolloutCommand(Document *document, const RecordId &testId)
{
    const RolloutPhase *test = find<RolloutPhase>(document, testId);
    if (!test || test->kind != PhaseKind::Test)
        return nullptr;
    const RolloutPhase rollout = proposedRollout(document->plan(), *test);
    const Channel *channel = find<Channel>(document, test->channelId);
    const QString text = tr("Plan roll-out of '%1' from %2")
                             .arg(channel ? channel->name : test->name, shortDate(rollout.start, test->end.year()));
    return new InsertRecordCommand<RolloutPhase>(document, document->indexOf<RolloutPhase>(testId) + 1, rollout, text);
}

QUndoCommand *makeAddKpiCommand(Document *document, const Kpi &kpi)
{
    return new InsertRecordCommand<Kpi>(document, int(document->records<Kpi>().size()), kpi,
                                        tr("Add KPI '%1'").arg(kpi.name));
}

QUndoCommand *makeChangeKpiAggregationCommand(Document *document, const RecordId &kpiId, KpiAggregation aggregation)
{
    const int index = document->indexOf<Kpi>(kpiId);
    if (index < 0 || document->records<Kpi>()[std::size_t(index)].aggregation == aggregation)
        return nullptr;
    Kpi changed = document->records<Kpi>()[std::size_t(index)];
    changed.aggregation = aggregation;
    // No merge field: each choice is its own step, undone one at a time.
    return new ChangeRecordCommand<Kpi>(document, changed, tr("Change how %1's monthly actual is made").arg(changed.name));
}

QUndoCommand *makeRemoveKpisCommand(Document *document, const QList<RecordId> &kpiIds)
{
    std::vector<std::pair<int, RecordId>> found;
    for (const RecordId &id : kpiIds) {
        const int index = document->indexOf<Kpi>(id);
        if (index >= 0)
            found.emplace_back(index, id);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    if (found.empty())
        return nullptr;
    const QString text = found.size() == 1 ? tr("Remove KPI '%1'").arg(document->records<Kpi>()[std::size_t(found[0].first)].name)
                                           : tr("Remove %1 KPIs").arg(found.size());
    auto *command = new QUndoCommand(text);
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        new RemoveRecordCommand<Kpi>(document, it->second, text, command);
    return command;
}

QUndoCommand *makeImportActualsCommand(Document *document, const ActualsImport &import, const QString &fileName)
{
    if (import.changed.empty())
        return nullptr;
    const int count = import.added + import.replaced;
    const QString text = count == 1 ? tr("Import 1 actual from %1").arg(fileName)
                                    : tr("Import %1 actuals from %2").arg(QLocale().toString(count), fileName);
    auto *command = new QUndoCommand(text);
    for (const Kpi &kpi : import.changed)
        new ChangeRecordCommand<Kpi>(document, kpi, text, {}, command);
    return command;
}

QUndoCommand *makeImportMonthlyActualsCommand(Document *document, const ActualsImport &import,
                                              const std::map<RecordId, KpiAggregation> &aggregations,
                                              const QString &fileName)
{
    std::vector<Kpi> changed = import.changed;
    for (const auto &[id, aggregation] : aggregations) {
        auto kpi = std::find_if(changed.begin(), changed.end(), [&id](const Kpi &k) { return k.id == id; });
        if (kpi == changed.end()) {
            const Kpi *current = find<Kpi>(document, id);
            if (!current || current->aggregation == aggregation)
                continue;
            kpi = changed.insert(changed.end(), *current);
        }
        kpi->aggregation = aggregation;
    }
    if (changed.empty())
        return nullptr;
    const QString text = tr("Import actuals from %1").arg(fileName);
    auto *command = new QUndoCommand(text);
    for (const Kpi &kpi : changed)
        new ChangeRecordCommand<Kpi>(document, kpi, text, {}, command);
    return command;
}

} // namespace cplan
