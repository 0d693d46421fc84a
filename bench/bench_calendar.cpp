// How fast the content calendar is with a large plan.
//
// 1. Expansion: one month of occurrences from 10,000 repeating items (daily, weekly, monthly
//    and yearly rules, some with UNTIL or COUNT, started up to two years earlier), through the
//    same path the calendar uses (occurrencesBetween with its cache of parsed rules). Median
//    of 50 runs; the first run, which also parses every rule, is reported apart. Target ≤ 10 ms.
// 2. The month view of a plan with 10,000 items, 1,000 of them repeating: the time to show a
//    month after a change (the model's rows, the view's chips, the paint) and a plain repaint,
//    painted offscreen into an image of 1400 × 800. Medians of 30 runs.
// 3. The list of every date of the year of that plan, sorted by date: one run.
//
// Usage: bench_calendar (sets QT_QPA_PLATFORM=offscreen when it is not set). Prints a table.
#include "calendaredits.h"
#include "calendarfiltermodel.h"
#include "displayformat.h"
#include "document.h"
#include "monthview.h"
#include "occurrencemodel.h"
#include "occurrences.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace cplan;

namespace {

const Date kFrom(2027, 3, 1);
const Date kTo(2027, 3, 31);

class Random
{
public:
    int pick(int lowest, int highest) { return lowest + int(m_engine() % std::uint32_t(highest - lowest + 1)); }

private:
    std::mt19937 m_engine{5545}; // fixed: every run measures the same plan
};

const char *const kWeekdays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

ContentItem repeatingItem(Random &random)
{
    ContentItem item;
    item.id = newRecordId();
    item.title = QStringLiteral("Repeating item %1").arg(random.pick(1, 99999));
    item.date = kFrom - boost::gregorian::days(random.pick(0, 730));
    if (random.pick(0, 1) == 0)
        item.timeMinutes = random.pick(7, 19) * 60 + 15 * random.pick(0, 3);
    QString rule;
    const int kind = random.pick(0, 9);
    if (kind < 2) {
        rule = random.pick(0, 1) == 0 ? QStringLiteral("FREQ=DAILY;INTERVAL=%1").arg(random.pick(1, 3))
                                      : QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR");
    } else if (kind < 6) {
        rule = QStringLiteral("FREQ=WEEKLY;INTERVAL=%1;BYDAY=%2,%3")
                   .arg(random.pick(1, 2))
                   .arg(QLatin1String(kWeekdays[random.pick(0, 3)]), QLatin1String(kWeekdays[random.pick(4, 6)]));
    } else if (kind < 9) {
        switch (random.pick(0, 2)) {
        case 0: rule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=%1").arg(random.pick(1, 31)); break;
        case 1: rule = QStringLiteral("FREQ=MONTHLY;BYDAY=%1%2").arg(random.pick(0, 1) == 0 ? -1 : random.pick(1, 4)).arg(QLatin1String(kWeekdays[random.pick(0, 6)])); break;
        default: rule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1"); break;
        }
    } else {
        rule = QStringLiteral("FREQ=YEARLY;BYMONTH=3,9");
    }
    switch (random.pick(0, 5)) {
    case 0: rule += QStringLiteral(";UNTIL=%1").arg(toIsoString(kFrom + boost::gregorian::days(random.pick(-30, 90))).remove(QLatin1Char('-'))); break;
    case 1: rule += QStringLiteral(";COUNT=%1").arg(random.pick(50, 400)); break;
    default: break;
    }
    item.recurrence = rule;
    item.status = ContentStatus(random.pick(0, 4));
    if (random.pick(0, 4) == 0)
        item.excludedDates = {kFrom + boost::gregorian::days(random.pick(0, 30))};
    return item;
}

template<typename Function>
double medianMilliseconds(int runs, Function function)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        function();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    Random random;

    // 1. A month of 10,000 rules.
    std::vector<ContentItem> rules;
    for (int i = 0; i < 10000; ++i)
        rules.push_back(repeatingItem(random));
    RecurrenceRuleCache cache;
    std::size_t count = 0;
    const double cold = medianMilliseconds(1, [&] { count = occurrencesBetween(rules, kFrom, kTo, cache).size(); });
    const double warm = medianMilliseconds(50, [&] { count = occurrencesBetween(rules, kFrom, kTo, cache).size(); });
    std::printf("Expansion of March 2027 from 10,000 repeating items (%zu dates)\n", count);
    std::printf("  first run, parsing every rule   %8.2f ms\n", cold);
    std::printf("  median of 50 (rules cached)     %8.2f ms   target <= 10 ms: %s\n", warm, warm <= 10.0 ? "met" : "MISSED");

    // 2. The month view of 10,000 items, 1,000 repeating.
    Plan plan = makeBlankPlan(QStringLiteral("Large calendar"));
    plan.settings.startMonth = {2027, 1};
    for (int i = 0; i < 1000; ++i)
        plan.content.push_back(repeatingItem(random));
    for (int i = 0; i < 9000; ++i) {
        ContentItem item;
        item.id = newRecordId();
        item.title = QStringLiteral("One-off item %1 with a title of a usual length").arg(i);
        item.date = Date(2027, 1, 1) + boost::gregorian::days(random.pick(0, 364));
        if (random.pick(0, 2) == 0)
            item.timeMinutes = random.pick(8, 18) * 60;
        item.status = ContentStatus(random.pick(0, 4));
        plan.content.push_back(item);
    }
    Document document(plan);
    OccurrenceModel occurrences(&document);
    CalendarFilterModel filter;
    filter.setSourceModel(&occurrences);
    MonthView view;
    view.setModel(&filter);
    view.resize(1400, 800);
    view.setCurrentDate(QDate(2027, 3, 10));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    const auto paint = [&] {
        QPainter painter(&image);
        view.render(&painter);
    };
    occurrences.setRange(view.firstVisibleDay(), view.lastVisibleDay());
    paint();
    std::printf("\nMonth view, 10,000 items (1,000 repeating), March 2027: %d dates in the 6 weeks shown\n", filter.rowCount());
    // What an edit costs: a one-off item dragged a day later (then undone, and so on): the
    // rows again, the chips again, the paint.
    const ContentItem &moved = document.plan().content[1000];
    const RecordId movedId = moved.id;
    const QDate movedFrom = toQDate(moved.date);
    bool forth = true;
    const double afterChange = medianMilliseconds(30, [&] {
        if (forth)
            document.undoStack()->push(makeRescheduleCommand(&document, movedId, movedFrom, movedFrom.addDays(1), OccurrenceScope::ThisOne));
        else
            document.undoStack()->undo();
        forth = !forth;
        paint();
    });
    const double repaint = medianMilliseconds(30, paint);
    std::printf("  after a change (rows, chips, paint)  %8.2f ms\n", afterChange);
    std::printf("  repaint only                         %8.2f ms\n", repaint);
    std::printf("  (a frame at 60 Hz is 16.7 ms)\n");

    // 3. The list: every date of the year, sorted by date as the list shows it.
    filter.sort(OccurrenceModel::DateColumn, Qt::AscendingOrder);
    QElapsedTimer timer;
    timer.start();
    occurrences.setRange(QDate(2027, 1, 1), QDate(2027, 12, 31));
    const double list = double(timer.nsecsElapsed()) / 1e6;
    std::printf("\nList of every date of 2027 (%d rows), sorted by date: %8.2f ms\n", filter.rowCount(), list);
    return 0;
}
