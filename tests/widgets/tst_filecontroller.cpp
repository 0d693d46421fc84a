// The file controller keeps recovery copies and locks right: what a user expects after undo,
// Save As over a plan open elsewhere, a suffix added to the name, several crashed windows.
#include "commands.h"
#include "document.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "planlock.h"
#include "recoverystore.h"
#include "sqlitedatabase.h"
#include "testplans.h"
#include "testprompts.h"
#include "userprompts.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

#include <utime.h>

using namespace cplan;

namespace {

using testing::Answers;
using testing::TestPrompts;
using testing::age;


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

} // namespace

class TestFileController : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Answers m_answers;
    TestPrompts m_prompts{&m_answers};

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString recoveryFolder() const { return m_dir.filePath(QStringLiteral("recovery")); }
    std::unique_ptr<PlanFileController> makeController()
    {
        return std::make_unique<PlanFileController>(&m_prompts, storage::RecoveryStore(recoveryFolder()));
    }
    QString savedPlan(const QString &name)
    {
        const QString file = path(name);
        if (!storage::savePlanFile(testing::fullPlan(), file).ok)
            qFatal("cannot save the test plan");
        age(file, 3600);
        return file;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerReviewTests"));
        QVERIFY(m_dir.isValid());
    }
    void init() { m_answers = Answers(); }

    // Was a bug: edit, autosave, undo back to the saved state, close: nothing is asked (right, the
    // plan is unchanged) but the recovery copy of the undone edit stays, and opening the plan
    // again offers to "restore" it.
    void undoingBackToSavedLeavesAStaleRecoveryCopy()
    {
        const QString file = savedPlan(QStringLiteral("stale.cplan"));
        const storage::RecoveryStore store(recoveryFolder());
        auto files = makeController();
        QVERIFY(files->openFile(file));
        changeAuthor(files->document(), QStringLiteral("Undone"));
        files->autosave();
        QVERIFY(store.entryFor(file));
        files->document()->undoStack()->undo();
        QVERIFY(!files->document()->isModified());
        QVERIFY(files->closeDocument());
        QVERIFY(m_answers.asked.isEmpty());
        if (store.entryFor(file))
            qWarning("the recovery copy of an undone edit is still there");
        QVERIFY(files->openFile(file));
        QCOMPARE(m_answers.asked, QStringList());
    }

    // Was a bug: Save As / Save a Copy onto a plan that another window or instance has open and
    // locked writes over it; only afterwards is the lock found taken and the document made
    // read-only (and marked saved). The other instance's next save then overwrites this one.
    void saveAsOverAPlanLockedElsewhere()
    {
        const QString file = savedPlan(QStringLiteral("locked.cplan"));
        auto owner = makeController();
        QVERIFY(owner->openFile(file));
        QVERIFY(!owner->document()->isReadOnly());
        const QByteArray before = bytesOf(file);

        auto other = makeController();
        QVERIFY(other->newBlankPlan());
        changeAuthor(other->document(), QStringLiteral("Someone else"));
        m_answers.saveAsPath = file;
        const bool saved = other->saveAs();
        QVERIFY2(bytesOf(file) == before, "the plan open and locked elsewhere was overwritten");
        QVERIFY(!saved);
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    // Was a bug: the save dialog asks before replacing the name the user typed ("budget"), but the
    // controller then appends ".cplan" and replaces "budget.cplan" without asking.
    void saveAsAppendsTheSuffixAfterTheOverwriteQuestion()
    {
        const QString existing = savedPlan(QStringLiteral("budget.cplan"));
        const QByteArray before = bytesOf(existing);
        auto files = makeController();
        QVERIFY(files->newBlankPlan());
        changeAuthor(files->document(), QStringLiteral("New plan"));
        m_answers.saveAsPath = path(QStringLiteral("budget")); // no such file: the dialog did not ask
        files->saveAs();
        QVERIFY2(bytesOf(existing) == before, "budget.cplan was replaced without a question");
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    // Was a bug (lost recovery copies): at start, only the newest unsaved plan is offered,
    // but every untitled recovery copy is deleted, including the ones never offered (another
    // window's, or a running instance's).
    void startingDeletesRecoveryCopiesItNeverOffered()
    {
        const storage::RecoveryStore store(recoveryFolder());
        QString error;
        Plan first = testing::fullPlan();
        first.settings.name = QStringLiteral("First unsaved");
        QVERIFY(store.write(storage::planFileImage(first), first.settings.name, {}, QStringLiteral("k1"), &error));
        QTest::qWait(1100); // a later modification time
        Plan second = testing::fullPlan();
        second.settings.name = QStringLiteral("Second unsaved");
        QVERIFY(store.write(storage::planFileImage(second), second.settings.name, {}, QStringLiteral("k2"), &error));
        auto files = makeController();
        m_answers.restore = true;
        files->startWithoutFile();
        QCOMPARE(m_answers.asked.size(), 1); // the newest first; the user restores it
        QCOMPARE(files->document()->plan().settings.name, QStringLiteral("Second unsaved"));
        QCOMPARE(store.untitledEntries().size(), std::size_t(2)); // the restored copy stays until saved
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
        QVERIFY(files->closeDocument());
        const std::vector<storage::RecoveryEntry> left = store.untitledEntries();
        QCOMPARE(left.size(), std::size_t(1)); // the one never offered is still there
        QCOMPARE(left.front().planName, QStringLiteral("First unsaved"));
    }

    void partsAnotherProgramAddedAreToldOnOpen()
    {
        const QString file = savedPlan(QStringLiteral("planted.cplan"));
        {
            storage::Database db;
            QVERIFY(db.openExisting(file));
            QVERIFY(db.execute("CREATE TRIGGER planted AFTER INSERT ON channel BEGIN SELECT 1; END"));
        }
        auto controller = makeController();
        QSignalSpy told(controller.get(), &PlanFileController::statusMessage);
        QVERIFY(controller->openFile(file));
        QCOMPARE(told.count(), 1);
        QCOMPARE(told.at(0).at(0).toString(),
                 QStringLiteral("planted.cplan holds parts another program added (1 trigger). Campaign Planner does "
                                "not use them, and leaves them out when you save the plan."));
        QCOMPARE(m_answers.errors, QStringList());
    }
};

QTEST_GUILESS_MAIN(TestFileController)
#include "tst_filecontroller.moc"
