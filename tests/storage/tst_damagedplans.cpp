// What the open says about plans that are damaged, crafted or changed by
// another program: one plain line naming the file, never SQLite's own text;
// foreign schema left out on save.
#include "pagechecksum.h"
#include "plandatabase.h"
#include "planfile.h"
#include "sqlitedatabase.h"
#include "testplans.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cplan;
using namespace cplan::storage;

class TestDamagedPlans : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString savedPlan(const QString &name)
    {
        const QString file = path(name);
        const SaveResult result = savePlanFile(testing::fullPlan(), file);
        if (!result.ok)
            qFatal("%s", qPrintable(result.message));
        return file;
    }

    static QByteArray bytesOf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void writeBytes(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static void runSql(const QString &file, const char *sql)
    {
        Database db; // an ordinary connection, not the defensive one the open uses
        QVERIFY(db.create(file));
        QVERIFY2(db.execute(sql), qPrintable(db.lastError()));
    }

    static QString damagedLine(const QString &file, const QString &what)
    {
        return QStringLiteral("Cannot open %1: the plan is damaged (%2). Open a "
                              "backup or an earlier copy of the plan.")
            .arg(QDir::toNativeSeparators(file), what);
    }

    // The open fails with exactly `message` (one line) and leaves the file as it
    // was.
    static void expectMessage(const QString &file, OpenError error, const QString &message)
    {
        const QByteArray before = bytesOf(file);
        const OpenResult result = openPlanFile(file);
        QVERIFY(!result.plan);
        QCOMPARE(int(result.error), int(error));
        QCOMPARE(result.message, message);
        QVERIFY(!result.message.contains(QLatin1Char('\n')));
        QCOMPARE(bytesOf(file), before);
    }

    static QStringList schemaObjects(const QString &file)
    {
        Database db;
        if (!db.openReadOnly(file))
            return {};
        QStringList objects;
        Statement statement(db,
                            "SELECT type || ' ' || name FROM sqlite_schema "
                            "WHERE name NOT LIKE 'sqlite_%' ORDER BY 1");
        while (statement.next())
            objects.append(statement.text(0));
        return objects;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
    }

    void freelistPointingAtALivePageIsDamagedThoughItsChecksumsMatch()
    {
        // Anyone can compute the checksums: they say nothing about a crafted file.
        // The file's freelist says page 2 (a table's root) is free; SQLite would
        // hand it out again.
        const QString file = savedPlan(QStringLiteral("freelist.cplan"));
        QByteArray image = bytesOf(file);
        qToBigEndian<std::uint32_t>(2,
                                    image.data() + 32); // first freelist trunk page
        qToBigEndian<std::uint32_t>(1, image.data() + 36); // number of free pages
        stampPageChecksums(image);
        QCOMPARE(int(verifyPageChecksums(image).state), int(ChecksumState::Valid));
        writeBytes(file, image);
        expectMessage(file, OpenError::Damaged, damagedLine(file, QStringLiteral("its internal structure is broken")));
    }

    void changedReservedBytesGiveOneLine()
    {
        // SQLite's quick_check reports dozens of lines for this; the user reads
        // one.
        const QString file = savedPlan(QStringLiteral("reserved.cplan"));
        QByteArray image = bytesOf(file);
        QCOMPARE(int(image[20]), reservedBytesPerPage);
        image[20] = 0;
        writeBytes(file, image);
        expectMessage(file, OpenError::Damaged, damagedLine(file, QStringLiteral("its internal structure is broken")));
    }

    void orphanIndexIsABrokenStructure()
    {
        const QString file = savedPlan(QStringLiteral("orphan.cplan"));
        runSql(file,
               "PRAGMA writable_schema=ON; INSERT INTO sqlite_schema VALUES"
               " ('index', 'lost_index', 'gone', 2, 'CREATE INDEX lost_index "
               "ON gone(a)')");
        expectMessage(file, OpenError::Damaged, damagedLine(file, QStringLiteral("its internal structure is broken")));
    }

    void renamedColumnNamesTheColumn()
    {
        const QString file = savedPlan(QStringLiteral("column.cplan"));
        runSql(file, "ALTER TABLE channel RENAME COLUMN name TO title");
        expectMessage(file, OpenError::Damaged,
                      damagedLine(file, QStringLiteral("table channel cannot be read: the column name is missing")));
    }

    void missingTableIsNamed()
    {
        const QString file = savedPlan(QStringLiteral("table.cplan"));
        runSql(file, "DROP TABLE campaign");
        expectMessage(file, OpenError::Damaged, damagedLine(file, QStringLiteral("the table campaign is missing")));
    }

    void largeFileOfAnotherKindIsRefusedFromItsHeader()
    {
        // A terabyte (sparse) that is not SQLite: reading it whole would need a
        // terabyte of memory ("not enough memory"); the header alone says what it
        // is.
        const QString file = path(QStringLiteral("video.cplan"));
        writeBytes(file,
                   QByteArray("\x00\x00\x00\x20"
                              "ftypisom",
                              12)
                       + QByteArray(88, 'x'));
        QFile sparse(file);
        if (!sparse.resize(qint64(1) << 40))
            QSKIP("this file system has no room for a sparse terabyte");
        QElapsedTimer timer;
        timer.start();
        const OpenResult result = openPlanFile(file);
        QCOMPARE(result.message,
                 QStringLiteral("Cannot open %1: this is not a Campaign Planner "
                                "plan (not an SQLite database).")
                     .arg(QDir::toNativeSeparators(file)));
        QCOMPARE(int(result.error), int(OpenError::NotSqlite));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QFile::remove(file);
    }

    void largeDatabaseOfAnotherApplicationIsRefusedFromItsHeader()
    {
        const QString file = path(QStringLiteral("contacts.cplan"));
        {
            Database db;
            QVERIFY(db.create(file));
            QVERIFY(db.execute("CREATE TABLE contacts (name TEXT)"));
        }
        QFile sparse(file);
        if (!sparse.resize(qint64(1) << 40))
            QSKIP("this file system has no room for a sparse terabyte");
        const OpenResult result = openPlanFile(file);
        QCOMPARE(int(result.error), int(OpenError::OtherApplication));
        QCOMPARE(result.message,
                 QStringLiteral("Cannot open %1: this SQLite database was "
                                "made by another application, not by "
                                "Campaign Planner.")
                     .arg(QDir::toNativeSeparators(file)));
        QFile::remove(file);
    }

    void foreignSchemaIsReportedOnceAndLeftOutOnSave()
    {
        const Plan plan = testing::fullPlan();
        const QString file = path(QStringLiteral("planted.cplan"));
        QVERIFY(savePlanFile(plan, file).ok);
        const QStringList own = schemaObjects(file);
        const QString marker = path(QStringLiteral("written-by-trigger"));
        const QByteArray plant = "CREATE TABLE exfiltrate (what TEXT);"
                                 "CREATE VIEW every_budget AS SELECT name, budget FROM campaign;"
                                 "CREATE INDEX channel_by_name ON channel(name);"
                                 "CREATE TRIGGER on_open AFTER UPDATE ON channel BEGIN"
                                 " SELECT writefile('"
            + marker.toUtf8() + "', 'x'); END;";
        runSql(file, plant.constData());
        OpenResult opened = openPlanFile(file);
        QVERIFY2(opened.plan, qPrintable(opened.message));
        QCOMPARE(opened.notes,
                 QStringList {QStringLiteral("planted.cplan holds parts another program "
                                             "added (1 table, 1 view, 1 trigger, "
                                             "1 index). Campaign Planner does not use them, "
                                             "and leaves them out when you "
                                             "save the plan.")});
        QCOMPARE(*opened.plan, plan);
        // An edit of a channel is an update of its row: the trigger is gone and
        // does not fire.
        Plan edited = *opened.plan;
        edited.channels[0].name = QStringLiteral("Search ads");
        PlanChanges changes;
        changes.touch(RecordKind::Channel, edited.channels[0].id);
        QString error;
        QVERIFY2(opened.database->apply(edited, changes, &error), qPrintable(error));
        QVERIFY(savePlanDatabase(*opened.database, file).ok);
        QVERIFY(!QFile::exists(marker));
        QCOMPARE(schemaObjects(file), own);
        const OpenResult reopened = openPlanFile(file);
        QVERIFY2(reopened.plan, qPrintable(reopened.message));
        QCOMPARE(reopened.notes, QStringList());
        QCOMPARE(reopened.plan->channels[0].name, QStringLiteral("Search ads"));
    }

    void foreignSchemaIsCountedInThePlural()
    {
        const QString file = savedPlan(QStringLiteral("two.cplan"));
        runSql(file,
               "CREATE TABLE a (x); CREATE TABLE b (x); CREATE VIEW v AS "
               "SELECT 1; CREATE VIEW w AS SELECT 2;");
        const OpenResult opened = openPlanFile(file);
        QVERIFY2(opened.plan, qPrintable(opened.message));
        QCOMPARE(opened.notes,
                 QStringList {QStringLiteral("two.cplan holds parts another program "
                                             "added (2 tables, 2 views). Campaign "
                                             "Planner does not use them, and leaves "
                                             "them out when you save the plan.")});
    }

    void ownPlanHasNoNotes()
    {
        const OpenResult opened = openPlanFile(savedPlan(QStringLiteral("own.cplan")));
        QVERIFY2(opened.plan, qPrintable(opened.message));
        QCOMPARE(opened.notes, QStringList());
    }

    void readOnlyDiskIsNotAPermissionProblem()
    {
        // A read-only disk in a child process's own mount namespace: the machine's
        // mounts stay as they are. Needs the right to mount (root in a container);
        // skipped otherwise.
        const QString folder = path(QStringLiteral("usb-stick"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/plan.cplan");
        int channel[2];
        QVERIFY(::pipe(channel) == 0);
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(channel[0]);
            const QByteArray where = QFile::encodeName(folder);
            QByteArray reply = "skip";
            if (::unshare(CLONE_NEWNS) == 0 && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0
                && ::mount("none", where.constData(), "tmpfs", 0, "size=4m") == 0
                && savePlanFile(testing::fullPlan(), file).ok
                && ::mount("none", where.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0) {
                const OpenResult opened = openPlanFile(file);
                reply = QByteArray(isOnReadOnlyDisk(file) ? "read-only disk" : "writable disk") + '\n'
                    + savePlanFile(testing::fullPlan(), file).message.toUtf8() + '\n'
                    + (opened.plan ? "opens" : opened.message.toUtf8());
            }
            const bool sent = ::write(channel[1], reply.constData(), size_t(reply.size())) == reply.size();
            ::_exit(sent ? 0 : 1);
        }
        ::close(channel[1]);
        QByteArray reply;
        char chunk[512];
        for (ssize_t n; (n = ::read(channel[0], chunk, sizeof chunk)) > 0;)
            reply.append(chunk, n);
        ::close(channel[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        if (reply == "skip")
            QSKIP("no right to mount a read-only disk here");
        QCOMPARE(QString::fromUtf8(reply),
                 QStringLiteral("read-only disk\nCannot save %1: the disk is read-only.\nopens")
                     .arg(QDir::toNativeSeparators(file)));
        QVERIFY(!isOnReadOnlyDisk(path(QStringLiteral("anything.cplan"))));
    }
};

QTEST_GUILESS_MAIN(TestDamagedPlans)
#include "tst_damagedplans.moc"
