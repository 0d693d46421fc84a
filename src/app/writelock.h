#pragma once

#include <QString>

#include <memory>

namespace cplan::storage {
class PlanLock;
}

namespace cplan::app {

// A command that writes a plan file locks it first, as a window does, and keeps the lock until
// it is done: a window that has the plan open would otherwise write its older plan over the
// command's work with its next save, and no window opens it for editing meanwhile. With
// --force the command writes all the same; the window then finds the file changed and asks
// before its next save.
class PlanWriteLock
{
public:
    PlanWriteLock();
    ~PlanWriteLock();

    // Empty when the command may write `planPath`; else the one line that says why not, naming
    // the file and who has it open.
    QString acquire(const QString &planPath, bool force);

private:
    std::unique_ptr<storage::PlanLock> m_lock;
};

} // namespace cplan::app
