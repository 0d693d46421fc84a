#pragma once

#include <QString>

#include <cstdint>

namespace cplan::storage {

// What a plan file looked like on disk when it was opened or last saved, to tell whether
// another program changed it since: a sync client renaming a new file over it (another
// inode), a command-line import, an SQLite browser writing into it (SQLite's file change
// counter, header bytes 24..27), anything else (size, time of the last change).
struct FileStamp
{
    bool exists = false;
    qint64 size = 0;
    qint64 modifiedNs = 0; // nanoseconds since the epoch
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint32_t changeCounter = 0;

    bool operator==(const FileStamp &) const = default;
};

// The stamp of the file `path` names (symbolic links followed); exists is false when there is
// no file there.
FileStamp fileStampOf(const QString &path);

} // namespace cplan::storage
