#pragma once

#include <QDateTime>
#include <QString>

class QWidget;

namespace cplan {

// Every question the application asks the user, in one place, so tests can answer them
// without a modal dialog (derive and override) and the wording stays consistent.
class UserPrompts
{
public:
    enum class SaveChoice { Save, Discard, Cancel };

    explicit UserPrompts(QWidget *parent = nullptr) : m_parent(parent) { }
    virtual ~UserPrompts() = default;
    void setParent(QWidget *parent) { m_parent = parent; }

    virtual SaveChoice askSaveChanges(const QString &documentName);
    // A recovery copy newer than the plan was found: restore it?
    virtual bool askRestoreRecovery(const QString &planName, const QDateTime &savedAt);
    virtual void showError(const QString &title, const QString &message);
    // A file of that name exists: replace it?
    virtual bool askReplaceFile(const QString &path);
    // File dialogs; an empty result means the user cancelled.
    virtual QString openFileName(const QString &title);
    virtual QString saveFileName(const QString &title, const QString &suggested);

protected:
    QWidget *m_parent;
};

} // namespace cplan
