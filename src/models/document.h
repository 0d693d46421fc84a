#pragma once

#include "plan.h"
#include "plansnapshot.h"
#include "planchanges.h"
#include "planfile.h"
#include "recordkind.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace cplan {

namespace storage {
class PlanDatabase;
}

// The open plan: the plan itself, where it lives, its undo stack, and whether it has unsaved
// changes or may not be changed. Views get the document; nothing is global.
//
// The plan is changed only by undo commands (commands.h), through the mutators below; every
// change is announced by a fine-grained signal so models and views update just what changed.
class Document : public QObject
{
    Q_OBJECT
public:
    // `database` is the plan's file as read, kept so that saves write only what changed; a
    // plan that never was a file (a template, an import) gets one on its first save.
    explicit Document(Plan plan, std::shared_ptr<storage::PlanDatabase> database = {}, QObject *parent = nullptr);
    ~Document() override;

    // Writes the plan to `path` (atomically); the document's own state is left to the caller.
    storage::SaveResult saveTo(const QString &path);
    // The bytes of a .cplan file of the current plan, for recovery copies; empty on failure.
    QByteArray fileImage(QString *error);

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // The name for the title bar: the file's name, or the plan's name for an unsaved plan.
    QString displayName() const;

    bool isModified() const { return !m_undoStack.isClean() || m_modifiedWithoutUndo; }
    void markSaved();
    // For a plan that exists only in memory (a copy of the sample, a restored recovery file):
    // it counts as changed until it is saved, even with an empty undo stack.
    void setModifiedWithoutUndo(bool modified);

    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(bool readOnly, const QString &reason = {});
    // Reviewing: the content is read-only (isReadOnly() is true, so no page edits it) while
    // comments and the approval may still change and be saved. Announced by readOnlyChanged().
    bool isReviewing() const { return m_reviewing; }
    void setReviewing(bool reviewing);
    // Whether comments and the approval may be changed now.
    bool canComment() const { return !m_readOnly || m_reviewing; }

    // Snapshots kept in the plan's file (File > Save a Snapshot…), oldest first. They are not
    // part of the plan; adding or removing one is an undo step and is saved with the plan.
    const std::vector<PlanSnapshot> &snapshots() const { return m_snapshots; }

    // --- Mutators: for undo commands only. ---
    void insertSnapshot(int index, const PlanSnapshot &snapshot);
    void removeSnapshot(int index);
    void setSettings(const PlanSettings &settings);
    void setTexts(const PlanTexts &texts);
    void setApproval(const Approval &approval);

    template<typename Record>
    const std::vector<Record> &records() const { return RecordTraits<Record>::list(m_plan); }

    template<typename Record>
    int indexOf(const RecordId &id) const
    {
        const auto &list = records<Record>();
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (list[i].id == id)
                return int(i);
        }
        return -1;
    }

    template<typename Record>
    void insertRecord(int index, const Record &record)
    {
        auto &list = RecordTraits<Record>::list(m_plan);
        emit recordsAboutToBeInserted(RecordTraits<Record>::kind, index, index);
        list.insert(list.begin() + index, record);
        touch(RecordTraits<Record>::kind, record.id);
        emit recordsInserted(RecordTraits<Record>::kind, index, index);
        emit planChanged();
    }

    template<typename Record>
    Record takeRecord(int index)
    {
        auto &list = RecordTraits<Record>::list(m_plan);
        emit recordsAboutToBeRemoved(RecordTraits<Record>::kind, index, index);
        Record record = std::move(list[std::size_t(index)]);
        list.erase(list.begin() + index);
        touch(RecordTraits<Record>::kind, record.id);
        emit recordsRemoved(RecordTraits<Record>::kind, index, index);
        emit planChanged();
        return record;
    }

    template<typename Record>
    void replaceRecord(int index, const Record &record)
    {
        RecordTraits<Record>::list(m_plan)[std::size_t(index)] = record;
        touch(RecordTraits<Record>::kind, record.id);
        emit recordChanged(RecordTraits<Record>::kind, index);
        emit planChanged();
    }

    // Moves the record at `from` so that it ends up at index `to`.
    template<typename Record>
    void moveRecord(int from, int to)
    {
        if (from == to)
            return;
        auto &list = RecordTraits<Record>::list(m_plan);
        emit recordsAboutToBeMoved(RecordTraits<Record>::kind, from, to);
        Record record = std::move(list[std::size_t(from)]);
        list.erase(list.begin() + from);
        touch(RecordTraits<Record>::kind, record.id);
        list.insert(list.begin() + to, std::move(record));
        emit recordsMoved(RecordTraits<Record>::kind, from, to);
        emit planChanged();
    }

signals:
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);

    void settingsChanged();
    void textsChanged();
    void approvalChanged();
    void recordsAboutToBeInserted(cplan::RecordKind kind, int first, int last);
    void recordsInserted(cplan::RecordKind kind, int first, int last);
    void recordsAboutToBeRemoved(cplan::RecordKind kind, int first, int last);
    void recordsRemoved(cplan::RecordKind kind, int first, int last);
    void recordsAboutToBeMoved(cplan::RecordKind kind, int from, int to);
    void recordsMoved(cplan::RecordKind kind, int from, int to);
    void recordChanged(cplan::RecordKind kind, int index);
    // After any change to the plan's content: for views of derived figures (forecast, totals).
    void planChanged();
    void snapshotsChanged();

private:
    bool syncDatabase(QString *error);
    bool changesContent() const; // anything but comments and the approval, while reviewing
    void touch(RecordKind kind, const RecordId &id)
    {
        m_changes.touch(kind, id);
        if (m_reviewing && kind != RecordKind::Comment)
            m_contentChangedInReview = true;
    }

    Plan m_plan;
    std::shared_ptr<storage::PlanDatabase> m_database;
    storage::PlanChanges m_changes; // since the database was last brought in step
    std::vector<PlanSnapshot> m_snapshots;
    bool m_snapshotsChanged = false; // since the database was last brought in step
    QString m_filePath;
    QUndoStack m_undoStack;
    bool m_readOnly = false;
    bool m_reviewing = false;
    bool m_contentChangedInReview = false; // kept past autosaves, which bring the database in step
    bool m_modifiedWithoutUndo = false;
    QString m_readOnlyReason;
};

} // namespace cplan
