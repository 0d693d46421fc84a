#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace cplan::storage {

// The lock that marks a plan as open for editing: a QLockFile beside the plan
// (".name.cplan.lock"). A lock left by a process that no longer runs (a crash) is stale and
// taken over; a live one means another instance has the plan, so this one opens it read-only.
class PlanLock
{
public:
    explicit PlanLock(const QString &planPath);
    ~PlanLock();
    PlanLock(const PlanLock &) = delete;
    PlanLock &operator=(const PlanLock &) = delete;

    enum class Result { Locked, HeldElsewhere, CannotLock };
    Result tryLock();
    void unlock();
    bool isLocked() const;

    // Who holds it, for the read-only banner: "application on host (process 1234)".
    QString holder() const;
    static QString lockPathFor(const QString &planPath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cplan::storage
