#include "document.h"

#include <QFileInfo>

namespace cplan {

Document::Document(Plan plan, QObject *parent) : QObject(parent), m_plan(std::move(plan))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
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

void Document::setReadOnly(bool readOnly, const QString &reason)
{
    m_readOnlyReason = reason;
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

} // namespace cplan
