// The limits a plan file or a JSON import may not pass (planlimits.h): each one's message, the
// boundary on both sides, and that a hostile plan is refused without reading all of it.
#include "planjson.h"
#include "planlimits.h"
#include "richtext.h"
#include "testplans.h"

#include <QLocale>
#include <QTest>

using namespace cplan;

namespace {

QStringList messages(const std::vector<Problem> &problems)
{
    QStringList list;
    for (const Problem &p : problems)
        list.append(p.message);
    return list;
}

QString nested(int depth)
{
    return QStringLiteral("<b>").repeated(depth) + QStringLiteral("deep") + QStringLiteral("</b>").repeated(depth);
}

ContentItem dailyItem(const Date &start)
{
    ContentItem item;
    item.id = newRecordId();
    item.title = QStringLiteral("Daily post");
    item.date = start;
    item.recurrence = QStringLiteral("FREQ=DAILY");
    return item;
}

} // namespace

class TestPlanLimits : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theFullPlanIsWithinTheLimits()
    {
        QCOMPARE(messages(checkPlanLimits(testing::fullPlan())), QStringList());
    }

    void numbersReadTheSameEverywhere()
    {
        QCOMPARE(groupedNumber(0), QStringLiteral("0"));
        QCOMPARE(groupedNumber(999), QStringLiteral("999"));
        QCOMPARE(groupedNumber(1000), QStringLiteral("1,000"));
        QCOMPARE(groupedNumber(50000000), QStringLiteral("50,000,000"));
        QCOMPARE(groupedNumber(-1234567), QStringLiteral("-1,234,567"));
    }

    void longValuesAreElided()
    {
        QCOMPARE(elidedForMessage(QStringLiteral("short")), QStringLiteral("short"));
        QCOMPARE(elidedForMessage(QString(61, QLatin1Char('x'))), QString(59, QLatin1Char('x')) + QChar(0x2026));
        // An emoji (two UTF-16 units) across the cut is left out whole, not halved.
        const QString emoji = QString(58, QLatin1Char('x')) + QStringLiteral("🚀") + QStringLiteral("yy");
        QCOMPARE(elidedForMessage(emoji), QString(58, QLatin1Char('x')) + QChar(0x2026));
    }

    // A name is refused one character past the limit, with both lengths and the record named;
    // the message quotes 59 characters of it, not all of it.
    void nameLength()
    {
        Plan plan = testing::fullPlan();
        plan.channels[0].name = QString(planlimits::name, QLatin1Char('n'));
        QCOMPARE(messages(validatePlan(plan)), QStringList());
        plan.channels[0].name.append(QLatin1Char('n'));
        const std::vector<Problem> problems = validatePlan(plan);
        QCOMPARE(messages(problems),
                 QStringList{QStringLiteral("Channel '%1': 10,001 characters in the name; the most a name or a "
                                            "one-line field can hold is 10,000")
                                 .arg(QString(59, QLatin1Char('n')) + QChar(0x2026))});
        QCOMPARE(problems[0].recordId, plan.channels[0].id);
        QCOMPARE(problems[0].field, QStringLiteral("name"));
    }

    void theFirstLimitBrokenIsTheOneSaid()
    {
        Plan plan = testing::fullPlan();
        plan.settings.name = QString(20000, QLatin1Char('p'));
        plan.segments[0].notes = QString(planlimits::notes + 1, QLatin1Char('s'));
        QCOMPARE(messages(checkPlanLimits(plan)),
                 QStringList{QStringLiteral("Plan settings: 20,000 characters in the plan's name; the most a "
                                            "name or a one-line field can hold is 10,000")});
        plan.settings.name = QStringLiteral("Tea");
        QCOMPARE(messages(checkPlanLimits(plan)),
                 QStringList{QStringLiteral("Segment 'Students': 100,001 characters in the notes; the most a "
                                            "note can hold is 100,000")});
    }

    void richTextLength()
    {
        Plan plan = testing::fullPlan();
        plan.texts.strategy = QString(planlimits::richText, QLatin1Char('w'));
        QCOMPARE(messages(checkPlanLimits(plan)), QStringList());
        plan.texts.strategy.append(QLatin1Char('w'));
        QCOMPARE(messages(checkPlanLimits(plan)),
                 QStringList{QStringLiteral("Business plan: 1,000,001 characters in the strategy; the most a "
                                            "business plan text can hold is 1,000,000")});
    }

    void richTextNesting()
    {
        Plan plan = testing::fullPlan();
        plan.texts.rationale = nested(32);
        QCOMPARE(messages(checkPlanLimits(plan)), QStringList());
        const QString refused = QStringLiteral("Business plan: the rationale nests its formatting more than 32 levels "
                                               "deep (tags inside tags); the most a text can nest is 32");
        plan.texts.rationale = nested(33);
        QCOMPARE(messages(checkPlanLimits(plan)), QStringList{refused});
        plan.texts.rationale = nested(100000); // the received plan of the issue: 0.7 MB of <b>
        QCOMPARE(messages(checkPlanLimits(plan)), QStringList{refused});
    }

    void nestingDepth_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<int>("depth");
        QTest::newRow("plain text") << QStringLiteral("a <b> that is not markup") << 0;
        QTest::newRow("paragraph, bold") << QStringLiteral("<p><b>x</b></p>") << 2;
        QTest::newRow("siblings") << QStringLiteral("<p>a</p><p><i>b</i></p><p>c</p>") << 2;
        QTest::newRow("paragraphs left open") << QStringLiteral("<p>a<p>b<p>c") << 1;
        QTest::newRow("list items left open") << QStringLiteral("<ul><li>a<li>b<li>c</ul><p>d") << 2;
        QTest::newRow("void and self-closed") << QStringLiteral("<p>a<br>b<br/><img src=\"x.png\"/><hr></p>") << 1;
        QTest::newRow("end tags never opened") << QStringLiteral("<b></i></i></u></b>") << 1;
        QTest::newRow("end tag closes what it holds") << QStringLiteral("<div><b><i>x</div><p>y</p>") << 3;
        QTest::newRow("comment") << QStringLiteral("<!-- <b><b><b> --><p>x</p>") << 1;
        QTest::newRow("upper case") << QStringLiteral("<P><B>x</b></p><p>y</P>") << 2;
        // What the editor writes (QTextDocument::toHtml): html > head > style, html > body > p > span.
        QTest::newRow("editor html")
            << QStringLiteral("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\"><html><head><meta name=\"qrichtext\" "
                              "content=\"1\" /><style type=\"text/css\">p, li { white-space: pre-wrap; }</style></head>"
                              "<body><p><span style=\"font-weight:700;\">Bold</span> plain</p></body></html>")
            << 4;
    }

    void nestingDepth()
    {
        QFETCH(QString, html);
        QFETCH(int, depth);
        QCOMPARE(htmlNestingDepth(html), depth);
    }

    // Counting stops one past the limit, and 200,000 stray end tags read in one pass.
    void nestingStopsPastTheLimit()
    {
        QCOMPARE(htmlNestingDepth(nested(100000), 32), 33);
        QCOMPARE(htmlNestingDepth(nested(100000)), 100000);
        QCOMPARE(htmlNestingDepth(QStringLiteral("<p>") + QStringLiteral("</i>").repeated(200000)), 1);
    }

    void recordCounts()
    {
        Plan plan = testing::fullPlan();
        plan.segments.resize(planlimits::records + 1, plan.segments[0]);
        QCOMPARE(messages(checkPlanLimits(plan)),
                 QStringList{QStringLiteral("the plan has 10,001 segments; the most a plan can hold is 10,000")});
        plan = testing::fullPlan();
        plan.content.resize(planlimits::contentItems + 1, plan.content[1]);
        QCOMPARE(messages(checkPlanLimits(plan)),
                 QStringList{QStringLiteral("the plan has 200,001 content items; the most a plan can hold is 200,000")});
    }

    void datesPerRecord()
    {
        Plan plan = testing::fullPlan();
        Kpi &kpi = plan.kpis[0];
        kpi.actuals.clear();
        Date day(1950, 1, 1);
        for (std::size_t i = 0; i <= planlimits::datesPerRecord; ++i, day += boost::gregorian::days(1))
            kpi.actuals.push_back({day, 1.0});
        QCOMPARE(messages(checkPlanLimits(plan)),
                 QStringList{QStringLiteral("KPI '%1' has 100,001 actuals; the most one record can hold is 100,000")
                                 .arg(kpi.name)});
    }

    // The full plan's horizon is March 2026 to August 2027: 549 days, so a daily item has 549
    // dates, and its weekly item 8. 1,821 daily items make 999,729 + 8 dates; 1,822 pass 1,000,000.
    void calendarDates()
    {
        Plan plan = testing::fullPlan();
        plan.content.resize(plan.content.size() + 1821, dailyItem(Date(2026, 3, 1)));
        QCOMPARE(messages(checkPlanLimits(plan)), QStringList());
        plan.content.push_back(dailyItem(Date(2026, 3, 1)));
        const std::vector<Problem> problems = checkPlanLimits(plan);
        QCOMPARE(messages(problems),
                 QStringList{QStringLiteral("the content calendar has more than 1,000,000 dates within the plan's 18 "
                                            "months; the most a plan can hold is 1,000,000")});
        QCOMPARE(problems[0].field, QStringLiteral("recurrence"));
    }

    // A counted rule is walked from its first date however far before the horizon that is, so
    // the counts together are limited too. The full plan's weekly item counts 10; with two
    // items of 499,995 that is 1,000,000 exactly.
    void repeatCounts()
    {
        Plan plan = testing::fullPlan();
        ContentItem counted = dailyItem(Date(1900, 1, 1));
        counted.recurrence = QStringLiteral("FREQ=DAILY;COUNT=499995");
        plan.content.push_back(counted);
        plan.content.push_back(counted);
        QCOMPARE(messages(checkPlanLimits(plan)), QStringList());
        plan.content.back().recurrence = QStringLiteral("FREQ=DAILY;COUNT=499996");
        QCOMPARE(messages(checkPlanLimits(plan)),
                 QStringList{QStringLiteral("the content items' repeat rules count more than 1,000,000 dates together "
                                            "(COUNT=…); the most a plan can hold is 1,000,000")});
    }

    // The JSON door says the same as the file door (validatePlan is shared).
    void jsonImportAppliesTheLimits()
    {
        Plan plan = testing::fullPlan();
        plan.texts.strategy = nested(1000);
        const JsonImportResult imported = planFromJson(planToJson(plan));
        QVERIFY(!imported.plan);
        QCOMPARE(imported.error, QStringLiteral("Business plan: the strategy nests its formatting more than 32 levels "
                                                "deep (tags inside tags); the most a text can nest is 32"));
    }
};

QTEST_GUILESS_MAIN(TestPlanLimits)
#include "tst_planlimits.moc"
