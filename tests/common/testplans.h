#pragma once

// Plans built in code for the tests: every field set, with awkward text.
#include "plan.h"

#include <QString>

namespace cplan::testing {

inline Money eur(double major)
{
    return *Money::fromMajor(major);
}

// Text that has broken naive code before: quotes, SQL, emoji, Chinese, Persian (RTL), HTML.
inline QString awkwardText()
{
    return QStringLiteral("It's \"quoted\"; '); DROP TABLE channel; -- 🚀 营销计划 برنامه بازاریابی <b>&amp;</b>\nline 2\ttab");
}

inline Plan fullPlan()
{
    Plan plan = makeBlankPlan(QStringLiteral("Full plan ") + awkwardText());
    PlanSettings &s = plan.settings;
    s.author = QStringLiteral("Maya Lindqvist");
    s.currency = QStringLiteral("EUR");
    s.startMonth = {2026, 3};
    s.months = 18;
    s.grossMargin = 0.55;
    s.minimumRoiToScale = 0.25;
    s.scenarios = {0.7, 1.0, 1.35};
    PlanTexts &t = plan.texts;
    t = {QStringLiteral("<h1>Research</h1><ul><li>one</li></ul>"), QStringLiteral("Strategy ") + awkwardText(),
         QStringLiteral("Rationale"), QStringLiteral("Audience"), QStringLiteral("What to say"),
         QStringLiteral("How to say it"), QStringLiteral("Objectives"), QStringLiteral("Partners"),
         QStringLiteral("Priorities"), QStringLiteral("Recommendations")};

    const RecordId segment = newRecordId();
    plan.segments = {{segment, QStringLiteral("Students"), QStringLiteral("Cheap tea"), 120000, eur(84.5), 0.35, 0.04, awkwardText()}};
    plan.personas = {{newRecordId(), QStringLiteral("Lena"), segment, QStringLiteral("Calm"), QStringLiteral("Yoga"),
                      QStringLiteral("Focus"), QStringLiteral("Instagram"), {}}};
    plan.competitors = {{newRecordId(), QStringLiteral("TeaCo"), QStringLiteral("Bags"), QStringLiteral("Price"),
                         QStringLiteral("Taste"), QStringLiteral("4 EUR"), QStringLiteral("https://teaco.example"), {}}};
    const RecordId owner = newRecordId();
    plan.team = {{owner, QStringLiteral("Jonas"), QStringLiteral("Performance marketer"), 32.5}};

    Channel ads;
    ads.id = newRecordId();
    ads.name = QStringLiteral("Google Ads");
    ads.kind = ChannelKind::PaidSearch;
    ads.ownerId = owner;
    ads.status = ChannelStatus::Testing;
    ads.costModel = CostModel::Cpc;
    ads.costPerClick = eur(0.85);
    ads.costPerMille = eur(0);
    ads.clickThroughRate = 0.0;
    ads.visitsPerMonth = 0.0;
    ads.leadRate = 0.06;
    ads.closeRate = 0.25;
    ads.averageOrderValue = eur(42.9);
    ads.targetCostPerLead = eur(12.5);
    ads.notes = awkwardText();
    Channel banner = ads;
    banner.id = newRecordId();
    banner.name = QStringLiteral("Banner");
    banner.kind = ChannelKind::Display;
    banner.ownerId = {};
    banner.costModel = CostModel::Cpm;
    banner.costPerMille = eur(6.4);
    banner.clickThroughRate = 0.008;
    banner.targetCostPerLead.reset();
    plan.channels = {ads, banner};

    RolloutPhase test;
    test.id = newRecordId();
    test.channelId = ads.id;
    test.name = QStringLiteral("Search test");
    test.kind = PhaseKind::Test;
    test.start = Date(2026, 3, 2);
    test.end = Date(2026, 4, 12);
    test.budget = eur(1500);
    test.actualSpend = eur(1432.17);
    test.actualRevenue = eur(4210.5);
    test.actualLeads = 131;
    test.notes = QStringLiteral("first test");
    RolloutPhase rollout = test;
    rollout.id = newRecordId();
    rollout.name = QStringLiteral("Roll-out");
    rollout.kind = PhaseKind::Rollout;
    rollout.start = Date(2026, 4, 13);
    rollout.end = Date(2026, 12, 31);
    rollout.budget = eur(12000);
    rollout.actualSpend.reset();
    rollout.actualRevenue.reset();
    rollout.actualLeads.reset();
    plan.phases = {test, rollout};

    Kpi kpi;
    kpi.id = newRecordId();
    kpi.channelId = ads.id;
    kpi.name = QStringLiteral("Cost per lead");
    kpi.unit = QStringLiteral("EUR");
    kpi.betterWhen = BetterWhen::Lower;
    kpi.aggregation = KpiAggregation::Average; // a ratio (its name says so), not what the unit EUR alone suggests
    kpi.monthlyTargets = {{YearMonth{2026, 3}, 14.0}, {YearMonth{2026, 4}, 12.75}};
    kpi.actuals = {{Date(2026, 3, 31), 13.1}, {Date(2026, 4, 30), 11.9}};
    Kpi siteWide{newRecordId(), {}, QStringLiteral("Organic traffic"), QStringLiteral("visits"), BetterWhen::Higher, KpiAggregation::Sum, {}, {}};
    plan.kpis = {kpi, siteWide};

    plan.fixedCosts = {{newRecordId(), QStringLiteral("Shop platform"), eur(79), {2026, 3}, std::nullopt, {}},
                       {newRecordId(), QStringLiteral("Designer"), eur(1200.01), {2026, 6}, YearMonth{2026, 9}, QStringLiteral("freelance")}};
    const RecordId campaign = newRecordId();
    plan.campaigns = {{campaign, QStringLiteral("Spring"), QStringLiteral("Launch"), Date(2026, 3, 1), Date(2026, 5, 31),
                       QStringLiteral("#22aa66"), eur(5000), {}}};
    ContentItem weekly;
    weekly.id = newRecordId();
    weekly.title = QStringLiteral("Tea tip Tuesday, ") + awkwardText();
    weekly.type = ContentType::SocialPost;
    weekly.channelId = banner.id;
    weekly.campaignId = campaign;
    weekly.ownerId = owner;
    weekly.status = ContentStatus::InProgress;
    weekly.date = Date(2026, 3, 3);
    weekly.timeMinutes = 9 * 60 + 30;
    weekly.durationMinutes = 45;
    weekly.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=10");
    weekly.excludedDates = {Date(2026, 3, 17), Date(2026, 4, 7)};
    weekly.notes = QStringLiteral("notes");
    ContentItem once{newRecordId(), QStringLiteral("Press release"), ContentType::PressRelease, {}, {}, {},
                     ContentStatus::Idea, Date(2026, 2, 28), std::nullopt, std::nullopt, {}, {}, {}};
    plan.content = {weekly, once};

    const RecordId comment = newRecordId();
    plan.comments = {{comment, {}, QStringLiteral("channels"), ads.id, QStringLiteral("Anna"),
                      QDateTime(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC), QStringLiteral("Why so much?"), false},
                     {newRecordId(), comment, QStringLiteral("channels"), ads.id, QStringLiteral("Maya"),
                      QDateTime(QDate(2026, 11, 20), QTime(11, 0, 5), Qt::UTC), QStringLiteral("Because."), true}};
    plan.approval = {ApprovalStatus::ChangesRequested, QStringLiteral("Anna"),
                     QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC), QStringLiteral("Less on banners"),
                     {{ApprovalStatus::InReview, QStringLiteral("Maya"), QDateTime(QDate(2026, 11, 19), QTime(8, 0), Qt::UTC), {}},
                      {ApprovalStatus::ChangesRequested, QStringLiteral("Anna"), QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC), QStringLiteral("Less on banners")}}};
    return plan;
}

// fullPlan() with the four edits a manager is told about:
// - the channel "Banner" renamed "Display banner";
// - the phase "Search test" moved a week later (2 Mar - 12 Apr -> 9 Mar - 19 Apr, 42 days each);
// - the content item "Press release" deleted;
// - the budget of the phase "Roll-out" raised from 12000 to 15000.
// Budget before: 1500 + 12000 = 13500, after 1500 + 15000 = 16500, both phases inside the
// horizon (March 2026 - August 2027).
inline Plan withFourEdits(const Plan &before)
{
    Plan after = before;
    after.channels[1].name = QStringLiteral("Display banner");
    after.phases[0].start = Date(2026, 3, 9);
    after.phases[0].end = Date(2026, 4, 19);
    after.content.erase(after.content.begin() + 1);
    after.phases[1].budget = eur(15000);
    return after;
}

} // namespace cplan::testing
