// Snapshots kept inside a plan file: the schema step that adds them (a committed version-1 file
// is opened and saved), saving and reopening, undo, recovery copies, damaged rows, and
// comparing the plan with a snapshot.
#include "commands.h"
#include "document.h"
#include "plandatabase.h"
#include "plandiff.h"
#include "planfile.h"
#include "plansnapshot.h"
#include "schema.h"
#include "snapshotcommands.h"
#include "sqlitedatabase.h"
#include "testplans.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

namespace {

const QDateTime sentAt(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC);

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::int64_t userVersion(const QString &path)
{
    storage::Database db;
    if (!db.openReadOnly(path))
        return -1;
    return db.pragmaInteger("PRAGMA user_version").value_or(-1);
}

void renameFirstChannel(Document &document, const QString &name)
{
    Channel channel = document.plan().channels[0];
    channel.name = name;
    document.undoStack()->push(new ChangeRecordCommand<Channel>(&document, channel, QStringLiteral("Rename channel")));
}

} // namespace

class TestSnapshots : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // tests/data/sample-v1.cplan was written by the version-1 build (--import-json of the
    // bundled sample, 2026-11-25) and is never changed.
    void versionOneFileIsMigratedInMemoryAndSavedAsTheCurrentVersion()
    {
        const QString original = qEnvironmentVariable("CPLAN_SOURCE_DIR") + QStringLiteral("/tests/data/sample-v1.cplan");
        const QString copy = path(QStringLiteral("sample-v1.cplan"));
        QVERIFY(QFile::copy(original, copy));
        const QByteArray before = fileBytes(copy);
        QCOMPARE(userVersion(copy), 1);

        storage::OpenResult result = storage::openPlanFile(copy);
        QVERIFY2(result.plan, qPrintable(result.message));
        QCOMPARE(result.fileSchemaVersion, 1);
        QVERIFY(result.migrated);
        QVERIFY(result.database->snapshots().empty());
        QCOMPARE(result.plan->settings.name, QStringLiteral("Brightleaf Tea \u2014 online launch 2027"));
        QCOMPARE(result.plan->channels.size(), std::size_t(10));
        QCOMPARE(result.plan->content.size(), std::size_t(65));
        QCOMPARE(fileBytes(copy), before); // opening never writes

        // Saved, it is a version-2 file that keeps a snapshot.
        Document document(std::move(*result.plan), result.database);
        document.undoStack()->push(new SaveSnapshotCommand(
            &document, makeSnapshot(document.plan(), QStringLiteral("Before the upgrade"), sentAt)));
        QVERIFY(document.saveTo(copy).ok);
        QCOMPARE(userVersion(copy), storage::currentSchemaVersion);
        QCOMPARE(storage::currentSchemaVersion, 3);
        const storage::OpenResult reopened = storage::openPlanFile(copy);
        QVERIFY2(reopened.plan, qPrintable(reopened.message));
        QVERIFY(!reopened.migrated);
        QCOMPARE(reopened.plan->settings.name, QStringLiteral("Brightleaf Tea \u2014 online launch 2027"));
        QCOMPARE(reopened.database->snapshots().size(), std::size_t(1));
        QCOMPARE(reopened.database->snapshots()[0].name, QStringLiteral("Before the upgrade"));
    }

    void snapshotSurvivesSaveAndReopenAndComparesWithTheEditedPlan()
    {
        const Plan plan = testing::fullPlan();
        Document document(plan);
        document.undoStack()->push(
            new SaveSnapshotCommand(&document, makeSnapshot(plan, QStringLiteral("Sent to Anna"), sentAt)));
        QVERIFY(document.isModified());
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Save snapshot \u201CSent to Anna\u201D"));
        renameFirstChannel(document, QStringLiteral("Search ads"));
        const QString file = path(QStringLiteral("snapshots.cplan"));
        QVERIFY(document.saveTo(file).ok);

        storage::OpenResult result = storage::openPlanFile(file);
        QVERIFY2(result.plan, qPrintable(result.message));
        Document reopened(std::move(*result.plan), result.database);
        QCOMPARE(reopened.snapshots().size(), std::size_t(1));
        const PlanSnapshot &snapshot = reopened.snapshots()[0];
        QCOMPARE(snapshot.name, QStringLiteral("Sent to Anna"));
        QCOMPARE(snapshot.createdAt, sentAt);
        QCOMPARE(snapshotLabel(snapshot), QStringLiteral("Sent to Anna (2026-11-20 10:15 UTC)"));
        const std::optional<Plan> kept = snapshotPlan(snapshot);
        QVERIFY(kept);
        QVERIFY(*kept == plan); // the plan as it was, not as it was saved
        QCOMPARE(reopened.plan().channels[0].name, QStringLiteral("Search ads"));

        // Comparing with the snapshot shows the one edit made after it, and the snapshot
        // itself is not a change of the plan.
        const PlanDiff diff = comparePlans(*kept, reopened.plan());
        QCOMPARE(diff.changeCount(), 1);
        QCOMPARE(diff.sections[0].records[0].fields[0].before, QStringLiteral("Google Ads"));
        QCOMPARE(diff.sections[0].records[0].fields[0].after, QStringLiteral("Search ads"));
        QVERIFY(comparePlans(plan, *kept).isEmpty());

        // A second save after another edit writes the changed records and keeps the snapshot.
        renameFirstChannel(reopened, QStringLiteral("Paid search"));
        QVERIFY(reopened.saveTo(file).ok);
        const storage::OpenResult again = storage::openPlanFile(file);
        QVERIFY(again.plan);
        QCOMPARE(again.plan->channels[0].name, QStringLiteral("Paid search"));
        QCOMPARE(again.database->snapshots().size(), std::size_t(1));
    }

    void undoTakesTheSnapshotBackAndDeleteRemovesIt()
    {
        Document document(testing::fullPlan());
        document.undoStack()->push(new SaveSnapshotCommand(
            &document, makeSnapshot(document.plan(), QStringLiteral("First"), sentAt)));
        document.undoStack()->push(new SaveSnapshotCommand(
            &document, makeSnapshot(document.plan(), QStringLiteral("Second"), sentAt.addDays(1))));
        QCOMPARE(document.snapshots().size(), std::size_t(2));
        document.undoStack()->undo();
        QCOMPARE(document.snapshots().size(), std::size_t(1));
        QCOMPARE(document.snapshots()[0].name, QStringLiteral("First"));
        const QString file = path(QStringLiteral("undone.cplan"));
        QVERIFY(document.saveTo(file).ok);
        QCOMPARE(storage::openPlanFile(file).database->snapshots().size(), std::size_t(1));

        document.undoStack()->push(new DeleteSnapshotCommand(&document, document.snapshots()[0].id));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Delete snapshot \u201CFirst\u201D"));
        QVERIFY(document.snapshots().empty());
        QVERIFY(document.saveTo(file).ok);
        QVERIFY(storage::openPlanFile(file).database->snapshots().empty());
        document.undoStack()->undo();
        QCOMPARE(document.snapshots().size(), std::size_t(1));
    }

    void recoveryCopyKeepsSnapshots()
    {
        Document document(testing::fullPlan());
        document.undoStack()->push(new SaveSnapshotCommand(
            &document, makeSnapshot(document.plan(), QStringLiteral("Kept"), sentAt)));
        QString error;
        const QByteArray image = document.fileImage(&error);
        QVERIFY2(!image.isEmpty(), qPrintable(error));
        const storage::OpenResult copy = storage::openPlanImage(image, QStringLiteral("recovery.cplan"));
        QVERIFY2(copy.plan, qPrintable(copy.message));
        QCOMPARE(copy.database->snapshots().size(), std::size_t(1));
    }

    void damagedSnapshotsAreReportedPlainly()
    {
        Document document(testing::fullPlan());
        document.undoStack()->push(new SaveSnapshotCommand(
            &document, makeSnapshot(document.plan(), QStringLiteral("Sent to Anna"), sentAt)));
        const QString file = path(QStringLiteral("damaged.cplan"));
        QVERIFY(document.saveTo(file).ok);
        {
            storage::Database db;
            QVERIFY(db.create(file) && db.execute("UPDATE snapshot SET created_at = 'last Tuesday'"));
        }
        const storage::OpenResult refused = storage::openPlanFile(file);
        QVERIFY(!refused.plan);
        QCOMPARE(refused.error, storage::OpenError::Damaged);
        QVERIFY2(refused.message.startsWith(QStringLiteral("Cannot open ") + file), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(QStringLiteral("the snapshot \u201CSent to Anna\u201D cannot be read")),
                 qPrintable(refused.message));

        // Text that is not a plan: the file opens, the snapshot says what is wrong when used.
        PlanSnapshot broken = makeSnapshot(testing::fullPlan(), QStringLiteral("Broken"), sentAt);
        broken.planJson = "{ not json";
        QString error;
        QVERIFY(!snapshotPlan(broken, &error));
        QVERIFY2(error.startsWith(QStringLiteral("The snapshot \u201CBroken\u201D is damaged: line 1")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
