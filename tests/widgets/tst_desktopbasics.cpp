// The desktop basics a person expects, driven by keys like a person: Edit > Cut / Copy / Paste /
// Select All on fields and tables, Find, Save As on Ctrl+Shift+S, F1 and the bundled guide with its
// search, the icons, toolbar buttons that keep their width, the Undo History's width, a keyboard
// focus one can see, and the sample plan's hint.
#include "appicons.h"
#include "document.h"
#include "helpviewer.h"
#include "mainwindow.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "plantemplates.h"
#include "recordselection.h"
#include "testplans.h"
#include "testprompts.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWidgetAction>

using namespace cplan;

namespace {

QAction *findAction(QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// The field of this name on whichever view shows it (the window shows that view).
template <typename Widget>
Widget *shownField(MainWindow &window, const QString &name)
{
    for (View view : {View::Overview, View::Forecast, View::Channels, View::Rollout}) {
        window.showView(view);
        for (Widget *field : window.findChildren<Widget *>(name)) {
            if (field->isVisible())
                return field;
        }
    }
    return nullptr;
}

// Brings the tab that holds the widget to the front, as a click on the tab would.
void bringToFront(QWidget *widget)
{
    for (QWidget *w = widget; w && w->parentWidget(); w = w->parentWidget()) {
        if (auto *stack = qobject_cast<QStackedWidget *>(w->parentWidget()))
            stack->setCurrentWidget(w);
    }
}

// Pixels of the highlight colour in a picture of the widget: the focus ring is made of them.
int highlightPixels(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    const QColor highlight = widget->palette().color(QPalette::Active, QPalette::Highlight);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - highlight.red()) + std::abs(c.green() - highlight.green())
                    + std::abs(c.blue() - highlight.blue())
                < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestDesktopBasics : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    testing::Answers m_answers;

    std::unique_ptr<MainWindow> makeWindow(const QString &plan = {})
    {
        auto window = std::make_unique<MainWindow>(std::make_unique<testing::TestPrompts>(&m_answers),
                                                   m_dir.filePath(QStringLiteral("recovery")));
        window->resize(1280, 860);
        if (!plan.isEmpty() && !window->files()->openFile(plan))
            qFatal("cannot open the test plan");
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qFatal("the window did not become active");
        return window;
    }
    QString savedPlan(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        if (!storage::savePlanFile(testing::fullPlan(), file).ok)
            qFatal("cannot save the test plan");
        return file;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlannerDesktopTests"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        m_answers = testing::Answers();
        m_answers.saveChoice = UserPrompts::SaveChoice::Discard;
    }

    void f1ShowsTheUserGuideAndItsSearchFindsWords()
    {
        auto window = makeWindow();
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto *viewer = window->findChild<HelpViewer *>();
        QVERIFY(viewer);
        QVERIFY(viewer->isVisible());
        auto *browser = viewer->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
        QCOMPARE(browser->document()->firstBlock().text(), QStringLiteral("Campaign Planner — user guide"));
        QCOMPARE(browser->document()->firstBlock().blockFormat().headingLevel(), 1);
        // The contents: one entry per bundled guide, the user guide first with its sections.
        auto *contents = viewer->findChild<QTreeWidget *>(QStringLiteral("helpContents"));
        QCOMPARE(contents->topLevelItemCount(), 6);
        QTreeWidgetItem *guide = contents->topLevelItem(0);
        QCOMPARE(guide->text(0), QStringLiteral("Campaign Planner — user guide"));
        QCOMPARE(guide->child(0)->text(0), QStringLiteral("Start"));
        QCOMPARE(guide->child(1)->text(0), QStringLiteral("When another program changes the plan"));
        QCOMPARE(guide->child(2)->text(0), QStringLiteral("After a crash"));

        // "recovery" first appears in docs/user-guide.md line 4: "…copied to a recovery file".
        auto *search = viewer->findChild<QLineEdit *>(QStringLiteral("helpSearch"));
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("recovery"), Qt::NoModifier, 20);
        QCOMPARE(browser->textCursor().selectedText(), QStringLiteral("recovery"));
        QVERIFY(browser->textCursor().block().text().contains(QStringLiteral("copied to a recovery file")));
        // The next one (Enter) is in "After a crash": "…copied every two minutes to a recovery
        // copy".
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(browser->textCursor().selectedText(), QStringLiteral("recovery"));
        QVERIFY(browser->textCursor().block().text().contains(QStringLiteral("to a recovery copy in the application")));
        // And back (Shift+F3 is Find Previous).
        QTest::keyClick(search, Qt::Key_F3, Qt::ShiftModifier);
        QVERIFY(browser->textCursor().block().text().contains(QStringLiteral("copied to a recovery file")));
        // Every place is marked.
        QVERIFY(browser->extraSelections().size() >= 3);

        // A word only another guide has (docs/calendar.md: "RRULE"): the search goes on there.
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("RRULE"), Qt::NoModifier, 20);
        QCOMPARE(viewer->currentDocument(), QStringLiteral("calendar.md"));
        QCOMPARE(browser->textCursor().selectedText(), QStringLiteral("RRULE"));
        // A word no guide has says so.
        search->selectAll();
        QTest::keyClicks(search, QStringLiteral("zebracorn"), Qt::NoModifier, 20);
        QCOMPARE(viewer->findChild<QLabel *>(QStringLiteral("helpSearchStatus"))->text(),
                 QStringLiteral("No guide mentions “zebracorn”."));
    }

    void linksBetweenGuidesAndTheContentsWork()
    {
        auto window = makeWindow();
        findAction(*window, QStringLiteral("&User Guide"))->trigger(); // Help > User Guide
        auto *viewer = window->findChild<HelpViewer *>();
        QVERIFY(viewer && viewer->isVisible());
        auto *browser = viewer->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
        // Click the link "compare.md" in "What changed since the last version".
        const QTextCursor link = browser->document()->find(QStringLiteral("compare.md"));
        QVERIFY(!link.isNull());
        QVERIFY(link.charFormat().isAnchor());
        QTextCursor at(browser->document());
        at.setPosition(link.selectionStart() + 2);
        browser->setTextCursor(at);
        browser->ensureCursorVisible();
        const QPoint point = browser->cursorRect(at).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(viewer->currentDocument(), QStringLiteral("compare.md"));
        QVERIFY(browser->document()->firstBlock().blockFormat().headingLevel() == 1);
        // Back returns to the guide; the contents open a section of another guide.
        browser->backward();
        QCOMPARE(viewer->currentDocument(), QStringLiteral("user-guide.md"));
        auto *contents = viewer->findChild<QTreeWidget *>(QStringLiteral("helpContents"));
        QTreeWidgetItem *kpis = nullptr;
        for (int i = 0; i < contents->topLevelItemCount(); ++i) {
            if (contents->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("kpis.md"))
                kpis = contents->topLevelItem(i);
        }
        QVERIFY(kpis && kpis->childCount() > 0);
        QTreeWidgetItem *section = kpis->child(kpis->childCount() - 1);
        emit contents->itemActivated(section, 0);
        QCOMPARE(viewer->currentDocument(), QStringLiteral("kpis.md"));
        QCOMPARE(browser->textCursor().block().text(), section->text(0));
    }

    void editMenuCopiesAndPastesInFields()
    {
        auto window = makeWindow(savedPlan(QStringLiteral("fields.cplan")));
        auto *author = shownField<QLineEdit>(*window, QStringLiteral("authorEdit"));
        QVERIFY(author);
        QUndoStack *undo = window->document()->undoStack();
        const int steps = undo->count();
        QApplication::clipboard()->setText(QStringLiteral("Ola Nordmann"));
        author->setFocus();
        QTest::keyClick(author, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(author->selectedText(), QStringLiteral("Maya Lindqvist"));
        findAction(*window, QStringLiteral("&Paste"))->trigger(); // Edit > Paste
        QCOMPARE(author->text(), QStringLiteral("Ola Nordmann"));
        QTest::keyClick(author, Qt::Key_Tab);
        QCOMPARE(window->document()->plan().settings.author, QStringLiteral("Ola Nordmann"));
        QCOMPARE(undo->count(), steps + 1);
        // Select All and Copy from the menu, Cut with the key.
        author->setFocus();
        findAction(*window, QStringLiteral("Select &All"))->trigger();
        findAction(*window, QStringLiteral("&Copy"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Ola Nordmann"));
        author->setCursorPosition(3);
        author->setSelection(0, 4);
        QTest::keyClick(author, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Ola "));
        QCOMPARE(author->text(), QStringLiteral("Nordmann"));
    }

    void tableCellsCopyAndPasteAsOneUndoStep()
    {
        auto window = makeWindow(savedPlan(QStringLiteral("table.cplan")));
        window->showView(View::Channels);
        auto *team = window->findChild<QTableView *>(QStringLiteral("teamTable"));
        QVERIFY(team);
        bringToFront(team);
        QVERIFY(team->isVisible());
        QAbstractItemModel *model = team->model();
        team->setFocus();
        team->setCurrentIndex(model->index(0, 0));
        team->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(0, 2)),
                                       QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(team, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Jonas\tPerformance marketer\t32.5"));

        QUndoStack *undo = window->document()->undoStack();
        const int steps = undo->count();
        QApplication::clipboard()->setText(QStringLiteral("Mia\tCopywriter\t20.5\r\n")); // as a spreadsheet writes it
        team->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(team, Qt::Key_V, Qt::ControlModifier);
        const TeamMember &member = window->document()->plan().team.at(0);
        QCOMPARE(member.name, QStringLiteral("Mia"));
        QCOMPARE(member.role, QStringLiteral("Copywriter"));
        QCOMPARE(member.weeklyCapacityHours, 20.5);
        QCOMPARE(undo->count(), steps + 1);
        QCOMPARE(undo->text(undo->count() - 1), QStringLiteral("Paste 3 cells"));
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Pasted 3 cells."));
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window->document()->plan().team.at(0).name, QStringLiteral("Jonas"));
        QCOMPARE(window->document()->plan().team.at(0).weeklyCapacityHours, 32.5);

        // A word where a number goes: nothing changes, and the status bar says why.
        QApplication::clipboard()->setText(QStringLiteral("Mia\tCopywriter\tlots"));
        team->setFocus();
        team->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(team, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(window->document()->plan().team.at(0).name, QStringLiteral("Jonas"));
        QCOMPARE(undo->count(),
                 steps + 1); // the undone paste is still there to redo, no new step
        QCOMPARE(undo->index(), steps);
        QCOMPARE(window->statusBar()->currentMessage(),
                 QStringLiteral("Nothing was pasted. “lots” is not a number for Hours / week."));
        // Cut does not remove a table's rows.
        QVERIFY(!findAction(*window, QStringLiteral("Cu&t"))->isEnabled());
    }

    void pasteIntoAReadOnlyPlanChangesNothing()
    {
        const QString file = savedPlan(QStringLiteral("read-only.cplan"));
        auto window = makeWindow();
        QVERIFY(window->files()->openFile(file, true));
        window->showView(View::Channels);
        auto *team = window->findChild<QTableView *>(QStringLiteral("teamTable"));
        bringToFront(team);
        team->setFocus();
        team->setCurrentIndex(team->model()->index(0, 0));
        QApplication::clipboard()->setText(QStringLiteral("Mia"));
        QTest::keyClick(team, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(window->document()->plan().team.at(0).name, QStringLiteral("Jonas"));
        QCOMPARE(window->document()->undoStack()->count(), 0);
        QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Nothing was pasted. Name cannot be typed in here."));
    }

    void findGoesToThePageSearchOrFindsInThePlan()
    {
        const QString file = savedPlan(QStringLiteral("find.cplan"));
        auto window = makeWindow(file);
        window->showView(View::Channels);
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("channelSearchEdit"));

        window->showView(View::Overview); // no search box of its own
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        auto *find = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(find);
        QCOMPARE(find->objectName(), QStringLiteral("planSearchField"));
        QTest::keyClicks(find, QStringLiteral("search t"), Qt::NoModifier, 20);
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(window->currentView(), View::Rollout);
        // "Search test" is the first phase; the roll-out's table has it selected, and the focus.
        QCOMPARE(selectedRecord(window.get()), window->document()->plan().phases.at(0).id);
        QVERIFY(qobject_cast<QAbstractItemView *>(QApplication::focusWidget()));
    }

    void saveAsIsCtrlShiftS()
    {
        auto window = makeWindow();
        window->files()->newFromTemplate(QStringLiteral("local-shop"));
        m_answers.saveAsPath = m_dir.filePath(QStringLiteral("shortcut.cplan"));
        QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window->document()->filePath(), m_dir.filePath(QStringLiteral("shortcut.cplan")));
        QVERIFY(storage::openPlanFile(m_dir.filePath(QStringLiteral("shortcut.cplan"))).plan);
    }

    void bundledIconsOnToolbarSideBarAndMenus()
    {
        const QStringList names{QStringLiteral("new"),     QStringLiteral("open"),    QStringLiteral("save"),
                                QStringLiteral("save-as"), QStringLiteral("print"),   QStringLiteral("export-pdf"),
                                QStringLiteral("undo"),    QStringLiteral("redo"),    QStringLiteral("cut"),
                                QStringLiteral("copy"),    QStringLiteral("paste"),   QStringLiteral("find"),
                                QStringLiteral("help"),    QStringLiteral("comment"), QStringLiteral("add"),
                                QStringLiteral("remove"),  QStringLiteral("settings")};
        QStringList all = names;
        for (const ViewInfo &view : allViews())
            all.append(view.key);
        for (const QString &name : all) {
            const QImage image = QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg")).pixmap(48).toImage();
            QVERIFY2(!image.isNull(), qPrintable(name));
            // Drawn, not blank: some pixels are opaque.
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    opaque += qAlpha(image.pixel(x, y)) > 200 ? 1 : 0;
            QVERIFY2(opaque > 100, qPrintable(name));
            QVERIFY2(!appIcon(name).isNull(), qPrintable(name));
        }
        auto window = makeWindow();
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int row = 0; row < navigation->count(); ++row)
            QVERIFY(!navigation->item(row)->icon().isNull());
        auto *toolbar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        for (QAction *action : toolbar->actions()) {
            if (!action->isSeparator() && !qobject_cast<QWidgetAction *>(action))
                QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
        }
        QVERIFY(!findAction(*window, QStringLiteral("&Paste"))->icon().isNull());
        QVERIFY(!findAction(*window, QStringLiteral("Save &As…"))->icon().isNull());
    }

    void toolbarUndoKeepsItsWidth()
    {
        auto window = makeWindow(savedPlan(QStringLiteral("undo.cplan")));
        auto *toolbar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QAction *undo = toolbar->findChild<QAction *>(QStringLiteral("toolbarUndo"));
        QWidget *button = toolbar->widgetForAction(undo);
        QWidget *help = toolbar->widgetForAction(findAction(*window, QStringLiteral("&User Guide")));
        const int width = button->width();
        const int helpAt = help->x();
        QVERIFY(!undo->isEnabled());
        auto *author = shownField<QLineEdit>(*window, QStringLiteral("authorEdit"));
        author->setFocus();
        QTest::keyClicks(author, QStringLiteral(" and a colleague with a long name"), Qt::NoModifier, 5);
        QTest::keyClick(author, Qt::Key_Tab);
        QApplication::processEvents();
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY2(undo->toolTip().startsWith(QStringLiteral("Undo Change")), qPrintable(undo->toolTip()));
        QCOMPARE(button->width(), width);
        QCOMPARE(help->x(), helpAt); // the buttons after it stay where they were
        undo->trigger();
        QCOMPARE(window->document()->plan().settings.author, QStringLiteral("Maya Lindqvist"));
    }

    void undoHistoryOpensWideEnoughAndWidens()
    {
        auto window = makeWindow();
        window->resize(1600, 1000);
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
        dock->toggleViewAction()->trigger();
        QApplication::processEvents();
        QVERIFY(dock->isVisible());
        QVERIFY2(dock->width() >= 240, qPrintable(QString::number(dock->width())));
        window->resizeDocks({dock}, {420},
                            Qt::Horizontal); // what dragging its edge does
        QApplication::processEvents();
        QVERIFY2(dock->width() >= 400, qPrintable(QString::number(dock->width())));
        // Closed and opened again, it keeps the width the person gave it.
        dock->toggleViewAction()->trigger();
        dock->toggleViewAction()->trigger();
        QApplication::processEvents();
        QVERIFY2(dock->width() >= 400, qPrintable(QString::number(dock->width())));
    }

    void keyboardFocusIsVisible()
    {
        auto window = makeWindow(savedPlan(QStringLiteral("focus.cplan")));
        window->showView(View::Channels);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *table = window->findChild<QTableView *>(QStringLiteral("teamTable"));
        bringToFront(table);
        QPushButton *push = nullptr;
        for (QPushButton *candidate : window->findChildren<QPushButton *>()) {
            if (candidate->isVisible() && candidate->focusPolicy() != Qt::NoFocus) {
                push = candidate;
                break;
            }
        }
        QVERIFY(push);
        for (QWidget *widget : std::initializer_list<QWidget *>{navigation, table, push}) {
            window->findChild<QLineEdit *>(QStringLiteral("planSearchField"))->setFocus(Qt::TabFocusReason);
            const int without = highlightPixels(widget);
            // Focus from the keyboard (as an Alt+letter mnemonic gives it; Tab gets stuck in
            // tables).
            widget->setFocus(Qt::ShortcutFocusReason);
            QApplication::processEvents();
            QVERIFY(widget->hasFocus());
            const int with = highlightPixels(widget);
            // A ring of two pixels round it: at least its perimeter more in the highlight colour.
            QVERIFY2(with - without >= widget->width() + widget->height(),
                     qPrintable(QStringLiteral("%1: %2 -> %3")
                                    .arg(QString::fromLatin1(widget->metaObject()->className()))
                                    .arg(without)
                                    .arg(with)));
        }
    }

    void theSamplePlanSaysHowToStartOnesOwn()
    {
        auto window = makeWindow();
        window->files()->startWithoutFile();
        QVERIFY(window->files()->isUnsavedSample());
        auto *banner = window->findChild<QWidget *>(QStringLiteral("sampleBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->findChild<QLabel *>(QStringLiteral("sampleHint"))
                    ->text()
                    .contains(QStringLiteral("This is a sample plan</b> — File → New "
                                             "from Template to start your own")));
        // The button opens File > New from Template; choosing one starts the person's own plan.
        auto *start = banner->findChild<QPushButton *>(QStringLiteral("startOwnPlanButton"));
        QTest::mouseClick(start, Qt::LeftButton);
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), int(bundledPlans().size()));
        QAction *launch = menu->actions().at(1);
        QCOMPARE(launch->text(), bundledPlans().at(1).displayName);
        menu->hide();
        launch->trigger();
        QVERIFY(!window->files()->isUnsavedSample());
        QVERIFY(!banner->isVisible());
        QVERIFY(!window->document()->plan().channels.empty());

        // Closing the hint hides it; Save As turns the sample into the person's plan.
        window->files()->newFromTemplate(QStringLiteral("sample"));
        QVERIFY(banner->isVisible());
        QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("closeSampleBanner")), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        window->files()->newFromTemplate(QStringLiteral("sample"));
        QVERIFY(banner->isVisible());
        m_answers.saveAsPath = m_dir.filePath(QStringLiteral("my sample.cplan"));
        QVERIFY(window->files()->saveAs());
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestDesktopBasics)
#include "tst_desktopbasics.moc"
