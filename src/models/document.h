#pragma once

#include "plan.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace cplan {

// The open plan: the plan itself, where it lives, its undo stack, and whether it has unsaved
// changes or may not be changed. Views get the document; nothing is global.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(Plan plan, QObject *parent = nullptr);

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() { return &m_undoStack; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // The name for the title bar: the file's name, or the plan's name for an unsaved plan.
    QString displayName() const;

    bool isModified() const { return !m_undoStack.isClean(); }
    void markSaved() { m_undoStack.setClean(); }

    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(bool readOnly, const QString &reason = {});

signals:
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);

private:
    Plan m_plan;
    QString m_filePath;
    QUndoStack m_undoStack;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace cplan
