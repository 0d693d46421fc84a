// Drives the calendar page as a person would: drag an item (and one date of a repeating item)
// to another day with the mouse, undo, redo; the week with times; the keyboard; filters;
// editing through the item dialog; the repeat dialog; export and import from the toolbar.
// With CPLAN_SCREENSHOT_DIR set, it also saves the month, week and list of the sample plan.
//
// Dates: 1 March 2026 is a Sunday. The full test plan's weekly item is on Tuesdays from
// 3 March (09:30, 10 times, not 17 March and 7 April).
#include "calendareditor.h"
#include "commands.h"
#include "calendarfiltermodel.h"
#include "calendarimportdialog.h"
#include "calendarpage.h"
#include "calendarprompts.h"
#include "contentitemdialog.h"
#include "document.h"
#include "mainwindow.h"
#include "monthview.h"
#include "planfile.h"
#include "planfilecontroller.h"
#include "planjson.h"
#include "recordlistdialog.h"
#include "recurrencedialog.h"
#include "ui_recordlistdialog.h"
#include "testplans.h"
#include "ui_contentitemdialog.h"
#include "weekview.h"
#include "workloadmodel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

struct Answers
{
    std::optional<OccurrenceScope> scope = OccurrenceScope::ThisOne;
    std::function<bool(QDialog *)> dialog = [](QDialog *) { return false; };
    QString fileName;
    QStringList asked;
    QStringList errors;
};

class TestPrompts : public CalendarPrompts
{
public:
    explicit TestPrompts(Answers *answers) : m_answers(answers) { }
    std::optional<OccurrenceScope> askOccurrenceScope(Action, const QString &title, const QDate &date) override
    {
        m_answers->asked.append(u"which dates of %1 on %2"_s.arg(title.left(15), date.toString(Qt::ISODate)));
        return m_answers->scope;
    }
    bool confirmDelete(const QString &) override { return true; }
    bool runDialog(QDialog *dialog) override { return m_answers->dialog(dialog); }
    QString calendarSaveFileName(const QString &, const QString &, const QString &) override { return m_answers->fileName; }
    QString calendarOpenFileName(const QString &, const QString &) override { return m_answers->fileName; }
    void showError(const QString &, const QString &message) override { m_answers->errors.append(message); }
    void showInformation(const QString &, const QString &) override { }

private:
    Answers *m_answers;
};

// Press, move in steps (so that the drag starts) and release, as a hand does.
void drag(QWidget *widget, const QPoint &from, const QPoint &to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, from + QPoint(6, 6));
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

Plan calendarPlan()
{
    Plan plan = testing::fullPlan();
    plan.content[0].title = u"Tea tip Tuesday"_s;
    plan.content[1].date = Date(2026, 3, 12); // the press release, a one-off on a Thursday
    return plan;
}

// The calendar plan with five items without a time on 12 March 2026: the press release and
// four copies of it.
Plan busyDayPlan()
{
    Plan plan = calendarPlan();
    for (int i = 0; i < 4; ++i) {
        ContentItem extra = plan.content[1];
        extra.id = newRecordId();
        extra.title = u"Extra %1"_s.arg(i);
        plan.content.push_back(extra);
    }
    return plan;
}

// An action on the calendar's toolbar, or in the menu of one of its buttons (Import / Export).
QAction *toolbarAction(CalendarPage &page, const QString &text)
{
    for (QAction *action : page.findChild<QToolBar *>()->actions()) {
        if (action->text() == text)
            return action;
        if (action->menu()) {
            for (QAction *inMenu : action->menu()->actions()) {
                if (inMenu->text() == text)
                    return inMenu;
            }
        }
    }
    return nullptr;
}

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Answers m_answers;

    std::unique_ptr<CalendarPage> makePage(Document *document, const QDate &date)
    {
        auto page = std::make_unique<CalendarPage>(document);
        page->setPrompts(std::make_unique<TestPrompts>(&m_answers));
        page->resize(1200, 800);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("the page was not exposed");
        page->setCurrentDate(date);
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"CampaignPlannerTests"_s);
        // Weeks from Monday, names in English, whatever the machine says.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_dir.isValid());
    }
    void init() { m_answers = Answers(); }

    void dragAnItemToAnotherDayUndoRedo()
    {
        Document document(calendarPlan());
        auto page = makePage(&document, QDate(2026, 3, 12));
        MonthView *month = page->monthView();
        const RecordId id = document.plan().content[1].id;
        const QRect chip = month->chipRect(id, QDate(2026, 3, 12));
        QVERIFY(!chip.isEmpty());
        drag(month, chip.center(), month->dayRect(QDate(2026, 3, 19)).center());

        QCOMPARE(document.plan().content[1].date, Date(2026, 3, 19));
        QCOMPARE(document.undoStack()->undoText(), u"Move 'Press release' to 19 March"_s);
        QVERIFY(m_answers.asked.isEmpty()); // a one-off item asks nothing
        QVERIFY(month->chipRect(id, QDate(2026, 3, 12)).isEmpty());
        QVERIFY(!month->chipRect(id, QDate(2026, 3, 19)).isEmpty());
        QVERIFY(month->selection() && month->selection()->date == QDate(2026, 3, 19));

        document.undoStack()->undo();
        QCOMPARE(document.plan().content[1].date, Date(2026, 3, 12));
        QVERIFY(!month->chipRect(id, QDate(2026, 3, 12)).isEmpty());
        document.undoStack()->redo();
        QCOMPARE(document.plan().content[1].date, Date(2026, 3, 19));
        QCOMPARE(document.undoStack()->count(), 1);
    }

    // One date of the weekly item, 24 March, to Thursday 26 March: the series skips the 24th
    // and a one-off item on the 26th takes the date; one undo step puts everything back.
    void dragOneDateOfARepeatingItem()
    {
        const Plan before = calendarPlan();
        Document document(before);
        auto page = makePage(&document, QDate(2026, 3, 24));
        MonthView *month = page->monthView();
        const RecordId series = before.content[0].id;
        m_answers.scope = OccurrenceScope::ThisOne;
        drag(month, month->chipRect(series, QDate(2026, 3, 24)).center(), month->dayRect(QDate(2026, 3, 26)).center());

        QCOMPARE(m_answers.asked, QStringList{u"which dates of Tea tip Tuesday on 2026-03-24"_s});
        QCOMPARE(document.plan().content.size(), std::size_t(3));
        QCOMPARE(document.plan().content[0].excludedDates,
                 (std::vector<Date>{Date(2026, 3, 17), Date(2026, 3, 24), Date(2026, 4, 7)}));
        QCOMPARE(document.plan().content[1].date, Date(2026, 3, 26));
        QCOMPARE(document.plan().content[1].timeMinutes, std::optional<int>(9 * 60 + 30));
        QVERIFY(month->chipRect(series, QDate(2026, 3, 24)).isEmpty());
        QVERIFY(!month->chipRect(document.plan().content[1].id, QDate(2026, 3, 26)).isEmpty());
        QCOMPARE(document.undoStack()->count(), 1);
        const Plan after = document.plan();
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
        document.undoStack()->redo();
        QVERIFY(document.plan() == after);

        // Cancelling the question changes nothing.
        m_answers.scope.reset();
        drag(month, month->chipRect(series, QDate(2026, 3, 31)).center(), month->dayRect(QDate(2026, 4, 1)).center());
        QVERIFY(document.plan() == after);
    }

    void weekViewMovesDayAndTime()
    {
        Document document(calendarPlan());
        auto page = makePage(&document, QDate(2026, 3, 10));
        page->setMode(CalendarPage::Mode::Week);
        WeekView *week = page->weekView();
        const RecordId series = document.plan().content[0].id;
        const QRect block = week->entryRect(series, QDate(2026, 3, 10));
        QVERIFY(!block.isEmpty());
        // Grab the block at its top and drop it on Wednesday at 14:00.
        const QPoint grab(block.center().x(), block.top() + 2);
        const QPoint drop(week->dayColumn(QDate(2026, 3, 11)).center().x(), week->yOfTime(14 * 60) + 2);
        m_answers.scope = OccurrenceScope::ThisOne;
        drag(week, grab, drop);
        const ContentItem &moved = document.plan().content[1];
        QCOMPARE(moved.date, Date(2026, 3, 11));
        QCOMPARE(moved.timeMinutes, std::optional<int>(14 * 60));
        QCOMPARE(document.undoStack()->undoText(), u"Move 'Tea tip Tuesday' to 11 March 14:00"_s);
        QVERIFY(!week->entryRect(moved.id, QDate(2026, 3, 11)).isEmpty());
        document.undoStack()->undo();
        QCOMPARE(document.plan().content.size(), std::size_t(2));
    }

    // Five items without a time on one day: the month shows two and "+3 more", which opens the
    // week; there the strip shows two and "+3 more" again, which opens it to all five.
    void moreOpensTheWholeDay()
    {
        Document document(busyDayPlan());
        auto page = makePage(&document, QDate(2026, 3, 12));
        page->resize(1200, 700);
        QApplication::processEvents();
        const QDate day(2026, 3, 12);
        const QRect more = page->monthView()->moreRect(day);
        QVERIFY(!more.isEmpty());
        QTest::mouseClick(page->monthView(), Qt::LeftButton, {}, more.center());
        QCOMPARE(page->mode(), CalendarPage::Mode::Week);
        WeekView *week = page->weekView();
        QApplication::processEvents();
        const QRect weekMore = week->moreRect(day);
        QVERIFY(!weekMore.isEmpty());
        QVERIFY(week->entryRect(document.plan().content.back().id, day).isEmpty());
        QTest::mouseClick(week, Qt::LeftButton, {}, weekMore.center());
        for (const ContentItem &item : document.plan().content) {
            if (item.recurrence.isEmpty())
                QVERIFY2(!week->entryRect(item.id, day).isEmpty(), qPrintable(item.title));
        }
        QVERIFY(week->moreRect(day).isEmpty());
    }

    // A small window leaves room for one item a day: the busy day still shows its first item,
    // and "+4 more" stands beside the day's number, where a click opens the week.
    void smallCellsKeepTheirFirstItem()
    {
        Document document(busyDayPlan());
        auto page = makePage(&document, QDate(2026, 3, 12));
        const QDate day(2026, 3, 12);
        MonthView *month = page->monthView();
        int height = 700;
        // Shrink until a day has room for one item only (the height depends on the font).
        for (; height > 300; height -= 10) {
            page->resize(1024, height);
            QApplication::processEvents();
            const QRect more = month->moreRect(day);
            if (!more.isEmpty() && more.top() < month->dayRect(day).top() + month->fontMetrics().height())
                break;
        }
        QVERIFY2(height > 300, "no height gave a one-item day");
        const QRect more = month->moreRect(day);
        const QRect first = month->chipRect(document.plan().content[1].id, day);
        QVERIFY(!first.isEmpty());
        QVERIFY(more.bottom() <= first.top()); // in the number's row, above the item
        QTest::mouseClick(month, Qt::LeftButton, {}, more.center());
        QCOMPARE(page->mode(), CalendarPage::Mode::Week);
    }

    void keyboardNavigationAndMoves()
    {
        Document document(calendarPlan());
        auto page = makePage(&document, QDate(2026, 3, 12));
        MonthView *month = page->monthView();
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Right);
        QCOMPARE(page->currentDate(), QDate(2026, 3, 13));
        QTest::keyClick(month, Qt::Key_Down);
        QCOMPARE(page->currentDate(), QDate(2026, 3, 20));
        QTest::keyClick(month, Qt::Key_PageDown);
        QCOMPARE(page->currentDate(), QDate(2026, 4, 20));
        QCOMPARE(month->firstVisibleDay(), QDate(2026, 3, 30)); // April's grid starts on Monday 30 March
        QTest::keyClick(month, Qt::Key_PageUp);
        QTest::keyClick(month, Qt::Key_Up);
        QTest::keyClick(month, Qt::Key_Left);
        QCOMPARE(page->currentDate(), QDate(2026, 3, 12));
        // The day's first item is selected on arrival; Ctrl+Right moves it a day later.
        QTest::keyClick(month, Qt::Key_Right);
        QTest::keyClick(month, Qt::Key_Left);
        QVERIFY(month->selection());
        QCOMPARE(month->selection()->itemId, document.plan().content[1].id);
        QTest::keyClick(month, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(document.plan().content[1].date, Date(2026, 3, 13));
        QCOMPARE(page->currentDate(), QDate(2026, 3, 13));
        // Delete removes it (a one-off: confirmed by the prompts).
        QTest::keyClick(month, Qt::Key_Delete);
        QCOMPARE(document.plan().content.size(), std::size_t(1));
        document.undoStack()->undo();
        // Today.
        toolbarAction(*page, u"Today"_s)->trigger();
        QCOMPARE(page->currentDate(), QDate::currentDate());
    }

    void filtersHideWhatDoesNotMatch()
    {
        Document document(calendarPlan());
        auto page = makePage(&document, QDate(2026, 3, 12));
        MonthView *month = page->monthView();
        const RecordId series = document.plan().content[0].id;
        QVERIFY(!month->chipRect(series, QDate(2026, 3, 10)).isEmpty());
        auto *campaigns = page->findChild<QComboBox *>(u"campaignFilter"_s);
        campaigns->setCurrentIndex(1); // "No campaign"
        QVERIFY(month->chipRect(series, QDate(2026, 3, 10)).isEmpty());
        QVERIFY(!month->chipRect(document.plan().content[1].id, QDate(2026, 3, 12)).isEmpty());
        campaigns->setCurrentIndex(2); // "Spring"
        QVERIFY(!month->chipRect(series, QDate(2026, 3, 10)).isEmpty());
        QVERIFY(month->chipRect(document.plan().content[1].id, QDate(2026, 3, 12)).isEmpty());
        auto *search = page->findChild<QLineEdit *>(u"searchEdit"_s);
        QTest::keyClicks(search, u"nothing like this"_s);
        QVERIFY(month->chipRect(series, QDate(2026, 3, 10)).isEmpty());
        page->findChild<QToolButton *>(u"clearFiltersButton"_s)->click();
        QVERIFY(!page->filter()->isFiltering());
        QVERIFY(!month->chipRect(document.plan().content[1].id, QDate(2026, 3, 12)).isEmpty());
    }

    void editOneDateThroughTheDialog()
    {
        Document document(calendarPlan());
        auto page = makePage(&document, QDate(2026, 3, 10));
        m_answers.dialog = [](QDialog *dialog) {
            auto *item = qobject_cast<ContentItemDialog *>(dialog);
            if (!item)
                return false;
            item->form()->titleEdit->setText(u"Spring tea tip"_s);
            return true;
        };
        m_answers.scope = OccurrenceScope::ThisOne;
        const RecordId series = document.plan().content[0].id;
        emit page->monthView()->entryActivated(series, QDate(2026, 3, 10));
        QCOMPARE(document.undoStack()->undoText(), u"Edit 'Spring tea tip' on 10 March"_s);
        QCOMPARE(document.plan().content[1].title, u"Spring tea tip"_s);
        QCOMPARE(document.plan().content[0].title, u"Tea tip Tuesday"_s);
        QVERIFY(page->monthView()->selection());
        QCOMPARE(page->monthView()->selection()->itemId, document.plan().content[1].id);
    }

    void repeatDialogWritesTheRule()
    {
        RecurrenceDialog dialog(QDate(2027, 1, 5), QString()); // a Tuesday
        QVERIFY(dialog.rule().isEmpty());
        dialog.setFrequency(Frequency::Weekly);
        dialog.setInterval(2);
        dialog.setWeekdays({1, 3});
        dialog.setEndAfter(10);
        QCOMPARE(dialog.rule(), u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10"_s);
        QCOMPARE(dialog.summary(), u"<b>Every 2 weeks on Tuesday and Thursday, 10 times</b>"_s);
        QStringList expected;
        for (const QDate &d : {QDate(2027, 1, 5), QDate(2027, 1, 7), QDate(2027, 1, 19), QDate(2027, 1, 21), QDate(2027, 2, 2)})
            expected.append(QLocale().toString(d, QLocale::LongFormat));
        QCOMPARE(dialog.nextDates(), expected);

        // The last Friday of every month: 29 January, 26 February, 26 March ... 2027.
        dialog.setFrequency(Frequency::Monthly);
        dialog.setInterval(1);
        dialog.setEndNever();
        dialog.setMonthDay(RecurrenceDialog::MonthDay::WeekdayOfMonth, -1, 4);
        QCOMPARE(dialog.rule(), u"FREQ=MONTHLY;BYDAY=-1FR"_s);
        QCOMPARE(dialog.nextDates().value(2), QLocale().toString(QDate(2027, 3, 26), QLocale::LongFormat));
        dialog.setMonthDay(RecurrenceDialog::MonthDay::LastDay);
        QCOMPARE(dialog.rule(), u"FREQ=MONTHLY;BYMONTHDAY=-1"_s);
        dialog.setEndOn(QDate(2027, 6, 30));
        QCOMPARE(dialog.rule(), u"FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20270630"_s);
        dialog.setFrequency(std::nullopt);
        QVERIFY(dialog.rule().isEmpty());

        // A rule given as text shows in the choices: yearly in June and July.
        RecurrenceDialog yearly(QDate(2027, 6, 10), u"FREQ=YEARLY;BYMONTH=6,7;COUNT=4"_s);
        QCOMPARE(yearly.rule(), u"FREQ=YEARLY;BYMONTH=6,7;COUNT=4"_s);
        yearly.setEndAfter(6);
        QCOMPARE(yearly.rule(), u"FREQ=YEARLY;BYMONTH=6,7;BYMONTHDAY=10;COUNT=6"_s);
    }

    void exportAndImportFromTheToolbar()
    {
        Document document(calendarPlan());
        auto page = makePage(&document, QDate(2026, 3, 12));
        m_answers.fileName = m_dir.filePath(u"calendar.ics"_s);
        toolbarAction(*page, u"Export ICS…"_s)->trigger();
        QFile ics(m_answers.fileName);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        QVERIFY(ics.readAll().startsWith("BEGIN:VCALENDAR\r\n"));
        m_answers.fileName = m_dir.filePath(u"calendar.csv"_s);
        toolbarAction(*page, u"Export CSV…"_s)->trigger();
        QFile csv(m_answers.fileName);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 1 + 8 + 1); // header, 8 Tuesdays, the press release

        Document other(makeBlankPlan(u"Other"_s));
        auto second = makePage(&other, QDate(2026, 3, 12));
        m_answers.fileName = m_dir.filePath(u"calendar.ics"_s);
        m_answers.dialog = [](QDialog *dialog) { return qobject_cast<CalendarImportDialog *>(dialog) != nullptr; };
        toolbarAction(*second, u"Import ICS…"_s)->trigger();
        QCOMPARE(other.plan().content.size(), std::size_t(2));
        QCOMPARE(other.undoStack()->undoText(), u"Import calendar.ics: 2 added"_s);
        QCOMPARE(other.plan().content[0].recurrence, u"FREQ=WEEKLY;BYDAY=TU;COUNT=10"_s);

        QFile bad(m_dir.filePath(u"bad.ics"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        bad.close();
        m_answers.fileName = bad.fileName();
        toolbarAction(*second, u"Import ICS…"_s)->trigger();
        QCOMPARE(m_answers.errors.size(), 1);
        QVERIFY2(m_answers.errors[0].endsWith(u"bad.ics: Line 2 (x): the event has no start date (DTSTART)."_s),
                 qPrintable(m_answers.errors[0]));
    }

    void campaignsAndTeamInTheirDialogs()
    {
        Document document(calendarPlan());
        auto page = makePage(&document, QDate(2026, 3, 12));
        m_answers.dialog = [](QDialog *dialog) {
            auto *list = qobject_cast<RecordListDialog *>(dialog);
            if (!list)
                return false;
            list->form()->addButton->click(); // "New campaign", starting with the horizon
            QAbstractItemModel *model = list->form()->table->model();
            const int row = model->rowCount() - 1;
            model->setData(model->index(row, 0), u"Summer"_s, Qt::EditRole);
            model->setData(model->index(row, 4), u"#f59e0b"_s, Qt::EditRole);
            // A refused edit says why under the table.
            model->setData(model->index(row, 3), QDate(2020, 1, 1), Qt::EditRole);
            return !list->form()->problemLabel->text().isEmpty();
        };
        toolbarAction(*page, u"Campaigns…"_s)->trigger();
        QCOMPARE(document.plan().campaigns.size(), std::size_t(2));
        QCOMPARE(document.plan().campaigns[1].name, u"Summer"_s);
        QCOMPARE(document.plan().campaigns[1].colour, u"#f59e0b"_s);
        QCOMPARE(document.plan().campaigns[1].start, Date(2026, 3, 1));
        QCOMPARE(document.plan().campaigns[1].end, Date(2026, 5, 31));
        QCOMPARE(page->findChild<QComboBox *>(u"campaignFilter"_s)->count(), 4); // all, none, Spring, Summer
        QCOMPARE(document.undoStack()->undoText(), u"Change campaign colour"_s);

        // Removing Jonas keeps his items, without an owner; his row leaves the workload.
        m_answers.dialog = [](QDialog *dialog) {
            auto *list = qobject_cast<RecordListDialog *>(dialog);
            list->form()->table->setCurrentIndex(list->form()->table->model()->index(0, 0));
            list->form()->removeButton->click();
            return true;
        };
        toolbarAction(*page, u"Team…"_s)->trigger();
        QVERIFY(document.plan().team.empty());
        QVERIFY(document.plan().content[0].ownerId.isNull());
        QCOMPARE(page->workload()->rowCount(), 0);
        document.undoStack()->undo();
        QCOMPARE(page->workload()->rowCount(), 1);
    }

    void readOnlyPlansCannotBeDragged()
    {
        Document document(calendarPlan());
        document.setReadOnly(true, u"test"_s);
        auto page = makePage(&document, QDate(2026, 3, 12));
        MonthView *month = page->monthView();
        const RecordId id = document.plan().content[1].id;
        drag(month, month->chipRect(id, QDate(2026, 3, 12)).center(), month->dayRect(QDate(2026, 3, 19)).center());
        QCOMPARE(document.plan().content[1].date, Date(2026, 3, 12));
        QVERIFY(!toolbarAction(*page, u"Import ICS…"_s)->isEnabled());
    }

    // The sample plan in the main window, each mode grabbed; saved when asked for.
    void screenshotsOfTheSample()
    {
        QFile json(qEnvironmentVariable("CPLAN_SOURCE_DIR") + u"/resources/plans/sample.json"_s);
        if (!json.open(QIODevice::ReadOnly))
            QSKIP("the sample plan is not found (CPLAN_SOURCE_DIR)");
        JsonImportResult sample = planFromJson(json.readAll());
        QVERIFY(sample.plan);
        const QString file = m_dir.filePath(u"sample.cplan"_s);
        QVERIFY(storage::savePlanFile(*sample.plan, file).ok);
        MainWindow window({}, m_dir.filePath(u"recovery"_s));
        QVERIFY(window.files()->openFile(file));
        window.resize(1400, 900);
        window.showView(View::Calendar);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<CalendarPage *>();
        QVERIFY(page);
        const QString folder = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR");
        const std::pair<CalendarPage::Mode, const char *> modes[] = {
            {CalendarPage::Mode::Month, "cal-month.png"}, {CalendarPage::Mode::Week, "cal-week.png"}, {CalendarPage::Mode::List, "cal-list.png"}};
        for (const auto &[mode, name] : modes) {
            page->setMode(mode);
            page->setCurrentDate(QDate(2027, 1, 12)); // the launch week
            QApplication::processEvents();
            const QPixmap picture = window.grab();
            QVERIFY(!picture.isNull());
            if (!folder.isEmpty())
                QVERIFY(picture.save(QDir(folder).filePath(QLatin1String(name)), "PNG"));
        }
        QVERIFY(page->workload()->rowCount() == 4);
        // December, the busiest month, and the two dialogs.
        page->setMode(CalendarPage::Mode::Month);
        page->setCurrentDate(QDate(2027, 12, 8));
        QApplication::processEvents();
        if (!folder.isEmpty())
            QVERIFY(window.grab().save(QDir(folder).filePath(u"cal-december.png"_s), "PNG"));
        // With less time for Maya, her busy weeks are flagged.
        TeamMember maya = window.document()->plan().team[0];
        maya.weeklyCapacityHours = 6;
        window.document()->undoStack()->push(new ChangeRecordCommand<TeamMember>(window.document(), maya, u"Change weekly capacity"_s));
        QCOMPARE(page->workload()->overCapacityCount(), 2); // 10.8 h and 7.8 h
        QApplication::processEvents();
        if (!folder.isEmpty())
            QVERIFY(window.grab().save(QDir(folder).filePath(u"cal-over-capacity.png"_s), "PNG"));
        window.document()->undoStack()->undo();
        const ContentItem &series = window.document()->plan().content[0];
        ContentItemDialog item(window.document()->plan(), series, QDate(2027, 1, 19), &window);
        item.show();
        RecurrenceDialog repeat(QDate(2027, 1, 12), series.recurrence, &window);
        repeat.show();
        QApplication::processEvents();
        if (!folder.isEmpty()) {
            QVERIFY(item.grab().save(QDir(folder).filePath(u"cal-item-dialog.png"_s), "PNG"));
            QVERIFY(repeat.grab().save(QDir(folder).filePath(u"cal-repeat-dialog.png"_s), "PNG"));
        }
    }
};

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
