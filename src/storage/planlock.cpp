#include "planlock.h"

#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QSysInfo>

#include <sys/stat.h>

namespace cplan::storage {

namespace {

std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // A plan stays open for hours: only a lock whose process has died counts as stale.
    lock->setStaleLockTime(0);
    return lock;
}

// The lock that hard links share, taken; null when there is no such lock to take (no file yet,
// no runtime folder) and, with `heldElsewhere`, when another process has it.
std::unique_ptr<QLockFile> lockLinks(const QString &realPath, std::unique_ptr<QLockFile> *heldElsewhere)
{
    const QString path = PlanLock::linkLockPathFor(realPath);
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return nullptr;
    std::unique_ptr<QLockFile> lock = makeLock(path);
    if (lock->tryLock(0))
        return lock;
    if (heldElsewhere && lock->error() == QLockFile::LockFailedError)
        *heldElsewhere = std::move(lock);
    return nullptr; // a runtime folder that refuses: the lock beside the file still stands
}

} // namespace

PlanLock::PlanLock(const QString &planPath)
    : m_realPath(resolvedFilePath(planPath)), m_lock(makeLock(lockPathFor(m_realPath)))
{
}

PlanLock::~PlanLock() = default;

QString PlanLock::lockPathFor(const QString &planPath)
{
    const QFileInfo info(resolvedFilePath(planPath));
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

QString PlanLock::linkLockPathFor(const QString &planPath)
{
    struct stat file;
    if (::stat(QFile::encodeName(resolvedFilePath(planPath)).constData(), &file) != 0)
        return {};
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        return {};
    return QStringLiteral("%1/campaign-planner-locks/%2-%3.lock")
        .arg(runtime)
        .arg(quint64(file.st_dev))
        .arg(quint64(file.st_ino));
}

PlanLock::Result PlanLock::tryLock()
{
    m_heldBy = nullptr;
    m_linkLock.reset();
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() != QLockFile::LockFailedError)
            return Result::CannotLock;
        m_heldBy = m_lock.get();
        return Result::HeldElsewhere;
    }
    std::unique_ptr<QLockFile> taken;
    m_linkLock = lockLinks(m_realPath, &taken);
    if (taken) {
        // The same file is open by another of its names (a hard link).
        m_lock->unlock();
        m_linkLock = std::move(taken);
        m_heldBy = m_linkLock.get();
        return Result::HeldElsewhere;
    }
    return Result::Locked;
}

void PlanLock::unlock()
{
    m_lock->unlock();
    if (m_linkLock)
        m_linkLock->unlock();
}

bool PlanLock::isLocked() const
{
    return m_lock->isLocked();
}

void PlanLock::followFile()
{
    if (!isLocked())
        return;
    if (m_linkLock && m_linkLock->isLocked() && m_linkLock->fileName() == linkLockPathFor(m_realPath))
        return;
    std::unique_ptr<QLockFile> moved = lockLinks(m_realPath, nullptr);
    if (m_linkLock)
        m_linkLock->unlock();
    m_linkLock = std::move(moved);
    m_heldBy = nullptr;
}

QString PlanLock::holder() const
{
    const QLockFile *lock = m_heldBy ? m_heldBy : m_lock.get();
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock->getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("cplan::PlanFile", "another program");
    return QCoreApplication::translate("cplan::PlanFile", "%1 on %2 (process %3)")
        .arg(application.isEmpty() ? QStringLiteral("Campaign Planner") : application, host)
        .arg(pid);
}

bool PlanLock::isHeldOnAnotherMachine() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_heldBy == m_lock.get() && m_lock->getLockInfo(&pid, &host, &application) && !host.isEmpty()
           && host != QSysInfo::machineHostName();
}

PlanLock::Result PlanLock::takeOver()
{
    if (!isHeldOnAnotherMachine())
        return tryLock();
    // Refused while a process on this machine holds the file (an advisory lock on it).
    m_lock->removeStaleLockFile();
    return tryLock();
}

} // namespace cplan::storage
