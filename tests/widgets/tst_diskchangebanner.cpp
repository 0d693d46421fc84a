// A plan changed on disk behind an open window (a command-line import with --force, a sync
// client renaming a new file over it) is never overwritten without asking: the window says so,
// Save asks (reload, compare, a copy, cancel) and does what the person chose. The command line
// refuses to write a plan a window has open, unless --force. The window's own saves ask nothing.
#include "apprun.h"
#include "commands.h"
#include "comparedialog.h"
#include "document.h"
#include "mainwindow.h"
#include "plancomparison.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "planjson.h"
#include "testplans.h"
#include "testprompts.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace cplan;
using testing::run;

namespace {

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void changeAuthor(Document *document, const QString &author)
{
    PlanSettings settings = document->plan().settings;
    settings.author = author;
    document->undoStack()->push(new ChangeSettingsCommand(document, settings, QStringLiteral("Change author")));
}

QString nameOnDisk(const QString &file)
{
    const storage::OpenResult opened = storage::openPlanFile(file);
    return opened.plan ? opened.plan->settings.name : opened.message;
}

QWidget *banner(const MainWindow &window)
{
    return window.findChild<QWidget *>(QStringLiteral("diskChangeBanner"));
}

} // namespace

class TestDiskChangeBanner : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    testing::Answers m_answers;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(std::make_unique<testing::TestPrompts>(&m_answers),
                                                   m_dir.filePath(QStringLiteral("recovery")));
        window->resize(1200, 800);
        window->show();
        return window;
    }
    QString savedPlan(const QString &name, const QString &planName = {})
    {
        Plan plan = testing::fullPlan();
        if (!planName.isEmpty())
            plan.settings.name = planName;
        if (!storage::savePlanFile(plan, path(name)).ok)
            qFatal("cannot save the test plan");
        return path(name);
    }
    QString jsonPlan(const QString &name, const QString &planName)
    {
        Plan plan = testing::fullPlan();
        plan.settings.name = planName;
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(planToJson(plan)) <= 0)
            qFatal("cannot write the JSON plan");
        return path(name);
    }
    // Another program's save: a new file renamed over the plan, as sync clients do.
    void replaceBehindTheWindow(const QString &file, const QString &planName)
    {
        // The plan on disk with another name: the same records (with the same ids).
        storage::OpenResult onDisk = storage::openPlanFile(file);
        QVERIFY(onDisk.plan);
        onDisk.plan->settings.name = planName;
        const QString incoming = path(QStringLiteral(".incoming.cplan"));
        QVERIFY(storage::savePlanFile(*onDisk.plan, incoming).ok);
        QVERIFY(std::rename(QFile::encodeName(incoming).constData(), QFile::encodeName(file).constData()) == 0);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerTests"));
        QVERIFY(m_dir.isValid());
    }
    void init() { m_answers = testing::Answers(); }
    void cleanup() { m_answers.saveChoice = UserPrompts::SaveChoice::Discard; }

    void theWindowsOwnSavesAskNothing()
    {
        const QString file = savedPlan(QStringLiteral("own.cplan"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        for (const QString &author : {QStringLiteral("First"), QStringLiteral("Second")}) {
            changeAuthor(window->document(), author);
            QVERIFY(window->files()->save());
            QTest::qWait(400); // the watcher has seen the rename by now
            QVERIFY(!banner(*window)->isVisible());
        }
        m_answers.saveAsPath = file;
        QVERIFY(window->files()->saveAs()); // onto the same file, chosen in the dialog
        QCOMPARE(m_answers.asked, QStringList());
        QCOMPARE(storage::openPlanFile(file).plan->settings.author, QStringLiteral("Second"));
    }

    void theCommandLineIsRefusedThenForced()
    {
        const QString file = savedPlan(QStringLiteral("imported.cplan"));
        const QString json = jsonPlan(QStringLiteral("in.json"), QStringLiteral("Imported by the command line"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        changeAuthor(window->document(), QStringLiteral("Edited in the window"));
        const QByteArray before = bytesOf(file);

        testing::Run refused = run({QStringLiteral("--import-json"), json, file});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.startsWith(QStringLiteral("Cannot write %1: it is open in ").arg(file)), qPrintable(refused.err));
        QVERIFY2(refused.err.endsWith(QStringLiteral(" on %1 (process %2). Close it there, or give --force to write it anyway "
                                                     "(that window then asks before it saves).\n")
                                          .arg(QSysInfo::machineHostName())
                                          .arg(QCoreApplication::applicationPid())),
                 qPrintable(refused.err));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(bytesOf(file), before);
        QTest::qWait(300);
        QVERIFY(!banner(*window)->isVisible());

        testing::Run forced = run({QStringLiteral("--import-json"), json, file, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(nameOnDisk(file), QStringLiteral("Imported by the command line"));
        // The window notices, and says so above the pages.
        QTRY_VERIFY(banner(*window)->isVisible());
        QCOMPARE(banner(*window)->findChild<QLabel *>(QStringLiteral("diskChangeText"))->text(),
                 QStringLiteral("<b>“imported.cplan” was changed by another program.</b> Save asks before writing "
                                "over those changes."));

        // Ctrl+S asks; the person cancels: the import stays on disk, the window's edit stays here.
        QString question;
        m_answers.diskChangeBox = [&question](QMessageBox *box) { question = box->text() + QLatin1Char(' ') + box->informativeText(); };
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("changed on disk: imported.cplan")});
        QCOMPARE(question, QStringLiteral("“imported.cplan” was changed by another program since you opened or last saved "
                                          "it here. Saving now would overwrite those changes. Reload the plan as it is on "
                                          "disk (your changes here are lost), compare the two versions, or save your "
                                          "version as a copy."));
        QCOMPARE(nameOnDisk(file), QStringLiteral("Imported by the command line"));
        QVERIFY(window->document()->isModified());
        QCOMPARE(window->document()->plan().settings.author, QStringLiteral("Edited in the window"));

        // Compare: the Compare view against the file as it is on disk; still nothing written.
        m_answers.diskChangeButton = QStringLiteral("compareButton");
        QVERIFY(!window->files()->save());
        QVERIFY(window->comparison()->isActive());
        QCOMPARE(window->comparison()->olderName(), QStringLiteral("imported.cplan on disk"));
        QCOMPARE(nameOnDisk(file), QStringLiteral("Imported by the command line"));

        // Save as a copy: the window goes on with the copy; the import is left alone.
        m_answers.diskChangeButton = QStringLiteral("saveCopyButton");
        m_answers.saveAsPath = path(QStringLiteral("my version.cplan"));
        QVERIFY(window->files()->save());
        QCOMPARE(nameOnDisk(file), QStringLiteral("Imported by the command line"));
        const storage::OpenResult copy = storage::openPlanFile(path(QStringLiteral("my version.cplan")));
        QCOMPARE(copy.plan->settings.author, QStringLiteral("Edited in the window"));
        QCOMPARE(window->document()->filePath(), path(QStringLiteral("my version.cplan")));
        QVERIFY(!banner(*window)->isVisible());
        // The copy is the window's own now: writing the import again into it is refused.
        testing::Run again = run({QStringLiteral("--import-json"), json, path(QStringLiteral("my version.cplan"))});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(storage::openPlanFile(path(QStringLiteral("my version.cplan"))).plan->settings.author,
                 QStringLiteral("Edited in the window"));
    }

    void aFileReplacedBySyncIsReloadedFromTheBanner()
    {
        const QString file = savedPlan(QStringLiteral("synced.cplan"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        changeAuthor(window->document(), QStringLiteral("Unsaved here"));
        replaceBehindTheWindow(file, QStringLiteral("From the team folder"));
        QTRY_VERIFY(banner(*window)->isVisible());

        auto *reload = banner(*window)->findChild<QPushButton *>(QStringLiteral("reloadFromDiskButton"));
        m_answers.reloadFromDisk = false; // asked first, as the window has unsaved changes
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("reload synced.cplan")});
        QCOMPARE(window->document()->plan().settings.author, QStringLiteral("Unsaved here"));

        m_answers.reloadFromDisk = true;
        QTest::mouseClick(reload, Qt::LeftButton);
        QCOMPARE(window->document()->plan().settings.name, QStringLiteral("From the team folder"));
        QVERIFY(!window->document()->isModified());
        QVERIFY(!window->document()->isReadOnly());
        QVERIFY(!banner(*window)->isVisible());
        // From here on the file is the window's own again: Save writes without a question.
        m_answers.asked.clear();
        changeAuthor(window->document(), QStringLiteral("After the reload"));
        QVERIFY(window->files()->save());
        QCOMPARE(m_answers.asked, QStringList());
        QCOMPARE(storage::openPlanFile(file).plan->settings.author, QStringLiteral("After the reload"));
        QCOMPARE(nameOnDisk(file), QStringLiteral("From the team folder"));
    }

    void reloadChosenWhenSaving()
    {
        const QString file = savedPlan(QStringLiteral("reload.cplan"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        changeAuthor(window->document(), QStringLiteral("Lost on reload"));
        replaceBehindTheWindow(file, QStringLiteral("Newer on disk"));
        // Save at once, before the watcher has said anything: the check at save time finds it.
        m_answers.diskChangeButton = QStringLiteral("reloadButton");
        QVERIFY(!window->files()->save());
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("changed on disk: reload.cplan")});
        QCOMPARE(window->document()->plan().settings.name, QStringLiteral("Newer on disk"));
        QVERIFY(!window->document()->isModified());
        QCOMPARE(nameOnDisk(file), QStringLiteral("Newer on disk"));
    }

    void compareChosenWhenSaving()
    {
        const QString file = savedPlan(QStringLiteral("compare.cplan"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        changeAuthor(window->document(), QStringLiteral("Changed here"));
        replaceBehindTheWindow(file, QStringLiteral("Renamed on disk"));
        m_answers.diskChangeButton = QStringLiteral("compareButton");
        QVERIFY(!window->files()->save());
        QVERIFY(window->comparison()->isActive());
        QCOMPARE(window->comparison()->olderName(), QStringLiteral("compare.cplan on disk"));
        // From the file on disk to the window: one record changed, the plan's settings (its name
        // back to the original, its author new); every channel, phase and item the same.
        QCOMPARE(window->comparison()->changeCount(), 1);
        QVERIFY(window->comparison()->dialog() && window->comparison()->dialog()->isVisible());
        QCOMPARE(nameOnDisk(file), QStringLiteral("Renamed on disk"));
        QVERIFY(window->document()->isModified());
    }

    // Pictures of the banner and the question, for a person to look at (CPLAN_SHOTS=folder).
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("CPLAN_SHOTS");
        if (folder.isEmpty())
            QSKIP("set CPLAN_SHOTS to a folder to write the pictures");
        const QString file = savedPlan(QStringLiteral("shots.cplan"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file));
        changeAuthor(window->document(), QStringLiteral("Someone"));
        replaceBehindTheWindow(file, QStringLiteral("Changed elsewhere"));
        QTRY_VERIFY(banner(*window)->isVisible());
        QVERIFY(window->grab().save(folder + QStringLiteral("/disk-change-banner.png")));
        m_answers.diskChangeBox = [&folder](QMessageBox *box) {
            box->adjustSize();
            box->grab().save(folder + QStringLiteral("/disk-change-question.png"));
        };
        QVERIFY(!window->files()->save());
        QVERIFY(QFile::exists(folder + QStringLiteral("/disk-change-question.png")));
    }
};

QTEST_MAIN(TestDiskChangeBanner)
#include "tst_diskchangebanner.moc"
