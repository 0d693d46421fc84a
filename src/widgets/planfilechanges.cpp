// PlanFileController, continued: the plan's file changed on disk by another program (reload,
// compare, a copy: never written over without asking), and the lock a process on another
// machine holds, which the person may take over.
#include "planfilecontroller.h"

#include "document.h"
#include "filestamp.h"
#include "planfile.h"
#include "planlock.h"
#include "userprompts.h"

#include <QDir>
#include <QFileInfo>

namespace cplan {

void PlanFileController::watchFile(const QString &path, const storage::FileStamp &stamp)
{
    m_watch.watch(path, stamp);
    if (m_lock)
        m_lock->followFile(); // the save renamed a new file over the plan
    emit diskStateChanged();
}

void PlanFileController::stopWatching()
{
    m_watch.stop();
    emit diskStateChanged();
}

bool PlanFileController::mayWriteOverDisk()
{
    if (!m_watch.isChangedOnDisk())
        return true;
    switch (m_prompts->askChangedOnDisk(QFileInfo(m_document->filePath()).fileName())) {
    case UserPrompts::DiskChangeChoice::Reload: reloadFromDisk(); return false;
    case UserPrompts::DiskChangeChoice::Compare: emit compareWithDiskRequested(); return false;
    case UserPrompts::DiskChangeChoice::SaveCopy: return saveCopy();
    case UserPrompts::DiskChangeChoice::Cancel: break;
    }
    return false;
}

bool PlanFileController::reloadFromDisk()
{
    const QString path = m_document->filePath();
    if (path.isEmpty())
        return false;
    const storage::FileStamp stamp = storage::fileStampOf(path);
    storage::OpenResult result = storage::openPlanFile(path);
    if (!result.plan) {
        m_prompts->showError(tr("Cannot reload the plan"), result.message);
        return false;
    }
    discardRecovery();
    auto document = std::make_unique<Document>(std::move(*result.plan), result.database);
    document->setFilePath(path);
    if (m_document->isReviewing()) {
        document->setReadOnly(true, m_reviewNotWritable);
        enterReview(*document);
    } else {
        document->setReadOnly(m_document->isReadOnly(), m_document->readOnlyReason());
    }
    if (m_foreignLockFor == m_document.get())
        m_foreignLockFor = document.get();
    setDocument(std::move(document));
    watchFile(path, stamp);
    emit statusMessage(tr("Reloaded %1 as it is on disk").arg(m_document->displayName()));
    return true;
}

bool PlanFileController::canTakeOverLock() const
{
    return m_foreignLock && m_foreignLockFor && m_foreignLockFor == m_document.get() && !m_lock;
}

bool PlanFileController::takeOverLock()
{
    if (!canTakeOverLock())
        return false;
    if (!m_prompts->confirmTakeOverLock(m_document->displayName(), m_foreignLock->holder()))
        return false;
    if (m_foreignLock->takeOver() != storage::PlanLock::Result::Locked) {
        m_prompts->showError(tr("Cannot take over the plan"),
                             tr("Cannot take over %1: it is still in use (%2). It stays read-only here.")
                                 .arg(QDir::toNativeSeparators(m_document->filePath()), m_foreignLock->holder()));
        return false;
    }
    m_lock = std::move(m_foreignLock);
    m_foreignLockFor = nullptr;
    if (m_document->isReviewing())
        enterReview(*m_document); // comments may now be saved into the file
    else
        m_document->setReadOnly(false);
    emit statusMessage(tr("You took over %1; it is open for editing here").arg(m_document->displayName()));
    return true;
}

} // namespace cplan
