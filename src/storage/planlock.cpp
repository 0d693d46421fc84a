#include "planlock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLockFile>

namespace cplan::storage {

PlanLock::PlanLock(const QString &planPath) : m_lock(std::make_unique<QLockFile>(lockPathFor(planPath)))
{
    // A plan stays open for hours: only a lock whose process has died counts as stale.
    m_lock->setStaleLockTime(0);
}

PlanLock::~PlanLock() = default;

QString PlanLock::lockPathFor(const QString &planPath)
{
    const QFileInfo info(planPath);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

PlanLock::Result PlanLock::tryLock()
{
    if (m_lock->tryLock(0))
        return Result::Locked;
    return m_lock->error() == QLockFile::LockFailedError ? Result::HeldElsewhere : Result::CannotLock;
}

void PlanLock::unlock()
{
    m_lock->unlock();
}

bool PlanLock::isLocked() const
{
    return m_lock->isLocked();
}

QString PlanLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_lock->getLockInfo(&pid, &host, &application))
        return QCoreApplication::translate("cplan::PlanFile", "another program");
    return QCoreApplication::translate("cplan::PlanFile", "%1 on %2 (process %3)")
        .arg(application.isEmpty() ? QStringLiteral("Campaign Planner") : application, host)
        .arg(pid);
}

} // namespace cplan::storage
