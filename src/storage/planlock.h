#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace cplan::storage {

// The lock that marks a plan as open for editing. One plan file has one lock, whatever name
// it is opened by:
// - a QLockFile beside the real file (".name.cplan.lock", symbolic links followed to their
//   end), which other instances and other machines on a shared folder see;
// - a second one keyed by the file's device and inode in the user's runtime folder, which hard
//   links to the same file share (their names, and so the locks beside them, differ).
// A lock left by a process that no longer runs (a crash) is stale and taken over; a live one
// means another instance has the plan, so this one opens it read-only. A lock held on another
// machine cannot be checked: only the person may decide to take it over (takeOver()).
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

    // After HeldElsewhere: who holds it, for the read-only banner: "application on host
    // (process 1234)".
    QString holder() const;
    // After HeldElsewhere: the holder runs on another machine (a shared folder), so whether it
    // still runs cannot be known here.
    bool isHeldOnAnotherMachine() const;
    // The person confirmed that the other machine no longer has the plan open: its lock is
    // removed and this one takes it. HeldElsewhere when it is in use after all.
    Result takeOver();
    // The plan's file was replaced (every save renames a new file over it; a sync client does
    // the same): the lock that hard links share moves to the new file.
    void followFile();

    // The lock file beside the plan (beside the real file when `planPath` is a symbolic link).
    static QString lockPathFor(const QString &planPath);
    // The lock file that hard links share, or empty when the file does not exist or the user
    // has no runtime folder.
    static QString linkLockPathFor(const QString &planPath);

private:
    QString m_realPath;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QLockFile> m_linkLock;
    const QLockFile *m_heldBy = nullptr; // the lock another process holds, after HeldElsewhere
};

} // namespace cplan::storage
