#include "commands.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cplan {

ChangeSettingsCommand::ChangeSettingsCommand(Document *document, const PlanSettings &settings, const QString &text,
                                             const QString &field, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_old(document->plan().settings), m_new(settings), m_field(field)
{
}

void ChangeSettingsCommand::undo()
{
    m_document->setSettings(m_old);
}

void ChangeSettingsCommand::redo()
{
    m_document->setSettings(m_new);
}

int ChangeSettingsCommand::id() const
{
    return m_field.isEmpty() ? -1 : int(MergeId::Settings);
}

bool ChangeSettingsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeSettingsCommand *>(other);
    if (next->m_field != m_field)
        return false;
    m_new = next->m_new;
    // Typed back to where it started: the step changes nothing and QUndoStack drops it.
    setObsolete(m_new == m_old);
    return true;
}

ChangeTextsCommand::ChangeTextsCommand(Document *document, const PlanTexts &texts, const QString &text,
                                       const QString &field, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_old(document->plan().texts), m_new(texts), m_field(field),
      m_lastEdit(QDateTime::currentMSecsSinceEpoch())
{
}

void ChangeTextsCommand::undo()
{
    m_document->setTexts(m_old);
}

void ChangeTextsCommand::redo()
{
    m_document->setTexts(m_new);
}

int ChangeTextsCommand::id() const
{
    return int(MergeId::Texts);
}

bool ChangeTextsCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeTextsCommand *>(other);
    constexpr qint64 pause = 3000;
    if (next->m_field != m_field || next->m_lastEdit - m_lastEdit > pause)
        return false;
    m_new = next->m_new;
    m_lastEdit = next->m_lastEdit;
    setObsolete(m_new == m_old);
    return true;
}

ChangeApprovalCommand::ChangeApprovalCommand(Document *document, const Approval &approval, const QString &text,
                                             QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_old(document->plan().approval), m_new(approval)
{
}

void ChangeApprovalCommand::undo()
{
    m_document->setApproval(m_old);
}

void ChangeApprovalCommand::redo()
{
    m_document->setApproval(m_new);
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Commands", text);
}

// "1 KPI" / "3 KPIs": English needs both forms even without a translation loaded.
QString count(int n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

// Child commands that clear a reference in every record of a list that holds it.
template<typename Record, typename Member>
void clearReferences(Document *document, const RecordId &target, Member member, QUndoCommand *parent)
{
    for (const Record &record : document->records<Record>()) {
        if (record.*member != target)
            continue;
        Record changed = record;
        changed.*member = RecordId();
        new ChangeRecordCommand<Record>(document, changed, parent->text(), {}, parent);
    }
}

// Children that remove every record of a list that points at the target; their ids go to
// `removed` so the comments on them can go too.
template<typename Record>
void removeReferring(Document *document, const RecordId &target, RecordId Record::*member, QUndoCommand *parent,
                     QSet<RecordId> &removed)
{
    std::vector<RecordId> ids;
    for (const Record &record : document->records<Record>()) {
        if (record.*member == target)
            ids.push_back(record.id);
    }
    // Later records first, so the indexes the children remember stay right.
    for (auto it = ids.rbegin(); it != ids.rend(); ++it) {
        new RemoveRecordCommand<Record>(document, *it, parent->text(), parent);
        removed.insert(*it);
    }
}

template<typename Record>
QString nameOf(Document *document, const RecordId &id)
{
    const int index = document->indexOf<Record>(id);
    return index >= 0 ? document->records<Record>()[std::size_t(index)].name : QString();
}

} // namespace

void addCommentRemovals(Document *document, const QSet<RecordId> &records, QUndoCommand *parent)
{
    const std::vector<Comment> &comments = document->records<Comment>();
    QSet<RecordId> gone;
    bool grew = true;
    while (grew) { // replies to replies
        grew = false;
        for (const Comment &comment : comments) {
            if (gone.contains(comment.id))
                continue;
            if ((!comment.recordId.isNull() && records.contains(comment.recordId))
                || (!comment.parentId.isNull() && gone.contains(comment.parentId))) {
                gone.insert(comment.id);
                grew = true;
            }
        }
    }
    for (int i = int(comments.size()) - 1; i >= 0; --i) {
        if (gone.contains(comments[std::size_t(i)].id))
            new RemoveRecordCommand<Comment>(document, comments[std::size_t(i)].id, parent->text(), parent);
    }
}

namespace {

} // namespace

// Children run in order on redo and in reverse on undo. Referring records are removed first
// and the record itself last, so undo puts the record back before what points at it.
QUndoCommand *makeRemoveChannelCommand(Document *document, const RecordId &channelId)
{
    auto *command = new QUndoCommand(tr("Remove channel '%1'").arg(nameOf<Channel>(document, channelId)));
    QSet<RecordId> removed{channelId};
    removeReferring<RolloutPhase>(document, channelId, &RolloutPhase::channelId, command, removed);
    removeReferring<Kpi>(document, channelId, &Kpi::channelId, command, removed);
    clearReferences<ContentItem>(document, channelId, &ContentItem::channelId, command);
    addCommentRemovals(document, removed, command);
    new RemoveRecordCommand<Channel>(document, channelId, command->text(), command);
    return command;
}

QUndoCommand *makeRemoveTeamMemberCommand(Document *document, const RecordId &memberId)
{
    auto *command = new QUndoCommand(tr("Remove team member '%1'").arg(nameOf<TeamMember>(document, memberId)));
    clearReferences<Channel>(document, memberId, &Channel::ownerId, command);
    clearReferences<ContentItem>(document, memberId, &ContentItem::ownerId, command);
    addCommentRemovals(document, {memberId}, command);
    new RemoveRecordCommand<TeamMember>(document, memberId, command->text(), command);
    return command;
}

QUndoCommand *makeRemoveSegmentCommand(Document *document, const RecordId &segmentId)
{
    auto *command = new QUndoCommand(tr("Remove segment '%1'").arg(nameOf<Segment>(document, segmentId)));
    clearReferences<Persona>(document, segmentId, &Persona::segmentId, command);
    addCommentRemovals(document, {segmentId}, command);
    new RemoveRecordCommand<Segment>(document, segmentId, command->text(), command);
    return command;
}

QUndoCommand *makeRemoveCampaignCommand(Document *document, const RecordId &campaignId)
{
    auto *command = new QUndoCommand(tr("Remove campaign '%1'").arg(nameOf<Campaign>(document, campaignId)));
    clearReferences<ContentItem>(document, campaignId, &ContentItem::campaignId, command);
    addCommentRemovals(document, {campaignId}, command);
    new RemoveRecordCommand<Campaign>(document, campaignId, command->text(), command);
    return command;
}

QString describeChannelDependents(const Plan &plan, const RecordId &channelId)
{
    int phases = 0;
    int kpis = 0;
    int content = 0;
    for (const RolloutPhase &p : plan.phases)
        phases += p.channelId == channelId ? 1 : 0;
    for (const Kpi &k : plan.kpis)
        kpis += k.channelId == channelId ? 1 : 0;
    for (const ContentItem &c : plan.content)
        content += c.channelId == channelId ? 1 : 0;
    QStringList parts;
    if (phases > 0)
        parts.append(count(phases, "1 roll-out phase", "%1 roll-out phases"));
    if (kpis > 0)
        parts.append(count(kpis, "1 KPI", "%1 KPIs"));
    if (content > 0)
        parts.append(count(content, "the channel of 1 content item", "the channel of %1 content items"));
    return parts.join(QStringLiteral(", "));
}

void takeBackLastStep(QUndoStack *stack)
{
    if (stack->index() <= 0)
        return;
    stack->undo();
    // Pushing deletes every step above the current one; an obsolete command is then not kept.
    auto *nothing = new QUndoCommand;
    nothing->setObsolete(true);
    stack->push(nothing);
    // QUndoStack announces nothing for a push it did not keep: tell the Redo action (and
    // anyone else listening) that there is nothing left to redo.
    emit stack->canRedoChanged(false);
    emit stack->redoTextChanged(QString());
}

} // namespace cplan
