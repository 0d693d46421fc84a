#pragma once

#include "document.h"
#include "plansnapshot.h"

#include <QUndoCommand>

namespace cplan {

// File > Save a Snapshot…: keeps a named, dated copy of the plan in its file. An undo step like
// any edit, so the snapshot is written with the next save and can be taken back.
class SaveSnapshotCommand : public QUndoCommand
{
public:
    SaveSnapshotCommand(Document *document, PlanSnapshot snapshot, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    PlanSnapshot m_snapshot;
};

// Takes a snapshot out of the file.
class DeleteSnapshotCommand : public QUndoCommand
{
public:
    DeleteSnapshotCommand(Document *document, const RecordId &snapshotId, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    PlanSnapshot m_snapshot;
    int m_index = -1;
};

} // namespace cplan
