// The calendar worked from the keyboard alone, and as a screen reader sees it: arrows move the
// selection between the items of the days, Ctrl+arrows move the selected item by a day or a
// week (one undo step each; a repeating item asks which dates), Enter opens the item's editor,
// Delete removes it. The month and the week expose their items as accessible children named
// after the item and its date.
//
// Dates: 1 March 2026 is a Sunday. The plan's weekly item ("Tea tip Tuesday") is on Tuesdays
// from 3 March at 09:30 (10 times, not 17 March and 7 April); the press release is a one-off on
// Thursday 12 March.
#include "calendaraccessible.h"
#include "calendarpage.h"
#include "calendarprompts.h"
#include "contentitemdialog.h"
#include "contentschedule.h"
#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "monthview.h"
#include "testplans.h"
#include "weekview.h"

#include <QAccessible>
#include <QStandardPaths>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

struct Answers
{
    std::optional<OccurrenceScope> scope = OccurrenceScope::ThisOne;
    QStringList asked;
    QStringList dialogs; // the title of the item each editor was opened on
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
    bool confirmDelete(const QString &title) override
    {
        m_answers->asked.append(u"delete "_s + title);
        return true;
    }
    bool runDialog(QDialog *dialog) override
    {
        if (auto *item = qobject_cast<ContentItemDialog *>(dialog))
            m_answers->dialogs.append(item->item().title);
        return false;
    }

private:
    Answers *m_answers;
};

Plan calendarPlan()
{
    Plan plan = testing::fullPlan();
    plan.content[0].title = u"Tea tip Tuesday"_s;
    plan.content[1].title = u"Press release"_s;
    plan.content[1].date = Date(2026, 3, 12);
    return plan;
}

std::vector<QDate> datesOf(const Document &document, int index)
{
    std::vector<QDate> dates;
    for (const Date &date : itemOccurrences(document.plan().content[std::size_t(index)], Date(2026, 3, 1), Date(2026, 5, 31)))
        dates.push_back(toQDate(date));
    return dates;
}

} // namespace

class TestCalendarKeyboard : public QObject
{
    Q_OBJECT
private:
    Answers m_answers;
    std::unique_ptr<Document> m_document;
    std::unique_ptr<CalendarPage> m_page;

    MonthView *month() const { return m_page->monthView(); }
    const ContentItem &item(int index) const { return m_document->plan().content[std::size_t(index)]; }
    int steps() const { return m_document->undoStack()->count(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // weeks from Monday
    }
    void init()
    {
        m_answers = Answers();
        m_document = std::make_unique<Document>(calendarPlan());
        m_page = std::make_unique<CalendarPage>(m_document.get());
        m_page->setPrompts(std::make_unique<TestPrompts>(&m_answers));
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_page->setCurrentDate(QDate(2026, 3, 11));
        month()->setFocus();
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    // Right from Wednesday 11 March lands on Thursday and selects its item; Down a week later
    // (19 March, nothing there) clears the selection; Up and Left come back to the Tuesday's.
    void arrowsMoveTheSelectionBetweenTheDaysItems()
    {
        QVERIFY(!month()->selection());
        QTest::keyClick(month(), Qt::Key_Right);
        QVERIFY(month()->selection());
        QCOMPARE(month()->selection()->itemId, item(1).id);
        QCOMPARE(month()->selection()->date, QDate(2026, 3, 12));
        QTest::keyClick(month(), Qt::Key_Down);
        QCOMPARE(m_page->currentDate(), QDate(2026, 3, 19));
        QVERIFY(!month()->selection());
        QTest::keyClick(month(), Qt::Key_Up);
        QTest::keyClick(month(), Qt::Key_Left);
        QTest::keyClick(month(), Qt::Key_Left);
        QCOMPARE(month()->selection()->itemId, item(0).id);
        QCOMPARE(month()->selection()->date, QDate(2026, 3, 10));
        QCOMPARE(steps(), 0); // moving around changes nothing
    }

    void ctrlRightAndCtrlDownMoveTheItemOneUndoStepEach()
    {
        QTest::keyClick(month(), Qt::Key_Right); // the press release, 12 March
        QTest::keyClick(month(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(item(1).date, Date(2026, 3, 13));
        QCOMPARE(steps(), 1);
        QTest::keyClick(month(), Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(item(1).date, Date(2026, 3, 20));
        QCOMPARE(steps(), 2);
        // The selection travels with the item, so the keys can be pressed again and again.
        QCOMPARE(month()->selection()->date, QDate(2026, 3, 20));
        QCOMPARE(m_page->currentDate(), QDate(2026, 3, 20));
        QTest::keyClick(month(), Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClick(month(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(item(1).date, Date(2026, 3, 12));
        QCOMPARE(steps(), 4);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(item(1).date, Date(2026, 3, 20));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(item(1).date, Date(2026, 3, 12));
        QVERIFY(m_answers.asked.isEmpty()); // a one-off moves without a question
    }

    // A repeating item asks which dates; "only this date" moves that one date, in one step.
    void ctrlRightOnARepeatingItemMovesTheChosenDates()
    {
        m_page->setCurrentDate(QDate(2026, 3, 9));
        QTest::keyClick(month(), Qt::Key_Right); // Tuesday 10 March
        QCOMPARE(month()->selection()->itemId, item(0).id);
        QTest::keyClick(month(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(m_answers.asked, QStringList{u"which dates of Tea tip Tuesday on 2026-03-10"_s});
        QCOMPARE(steps(), 1);
        // The series keeps its other Tuesdays; 10 March is now the 11th, as its own item.
        const std::vector<QDate> series = datesOf(*m_document, 0);
        QVERIFY(std::find(series.begin(), series.end(), QDate(2026, 3, 10)) == series.end());
        QVERIFY(std::find(series.begin(), series.end(), QDate(2026, 3, 24)) != series.end());
        QCOMPARE(month()->selection()->date, QDate(2026, 3, 11));
        QCOMPARE(m_document->plan().content.size(), std::size_t(3));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan().content.size(), std::size_t(2));
        QCOMPARE(datesOf(*m_document, 0).front(), QDate(2026, 3, 3));
        QCOMPARE(datesOf(*m_document, 0)[1], QDate(2026, 3, 10));

        // Cancelling the question changes nothing.
        m_answers.scope.reset();
        m_page->setCurrentDate(QDate(2026, 3, 9));
        QTest::keyClick(month(), Qt::Key_Right);
        QTest::keyClick(month(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(steps(), 1); // the undone step is still there to redo, nothing new
        QCOMPARE(m_document->undoStack()->index(), 0);
    }

    void enterOpensTheItemsEditor()
    {
        QTest::keyClick(month(), Qt::Key_Right);
        QTest::keyClick(month(), Qt::Key_Return);
        QCOMPARE(m_answers.dialogs, QStringList{u"Press release"_s});
        QCOMPARE(steps(), 0); // the editor was cancelled
    }

    void deleteRemovesTheItemOrTheChosenDate()
    {
        QTest::keyClick(month(), Qt::Key_Right);
        QTest::keyClick(month(), Qt::Key_Delete);
        QCOMPARE(m_answers.asked, QStringList{u"delete Press release"_s});
        QCOMPARE(m_document->plan().content.size(), std::size_t(1));
        QCOMPARE(steps(), 1);
        QVERIFY(!month()->selection());
        // One date of the repeating item: the series skips it from now on.
        m_page->setCurrentDate(QDate(2026, 3, 23));
        QTest::keyClick(month(), Qt::Key_Right);
        QTest::keyClick(month(), Qt::Key_Delete);
        QCOMPARE(steps(), 2);
        std::vector<QDate> series = datesOf(*m_document, 0);
        QVERIFY(std::find(series.begin(), series.end(), QDate(2026, 3, 24)) == series.end());
        m_document->undoStack()->undo();
        series = datesOf(*m_document, 0);
        QVERIFY(std::find(series.begin(), series.end(), QDate(2026, 3, 24)) != series.end());
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan().content.size(), std::size_t(2));
    }

    void readOnlyPlansDoNotChange()
    {
        m_document->setReadOnly(true, u"test"_s);
        QTest::keyClick(month(), Qt::Key_Right);
        QTest::keyClick(month(), Qt::Key_Right, Qt::ControlModifier);
        QTest::keyClick(month(), Qt::Key_Delete);
        QCOMPARE(item(1).date, Date(2026, 3, 12));
        QCOMPARE(m_document->plan().content.size(), std::size_t(2));
        QCOMPARE(steps(), 0);
    }

    // The week: Ctrl+Left/Right a day, Ctrl+Up/Down a quarter of an hour.
    void theWeekMovesByADayAndAQuarterOfAnHour()
    {
        m_page->setMode(CalendarPage::Mode::Week);
        WeekView *week = m_page->weekView();
        week->setFocus();
        m_page->setCurrentDate(QDate(2026, 3, 9));
        QTest::keyClick(week, Qt::Key_Right); // Tuesday 10 March: the weekly item at 09:30
        QCOMPARE(week->selection()->itemId, item(0).id);
        m_answers.scope = OccurrenceScope::All;
        QTest::keyClick(week, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(item(0).timeMinutes, std::optional<int>(9 * 60 + 15));
        QTest::keyClick(week, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(steps(), 2);
        QCOMPARE(datesOf(*m_document, 0).front(), QDate(2026, 3, 4)); // every date a day later
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(item(0).timeMinutes, std::optional<int>(9 * 60 + 30));
        QCOMPARE(datesOf(*m_document, 0).front(), QDate(2026, 3, 3));
    }

    // A screen reader sees the month's items as a list of named, selectable children.
    void theMonthExposesItsItems()
    {
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(month());
        QVERIFY(view);
        QCOMPARE(view->role(), QAccessible::List);
        // March 2026's grid (23 Feb – 5 Apr): the weekly item on 3, 10, 24 and 31 March, the
        // press release on 12 March.
        QCOMPARE(view->childCount(), 5);
        QStringList names;
        for (int i = 0; i < view->childCount(); ++i)
            names.append(view->child(i)->text(QAccessible::Name));
        QCOMPARE(names.at(2), u"Press release, Thursday, 12 March 2026"_s);
        QCOMPARE(names.at(1), u"Tea tip Tuesday, Tuesday, 10 March 2026, 09:30"_s);
        QAccessibleInterface *press = view->child(2);
        QCOMPARE(press->role(), QAccessible::ListItem);
        QCOMPARE(press->parent(), view);
        QCOMPARE(view->indexOfChild(press), 2);
        const QRect chip = month()->chipRect(item(1).id, QDate(2026, 3, 12));
        QCOMPARE(press->rect(), QRect(month()->mapToGlobal(chip.topLeft()), chip.size()));
        QCOMPARE(view->childAt(press->rect().center().x(), press->rect().center().y()), press);
        QVERIFY(!press->state().selected);
        QCOMPARE(press->text(QAccessible::Description), displayName(ContentStatus::Idea));
        QCOMPARE(view->child(1)->text(QAccessible::Description), displayName(ContentStatus::InProgress) + u", repeats"_s);
        // Its "SetFocus" action selects it, as a click would; the keys then work on it.
        QAccessibleActionInterface *actions = press->actionInterface();
        QVERIFY(actions);
        actions->doAction(QAccessibleActionInterface::setFocusAction());
        QCOMPARE(month()->selection()->itemId, item(1).id);
        QVERIFY(press->state().selected);
        QVERIFY(press->state().focused);
        const QAccessible::Id id = QAccessible::uniqueId(press);
        QTest::keyClick(month(), Qt::Key_Right, Qt::ControlModifier);
        // Moved: the child for 12 March is gone (and released), one for 13 March is there.
        QVERIFY(!press->isValid());
        QCOMPARE(view->childCount(), 5);
        QVERIFY(!QAccessible::accessibleInterface(id));
        QCOMPARE(view->child(2)->text(QAccessible::Name), u"Press release, Friday, 13 March 2026"_s);
        QVERIFY(view->child(2)->state().selected);
        m_document->undoStack()->undo();
        QCOMPARE(view->child(2)->text(QAccessible::Name), u"Press release, Thursday, 12 March 2026"_s);
    }

    void theWeekExposesItsItems()
    {
        m_page->setMode(CalendarPage::Mode::Week);
        QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_page->weekView());
        QCOMPARE(view->role(), QAccessible::List);
        QCOMPARE(view->childCount(), 2); // 9–15 March: Tuesday's item and Thursday's
        QCOMPARE(view->child(0)->text(QAccessible::Name), u"Tea tip Tuesday, Tuesday, 10 March 2026, 09:30"_s);
        const QRect block = m_page->weekView()->entryRect(item(0).id, QDate(2026, 3, 10));
        QCOMPARE(view->child(0)->rect().size(), block.size());
        QVERIFY(!view->child(0)->state().invisible);
    }
};

QTEST_MAIN(TestCalendarKeyboard)
#include "tst_calendarkeyboard.moc"
