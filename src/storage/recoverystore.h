#pragma once

#include <QByteArray>

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace cplan::storage {

// Autosaved copies of plans with unsaved changes, kept in a folder of the application's own
// data (never beside or over the user's file). Each copy is a complete .cplan file plus a
// small JSON note saying which plan it belongs to and when it was written.
struct RecoveryEntry
{
    QString recoveryPath; // the .cplan copy
    QString planPath;     // the user's file it belongs to; empty for a plan never saved
    QString planName;
    QDateTime savedAt;    // UTC
    qint64 ownerPid = 0;  // the instance that wrote it
    QString ownerHost;

    // The instance that wrote the copy still runs (on this machine): it is not a crash's.
    bool ownerIsRunning() const;
    // For a plan never saved: the key in the copy's name ("untitled-<key>.cplan").
    QString untitledKey() const;
};

class RecoveryStore
{
public:
    explicit RecoveryStore(QString folder);
    // The default folder: <application data>/recovery.
    static QString defaultFolder();

    // Where the copy of this plan goes. `untitledKey` tells unsaved plans apart.
    QString recoveryPathFor(const QString &planPath, const QString &untitledKey = {}) const;
    // Writes the copy (the bytes of a .cplan file) atomically; false with a message on failure.
    bool write(const QByteArray &image, const QString &planName, const QString &planPath, const QString &untitledKey,
               QString *error) const;
    std::optional<RecoveryEntry> entryFor(const QString &planPath, const QString &untitledKey = {}) const;
    // Copies of plans that were never saved (offered when the application starts).
    std::vector<RecoveryEntry> untitledEntries() const;
    // Copies of saved plans (each names its plan's file), newest first.
    std::vector<RecoveryEntry> savedPlanEntries() const;
    void remove(const QString &recoveryPath) const;

private:
    std::optional<RecoveryEntry> readEntry(const QString &recoveryPath) const;
    QString m_folder;
};

} // namespace cplan::storage
