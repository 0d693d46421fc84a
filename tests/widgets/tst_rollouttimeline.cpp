// The roll-out timeline driven with the mouse and keyboard: dragging a bar moves the phase,
// dragging an edge changes one date, Ctrl+arrows move it a day or a week, each as one named
// undo step; arrows move between the bars; double-click and Enter ask to edit, Delete to
// remove; a read-only plan does not move. The bars are accessible items named after the phase. Also measures painting 500 phases.
#include "commands.h"
#include "displayformat.h"
#include "planningcommands.h"
#include "document.h"
#include "rollouttimeline.h"
#include "testplans.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace cplan;

namespace {

// Drags with the left button from `from` to `to` in steps, as a hand would.
void drag(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    const int steps = 5;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / steps);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

// The x distance of `days` days at the timeline's zoom.
int daysToPixels(const RolloutTimeline &timeline, int days)
{
    return int(std::lround(days * timeline.pixelsPerDay()));
}

// 50 channels with 10 phases each, spread over two years.
Plan planWith500Phases()
{
    Plan plan = makeBlankPlan(QStringLiteral("Large"));
    plan.settings.startMonth = {2026, 1};
    plan.settings.months = 24;
    for (int c = 0; c < 50; ++c) {
        Channel channel;
        channel.id = newRecordId();
        channel.name = QStringLiteral("Channel %1").arg(c + 1);
        channel.costPerClick = testing::eur(1);
        plan.channels.push_back(channel);
        Date start(2026, 1, 1 + c % 20);
        for (int p = 0; p < 10; ++p) {
            RolloutPhase phase;
            phase.id = newRecordId();
            phase.channelId = channel.id;
            phase.name = QStringLiteral("Phase %1.%2").arg(c + 1).arg(p + 1);
            phase.kind = PhaseKind(p % 3);
            phase.start = start;
            phase.end = start + boost::gregorian::days(50 + (c * 7 + p * 3) % 30);
            phase.budget = testing::eur(1000);
            if (phase.kind == PhaseKind::Test) {
                phase.actualSpend = testing::eur(900);
                phase.actualRevenue = testing::eur(2000 + 100 * p);
                phase.actualLeads = 40;
            }
            plan.phases.push_back(phase);
            start = phase.end + boost::gregorian::days(3);
        }
    }
    return plan;
}

} // namespace

class TestRolloutTimeline : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<RolloutTimeline> m_timeline;
    RecordId m_test; // "Search test", 2 Mar - 12 Apr 2026

    const RolloutPhase &test() const { return m_document->plan().phases[std::size_t(m_document->indexOf<RolloutPhase>(m_test))]; }

private slots:
    void init()
    {
        m_document = std::make_unique<Document>(testing::fullPlan());
        m_test = m_document->plan().phases[0].id;
        m_timeline = std::make_unique<RolloutTimeline>(m_document.get());
        m_timeline->resize(1100, 300);
        m_timeline->setToday(Date(2026, 5, 15));
        m_timeline->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
    }
    void cleanup()
    {
        m_timeline.reset();
        m_document.reset();
    }

    void barsSitWhereTheirDatesAre()
    {
        const QRect bar = m_timeline->barRect(m_test);
        QVERIFY(!bar.isEmpty());
        QCOMPARE(bar.left(), m_timeline->xForDate(Date(2026, 3, 2)));
        QCOMPARE(bar.right() + 1, m_timeline->xForDate(Date(2026, 4, 13))); // the end day is included
        QCOMPARE(m_timeline->phaseAt(bar.center()), m_test);
        QCOMPARE(m_timeline->dateAt(bar.left() + 1), Date(2026, 3, 2));
        // Both Google Ads phases share the first row; the roll-out starts where the test ends.
        const QRect rollout = m_timeline->barRect(m_document->plan().phases[1].id);
        QCOMPARE(rollout.top(), bar.top());
        QCOMPARE(rollout.left(), bar.right() + 1);
        // The red line for today (15 May 2026) runs down the chart.
        const QImage picture = m_timeline->viewport()->grab().toImage();
        const int todayX = m_timeline->xForDate(Date(2026, 5, 15)) + int(m_timeline->pixelsPerDay() / 2);
        const QColor line = picture.pixelColor(todayX, picture.height() - 4);
        QVERIFY2(line.red() > 180 && line.green() < 90, qPrintable(line.name()));
    }

    void dragTheBarToMoveThePhaseThenUndo()
    {
        const QRect bar = m_timeline->barRect(m_test);
        const QPoint from = bar.center();
        drag(m_timeline->viewport(), from, from + QPoint(daysToPixels(*m_timeline, 7), 3));
        QCOMPARE(test().start, Date(2026, 3, 9));
        QCOMPARE(test().end, Date(2026, 4, 19));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move 'Search test' to 9 Mar"));
        QCOMPARE(m_timeline->barRect(m_test).left(), m_timeline->xForDate(Date(2026, 3, 9)));

        m_document->undoStack()->undo();
        QCOMPARE(test().start, Date(2026, 3, 2));
        QCOMPARE(test().end, Date(2026, 4, 12));
        QCOMPARE(m_timeline->barRect(m_test), bar);
    }

    void dragTheEdgesToChangeOneDate()
    {
        QRect bar = m_timeline->barRect(m_test);
        // The right edge, two weeks later.
        drag(m_timeline->viewport(), QPoint(bar.right() - 1, bar.center().y()),
             QPoint(bar.right() - 1 + daysToPixels(*m_timeline, 14), bar.center().y()));
        QCOMPARE(test().start, Date(2026, 3, 2));
        QCOMPARE(test().end, Date(2026, 4, 26));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change end of 'Search test' to 26 Apr"));
        // The left edge, ten days earlier.
        bar = m_timeline->barRect(m_test);
        drag(m_timeline->viewport(), QPoint(bar.left() + 1, bar.center().y()),
             QPoint(bar.left() + 1 - daysToPixels(*m_timeline, 10), bar.center().y()));
        QCOMPARE(test().start, Date(2026, 2, 20));
        QCOMPARE(test().end, Date(2026, 4, 26));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change start of 'Search test' to 20 Feb"));
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(test().start, Date(2026, 3, 2));
        QCOMPARE(test().end, Date(2026, 4, 12));
    }

    void aClickWithoutMovingChangesNothing()
    {
        const QRect bar = m_timeline->barRect(m_test);
        QTest::mouseClick(m_timeline->viewport(), Qt::LeftButton, {}, bar.center());
        QCOMPARE(m_document->undoStack()->count(), 0);
        QCOMPARE(m_timeline->selectedPhase(), m_test);
    }

    void doubleClickAsksToEdit()
    {
        QSignalSpy activated(m_timeline.get(), &RolloutTimeline::phaseActivated);
        QTest::mouseDClick(m_timeline->viewport(), Qt::LeftButton, {}, m_timeline->barRect(m_test).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated[0][0].value<RecordId>(), m_test);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void ctrlArrowsMoveTheSelectedPhaseOneStepEach()
    {
        m_timeline->setSelectedPhase(m_test);
        m_timeline->setFocus();
        QTest::keyClick(m_timeline.get(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(test().start, Date(2026, 3, 3));
        QCOMPARE(test().end, Date(2026, 4, 13));
        QTest::keyClick(m_timeline.get(), Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(test().start, Date(2026, 2, 24)); // +1 -7 days
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(test().start, Date(2026, 3, 2));
        QCOMPARE(m_timeline->selectedPhase(), m_test);
    }

    // Left/Right go along the channel's phases, Up/Down to the nearest phase of the channel
    // above or below; plain arrows never change the plan.
    void arrowsMoveTheSelectionBetweenBars()
    {
        const Plan &plan = m_document->plan();
        RolloutPhase banner = plan.phases[0];
        banner.id = newRecordId();
        banner.channelId = plan.channels[1].id;
        banner.name = QStringLiteral("Banner test");
        banner.start = Date(2026, 5, 4);
        banner.end = Date(2026, 5, 31);
        m_document->undoStack()->push(makeAddPhaseCommand(m_document.get(), banner));
        const int before = m_document->undoStack()->count();
        const RecordId rollout = plan.phases[1].id;
        m_timeline->setFocus();
        QTest::keyClick(m_timeline.get(), Qt::Key_Right); // nothing selected: the first bar
        QCOMPARE(m_timeline->selectedPhase(), m_test);
        QTest::keyClick(m_timeline.get(), Qt::Key_Right);
        QCOMPARE(m_timeline->selectedPhase(), rollout);
        QTest::keyClick(m_timeline.get(), Qt::Key_Right); // the row's last: stays
        QCOMPARE(m_timeline->selectedPhase(), rollout);
        QTest::keyClick(m_timeline.get(), Qt::Key_Down);
        QCOMPARE(m_timeline->selectedPhase(), banner.id);
        QTest::keyClick(m_timeline.get(), Qt::Key_Up); // 4 May is nearer 13 April than 2 March
        QCOMPARE(m_timeline->selectedPhase(), rollout);
        QTest::keyClick(m_timeline.get(), Qt::Key_Left);
        QCOMPARE(m_timeline->selectedPhase(), m_test);
        QCOMPARE(m_document->undoStack()->count(), before);
    }

    void enterEditsAndDeleteAsksToRemove()
    {
        QSignalSpy activated(m_timeline.get(), &RolloutTimeline::phaseActivated);
        QSignalSpy deleted(m_timeline.get(), &RolloutTimeline::deleteRequested);
        m_timeline->setFocus();
        QTest::keyClick(m_timeline.get(), Qt::Key_Delete); // nothing selected
        QCOMPARE(deleted.count(), 0);
        m_timeline->setSelectedPhase(m_test);
        QTest::keyClick(m_timeline.get(), Qt::Key_Return);
        QTest::keyClick(m_timeline.get(), Qt::Key_Delete);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated[0][0].value<RecordId>(), m_test);
        QCOMPARE(deleted.count(), 1);
        QCOMPARE(deleted[0][0].value<RecordId>(), m_test);
        m_document->setReadOnly(true, QStringLiteral("test"));
        QTest::keyClick(m_timeline.get(), Qt::Key_Delete);
        QCOMPARE(deleted.count(), 1);
    }

    // A screen reader sees the bars as a list of named, selectable children.
    void theBarsAreAccessibleItems()
    {
        QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(m_timeline.get());
        QVERIFY(timeline);
        QCOMPARE(timeline->role(), QAccessible::List);
        QCOMPARE(timeline->childCount(), 2);
        QAccessibleInterface *bar = timeline->child(0);
        QCOMPARE(bar->role(), QAccessible::ListItem);
        QCOMPARE(bar->text(QAccessible::Name), QStringLiteral("Search test, Test, %1 – %2")
                                                   .arg(formatDate(Date(2026, 3, 2)), formatDate(Date(2026, 4, 12))));
        QVERIFY(bar->text(QAccessible::Description).startsWith(QStringLiteral("Channel Google Ads, budget ")));
        QCOMPARE(timeline->child(1)->text(QAccessible::Name).left(10), QStringLiteral("Roll-out, "));
        QCOMPARE(bar->parent(), timeline);
        QCOMPARE(timeline->indexOfChild(bar), 0);
        const QRect local = m_timeline->barRect(m_test);
        QCOMPARE(bar->rect(), QRect(m_timeline->viewport()->mapToGlobal(local.topLeft()), local.size()));
        QCOMPARE(timeline->childAt(bar->rect().center().x(), bar->rect().center().y()), bar);
        QVERIFY(!bar->state().selected);
        bar->actionInterface()->doAction(QAccessibleActionInterface::setFocusAction());
        QCOMPARE(m_timeline->selectedPhase(), m_test);
        QVERIFY(bar->state().selected);
        QVERIFY(bar->state().focused);
        // Moved with the keys, the bar's name follows its dates.
        QTest::keyClick(m_timeline.get(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(bar->text(QAccessible::Name).contains(formatDate(Date(2026, 3, 3))));
        // Removed, it is no longer a child, and its interface is released.
        const QAccessible::Id id = QAccessible::uniqueId(bar);
        m_document->undoStack()->push(makeRemovePhasesCommand(m_document.get(), {m_test}));
        QVERIFY(!bar->isValid());
        QCOMPARE(timeline->childCount(), 1);
        QVERIFY(!QAccessible::accessibleInterface(id));
    }

    void readOnlyPlansDoNotMove()
    {
        m_document->setReadOnly(true, QStringLiteral("test"));
        const QRect bar = m_timeline->barRect(m_test);
        drag(m_timeline->viewport(), bar.center(), bar.center() + QPoint(80, 0));
        QCOMPARE(test().start, Date(2026, 3, 2));
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void followsChangesMadeElsewhere()
    {
        RolloutPhase changed = test();
        changed.start = Date(2026, 6, 1);
        changed.end = Date(2026, 6, 30);
        m_document->undoStack()->push(new ChangeRecordCommand<RolloutPhase>(m_document.get(), changed, QStringLiteral("Edit")));
        QCOMPARE(m_timeline->barRect(m_test).left(), m_timeline->xForDate(Date(2026, 6, 1)));
    }

    // Painting 500 phases: the whole chart on a 1400 x 900 image, averaged over 20 paints.
    void paintsFiveHundredPhasesQuickly()
    {
        Document document(planWith500Phases());
        QCOMPARE(document.plan().phases.size(), std::size_t(500));
        RolloutTimeline timeline(&document);
        timeline.resize(1400, 900);
        timeline.setPixelsPerDay(1.6); // about two years on screen: most bars visible at once
        QImage image(timeline.size(), QImage::Format_ARGB32_Premultiplied);
        timeline.render(&image); // warm up fonts and caches
        QElapsedTimer clock;
        const int paints = 20;
        clock.start();
        for (int i = 0; i < paints; ++i)
            timeline.render(&image);
        const double perPaint = double(clock.nsecsElapsed()) / 1e6 / paints;
        qInfo("painting 500 phases (1400x900): %.2f ms per paint", perPaint);
        QVERIFY2(perPaint < 100.0, "a frame must stay well under a tenth of a second");
        // Scrolled to the end, the last channel's bars are still found.
        timeline.verticalScrollBar()->setValue(timeline.verticalScrollBar()->maximum());
        QVERIFY(!timeline.barRect(document.plan().phases.back().id).isEmpty());
    }
};

QTEST_MAIN(TestRolloutTimeline)
#include "tst_rollouttimeline.moc"
