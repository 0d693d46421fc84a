// File > Compare with… in the real main window: the Compare view, its filter, the Overview's
// "changed since", and a file that is not a plan.
#include "commands.h"
#include "comparedialog.h"
#include "document.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "plancomparison.h"
#include "plandatabase.h"
#include "plandiffmodel.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "snapshotmenu.h"
#include "testplans.h"
#include "testprompts.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QTreeView>

using namespace cplan;

namespace {

// Answers "which plan to compare with?" with a path the test chooses.
class ComparePrompts : public testing::TestPrompts
{
public:
    ComparePrompts(testing::Answers *answers, QString *openPath) : TestPrompts(answers), m_openPath(openPath) { }
    QString openFileName(const QString &) override { return *m_openPath; }
    QString askSnapshotName(const QString &) override { return QStringLiteral("Sent to Anna"); }

private:
    QString *m_openPath;
};

QStringList rowTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts << model->index(row, 0, parent).data().toString();
    return texts;
}

} // namespace

class TestCompareView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    testing::Answers m_answers;
    QString m_openPath;
    Plan m_plan = testing::fullPlan();
    QString m_old;
    QString m_new;

    std::unique_ptr<MainWindow> openNewerPlan()
    {
        auto window = std::make_unique<MainWindow>(std::make_unique<ComparePrompts>(&m_answers, &m_openPath),
                                                   m_dir.filePath(QStringLiteral("recovery")));
        window->resize(1200, 800);
        window->show();
        if (!window->files()->openFile(m_new))
            qFatal("cannot open the newer plan");
        return window;
    }
    static QAction *compareAction(MainWindow &window)
    {
        return window.findChild<QAction *>(QStringLiteral("compareAction"));
    }
    static OverviewPage *overview(MainWindow &window) { return window.findChild<OverviewPage *>(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_old = m_dir.filePath(QStringLiteral("sent-to-anna.cplan"));
        m_new = m_dir.filePath(QStringLiteral("latest.cplan"));
        QVERIFY(storage::savePlanFile(m_plan, m_old).ok);
        QVERIFY(storage::savePlanFile(testing::withFourEdits(m_plan), m_new).ok);
    }

    void compareWithShowsTheChangesGroupedBySection()
    {
        auto window = openNewerPlan();
        QVERIFY(overview(*window)->changedSinceText().isEmpty());
        m_openPath = m_old;
        compareAction(*window)->trigger();
        CompareDialog *dialog = window->comparison()->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(dialog->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("changesView"));
        const QAbstractItemModel *shown = tree->model();
        QCOMPARE(rowTexts(shown), QStringList({QStringLiteral("Channels (1 change)"), QStringLiteral("Roll-out (2 changes)"),
                                               QStringLiteral("Calendar (1 change)")}));
        const QModelIndex rollout = shown->index(1, 0);
        QCOMPARE(rowTexts(shown, rollout), QStringList({QStringLiteral("Changed: Roll-out phase \u201CSearch test\u201D"),
                                                        QStringLiteral("Changed: Roll-out phase \u201CRoll-out\u201D")}));
        const QModelIndex budgetPhase = shown->index(1, 0, rollout);
        QVERIFY(tree->isExpanded(budgetPhase));
        QCOMPARE(shown->index(0, PlanDiffModel::FieldColumn, budgetPhase).data().toString(), QStringLiteral("Budget"));
        QCOMPARE(shown->index(0, PlanDiffModel::BeforeColumn, budgetPhase).data().toString(), QStringLiteral("12000.00 EUR"));
        QCOMPARE(shown->index(0, PlanDiffModel::AfterColumn, budgetPhase).data().toString(), QStringLiteral("15000.00 EUR"));
        const QModelIndex removed = shown->index(0, 0, shown->index(2, 0));
        QCOMPARE(removed.data().toString(), QStringLiteral("Removed: Content item \u201CPress release\u201D"));
        QCOMPARE(removed.data(PlanDiffModel::ChangeRole).toInt(), int(ChangeKind::Removed));
        QVERIFY(removed.data(Qt::BackgroundRole).isValid());

        // Headline figures on top: budget 13500 -> 16500.
        const auto *budget = dialog->findChild<QWidget *>(QStringLiteral("headline_budget"));
        QVERIFY(budget);
        QCOMPARE(budget->findChild<QLabel *>(QStringLiteral("values"))->text(),
                 QStringLiteral("13500.00 EUR \u2192 16500.00 EUR"));
        QCOMPARE(budget->findChild<QLabel *>(QStringLiteral("change"))->text(), QStringLiteral("+3000.00 EUR"));
        // Months read as the locale writes them ("Mar 2026"), not as the command line's 2026-03.
        const auto *breakEven = dialog->findChild<QWidget *>(QStringLiteral("headline_breakEvenMonth"));
        QVERIFY(breakEven);
        const QString months = breakEven->findChild<QLabel *>(QStringLiteral("values"))->text();
        QVERIFY2(!months.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}"))), qPrintable(months));
        QVERIFY2(months.contains(QRegularExpression(QStringLiteral("[A-Z][a-z]+ \\d{4}"))) || months == QStringLiteral("not reached"),
                 qPrintable(months));

        QCOMPARE(overview(*window)->changedSinceText(), QStringLiteral("Changed since sent-to-anna.cplan: 4 changes"));
        // The comparison is read-only: nothing in the document changed.
        QVERIFY(!window->document()->isModified());
    }

    void filterNarrowsTheChanges()
    {
        auto window = openNewerPlan();
        m_openPath = m_old;
        compareAction(*window)->trigger();
        CompareDialog *dialog = window->comparison()->dialog();
        const QAbstractItemModel *shown = dialog->findChild<QTreeView *>(QStringLiteral("changesView"))->model();
        auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        QTest::keyClicks(filter, QStringLiteral("press"));
        QCOMPARE(rowTexts(shown), QStringList({QStringLiteral("Calendar (1 change)")}));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("2026-04-19")); // a value: the moved phase's new end
        QCOMPARE(rowTexts(shown), QStringList({QStringLiteral("Roll-out (2 changes)")}));
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 1);
        filter->clear();
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(int(ChangeKind::Added)));
        QCOMPARE(shown->rowCount(), 0);
        kind->setCurrentIndex(kind->findData(int(ChangeKind::Removed)));
        QCOMPARE(rowTexts(shown), QStringList({QStringLiteral("Calendar (1 change)")}));
    }

    void editsUpdateTheCountAndTheOverviewOpensTheView()
    {
        auto window = openNewerPlan();
        QVERIFY(window->comparison()->compareWithFile(m_old));
        QCOMPARE(overview(*window)->changedSinceText(), QStringLiteral("Changed since sent-to-anna.cplan: 4 changes"));
        // Renaming the channel back undoes one of the four changes.
        Document *document = window->document();
        Channel banner = document->plan().channels[1];
        banner.name = QStringLiteral("Banner");
        document->undoStack()->push(new ChangeRecordCommand<Channel>(document, banner, QStringLiteral("Rename channel")));
        QTRY_COMPARE(overview(*window)->changedSinceText(), QStringLiteral("Changed since sent-to-anna.cplan: 3 changes"));
        QVERIFY(!window->comparison()->dialog());
        auto *link = overview(*window)->findChild<QLabel *>(QStringLiteral("changedSince"));
        QVERIFY(link->isVisible());
        emit link->linkActivated(QStringLiteral("compare"));
        QVERIFY(window->comparison()->dialog() && window->comparison()->dialog()->isVisible());
        QCOMPARE(window->comparison()->dialog()->model()->diff().changeCount(), 3);
    }

    void aFileThatIsNotAPlanIsReportedPlainly()
    {
        auto window = openNewerPlan();
        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("meeting notes\n");
        file.close();
        m_answers.errors.clear();
        m_openPath = notes;
        compareAction(*window)->trigger();
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY2(m_answers.errors[0].startsWith(QStringLiteral("Cannot open ") + notes), qPrintable(m_answers.errors[0]));
        QVERIFY(m_answers.errors[0].contains(QStringLiteral("not a Campaign Planner plan")));
        QVERIFY(!window->comparison()->isActive());
        QVERIFY(!window->comparison()->dialog());
        QVERIFY(overview(*window)->changedSinceText().isEmpty());
    }

    void snapshotIsSavedAndComparedWith()
    {
        auto window = openNewerPlan();
        auto *save = window->findChild<QAction *>(QStringLiteral("saveSnapshotAction"));
        QVERIFY(save && save->isEnabled());
        save->trigger();
        Document *document = window->document();
        QCOMPARE(document->snapshots().size(), std::size_t(1));
        QCOMPARE(document->snapshots()[0].name, QStringLiteral("Sent to Anna"));
        QVERIFY(document->isModified()); // saved with the plan, as an undo step
        // The Overview now counts the changes since that snapshot: none yet.
        QVERIFY(overview(*window)->changedSinceText().startsWith(QStringLiteral("Changed since snapshot \u201CSent to Anna\u201D (")));
        QVERIFY(overview(*window)->changedSinceText().endsWith(QStringLiteral(": 0 changes")));
        Channel banner = document->plan().channels[1];
        banner.name = QStringLiteral("Banner ads");
        document->undoStack()->push(new ChangeRecordCommand<Channel>(document, banner, QStringLiteral("Rename channel")));
        QTRY_VERIFY(overview(*window)->changedSinceText().endsWith(QStringLiteral(": 1 change")));

        auto *menu = window->findChild<QMenu *>(QStringLiteral("compareSnapshotMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(menu->actions()[0]->text().startsWith(QStringLiteral("Sent to Anna (")));
        menu->actions()[0]->trigger();
        CompareDialog *dialog = window->comparison()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->model()->diff().changeCount(), 1);
        QCOMPARE(dialog->model()->diff().sections[0].records[0].fields[0].after, QStringLiteral("Banner ads"));

        // Saved and opened again: the snapshot is there and the Overview compares with it.
        QVERIFY(window->files()->save());
        auto reopened = openNewerPlan();
        QCOMPARE(reopened->document()->snapshots().size(), std::size_t(1));
        QVERIFY(overview(*reopened)->changedSinceText().endsWith(QStringLiteral(": 1 change")));
        QVERIFY(!reopened->document()->isModified());
        reopened.reset();

        // Deleting it is an undo step; without snapshots the Overview compares with nothing.
        auto *deleteMenu = window->findChild<QMenu *>(QStringLiteral("deleteSnapshotMenu"));
        QVERIFY(deleteMenu);
        emit deleteMenu->aboutToShow();
        QCOMPARE(deleteMenu->actions().size(), 1);
        deleteMenu->actions()[0]->trigger();
        QVERIFY(document->snapshots().empty());
        QVERIFY(overview(*window)->changedSinceText().isEmpty());
        QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Delete snapshot \u201CSent to Anna\u201D"));
        document->undoStack()->undo();
        QCOMPARE(document->snapshots().size(), std::size_t(1));
        QVERIFY(overview(*window)->changedSinceText().endsWith(QStringLiteral(": 1 change")));
    }

    void aReviewerKeepsTheVersionTheyReviewed()
    {
        const QString reviewed = m_dir.filePath(QStringLiteral("for-review.cplan"));
        QVERIFY(storage::savePlanFile(m_plan, reviewed).ok);
        auto window = std::make_unique<MainWindow>(std::make_unique<ComparePrompts>(&m_answers, &m_openPath),
                                                   m_dir.filePath(QStringLiteral("recovery")));
        window->show();
        QVERIFY(window->files()->openForReview(reviewed));
        QVERIFY(window->document()->isReadOnly());
        auto *save = window->findChild<QAction *>(QStringLiteral("saveSnapshotAction"));
        QVERIFY(save->isEnabled());
        save->trigger();
        QVERIFY(window->files()->save());
        window.reset();
        const storage::OpenResult result = storage::openPlanFile(reviewed);
        QVERIFY2(result.plan, qPrintable(result.message));
        QVERIFY(*result.plan == m_plan); // the content is as it was
        QCOMPARE(result.database->snapshots().size(), std::size_t(1));
        QCOMPARE(result.database->snapshots()[0].name, QStringLiteral("Sent to Anna"));
    }

    void samePlanSaysSo()
    {
        auto window = openNewerPlan();
        QVERIFY(window->comparison()->compareWithFile(m_new));
        window->comparison()->showComparison();
        CompareDialog *dialog = window->comparison()->dialog();
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());
        QVERIFY(!dialog->findChild<QTreeView *>(QStringLiteral("changesView"))->isVisible());
        QCOMPARE(overview(*window)->changedSinceText(), QStringLiteral("Changed since latest.cplan: 0 changes"));
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
