#include "pagechecksum.h"

#include <QtEndian>

#include <cstring>

namespace cplan::storage {

namespace {

std::uint32_t bigEndian32(QByteArrayView image, int offset)
{
    return qFromBigEndian<std::uint32_t>(image.constData() + offset);
}

// FNV-1a over 64-bit words: fast, and any flipped bit changes the result.
std::uint64_t pageChecksum(const char *page, int length)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    int i = 0;
    for (; i + 8 <= length; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, page + i, 8);
        hash = (hash ^ word) * 0x100000001b3ULL;
    }
    for (; i < length; ++i)
        hash = (hash ^ std::uint8_t(page[i])) * 0x100000001b3ULL;
    return hash;
}

} // namespace

bool hasSqliteMagic(QByteArrayView image)
{
    return image.startsWith(QByteArrayView("SQLite format 3\0", 16));
}

std::optional<SqliteHeader> readSqliteHeader(QByteArrayView image)
{
    if (image.size() < 100)
        return std::nullopt;
    SqliteHeader header;
    const int rawPageSize = qFromBigEndian<std::uint16_t>(image.constData() + 16);
    header.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    header.reservedBytes = std::uint8_t(image[20]);
    header.changeCounter = bigEndian32(image, 24);
    header.pageCount = bigEndian32(image, 28);
    header.userVersion = bigEndian32(image, 60);
    header.applicationId = bigEndian32(image, 68);
    return header;
}

void stampPageChecksums(QByteArray &image)
{
    stampPageChecksums(image.data(), image.size());
}

void stampPageChecksums(char *data, qsizetype size)
{
    const std::optional<SqliteHeader> header = readSqliteHeader(QByteArrayView(data, size));
    if (!header || header->reservedBytes != reservedBytesPerPage || header->pageSize < 512)
        return;
    const int pageSize = header->pageSize;
    // The counter sits in page 1's reserved bytes, outside its checksum: a damaged counter only
    // sends the file through SQLite's own checks.
    qToBigEndian<std::uint32_t>(header->changeCounter, data + pageSize - 8);
    for (qsizetype offset = 0; offset + pageSize <= size; offset += pageSize) {
        const std::uint64_t sum = pageChecksum(data + offset, pageSize - reservedBytesPerPage);
        qToBigEndian<std::uint64_t>(sum, data + offset + pageSize - reservedBytesPerPage);
    }
}

ChecksumCheck verifyPageChecksums(QByteArrayView image)
{
    const std::optional<SqliteHeader> header = readSqliteHeader(image);
    if (!header || header->reservedBytes != reservedBytesPerPage || header->pageSize < 512
        || image.size() < header->pageSize)
        return {ChecksumState::NoChecksums, 0};
    const int pageSize = header->pageSize;
    const char *data = image.constData();
    if (qFromBigEndian<std::uint32_t>(data + pageSize - 8) != header->changeCounter)
        return {ChecksumState::ChangedElsewhere, 0};
    std::uint32_t page = 1;
    for (qsizetype offset = 0; offset + pageSize <= image.size(); offset += pageSize, ++page) {
        const std::uint64_t expected = qFromBigEndian<std::uint64_t>(data + offset + pageSize - reservedBytesPerPage);
        if (pageChecksum(data + offset, pageSize - reservedBytesPerPage) != expected)
            return {ChecksumState::Mismatch, page};
    }
    return {ChecksumState::Valid, 0};
}

} // namespace cplan::storage
