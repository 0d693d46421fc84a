// Every input the fuzz targets found (a crash, a hang, a broken invariant) is kept under
// tests/data/fuzz/<target>/ with a sidecar <file>.expected that says what the application must
// make of it: "read" (a plan, figures or calendar items) or "error: <part of the message>".
// Each is fed to the same entry point as the fuzz target and must give that, promptly.
#include "fuzzentries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace cplan::fuzz;

namespace {

QDir keptInputs(const QString &target)
{
    return QDir(QString::fromLocal8Bit(qgetenv("CPLAN_SOURCE_DIR")) + QStringLiteral("/tests/data/fuzz/") + target);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyKeptInputSaysWhatItGives()
    {
        QVERIFY(!qgetenv("CPLAN_SOURCE_DIR").isEmpty());
        for (const QString &target : targetNames()) {
            const QDir dir = keptInputs(target);
            for (const QString &name : dir.entryList(QDir::Files)) {
                const bool sidecar = name.endsWith(u".expected");
                const QString other = sidecar ? name.chopped(9) : name + QStringLiteral(".expected");
                QVERIFY2(dir.exists(other), qPrintable(dir.filePath(name) + QStringLiteral(" has no ") + other));
            }
        }
    }

    void keptInput_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const QString &target : targetNames()) {
            const QDir dir = keptInputs(target);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                if (!name.endsWith(u".expected"))
                    QTest::newRow(qPrintable(target + u'/' + name)) << target << dir.filePath(name);
            }
        }
    }

    void keptInput()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const QByteArray bytes = readAll(path);
        const QString expected = QString::fromUtf8(readAll(path + QStringLiteral(".expected"))).trimmed();
        const Entry entry = entryFor(target);
        QVERIFY(entry);

        QElapsedTimer timer;
        timer.start();
        const Outcome outcome = entry(bytes);
        const qint64 ms = timer.elapsed();

        QVERIFY2(outcome.broken.isEmpty(), qPrintable(outcome.broken));
        if (expected == u"read") {
            QVERIFY2(outcome.read, qPrintable(outcome.error));
            QVERIFY(outcome.error.isEmpty());
        } else {
            QVERIFY2(expected.startsWith(u"error: "), qPrintable(path + QStringLiteral(".expected: ") + expected));
            QVERIFY(!outcome.read);
            QVERIFY2(outcome.error.contains(expected.mid(7)), qPrintable(outcome.error));
        }
        // The fuzz target gave up on these after 10 seconds under its sanitizers; once fixed,
        // each takes milliseconds. 5 s leaves room for a sanitizer build (scripts/sanitize.sh).
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
