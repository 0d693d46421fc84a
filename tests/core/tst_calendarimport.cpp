// Planning a calendar import against a plan (planCalendarImport): what is added, updated (and
// which fields) and unchanged, worked out before anything changes. The main case is the
// round trip a team makes: the plan's calendar exported, edited in another calendar program
// (which drops the X-CPLAN-* lines it does not know), imported again: no duplicates, the
// edited title and date updated, channel, campaign, owner, type and status kept.
#include "calendarimport.h"
#include "contentschedule.h"
#include "planjson.h"
#include "testplans.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <ctime>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStamp(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);

QByteArray crlf(const QString &lines)
{
    QByteArray bytes = lines.toUtf8();
    bytes.replace("\n", "\r\n");
    return bytes;
}

// Removes each content line whose name is one of `names` (with its folded continuation lines),
// as a calendar program does with properties it does not keep.
QByteArray withoutLines(const QByteArray &ics, const QStringList &names)
{
    QList<QByteArray> kept;
    bool dropping = false;
    for (const QByteArray &line : ics.split('\n')) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (!dropping)
                kept.append(line);
            continue;
        }
        const QString name = QString::fromUtf8(line).section(QRegularExpression(u"[:;]"_s), 0, 0);
        dropping = std::any_of(names.begin(), names.end(), [&](const QString &n) { return name.startsWith(n); });
        if (!dropping)
            kept.append(line);
    }
    return kept.join('\n');
}

std::optional<Plan> samplePlan()
{
    QFile file(qEnvironmentVariable("CPLAN_SOURCE_DIR") + u"/resources/plans/sample.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    JsonImportResult read = planFromJson(file.readAll());
    return std::move(read.plan);
}

const ContentItem *byTitle(const Plan &plan, const QString &title)
{
    for (const ContentItem &item : plan.content) {
        if (item.title == title)
            return &item;
    }
    return nullptr;
}

QString changeText(const CalendarImportEntry &entry)
{
    QStringList parts;
    for (const CalendarFieldChange &change : entry.changes)
        parts.append(change.label + u": "_s + change.before + u" → "_s + change.after);
    return parts.join(u"; "_s);
}

} // namespace

class TestCalendarImport : public QObject
{
    Q_OBJECT
private slots:
    // The sample's 65 items exported, one event's SUMMARY and DTSTART edited, every
    // X-CPLAN-CHANNEL line removed: 64 unchanged, 1 updated (title and date), none added.
    void reimportOfAnEditedExportUpdatesOnly()
    {
        const std::optional<Plan> sample = samplePlan();
        QVERIFY2(sample, "the sample plan is not found (CPLAN_SOURCE_DIR)");
        const ContentItem *launch = byTitle(*sample, u"Launch email: Brightleaf is open"_s);
        QVERIFY(launch);
        QCOMPARE(toIsoString(launch->date), u"2027-01-11"_s); // 08:00, a one-off
        QByteArray ics = writeICalendar(*sample, kStamp);
        QVERIFY(ics.contains("SUMMARY:Launch email: Brightleaf is open\r\n"));
        ics.replace("SUMMARY:Launch email: Brightleaf is open\r\n", "SUMMARY:Launch email: We are open\r\n");
        const qsizetype at = ics.indexOf("SUMMARY:Launch email: We are open");
        const qsizetype start = ics.lastIndexOf("DTSTART:20270111T080000\r\n", at);
        QVERIFY(start > ics.lastIndexOf("BEGIN:VEVENT", at));
        ics.replace(start, qstrlen("DTSTART:20270111T080000"), "DTSTART:20270113T080000");
        ics = withoutLines(ics, {u"X-CPLAN-CHANNEL"_s});
        QVERIFY(!ics.contains("X-CPLAN-CHANNEL"));

        const ICalendarImport read = readICalendar(ics, *sample);
        QVERIFY2(read.error.isEmpty() && read.skipped.isEmpty(), qPrintable(read.error + read.skipped.join(u'\n')));
        const CalendarImportPlan import = planCalendarImport(*sample, read);
        QCOMPARE(calendarImportCounts(import), u"0 added, 1 updated, 64 unchanged"_s);
        const auto updated = std::find_if(import.entries.begin(), import.entries.end(), [](const CalendarImportEntry &e) {
            return e.action == CalendarImportAction::Update;
        });
        QCOMPARE(updated->item.id, launch->id);
        QCOMPARE(changeText(*updated), u"Title: Launch email: Brightleaf is open → Launch email: We are open; "
                                       "Date: 2027-01-11 → 2027-01-13"_s);
        QVERIFY(updated->line > 0);

        Plan plan = *sample;
        QCOMPARE(applyCalendarImport(plan, import), std::vector<RecordId>{launch->id});
        QCOMPARE(plan.content.size(), sample->content.size()); // no duplicates
        const ContentItem *after = byTitle(plan, u"Launch email: We are open"_s);
        QVERIFY(after);
        QCOMPARE(toIsoString(after->date), u"2027-01-13"_s);
        QCOMPARE(after->timeMinutes, std::optional<int>(8 * 60));
        QCOMPARE(after->channelId, launch->channelId); // not stated: kept
        QVERIFY(!after->channelId.isNull());
        QCOMPARE(after->campaignId, launch->campaignId);
        QCOMPARE(after->ownerId, launch->ownerId);
        QCOMPARE(after->status, ContentStatus::Published);
        // Read again, the same file changes nothing more.
        QCOMPARE(calendarImportCounts(planCalendarImport(plan, readICalendar(ics, plan))), u"0 added, 0 updated, 65 unchanged"_s);
    }

    // A calendar program that drops every X-CPLAN-* line and writes STATUS:CONFIRMED for
    // everything that is not tentative: nothing of the plan's is lost.
    void aForeignCalendarKeepsWhatItDoesNotKnow()
    {
        const std::optional<Plan> sample = samplePlan();
        QVERIFY2(sample, "the sample plan is not found (CPLAN_SOURCE_DIR)");
        const QByteArray ics = withoutLines(writeICalendar(*sample, kStamp), {u"X-CPLAN-"_s});
        const CalendarImportPlan import = planCalendarImport(*sample, readICalendar(ics, *sample));
        QCOMPARE(calendarImportCounts(import), u"0 added, 0 updated, 65 unchanged"_s);
    }

    // Field by field: the dates always from the file, the rest only when the event states it.
    void updatesOnlyWhatTheEventStates()
    {
        Plan plan = testing::fullPlan();
        ContentItem &release = plan.content[1]; // Press release, a one-off
        release.status = ContentStatus::Ready;
        release.notes = u"Approved by legal"_s;
        release.channelId = plan.channels[0].id;
        release.ownerId = plan.team[0].id;
        release.date = Date(2026, 3, 12);
        release.timeMinutes = 10 * 60;
        release.durationMinutes = 30;
        const QString uid = icalUid(release.id);
        const QString weeklyUid = icalUid(plan.content[0].id);
        // 1: new title, a date and time, no DESCRIPTION (notes kept), CONFIRMED (Ready is
        //    written CONFIRMED: kept), no DURATION (the file's: none).
        // 2: the weekly item TENTATIVE (In progress is written CONFIRMED: now an idea).
        // 3: a new UID: added. 4: no DTSTART: skipped (its BEGIN:VEVENT is on line 22).
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nVERSION:2.0\n"
                                    "BEGIN:VEVENT\nUID:%1\nDTSTART:20260319T141500\nSUMMARY:Press release v2\n"
                                    "STATUS:CONFIRMED\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:%2\nDTSTART:20260303T093000\nDURATION:PT45M\n"
                                    "RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=10\nEXDATE:20260317T093000,20260407T093000\n"
                                    "STATUS:TENTATIVE\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:new@example.com\nDTSTART;VALUE=DATE:20260401\nSUMMARY:Newsletter\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:broken@example.com\nSUMMARY:No date\nEND:VEVENT\n"
                                    "END:VCALENDAR\n"_s.arg(uid, weeklyUid));
        const CalendarImportPlan import = planCalendarImport(plan, readICalendar(ics, plan));
        QCOMPARE(import.entries.size(), std::size_t(3));
        QCOMPARE(import.skipped, QStringList{u"Line 22 (No date): the event has no start date (DTSTART)."_s});
        QCOMPARE(calendarImportCounts(import), u"1 added, 2 updated, 0 unchanged"_s);

        const CalendarImportEntry &first = import.entries[0];
        QCOMPARE(first.action, CalendarImportAction::Update);
        QCOMPARE(first.line, 3);
        QCOMPARE(changeText(first), u"Title: Press release → Press release v2; Date: 2026-03-12 → 2026-03-19; "
                                    "Time: 10:00 → 14:15; Duration (minutes): 30 → none"_s);
        QCOMPARE(first.item.status, ContentStatus::Ready);
        QCOMPARE(first.item.notes, u"Approved by legal"_s);
        QCOMPARE(first.item.channelId, plan.channels[0].id);
        QCOMPARE(first.item.ownerId, plan.team[0].id);
        QCOMPARE(first.item.type, ContentType::PressRelease);

        const CalendarImportEntry &weekly = import.entries[1];
        QCOMPARE(weekly.action, CalendarImportAction::Update);
        QCOMPARE(changeText(weekly), u"Status: In progress → Idea"_s);
        QCOMPARE(weekly.item.title, plan.content[0].title); // no SUMMARY: kept

        QCOMPARE(import.entries[2].action, CalendarImportAction::Add);
        QCOMPARE(import.entries[2].item.title, u"Newsletter"_s);
        QVERIFY(import.entries[2].changes.empty());

        const Plan before = plan;
        const std::vector<RecordId> changed = applyCalendarImport(plan, import);
        QCOMPARE(changed.size(), std::size_t(3));
        QCOMPARE(plan.content.size(), std::size_t(3));
        QCOMPARE(plan.content[2].title, u"Newsletter"_s); // added at the end
        QCOMPARE(plan.content[1].title, u"Press release v2"_s);
        QCOMPARE(plan.content[0].status, ContentStatus::Idea);
        QCOMPARE(plan.channels, before.channels);
    }

    // The export starts a series on its first date; a plan item that starts on a day its rule
    // skips is still the same series, not an update.
    void aSeriesStartingOnASkippedDayIsUnchanged()
    {
        Plan plan = testing::fullPlan();
        plan.content[0].date = Date(2026, 3, 2); // a Monday; the rule says Tuesdays
        const QByteArray ics = writeICalendar(plan, kStamp);
        QVERIFY(ics.contains("\r\nDTSTART:20260303T093000\r\n"));
        const CalendarImportPlan import = planCalendarImport(plan, readICalendar(ics, plan));
        QCOMPARE(calendarImportCounts(import), u"0 added, 0 updated, 2 unchanged"_s);
        // Moved to another day in the other program, it is an update of the date.
        QByteArray moved = ics;
        moved.replace("\r\nDTSTART:20260303T093000\r\n", "\r\nDTSTART:20260304T093000\r\n");
        const CalendarImportPlan update = planCalendarImport(plan, readICalendar(moved, plan));
        QCOMPARE(calendarImportCounts(update), u"0 added, 1 updated, 1 unchanged"_s);
        QCOMPARE(changeText(update.entries[0]), u"Date: 2026-03-02 → 2026-03-04"_s);
    }

    void nothingReadNothingPlanned()
    {
        const CalendarImportPlan import = planCalendarImport(testing::fullPlan(), ICalendarImport());
        QVERIFY(import.entries.empty());
        QVERIFY(!import.changesPlan());
        QCOMPARE(calendarImportCounts(import), u"0 added, 0 updated, 0 unchanged"_s);
    }
};

int main(int argc, char *argv[])
{
    qputenv("TZ", "UTC");
    tzset();
    QCoreApplication application(argc, argv);
    TestCalendarImport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_calendarimport.moc"
