// Comparing two versions of a plan. The expected figures were worked out by hand below.
#include "plandiff.h"

#include <QJsonArray>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace cplan;

namespace {

Money eur(double major)
{
    return *Money::fromMajor(major);
}

// Horizon Jan-Mar 2026, gross margin 50 %, fixed cost 2000 a month.
// "Search ads" (cpc 1.00, lead 10 %, close 50 %, order 100): each 1.00 spent gives 1 click,
//   0.1 lead, 0.05 customer, 5.00 revenue.
//   "Search test" 1-31 Jan, 1000: revenue 5000. "Roll-out" 1-31 Mar, 2000: revenue 10000.
// "Newsletter" (flat, 500 visits a month, lead 10 %, close 50 %, order 100): phase all three
//   months, 300 (100 a month): 500 clicks, 50 leads, 25 customers, revenue 2500 a month.
// Before:
//   Jan: revenue 7500, gross 3750, spend 1100, fixed 2000, operating 650, cumulative 650.
//   Feb: revenue 2500, gross 1250, spend 100, fixed 2000, operating -850, cumulative -200.
//   Mar: revenue 12500, gross 6250, spend 2100, fixed 2000, operating 2150, cumulative 1950.
//   Spend 3300, revenue 22500, gross 11250; ROI (11250 - 3300) / 3300 = 2.4090909 (240.9 %);
//   break-even March (cumulative >= 0 from then on).
// After moving "Roll-out" to 1-28 Feb and raising the newsletter's budget to 600 (200 a month):
//   Jan: revenue 7500, gross 3750, spend 1200, fixed 2000, operating 550, cumulative 550.
//   Feb: revenue 12500, gross 6250, spend 2200, fixed 2000, operating 2050, cumulative 2600.
//   Mar: revenue 2500, gross 1250, spend 200, fixed 2000, operating -950, cumulative 1650.
//   Spend 3600 (+300), revenue 22500 (same); ROI (11250 - 3600) / 3600 = 2.125 (212.5 %,
//   -28.4 points); break-even January (2 months earlier).
Plan basePlan()
{
    Plan plan = makeBlankPlan(QStringLiteral("Tea shop"));
    plan.settings.startMonth = {2026, 1};
    plan.settings.months = 3;
    plan.settings.grossMargin = 0.5;
    plan.team = {{newRecordId(), QStringLiteral("Jonas"), QStringLiteral("Marketer"), 40.0}};

    Channel search;
    search.id = newRecordId();
    search.name = QStringLiteral("Search ads");
    search.kind = ChannelKind::PaidSearch;
    search.costModel = CostModel::Cpc;
    search.costPerClick = eur(1);
    search.leadRate = 0.1;
    search.closeRate = 0.5;
    search.averageOrderValue = eur(100);
    Channel newsletter = search;
    newsletter.id = newRecordId();
    newsletter.name = QStringLiteral("Newsletter");
    newsletter.kind = ChannelKind::Email;
    newsletter.costModel = CostModel::Flat;
    newsletter.visitsPerMonth = 500;
    plan.channels = {search, newsletter};

    auto phase = [](const Channel &channel, const char *name, Date start, Date end, double budget) {
        RolloutPhase p;
        p.id = newRecordId();
        p.channelId = channel.id;
        p.name = QLatin1String(name);
        p.kind = PhaseKind::Rollout;
        p.start = start;
        p.end = end;
        p.budget = eur(budget);
        return p;
    };
    plan.phases = {phase(search, "Search test", Date(2026, 1, 1), Date(2026, 1, 31), 1000),
                   phase(search, "Roll-out", Date(2026, 3, 1), Date(2026, 3, 31), 2000),
                   phase(newsletter, "Newsletter", Date(2026, 1, 1), Date(2026, 3, 31), 300)};
    plan.fixedCosts = {{newRecordId(), QStringLiteral("Shop platform"), eur(2000), {2026, 1}, std::nullopt, {}}};

    Kpi kpi{newRecordId(), search.id, QStringLiteral("Cost per lead"), QStringLiteral("EUR"), BetterWhen::Lower, KpiAggregation::Average,
            {{YearMonth{2026, 1}, 12.0}, {YearMonth{2026, 2}, 11.0}}, {{Date(2026, 1, 31), 12.5}}};
    plan.kpis = {kpi};
    plan.campaigns = {{newRecordId(), QStringLiteral("Spring"), QStringLiteral("Launch"), Date(2026, 1, 1),
                       Date(2026, 3, 31), QStringLiteral("#22aa66"), eur(5000), {}}};
    ContentItem tip;
    tip.id = newRecordId();
    tip.title = QStringLiteral("Tea tip Tuesday");
    tip.type = ContentType::SocialPost;
    tip.channelId = search.id;
    tip.campaignId = plan.campaigns.front().id;
    tip.ownerId = plan.team.front().id;
    tip.date = Date(2026, 1, 6);
    tip.recurrence = QStringLiteral("FREQ=WEEKLY;BYDAY=TU");
    tip.excludedDates = {Date(2026, 1, 13)};
    ContentItem press = tip;
    press.id = newRecordId();
    press.title = QStringLiteral("Press release");
    press.type = ContentType::PressRelease;
    press.recurrence.clear();
    press.excludedDates.clear();
    plan.content = {tip, press};
    plan.segments = {{newRecordId(), QStringLiteral("Students"), QStringLiteral("Cheap tea"), 1000, eur(50), 0.5, 0.1, {}}};
    return plan;
}

// The four edits a manager is told about.
Plan editedPlan(const Plan &before)
{
    Plan after = before;
    after.channels[0].name = QStringLiteral("Google Ads");
    after.phases[1].start = Date(2026, 2, 1);
    after.phases[1].end = Date(2026, 2, 28);
    after.content.erase(after.content.begin() + 1);
    after.phases[2].budget = eur(600);
    return after;
}

template<typename List>
void reverse(List &list)
{
    std::reverse(list.begin(), list.end());
}

const RecordChange *findChange(const PlanDiff &diff, const QString &kind, const QString &name)
{
    for (const SectionChanges &section : diff.sections) {
        for (const RecordChange &record : section.records) {
            if (record.kind == kind && record.name == name)
                return &record;
        }
    }
    return nullptr;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void sameOrReorderedPlanHasNoChanges()
    {
        const Plan plan = basePlan();
        QVERIFY(comparePlans(plan, plan).isEmpty());
        Plan reordered = plan;
        reverse(reordered.channels);
        reverse(reordered.phases);
        reverse(reordered.content);
        reverse(reordered.segments);
        QVERIFY(!(reordered == plan));
        const PlanDiff diff = comparePlans(plan, reordered);
        QVERIFY(diff.isEmpty());
        QCOMPARE(diff.changeCount(), 0);
        for (const HeadlineChange &figure : diff.headline)
            QVERIFY2(!figure.changed, qPrintable(figure.key));
    }

    void fourKnownEditsAndNothingElse()
    {
        const Plan before = basePlan();
        const PlanDiff diff = comparePlans(before, editedPlan(before));
        QCOMPARE(diff.changeCount(), 4);
        QCOMPARE(diff.sections.size(), std::size_t(3));
        QCOMPARE(diff.sections[0].key, QStringLiteral("channels"));
        QCOMPARE(diff.sections[1].key, QStringLiteral("rollout"));
        QCOMPARE(diff.sections[2].key, QStringLiteral("calendar"));

        const RecordChange &channel = diff.sections[0].records.at(0);
        QCOMPARE(channel.change, ChangeKind::Changed);
        QCOMPARE(channel.id, before.channels[0].id);
        QCOMPARE(channel.name, QStringLiteral("Search ads"));
        QCOMPARE(channel.fields.size(), std::size_t(1));
        QCOMPARE(channel.fields[0].key, QStringLiteral("name"));
        QCOMPARE(channel.fields[0].before, QStringLiteral("Search ads"));
        QCOMPARE(channel.fields[0].after, QStringLiteral("Google Ads"));

        const auto &phases = diff.sections[1].records;
        QCOMPARE(phases.size(), std::size_t(2));
        QCOMPARE(phases[0].name, QStringLiteral("Roll-out"));
        QCOMPARE(phases[0].fields.size(), std::size_t(2));
        QCOMPARE(phases[0].fields[0].label, QStringLiteral("Start"));
        QCOMPARE(phases[0].fields[0].before, QStringLiteral("2026-03-01"));
        QCOMPARE(phases[0].fields[0].after, QStringLiteral("2026-02-01"));
        QCOMPARE(phases[0].fields[1].before, QStringLiteral("2026-03-31"));
        QCOMPARE(phases[0].fields[1].after, QStringLiteral("2026-02-28"));
        QCOMPARE(phases[1].name, QStringLiteral("Newsletter"));
        QCOMPARE(phases[1].fields.size(), std::size_t(1));
        QCOMPARE(phases[1].fields[0].before, QStringLiteral("300.00 EUR"));
        QCOMPARE(phases[1].fields[0].after, QStringLiteral("600.00 EUR"));
        QCOMPARE(phases[1].fields[0].afterValue.toDouble(), 600.0);

        const RecordChange &removed = diff.sections[2].records.at(0);
        QCOMPARE(removed.change, ChangeKind::Removed);
        QCOMPARE(removed.name, QStringLiteral("Press release"));
        // The removed item's fields, with references by name: the channel as it was named.
        const auto channelField = std::find_if(removed.fields.begin(), removed.fields.end(),
                                               [](const FieldChange &f) { return f.key == QLatin1String("channel"); });
        QVERIFY(channelField != removed.fields.end());
        QCOMPARE(channelField->before, QStringLiteral("Search ads"));
        QVERIFY(channelField->after.isEmpty());
    }

    void headlineFiguresMoveAsWorkedOut()
    {
        const Plan before = basePlan();
        const PlanDiff diff = comparePlans(before, editedPlan(before));
        QCOMPARE(diff.headline.size(), std::size_t(4));
        const HeadlineChange &budget = diff.headline[0];
        QCOMPARE(budget.key, QStringLiteral("budget"));
        QCOMPARE(budget.before, QStringLiteral("3300.00 EUR"));
        QCOMPARE(budget.after, QStringLiteral("3600.00 EUR"));
        QCOMPARE(budget.change, QStringLiteral("+300.00 EUR"));
        QCOMPARE(budget.changeValue.toDouble(), 300.0);
        const HeadlineChange &revenue = diff.headline[1];
        QVERIFY(!revenue.changed);
        QCOMPARE(revenue.before, QStringLiteral("22500.00 EUR"));
        const HeadlineChange &roi = diff.headline[2];
        QCOMPARE(roi.before, QStringLiteral("240.9 %"));
        QCOMPARE(roi.after, QStringLiteral("212.5 %"));
        QCOMPARE(roi.change, QString(QChar(0x2212)) + QStringLiteral("28.4 percentage points"));
        QVERIFY(qAbs(roi.changeValue.toDouble() - (2.125 - 7950.0 / 3300.0)) < 1e-6);
        const HeadlineChange &breakEven = diff.headline[3];
        QCOMPARE(breakEven.before, QStringLiteral("2026-03"));
        QCOMPARE(breakEven.after, QStringLiteral("2026-01"));
        QCOMPARE(breakEven.change, QStringLiteral("2 months earlier"));
        QCOMPARE(breakEven.changeValue.toInt(), -2);
    }

    void textReadsGroupedBySection()
    {
        const Plan before = basePlan();
        const QString text = diffText(comparePlans(before, editedPlan(before)), QStringLiteral("old.cplan"),
                                      QStringLiteral("new.cplan"));
        const QString expected = QStringLiteral(
            "Changes from old.cplan to new.cplan: 4 changes\n"
            "\n"
            "Headline figures\n"
            "  Marketing budget: 3300.00 EUR \u2192 3600.00 EUR (+300.00 EUR)\n"
            "  Revenue: 22500.00 EUR (no change)\n"
            "  ROI: 240.9 % \u2192 212.5 % (\u221228.4 percentage points)\n"
            "  Break-even month: 2026-03 \u2192 2026-01 (2 months earlier)\n"
            "\n"
            "Channels\n"
            "  ~ Channel \u201CSearch ads\u201D: Name \u201CSearch ads\u201D \u2192 \u201CGoogle Ads\u201D\n"
            "\n"
            "Roll-out\n"
            "  ~ Roll-out phase \u201CRoll-out\u201D:\n"
            "      Start \u201C2026-03-01\u201D \u2192 \u201C2026-02-01\u201D\n"
            "      End \u201C2026-03-31\u201D \u2192 \u201C2026-02-28\u201D\n"
            "  ~ Roll-out phase \u201CNewsletter\u201D: Budget \u201C300.00 EUR\u201D \u2192 \u201C600.00 EUR\u201D\n"
            "\n"
            "Calendar\n"
            "  - Content item \u201CPress release\u201D removed\n");
        QCOMPARE(text, expected);
    }

    void jsonCarriesValuesAndIds()
    {
        const Plan before = basePlan();
        const QJsonObject json = diffJson(comparePlans(before, editedPlan(before)), QStringLiteral("a"), QStringLiteral("b"));
        QCOMPARE(json.value(QStringLiteral("changeCount")).toInt(), 4);
        const QJsonObject budget = json.value(QStringLiteral("headline")).toObject().value(QStringLiteral("budget")).toObject();
        QCOMPARE(budget.value(QStringLiteral("old")).toDouble(), 3300.0);
        QCOMPARE(budget.value(QStringLiteral("new")).toDouble(), 3600.0);
        QCOMPARE(budget.value(QStringLiteral("change")).toDouble(), 300.0);
        const QJsonObject breakEven = json.value(QStringLiteral("headline")).toObject().value(QStringLiteral("breakEvenMonth")).toObject();
        QCOMPARE(breakEven.value(QStringLiteral("new")).toString(), QStringLiteral("2026-01"));
        const QJsonArray sections = json.value(QStringLiteral("sections")).toArray();
        QCOMPARE(sections.size(), 3);
        const QJsonObject channel = sections[0].toObject().value(QStringLiteral("changes")).toArray()[0].toObject();
        QCOMPARE(channel.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
        QCOMPARE(channel.value(QStringLiteral("kind")).toString(), QStringLiteral("channel"));
        QCOMPARE(channel.value(QStringLiteral("id")).toString(), before.channels[0].id.toString(QUuid::WithoutBraces));
        const QJsonObject field = channel.value(QStringLiteral("fields")).toArray()[0].toObject();
        QCOMPARE(field.value(QStringLiteral("old")).toString(), QStringLiteral("Search ads"));
        QCOMPARE(field.value(QStringLiteral("new")).toString(), QStringLiteral("Google Ads"));
        const QJsonObject removed = sections[2].toObject().value(QStringLiteral("changes")).toArray()[0].toObject();
        QCOMPARE(removed.value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
    }

    void addedRecordsAndOtherParts()
    {
        const Plan before = basePlan();
        Plan after = before;
        after.competitors.push_back({newRecordId(), QStringLiteral("TeaCo"), QStringLiteral("Bags"), {}, {}, {}, {}, {}});
        after.segments.clear();
        after.kpis[0].monthlyTargets[YearMonth{2026, 2}] = 10.5;
        after.kpis[0].monthlyTargets[YearMonth{2026, 3}] = 10.0;
        after.kpis[0].actuals.clear();
        after.content[0].excludedDates.push_back(Date(2026, 1, 20));
        after.content[0].campaignId = {};
        after.settings.grossMargin = 0.55;
        after.texts.strategy = QStringLiteral("<p>Search <b>first</b> &amp; then email</p>");
        after.approval.status = ApprovalStatus::Approved;
        after.approval.by = QStringLiteral("Anna");
        after.comments.push_back({newRecordId(), {}, QStringLiteral("channels"), before.channels[1].id,
                                  QStringLiteral("Anna"), QDateTime(QDate(2026, 1, 5), QTime(9, 30), Qt::UTC),
                                  QStringLiteral("Why flat?"), false});
        const PlanDiff diff = comparePlans(before, after);
        // Added competitor, removed segment, changed KPI, content item, settings, texts,
        // approval, added comment.
        QCOMPARE(diff.changeCount(), 8);

        const RecordChange *competitor = findChange(diff, QStringLiteral("competitor"), QStringLiteral("TeaCo"));
        QVERIFY(competitor);
        QCOMPARE(competitor->change, ChangeKind::Added);
        QCOMPARE(competitor->fields.at(1).label, QStringLiteral("Offering"));
        QCOMPARE(competitor->fields.at(1).after, QStringLiteral("Bags"));
        QVERIFY(competitor->fields.at(1).beforeValue.isUndefined());
        const RecordChange *segment = findChange(diff, QStringLiteral("segment"), QStringLiteral("Students"));
        QVERIFY(segment);
        QCOMPARE(segment->change, ChangeKind::Removed);

        const RecordChange *kpi = findChange(diff, QStringLiteral("kpi"), QStringLiteral("Cost per lead"));
        QVERIFY(kpi);
        QCOMPARE(kpi->fields.size(), std::size_t(3));
        QCOMPARE(kpi->fields[0].label, QStringLiteral("Target for 2026-02"));
        QCOMPARE(kpi->fields[0].before, QStringLiteral("11"));
        QCOMPARE(kpi->fields[0].after, QStringLiteral("10.5"));
        QCOMPARE(kpi->fields[1].label, QStringLiteral("Target for 2026-03"));
        QVERIFY(kpi->fields[1].beforeValue.isUndefined());
        QCOMPARE(kpi->fields[2].label, QStringLiteral("Actual on 2026-01-31"));
        QVERIFY(kpi->fields[2].afterValue.isUndefined());

        const RecordChange *tip = findChange(diff, QStringLiteral("content"), QStringLiteral("Tea tip Tuesday"));
        QVERIFY(tip);
        QCOMPARE(tip->fields.size(), std::size_t(2));
        QCOMPARE(tip->fields[0].label, QStringLiteral("Campaign"));
        QCOMPARE(tip->fields[0].before, QStringLiteral("Spring"));
        QCOMPARE(tip->fields[0].after, QStringLiteral("none"));
        QCOMPARE(tip->fields[1].before, QStringLiteral("2026-01-13"));
        QCOMPARE(tip->fields[1].after, QStringLiteral("2026-01-13, 2026-01-20"));

        const RecordChange *settings = findChange(diff, QStringLiteral("settings"), QStringLiteral("Plan settings"));
        QVERIFY(settings);
        QCOMPARE(settings->fields.size(), std::size_t(1));
        QCOMPARE(settings->fields[0].before, QStringLiteral("50 %"));
        QCOMPARE(settings->fields[0].after, QStringLiteral("55 %"));
        const RecordChange *texts = findChange(diff, QStringLiteral("texts"), QStringLiteral("Business plan texts"));
        QVERIFY(texts);
        QCOMPARE(texts->fields[0].after, QStringLiteral("Search first & then email"));
        const RecordChange *approval = findChange(diff, QStringLiteral("approval"), QStringLiteral("Approval"));
        QVERIFY(approval);
        QCOMPARE(approval->fields.size(), std::size_t(2));
        QCOMPARE(approval->fields[0].after, QStringLiteral("Approved"));
        const RecordChange *comment = findChange(diff, QStringLiteral("comment"), QStringLiteral("Anna, 2026-01-05 09:30 UTC"));
        QVERIFY(comment);
        QCOMPARE(comment->change, ChangeKind::Added);
        const auto onRecord = std::find_if(comment->fields.begin(), comment->fields.end(),
                                           [](const FieldChange &f) { return f.key == QLatin1String("record"); });
        QCOMPARE(onRecord->after, QStringLiteral("Newsletter"));
        QCOMPARE(diff.sections.back().key, QStringLiteral("review"));
    }

    void renamedReferenceIsNotAChangeOfTheReferrer()
    {
        const Plan before = basePlan();
        Plan after = before;
        after.team[0].name = QStringLiteral("Jonas B.");
        const PlanDiff diff = comparePlans(before, after);
        // The content items owned by Jonas still point at the same person.
        QCOMPARE(diff.changeCount(), 1);
        QCOMPARE(diff.sections[0].records[0].kind, QStringLiteral("teamMember"));
    }
};

QTEST_GUILESS_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
