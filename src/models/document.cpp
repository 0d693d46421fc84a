#include "document.h"

#include <QFileInfo>

namespace cplan {

Document::Document(Plan plan, QObject *parent) : QObject(parent), m_plan(std::move(plan))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool) { emit modifiedChanged(isModified()); });
}

Document::~Document()
{
    // The undo stack announces "clean" as it goes; nobody should hear a dying document.
    m_undoStack.disconnect(this);
    blockSignals(true);
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
    m_readOnlyReason = reason;
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

void Document::setSettings(const PlanSettings &settings)
{
    m_plan.settings = settings;
    emit settingsChanged();
    emit planChanged();
}

void Document::setTexts(const PlanTexts &texts)
{
    m_plan.texts = texts;
    emit textsChanged();
    emit planChanged();
}

void Document::setApproval(const Approval &approval)
{
    m_plan.approval = approval;
    emit approvalChanged();
    emit planChanged();
}

} // namespace cplan
