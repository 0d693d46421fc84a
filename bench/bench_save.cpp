// How long saving a large plan takes, without the JSON parsing that --import-json adds.
//
// Usage: bench_save PLAN.cplan OUT.cplan [RUNS=5]
//
// Opens PLAN once (timed) as the application does, then RUNS times changes one content item
// and saves the document to OUT (File > Save: only the changed rows are written into the
// plan's database kept in memory, then its pages go to disk atomically). For comparison it
// times savePlanFile() (every row written into a fresh database, as --import-json does),
// planFileImage() alone, and stampPageChecksums() and writeFileAtomically() of an image.
// Prints one "key value" pair per line so a script can pick them up:
//   open_ms, save_median_ms, save_min_ms, full_save_median_ms, image_median_ms, image_bytes,
//   checksum_median_ms, write_median_ms,
//   rss_after_open_kb, save_peak_rss_kb (peak RSS while saving, the open's peak excluded
//   where the kernel lets us reset it: /proc/self/clear_refs "5").
#include "atomicfile.h"
#include "commands.h"
#include "document.h"
#include "pagechecksum.h"
#include "planfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long statusKb(const char *field)
{
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ':';
    while (std::getline(status, line)) {
        if (line.compare(0, prefix.size(), prefix) == 0)
            return std::stol(line.substr(prefix.size()));
    }
    return -1;
}

bool resetPeakRss()
{
    std::ofstream clear("/proc/self/clear_refs");
    if (!clear)
        return false;
    clear << "5";
    clear.flush();
    return bool(clear);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_save PLAN.cplan OUT.cplan [RUNS=5]\n");
        return 2;
    }
    const QString in = args.at(1);
    const QString out = args.at(2);
    const int runs = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;

    auto start = Clock::now();
    cplan::storage::OpenResult opened = cplan::storage::openPlanFile(in);
    const double openMs = msSince(start);
    if (!opened.plan) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    std::printf("open_ms %.1f\n", openMs);
    std::printf("rss_after_open_kb %ld\n", statusKb("VmRSS"));
    std::fflush(stdout);

    const bool reset = resetPeakRss();
    cplan::Document document(std::move(*opened.plan), opened.database);
    const cplan::Plan &plan = document.plan();
    std::vector<double> saves;
    for (int i = 0; i < runs; ++i) {
        if (!document.plan().content.empty()) {
            cplan::ContentItem item = document.plan().content[std::size_t(i) % document.plan().content.size()];
            item.title += QStringLiteral(" (edited)");
            document.undoStack()->push(new cplan::ChangeRecordCommand<cplan::ContentItem>(&document, item, QStringLiteral("Rename")));
        }
        start = Clock::now();
        const cplan::storage::SaveResult saved = document.saveTo(out);
        saves.push_back(msSince(start));
        if (!saved.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.message));
            return 1;
        }
    }
    const long savePeak = statusKb("VmHWM");

    std::vector<double> fullSaves;
    for (int i = 0; i < runs; ++i) {
        start = Clock::now();
        const cplan::storage::SaveResult saved = cplan::storage::savePlanFile(plan, out);
        fullSaves.push_back(msSince(start));
        if (!saved.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.message));
            return 1;
        }
    }

    std::vector<double> images;
    qsizetype bytes = 0;
    for (int i = 0; i < runs; ++i) {
        start = Clock::now();
        QString error;
        const QByteArray image = cplan::storage::planFileImage(plan, &error);
        images.push_back(msSince(start));
        bytes = image.size();
        if (image.isEmpty()) {
            std::fprintf(stderr, "planFileImage failed: %s\n", qPrintable(error));
            return 1;
        }
    }

    QString error;
    QByteArray image = cplan::storage::planFileImage(plan, &error);
    std::vector<double> checksums, writes;
    for (int i = 0; i < runs; ++i) {
        start = Clock::now();
        cplan::storage::stampPageChecksums(image);
        checksums.push_back(msSince(start));
        start = Clock::now();
        if (!cplan::storage::writeFileAtomically(out, image, &error)) {
            std::fprintf(stderr, "writeFileAtomically failed: %s\n", qPrintable(error));
            return 1;
        }
        writes.push_back(msSince(start));
    }

    std::printf("save_median_ms %.1f\n", median(saves));
    std::printf("save_min_ms %.1f\n", *std::min_element(saves.begin(), saves.end()));
    std::printf("full_save_median_ms %.1f\n", median(fullSaves));
    std::printf("image_median_ms %.1f\n", median(images));
    std::printf("image_bytes %lld\n", static_cast<long long>(bytes));
    std::printf("checksum_median_ms %.1f\n", median(checksums));
    std::printf("write_median_ms %.1f\n", median(writes));
    std::printf("save_peak_rss_kb %ld%s\n", savePeak, reset ? "" : " (includes the open: peak reset unavailable)");
    return 0;
}
