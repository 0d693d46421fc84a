#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
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

void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &contents, QString *error)
{
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
        *error = QFileInfo(folder).isWritable() ? systemError(code ? code : EIO)
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
    if (target.exists())
        temporary.setPermissions(QFile(path).permissions());
    else
        temporary.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
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
