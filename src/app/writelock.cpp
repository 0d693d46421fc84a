#include "writelock.h"

#include "planlock.h"

#include <QCoreApplication>
#include <QDir>

namespace cplan::app {

PlanWriteLock::PlanWriteLock() = default;
PlanWriteLock::~PlanWriteLock() = default;

QString PlanWriteLock::acquire(const QString &planPath, bool force)
{
    auto lock = std::make_unique<storage::PlanLock>(planPath);
    const QString shown = QDir::toNativeSeparators(planPath);
    switch (lock->tryLock()) {
    case storage::PlanLock::Result::Locked:
        m_lock = std::move(lock);
        return {};
    case storage::PlanLock::Result::HeldElsewhere:
        if (force)
            return {};
        return QCoreApplication::translate("cplan::Commands",
                                           "Cannot write %1: it is open in %2. Close it there, or give --force to "
                                           "write it anyway (that window then asks before it saves).")
            .arg(shown, lock->holder());
    case storage::PlanLock::Result::CannotLock:
        // No window could lock it there either (it would have it read-only): the write itself
        // says what is wrong with the folder, if anything.
        return {};
    }
    return {};
}

} // namespace cplan::app
