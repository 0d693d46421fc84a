// The roll-out timeline driven with the mouse and keyboard: dragging a bar moves the phase,
// dragging an edge changes one date, each as one named undo step; double-click asks to edit;
// a read-only plan does not move. Also measures painting 500 phases.
#include "commands.h"
#include "document.h"
#include "rollouttimeline.h"
#include "testplans.h"

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

    void arrowKeysMoveTheSelectedPhase()
    {
        m_timeline->setSelectedPhase(m_test);
        m_timeline->setFocus();
        QTest::keyClick(m_timeline.get(), Qt::Key_Right);
        QTest::keyClick(m_timeline.get(), Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(test().start, Date(2026, 2, 24)); // +1 -7 days
        QCOMPARE(m_document->undoStack()->count(), 2);
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
