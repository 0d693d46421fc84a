// A plan another SQLite program left in the middle of a change ("hot" rollback
// journal beside it) opens as it was last committed, as SQLite itself would
// read it, and nothing on disk changes until the user saves.
#include "plandatabase.h"
#include "planfile.h"
#include "sqlitedatabase.h"
#include "testplans.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sys/wait.h>
#include <unistd.h>

using namespace cplan;
using namespace cplan::storage;

namespace {

// Enough rows for a few dozen pages, so that a change spills pages into the
// file before it commits.
Plan largePlan()
{
    Plan plan = testing::fullPlan();
    for (int i = 0; i < 300; ++i) {
        ContentItem item = plan.content[1];
        item.id = newRecordId();
        item.title = QStringLiteral("Post %1").arg(i);
        item.notes = QString(400, QLatin1Char('n'));
        plan.content.push_back(item);
    }
    return plan;
}

// Changes more pages than the cache holds: SQLite writes the journal, syncs it,
// and writes changed pages into the plan before the commit.
constexpr const char *spillingChange = "PRAGMA journal_mode=DELETE; PRAGMA cache_size=10; BEGIN;"
                                       "UPDATE content_item SET title = 'changed', notes = '';"
                                       "CREATE TABLE filler (x);"
                                       "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                       "300)"
                                       " INSERT INTO filler SELECT randomblob(3000) FROM n;";

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestHotJournal : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Plan m_plan;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString savedPlan(const QString &name, const Plan &plan)
    {
        const QString file = path(name);
        const SaveResult result = savePlanFile(plan, file);
        if (!result.ok)
            qFatal("%s", qPrintable(result.message));
        return file;
    }

    // A child process starts the change and dies before committing it (as a crash
    // or kill -9 would): the plan is half written, the journal holds its
    // committed pages.
    static bool dieInTheMiddleOfAChange(const QString &file)
    {
        const pid_t child = ::fork();
        if (child == 0) {
            Database db;
            const bool started = db.openExisting(file) && db.execute(spillingChange);
            ::_exit(started ? 0 : 1);
        }
        int status = 0;
        return child > 0 && ::waitpid(child, &status, 0) == child && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }

    // A hot journal made from a plan, for pairing with other plans.
    QByteArray hotJournal()
    {
        const QString file = savedPlan(QStringLiteral("journal-source.cplan"), m_plan);
        if (!dieInTheMiddleOfAChange(file))
            return {};
        return bytesOf(file + QStringLiteral("-journal"));
    }

    // A plan a browser changed and committed: its checksums no longer vouch for
    // it.
    QString committedByAnotherProgram(const QString &name)
    {
        const QString file = savedPlan(name, m_plan);
        Database db;
        if (!db.openExisting(file) || !db.execute("UPDATE channel SET name = 'Search ads' WHERE name = 'Google Ads'"))
            qFatal("%s", qPrintable(db.lastError()));
        return file;
    }

    void expectOpensAsItIs(const QString &file, const QString &firstChannel)
    {
        const QByteArray plan = bytesOf(file);
        const QByteArray journal = bytesOf(file + QStringLiteral("-journal"));
        const OpenResult opened = openPlanFile(file);
        QVERIFY2(opened.plan, qPrintable(opened.message));
        QCOMPARE(opened.plan->channels[0].name, firstChannel);
        QCOMPARE(opened.notes, QStringList());
        QCOMPARE(bytesOf(file), plan);
        QCOMPARE(bytesOf(file + QStringLiteral("-journal")), journal);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_plan = largePlan();
    }

    void hotJournalIsRolledBackInMemoryOnly()
    {
        const QString file = savedPlan(QStringLiteral("hot.cplan"), m_plan);
        const QByteArray committed = bytesOf(file);
        QVERIFY(dieInTheMiddleOfAChange(file));
        const QString journal = file + QStringLiteral("-journal");
        QVERIFY(QFile::exists(journal));
        const QByteArray torn = bytesOf(file);
        QVERIFY(torn != committed); // the change reached the file: the journal is needed
        const QByteArray journalBytes = bytesOf(journal);

        OpenResult opened = openPlanFile(file);
        QVERIFY2(opened.plan, qPrintable(opened.message));
        QCOMPARE(*opened.plan, m_plan);
        QCOMPARE(opened.notes,
                 QStringList {QStringLiteral("Another program stopped in the middle of "
                                             "changing hot.cplan; the plan opens as it "
                                             "was before that change, and is stored that way "
                                             "when you save it.")});
        QCOMPARE(bytesOf(file), torn);
        QCOMPARE(bytesOf(journal), journalBytes);

        // Saving writes the committed plan and takes the journal, which belongs to
        // the old file, away: another SQLite program must not "roll back" the new
        // one with it.
        QVERIFY(savePlanDatabase(*opened.database, file).ok);
        QVERIFY(!QFile::exists(journal));
        QCOMPARE(bytesOf(file), committed);
        const OpenResult reopened = openPlanFile(file);
        QVERIFY2(reopened.plan, qPrintable(reopened.message));
        QCOMPARE(*reopened.plan, m_plan);
        QCOMPARE(reopened.notes, QStringList());
    }

    void journalWithAnotherPageSizeDoesNotBelong()
    {
        QByteArray journal = hotJournal();
        QVERIFY(journal.size() > 28);
        QCOMPARE(qFromBigEndian<std::uint32_t>(journal.constData() + 24), 4096u);
        qToBigEndian<std::uint32_t>(1024, journal.data() + 24);
        const QString file = committedByAnotherProgram(QStringLiteral("pagesize.cplan"));
        QVERIFY(writeBytes(file + QStringLiteral("-journal"), journal));
        expectOpensAsItIs(file, QStringLiteral("Search ads"));
    }

    void journalWithAZeroedHeaderIsNotHot()
    {
        QByteArray journal = hotJournal();
        QVERIFY(journal.size() > 28);
        journal.replace(0, 28, QByteArray(28, '\0'));
        const QString file = committedByAnotherProgram(QStringLiteral("zeroed.cplan"));
        QVERIFY(writeBytes(file + QStringLiteral("-journal"), journal));
        expectOpensAsItIs(file, QStringLiteral("Search ads"));
    }

    void journalBesideAPlanCampaignPlannerSavedSinceIsLeftOver()
    {
        // Every page checksum matches: the file is exactly what a save wrote, after
        // the journal.
        const QByteArray journal = hotJournal();
        QVERIFY(journal.size() > 28);
        Plan other = m_plan;
        other.channels[0].name = QStringLiteral("Saved later");
        const QString file = savedPlan(QStringLiteral("later.cplan"), other);
        QVERIFY(writeBytes(file + QStringLiteral("-journal"), journal));
        expectOpensAsItIs(file, QStringLiteral("Saved later"));
    }

    void changeInProgressWithTheReservedLockIsNotHot()
    {
        // Another program is in the middle of a change it has not written yet: the
        // file is the committed plan, and its journal is alive, not abandoned.
        const QString file = committedByAnotherProgram(QStringLiteral("reserved.cplan"));
        Database writer;
        QVERIFY(writer.openExisting(file));
        QVERIFY(writer.execute("PRAGMA synchronous=OFF; BEGIN IMMEDIATE; UPDATE "
                               "channel SET name = 'Uncommitted'"));
        QVERIFY(QFile::exists(file + QStringLiteral("-journal")));
        QCOMPARE(bytesOf(file + QStringLiteral("-journal")).left(8), QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"));
        expectOpensAsItIs(file, QStringLiteral("Search ads"));
        QVERIFY(writer.execute("ROLLBACK"));
    }

    void planBeingWrittenRightNowIsRefusedForNow()
    {
        const QString file = committedByAnotherProgram(QStringLiteral("busy.cplan"));
        Database writer;
        QVERIFY(writer.openExisting(file));
        QVERIFY(writer.execute(spillingChange)); // holds the exclusive lock, pages half written
        const OpenResult opened = openPlanFile(file);
        QVERIFY(!opened.plan);
        QCOMPARE(int(opened.error), int(OpenError::NotReadable));
        QCOMPARE(opened.message,
                 QStringLiteral("Cannot open %1: another program is saving changes "
                                "to it right now. "
                                "Wait until it is done, then open the plan again.")
                     .arg(QDir::toNativeSeparators(file)));
        QVERIFY(writer.execute("ROLLBACK"));
    }
};

QTEST_GUILESS_MAIN(TestHotJournal)
#include "tst_hotjournal.moc"
