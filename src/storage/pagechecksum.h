#pragma once

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace cplan::storage {

// Every page of a plan file ends in 16 reserved bytes (SQLite leaves them alone): a 64-bit
// checksum of the rest of the page, then, on page 1, the file change counter at the time the
// checksums were written. Flipped bytes anywhere in a table page are found this way even when
// SQLite's own structure checks pass. A file changed by another SQLite program (a manager's
// database browser) has a newer change counter; its checksums are then not trusted either way.
constexpr int reservedBytesPerPage = 16;

struct SqliteHeader
{
    int pageSize = 0;
    int reservedBytes = 0;
    std::uint32_t changeCounter = 0;
    std::uint32_t pageCount = 0;
    std::uint32_t userVersion = 0;
    std::uint32_t applicationId = 0;
};

bool hasSqliteMagic(QByteArrayView image);
// nullopt when the image is shorter than a header.
std::optional<SqliteHeader> readSqliteHeader(QByteArrayView image);

// Stamps the pages in place (a buffer of whole pages, such as SQLite's own).
void stampPageChecksums(char *image, qsizetype size);
void stampPageChecksums(QByteArray &image);

enum class ChecksumState { Valid, ChangedElsewhere, NoChecksums, Mismatch };
struct ChecksumCheck
{
    ChecksumState state = ChecksumState::NoChecksums;
    std::uint32_t badPage = 0; // 1-based, for Mismatch
};
ChecksumCheck verifyPageChecksums(QByteArrayView image);

} // namespace cplan::storage
