// The same plan opened in two windows, by whatever name: through a symbolic link, a chain of
// them, a hard link. The second window is read-only and says so; a plan locked by another
// computer on a shared folder is taken over only when the person confirms.
#include "commands.h"
#include "document.h"
#include "mainwindow.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "planlock.h"
#include "testplans.h"
#include "testprompts.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace cplan;

namespace {

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool symlink(const QString &target, const QString &link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}

QString bannerText(const MainWindow &window)
{
    auto *banner = window.findChild<QWidget *>(QStringLiteral("readOnlyBanner"));
    return banner && banner->isVisible() ? banner->findChild<QLabel *>()->text() : QString();
}

QPushButton *takeOverButton(const MainWindow &window)
{
    return window.findChild<QPushButton *>(QStringLiteral("takeOverButton"));
}

} // namespace

class TestOpenedTwice : public QObject
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
    QString savedPlan(const QString &name)
    {
        QDir().mkpath(QFileInfo(path(name)).absolutePath());
        if (!storage::savePlanFile(testing::fullPlan(), path(name)).ok)
            qFatal("cannot save the test plan");
        return path(name);
    }
    // The second window must be read-only, say who has the plan, and offer no take-over.
    void verifyReadOnlyBecauseOpen(const MainWindow &second)
    {
        QVERIFY(second.document()->isReadOnly());
        QVERIFY(second.windowTitle().contains(QStringLiteral("(read-only)")));
        const QString text = bannerText(second);
        QVERIFY2(text.contains(QStringLiteral("already open in")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())), qPrintable(text));
        QVERIFY(!takeOverButton(second)->isVisible());
        QVERIFY(!second.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->isEnabled());
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

    void throughASymbolicLink()
    {
        const QString real = savedPlan(QStringLiteral("real/plan.cplan"));
        QVERIFY(symlink(real, path(QStringLiteral("plan-link.cplan"))));
        auto first = makeWindow();
        QVERIFY(first->files()->openFile(path(QStringLiteral("plan-link.cplan"))));
        QVERIFY(!first->document()->isReadOnly());
        auto second = makeWindow();
        QVERIFY(second->files()->openFile(real));
        verifyReadOnlyBecauseOpen(*second);
        // And the other way round: the real name first, then a chain of two links.
        first.reset();
        second.reset();
        QVERIFY(symlink(path(QStringLiteral("plan-link.cplan")), path(QStringLiteral("chain.cplan"))));
        auto direct = makeWindow();
        QVERIFY(direct->files()->openFile(real));
        QVERIFY(!direct->document()->isReadOnly());
        auto chained = makeWindow();
        QVERIFY(chained->files()->openFile(path(QStringLiteral("chain.cplan"))));
        verifyReadOnlyBecauseOpen(*chained);
        // The title keeps the name the person opened.
        QVERIFY(chained->windowTitle().startsWith(QStringLiteral("chain.cplan")));
    }

    void throughAHardLink()
    {
        const QString plan = savedPlan(QStringLiteral("hard/plan.cplan"));
        QDir().mkpath(path(QStringLiteral("team")));
        const QString link = path(QStringLiteral("team/shared-plan.cplan"));
        QVERIFY(::link(QFile::encodeName(plan).constData(), QFile::encodeName(link).constData()) == 0);
        auto first = makeWindow();
        QVERIFY(first->files()->openFile(link));
        QVERIFY(!first->document()->isReadOnly());
        auto second = makeWindow();
        QVERIFY(second->files()->openFile(plan));
        verifyReadOnlyBecauseOpen(*second);
        // Save in the first window renames a new file over the plan (the hard link then names
        // another file); a window opening that new file by a fresh hard link is still second.
        PlanSettings settings = first->document()->plan().settings;
        settings.author = QStringLiteral("First window");
        first->document()->undoStack()->push(new ChangeSettingsCommand(first->document(), settings, QStringLiteral("Change author")));
        QVERIFY(first->files()->save());
        const QString newLink = path(QStringLiteral("team/after-save.cplan"));
        QVERIFY(::link(QFile::encodeName(link).constData(), QFile::encodeName(newLink).constData()) == 0);
        auto third = makeWindow();
        QVERIFY(third->files()->openFile(newLink));
        verifyReadOnlyBecauseOpen(*third);
    }

    void aLockOnAnotherComputerIsTakenOverAfterConfirming()
    {
        const QString plan = savedPlan(QStringLiteral("shared/plan.cplan"));
        QFile lockFile(storage::PlanLock::lockPathFor(plan));
        QVERIFY(lockFile.open(QIODevice::WriteOnly));
        lockFile.write("4242\ncampaign-planner\nlaptop-of-ana\n");
        lockFile.close();
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(plan));
        QVERIFY(window->document()->isReadOnly());
        QCOMPARE(bannerText(*window),
                 QStringLiteral("This plan is open in campaign-planner on laptop-of-ana (process 4242), another computer, "
                                "so it is open read-only here. If it is no longer open there (that computer was switched "
                                "off or crashed), take it over to edit it here."));
        QPushButton *takeOver = takeOverButton(*window);
        QVERIFY(takeOver->isVisible());

        // The person is not sure: it stays read-only and the other computer's lock stays.
        m_answers.takeOver = false;
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("take over plan.cplan from campaign-planner on laptop-of-ana (process 4242)")});
        QVERIFY(window->document()->isReadOnly());
        QVERIFY(bytesOf(storage::PlanLock::lockPathFor(plan)).startsWith("4242\n"));

        m_answers.takeOver = true;
        QTest::mouseClick(takeOver, Qt::LeftButton);
        QVERIFY(!window->document()->isReadOnly());
        QVERIFY(!window->windowTitle().contains(QStringLiteral("(read-only)")));
        QVERIFY(bannerText(*window).isEmpty());
        QVERIFY(!takeOver->isVisible());
        QVERIFY(bytesOf(storage::PlanLock::lockPathFor(plan)).startsWith(QByteArray(QByteArray::number(QCoreApplication::applicationPid()) + "\n")));
        // Editable and saved into the plan's own file.
        auto *name = window->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name->isEnabled());
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Taken over"));
        QTest::keyClick(name, Qt::Key_Return);
        QVERIFY(window->files()->save());
        QCOMPARE(storage::openPlanFile(plan).plan->settings.name, QStringLiteral("Taken over"));

        // A second window now sees this one's lock, with nothing to take over.
        auto second = makeWindow();
        QVERIFY(second->files()->openFile(plan));
        verifyReadOnlyBecauseOpen(*second);
    }
};

QTEST_MAIN(TestOpenedTwice)
#include "tst_openedtwice.moc"
