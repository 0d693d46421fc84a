// iCalendar export and import: escaping, folding, the exact text written for a small plan, a
// write → read → write round trip, RFC 5545's own examples read back into items with the
// dates the RFC lists, and the errors and warnings for bad files.
#include "contentschedule.h"
#include "icalendar.h"
#include "testplans.h"

#include <QTest>

#include <ctime>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

QByteArray crlf(const QString &lines)
{
    QByteArray bytes = lines.toUtf8();
    bytes.replace("\n", "\r\n");
    return bytes;
}

QStringList isoDates(const std::vector<Date> &dates)
{
    QStringList list;
    for (const Date &date : dates)
        list.append(toIsoString(date));
    return list;
}

// "1997-09": {2, 4} → "1997-09-02", "1997-09-04", as the RFC lists dates per month.
QStringList days(const char *month, std::initializer_list<int> list)
{
    QStringList dates;
    for (int day : list)
        dates.append(QString::fromLatin1(month) + u"-"_s + QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0')));
    return dates;
}

QString calendarWith(const QString &event)
{
    return u"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//RFC 5545//Examples//EN\nBEGIN:VEVENT\n"_s + event
           + u"\nEND:VEVENT\nEND:VCALENDAR\n"_s;
}

Plan smallPlan()
{
    Plan plan = makeBlankPlan(u"Tea, calendar; test"_s);
    const RecordId aiko(u"aaaaaaaa-0000-4000-8000-000000000001"_s);
    const RecordId instagram(u"aaaaaaaa-0000-4000-8000-000000000002"_s);
    const RecordId spring(u"aaaaaaaa-0000-4000-8000-000000000003"_s);
    plan.team = {{aiko, u"Aiko Tanaka"_s, u"Social"_s, 24}};
    Channel channel;
    channel.id = instagram;
    channel.name = u"Instagram"_s;
    plan.channels = {channel};
    Campaign campaign;
    campaign.id = spring;
    campaign.name = u"Spring, launch"_s;
    plan.campaigns = {campaign};
    ContentItem weekly;
    weekly.id = RecordId(u"11111111-1111-4111-8111-111111111111"_s);
    weekly.title = u"Tea tip Tuesday"_s;
    weekly.type = ContentType::SocialPost;
    weekly.channelId = instagram;
    weekly.campaignId = spring;
    weekly.ownerId = aiko;
    weekly.status = ContentStatus::InProgress;
    weekly.date = Date(2026, 3, 3);
    weekly.timeMinutes = 9 * 60 + 30;
    weekly.durationMinutes = 45;
    weekly.recurrence = u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20260428"_s;
    weekly.excludedDates = {Date(2026, 3, 17)};
    weekly.notes = u"Line 1\nLine 2; with \\ backslash"_s;
    ContentItem once;
    once.id = RecordId(u"22222222-2222-4222-8222-222222222222"_s);
    once.title = u"Press release"_s;
    once.type = ContentType::PressRelease;
    once.status = ContentStatus::Idea;
    once.date = Date(2026, 2, 28);
    plan.content = {weekly, once};
    return plan;
}

const QDateTime kStamp(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT
private slots:
    void escapesText()
    {
        QCOMPARE(escapeICalText(u"a,b;c\\d\ne"_s), u"a\\,b\\;c\\\\d\\ne"_s);
        QCOMPARE(escapeICalText(u"one\r\ntwo\rthree"_s), u"one\\ntwo\\nthree"_s);
        // A tab may stay; other control characters may not appear in TEXT at all.
        QCOMPARE(escapeICalText(u"tab\there\x01\x7f"_s), u"tab\there"_s);
        QCOMPARE(unescapeICalText(u"a\\,b\\;c\\\\d\\ne\\Nf"_s), u"a,b;c\\d\ne\nf"_s);
        const QString awkward = testing::awkwardText();
        QCOMPARE(unescapeICalText(escapeICalText(awkward)), awkward);
    }

    void foldsAt75Octets()
    {
        // 75 octets fit on one line.
        const QString exact = u"SUMMARY:"_s + QString(67, u'x');
        QCOMPARE(foldICalLine(exact), exact.toUtf8() + "\r\n");
        // 12 + 100 = 112 octets: 75 on the first line, a space and the other 37 on the second.
        const QString longLine = u"DESCRIPTION:"_s + QString(100, u'x');
        QCOMPARE(foldICalLine(longLine), "DESCRIPTION:" + QByteArray(63, 'x') + "\r\n " + QByteArray(37, 'x') + "\r\n");
        // 8 + 30 × 3 octets (the euro sign): the cut may not split a sign, so the first line
        // takes 22 signs (74 octets) and the second a space and the other 8 (25 octets).
        const QString euros = u"SUMMARY:"_s + QString(30, QChar(0x20AC));
        const QList<QByteArray> lines = foldICalLine(euros).split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], "SUMMARY:" + QString(22, QChar(0x20AC)).toUtf8() + "\r");
        QCOMPARE(lines[1], " " + QString(8, QChar(0x20AC)).toUtf8() + "\r");
        QCOMPARE(lines[2], QByteArray());
    }

    void writesTheCalendarAsWorkedOut()
    {
        const QString expected = u"BEGIN:VCALENDAR\n"
                                 "VERSION:2.0\n"
                                 "PRODID:-//Campaign Planner//Campaign Planner " CPLAN_VERSION "//EN\n"
                                 "CALSCALE:GREGORIAN\n"
                                 "METHOD:PUBLISH\n"
                                 "X-WR-CALNAME:Tea\\, calendar\\; test\n"
                                 "BEGIN:VEVENT\n"
                                 "UID:11111111-1111-4111-8111-111111111111@campaign-planner\n"
                                 "DTSTAMP:20260301T120000Z\n"
                                 "DTSTART:20260303T093000\n"
                                 "DURATION:PT45M\n"
                                 "RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260428T235959\n"
                                 "EXDATE:20260317T093000\n"
                                 "SUMMARY:Tea tip Tuesday\n"
                                 "DESCRIPTION:Line 1\\nLine 2\\; with \\\\ backslash\n"
                                 "CATEGORIES:Social post,Spring\\, launch,Instagram\n"
                                 "STATUS:CONFIRMED\n"
                                 "X-CPLAN-TYPE:social-post\n"
                                 "X-CPLAN-STATUS:in-progress\n"
                                 "X-CPLAN-CHANNEL:Instagram\n"
                                 "X-CPLAN-CAMPAIGN:Spring\\, launch\n"
                                 "X-CPLAN-OWNER:Aiko Tanaka\n"
                                 "END:VEVENT\n"
                                 "BEGIN:VEVENT\n"
                                 "UID:22222222-2222-4222-8222-222222222222@campaign-planner\n"
                                 "DTSTAMP:20260301T120000Z\n"
                                 "DTSTART;VALUE=DATE:20260228\n"
                                 "DURATION:P1D\n"
                                 "SUMMARY:Press release\n"
                                 "CATEGORIES:Press release\n"
                                 "STATUS:TENTATIVE\n"
                                 "X-CPLAN-TYPE:press-release\n"
                                 "X-CPLAN-STATUS:idea\n"
                                 "END:VEVENT\n"
                                 "END:VCALENDAR\n"_s;
        QCOMPARE(QString::fromUtf8(writeICalendar(smallPlan(), kStamp)), QString::fromUtf8(crlf(expected)));
    }

    void everyLineIsFoldedAndEndsWithCrlf()
    {
        const QByteArray ics = writeICalendar(testing::fullPlan(), kStamp);
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray &line : ics.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
        QVERIFY(!ics.contains("\n\n"));
    }

    void durationsInDaysHoursAndMinutes()
    {
        Plan plan = smallPlan();
        plan.content[0].durationMinutes = 2 * 24 * 60 + 90; // 2 days, 1 h 30 min
        QVERIFY(writeICalendar(plan, kStamp).contains("\r\nDURATION:P2DT1H30M\r\n"));
        plan.content[0].durationMinutes = 120;
        QVERIFY(writeICalendar(plan, kStamp).contains("\r\nDURATION:PT2H\r\n"));
    }

    // A start that the rule does not include is no occurrence here (as in python-dateutil),
    // but calendar programs would show it: the export starts at the first real date.
    void startsAtTheFirstDateOfTheRule()
    {
        Plan plan = smallPlan();
        plan.content[0].date = Date(2026, 3, 2); // a Monday; the rule says Tuesdays
        const QByteArray ics = writeICalendar(plan, kStamp);
        QVERIFY(ics.contains("\r\nDTSTART:20260303T093000\r\n"));
    }

    void roundTripsThroughTheFile()
    {
        for (const Plan &plan : {smallPlan(), testing::fullPlan()}) {
            const QByteArray first = writeICalendar(plan, kStamp);
            const ICalendarImport read = readICalendar(first, plan);
            QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
            QVERIFY2(read.warnings.isEmpty(), qPrintable(read.warnings.join(u'\n')));
            QCOMPARE(read.items.size(), plan.content.size());
            for (std::size_t i = 0; i < plan.content.size(); ++i)
                QVERIFY2(read.items[i] == plan.content[i], qPrintable(plan.content[i].title));
            Plan again = plan;
            again.content = read.items;
            QCOMPARE(writeICalendar(again, kStamp), first);
        }
    }

    // RFC 5545 §3.8.5.3, read as events into items; the dates are the ones the RFC lists.
    void readsTheRfcExamples_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("daily for 10 occurrences")
            << u"DTSTART;TZID=America/New_York:19970902T090000\nRRULE:FREQ=DAILY;COUNT=10"_s << u"1997-12-31"_s
            << days("1997-09", {2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        QTest::newRow("every other week on Tuesday and Thursday, 8 times")
            << u"DTSTART;TZID=America/New_York:19970902T090000\nRRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH"_s
            << u"1997-12-31"_s << days("1997-09", {2, 4, 16, 18, 30}) + days("1997-10", {2, 14, 16});
        // UNTIL=19971224T000000Z is before 09:00 on 24 December, so the 24th is not in it.
        QTest::newRow("every other week on Monday, Wednesday and Friday until 24 December")
            << u"DTSTART;TZID=America/New_York:19970901T090000\n"
               "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR"_s
            << u"1997-12-31"_s
            << days("1997-09", {1, 3, 5, 15, 17, 19, 29}) + days("1997-10", {1, 3, 13, 15, 17, 27, 29, 31})
                   + days("1997-11", {10, 12, 14, 24, 26, 28}) + days("1997-12", {8, 10, 12, 22});
        QTest::newRow("monthly on the first Friday, 10 times")
            << u"DTSTART;TZID=America/New_York:19970905T090000\nRRULE:FREQ=MONTHLY;COUNT=10;BYDAY=1FR"_s
            << u"1998-12-31"_s
            << days("1997-09", {5}) + days("1997-10", {3}) + days("1997-11", {7}) + days("1997-12", {5})
                   + days("1998-01", {2}) + days("1998-02", {6}) + days("1998-03", {6}) + days("1998-04", {3})
                   + days("1998-05", {1}) + days("1998-06", {5});
        QTest::newRow("monthly on the second-to-last Monday, 6 times")
            << u"DTSTART;TZID=America/New_York:19970922T090000\nRRULE:FREQ=MONTHLY;COUNT=6;BYDAY=-2MO"_s
            << u"1998-12-31"_s
            << days("1997-09", {22}) + days("1997-10", {20}) + days("1997-11", {17}) + days("1997-12", {22})
                   + days("1998-01", {19}) + days("1998-02", {16});
        QTest::newRow("monthly on the first and last day, 10 times")
            << u"DTSTART;TZID=America/New_York:19970930T090000\nRRULE:FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1"_s
            << u"1998-12-31"_s
            << days("1997-09", {30}) + days("1997-10", {1, 31}) + days("1997-11", {1, 30}) + days("1997-12", {1, 31})
                   + days("1998-01", {1, 31}) + days("1998-02", {1});
        QTest::newRow("monthly on the third-to-last day")
            << u"DTSTART;TZID=America/New_York:19970928T090000\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-3"_s
            << u"1998-02-28"_s
            << days("1997-09", {28}) + days("1997-10", {29}) + days("1997-11", {28}) + days("1997-12", {29})
                   + days("1998-01", {29}) + days("1998-02", {26});
        QTest::newRow("yearly in June and July, 10 times")
            << u"DTSTART;TZID=America/New_York:19970610T090000\nRRULE:FREQ=YEARLY;COUNT=10;BYMONTH=6,7"_s
            << u"2005-12-31"_s
            << days("1997-06", {10}) + days("1997-07", {10}) + days("1998-06", {10}) + days("1998-07", {10})
                   + days("1999-06", {10}) + days("1999-07", {10}) + days("2000-06", {10}) + days("2000-07", {10})
                   + days("2001-06", {10}) + days("2001-07", {10});
        // §3.6.1: an anniversary, a DATE with a yearly rule.
        QTest::newRow("yearly anniversary (all day)")
            << u"DTSTART;VALUE=DATE:19971102\nRRULE:FREQ=YEARLY"_s << u"2000-12-31"_s
            << QStringList{u"1997-11-02"_s, u"1998-11-02"_s, u"1999-11-02"_s, u"2000-11-02"_s};
        // §3.8.5.1: EXDATE, here on a daily rule.
        QTest::newRow("excluded dates")
            << u"DTSTART:19960401T010000Z\nRRULE:FREQ=DAILY;COUNT=5\n"
               "EXDATE:19960402T010000Z,19960403T010000Z,19960404T010000Z"_s
            << u"1996-12-31"_s << QStringList{u"1996-04-01"_s, u"1996-04-05"_s};
    }

    void readsTheRfcExamples()
    {
        QFETCH(QString, event);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        const ICalendarImport read = readICalendar(crlf(calendarWith(u"UID:x@example.com\nSUMMARY:Example\n"_s + event)), Plan());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.items.size(), std::size_t(1));
        QCOMPARE(isoDates(itemOccurrences(read.items[0], Date(1990, 1, 1), *parseIsoDate(to))), expected);
    }

    // RFC 5545 §3.6.1's first example: folded text with escapes, UTC times, DTEND.
    void readsAFoldedConferenceEvent()
    {
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//xyz Corp//NONSGML PDA Calendar Version 1.0//EN\n"
                                    "BEGIN:VEVENT\nDTSTAMP:19960704T120000Z\nUID:uid1@example.com\n"
                                    "ORGANIZER:mailto:jsmith@example.com\nDTSTART:19960918T143000Z\n"
                                    "DTEND:19960920T220000Z\nSTATUS:CONFIRMED\nCATEGORIES:CONFERENCE\n"
                                    "SUMMARY:Networld+Interop Conference\nDESCRIPTION:Networld+Interop Conference\n"
                                    "  and Exhibit\\nAtlanta World Congress Center\\n\n Atlanta\\, Georgia\n"
                                    "END:VEVENT\nEND:VCALENDAR\n"_s);
        const ICalendarImport read = readICalendar(ics, Plan());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.items.size(), std::size_t(1));
        const ContentItem &item = read.items[0];
        QCOMPARE(item.title, u"Networld+Interop Conference"_s);
        QCOMPARE(item.notes, u"Networld+Interop Conference and Exhibit\nAtlanta World Congress Center\nAtlanta, Georgia"_s);
        QCOMPARE(toIsoString(item.date), u"1996-09-18"_s); // the test runs in UTC
        QCOMPARE(item.timeMinutes, std::optional<int>(14 * 60 + 30));
        QCOMPARE(item.durationMinutes, std::optional<int>(2 * 24 * 60 + 7 * 60 + 30)); // to 20 Sep 22:00
        QCOMPARE(item.status, ContentStatus::Planned);
        QCOMPARE(item.type, ContentType::Other);
        QVERIFY(item.recurrence.isEmpty());
        // The same UID gives the same id on every import.
        QCOMPARE(readICalendar(ics, Plan()).items[0].id, item.id);
        QVERIFY(!item.id.isNull());
    }

    void matchesNamesAgainstThePlan()
    {
        const Plan plan = smallPlan();
        const QByteArray ics = crlf(calendarWith(u"UID:y@example.com\nDTSTART;VALUE=DATE:20260410\nSUMMARY:Launch\n"
                                                 "X-CPLAN-CHANNEL:instagram\nX-CPLAN-CAMPAIGN:Spring\\, launch\n"
                                                 "X-CPLAN-OWNER:Nobody we know\nX-CPLAN-TYPE:video\nX-CPLAN-STATUS:ready"_s));
        const ICalendarImport read = readICalendar(ics, plan);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        const ContentItem &item = read.items.at(0);
        QCOMPARE(item.channelId, plan.channels[0].id);
        QCOMPARE(item.campaignId, plan.campaigns[0].id);
        QVERIFY(item.ownerId.isNull());
        QCOMPARE(item.type, ContentType::Video);
        QCOMPARE(item.status, ContentStatus::Ready);
        QVERIFY(!item.timeMinutes);
    }

    // A changed occurrence (RECURRENCE-ID) becomes an excluded date plus an item of its own;
    // a cancelled one only an excluded date.
    void changedOccurrencesBecomeItems()
    {
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n"
                                    "BEGIN:VEVENT\nUID:s@example.com\nDTSTART:20260303T093000\n"
                                    "RRULE:FREQ=WEEKLY;COUNT=4\nSUMMARY:Tip\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:s@example.com\nRECURRENCE-ID:20260310T093000\n"
                                    "DTSTART:20260312T110000\nSUMMARY:Tip (moved)\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:s@example.com\nRECURRENCE-ID:20260317T093000\n"
                                    "DTSTART:20260317T093000\nSTATUS:CANCELLED\nSUMMARY:Tip\nEND:VEVENT\n"
                                    "END:VCALENDAR\n"_s);
        const ICalendarImport read = readICalendar(ics, Plan());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.items.size(), std::size_t(2));
        QCOMPARE(isoDates(read.items[0].excludedDates), (QStringList{u"2026-03-10"_s, u"2026-03-17"_s}));
        QCOMPARE(isoDates(itemOccurrences(read.items[0], Date(2026, 1, 1), Date(2026, 12, 31))),
                 (QStringList{u"2026-03-03"_s, u"2026-03-24"_s}));
        QCOMPARE(read.items[1].title, u"Tip (moved)"_s);
        QCOMPARE(toIsoString(read.items[1].date), u"2026-03-12"_s);
        QCOMPARE(read.items[1].timeMinutes, std::optional<int>(11 * 60));
        QVERIFY(read.items[1].recurrence.isEmpty());
        QVERIFY(read.items[1].id != read.items[0].id);
    }

    // Found by fuzzing: a RECURRENCE-ID in a year no plan holds (6220) replaces no date of the
    // series; it used to put an unreadable date among the series' excluded dates and crash.
    void aChangedOccurrenceOutsideThePlansYearsExcludesNothing()
    {
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n"
                                    "BEGIN:VEVENT\nUID:s@example.com\nDTSTART:20260303T093000\n"
                                    "RRULE:FREQ=WEEKLY;COUNT=3\nSUMMARY:Tip\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:s@example.com\nRECURRENCE-ID:62200310T093000\n"
                                    "DTSTART:20260312T110000\nSUMMARY:Tip (moved)\nEND:VEVENT\n"
                                    "END:VCALENDAR\n"_s);
        const ICalendarImport read = readICalendar(ics, Plan());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.items.size(), std::size_t(2));
        QVERIFY(read.items[0].excludedDates.empty());
        QCOMPARE(isoDates(itemOccurrences(read.items[0], Date(2026, 1, 1), Date(2026, 12, 31))),
                 (QStringList{u"2026-03-03"_s, u"2026-03-10"_s, u"2026-03-17"_s}));
        QCOMPARE(read.items[1].title, u"Tip (moved)"_s);
        QCOMPARE(toIsoString(read.items[1].date), u"2026-03-12"_s);
    }

    void reportsBadFilesWithTheirLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << u"The file is empty."_s;
        QTest::newRow("not a calendar") << u"Hello: world\n"_s
                                        << u"Line 1: this is not an iCalendar file: it does not start with BEGIN:VCALENDAR."_s;
        QTest::newRow("no colon") << u"BEGIN:VCALENDAR\nVERSION:2.0\nthis line has none\nEND:VCALENDAR\n"_s
                                  << u"Line 3: 'this line has none' is not an iCalendar line (NAME:value). It was ignored."_s;
        QTest::newRow("cut off") << u"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\n"_s
                                 << u"Line 3 (no title): BEGIN:VEVENT is never closed; the file may be cut off."_s;
        QTest::newRow("wrong end") << u"BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\nEND:VCALENDAR\n"_s
                                   << u"Line 3 (no title): END:VTODO does not close BEGIN:VEVENT."_s;
        QTest::newRow("no start") << u"BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n"_s
                                  << u"Line 3 (x): the event has no start date (DTSTART)."_s;
        QTest::newRow("bad start") << u"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\n DTSTART:2027\nDTSTART:20271301\nEND:VEVENT\nEND:VCALENDAR\n"_s
                                   << u"Line 5 (xDTSTART:2027): '20271301' is not a date (DTSTART)."_s; // the folded line belongs to SUMMARY
        QTest::newRow("bad excluded date")
            << u"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20270101T100000\nRRULE:FREQ=DAILY\nEXDATE:20270102T100000,soon\nEND:VEVENT\nEND:VCALENDAR\n"_s
            << u"Line 5 (no title): 'soon' is not a date (EXDATE)."_s;
    }

    void reportsBadFilesWithTheirLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        // Only a file that is not iCalendar at all is refused; anything else leaves out the one
        // event (skipped) or the one line (a warning) and reads the rest.
        const ICalendarImport read = readICalendar(crlf(text), Plan());
        QCOMPARE(read.error.isEmpty() ? (read.skipped + read.warnings).join(u'|') : read.error, error);
        QVERIFY(read.items.empty());
    }

    // Two calendars in one file, a broken event among good ones, an RDATE, a New York series
    // across the March 2026 change of clocks (8 March: EST UTC-5 → EDT UTC-4).
    void readsEveryCalendarAndEachEventOnItsOwn()
    {
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a@x\nDTSTART;TZID=America/New_York:20260305T090000\n"
                                    "RRULE:FREQ=WEEKLY;COUNT=3\nRDATE;TZID=America/New_York:20260320T090000\nSUMMARY:Sync\nEND:VEVENT\n"
                                    "END:VCALENDAR\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:b@x\nSUMMARY:Broken\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:c@x\nDTSTART;VALUE=DATE:20260401\nSUMMARY:Launch\nEND:VEVENT\nEND:VCALENDAR\n"_s);
        const ICalendarImport newYork = readICalendar(ics, Plan(), QTimeZone("America/New_York"));
        QVERIFY2(newYork.error.isEmpty(), qPrintable(newYork.error));
        QCOMPARE(newYork.skipped, QStringList{u"Line 11 (Broken): the event has no start date (DTSTART)."_s});
        QCOMPARE(newYork.items.size(), std::size_t(3)); // the series, its RDATE, the launch
        // In the event's own zone the wall time stays 09:00 on 5, 12 and 19 March.
        QCOMPARE(isoDates(itemOccurrences(newYork.items[0], Date(2026, 1, 1), Date(2026, 12, 31))),
                 (QStringList{u"2026-03-05"_s, u"2026-03-12"_s, u"2026-03-19"_s}));
        QCOMPARE(newYork.items[0].timeMinutes, std::optional<int>(9 * 60));
        QCOMPARE(toIsoString(newYork.items[1].date), u"2026-03-20"_s);
        QCOMPARE(newYork.items[1].timeMinutes, std::optional<int>(9 * 60));
        QVERIFY(newYork.items[1].recurrence.isEmpty());
        QCOMPARE(newYork.items[2].title, u"Launch"_s);
        QVERIFY(!newYork.items[2].timeMinutes);
        QVERIFY(newYork.warnings.isEmpty());
        // In UTC: 09:00 EST = 14:00 on 5 March, 09:00 EDT = 13:00 from 12 March; one time per
        // series, so the first is kept and the difference said. The RDATE: 09:00 EDT = 13:00.
        const ICalendarImport utc = readICalendar(ics, Plan(), QTimeZone("UTC"));
        QCOMPARE(utc.items[0].timeMinutes, std::optional<int>(14 * 60));
        QCOMPARE(utc.items[1].timeMinutes, std::optional<int>(13 * 60));
        QCOMPARE(utc.warnings, QStringList{u"Line 4: 'Sync' repeats at a fixed time in another time zone, which changes its "
                                           "clocks on other days than this computer's; every date was kept at 14:00, which is "
                                           "13:00 on 2026-03-12."_s});
    }

    // RFC 5545 §3.6.1's other events: UTC times with DTEND (one overnight), a yearly
    // all-day anniversary, an all-day festival; read in UTC and in New York (EDT, UTC-4, in
    // September 1997; still EST, UTC-5, on 1 April 1997: summer time began on 6 April).
    void readsTheRfcEventExamples()
    {
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//RFC 5545//3.6.1//EN\n"
                                    "BEGIN:VEVENT\nUID:19970901T130000Z-123401@example.com\nDTSTAMP:19970901T130000Z\n"
                                    "DTSTART:19970903T163000Z\nDTEND:19970903T190000Z\nSUMMARY:Annual Employee Review\n"
                                    "CLASS:PRIVATE\nCATEGORIES:BUSINESS,HUMAN RESOURCES\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:19970901T130000Z-123402@example.com\nDTSTAMP:19970901T130000Z\n"
                                    "DTSTART:19970401T163000Z\nDTEND:19970402T010000Z\nSUMMARY:Laurel is in sabbatical leave\n"
                                    "CLASS:CONFIDENTIAL\nCATEGORIES:PERSONAL,SABBATICAL\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:19970901T130000Z-123403@example.com\nDTSTAMP:19970901T130000Z\n"
                                    "DTSTART;VALUE=DATE:19971102\nSUMMARY:Our Blissful Anniversary\nTRANSP:TRANSPARENT\n"
                                    "CLASS:CONFIDENTIAL\nCATEGORIES:ANNIVERSARY,PERSONAL,SPECIAL OCCASION\nRRULE:FREQ=YEARLY\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:20070423T123432Z-541111@example.com\nDTSTAMP:20070423T123432Z\n"
                                    "DTSTART;VALUE=DATE:20070628\nDTEND;VALUE=DATE:20070709\n"
                                    "SUMMARY:Festival International de Jazz de Montreal\nTRANSP:TRANSPARENT\nEND:VEVENT\n"
                                    "END:VCALENDAR\n"_s);
        for (const char *zone : {"UTC", "America/New_York"}) {
            const bool utc = qstrcmp(zone, "UTC") == 0;
            const ICalendarImport read = readICalendar(ics, Plan(), QTimeZone(zone));
            QVERIFY2(read.error.isEmpty() && read.skipped.isEmpty() && read.warnings.isEmpty(),
                     qPrintable(read.error + (read.skipped + read.warnings).join(u'\n')));
            QCOMPARE(read.items.size(), std::size_t(4));
            QCOMPARE(read.items[0].title, u"Annual Employee Review"_s);
            QCOMPARE(toIsoString(read.items[0].date), u"1997-09-03"_s);
            QCOMPARE(read.items[0].timeMinutes, std::optional<int>(utc ? 16 * 60 + 30 : 12 * 60 + 30));
            QCOMPARE(read.items[0].durationMinutes, std::optional<int>(150)); // 16:30 to 19:00
            QCOMPARE(toIsoString(read.items[1].date), u"1997-04-01"_s);
            QCOMPARE(read.items[1].timeMinutes, std::optional<int>(utc ? 16 * 60 + 30 : 11 * 60 + 30));
            QCOMPARE(read.items[1].durationMinutes, std::optional<int>(8 * 60 + 30)); // to 01:00 the next day
            // Dates stay the dates written, in every zone.
            QVERIFY(!read.items[2].timeMinutes);
            QCOMPARE(isoDates(itemOccurrences(read.items[2], Date(1997, 1, 1), Date(1999, 12, 31))),
                     (QStringList{u"1997-11-02"_s, u"1998-11-02"_s, u"1999-11-02"_s}));
            QCOMPARE(toIsoString(read.items[3].date), u"2007-06-28"_s);
            QVERIFY(!read.items[3].timeMinutes);
            QVERIFY(!read.items[3].durationMinutes);
        }
    }

    // Outlook's zone names: "W. Europe Standard Time" with its VTIMEZONE (DST from the last
    // Sunday of March, 29 March 2026, to the last Sunday of October, 25 October 2026).
    void readsAWindowsZoneWithItsChangeOfClocks()
    {
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\n"
                                    "BEGIN:VTIMEZONE\nTZID:W. Europe Standard Time\n"
                                    "BEGIN:STANDARD\nDTSTART:16011028T030000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\n"
                                    "TZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\n"
                                    "BEGIN:DAYLIGHT\nDTSTART:16010325T020000\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\n"
                                    "TZOFFSETFROM:+0100\nTZOFFSETTO:+0200\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
                                    "BEGIN:VEVENT\nUID:w@x\nDTSTART;TZID=W. Europe Standard Time:20260320T100000\n"
                                    "DTEND;TZID=W. Europe Standard Time:20260320T103000\nRRULE:FREQ=WEEKLY;COUNT=4\n"
                                    "SUMMARY:Outlook weekly\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:o@x\nDTSTART;TZID=W. Europe Standard Time:20261025T120000\n"
                                    "SUMMARY:On the change day\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:s@x\nDTSTART;TZID=W. Europe Standard Time:20260701T100000\n"
                                    "SUMMARY:Summer\nEND:VEVENT\nEND:VCALENDAR\n"_s);
        // In Berlin's own zone every date of the series is at 10:00.
        const ICalendarImport berlin = readICalendar(ics, Plan(), QTimeZone("Europe/Berlin"));
        QVERIFY2(berlin.error.isEmpty() && berlin.warnings.isEmpty(), qPrintable(berlin.warnings.join(u'\n')));
        QCOMPARE(berlin.items.size(), std::size_t(3));
        QCOMPARE(isoDates(itemOccurrences(berlin.items[0], Date(2026, 1, 1), Date(2026, 12, 31))),
                 (QStringList{u"2026-03-20"_s, u"2026-03-27"_s, u"2026-04-03"_s, u"2026-04-10"_s}));
        QCOMPARE(berlin.items[0].timeMinutes, std::optional<int>(10 * 60));
        QCOMPARE(berlin.items[0].durationMinutes, std::optional<int>(30));
        QCOMPARE(berlin.items[1].timeMinutes, std::optional<int>(12 * 60));
        // In UTC: 10:00 CET = 09:00 on 20 and 27 March, 10:00 CEST = 08:00 from 3 April: the
        // first kept, the difference said. 12:00 on 25 October is after 03:00, CET: 11:00.
        // 10:00 on 1 July is CEST: 08:00.
        const ICalendarImport utc = readICalendar(ics, Plan(), QTimeZone("UTC"));
        QCOMPARE(utc.items[0].timeMinutes, std::optional<int>(9 * 60));
        QCOMPARE(utc.warnings, QStringList{u"Line 21: 'Outlook weekly' repeats at a fixed time in another time zone, which "
                                           "changes its clocks on other days than this computer's; every date was kept at "
                                           "09:00, which is 08:00 on 2026-04-03."_s});
        QCOMPARE(utc.items[1].timeMinutes, std::optional<int>(11 * 60));
        QCOMPARE(utc.items[2].timeMinutes, std::optional<int>(8 * 60));
    }

    // America/New_York changes its clocks on 8 March 2026 at 02:00 EST (UTC-5) to 03:00 EDT
    // (UTC-4). A timed event's length is the time that really passes: DURATION as written,
    // DTEND as the difference of the two instants; the plan's zone is New York.
    void aTimedEventAcrossTheChangeOfClocks()
    {
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n"
                                    "BEGIN:VEVENT\nUID:d@x\nDTSTART;TZID=America/New_York:20260308T010000\nDURATION:PT3H\n"
                                    "SUMMARY:Night shift (duration)\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:e@x\nDTSTART;TZID=America/New_York:20260308T010000\n"
                                    "DTEND;TZID=America/New_York:20260308T040000\nSUMMARY:Night shift (end)\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:f@x\nDTSTART:20260308T060000Z\nDTEND:20260308T090000Z\n"
                                    "SUMMARY:Night shift (UTC)\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:g@x\nDTSTART;VALUE=DATE:20260308\nSUMMARY:All day on the change\nEND:VEVENT\n"
                                    "END:VCALENDAR\n"_s);
        const ICalendarImport read = readICalendar(ics, Plan(), QTimeZone("America/New_York"));
        QVERIFY2(read.error.isEmpty() && read.warnings.isEmpty(), qPrintable(read.warnings.join(u'\n')));
        QCOMPARE(read.items.size(), std::size_t(4));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(toIsoString(read.items[i].date), u"2026-03-08"_s);
            QCOMPARE(read.items[i].timeMinutes, std::optional<int>(60)); // 01:00 EST; 06:00Z is 01:00 EST too
        }
        QCOMPARE(read.items[0].durationMinutes, std::optional<int>(180));
        QCOMPARE(read.items[1].durationMinutes, std::optional<int>(120)); // 01:00 EST to 04:00 EDT: two hours
        QCOMPARE(read.items[2].durationMinutes, std::optional<int>(180)); // 06:00Z to 09:00Z
        QVERIFY(!read.items[3].timeMinutes);                              // all day stays all day
        QVERIFY(!read.items[3].durationMinutes);
    }

    void leavesOutWhatItCannotUseWithAWarning()
    {
        const QByteArray ics = crlf(u"BEGIN:VCALENDAR\nVERSION:2.0\n"
                                    "BEGIN:VTIMEZONE\nTZID:Europe/Berlin\nBEGIN:STANDARD\nDTSTART:19701025T030000\nEND:STANDARD\nEND:VTIMEZONE\n"
                                    "BEGIN:VEVENT\nUID:a@x\nDTSTART:20260101T100000\nRRULE:FREQ=DAILY;BYHOUR=9,17\nSUMMARY:Twice a day\nEND:VEVENT\n"
                                    "BEGIN:VTODO\nUID:b@x\nSUMMARY:Buy tea\nEND:VTODO\n"
                                    "BEGIN:VEVENT\nUID:c@x\nDTSTART;TZID=Europe/Berlin:20260105T100000\nSUMMARY:Kept\n"
                                    "BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-PT15M\nEND:VALARM\nEND:VEVENT\n"
                                    "BEGIN:VEVENT\nUID:d@x\nDTSTART;VALUE=DATE:18991231\nSUMMARY:Old\nEND:VEVENT\n"
                                    "END:VCALENDAR\n"_s);
        const ICalendarImport read = readICalendar(ics, Plan());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.items.size(), std::size_t(1));
        QCOMPARE(read.items[0].title, u"Kept"_s);
        // 10:00 in Berlin in January (CET, UTC+1) is 09:00 in the plan's zone, UTC here.
        QCOMPARE(read.items[0].timeMinutes, std::optional<int>(9 * 60));
        QCOMPARE(read.warnings, QStringList{u"Line 5: a part of the time zone Europe/Berlin has no readable DTSTART or TZOFFSETTO and was left out."_s});
        QCOMPARE(read.skipped.size(), 3);
        QVERIFY2(read.skipped[0].startsWith(u"Line 12 (Twice a day): its repeat rule cannot be used"_s), qPrintable(read.skipped[0]));
        QCOMPARE(read.skipped[1], u"Line 15 (Buy tea): the to-do has no date (DTSTART or DUE)."_s);
        QVERIFY2(read.skipped[2].startsWith(u"Line 28 (Old): Content item 'Old': "_s), qPrintable(read.skipped[2]));
    }
};

int main(int argc, char *argv[])
{
    // Times in UTC ("...Z") are read into this computer's time zone; the expected values are UTC.
    qputenv("TZ", "UTC");
    tzset();
    QCoreApplication application(argc, argv);
    TestICalendar test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_icalendar.moc"
