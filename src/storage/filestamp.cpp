#include "filestamp.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cplan::storage {

FileStamp fileStampOf(const QString &path)
{
    FileStamp stamp;
    const QByteArray name = QFile::encodeName(path);
    struct stat file;
    if (::stat(name.constData(), &file) != 0 || !S_ISREG(file.st_mode))
        return stamp;
    stamp.exists = true;
    stamp.size = qint64(file.st_size);
    stamp.modifiedNs = qint64(file.st_mtim.tv_sec) * 1000000000 + file.st_mtim.tv_nsec;
    stamp.device = std::uint64_t(file.st_dev);
    stamp.inode = std::uint64_t(file.st_ino);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return stamp; // not readable: the rest still tells a change
    unsigned char counter[4];
    if (::pread(fd, counter, sizeof counter, 24) == ssize_t(sizeof counter))
        stamp.changeCounter = (std::uint32_t(counter[0]) << 24) | (std::uint32_t(counter[1]) << 16)
                              | (std::uint32_t(counter[2]) << 8) | std::uint32_t(counter[3]);
    ::close(fd);
    return stamp;
}

} // namespace cplan::storage
