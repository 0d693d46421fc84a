#pragma once

#include <QDateTime>
#include <QString>

class QDialog;
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
    // File > Save a Snapshot…: the snapshot's name; empty when the user cancelled.
    virtual QString askSnapshotName(const QString &suggested);

    // Review (reviewprompts.cpp). The name comments and approvals are signed with, asked once
    // when Settings has none; empty when the user cancels.
    virtual QString askAuthorName();
    // The first change to an approved plan: move it back to draft (true) or cancel the change.
    virtual bool askMoveApprovedPlanToDraft(const QString &change);
    // Deleting a comment and its replies.
    virtual bool confirmDeleteComment(const QString &text, int replies);
    // Runs a review dialog (a comment, a change of status); true when accepted.
    virtual bool runReviewDialog(QDialog *dialog);

    // The plan's file changed on disk (diskchangeprompts.cpp): another program wrote it since it
    // was opened or last saved here, and Save would write over that. Reload it (losing the
    // changes made here), compare the two, save this version as a copy, or cancel the save.
    enum class DiskChangeChoice { Reload, Compare, SaveCopy, Cancel };
    virtual DiskChangeChoice askChangedOnDisk(const QString &fileName);
    // The plan is locked by `holder` on another computer, which cannot be checked from here:
    // does the person know it is no longer open there, and take it over?
    virtual bool confirmTakeOverLock(const QString &planName, const QString &holder);
    // Reload a plan with unsaved changes from its file (the changes here are lost)?
    virtual bool confirmReloadFromDisk(const QString &planName);

    // Report (reportprompts.cpp): where to write a PDF (empty when cancelled), and running the
    // report's dialogs (sections and paper, the printer, the preview); true when accepted.
    virtual QString savePdfFileName(const QString &suggested);
    virtual bool runReportDialog(QDialog *dialog);

protected:
    QWidget *m_parent;
};

} // namespace cplan
