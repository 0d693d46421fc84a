// How smooth the roll-out timeline is with a large plan: 50 channels with 10 phases each
// (500 phases: tests with actuals, roll-outs, scale phases) over two years.
//
// 1. Paint: the whole timeline rendered offscreen into an image of 1400 × 900, with the plan
//    fitted to the width (every bar on screen) and zoomed in (a few months on screen).
// 2. A drag step: what one mouse move of a drag costs (the preview bar moves, the chart repaints).
// 3. A drop: pushing the "Move 'Phase' to …" command, the timeline following it, and a repaint.
// Medians of 50 runs each. Target: a frame ≤ 16 ms (60 per second).
//
// Usage: bench_timeline (sets QT_QPA_PLATFORM=offscreen when it is not set). Prints a table.
#include "document.h"
#include "planningcommands.h"
#include "rollouttimeline.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QScrollBar>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cplan;

namespace {

Plan largePlan()
{
    Plan plan = makeBlankPlan(QStringLiteral("Five hundred phases"));
    plan.settings.startMonth = {2026, 1};
    plan.settings.months = 24;
    for (int c = 0; c < 50; ++c) {
        Channel channel;
        channel.id = newRecordId();
        channel.name = QStringLiteral("Channel %1").arg(c + 1);
        channel.costPerClick = *Money::fromMajor(0.8);
        channel.targetCostPerLead = *Money::fromMajor(25);
        plan.channels.push_back(channel);
        Date start(2026, 1, 1 + c % 25);
        for (int p = 0; p < 10; ++p) {
            RolloutPhase phase;
            phase.id = newRecordId();
            phase.channelId = channel.id;
            phase.name = QStringLiteral("Phase %1 of channel %2").arg(p + 1).arg(c + 1);
            phase.kind = PhaseKind(p % 3);
            phase.start = start;
            phase.end = start + boost::gregorian::days(45 + (c * 7 + p * 11) % 40);
            phase.budget = *Money::fromMajor(1000 + 100 * p);
            if (phase.kind == PhaseKind::Test) {
                phase.actualSpend = *Money::fromMajor(900);
                phase.actualRevenue = *Money::fromMajor(1200 + 150 * ((c + p) % 9));
                phase.actualLeads = 20 + (c + p) % 30;
            }
            plan.phases.push_back(phase);
            start = phase.end + boost::gregorian::days(2);
        }
    }
    return plan;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double measure(int runs, const std::function<void()> &work)
{
    work(); // warm up: fonts, caches
    std::vector<double> times;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        clock.start();
        work();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void sendMouse(QWidget *target, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Document document(largePlan());
    RolloutTimeline timeline(&document);
    timeline.resize(1400, 900);
    timeline.show();
    QImage image(timeline.size(), QImage::Format_ARGB32_Premultiplied);
    const int runs = 50;

    const double fitted = measure(runs, [&] { timeline.render(&image); });
    timeline.setPixelsPerDay(8.0);
    timeline.scrollToDate(Date(2026, 9, 1));
    const double zoomed = measure(runs, [&] { timeline.render(&image); });

    // Drag a bar of the first visible row back and forth; each step repaints.
    timeline.verticalScrollBar()->setValue(0);
    RecordId phaseId;
    for (const RolloutPhase &phase : document.plan().phases) {
        if (!timeline.barRect(phase.id).isEmpty() && timeline.barRect(phase.id).width() > 40) {
            phaseId = phase.id;
            break;
        }
    }
    const QPoint grip = timeline.barRect(phaseId).center();
    sendMouse(timeline.viewport(), QEvent::MouseButtonPress, grip, Qt::LeftButton);
    int step = 0;
    const double dragStep = measure(runs, [&] {
        sendMouse(timeline.viewport(), QEvent::MouseMove, grip + QPoint(20 + (step++ % 2) * 16, 0), Qt::LeftButton);
        timeline.render(&image);
    });
    sendMouse(timeline.viewport(), QEvent::MouseButtonRelease, grip, Qt::NoButton);

    int day = 0;
    const double drop = measure(runs, [&] {
        const RolloutPhase &phase = document.plan().phases[std::size_t(document.indexOf<RolloutPhase>(phaseId))];
        const int shift = (day++ % 2) ? -3 : 3;
        document.undoStack()->push(makeChangePhaseDatesCommand(&document, phaseId, phase.start + boost::gregorian::days(shift),
                                                               phase.end + boost::gregorian::days(shift)));
        timeline.render(&image);
    });

    std::printf("Roll-out timeline, %zu channels, %zu phases, %d x %d (median of %d runs)\n", document.plan().channels.size(),
                document.plan().phases.size(), timeline.width(), timeline.height(), runs);
    std::printf("  paint, whole plan on screen   %8.2f ms\n", fitted);
    std::printf("  paint, zoomed in (8 px/day)   %8.2f ms\n", zoomed);
    std::printf("  one drag step + paint         %8.2f ms\n", dragStep);
    std::printf("  drop (undo command) + paint   %8.2f ms\n", drop);
    std::printf("  target: a frame <= 16 ms\n");
    return 0;
}
