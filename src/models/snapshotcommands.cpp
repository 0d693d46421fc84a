#include "snapshotcommands.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Commands", text);
}

} // namespace

SaveSnapshotCommand::SaveSnapshotCommand(Document *document, PlanSnapshot snapshot, QUndoCommand *parent)
    : QUndoCommand(tr("Save snapshot \u201C%1\u201D").arg(snapshot.name), parent), m_document(document),
      m_snapshot(std::move(snapshot))
{
}

void SaveSnapshotCommand::redo()
{
    m_document->insertSnapshot(int(m_document->snapshots().size()), m_snapshot);
}

void SaveSnapshotCommand::undo()
{
    const auto &snapshots = m_document->snapshots();
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
        if (snapshots[i].id == m_snapshot.id) {
            m_document->removeSnapshot(int(i));
            return;
        }
    }
}

DeleteSnapshotCommand::DeleteSnapshotCommand(Document *document, const RecordId &snapshotId, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    const auto &snapshots = document->snapshots();
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
        if (snapshots[i].id == snapshotId) {
            m_index = int(i);
            m_snapshot = snapshots[i];
        }
    }
    setText(tr("Delete snapshot \u201C%1\u201D").arg(m_snapshot.name));
    if (m_index < 0)
        setObsolete(true);
}

void DeleteSnapshotCommand::redo()
{
    if (m_index >= 0)
        m_document->removeSnapshot(m_index);
}

void DeleteSnapshotCommand::undo()
{
    if (m_index >= 0)
        m_document->insertSnapshot(m_index, m_snapshot);
}

} // namespace cplan
