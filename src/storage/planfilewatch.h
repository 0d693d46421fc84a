#pragma once

#include "filestamp.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace cplan::storage {

// Tells when another program changes the open plan's file on disk: a command-line import, a
// sync client (Nextcloud, Dropbox, Syncthing) renaming a new file over it, an SQLite browser.
// It keeps the file's stamp as it was opened or last saved by this window, so its own saves
// are never taken for someone else's. Watches the folder too: a file renamed over the plan is
// a new file, which the watch then follows.
class PlanFileWatch : public QObject
{
    Q_OBJECT
public:
    explicit PlanFileWatch(QObject *parent = nullptr);

    // Watches `path` (symbolic links followed to the real file) as it was when `stamp` was
    // taken: just before it was read, or just after this window wrote it.
    void watch(const QString &path, const FileStamp &stamp);
    // After this window saved the file: what is on disk now is its own.
    void watch(const QString &path) { watch(path, fileStampOf(path)); }
    void stop();
    bool isWatching() const { return !m_path.isEmpty(); }

    // Whether the file on disk is no longer the one opened or last saved here.
    bool isChangedOnDisk() const;

signals:
    // Once for each change noticed (again only after watch() took a new stamp).
    void changedOnDisk();

private:
    void check();
    void follow(const FileStamp &now);

    QFileSystemWatcher m_watcher;
    QTimer m_settle; // a writer's burst of changes (write, rename) is looked at once it pauses
    QString m_path;
    FileStamp m_stamp;
    FileStamp m_watched; // the file the watcher follows
    bool m_reported = false;
};

} // namespace cplan::storage
