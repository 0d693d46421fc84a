// The calendar as CSV: RFC 4180 quoting and one row per occurrence inside the horizon.
#include "calendarcsv.h"
#include "testplans.h"

#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

class TestCalendarCsv : public QObject
{
    Q_OBJECT
private slots:
    void quotesOnlyWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"Tea tip"_s << u"Tea tip"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"Tea, cups"_s << u"\"Tea, cups\""_s;
        QTest::newRow("quotes") << u"Say \"hi\""_s << u"\"Say \"\"hi\"\"\""_s;
        QTest::newRow("line break") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
        QTest::newRow("carriage return") << u"one\rtwo"_s << u"\"one\rtwo\""_s;
        QTest::newRow("leading space") << u" padded"_s << u"\" padded\""_s;
        QTest::newRow("semicolon and unicode") << u"Grüner Tee; 🍵"_s << u"Grüner Tee; 🍵"_s;
    }
    void quotesOnlyWhatNeedsIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(csvField(text), field);
    }

    void rowsEndWithCrlf()
    {
        QCOMPARE(csvRow({u"a"_s, u"b,c"_s, QString()}), u"a,\"b,c\",\r\n"_s);
    }

    // The full test plan: 18 months from March 2026. The weekly item repeats on Tuesdays
    // from 3 March, 10 times (to 5 May), minus 17 March and 7 April: 8 rows. The one-off
    // press release on 28 February 2026 is before the horizon.
    void writesOneRowPerOccurrenceInTheHorizon()
    {
        const Plan plan = testing::fullPlan();
        const QString title = u"\"Tea tip Tuesday, It's \"\"quoted\"\"; '); DROP TABLE channel; -- 🚀 营销计划 برنامه بازاریابی "
                              "<b>&amp;</b>\nline 2\ttab\""_s;
        QString expected = u"date,time,title,type,channel,campaign,owner,status\r\n"_s;
        for (const char *date : {"2026-03-03", "2026-03-10", "2026-03-24", "2026-03-31", "2026-04-14", "2026-04-21",
                                 "2026-04-28", "2026-05-05"})
            expected += QLatin1String(date) + u",09:30,"_s + title + u",social-post,Banner,Spring,Jonas,in-progress\r\n"_s;
        QCOMPARE(QString::fromUtf8(writeCalendarCsv(plan)), expected);
        QVERIFY(!writeCalendarCsv(plan).startsWith("\xEF\xBB\xBF"));
    }

    // Within a day: items without a time first, then by time, then in the plan's order. The
    // last day of the horizon counts; the day after does not.
    void ordersByDateThenTime()
    {
        Plan plan = makeBlankPlan(u"Order"_s);
        plan.settings.startMonth = {2026, 1};
        plan.settings.months = 1;
        const auto item = [](const QString &title, Date date, std::optional<int> time) {
            ContentItem i;
            i.id = newRecordId();
            i.title = title;
            i.date = date;
            i.timeMinutes = time;
            i.status = ContentStatus::Planned;
            return i;
        };
        plan.content = {item(u"late"_s, Date(2026, 1, 31), 17 * 60), item(u"after"_s, Date(2026, 2, 1), std::nullopt),
                        item(u"early"_s, Date(2026, 1, 31), 8 * 60 + 5), item(u"all day"_s, Date(2026, 1, 31), std::nullopt),
                        item(u"first"_s, Date(2026, 1, 1), std::nullopt), item(u"before"_s, Date(2025, 12, 31), std::nullopt)};
        QCOMPARE(QString::fromUtf8(writeCalendarCsv(plan)),
                 u"date,time,title,type,channel,campaign,owner,status\r\n"
                 "2026-01-01,,first,blog-post,,,,planned\r\n"
                 "2026-01-31,,all day,blog-post,,,,planned\r\n"
                 "2026-01-31,08:05,early,blog-post,,,,planned\r\n"
                 "2026-01-31,17:00,late,blog-post,,,,planned\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestCalendarCsv)
#include "tst_calendarcsv.moc"
