#include "testplans.h"
#include "validation.h"

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

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void theFullPlanIsValid()
    {
        QCOMPARE(messages(validatePlan(testing::fullPlan())), QStringList());
    }

    void settings()
    {
        PlanSettings s = testing::fullPlan().settings;
        s.name = QStringLiteral("  ");
        s.currency = QStringLiteral("eur");
        s.months = 121;
        s.grossMargin = -0.1;
        s.scenarios.optimistic = 11;
        QCOMPARE(messages(validateSettings(s)),
                 (QStringList{QStringLiteral("Plan settings: the plan needs a name"),
                              QStringLiteral("Plan settings: 'eur' is not an ISO 4217 currency code such as EUR or USD"),
                              QStringLiteral("Plan settings: the horizon must be between 1 and 120 months (found 121)"),
                              QStringLiteral("Plan settings: the gross margin must be between 0 and 100 %"),
                              QStringLiteral("Plan settings: scenario factors must be between 0 and 10")}));
    }

    void segmentShares()
    {
        Segment s = testing::fullPlan().segments[0];
        s.serviceableShare = 1.01;
        s.obtainableShare = std::numeric_limits<double>::quiet_NaN();
        s.customers = -5;
        s.annualSpendPerCustomer = Money::fromMinorUnits(-1);
        QCOMPARE(messages(validateSegment(s, 2)),
                 (QStringList{QStringLiteral("Segment 'Students': the number of customers must not be negative"),
                              QStringLiteral("Segment 'Students': annual spend per customer must not be negative"),
                              QStringLiteral("Segment 'Students': serviceable share must be between 0 and 100 %"),
                              QStringLiteral("Segment 'Students': obtainable share must be between 0 and 100 %")}));
    }

    void channelCostModels()
    {
        Channel c = testing::fullPlan().channels[0];
        c.costPerClick = Money();
        c.leadRate = 2;
        QCOMPARE(messages(validateChannel(c)),
                 (QStringList{QStringLiteral("Channel 'Google Ads': lead rate must be between 0 and 100 %"),
                              QStringLiteral("Channel 'Google Ads': a channel paid per click needs a cost per click above zero")}));
        c = testing::fullPlan().channels[1];
        c.costPerMille = Money();
        c.clickThroughRate = -0.1;
        QCOMPARE(messages(validateChannel(c)),
                 (QStringList{QStringLiteral("Channel 'Banner': click-through rate must be between 0 and 100 %"),
                              QStringLiteral("Channel 'Banner': a channel paid per thousand impressions needs a cost per thousand above zero")}));
    }

    void phaseDatesAndMoney()
    {
        RolloutPhase p = testing::fullPlan().phases[0];
        p.end = Date(2026, 3, 1);
        p.budget = Money::fromMinorUnits(-100);
        p.actualLeads = -1;
        QCOMPARE(messages(validatePhase(p)),
                 (QStringList{QStringLiteral("Roll-out phase 'Search test': it ends (2026-03-01) before it starts (2026-03-02)"),
                              QStringLiteral("Roll-out phase 'Search test': the budget must not be negative"),
                              QStringLiteral("Roll-out phase 'Search test': actual leads must not be negative")}));
    }

    void contentItems()
    {
        ContentItem item = testing::fullPlan().content[0];
        item.title.clear();
        item.timeMinutes = 24 * 60;
        item.durationMinutes = 0;
        item.recurrence = QStringLiteral("FREQ=HOURLY");
        item.excludedDates = {Date(2026, 4, 7), Date(2026, 3, 17)};
        const QStringList list = messages(validateContentItem(item));
        QCOMPARE(list.size(), 5);
        QCOMPARE(list[0], QStringLiteral("Content item: the title must not be empty"));
        QCOMPARE(list[1], QStringLiteral("Content item: the time must be between 00:00 and 23:59"));
        QCOMPARE(list[2], QStringLiteral("Content item: the duration must be between 1 minute and 7 days"));
        QVERIFY2(list[3].startsWith(QStringLiteral("Content item: the repeat rule is not valid: ")), qPrintable(list[3]));
        QCOMPARE(list[4], QStringLiteral("Content item: excluded dates must be in order, each once"));
    }

    void otherRecords()
    {
        Plan plan = testing::fullPlan();
        plan.team[0].weeklyCapacityHours = 200;
        plan.campaigns[0].colour = QStringLiteral("green");
        plan.fixedCosts[1].endMonth = YearMonth{2026, 5};
        plan.kpis[0].actuals = {{Date(2026, 4, 30), 1}, {Date(2026, 3, 31), 2}};
        plan.comments[0].text = QStringLiteral(" ");
        QCOMPARE(messages(validatePlan(plan)),
                 (QStringList{QStringLiteral("Team member 'Jonas': weekly capacity must be between 0 and 168 hours"),
                              QStringLiteral("KPI 'Cost per lead': actuals must be in date order, one per date (2026-03-31)"),
                              QStringLiteral("Fixed cost 'Designer': it ends (2026-05) before it starts (2026-06)"),
                              QStringLiteral("Campaign 'Spring': the colour must look like #3b82f6"),
                              QStringLiteral("Comment by Anna: the comment is empty")}));
    }

    void referencesAndIds()
    {
        Plan plan = testing::fullPlan();
        plan.personas[0].segmentId = newRecordId();
        plan.content[0].ownerId = newRecordId();
        plan.comments[1].parentId = plan.comments[1].id;
        plan.competitors[0].id = plan.team[0].id;
        QCOMPARE(messages(validatePlan(plan)),
                 (QStringList{QStringLiteral("Persona 'Lena' refers to a segment that is not in the plan"),
                              QStringLiteral("Competitor 'TeaCo' has the same id as another record"),
                              // A long title is quoted by its first 59 characters and an ellipsis.
                              QStringLiteral("Content item 'Tea tip Tuesday, It's \"quoted\"; '); DROP TABLE channel; -- …' "
                                             "refers to a team member that is not in the plan"),
                              QStringLiteral("A comment cannot reply to itself")}));
    }

    // Names up to 200 characters, one-line texts up to 2,000, notes up to 20,000: one more is
    // refused with both lengths, and the record is quoted by its first 59 characters.
    void textLengths()
    {
        Channel c = testing::fullPlan().channels[0];
        c.name = QString(200, QLatin1Char('n'));
        c.notes = QString(20000, QLatin1Char('x'));
        QCOMPARE(messages(validateChannel(c)), QStringList());
        c.name = QString(10000, QLatin1Char('n'));
        c.notes = QString(20001, QLatin1Char('x'));
        const QString quoted = QString(59, QLatin1Char('n')) + QChar(0x2026);
        QCOMPARE(messages(validateChannel(c)),
                 (QStringList{QStringLiteral("Channel '%1': the name is 10000 characters long; at most 200 fit").arg(quoted),
                              QStringLiteral("Channel '%1': the notes is 20001 characters long; at most 20000 fit").arg(quoted)}));
        const std::vector<Problem> problems = validateChannel(c);
        QCOMPARE(problems[0].field, QStringLiteral("name"));
        QCOMPARE(problems[1].field, QStringLiteral("notes"));

        TeamMember m = testing::fullPlan().team[0];
        m.role = QString(2001, QLatin1Char('r'));
        QCOMPARE(messages(validateTeamMember(m)),
                 QStringList{QStringLiteral("Team member 'Jonas': the role is 2001 characters long; at most 2000 fit")});
        m.role = QString(2000, QLatin1Char('r'));
        QCOMPARE(messages(validateTeamMember(m)), QStringList());

        ContentItem item = testing::fullPlan().content[0];
        item.title = QString(201, QLatin1Char('t'));
        QCOMPARE(messages(validateContentItem(item)),
                 QStringList{QStringLiteral("Content item '%1': the title is 201 characters long; at most 200 fit")
                                 .arg(QString(59, QLatin1Char('t')) + QChar(0x2026))});
    }

    // A file that already holds a longer text or an odd website still opens: validatePlan()
    // applies only the rules a stored plan must keep.
    void typingRulesDoNotRefuseAFile()
    {
        Plan plan = testing::fullPlan();
        plan.channels[0].name = QString(10000, QLatin1Char('n'));
        plan.competitors[0].website = QStringLiteral("not a url at all");
        QCOMPARE(messages(validatePlan(plan)), QStringList());
        QVERIFY(validateChannel(plan.channels[0])[0].typingRule);
        QVERIFY(validateCompetitor(plan.competitors[0])[0].typingRule);
    }

    void websites()
    {
        QVERIFY(isWebsite(QString()));
        QVERIFY(isWebsite(QStringLiteral("https://teaco.example")));
        QVERIFY(isWebsite(QStringLiteral("http://www.example.com/pricing?plan=1")));
        QVERIFY(isWebsite(QStringLiteral("http://localhost:8080/")));
        QVERIFY(!isWebsite(QStringLiteral("not a url at all")));
        QVERIFY(!isWebsite(QStringLiteral("ftp://example.com")));
        QVERIFY(!isWebsite(QStringLiteral("https://")));
        QVERIFY(!isWebsite(QStringLiteral("http://intranet")));
        QVERIFY(!isWebsite(QStringLiteral("example.com"))); // bare: normalised first, see below
        QVERIFY(!isWebsite(QStringLiteral("mailto:anna@example.com")));

        QCOMPARE(normalisedWebsite(QStringLiteral("  example.com ")), QStringLiteral("https://example.com"));
        QCOMPARE(normalisedWebsite(QStringLiteral("www.tee-haus.de/preise")), QStringLiteral("https://www.tee-haus.de/preise"));
        QCOMPARE(normalisedWebsite(QStringLiteral("http://example.com")), QStringLiteral("http://example.com"));
        QCOMPARE(normalisedWebsite(QStringLiteral("not a url at all")), QStringLiteral("not a url at all"));
        QCOMPARE(normalisedWebsite(QStringLiteral("teaco")), QStringLiteral("teaco"));

        Competitor co = testing::fullPlan().competitors[0];
        co.website = QStringLiteral("not a url at all");
        QCOMPARE(messages(validateCompetitor(co)),
                 QStringList{QStringLiteral("Competitor 'TeaCo': 'not a url at all' is not a web address; type one "
                                            "such as https://example.com or example.com")});
        QCOMPARE(validateCompetitor(co)[0].field, QStringLiteral("website"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
