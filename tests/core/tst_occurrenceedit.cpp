// Editing one date of a repeating item (this one / this and following / all) and the team's
// weekly workload. Dates worked out on a 2026 calendar: 1 May 2026 is a Friday.
#include "contentschedule.h"
#include "occurrenceedit.h"
#include "workload.h"

#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

QStringList datesOf(const ContentItem &item)
{
    QStringList list;
    for (const Date &date : itemOccurrences(item, Date(2026, 1, 1), Date(2026, 12, 31)))
        list.append(toIsoString(date));
    return list;
}

QStringList iso(std::initializer_list<const char *> dates)
{
    QStringList list;
    for (const char *date : dates)
        list.append(QString::fromLatin1(date));
    return list;
}

ContentItem series(Date start, const QString &rule)
{
    ContentItem item;
    item.id = newRecordId();
    item.title = u"Tea tip Tuesday"_s;
    item.type = ContentType::SocialPost;
    item.date = start;
    item.timeMinutes = 9 * 60 + 30;
    item.recurrence = rule;
    return item;
}

ContentItem movedTo(const ContentItem &item, Date date)
{
    ContentItem edited = item;
    edited.date = date;
    return edited;
}

} // namespace

class TestOccurrenceEdit : public QObject
{
    Q_OBJECT
private slots:
    // Tuesdays 5 May – 9 June; 12 May moves to Thursday 14 May on its own.
    void thisOneExcludesTheDateAndAddsAnItem()
    {
        const ContentItem item = series(Date(2026, 5, 5), u"FREQ=WEEKLY;BYDAY=TU;COUNT=6"_s);
        QCOMPARE(datesOf(item), iso({"2026-05-05", "2026-05-12", "2026-05-19", "2026-05-26", "2026-06-02", "2026-06-09"}));
        ContentItem edited = movedTo(item, Date(2026, 5, 14));
        edited.title = u"Tea tip (moved)"_s;
        const OccurrenceEdit edit = editOccurrence(item, Date(2026, 5, 12), edited, OccurrenceScope::ThisOne);
        QCOMPARE(edit.changed.id, item.id);
        QCOMPARE(edit.changed.title, item.title);
        QCOMPARE(edit.changed.recurrence, item.recurrence);
        QCOMPARE(datesOf(edit.changed), iso({"2026-05-05", "2026-05-19", "2026-05-26", "2026-06-02", "2026-06-09"}));
        QVERIFY(edit.added);
        QVERIFY(edit.added->id != item.id && !edit.added->id.isNull());
        QCOMPARE(edit.added->title, u"Tea tip (moved)"_s);
        QVERIFY(edit.added->recurrence.isEmpty());
        QCOMPARE(datesOf(*edit.added), iso({"2026-05-14"}));
        QCOMPARE(edit.added->timeMinutes, item.timeMinutes);
    }

    // From 19 May on, Thursdays: the first part ends on 18 May (two dates); the rest keeps
    // 4 of the 6 dates, counting the excluded 26 May, which moves along to 28 May.
    void thisAndFollowingSplitsTheSeries()
    {
        ContentItem item = series(Date(2026, 5, 5), u"FREQ=WEEKLY;BYDAY=TU;COUNT=6"_s);
        item.excludedDates = {Date(2026, 5, 26)};
        const OccurrenceEdit edit = editOccurrence(item, Date(2026, 5, 19), movedTo(item, Date(2026, 5, 21)),
                                                   OccurrenceScope::ThisAndFollowing);
        QCOMPARE(edit.changed.recurrence, u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20260518"_s);
        QVERIFY(edit.changed.excludedDates.empty());
        QCOMPARE(datesOf(edit.changed), iso({"2026-05-05", "2026-05-12"}));
        QVERIFY(edit.added);
        QCOMPARE(toIsoString(edit.added->date), u"2026-05-21"_s);
        QCOMPARE(edit.added->recurrence, u"FREQ=WEEKLY;BYDAY=TH;COUNT=4"_s);
        QCOMPARE(datesOf(*edit.added), iso({"2026-05-21", "2026-06-04", "2026-06-11"}));
    }

    void thisAndFollowingFromTheFirstDateIsAll()
    {
        const ContentItem item = series(Date(2026, 5, 5), u"FREQ=WEEKLY;BYDAY=TU;COUNT=6"_s);
        const OccurrenceEdit edit = editOccurrence(item, Date(2026, 5, 5), movedTo(item, Date(2026, 5, 7)),
                                                   OccurrenceScope::ThisAndFollowing);
        QVERIFY(!edit.added);
        QCOMPARE(edit.changed.recurrence, u"FREQ=WEEKLY;BYDAY=TH;COUNT=6"_s);
        QCOMPARE(datesOf(edit.changed), iso({"2026-05-07", "2026-05-14", "2026-05-21", "2026-05-28", "2026-06-04", "2026-06-11"}));
    }

    // Moving 12 May to Wednesday 13 May moves every date a day later.
    void allMovesTheWholeSeries()
    {
        ContentItem item = series(Date(2026, 5, 5), u"FREQ=WEEKLY;BYDAY=TU;COUNT=6"_s);
        item.excludedDates = {Date(2026, 6, 2)};
        const OccurrenceEdit edit = editOccurrence(item, Date(2026, 5, 12), movedTo(item, Date(2026, 5, 13)),
                                                   OccurrenceScope::All);
        QVERIFY(!edit.added);
        QCOMPARE(edit.changed.id, item.id);
        QCOMPARE(toIsoString(edit.changed.date), u"2026-05-06"_s);
        QCOMPARE(edit.changed.recurrence, u"FREQ=WEEKLY;BYDAY=WE;COUNT=6"_s);
        QCOMPARE(datesOf(edit.changed), iso({"2026-05-06", "2026-05-13", "2026-05-20", "2026-05-27", "2026-06-10"}));
    }

    // The last day of every month, moved a day earlier: the second-to-last day.
    void allMovesDaysCountedFromTheEnd()
    {
        const ContentItem item = series(Date(2026, 1, 31), u"FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4"_s);
        QCOMPARE(datesOf(item), iso({"2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"}));
        const OccurrenceEdit edit = editOccurrence(item, Date(2026, 3, 31), movedTo(item, Date(2026, 3, 30)),
                                                   OccurrenceScope::All);
        QCOMPARE(edit.changed.recurrence, u"FREQ=MONTHLY;BYMONTHDAY=-2;COUNT=4"_s);
        QCOMPARE(datesOf(edit.changed), iso({"2026-01-30", "2026-02-27", "2026-03-30", "2026-04-29"}));
    }

    // The first Monday (2 Feb, 2 Mar, 6 Apr 2026); from March the first Tuesday instead.
    void ordinalWeekdaysMoveToTheNewWeekday()
    {
        const ContentItem item = series(Date(2026, 2, 2), u"FREQ=MONTHLY;BYDAY=1MO;COUNT=3"_s);
        QCOMPARE(datesOf(item), iso({"2026-02-02", "2026-03-02", "2026-04-06"}));
        const OccurrenceEdit edit = editOccurrence(item, Date(2026, 3, 2), movedTo(item, Date(2026, 3, 3)),
                                                   OccurrenceScope::ThisAndFollowing);
        QCOMPARE(datesOf(edit.changed), iso({"2026-02-02"}));
        QVERIFY(edit.added);
        QCOMPARE(edit.added->recurrence, u"FREQ=MONTHLY;BYDAY=1TU;COUNT=2"_s);
        QCOMPARE(datesOf(*edit.added), iso({"2026-03-03", "2026-04-07"}));
    }

    void editsWithoutMovingKeepTheDates()
    {
        const ContentItem item = series(Date(2026, 5, 5), u"FREQ=WEEKLY;BYDAY=TU;COUNT=6"_s);
        ContentItem edited = item;
        edited.date = Date(2026, 5, 19);
        edited.status = ContentStatus::Published;
        const OccurrenceEdit all = editOccurrence(item, Date(2026, 5, 19), edited, OccurrenceScope::All);
        QCOMPARE(all.changed.status, ContentStatus::Published);
        QCOMPARE(all.changed.recurrence, item.recurrence);
        QCOMPARE(datesOf(all.changed), datesOf(item));
        const OccurrenceEdit one = editOccurrence(item, Date(2026, 5, 19), edited, OccurrenceScope::ThisOne);
        QCOMPARE(one.changed.status, item.status);
        QCOMPARE(one.added->status, ContentStatus::Published);
        QCOMPARE(datesOf(*one.added), iso({"2026-05-19"}));
    }

    void oneOffItemsSimplyChange()
    {
        ContentItem item;
        item.id = newRecordId();
        item.title = u"Press release"_s;
        item.date = Date(2026, 4, 1);
        const OccurrenceEdit edit = editOccurrence(item, item.date, movedTo(item, Date(2026, 4, 3)), OccurrenceScope::ThisOne);
        QVERIFY(!edit.added);
        QCOMPARE(edit.changed.id, item.id);
        QCOMPARE(toIsoString(edit.changed.date), u"2026-04-03"_s);
    }

    // Aiko (7 h a week) writes a blog post (6 h) every Monday from 2 March, three times, and
    // posts a 30-minute story daily from Friday 6 to Monday 9 March: 6 + 3 × 0.5 = 7.5 h in
    // the week of 2 March (over), 6.5 h and 6 h after. Ben's video (8 h) is within his 10 h.
    void weeklyWorkloadAgainstCapacity()
    {
        Plan plan = makeBlankPlan(u"Team"_s);
        const RecordId aiko = newRecordId(), ben = newRecordId();
        plan.team = {{aiko, u"Aiko"_s, u"Social"_s, 7}, {ben, u"Ben"_s, u"Video"_s, 10}};
        ContentItem blog = series(Date(2026, 3, 2), u"FREQ=WEEKLY;COUNT=3"_s);
        blog.type = ContentType::BlogPost;
        blog.timeMinutes.reset();
        blog.ownerId = aiko;
        ContentItem story = series(Date(2026, 3, 6), u"FREQ=DAILY;COUNT=4"_s);
        story.durationMinutes = 30;
        story.ownerId = aiko;
        ContentItem video = series(Date(2026, 3, 11), QString());
        video.type = ContentType::Video;
        video.ownerId = ben;
        ContentItem nobodys = series(Date(2026, 3, 3), u"FREQ=DAILY"_s);
        plan.content = {blog, story, video, nobodys};
        RecurrenceRuleCache rules;
        const std::vector<MemberWorkload> load = weeklyWorkload(plan, Date(2026, 3, 2), 3, rules);
        QCOMPARE(load.size(), std::size_t(2));
        QCOMPARE(load[0].memberId, aiko);
        QCOMPARE(load[0].hours, (std::vector<double>{7.5, 6.5, 6.0}));
        QVERIFY(load[0].isOverCapacity(0));
        QVERIFY(!load[0].isOverCapacity(1));
        QCOMPARE(load[1].hours, (std::vector<double>{0.0, 8.0, 0.0}));
        QVERIFY(!load[1].isOverCapacity(1));
        QCOMPARE(typicalEffortHours(ContentType::SocialPost), 1.0);
        QCOMPARE(effortHours(story), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestOccurrenceEdit)
#include "tst_occurrenceedit.moc"
