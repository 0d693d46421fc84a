#include "document.h"

#include "plandatabase.h"
#include "validation.h"

#include <QFileInfo>

namespace cplan {

Document::Document(Plan plan, std::shared_ptr<storage::PlanDatabase> database, QObject *parent)
    : QObject(parent), m_plan(std::move(plan)), m_database(std::move(database))
{
    if (m_database)
        m_snapshots = m_database->snapshots();
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool) { emit modifiedChanged(isModified()); });
}

Document::~Document()
{
    // The undo stack announces "clean" as it goes; nobody should hear a dying document.
    m_undoStack.disconnect(this);
    blockSignals(true);
}

bool Document::syncDatabase(QString *error)
{
    if (m_database && !m_database->apply(m_plan, m_changes, error))
        m_database.reset(); // out of step: write the whole plan afresh below
    bool rebuilt = false;
    if (!m_database) {
        m_database = storage::PlanDatabase::build(m_plan, error);
        if (!m_database)
            return false;
        rebuilt = true;
    }
    m_changes.clear();
    if ((rebuilt || m_snapshotsChanged) && !m_database->replaceSnapshots(m_snapshots, error)) {
        m_database.reset();
        return false;
    }
    m_snapshotsChanged = false;
    return true;
}

storage::SaveResult Document::saveTo(const QString &path)
{
    // The last line of defence: a plan the open checks would refuse is never written.
    if (const std::vector<Problem> problems = validatePlan(m_plan); !problems.empty())
        return {false, tr("Cannot save %1: %2. Please correct it and save again.").arg(path, problems.front().message)};
    if (m_reviewing && changesContent()) // never happens through the pages; the review's promise is kept here
        return {false, tr("Cannot save %1: the plan's content changed during the review, and a review only adds "
                          "comments and the approval.").arg(path)};
    QString error;
    if (!syncDatabase(&error))
        return {false, tr("Cannot save %1: %2.").arg(path, error)};
    return storage::savePlanDatabase(*m_database, path);
}

QByteArray Document::fileImage(QString *error)
{
    if (!syncDatabase(error))
        return {};
    return m_database->image(error);
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_plan.settings.name.isEmpty() ? tr("Untitled plan") : m_plan.settings.name;
}

void Document::markSaved()
{
    const bool was = isModified();
    m_modifiedWithoutUndo = false;
    m_undoStack.setClean();
    if (was != isModified())
        emit modifiedChanged(isModified());
}

void Document::setModifiedWithoutUndo(bool modified)
{
    const bool was = isModified();
    m_modifiedWithoutUndo = modified;
    if (was != isModified())
        emit modifiedChanged(isModified());
}

void Document::setReadOnly(bool readOnly, const QString &reason)
{
    if (readOnly == m_readOnly && reason == m_readOnlyReason)
        return;
    m_readOnlyReason = reason;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

void Document::setReviewing(bool reviewing)
{
    if (reviewing == m_reviewing)
        return;
    m_reviewing = reviewing;
    emit readOnlyChanged(m_readOnly);
}

bool Document::changesContent() const
{
    return m_contentChangedInReview;
}

void Document::insertSnapshot(int index, const PlanSnapshot &snapshot)
{
    m_snapshots.insert(m_snapshots.begin() + index, snapshot);
    m_snapshotsChanged = true;
    emit snapshotsChanged();
}

void Document::removeSnapshot(int index)
{
    m_snapshots.erase(m_snapshots.begin() + index);
    m_snapshotsChanged = true;
    emit snapshotsChanged();
}

void Document::setSettings(const PlanSettings &settings)
{
    m_plan.settings = settings;
    m_changes.settings = true;
    m_contentChangedInReview = m_contentChangedInReview || m_reviewing;
    emit settingsChanged();
    emit planChanged();
}

void Document::setTexts(const PlanTexts &texts)
{
    m_plan.texts = texts;
    m_changes.texts = true;
    m_contentChangedInReview = m_contentChangedInReview || m_reviewing;
    emit textsChanged();
    emit planChanged();
}

void Document::setApproval(const Approval &approval)
{
    m_plan.approval = approval;
    m_changes.approval = true;
    emit approvalChanged();
    emit planChanged();
}

} // namespace cplan
