#pragma once

#include "document.h"

#include <QDateTime>
#include <QSet>
#include <QUndoCommand>

class QUndoStack;

namespace cplan {

// Every edit of a plan is one of these commands on the document's undo stack. Each has a
// readable text ("Rename channel", "Change lead rate") for Edit > Undo and the history.

// Ids for commands that merge: typing in one field makes one undo step.
enum class MergeId { None = -1, Settings = 1000, Texts, Record };

// Replaces the plan settings. Consecutive edits of the same field merge.
class ChangeSettingsCommand : public QUndoCommand
{
public:
    ChangeSettingsCommand(Document *document, const PlanSettings &settings, const QString &text,
                          const QString &field = {}, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    PlanSettings m_old;
    PlanSettings m_new;
    QString m_field;
};

// Replaces the business plan texts. Typing in one text merges into one step, until the user
// pauses for a few seconds: a long writing session is still undone sentence by sentence.
class ChangeTextsCommand : public QUndoCommand
{
public:
    ChangeTextsCommand(Document *document, const PlanTexts &texts, const QString &text, const QString &field,
                       QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    PlanTexts m_old;
    PlanTexts m_new;
    QString m_field;
    qint64 m_lastEdit; // ms since the epoch
};

class ChangeApprovalCommand : public QUndoCommand
{
public:
    ChangeApprovalCommand(Document *document, const Approval &approval, const QString &text,
                          QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    Approval m_old;
    Approval m_new;
};

// Replaces one record, found by id (so it still works after other commands moved it).
// Consecutive changes of the same field of the same record merge when `field` is given.
template<typename Record>
class ChangeRecordCommand : public QUndoCommand
{
public:
    ChangeRecordCommand(Document *document, const Record &changed, const QString &text, const QString &field = {},
                        QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_new(changed), m_field(field)
    {
        const int index = document->indexOf<Record>(changed.id);
        if (index < 0) {
            m_old = changed;
            setObsolete(true); // nothing to change: the record is not in the plan
            return;
        }
        m_old = document->records<Record>()[std::size_t(index)];
    }
    void undo() override { apply(m_old); }
    void redo() override { apply(m_new); }
    int id() const override { return m_field.isEmpty() ? -1 : int(MergeId::Record) + int(RecordTraits<Record>::kind); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeRecordCommand *>(other);
        if (next->m_field != m_field || next->m_new.id != m_new.id)
            return false;
        m_new = next->m_new;
        // Back to the original value (as Tiled's ChangeValue): an empty step, which
        // QUndoStack deletes, so the plan is unmodified again.
        setObsolete(m_new == m_old);
        return true;
    }

private:
    void apply(const Record &record)
    {
        const int index = m_document->indexOf<Record>(record.id);
        if (index >= 0)
            m_document->replaceRecord(index, record);
    }
    Document *m_document;
    Record m_old;
    Record m_new;
    QString m_field;
};

template<typename Record>
class InsertRecordCommand : public QUndoCommand
{
public:
    InsertRecordCommand(Document *document, int index, const Record &record, const QString &text,
                        QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_index(index), m_record(record)
    {
    }
    void undo() override { m_document->takeRecord<Record>(m_index); }
    void redo() override { m_document->insertRecord(m_index, m_record); }

private:
    Document *m_document;
    int m_index;
    Record m_record;
};

template<typename Record>
class RemoveRecordCommand : public QUndoCommand
{
public:
    RemoveRecordCommand(Document *document, const RecordId &id, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_index(document->indexOf<Record>(id))
    {
        if (m_index < 0) {
            setObsolete(true); // nothing to remove: the record is not in the plan
            return;
        }
        m_record = document->records<Record>()[std::size_t(m_index)];
    }
    void undo() override
    {
        if (m_index >= 0)
            m_document->insertRecord(m_index, m_record);
    }
    void redo() override
    {
        if (m_index >= 0)
            m_document->takeRecord<Record>(m_index);
    }

private:
    Document *m_document;
    int m_index;
    Record m_record;
};

template<typename Record>
class MoveRecordCommand : public QUndoCommand
{
public:
    MoveRecordCommand(Document *document, int from, int to, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent), m_document(document), m_from(from), m_to(to)
    {
        setObsolete(from == to);
    }
    void undo() override { m_document->moveRecord<Record>(m_to, m_from); }
    void redo() override { m_document->moveRecord<Record>(m_from, m_to); }
    // A move onto itself changes nothing and is not kept.

private:
    Document *m_document;
    int m_from;
    int m_to;
};

// Children of `parent` that remove the comments on any of `records`, and every reply to a
// removed comment, so no comment is left pointing at nothing.
void addCommentRemovals(Document *document, const QSet<RecordId> &records, QUndoCommand *parent);

// Removes one record and the comments on it, as one undo step. For records nothing else
// points at (a phase, a KPI, a content item, a competitor, a fixed cost ...).
template<typename Record>
QUndoCommand *makeRemoveRecordCommand(Document *document, const RecordId &id, const QString &text)
{
    auto *command = new QUndoCommand(text);
    addCommentRemovals(document, {id}, command);
    new RemoveRecordCommand<Record>(document, id, text, command);
    return command;
}

// Removing a record that others point at takes those along, as one undo step: a channel's
// phases and KPIs go with it; content, personas and comments lose the reference.
QUndoCommand *makeRemoveChannelCommand(Document *document, const RecordId &channelId);
QUndoCommand *makeRemoveTeamMemberCommand(Document *document, const RecordId &memberId);
QUndoCommand *makeRemoveSegmentCommand(Document *document, const RecordId &segmentId);
QUndoCommand *makeRemoveCampaignCommand(Document *document, const RecordId &campaignId);

// What removing a channel would take along, in words for the confirmation question:
// "2 roll-out phases, 1 KPI and the channel of 5 content items".
QString describeChannelDependents(const Plan &plan, const RecordId &channelId);

// Takes the latest step back and leaves no redo behind, as if it had never been made: the
// step is undone and then dropped the way a new edit drops the steps after it.
void takeBackLastStep(QUndoStack *stack);

} // namespace cplan
