// What SQLite's structure check (PRAGMA quick_check, now run on every open)
// costs, against the rest of the open, in one run on one plan.
//
// Usage: bench_open PLAN.cplan [RUNS=5]
//
// Times, as medians of RUNS: openPlanFile() as the application opens a plan
// (read, page checksums, quick_check, schema checks, reading every row); the
// quick_check alone on the same image in memory; the page checksums alone;
// reading the file. The baseline is the open without the structure check
// (open_ms - quick_check_ms), so quick_check_share is what the check adds to
// the open before it ran every time. PRAGMA integrity_check is timed for
// comparison. Prints one "key value" pair per line.
#include "pagechecksum.h"
#include "planfile.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

// Runs `pragma` on a private in-memory copy of `image`; true when it says "ok".
bool checkInMemory(const QByteArray &image, const char *pragma)
{
    cplan::storage::ImageBuffer buffer(image.size());
    std::memcpy(buffer.data(), image.constData(), std::size_t(image.size()));
    cplan::storage::Database db;
    if (!db.openInMemory(std::move(buffer)))
        return false;
    cplan::storage::Statement check(db, pragma);
    return check.next() && check.text(0) == QLatin1String("ok");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_open PLAN.cplan [RUNS=5]\n");
        return 2;
    }
    const QString planPath = args.at(1);
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;

    std::vector<double> opens, reads, checksums, quickChecks, integrityChecks;
    QByteArray image;
    for (int i = 0; i < runs; ++i) {
        auto start = Clock::now();
        const cplan::storage::OpenResult opened = cplan::storage::openPlanFile(planPath);
        opens.push_back(msSince(start));
        if (!opened.plan) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.message));
            return 1;
        }
        start = Clock::now();
        QFile file(planPath);
        if (!file.open(QIODevice::ReadOnly))
            return 1;
        image = file.readAll();
        reads.push_back(msSince(start));
        start = Clock::now();
        if (cplan::storage::verifyPageChecksums(image).state == cplan::storage::ChecksumState::Mismatch)
            return 1;
        checksums.push_back(msSince(start));
        start = Clock::now();
        if (!checkInMemory(image, "PRAGMA quick_check"))
            return 1;
        quickChecks.push_back(msSince(start));
        start = Clock::now();
        if (!checkInMemory(image, "PRAGMA integrity_check"))
            return 1;
        integrityChecks.push_back(msSince(start));
    }
    const double open = median(opens);
    const double quick = median(quickChecks);
    std::printf("file_bytes %lld\n", static_cast<long long>(image.size()));
    std::printf("open_ms %.1f\n", open);
    std::printf("read_ms %.1f\n", median(reads));
    std::printf("checksum_ms %.1f\n", median(checksums));
    std::printf("quick_check_ms %.1f\n", quick);
    std::printf("integrity_check_ms %.1f\n", median(integrityChecks));
    std::printf("open_without_quick_check_ms %.1f\n", open - quick);
    std::printf("quick_check_share %.2f\n", quick / std::max(0.1, open - quick));
    return 0;
}
