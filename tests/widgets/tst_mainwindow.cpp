// Drives the real main window: edit through the view, undo, redo, save, reopen; the questions
// it asks (answered by a test hook); locks, recovery copies and failed saves.
#include "appsettings.h"
#include "document.h"
#include "mainwindow.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "planlock.h"
#include "recoverystore.h"
#include "testplans.h"
#include "testprompts.h"
#include "userprompts.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QProcess>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>
#include <utime.h>

using namespace cplan;

namespace {

// Answers the window's questions as the test says, and remembers what was asked.
using testing::Answers;
using testing::TestPrompts;
using testing::age;

QAction *findAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}


} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Answers m_answers;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString recoveryFolder() const { return m_dir.filePath(QStringLiteral("recovery")); }
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(std::make_unique<TestPrompts>(&m_answers), recoveryFolder());
        window->resize(1200, 800);
        window->show();
        return window;
    }
    QString savedPlan(const QString &name)
    {
        const QString file = path(name);
        if (!storage::savePlanFile(testing::fullPlan(), file).ok)
            qFatal("cannot save the test plan");
        return file;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerTests"));
        QVERIFY(m_dir.isValid());
    }
    void init() { m_answers = Answers(); }

    void editUndoRedoSaveReopen()
    {
        const QString file = savedPlan(QStringLiteral("edit.cplan"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        QVERIFY(!window->document()->isReadOnly());
        QCOMPARE(window->windowTitle(), QStringLiteral("edit.cplan[*] — Campaign Planner"));

        auto *name = window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name);
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Spring 2027"));
        QTest::keyClick(name, Qt::Key_Return); // the name is stored when the person is done
        QCOMPARE(window->document()->plan().settings.name, QStringLiteral("Spring 2027"));
        QVERIFY(window->isWindowModified());
        QCOMPARE(window->document()->undoStack()->count(), 1); // typing is one undo step
        QAction *undo = findAction(*window, QStringLiteral("&Undo Rename plan"));
        QVERIFY(undo);
        undo->trigger();
        QCOMPARE(window->document()->plan().settings.name, testing::fullPlan().settings.name);
        QCOMPARE(name->text(), testing::fullPlan().settings.name); // the view follows
        QVERIFY(!window->isWindowModified());
        findAction(*window, QStringLiteral("&Redo Rename plan"))->trigger();
        QCOMPARE(name->text(), QStringLiteral("Spring 2027"));

        QVERIFY(window->files()->save());
        QVERIFY(!window->isWindowModified());
        const storage::OpenResult reopened = storage::openPlanFile(file);
        QVERIFY(reopened.plan);
        Plan expected = testing::fullPlan();
        expected.settings.name = QStringLiteral("Spring 2027");
        QCOMPARE(reopened.plan->settings, expected.settings);
        QCOMPARE(reopened.plan->channels, window->document()->plan().channels);
    }

    void closingWithChangesAsks()
    {
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(savedPlan(QStringLiteral("ask.cplan"))));
        auto *name = window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QTest::keyClicks(name, QStringLiteral(" changed"));
        QTest::keyClick(name, Qt::Key_Return);
        m_answers.saveChoice = UserPrompts::SaveChoice::Cancel;
        QVERIFY(!window->close());
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("save changes to ask.cplan")});
        QVERIFY(window->isVisible());
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
        QVERIFY(window->close());
        QCOMPARE(m_answers.asked.size(), 2);
        // Discarded: the file still holds the old name.
        QCOMPARE(storage::openPlanFile(path(QStringLiteral("ask.cplan"))).plan->settings.name, testing::fullPlan().settings.name);
    }

    void lockedPlanOpensReadOnlyWithBanner()
    {
        const QString file = savedPlan(QStringLiteral("locked.cplan"));
        storage::PlanLock otherInstance(file);
        QCOMPARE(otherInstance.tryLock(), storage::PlanLock::Result::Locked);
        // The lock is held by this very process; a second window must still see it as taken.
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        QVERIFY(window->document()->isReadOnly());
        QVERIFY(window->windowTitle().contains(QStringLiteral("(read-only)")));
        auto *banner = window->findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->findChild<QLabel *>()->text().contains(QStringLiteral("already open")));
        QVERIFY(!window->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled());
        // Save a copy makes an editable plan elsewhere.
        m_answers.saveAsPath = path(QStringLiteral("copy.cplan"));
        QVERIFY(window->files()->saveAs());
        QVERIFY(!window->document()->isReadOnly());
        QVERIFY(!banner->isVisible());
        QCOMPARE(window->document()->filePath(), path(QStringLiteral("copy.cplan")));
    }

    void readOnlyOnRequest()
    {
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(savedPlan(QStringLiteral("ro.cplan")), true));
        QVERIFY(window->document()->isReadOnly());
        QVERIFY(!findAction(*window, QStringLiteral("&Save"))->isEnabled());
        QVERIFY(!QFile::exists(storage::PlanLock::lockPathFor(path(QStringLiteral("ro.cplan")))));
    }

    void crashLeavesARecoveryCopyThatIsOffered()
    {
        const QString file = savedPlan(QStringLiteral("crash.cplan"));
        age(file, 3600);
        Plan newer = testing::fullPlan();
        newer.settings.name = QStringLiteral("Unsaved work");
        const storage::RecoveryStore store(recoveryFolder());
        QString error;
        QVERIFY2(store.write(storage::planFileImage(newer), newer.settings.name, file, {}, &error), qPrintable(error));

        auto window = makeWindow();
        m_answers.restore = true;
        QVERIFY(window->files()->openFile(file));
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("restore crash.cplan")});
        QCOMPARE(window->document()->plan().settings.name, QStringLiteral("Unsaved work"));
        QVERIFY(window->document()->isModified());
        QCOMPARE(window->document()->filePath(), file);
        // The copy stays until the restored work is saved (a second crash loses nothing).
        QVERIFY(store.entryFor(file));
        QVERIFY(window->files()->save());
        QVERIFY(!store.entryFor(file));
        QCOMPARE(storage::openPlanFile(file).plan->settings.name, QStringLiteral("Unsaved work"));
    }

    void autosaveWritesARecoveryCopyNotTheFile()
    {
        const QString file = savedPlan(QStringLiteral("auto.cplan"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        QTest::keyClicks(window->findChild<QLineEdit *>(QStringLiteral("authorEdit")), QStringLiteral("X"));
        QTest::keyClick(window->findChild<QLineEdit *>(QStringLiteral("authorEdit")), Qt::Key_Return);
        QFile before(file);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        window->files()->autosave();
        const storage::RecoveryStore store(recoveryFolder());
        const auto entry = store.entryFor(file);
        QVERIFY(entry);
        QFile copy(entry->recoveryPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(storage::openPlanImage(copy.readAll(), entry->recoveryPath).plan->settings.author,
                 testing::fullPlan().settings.author + QStringLiteral("X"));
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes); // the user's file is untouched
        QVERIFY(window->files()->save());
        QVERIFY(!store.entryFor(file)); // saved: the copy is gone
    }

    void failedSaveKeepsTheDocumentDirty()
    {
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(savedPlan(QStringLiteral("fail.cplan"))));
        QTest::keyClicks(window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("!"));
        QTest::keyClick(window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), Qt::Key_Return);
        m_answers.saveAsPath = path(QStringLiteral("no-such-folder/fail.cplan"));
        QVERIFY(!window->files()->saveAs());
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY2(m_answers.errors.first().contains(QStringLiteral("does not exist")), qPrintable(m_answers.errors.first()));
        QVERIFY(window->document()->isModified());
        QCOMPARE(window->document()->filePath(), path(QStringLiteral("fail.cplan")));
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    void savingIntoAReadOnlyFolderFails()
    {
        const QString folder = path(QStringLiteral("read-only folder"));
        QVERIFY(QDir().mkpath(folder));
        // Root writes anywhere the permission bits forbid; an immutable folder stops root too.
        const bool root = ::geteuid() == 0;
        if (root) {
            if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) != 0)
                QSKIP("cannot make a read-only folder as root here (chattr +i refused)");
        } else {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        }
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(savedPlan(QStringLiteral("to-copy.cplan"))));
        QTest::keyClicks(window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral(" v2"));
        QTest::keyClick(window->findChild<QLineEdit *>(QStringLiteral("nameEdit")), Qt::Key_Return);
        m_answers.saveAsPath = folder + QStringLiteral("/copy.cplan");
        const bool saved = window->files()->saveAs();
        if (root)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
        else
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY2(m_answers.errors.first().startsWith(QStringLiteral("Cannot save ")), qPrintable(m_answers.errors.first()));
        QVERIFY2(m_answers.errors.first().contains(QStringLiteral("permission")), qPrintable(m_answers.errors.first()));
        QVERIFY(window->document()->isModified());
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("to-copy.cplan")));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/copy.cplan")));
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    void startingAfterACrashOffersTheUnsavedPlan()
    {
        Plan unsaved = testing::fullPlan();
        unsaved.settings.name = QStringLiteral("Never saved");
        const storage::RecoveryStore store(recoveryFolder());
        QString error;
        QVERIFY(store.write(storage::planFileImage(unsaved), unsaved.settings.name, {}, QStringLiteral("k1"), &error));
        auto window = makeWindow();
        m_answers.restore = true;
        window->files()->startWithoutFile();
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("restore Never saved")});
        QCOMPARE(window->document()->plan().settings.name, QStringLiteral("Never saved"));
        QVERIFY(window->document()->isModified());
        QCOMPARE(store.untitledEntries().size(), std::size_t(1)); // kept until saved or discarded
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
        QVERIFY(window->files()->closeDocument());
        QVERIFY(store.untitledEntries().empty());
    }

    // The user guide: "the next start offers them back" — also for a plan that was saved
    // once and then changed when the application crashed, and also when starting with a file.
    void startingAfterACrashOffersASavedPlansChanges()
    {
        const QString file = savedPlan(QStringLiteral("crashed.cplan"));
        age(file, 3600);
        Plan unsaved = testing::fullPlan();
        unsaved.settings.name = QStringLiteral("Changed before the crash");
        const storage::RecoveryStore store(recoveryFolder());
        QString error;
        QVERIFY2(store.write(storage::planFileImage(unsaved), unsaved.settings.name, file, {}, &error), qPrintable(error));

        // As at the start without a file (src/app/guicommands.cpp: runGui).
        auto window = makeWindow();
        m_answers.restore = true;
        window->files()->startWithoutFile();
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("restore crashed.cplan")});
        QCOMPARE(window->document()->plan().settings.name, QStringLiteral("Changed before the crash"));
        QCOMPARE(window->document()->filePath(), file);
        QVERIFY(window->document()->isModified());
        QVERIFY(!window->document()->isReadOnly()); // it holds the plan's lock, as if opened
        QVERIFY(QFile::exists(storage::PlanLock::lockPathFor(file)));
        QVERIFY(!window->files()->isUnsavedSample());
        QVERIFY(store.entryFor(file)); // kept until saved (a second crash loses nothing)
        QVERIFY(window->files()->save());
        QVERIFY(!store.entryFor(file));
        QCOMPARE(storage::openPlanFile(file).plan->settings.name, QStringLiteral("Changed before the crash"));
    }

    void startingWithAnotherFileOffersTheCrashedPlan()
    {
        const QString crashed = savedPlan(QStringLiteral("was-open.cplan"));
        age(crashed, 3600);
        const QString other = savedPlan(QStringLiteral("double-clicked.cplan"));
        Plan unsaved = testing::fullPlan();
        unsaved.settings.name = QStringLiteral("Work in progress");
        const storage::RecoveryStore store(recoveryFolder());
        QString error;
        QVERIFY(store.write(storage::planFileImage(unsaved), unsaved.settings.name, crashed, {}, &error));

        auto window = makeWindow();
        m_answers.restore = true;
        QVERIFY(window->files()->startWithFile(other));
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("restore was-open.cplan")});
        QCOMPARE(window->document()->filePath(), crashed);
        QCOMPARE(window->document()->plan().settings.name, QStringLiteral("Work in progress"));
        QVERIFY(window->document()->isModified());
        QCOMPARE(AppSettings::recentFiles().value(1), other); // still one click away
        // Closing without saving discards the restored changes: the copy goes too.
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
        QVERIFY(window->files()->closeDocument());
        QVERIFY(!store.entryFor(crashed));
    }

    void discardingAtTheStartDeletesTheCopy()
    {
        const QString file = savedPlan(QStringLiteral("discard.cplan"));
        age(file, 3600);
        Plan unsaved = testing::fullPlan();
        unsaved.settings.name = QStringLiteral("Not wanted");
        const storage::RecoveryStore store(recoveryFolder());
        QString error;
        QVERIFY(store.write(storage::planFileImage(unsaved), unsaved.settings.name, file, {}, &error));
        // A copy older than its plan (saved after the copy was written) is not asked about.
        const QString saved = savedPlan(QStringLiteral("saved-after.cplan"));
        QVERIFY(store.write(storage::planFileImage(unsaved), unsaved.settings.name, saved, {}, &error));
        QFile note(store.entryFor(saved)->recoveryPath + QStringLiteral(".json"));
        QVERIFY(note.open(QIODevice::ReadWrite));
        QByteArray json = note.readAll();
        const QByteArray stamp = store.entryFor(saved)->savedAt.toString(Qt::ISODateWithMs).toLatin1();
        json.replace(stamp, QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODateWithMs).toLatin1());
        QVERIFY(note.resize(0));
        note.write(json);
        note.close();

        auto window = makeWindow();
        m_answers.restore = false;
        window->files()->startWithoutFile();
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("restore discard.cplan")});
        QVERIFY(!store.entryFor(file));  // discarded: deleted
        QVERIFY(!store.entryFor(saved)); // overtaken by a save: deleted without asking
        QVERIFY(window->files()->isUnsavedSample()); // the start goes on with the sample
        QCOMPARE(storage::openPlanFile(file).plan->settings.name, testing::fullPlan().settings.name);
    }

    void firstStartOpensTheSampleAsAnUnsavedCopy()
    {
        auto window = makeWindow();
        window->files()->startWithoutFile();
        QVERIFY(m_answers.asked.isEmpty());
        QVERIFY(window->document()->filePath().isEmpty());
        QCOMPARE(window->document()->plan().channels.size(), std::size_t(10));
        QVERIFY(window->windowTitle().startsWith(window->document()->plan().settings.name));
    }

    void droppingAPlanOpensIt()
    {
        const QString file = savedPlan(QStringLiteral("dropped.cplan"));
        auto window = makeWindow();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window.get(), &drop);
        QCOMPARE(window->document()->filePath(), file);
        QMimeData text;
        text.setUrls({QUrl::fromLocalFile(path(QStringLiteral("photo.png")))});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(window.get(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void badFileShowsThePlainError()
    {
        QFile text(path(QStringLiteral("notes.cplan")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not a plan");
        text.close();
        auto window = makeWindow();
        QVERIFY(!window->files()->openFile(path(QStringLiteral("notes.cplan"))));
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY(m_answers.errors.first().contains(QStringLiteral("not a Campaign Planner plan")));
    }

    void templatesAndRecentFiles()
    {
        auto window = makeWindow();
        QVERIFY(window->files()->newFromTemplate(QStringLiteral("local-shop")));
        QVERIFY(window->document()->filePath().isEmpty());
        QVERIFY(!window->document()->plan().channels.empty());
        const QString file = savedPlan(QStringLiteral("recent.cplan"));
        QVERIFY(window->files()->openFile(file));
        QCOMPARE(AppSettings::recentFiles().value(0), file);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
