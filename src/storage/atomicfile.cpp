#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cplan::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanFile", text);
}

QString systemError(int code)
{
    switch (code) {
    case ENOSPC:
    case EDQUOT: return tr("the disk is full");
    case EACCES:
    case EPERM: return tr("you do not have permission to write there");
    case EROFS: return tr("the disk is read-only");
    case ENOENT: return tr("the folder does not exist");
    default: return QString::fromLocal8Bit(std::strerror(code));
    }
}

bool writeAll(int fd, const QByteArray &contents, int *code)
{
    const char *data = contents.constData();
    qsizetype left = contents.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            *code = errno;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

// The process's umask without changing it (umask() would, for a moment, for every thread).
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    return 022;
}

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

bool writeFileAtomically(const QString &requestedPath, const QByteArray &contents, QString *error)
{
    // Saving through a symbolic link replaces the file it points at, and the link stays.
    const QFileInfo requested(requestedPath);
    const QString path = requested.isSymLink() && !requested.symLinkTarget().isEmpty() ? requested.symLinkTarget()
                                                                                         : requestedPath;
    const QFileInfo target(path);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *error = tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QTemporaryFile temporary(folder + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX.saving"));
    temporary.setAutoRemove(true);
    if (!temporary.open()) {
        const int code = errno;
        // A read-only disk also fails the permission test: errno tells the two apart.
        *error = code == EROFS || QFileInfo(folder).isWritable() ? systemError(code ? code : EIO)
                                                : tr("you do not have permission to write in %1")
                                                      .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    int code = 0;
    const int fd = temporary.handle();
    if (!writeAll(fd, contents, &code) || ::fsync(fd) != 0) {
        if (!code)
            code = errno;
        *error = systemError(code);
        return false;
    }
    struct stat old;
    if (::stat(QFile::encodeName(path).constData(), &old) == 0) {
        // Keep the plan's mode and, where allowed, its group (a shared team folder).
        ::fchmod(fd, old.st_mode & 07777);
        if (::fchown(fd, uid_t(-1), old.st_gid) != 0) {
            // Not a member of that group: the file gets ours, as any editor would do.
        }
    } else {
        ::fchmod(fd, 0666 & ~currentUmask()); // a new file: as the user's umask says
    }
    temporary.close();
    if (::rename(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = systemError(errno);
        return false;
    }
    temporary.setAutoRemove(false);
    syncFolder(folder);
    return true;
}

} // namespace cplan::storage
