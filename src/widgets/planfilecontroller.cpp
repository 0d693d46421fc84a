#include "planfilecontroller.h"

#include "appsettings.h"
#include "document.h"
#include "planfile.h"
#include "planjson.h"
#include "planlock.h"
#include "plantemplates.h"
#include "userprompts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace cplan {

PlanFileController::PlanFileController(UserPrompts *prompts, storage::RecoveryStore recovery, QObject *parent)
    : QObject(parent), m_prompts(prompts), m_recovery(std::move(recovery))
{
    connect(&m_autosaveTimer, &QTimer::timeout, this, &PlanFileController::autosave);
    setAutosaveMinutes(AppSettings::autosaveMinutes());
    setDocument(std::make_unique<Document>(makeBlankPlan(tr("Untitled plan"), AppSettings::defaultCurrency())));
}

PlanFileController::~PlanFileController() = default;

void PlanFileController::setAutosaveMinutes(int minutes)
{
    m_autosaveTimer.start(std::max(1, minutes) * 60 * 1000);
}

QString PlanFileController::recoveryKey() const
{
    return m_document && m_document->filePath().isEmpty() ? m_untitledKey : QString();
}

void PlanFileController::setDocument(std::unique_ptr<Document> document, bool isSample)
{
    // Hand the new document to the window before the old one goes away.
    std::unique_ptr<Document> old = std::move(m_document);
    m_document = std::move(document);
    m_sample = isSample ? m_document.get() : nullptr;
    m_untitledKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    emit documentChanged(m_document.get());
}

void PlanFileController::autosave()
{
    // A review that can save into its file keeps a recovery copy of its comments too.
    if (!m_document || (m_document->isReadOnly() && !canSaveInPlace()))
        return;
    if (!m_document->isModified()) {
        discardRecovery(); // back to what is saved (undo): an older copy would mislead
        return;
    }
    QString error;
    const QByteArray image = m_document->fileImage(&error);
    if (!image.isEmpty()
        && m_recovery.write(image, m_document->plan().settings.name, m_document->filePath(), recoveryKey(), &error))
        emit statusMessage(tr("Recovery copy saved"));
    else
        emit statusMessage(tr("Could not write the recovery copy: %1").arg(error));
}

void PlanFileController::discardRecovery()
{
    if (m_document)
        m_recovery.remove(m_recovery.recoveryPathFor(m_document->filePath(), recoveryKey()));
}

bool PlanFileController::maybeSave()
{
    if (!m_document)
        return true;
    if (!m_document->isModified()) {
        discardRecovery();
        return true;
    }
    switch (m_prompts->askSaveChanges(m_document->displayName())) {
    case UserPrompts::SaveChoice::Save: return save();
    case UserPrompts::SaveChoice::Discard: discardRecovery(); return true;
    case UserPrompts::SaveChoice::Cancel: break;
    }
    return false;
}

void PlanFileController::lockOrMakeReadOnly(Document &document, const QString &path, bool readOnlyRequested)
{
    m_lock.reset();
    if (readOnlyRequested) {
        document.setReadOnly(true, tr("You opened this plan read-only. To change it, save a copy."));
        return;
    }
    if (storage::isOnReadOnlyDisk(path)) {
        document.setReadOnly(true, tr("This plan is on a read-only disk, so it is open read-only. To change it, "
                                         "save a copy elsewhere."));
        return;
    }
    const QFileInfo file(path);
    if (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()) {
        document.setReadOnly(true, tr("This plan is on a disk or in a folder you cannot write to, so it is open "
                                         "read-only. To change it, save a copy elsewhere."));
        return;
    }
    auto lock = std::make_unique<storage::PlanLock>(path);
    switch (lock->tryLock()) {
    case storage::PlanLock::Result::Locked:
        m_lock = std::move(lock);
        document.setReadOnly(false);
        return;
    case storage::PlanLock::Result::HeldElsewhere:
        document.setReadOnly(true, tr("This plan is already open in %1, so it is open read-only here. To change "
                                         "it, close it there or save a copy.")
                                          .arg(lock->holder()));
        return;
    case storage::PlanLock::Result::CannotLock:
        document.setReadOnly(true, tr("This plan could not be locked for editing (the folder may not allow "
                                         "it), so it is open read-only. To change it, save a copy."));
        return;
    }
}

std::unique_ptr<Document> PlanFileController::documentFromCopy(const storage::RecoveryEntry &entry)
{
    QFile file(entry.recoveryPath);
    storage::OpenResult copy = file.open(QIODevice::ReadOnly) ? storage::openPlanImage(file.readAll(), entry.recoveryPath)
                                                              : storage::OpenResult{};
    if (!copy.plan) {
        m_prompts->showError(tr("Recovery copy damaged"), copy.message.isEmpty() ? file.errorString() : copy.message);
        return nullptr;
    }
    auto document = std::make_unique<Document>(std::move(*copy.plan), copy.database);
    document->setModifiedWithoutUndo(true);
    return document;
}

void PlanFileController::offerRecovery(const QString &path)
{
    const std::optional<storage::RecoveryEntry> entry = m_recovery.entryFor(path);
    if (!entry)
        return;
    const QDateTime fileTime = QFileInfo(path).lastModified().toUTC();
    if (entry->savedAt <= fileTime || m_document->isReadOnly()) {
        // Older than the saved plan (it was saved after the copy), or not ours to restore now.
        if (entry->savedAt <= fileTime)
            m_recovery.remove(entry->recoveryPath);
        return;
    }
    if (m_prompts->askRestoreRecovery(m_document->displayName(), entry->savedAt)) {
        if (std::unique_ptr<Document> restored = documentFromCopy(*entry)) {
            restored->setFilePath(path);
            restored->setReadOnly(m_document->isReadOnly(), m_document->readOnlyReason());
            setDocument(std::move(restored));
            return; // the copy stays until the plan is saved or its changes discarded
        }
    }
    m_recovery.remove(entry->recoveryPath);
}

bool PlanFileController::offerCrashCopies()
{
    // Copies left by a crash: of plans never saved, and of saved plans changed since their last
    // save. A copy whose instance still runs is that window's own; one older than its plan
    // was overtaken by a save.
    std::vector<storage::RecoveryEntry> copies = m_recovery.untitledEntries();
    for (storage::RecoveryEntry &entry : m_recovery.savedPlanEntries()) {
        const QFileInfo plan(entry.planPath);
        if (plan.exists() && entry.savedAt <= plan.lastModified().toUTC())
            m_recovery.remove(entry.recoveryPath);
        else if (!m_document || entry.planPath != m_document->filePath())
            copies.push_back(std::move(entry));
    }
    std::stable_sort(copies.begin(), copies.end(), [](const auto &a, const auto &b) { return a.savedAt > b.savedAt; });
    for (const storage::RecoveryEntry &entry : copies) {
        if (entry.ownerIsRunning())
            continue;
        const QString name = entry.planPath.isEmpty() ? entry.planName : QFileInfo(entry.planPath).fileName();
        if (!m_prompts->askRestoreRecovery(name, entry.savedAt)) {
            m_recovery.remove(entry.recoveryPath);
            continue;
        }
        if (entry.planPath.isEmpty()) {
            std::unique_ptr<Document> restored = documentFromCopy(entry);
            if (!restored) {
                m_recovery.remove(entry.recoveryPath);
                continue;
            }
            m_lock.reset();
            setDocument(std::move(restored));
            // Keep the copy (under the same name) until the plan is saved or discarded.
            m_untitledKey = entry.untitledKey();
            return true;
        }
        // A saved plan: open its file (for the lock and read-only state), then the copy over it.
        if (QFileInfo::exists(entry.planPath) && !open(entry.planPath, OpenMode::Edit, false))
            continue;
        std::unique_ptr<Document> restored = documentFromCopy(entry);
        if (!restored) {
            m_recovery.remove(entry.recoveryPath);
            continue;
        }
        restored->setFilePath(QFileInfo(entry.planPath).absoluteFilePath());
        if (QFileInfo::exists(entry.planPath))
            restored->setReadOnly(m_document->isReadOnly(), m_document->readOnlyReason());
        else
            m_lock.reset(); // its file is gone: Save writes it again
        setDocument(std::move(restored));
        return true; // the copy stays until the plan is saved or its changes discarded
    }
    return false;
}

bool PlanFileController::openFile(const QString &path, bool readOnly)
{
    return open(path, readOnly ? OpenMode::ReadOnly : OpenMode::Edit);
}

bool PlanFileController::openForReview(const QString &path)
{
    return open(path, OpenMode::Review);
}

bool PlanFileController::canSaveInPlace() const
{
    if (!m_document || m_document->filePath().isEmpty())
        return false;
    return !m_document->isReadOnly() || (m_document->isReviewing() && m_lock);
}

void PlanFileController::enterReview(Document &document)
{
    QString banner = tr("The plan cannot be changed here; comments and the approval can.") + QLatin1Char(' ');
    if (m_lock)
        banner += tr("Save writes them into the plan file; its content stays as it is.");
    else if (document.filePath().isEmpty())
        banner += tr("Save them into a plan file with Save As.");
    else
        banner += tr("They cannot be saved into this file: %1").arg(document.readOnlyReason());
    m_reviewNotWritable = m_lock ? QString() : document.readOnlyReason();
    document.setReviewing(true);
    document.setReadOnly(true, banner);
}

bool PlanFileController::open(const QString &path, OpenMode mode, bool offerCopy)
{
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!maybeSave())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(absolute);
        if (!file.open(QIODevice::ReadOnly)) {
            m_prompts->showError(tr("Cannot import"), tr("Cannot import %1: %2.")
                                                          .arg(QDir::toNativeSeparators(absolute), file.errorString()));
            return false;
        }
        JsonImportResult imported = planFromJson(file.readAll());
        if (!imported.plan) {
            m_prompts->showError(tr("Cannot import"),
                                 tr("Cannot import %1: %2").arg(QDir::toNativeSeparators(absolute), imported.error));
            return false;
        }
        m_lock.reset();
        auto document = std::make_unique<Document>(std::move(*imported.plan));
        document->setModifiedWithoutUndo(true); // a plan not yet saved as a .cplan
        if (mode == OpenMode::Review)
            enterReview(*document);
        setDocument(std::move(document));
        emit statusMessage(tr("Imported %1: save it to keep it as a plan file").arg(QFileInfo(absolute).fileName()));
        return true;
    }
    storage::OpenResult result = storage::openPlanFile(absolute);
    if (!result.plan) {
        m_prompts->showError(tr("Cannot open the plan"), result.message);
        if (result.error == storage::OpenError::NotFound)
            AppSettings::removeRecentFile(absolute);
        return false;
    }
    m_lock.reset();
    auto document = std::make_unique<Document>(std::move(*result.plan), result.database);
    document->setFilePath(absolute);
    lockOrMakeReadOnly(*document, absolute, readOnly);
    if (mode == OpenMode::Review)
        enterReview(*document);
    setDocument(std::move(document));
    AppSettings::addRecentFile(absolute);
    if (offerCopy)
        offerRecovery(absolute);
    QStringList notes = result.notes;
    if (result.migrated)
        notes.prepend(tr("The plan was made by an older version; it is updated when you save it."));
    if (!notes.isEmpty())
        emit statusMessage(notes.join(QLatin1Char(' ')));
    return true;
}

bool PlanFileController::newBlankPlan()
{
    // The user's chosen starting point for new plans (Settings), else a blank plan.
    if (const QString key = AppSettings::defaultTemplate(); !key.isEmpty() && loadBundledPlan(key))
        return newFromTemplate(key);
    if (!maybeSave())
        return false;
    m_lock.reset();
    setDocument(std::make_unique<Document>(makeBlankPlan(tr("Untitled plan"), AppSettings::defaultCurrency())));
    return true;
}

bool PlanFileController::newFromTemplate(const QString &key)
{
    if (!maybeSave())
        return false;
    QString error;
    std::optional<Plan> plan = loadBundledPlan(key, &error);
    if (!plan) {
        m_prompts->showError(tr("Cannot start from the template"), error);
        return false;
    }
    m_lock.reset();
    setDocument(std::make_unique<Document>(std::move(*plan)), key == QLatin1String("sample"));
    return true;
}

void PlanFileController::startWithoutFile()
{
    if (offerCrashCopies())
        return;
    if (std::optional<Plan> sample = loadBundledPlan(QStringLiteral("sample")))
        setDocument(std::make_unique<Document>(std::move(*sample)), true);
}

bool PlanFileController::startWithFile(const QString &path, bool readOnly)
{
    if (!openFile(path, readOnly)) {
        startWithoutFile();
        return false;
    }
    // Its own copy restored: that is the work to go on with; the others wait for the next start.
    if (!m_document->isModified() && offerCrashCopies())
        emit statusMessage(tr("Restored unsaved work; %1 is in File > Open Recent.").arg(QFileInfo(path).fileName()));
    return true;
}

bool PlanFileController::isUnsavedSample() const
{
    return m_document && m_document.get() == m_sample && m_document->filePath().isEmpty();
}

bool PlanFileController::saveTo(const QString &path)
{
    const storage::SaveResult result = m_document->saveTo(path);
    if (!result.ok) {
        m_prompts->showError(tr("Cannot save the plan"), result.message + QLatin1Char(' ')
                                                              + tr("Your plan is still open; try another folder with Save As."));
        return false;
    }
    return true;
}

bool PlanFileController::save()
{
    if (m_document->isReviewing() && !m_document->filePath().isEmpty() && !m_lock) {
        // Never write into a plan someone else has open, or onto media that refuse it.
        m_prompts->showError(tr("Cannot save the review"),
                             tr("Cannot save your comments into %1. %2 Use Save As to keep them in a copy.")
                                 .arg(QDir::toNativeSeparators(m_document->filePath()), m_reviewNotWritable));
        return false;
    }
    if (m_document->filePath().isEmpty() || !canSaveInPlace())
        return saveAs();
    if (!saveTo(m_document->filePath()))
        return false;
    discardRecovery();
    m_document->markSaved();
    emit statusMessage(tr("Saved %1").arg(m_document->displayName()));
    return true;
}

bool PlanFileController::saveAs()
{
    QString suggested = m_document->filePath();
    const bool copy = m_document->isReadOnly() && !canSaveInPlace();
    if (suggested.isEmpty() || copy) {
        const QString folder = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(suggested).absolutePath();
        QString name = m_document->plan().settings.name.trimmed();
        name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
        suggested = folder + QLatin1Char('/') + (name.isEmpty() ? tr("plan") : name)
                    + (copy ? tr(" (copy)") : QString()) + QStringLiteral(".cplan");
    }
    QString path = m_prompts->saveFileName(copy ? tr("Save a copy") : tr("Save plan as"), suggested);
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".cplan"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".cplan");
        // The dialog asked about the name as typed; the name with the suffix is another file.
        if (QFileInfo::exists(path) && !m_prompts->askReplaceFile(path))
            return false;
    }
    path = QFileInfo(path).absoluteFilePath();
    const bool sameFile = path == m_document->filePath() && m_lock;
    std::unique_ptr<storage::PlanLock> lock;
    if (!sameFile) {
        // Lock the target first: never write over a plan another window is working on.
        lock = std::make_unique<storage::PlanLock>(path);
        if (lock->tryLock() == storage::PlanLock::Result::HeldElsewhere) {
            m_prompts->showError(tr("Cannot save the plan"),
                                 tr("Cannot save %1: it is open in %2. Close it there or choose another name.")
                                     .arg(QDir::toNativeSeparators(path), lock->holder()));
            return false;
        }
    }
    if (!saveTo(path))
        return false;
    discardRecovery();
    m_document->setFilePath(path);
    if (!sameFile) {
        m_lock.reset();
        if (lock->isLocked()) {
            m_lock = std::move(lock);
            m_document->setReadOnly(false);
        } else {
            lockOrMakeReadOnly(*m_document, path, false);
        }
        if (m_document->isReviewing()) // the copy is reviewed too: its content stays read-only
            enterReview(*m_document);
    }
    m_document->markSaved();
    AppSettings::addRecentFile(path);
    emit statusMessage(tr("Saved %1").arg(m_document->displayName()));
    return true;
}

bool PlanFileController::closeDocument()
{
    if (!maybeSave())
        return false;
    m_lock.reset();
    setDocument(std::make_unique<Document>(makeBlankPlan(tr("Untitled plan"), AppSettings::defaultCurrency())));
    return true;
}

bool PlanFileController::prepareToQuit()
{
    if (!maybeSave())
        return false;
    m_autosaveTimer.stop();
    m_lock.reset();
    return true;
}

} // namespace cplan
