// The calendar's models: tables of items, campaigns and team (validated, undoable edits), the
// occurrence model and its filters, the workload, and the occurrence edits as commands. Every
// model runs under QAbstractItemModelTester while it changes.
//
// The full test plan's weekly item repeats on Tuesdays from 3 March 2026, 10 times (to
// 5 May), without 17 March and 7 April; its one-off press release is on 28 February 2026.
#include "calendaredits.h"
#include "calendarfiltermodel.h"
#include "calendarmodels.h"
#include "occurrencemodel.h"
#include "testplans.h"
#include "workloadmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

QStringList dates(const QAbstractItemModel &model)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(OccurrenceModel::DateRole).toDate().toString(Qt::ISODate));
    return values;
}

QStringList iso(std::initializer_list<const char *> list)
{
    QStringList values;
    for (const char *date : list)
        values.append(QString::fromLatin1(date));
    return values;
}

// The weekly item with a title that reads well in command names.
Plan simpler(Plan plan)
{
    plan.content[0].title = u"Tea tip Tuesday"_s;
    return plan;
}

const ContentItem &weekly(const Document &document)
{
    return document.plan().content[0];
}

} // namespace

class TestCalendarModels : public QObject
{
    Q_OBJECT
private slots:
    void contentItemsTableEditsAreCommands()
    {
        Document document(testing::fullPlan());
        auto *model = makeContentItemsModel(&document, &document);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(model, &RecordTableModelBase::editRefused);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, ContentTitle).data().toString(), u"Press release"_s);
        QCOMPARE(model->index(0, ContentRepeats).data().toString(), u"Weekly on Tuesday, 10 times"_s);
        QCOMPARE(model->index(0, ContentRepeats).data(Qt::EditRole).toString(), u"FREQ=WEEKLY;BYDAY=TU;COUNT=10"_s);
        QCOMPARE(model->index(0, ContentTime).data().toString(), u"09:30"_s);
        QCOMPARE(model->index(0, ContentChannel).data().toString(), u"Banner"_s);

        QVERIFY(model->setData(model->index(1, ContentStatus_), u"Ready"_s, Qt::EditRole));
        QCOMPARE(document.plan().content[1].status, ContentStatus::Ready);
        QCOMPARE(document.undoStack()->undoText(), u"Change status"_s);
        QVERIFY(model->setData(model->index(1, ContentDate), QDate(2026, 4, 2), Qt::EditRole));
        QCOMPARE(document.plan().content[1].date, Date(2026, 4, 2));
        QVERIFY(model->setData(model->index(1, ContentOwner), u"jonas"_s, Qt::EditRole));
        QCOMPARE(document.plan().content[1].ownerId, document.plan().team[0].id);
        QVERIFY(model->setData(model->index(1, ContentRepeats), u"rrule:freq=monthly;bymonthday=-1"_s, Qt::EditRole));
        QCOMPARE(document.plan().content[1].recurrence, u"FREQ=MONTHLY;BYMONTHDAY=-1"_s);
        document.undoStack()->undo();
        QVERIFY(document.plan().content[1].recurrence.isEmpty());

        // Refused, with the reason.
        QVERIFY(!model->setData(model->index(1, ContentTitle), u"  "_s, Qt::EditRole));
        QCOMPARE(refused.takeLast().at(0).toString(), u"Content item: the title must not be empty"_s);
        QVERIFY(!model->setData(model->index(1, ContentRepeats), u"FREQ=HOURLY"_s, Qt::EditRole));
        QVERIFY2(refused.takeLast().at(0).toString().startsWith(u"Content item 'Press release': the repeat rule is not valid"_s),
                 "a bad rule is refused");
        QVERIFY(!model->setData(model->index(1, ContentOwner), u"Nobody"_s, Qt::EditRole));
        QCOMPARE(refused.takeLast().at(0).toString(), u"'Nobody' is not a valid owner."_s);
        QVERIFY(!model->setData(model->index(1, ContentTime), u"25:00"_s, Qt::EditRole));
        QCOMPARE(document.plan().content[1].title, u"Press release"_s);
    }

    void campaignsAndTeamTables()
    {
        Document document(testing::fullPlan());
        auto *campaigns = makeCampaignsModel(&document, &document);
        auto *team = makeCalendarTeamModel(&document, &document);
        QAbstractItemModelTester campaignTester(campaigns, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester teamTester(team, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(campaigns, &RecordTableModelBase::editRefused);
        QCOMPARE(campaigns->index(0, CampaignName).data().toString(), u"Spring"_s);
        QCOMPARE(campaigns->index(0, CampaignColour).data(Qt::DecorationRole).value<QColor>(), QColor(0x22, 0xaa, 0x66));
        QVERIFY(campaigns->setData(campaigns->index(0, CampaignColour), u"#B91C1C"_s, Qt::EditRole));
        QCOMPARE(document.plan().campaigns[0].colour, u"#b91c1c"_s);
        QCOMPARE(document.undoStack()->undoText(), u"Change campaign colour"_s);
        QVERIFY(!campaigns->setData(campaigns->index(0, CampaignColour), u"green-ish"_s, Qt::EditRole));
        // The campaign runs 1 March – 31 May 2026: a start in June is after its end.
        QVERIFY(!campaigns->setData(campaigns->index(0, CampaignStart), QDate(2026, 6, 1), Qt::EditRole));
        QCOMPARE(refused.takeLast().at(0).toString(), u"Campaign 'Spring': it ends (2026-05-31) before it starts (2026-06-01)"_s);
        QVERIFY(campaigns->setData(campaigns->index(0, CampaignBudget), u"7500.50"_s, Qt::EditRole));
        QCOMPARE(document.plan().campaigns[0].budget, testing::eur(7500.5));

        QCOMPARE(team->index(0, MemberCapacity).data().toString(), QLocale().toString(32.5, 'f', 1));
        QVERIFY(team->setData(team->index(0, MemberCapacity), 20, Qt::EditRole));
        QCOMPARE(document.plan().team[0].weeklyCapacityHours, 20.0);
        QVERIFY(!team->setData(team->index(0, MemberCapacity), 200, Qt::EditRole));
        QCOMPARE(document.plan().team[0].weeklyCapacityHours, 20.0);
    }

    void occurrencesInARange()
    {
        Document document(testing::fullPlan());
        OccurrenceModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRange(QDate(2026, 2, 23), QDate(2026, 4, 5)); // six weeks of a month grid
        QCOMPARE(dates(model), iso({"2026-02-28", "2026-03-03", "2026-03-10", "2026-03-24", "2026-03-31"}));
        QCOMPARE(model.index(0, OccurrenceModel::TitleColumn).data().toString(), u"Press release"_s);
        QCOMPARE(model.index(1, OccurrenceModel::TimeColumn).data().toString(), u"09:30"_s);
        QCOMPARE(model.index(1, OccurrenceModel::CampaignColumn).data().toString(), u"Spring"_s);
        QCOMPARE(model.index(1, OccurrenceModel::OwnerColumn).data().toString(), u"Jonas"_s);
        QCOMPARE(model.index(1, 0).data(OccurrenceModel::CampaignColourRole).value<QColor>(), QColor(0x22, 0xaa, 0x66));
        QCOMPARE(model.index(0, 0).data(OccurrenceModel::CampaignColourRole).value<QColor>(), QColor(0x9c, 0xa3, 0xaf));
        QCOMPARE(model.index(1, 0).data(OccurrenceModel::ChannelColourRole).value<QColor>(), OccurrenceModel::channelColour(1));
        QVERIFY(model.index(1, 0).data(OccurrenceModel::RepeatsRole).toBool());
        QCOMPARE(model.rowOf(weekly(document).id, QDate(2026, 3, 24)), 3);
        QCOMPARE(model.rowOf(weekly(document).id, QDate(2026, 3, 17)), -1);

        // Renaming a campaign changes what rows say, not which rows there are.
        auto *campaigns = makeCampaignsModel(&document, &document);
        QVERIFY(campaigns->setData(campaigns->index(0, CampaignName), u"Spring sale"_s, Qt::EditRole));
        QCOMPARE(model.index(1, OccurrenceModel::CampaignColumn).data().toString(), u"Spring sale"_s);
        QCOMPARE(model.rowCount(), 5);
    }

    void filtersNarrowTheCalendar()
    {
        Plan plan = testing::fullPlan();
        ContentItem video = plan.content[1];
        video.id = newRecordId();
        video.title = u"Brewing video"_s;
        video.type = ContentType::Video;
        video.status = ContentStatus::Planned;
        video.date = Date(2026, 3, 12);
        video.ownerId = plan.team[0].id;
        video.notes = u"Matcha whisk close-up"_s;
        plan.content.push_back(video);
        Document document(plan);
        OccurrenceModel model(&document);
        model.setRange(QDate(2026, 2, 23), QDate(2026, 4, 5));
        CalendarFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 6);
        filter.setCampaign(plan.campaigns[0].id);
        QCOMPARE(dates(filter), iso({"2026-03-03", "2026-03-10", "2026-03-24", "2026-03-31"}));
        filter.setCampaign(RecordId()); // items without a campaign
        QCOMPARE(column(filter, OccurrenceModel::TitleColumn), (QStringList{u"Press release"_s, u"Brewing video"_s}));
        filter.clearFilters();
        filter.setType(ContentType::Video);
        QCOMPARE(filter.rowCount(), 1);
        filter.setType(std::nullopt);
        filter.setStatus(ContentStatus::InProgress);
        QCOMPARE(filter.rowCount(), 4);
        filter.setStatus(std::nullopt);
        filter.setOwner(plan.team[0].id);
        QCOMPARE(filter.rowCount(), 5);
        filter.setOwner(std::nullopt);
        filter.setChannel(plan.channels[1].id);
        QCOMPARE(filter.rowCount(), 4);
        filter.setChannel(std::nullopt);
        QVERIFY(!filter.isFiltering());
        filter.setSearchText(u"  WHISK matcha "_s); // words in the notes, any case and order
        QCOMPARE(column(filter, OccurrenceModel::TitleColumn), QStringList{u"Brewing video"_s});
        filter.setSearchText(u"jonas brewing"_s); // the owner's name counts too
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText({});
        // The list sorts by any column; the date column by date and time.
        filter.sort(OccurrenceModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, OccurrenceModel::TitleColumn).data().toString(), u"Brewing video"_s);
        filter.sort(OccurrenceModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(OccurrenceModel::DateRole).toDate(), QDate(2026, 3, 31));
    }

    // Dragging 24 March to Thursday 26 March, this one only: one step that excludes the date
    // and adds a one-off item right after the series.
    void movingOneOccurrenceIsOneStep()
    {
        Document document(simpler(testing::fullPlan()));
        OccurrenceModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        const Plan before = document.plan();
        const RecordId id = weekly(document).id;
        QUndoCommand *command = makeRescheduleCommand(&document, id, QDate(2026, 3, 24), QDate(2026, 3, 26),
                                                      OccurrenceScope::ThisOne);
        QVERIFY(command);
        QCOMPARE(command->text(), u"Move 'Tea tip Tuesday' to 26 March"_s);
        const int steps = document.undoStack()->count();
        document.undoStack()->push(command);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        QCOMPARE(document.plan().content.size(), std::size_t(3));
        QCOMPARE(document.plan().content[1].date, Date(2026, 3, 26));
        QVERIFY(document.plan().content[1].recurrence.isEmpty());
        QCOMPARE(dates(model), iso({"2026-03-03", "2026-03-10", "2026-03-26", "2026-03-31"}));
        const Plan after = document.plan();
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
        QCOMPARE(dates(model), iso({"2026-03-03", "2026-03-10", "2026-03-24", "2026-03-31"}));
        document.undoStack()->redo();
        QVERIFY(document.plan() == after);

        // A one-off item just moves; to its own day nothing happens.
        QVERIFY(!makeRescheduleCommand(&document, document.plan().content[1].id, QDate(2026, 3, 26), QDate(2026, 3, 26),
                                       OccurrenceScope::ThisOne));
        command = makeRescheduleCommand(&document, document.plan().content[1].id, QDate(2026, 3, 26), QDate(2026, 3, 27),
                                        OccurrenceScope::All, 14 * 60);
        QCOMPARE(command->text(), u"Move 'Tea tip Tuesday' to 27 March 14:00"_s);
        document.undoStack()->push(command);
        QCOMPARE(document.plan().content[1].timeMinutes, std::optional<int>(14 * 60));
    }

    void movingTheFollowingOrAllDates()
    {
        Document document(simpler(testing::fullPlan()));
        const RecordId id = weekly(document).id;
        QUndoCommand *following = makeRescheduleCommand(&document, id, QDate(2026, 3, 24), QDate(2026, 3, 25),
                                                        OccurrenceScope::ThisAndFollowing);
        QCOMPARE(following->text(), u"Move 'Tea tip Tuesday' from 24 March on to 25 March"_s);
        document.undoStack()->push(following);
        QCOMPARE(document.plan().content[0].recurrence, u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20260323"_s);
        // 3 of the 10 dates came before (3, 10 and the excluded 17 March): 7 are left.
        QCOMPARE(document.plan().content[1].recurrence, u"FREQ=WEEKLY;BYDAY=WE;COUNT=7"_s);
        QCOMPARE(document.plan().content[1].excludedDates, std::vector<Date>{Date(2026, 4, 8)});
        document.undoStack()->undo();

        QUndoCommand *all = makeRescheduleCommand(&document, id, QDate(2026, 3, 24), QDate(2026, 3, 26), OccurrenceScope::All);
        QCOMPARE(all->text(), u"Move every 'Tea tip Tuesday' by 2 days later"_s);
        document.undoStack()->push(all);
        QCOMPARE(document.plan().content.size(), std::size_t(2));
        QCOMPARE(document.plan().content[0].date, Date(2026, 3, 5));
        QCOMPARE(document.plan().content[0].recurrence, u"FREQ=WEEKLY;BYDAY=TH;COUNT=10"_s);
    }

    void deletingOccurrences()
    {
        Plan plan = simpler(testing::fullPlan());
        const RecordId id = plan.content[0].id;
        plan.comments[0].recordId = id; // a comment (with a reply) on the weekly item
        Document document(plan);
        QUndoCommand *one = makeDeleteOccurrenceCommand(&document, id, QDate(2026, 3, 24), OccurrenceScope::ThisOne);
        QCOMPARE(one->text(), u"Delete 'Tea tip Tuesday' on 24 March"_s);
        document.undoStack()->push(one);
        QCOMPARE(document.plan().content[0].excludedDates,
                 (std::vector<Date>{Date(2026, 3, 17), Date(2026, 3, 24), Date(2026, 4, 7)}));
        document.undoStack()->undo();
        document.undoStack()->push(makeDeleteOccurrenceCommand(&document, id, QDate(2026, 3, 24), OccurrenceScope::ThisAndFollowing));
        QCOMPARE(document.plan().content[0].recurrence, u"FREQ=WEEKLY;BYDAY=TU;UNTIL=20260323"_s);
        document.undoStack()->undo();
        document.undoStack()->push(makeDeleteOccurrenceCommand(&document, id, QDate(2026, 3, 24), OccurrenceScope::All));
        QCOMPARE(document.plan().content.size(), std::size_t(1));
        QVERIFY(document.plan().comments.empty());
        document.undoStack()->undo();
        QVERIFY(document.plan() == plan);
    }

    void editingOneOccurrence()
    {
        Document document(testing::fullPlan());
        ContentItem edited = weekly(document);
        edited.date = Date(2026, 3, 10);
        edited.title = u"Spring tip"_s;
        edited.status = ContentStatus::Published;
        QUndoCommand *command = makeEditOccurrenceCommand(&document, edited.id, QDate(2026, 3, 10), edited, OccurrenceScope::ThisOne);
        QCOMPARE(command->text(), u"Edit 'Spring tip' on 10 March"_s);
        document.undoStack()->push(command);
        QCOMPARE(document.plan().content[1].title, u"Spring tip"_s);
        QCOMPARE(document.plan().content[1].status, ContentStatus::Published);
        QVERIFY(document.plan().content[0].title.startsWith(u"Tea tip Tuesday"_s));
        QVERIFY(!makeEditOccurrenceCommand(&document, document.plan().content[1].id, QDate(2026, 3, 10),
                                           document.plan().content[1], OccurrenceScope::All));
        // A long title with line breaks makes a one-line name, cut at 40 characters.
        command = makeRescheduleCommand(&document, weekly(document).id, QDate(2026, 3, 3), QDate(2026, 3, 4),
                                        OccurrenceScope::ThisOne);
        QCOMPARE(command->text(), u"Move 'Tea tip Tuesday, It's \"quoted\"; '); DRO…' to 4 March"_s);
        delete command;
    }

    // An import worked out in core (planCalendarImport) is one step: one item updated in
    // place, one added at the end; undo takes both back.
    void importUpdatesAndAdds()
    {
        Document document(testing::fullPlan());
        ICalendarImport read;
        ContentItem changed = document.plan().content[1];
        changed.title = u"Press release (final)"_s;
        ContentItem added;
        added.id = newRecordId();
        added.title = u"Newsletter"_s;
        added.date = Date(2026, 3, 2);
        read.items = {changed, added, document.plan().content[0]};
        read.sources = {{10, StatesTitle}, {20, StatesTitle}, {30, StatesTitle}};
        const CalendarImportPlan import = planCalendarImport(document.plan(), read);
        QUndoCommand *command = makeImportCalendarCommand(&document, import, u"team.ics"_s);
        QCOMPARE(command->text(), u"Import team.ics: 1 added, 1 updated"_s);
        document.undoStack()->push(command);
        QCOMPARE(document.plan().content.size(), std::size_t(3));
        QCOMPARE(document.plan().content[1].title, u"Press release (final)"_s);
        QCOMPARE(document.plan().content[2].title, u"Newsletter"_s);
        // Read again, the same file changes nothing.
        QVERIFY(!makeImportCalendarCommand(&document, planCalendarImport(document.plan(), read), u"team.ics"_s));
        document.undoStack()->undo();
        QCOMPARE(document.plan().content.size(), std::size_t(2));
        QCOMPARE(document.plan().content[1].title, testing::fullPlan().content[1].title);
    }

    // Jonas (32.5 h) owns the weekly social post (45 minutes): 0.75 h in each week that has
    // a date; four videos (8 h each) in the week of 9 March take him over his capacity.
    void workloadPerWeek()
    {
        Plan plan = testing::fullPlan();
        for (int day = 9; day <= 12; ++day) {
            ContentItem video = plan.content[1];
            video.id = newRecordId();
            video.type = ContentType::Video;
            video.ownerId = plan.team[0].id;
            video.date = Date(2026, 3, day);
            plan.content.push_back(video);
        }
        Document document(plan);
        WorkloadModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWeeks(QDate(2026, 3, 2), 3);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 0).data(WorkloadModel::HoursRole).toDouble(), 0.75);
        QCOMPARE(model.index(0, 1).data(WorkloadModel::HoursRole).toDouble(), 32.75); // 0.75 + 4 × 8
        QCOMPARE(model.index(0, 2).data(WorkloadModel::HoursRole).toDouble(), 0.0);   // 17 March excluded
        QVERIFY(model.index(0, 1).data(WorkloadModel::OverCapacityRole).toBool());
        QVERIFY(!model.index(0, 0).data(WorkloadModel::OverCapacityRole).toBool());
        QCOMPARE(model.overCapacityCount(), 1);
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(u"Over capacity by"_s));
        // Raising the capacity to 33 hours clears the flag.
        auto *team = makeCalendarTeamModel(&document, &document);
        QVERIFY(team->setData(team->index(0, MemberCapacity), 33, Qt::EditRole));
        QCOMPARE(model.overCapacityCount(), 0);
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString(), u"Jonas (33\u00a0h a week)"_s);
        document.undoStack()->undo();
        QCOMPARE(model.overCapacityCount(), 1);
    }
};

QTEST_MAIN(TestCalendarModels)
#include "tst_calendarmodels.moc"
