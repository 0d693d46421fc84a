// One plan file has one lock, whatever name it is opened by (a symbolic link, a chain of them,
// a hard link); a lock held on another computer is taken over only when asked; saving through
// a chain of links replaces the real file and leaves every link a link; the file's stamp tells
// another program's change from this one's save.
#include "atomicfile.h"
#include "filestamp.h"
#include "planfile.h"
#include "planfilewatch.h"
#include "planlock.h"
#include "testplans.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace cplan;
using namespace cplan::storage;

namespace {

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file));
}

bool symlink(const QString &target, const QString &link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}

bool hardLink(const QString &existing, const QString &link)
{
    return ::link(QFile::encodeName(existing).constData(), QFile::encodeName(link).constData()) == 0;
}

quint64 inodeOf(const QString &file)
{
    struct stat info;
    return ::lstat(QFile::encodeName(file).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
}

} // namespace

class TestPlanLock : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString savedPlan(const QString &name)
    {
        QDir().mkpath(QFileInfo(path(name)).absolutePath());
        if (!savePlanFile(testing::fullPlan(), path(name)).ok)
            qFatal("cannot save the test plan");
        return path(name);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aSymbolicLinkSharesTheRealFilesLock()
    {
        const QString real = savedPlan(QStringLiteral("real/plan.cplan"));
        QVERIFY(symlink(real, path(QStringLiteral("link.cplan"))));
        // The lock sits beside the real file, whichever name is used.
        QCOMPARE(PlanLock::lockPathFor(path(QStringLiteral("link.cplan"))), path(QStringLiteral("real/.plan.cplan.lock")));
        PlanLock throughLink(path(QStringLiteral("link.cplan")));
        QCOMPARE(throughLink.tryLock(), PlanLock::Result::Locked);
        PlanLock direct(real);
        QCOMPARE(direct.tryLock(), PlanLock::Result::HeldElsewhere);
        QVERIFY2(direct.holder().endsWith(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())),
                 qPrintable(direct.holder()));
        QVERIFY(!direct.isHeldOnAnotherMachine());
        throughLink.unlock();
        QCOMPARE(direct.tryLock(), PlanLock::Result::Locked);
    }

    void aChainOfLinksIsFollowedToItsEnd()
    {
        // a -> b -> real/chain.cplan, b relative to its folder.
        const QString real = savedPlan(QStringLiteral("real/chain.cplan"));
        QDir().mkpath(path(QStringLiteral("middle")));
        QVERIFY(symlink(QStringLiteral("../real/chain.cplan"), path(QStringLiteral("middle/b.cplan"))));
        QVERIFY(symlink(path(QStringLiteral("middle/b.cplan")), path(QStringLiteral("a.cplan"))));
        QCOMPARE(resolvedFilePath(path(QStringLiteral("a.cplan"))), real);
        QCOMPARE(PlanLock::lockPathFor(path(QStringLiteral("a.cplan"))), path(QStringLiteral("real/.chain.cplan.lock")));
        PlanLock first(path(QStringLiteral("a.cplan")));
        QCOMPARE(first.tryLock(), PlanLock::Result::Locked);
        PlanLock viaMiddle(path(QStringLiteral("middle/b.cplan")));
        QCOMPARE(viaMiddle.tryLock(), PlanLock::Result::HeldElsewhere);
        // A chain that ends nowhere yet names the file a save would make; a loop names itself.
        QVERIFY(symlink(path(QStringLiteral("nowhere/new.cplan")), path(QStringLiteral("dangling.cplan"))));
        QCOMPARE(resolvedFilePath(path(QStringLiteral("dangling.cplan"))), path(QStringLiteral("nowhere/new.cplan")));
        QVERIFY(symlink(path(QStringLiteral("loop2")), path(QStringLiteral("loop1"))));
        QVERIFY(symlink(path(QStringLiteral("loop1")), path(QStringLiteral("loop2"))));
        QCOMPARE(resolvedFilePath(path(QStringLiteral("loop1"))), path(QStringLiteral("loop1")));
    }

    void hardLinksShareOneLock()
    {
        const QString plan = savedPlan(QStringLiteral("hard/plan.cplan"));
        QDir().mkpath(path(QStringLiteral("elsewhere")));
        const QString other = path(QStringLiteral("elsewhere/same.cplan"));
        QVERIFY(hardLink(plan, other));
        // Two names in two folders: the locks beside them differ, the one of the file is shared.
        QVERIFY(PlanLock::lockPathFor(plan) != PlanLock::lockPathFor(other));
        QVERIFY(!PlanLock::linkLockPathFor(plan).isEmpty());
        QCOMPARE(PlanLock::linkLockPathFor(other), PlanLock::linkLockPathFor(plan));
        QVERIFY(PlanLock::linkLockPathFor(plan).endsWith(QStringLiteral("-%1.lock").arg(inodeOf(plan))));

        PlanLock first(plan);
        QCOMPARE(first.tryLock(), PlanLock::Result::Locked);
        PlanLock second(other);
        QCOMPARE(second.tryLock(), PlanLock::Result::HeldElsewhere);
        QVERIFY(second.holder().endsWith(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())));
        // The refused second name holds nothing: the lock beside it is free again.
        QVERIFY(!QFileInfo::exists(PlanLock::lockPathFor(other)));
        first.unlock();
        QVERIFY(!QFileInfo::exists(PlanLock::linkLockPathFor(plan)));
        QCOMPARE(second.tryLock(), PlanLock::Result::Locked);
    }

    void theLinksLockFollowsAReplacedFile()
    {
        const QString plan = savedPlan(QStringLiteral("follow/plan.cplan"));
        PlanLock window(plan);
        QCOMPARE(window.tryLock(), PlanLock::Result::Locked);
        const QString before = PlanLock::linkLockPathFor(plan);
        // A save renames a new file over the plan: another inode.
        QString error;
        QVERIFY2(writeFileAtomically(plan, bytesOf(plan), &error), qPrintable(error));
        const QString after = PlanLock::linkLockPathFor(plan);
        QVERIFY(after != before);
        const QString link = path(QStringLiteral("follow/link.cplan"));
        QVERIFY(hardLink(plan, link));
        {
            PlanLock notYet(link); // the window's lock is still keyed by the old file
            QCOMPARE(notYet.tryLock(), PlanLock::Result::Locked);
        }
        window.followFile();
        QVERIFY(QFileInfo::exists(after));
        QVERIFY(!QFileInfo::exists(before));
        PlanLock throughLink(link);
        QCOMPARE(throughLink.tryLock(), PlanLock::Result::HeldElsewhere);
    }

    void aLockOnAnotherComputerIsTakenOverOnlyWhenAsked()
    {
        const QString plan = savedPlan(QStringLiteral("shared/plan.cplan"));
        // Written by an instance on a laptop that shares the folder: its process cannot be checked.
        writeBytes(PlanLock::lockPathFor(plan), "4242\ncampaign-planner\nlaptop-of-ana\n");
        PlanLock lock(plan);
        QCOMPARE(lock.tryLock(), PlanLock::Result::HeldElsewhere);
        QVERIFY(lock.isHeldOnAnotherMachine());
        QCOMPARE(lock.holder(), QStringLiteral("campaign-planner on laptop-of-ana (process 4242)"));
        // Asking again does not take it: it is never stale by itself.
        QCOMPARE(lock.tryLock(), PlanLock::Result::HeldElsewhere);
        QCOMPARE(lock.takeOver(), PlanLock::Result::Locked);
        QVERIFY(lock.isLocked());
        QVERIFY(bytesOf(PlanLock::lockPathFor(plan)).startsWith(QByteArray(QByteArray::number(QCoreApplication::applicationPid()) + "\n")));
        lock.unlock();

        // A live instance on this computer is not "another computer", and is not taken over.
        PlanLock here(plan);
        QCOMPARE(here.tryLock(), PlanLock::Result::Locked);
        PlanLock second(plan);
        QCOMPARE(second.tryLock(), PlanLock::Result::HeldElsewhere);
        QVERIFY(!second.isHeldOnAnotherMachine());
        QCOMPARE(second.takeOver(), PlanLock::Result::HeldElsewhere);
        QVERIFY(here.isLocked());
    }

    void savingThroughAChainOfLinksReplacesTheRealFile()
    {
        const QString real = savedPlan(QStringLiteral("chainsave/real/plan.cplan"));
        QVERIFY(symlink(real, path(QStringLiteral("chainsave/b.cplan"))));
        QVERIFY(symlink(path(QStringLiteral("chainsave/b.cplan")), path(QStringLiteral("chainsave/a.cplan"))));
        Plan changed = testing::fullPlan();
        changed.settings.name = QStringLiteral("Saved through two links");
        const SaveResult saved = savePlanFile(changed, path(QStringLiteral("chainsave/a.cplan")));
        QVERIFY2(saved.ok, qPrintable(saved.message));
        // Both links are still links, pointing where they did; the real file has the new plan.
        QVERIFY(QFileInfo(path(QStringLiteral("chainsave/a.cplan"))).isSymLink());
        QVERIFY(QFileInfo(path(QStringLiteral("chainsave/b.cplan"))).isSymLink());
        QCOMPARE(QFileInfo(path(QStringLiteral("chainsave/a.cplan"))).symLinkTarget(), path(QStringLiteral("chainsave/b.cplan")));
        QCOMPARE(openPlanFile(real).plan->settings.name, QStringLiteral("Saved through two links"));
        QCOMPARE(openPlanFile(path(QStringLiteral("chainsave/a.cplan"))).plan->settings.name,
                 QStringLiteral("Saved through two links"));
        // No temporary file left beside either link or the real file.
        QCOMPARE(QDir(path(QStringLiteral("chainsave"))).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 (QStringList{QStringLiteral("a.cplan"), QStringLiteral("b.cplan")}));
        QCOMPARE(QDir(path(QStringLiteral("chainsave/real"))).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("plan.cplan")});
    }

    void theStampTellsAnotherProgramsChange()
    {
        const QString plan = savedPlan(QStringLiteral("stamp/plan.cplan"));
        const FileStamp opened = fileStampOf(plan);
        QVERIFY(opened.exists);
        QCOMPARE(opened.size, QFileInfo(plan).size());
        QCOMPARE(quint64(opened.inode), inodeOf(plan));
        QCOMPARE(fileStampOf(plan), opened);
        // An SQLite program writing in place moves the change counter (bytes 24..27), even
        // with the size and, on a coarse clock, the time the same.
        QByteArray bytes = bytesOf(plan);
        const quint32 counter = (quint32(quint8(bytes[24])) << 24) | (quint32(quint8(bytes[25])) << 16)
                                | (quint32(quint8(bytes[26])) << 8) | quint32(quint8(bytes[27]));
        QCOMPARE(opened.changeCounter, counter);
        bytes[27] = char(bytes[27] + 1);
        {
            QFile f(plan);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(bytes);
        }
        const FileStamp written = fileStampOf(plan);
        QCOMPARE(quint32(written.changeCounter), counter + 1);
        QCOMPARE(written.inode, opened.inode);
        QVERIFY(written != opened);
        QVERIFY(!fileStampOf(path(QStringLiteral("stamp/none.cplan"))).exists);
    }

    void theWatchSeesAFileRenamedOverThePlan()
    {
        const QString plan = savedPlan(QStringLiteral("watch/plan.cplan"));
        PlanFileWatch watch;
        QSignalSpy changed(&watch, &PlanFileWatch::changedOnDisk);
        watch.watch(plan);
        QVERIFY(!watch.isChangedOnDisk());
        // This window's own save: the stamp is taken again, nothing is reported.
        QString error;
        QVERIFY(writeFileAtomically(plan, bytesOf(plan), &error));
        watch.watch(plan);
        QTest::qWait(400);
        QCOMPARE(changed.count(), 0);
        // A sync client renames a new file over it.
        Plan other = testing::fullPlan();
        other.settings.name = QStringLiteral("From the cloud");
        QVERIFY(savePlanFile(other, path(QStringLiteral("watch/incoming.cplan"))).ok);
        QVERIFY(::rename(QFile::encodeName(path(QStringLiteral("watch/incoming.cplan"))).constData(),
                         QFile::encodeName(plan).constData()) == 0);
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(watch.isChangedOnDisk());
        // Once told; after this window takes the file as its own (reload) the next change counts.
        watch.watch(plan);
        QVERIFY(!watch.isChangedOnDisk());
        writeBytes(plan, bytesOf(plan) + QByteArray(512, '\0')); // written in place, a new size
        QTRY_COMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanLock)
#include "tst_planlock.moc"
