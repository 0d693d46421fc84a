#include "planfilewatch.h"

#include "atomicfile.h"

#include <QFileInfo>

namespace cplan::storage {

PlanFileWatch::PlanFileWatch(QObject *parent) : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, &PlanFileWatch::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
}

void PlanFileWatch::watch(const QString &path, const FileStamp &stamp)
{
    stop();
    m_path = resolvedFilePath(path);
    m_stamp = stamp;
    m_reported = false;
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    follow(fileStampOf(m_path));
}

void PlanFileWatch::follow(const FileStamp &now)
{
    // The watcher follows a file, not a name: a file renamed over the plan is another one.
    if (!now.exists || (now.device == m_watched.device && now.inode == m_watched.inode))
        return;
    if (m_watcher.files().contains(m_path))
        m_watcher.removePath(m_path);
    m_watcher.addPath(m_path);
    m_watched = now;
}

void PlanFileWatch::stop()
{
    m_settle.stop();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_path.clear();
    m_stamp = {};
    m_watched = {};
    m_reported = false;
}

bool PlanFileWatch::isChangedOnDisk() const
{
    return isWatching() && fileStampOf(m_path) != m_stamp;
}

void PlanFileWatch::check()
{
    if (!isWatching())
        return;
    const FileStamp now = fileStampOf(m_path);
    follow(now);
    if (!m_reported && now != m_stamp) {
        m_reported = true;
        emit changedOnDisk();
    }
}

} // namespace cplan::storage
