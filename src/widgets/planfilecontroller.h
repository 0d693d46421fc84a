#pragma once

#include "planfilewatch.h"
#include "recoverystore.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace cplan {

class Document;
class UserPrompts;
namespace storage {
class PlanLock;
}

// File handling for one window: new, open (read-only, locked, JSON), save, save as, close,
// recent files, autosave to a recovery copy and the offer to restore it after a crash.
// It owns the open document; the window shows whatever documentChanged() hands it.
class PlanFileController : public QObject
{
    Q_OBJECT
public:
    PlanFileController(UserPrompts *prompts, storage::RecoveryStore recovery, QObject *parent = nullptr);
    ~PlanFileController() override;

    Document *document() const { return m_document.get(); }

    // Asks to save unsaved changes first; false when the user cancels or opening fails.
    bool openFile(const QString &path, bool readOnly = false);
    // File > Open for Review: the content read-only, comments and the approval saved into the
    // file (when it can be written: not locked elsewhere, not on read-only media).
    bool openForReview(const QString &path);
    // Save writes into the plan's own file (an editable plan, or a review holding the lock).
    bool canSaveInPlace() const;
    // File > New: the template chosen in Settings, or a blank plan with sensible defaults.
    bool newBlankPlan();
    bool newFromTemplate(const QString &key);
    // The start without a file: the work a crash left unsaved (after asking: a plan never
    // saved, or a saved plan's newer recovery copy), else an unsaved copy of the bundled sample.
    void startWithoutFile();
    // The start with a file: opens it (offering its own recovery copy), then offers what a
    // crash left unsaved in other plans; restoring one shows it instead. False when the file
    // could not be opened (the start then goes on as without a file).
    bool startWithFile(const QString &path, bool readOnly = false);
    // The bundled sample, not saved anywhere yet (the window suggests starting one's own).
    bool isUnsavedSample() const;

    bool save();
    bool saveAs();
    // Save as a copy under another name (suggested "NAME (copy)"); the window goes on with it.
    bool saveCopy();

    // Another program changed the plan's file since it was opened or saved here (an import, a
    // sync client): Save asks before writing over it.
    bool isChangedOnDisk() const { return m_watch.isChangedOnDisk(); }
    // Reads the plan again from its file, as it is on disk now; unsaved changes here are lost.
    bool reloadFromDisk();
    // The plan is locked by a process on another machine (a shared folder), which cannot be
    // checked from here: the person may take the lock over, after confirming.
    bool canTakeOverLock() const;
    bool takeOverLock();
    // Save / Discard / Cancel for unsaved changes; true when it is fine to go on.
    bool maybeSave();
    // Closes the plan (asking first) and shows an empty one; false when cancelled.
    bool closeDocument();
    // Before the window closes: ask, then let go of the lock and the recovery copy.
    bool prepareToQuit();

    void setAutosaveMinutes(int minutes);
    // Writes the recovery copy now if there are unsaved changes (the timer calls this).
    void autosave();

signals:
    void documentChanged(cplan::Document *document);
    void statusMessage(const QString &message);
    // The file on disk was found changed, or is the window's own again (reloaded, saved).
    void diskStateChanged();
    // The person chose Compare when Save found the file changed on disk.
    void compareWithDiskRequested();

private:
    void setDocument(std::unique_ptr<Document> document, bool isSample = false);
    bool saveTo(const QString &path);
    bool saveToChosenFile(bool asCopy);
    // Before writing into the plan's own file: false when another program changed it and the
    // person chose not to write over it (reload, compare, a copy, cancel).
    bool mayWriteOverDisk();
    void watchFile(const QString &path, const storage::FileStamp &stamp);
    void stopWatching();
    enum class OpenMode { Edit, ReadOnly, Review };
    bool open(const QString &path, OpenMode mode, bool offerCopy = true);
    void lockOrMakeReadOnly(Document &document, const QString &path, bool readOnlyRequested);
    // After the lock was taken or refused: the review's banner, and the content read-only.
    void enterReview(Document &document);
    void offerRecovery(const QString &path);
    // At the start: asks about each copy a crash left; true when one was restored.
    bool offerCrashCopies();
    // The plan in a recovery copy, unsaved, or null (after saying why).
    std::unique_ptr<Document> documentFromCopy(const storage::RecoveryEntry &entry);
    void discardRecovery();
    QString recoveryKey() const;

    UserPrompts *m_prompts;
    storage::RecoveryStore m_recovery;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<storage::PlanLock> m_lock;
    // A lock that a process on another machine holds, and the document it kept read-only.
    std::unique_ptr<storage::PlanLock> m_foreignLock;
    const Document *m_foreignLockFor = nullptr;
    storage::PlanFileWatch m_watch;
    QString m_untitledKey;
    const Document *m_sample = nullptr; // the document that is the bundled sample
    QString m_reviewNotWritable; // why a review cannot be saved into its file
    QTimer m_autosaveTimer;
};

} // namespace cplan
