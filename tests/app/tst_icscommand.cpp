// --import-ics ICS FILE [--dry-run] of the real binary: the test plan's calendar exported,
// edited as another calendar program does, read back into the plan file: the items updated by
// UID (never duplicated), the channel kept, the new event added, the broken one listed with its
// line, the file's snapshot kept. Then: nothing written when nothing changes or with
// --dry-run, and every error leaves the plan file byte for byte as it was.
#include "apprun.h"
#include "icalendar.h"
#include "plandatabase.h"
#include "planfile.h"
#include "planlock.h"
#include "plansnapshot.h"
#include "testplans.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;
using testing::Run;
using testing::run;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The line (counted from 1) on which `text` first appears.
int lineOf(const QByteArray &ics, const QByteArray &text)
{
    return int(ics.left(ics.indexOf(text)).count('\n')) + 1;
}

} // namespace

class TestIcsCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Plan m_plan = testing::fullPlan();
    QByteArray m_planBytes; // the plan file with one snapshot
    QByteArray m_ics;       // the edited calendar
    PlanSnapshot m_snapshot;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A fresh copy of the plan file.
    QString planCopy(const QString &name)
    {
        const QString file = path(name);
        if (!write(file, m_planBytes))
            qWarning("cannot write %s", qPrintable(file));
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        const std::unique_ptr<storage::PlanDatabase> database = storage::PlanDatabase::build(m_plan, &error);
        QVERIFY2(database, qPrintable(error));
        m_snapshot = makeSnapshot(m_plan, u"Sent to Anna"_s, QDateTime(QDate(2026, 2, 1), QTime(10, 15), Qt::UTC));
        QVERIFY2(database->replaceSnapshots({m_snapshot}, &error), qPrintable(error));
        QVERIFY2(database->writeTo(path(u"original.cplan"_s), &error), qPrintable(error));
        m_planBytes = bytesOf(path(u"original.cplan"_s));
        QVERIFY(!m_planBytes.isEmpty());

        // The weekly item (Tuesdays 09:30, channel Banner) moved to 10:00 and the press
        // release (28 February, all day) renamed and moved to 2 March; the X-CPLAN-CHANNEL
        // lines gone; a new event; one without a date.
        m_ics = writeICalendar(m_plan, QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(m_ics.contains("\r\nDTSTART:20260303T093000\r\n"));
        m_ics.replace("\r\nDTSTART:20260303T093000\r\n", "\r\nDTSTART:20260303T100000\r\n");
        QVERIFY(m_ics.contains("\r\nSUMMARY:Press release\r\n"));
        m_ics.replace("\r\nSUMMARY:Press release\r\n", "\r\nSUMMARY:Press release (final)\r\n");
        m_ics.replace("\r\nDTSTART;VALUE=DATE:20260228\r\n", "\r\nDTSTART;VALUE=DATE:20260302\r\n");
        QList<QByteArray> lines = m_ics.split('\n');
        QVERIFY(lines.removeIf([](const QByteArray &line) { return line.startsWith("X-CPLAN-CHANNEL"); }) == 1);
        m_ics = lines.join('\n');
        m_ics.replace("END:VCALENDAR\r\n", "BEGIN:VEVENT\r\nUID:newsletter@example.com\r\nDTSTART;VALUE=DATE:20260401\r\n"
                                           "SUMMARY:Newsletter\r\nEND:VEVENT\r\n"
                                           "BEGIN:VEVENT\r\nUID:nodate@example.com\r\nSUMMARY:Call the printer\r\nEND:VEVENT\r\n"
                                           "END:VCALENDAR\r\n");
        QVERIFY(write(path(u"team.ics"_s), m_ics));
    }

    void importsUpdatesAndKeepsTheRest()
    {
        const QString plan = planCopy(u"import.cplan"_s);
        const Run r = run({u"--import-ics"_s, path(u"team.ics"_s), plan});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const int broken = lineOf(m_ics, "BEGIN:VEVENT\r\nUID:nodate@example.com");
        QCOMPARE(r.out.split(u'\n'),
                 (QStringList{u"1 added, 2 updated, 0 unchanged"_s, u"Added: Newsletter (2026-04-01)"_s,
                              u"Updated: "_s + m_plan.content[0].title.simplified() + u" (Time: 09:30 → 10:00)"_s,
                              u"Updated: Press release (final) (Title: Press release → Press release (final); "
                              "Date: 2026-02-28 → 2026-03-02)"_s,
                              u"Line %1 (Call the printer): the event has no start date (DTSTART)."_s.arg(broken), QString()}));

        storage::OpenResult opened = storage::openPlanFile(plan);
        QVERIFY2(opened.plan, qPrintable(opened.message));
        const std::vector<ContentItem> &content = opened.plan->content;
        QCOMPARE(content.size(), std::size_t(3)); // no duplicates
        QCOMPARE(content[0].id, m_plan.content[0].id);
        QCOMPARE(content[0].timeMinutes, std::optional<int>(10 * 60));
        QCOMPARE(content[0].channelId, m_plan.content[0].channelId); // the file no longer says it: kept
        QCOMPARE(content[0].campaignId, m_plan.content[0].campaignId);
        QCOMPARE(content[0].ownerId, m_plan.content[0].ownerId);
        QCOMPARE(content[1].title, u"Press release (final)"_s);
        QCOMPARE(content[1].date, Date(2026, 3, 2));
        QCOMPARE(content[2].title, u"Newsletter"_s);
        // Everything else as it was, the snapshot too.
        Plan expected = m_plan;
        expected.content = content;
        QCOMPARE(*opened.plan, expected);
        QCOMPARE(opened.database->snapshots(), std::vector<PlanSnapshot>{m_snapshot});
        QVERIFY(!QFileInfo::exists(storage::PlanLock::lockPathFor(plan))); // the lock taken while writing is gone

        // The same file again: nothing changes, nothing is written.
        const QByteArray after = bytesOf(plan);
        const Run again = run({u"--import-ics"_s, path(u"team.ics"_s), plan});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.startsWith(u"0 added, 0 updated, 3 unchanged\n"_s), qPrintable(again.out));
        QCOMPARE(bytesOf(plan), after);
    }

    void dryRunWritesNothing()
    {
        const QString plan = planCopy(u"dry.cplan"_s);
        const Run r = run({u"--import-ics"_s, path(u"team.ics"_s), u"--dry-run"_s, plan});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"1 added, 2 updated, 0 unchanged\n"_s), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(u"Dry run: %1 was not changed.\n"_s.arg(QDir::toNativeSeparators(plan))), qPrintable(r.out));
        QCOMPARE(bytesOf(plan), m_planBytes);
    }

    // Bad input: exit 1, one message naming the file, the plan byte for byte as it was.
    void errorsLeaveThePlanAsItWas_data()
    {
        QTest::addColumn<QString>("ics");
        QTest::addColumn<QByteArray>("icsBytes"); // written to `ics` unless empty
        QTest::addColumn<QString>("message");     // the start of stderr; {ics} and {plan} replaced
        QTest::newRow("no such calendar") << u"missing.ics"_s << QByteArray()
                                          << u"Cannot import {ics}: the file does not exist. Check the name and the folder."_s;
        QTest::newRow("a folder") << u"."_s << QByteArray() << u"Cannot import {ics}: the file cannot be read (it is a folder)."_s;
        QTest::newRow("empty") << u"empty.ics"_s << QByteArray(" ") << u"Cannot import {ics}: The file is empty."_s;
        QTest::newRow("not iCalendar") << u"notes.ics"_s << QByteArray("Hello: world\n")
                                       << u"Cannot import {ics}: Line 1: this is not an iCalendar file: it does not start "
                                          "with BEGIN:VCALENDAR."_s;
        QTest::newRow("nothing usable")
            << u"broken.ics"_s << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            << u"Cannot import {ics}: none of its events can be imported.\nLine 2 (x): the event has no start date (DTSTART)."_s;
    }

    void errorsLeaveThePlanAsItWas()
    {
        QFETCH(QString, ics);
        QFETCH(QByteArray, icsBytes);
        QFETCH(QString, message);
        const QString icsPath = path(ics);
        if (!icsBytes.isEmpty())
            QVERIFY(write(icsPath, icsBytes));
        const QString plan = planCopy(u"errors.cplan"_s);
        const Run r = run({u"--import-ics"_s, icsPath, plan});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QString expected = message.replace(u"{ics}"_s, QDir::toNativeSeparators(icsPath));
        QVERIFY2(r.err.startsWith(expected), qPrintable(r.err));
        QCOMPARE(bytesOf(plan), m_planBytes);
    }

    void badPlanFilesAreRefused()
    {
        // Missing: said, and not created.
        const QString missing = path(u"nowhere/plan.cplan"_s);
        Run r = run({u"--import-ics"_s, path(u"team.ics"_s), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"Cannot open "_s + missing), qPrintable(r.err));
        QVERIFY(!QFile::exists(missing));
        // Not a plan: refused, unchanged.
        const QString text = path(u"notes.cplan"_s);
        QVERIFY(write(text, "just some notes\n"));
        r = run({u"--import-ics"_s, path(u"team.ics"_s), text});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"Cannot open "_s + text) && r.err.contains(u"not an SQLite"_s), qPrintable(r.err));
        QCOMPARE(bytesOf(text), QByteArray("just some notes\n"));
        // Open for editing in the app (a live lock): not written behind its back.
        const QString locked = planCopy(u"locked.cplan"_s);
        storage::PlanLock lock(locked);
        QCOMPARE(lock.tryLock(), storage::PlanLock::Result::Locked);
        r = run({u"--import-ics"_s, path(u"team.ics"_s), locked});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"Cannot write %1: it is open in "_s.arg(locked)), qPrintable(r.err));
        QVERIFY2(r.err.endsWith(u"(process %1). Close it there, or give --force to write it anyway (that window then "
                                u"asks before it saves).\n"_s.arg(QCoreApplication::applicationPid())),
                 qPrintable(r.err));
        QCOMPARE(bytesOf(locked), m_planBytes);
        // A dry run writes nothing, so an open plan is no obstacle; --force writes all the same.
        r = run({u"--import-ics"_s, path(u"team.ics"_s), locked, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(bytesOf(locked), m_planBytes);
        r = run({u"--import-ics"_s, path(u"team.ics"_s), locked, u"--force"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(bytesOf(locked) != m_planBytes);
        QVERIFY(lock.isLocked()); // the window's lock is left as it was
    }

    void usageErrors()
    {
        const QString plan = planCopy(u"usage.cplan"_s);
        const QString ics = path(u"team.ics"_s);
        const QList<QStringList> calls = {{u"--import-ics"_s, ics},
                                          {u"--import-ics"_s, ics, plan, plan},
                                          {u"--dry-run"_s, plan},
                                          {u"--import-ics"_s},
                                          {u"--import-ics"_s, ics, u"--export-ics"_s, u"-"_s, plan}};
        for (const QStringList &call : calls) {
            const Run r = run(call);
            QVERIFY2(r.exitCode == 2, qPrintable(call.join(u' ') + u": "_s + r.err));
            QVERIFY(r.err.contains(u"Try campaign-planner --help."_s));
        }
        QCOMPARE(bytesOf(plan), m_planBytes);
        const Run help = run({u"--help"_s});
        QVERIFY(help.out.contains(u"--import-ics <ICS>"_s));
        QVERIFY(help.out.contains(u"--dry-run"_s));
    }
};

QTEST_GUILESS_MAIN(TestIcsCommand)
#include "tst_icscommand.moc"
