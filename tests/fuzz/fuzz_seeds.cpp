// Writes the generated part of the seed corpora (bench/fuzz copies the test data beside it):
// the bundled plans saved as plan files, a blank plan as JSON and as a plan file, and the
// sample plan's content calendar as iCalendar.
#include "icalendar.h"
#include "planfile.h"
#include "planjson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cstdio>

using namespace cplan;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "fuzz_seeds: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: fuzz_seeds SOURCE_DIR CORPUS_DIR\n");
        return 2;
    }
    const QDir source(QString::fromLocal8Bit(argv[1]));
    const QDir corpus(QString::fromLocal8Bit(argv[2]));
    bool ok = true;
    const Plan blank = makeBlankPlan(QStringLiteral("Blank"));
    ok = write(corpus.filePath(QStringLiteral("json/blank.json")), planToJson(blank)) && ok;
    ok = write(corpus.filePath(QStringLiteral("planfile/blank.cplan")), storage::planFileImage(blank)) && ok;
    const QStringList plans = QDir(source.filePath(QStringLiteral("resources/plans")))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : plans) {
        QFile file(source.filePath(QStringLiteral("resources/plans/") + name));
        JsonImportResult read = file.open(QIODevice::ReadOnly) ? planFromJson(file.readAll()) : JsonImportResult();
        if (!read.plan) {
            std::fprintf(stderr, "fuzz_seeds: %s does not import: %s\n", qPrintable(name), qPrintable(read.error));
            ok = false;
            continue;
        }
        const QString base = QFileInfo(name).completeBaseName();
        ok = write(corpus.filePath(QStringLiteral("planfile/") + base + QStringLiteral(".cplan")),
                   storage::planFileImage(*read.plan)) && ok;
        const QDateTime stamp(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        ok = write(corpus.filePath(QStringLiteral("ics/") + base + QStringLiteral(".ics")),
                   writeICalendar(*read.plan, stamp)) && ok;
    }
    return ok ? 0 : 1;
}
