// The channels, team and roll-out phase models and the planning commands: every model under
// QAbstractItemModelTester, edits become named undo steps, invalid edits are refused with the
// reason, and add / duplicate / move / plan roll-out undo exactly.
#include "channelmodels.h"
#include "itemroles.h"
#include "phasemodels.h"
#include "planningcommands.h"
#include "recordfilterproxy.h"
#include "rollout.h"
#include "testplans.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cplan;

namespace {

QString idText(const RecordId &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Pushes the command and checks its name, that undo gives back the plan exactly and redo
// gives the changed one again.
void roundTrip(Document &document, QUndoCommand *command, const QString &text)
{
    QVERIFY(command);
    const Plan before = document.plan();
    document.undoStack()->push(command);
    const Plan after = document.plan();
    QVERIFY(!(after == before));
    QCOMPARE(document.undoStack()->undoText(), text);
    document.undoStack()->undo();
    QVERIFY(document.plan() == before);
    document.undoStack()->redo();
    QVERIFY(document.plan() == after);
}

} // namespace

class TestChannelModels : public QObject
{
    Q_OBJECT
private slots:
    void channelsModelEditsAreCommands()
    {
        Document document(testing::fullPlan());
        auto *model = makeChannelsModel(&document, &document);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), int(ChannelColumnCount));
        QCOMPARE(model->index(0, ChannelName).data().toString(), QStringLiteral("Google Ads"));
        QCOMPARE(model->index(0, ChannelOwner).data().toString(), QStringLiteral("Jonas"));
        QCOMPARE(model->index(0, ChannelLeadRate).data(Qt::EditRole).toDouble(), 6.0);

        QVERIFY(model->setData(model->index(0, ChannelLeadRate), 7.5, Qt::EditRole));
        QCOMPARE(document.plan().channels[0].leadRate, 0.075);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change lead rate"));
        QVERIFY(model->setData(model->index(0, ChannelKindColumn), QStringLiteral("seo"), Qt::EditRole));
        QCOMPARE(document.plan().channels[0].kind, ChannelKind::Seo);
        QVERIFY(model->setData(model->index(1, ChannelOwner), idText(document.plan().team[0].id), Qt::EditRole));
        QCOMPARE(document.plan().channels[1].ownerId, document.plan().team[0].id);
        QVERIFY(model->setData(model->index(0, ChannelTargetCostPerLead), QString(), Qt::EditRole));
        QVERIFY(!document.plan().channels[0].targetCostPerLead);
        QVERIFY(model->setData(model->index(0, ChannelTargetCostPerLead), QStringLiteral("9.50"), Qt::EditRole));
        QCOMPARE(document.plan().channels[0].targetCostPerLead->minorUnits(), 950);
        const QVariantList choices = model->index(0, ChannelStatusColumn).data(ChoicesRole).toList();
        // Following the phases (a test and a roll-out: rolled out), or set by hand.
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices[0].toList()[0].toString(), QStringLiteral("Rolled out (from its phases)"));
        QCOMPARE(choices[0].toList()[1].toString(), QStringLiteral("planned"));
        QCOMPARE(choices[2].toList()[1].toString(), QStringLiteral("stopped"));

        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.plan().channels[0].targetCostPerLead->minorUnits(), 1250);
    }

    void invalidChannelEditsAreRefusedWithTheReason()
    {
        Document document(testing::fullPlan());
        auto *model = makeChannelsModel(&document, &document);
        QSignalSpy refused(model, &RecordTableModelBase::editRefused);
        const int steps = document.undoStack()->count();
        QVERIFY(!model->setData(model->index(0, ChannelLeadRate), 150.0, Qt::EditRole));
        QVERIFY(!model->setData(model->index(0, ChannelName), QStringLiteral("  "), Qt::EditRole));
        QVERIFY(!model->setData(model->index(0, ChannelOwner), idText(newRecordId()), Qt::EditRole));
        QVERIFY(!model->setData(model->index(0, ChannelCostPerClick), QStringLiteral("0"), Qt::EditRole));
        QCOMPARE(refused.count(), 4);
        QVERIFY(refused[0][0].toString().contains(QStringLiteral("lead rate must be between 0 and 100 %")));
        QVERIFY(refused[1][0].toString().contains(QStringLiteral("must not be empty")));
        QVERIFY(refused[3][0].toString().contains(QStringLiteral("cost per click above zero")));
        QCOMPARE(document.undoStack()->count(), steps);
    }

    void addDuplicateMoveChannels()
    {
        Document document(testing::fullPlan());
        auto *model = makeChannelsModel(&document, &document);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Channel fresh = makeNewChannel(document.plan(), QStringLiteral("Newsletter"));
        QVERIFY(validateChannel(fresh).empty());
        roundTrip(document, makeAddChannelCommand(&document, 2, fresh), QStringLiteral("Add channel 'Newsletter'"));
        QCOMPARE(model->rowCount(), 3);

        // The copy comes right after the original, with the KPI and its targets, no actuals.
        roundTrip(document, makeDuplicateChannelCommand(&document, document.plan().channels[0].id),
                  QStringLiteral("Duplicate channel 'Google Ads'"));
        const Plan &plan = document.plan();
        QCOMPARE(plan.channels[1].name, QStringLiteral("Google Ads (copy)"));
        QVERIFY(plan.channels[1].id != plan.channels[0].id);
        QCOMPARE(plan.kpis.size(), std::size_t(3));
        QCOMPARE(plan.kpis[2].channelId, plan.channels[1].id);
        QCOMPARE(plan.kpis[2].monthlyTargets, plan.kpis[0].monthlyTargets);
        QVERIFY(plan.kpis[2].actuals.empty());

        roundTrip(document, makeMoveChannelCommand(&document, 3, 2), QStringLiteral("Move channel 'Newsletter' up"));
        QCOMPARE(document.plan().channels[2].name, QStringLiteral("Newsletter"));
        QVERIFY(!makeMoveChannelCommand(&document, 0, -1));
    }

    void removingAChannelSaysWhatGoesWithIt()
    {
        Document document(testing::fullPlan());
        auto *model = makeChannelsModel(&document, &document);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RecordId ads = document.plan().channels[0].id;
        QCOMPARE(describeChannelDependents(document.plan(), ads), QStringLiteral("2 roll-out phases, 1 KPI"));
        roundTrip(document, makeRemoveChannelCommand(&document, ads), QStringLiteral("Remove channel 'Google Ads'"));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(document.plan().phases.empty());
    }

    void teamModel()
    {
        Document document(testing::fullPlan());
        auto *model = makeTeamModel(&document, &document);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->index(0, TeamCapacity).data(Qt::EditRole).toDouble(), 32.5);
        QVERIFY(model->setData(model->index(0, TeamRole), QStringLiteral("SEO lead"), Qt::EditRole));
        QCOMPARE(document.plan().team[0].role, QStringLiteral("SEO lead"));
        QVERIFY(!model->setData(model->index(0, TeamCapacity), 200.0, Qt::EditRole));
        roundTrip(document, makeAddTeamMemberCommand(&document, {newRecordId(), QStringLiteral("Ana"), {}, 20.0}),
                  QStringLiteral("Add team member 'Ana'"));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(ownerChoices(document.plan()).size(), 3); // nobody, Jonas, Ana
    }

    void phasesModelShowsTheVerdictAndItsNumbers()
    {
        Document document(testing::fullPlan());
        PhasesModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        // (4210.50 x 0.55 - 1432.17) / 1432.17 = 61.7 % >= 25 %; 1432.17 / 131 = 10.93 <= 12.50.
        QCOMPARE(model.index(0, PhaseVerdict).data(StatusRole).toString(), QStringLiteral("profitable"));
        QCOMPARE(model.index(0, PhaseVerdict).data().toString(), QStringLiteral("Profitable"));
        const QString reason = model.index(0, PhaseVerdictReason).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("61.7")) && reason.contains(QStringLiteral("10.93")), qPrintable(reason));
        QCOMPARE(model.index(0, PhaseChannel).data().toString(), QStringLiteral("Google Ads"));
        // A roll-out has no verdict and no editable actuals.
        QVERIFY(!model.index(1, PhaseVerdict).data().isValid());
        QVERIFY(!(model.flags(model.index(1, PhaseActualSpend)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, PhaseActualSpend)) & Qt::ItemIsEditable);

        // Fewer leads push the cost per lead over the target: 1432.17 / 100 = 14.32 > 12.50.
        QVERIFY(model.setData(model.index(0, PhaseActualLeads), 100, Qt::EditRole));
        QCOMPARE(model.index(0, PhaseVerdict).data(StatusRole).toString(), QStringLiteral("not-profitable"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change actual leads"));
        QVERIFY(model.setData(model.index(0, PhaseActualSpend), QString(), Qt::EditRole));
        QCOMPARE(model.index(0, PhaseVerdict).data(StatusRole).toString(), QStringLiteral("not-enough-data"));
    }

    void phaseDatesInTheWrongOrderAreRefused()
    {
        Document document(testing::fullPlan());
        PhasesModel model(&document);
        QSignalSpy refused(&model, &RecordTableModelBase::editRefused);
        QVERIFY(!model.setData(model.index(0, PhaseStart), QDate(2026, 5, 1), Qt::EditRole));
        QVERIFY(!model.setData(model.index(0, PhaseEnd), QDate(2026, 2, 1), Qt::EditRole));
        QCOMPARE(refused.count(), 2);
        QVERIFY2(refused[0][0].toString().contains(QStringLiteral("before it starts")), qPrintable(refused[0][0].toString()));
        QVERIFY(model.setData(model.index(0, PhaseEnd), QDate(2026, 4, 30), Qt::EditRole));
        QCOMPARE(document.plan().phases[0].end, Date(2026, 4, 30));
    }

    void phaseDateCommandsAreNamedAfterWhatChanged()
    {
        Document document(testing::fullPlan());
        const RecordId test = document.plan().phases[0].id; // 2 Mar - 12 Apr 2026
        roundTrip(document, makeChangePhaseDatesCommand(&document, test, Date(2026, 3, 9), Date(2026, 4, 19)),
                  QStringLiteral("Move 'Search test' to 9 Mar"));
        roundTrip(document, makeChangePhaseDatesCommand(&document, test, Date(2026, 3, 1), Date(2026, 4, 19)),
                  QStringLiteral("Change start of 'Search test' to 1 Mar"));
        roundTrip(document, makeChangePhaseDatesCommand(&document, test, Date(2026, 3, 1), Date(2027, 1, 5)),
                  QStringLiteral("Change end of 'Search test' to 5 Jan 2027"));
        QVERIFY(!makeChangePhaseDatesCommand(&document, test, Date(2026, 3, 1), Date(2027, 1, 5))); // no change
        QVERIFY(!makeChangePhaseDatesCommand(&document, test, Date(2026, 3, 1), Date(2026, 2, 1))); // ends before it starts
    }

    void planRolloutAfterAProfitableTest()
    {
        Plan plan = testing::fullPlan();
        plan.phases.pop_back(); // no roll-out planned yet
        const std::vector<RolloutCandidate> candidates = rolloutCandidates(plan);
        QCOMPARE(candidates.size(), std::size_t(1));
        QCOMPARE(candidates[0].channelId, plan.channels[0].id);
        QVERIFY(!candidates[0].rolloutPlanned);

        Document document(plan);
        PhasesModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        roundTrip(document, makePlanRolloutCommand(&document, candidates[0].testId),
                  QStringLiteral("Plan roll-out of 'Google Ads' from 13 Apr"));
        const RolloutPhase &rollout = document.plan().phases[1];
        QCOMPARE(rollout.kind, PhaseKind::Rollout);
        QCOMPARE(rollout.start, Date(2026, 4, 13));
        QCOMPARE(rollout.end, Date(2026, 7, 12));
        // The test's daily spend kept: 1432.17 / 42 days x 91 days = 3103.035 -> 3103.04.
        QCOMPARE(rollout.budget.minorUnits(), 310304);
        QVERIFY(validatePhase(rollout).empty());
        QVERIFY(rolloutCandidates(document.plan())[0].rolloutPlanned);
    }

    void aNewerUnprofitableTestEndsTheCandidacy()
    {
        Plan plan = testing::fullPlan();
        RolloutPhase retest = plan.phases[0];
        retest.id = newRecordId();
        retest.start = Date(2026, 5, 1);
        retest.end = Date(2026, 5, 31);
        retest.actualRevenue = testing::eur(100);
        plan.phases.push_back(retest);
        QVERIFY(rolloutCandidates(plan).empty());
    }

    void addAndRemovePhases()
    {
        Document document(testing::fullPlan());
        PhasesModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RecordId banner = document.plan().channels[1].id;
        const RolloutPhase phase = makeNewPhase(document.plan(), banner);
        QCOMPARE(phase.start, Date(2026, 3, 1)); // the plan starts in March 2026
        QCOMPARE(phase.end, Date(2026, 3, 31));
        roundTrip(document, makeAddPhaseCommand(&document, phase), QStringLiteral("Add phase 'Test' to 'Banner'"));
        // The Google Ads test and roll-out stay together; the banner's phase goes after them.
        const RolloutPhase next = makeNewPhase(document.plan(), document.plan().channels[0].id);
        QCOMPARE(next.start, Date(2027, 1, 1));
        roundTrip(document, makeRemovePhasesCommand(&document, {document.plan().phases[0].id, document.plan().phases[2].id}),
                  QStringLiteral("Remove 2 phases"));
        QCOMPARE(model.rowCount(), 1);
    }

    void proxyFiltersByChannelAndText()
    {
        Plan plan = testing::fullPlan();
        RolloutPhase bannerTest = makeNewPhase(plan, plan.channels[1].id);
        bannerTest.name = QStringLiteral("Banner pilot");
        plan.phases.push_back(bannerTest);
        Document document(plan);
        PhasesModel model(&document);
        RecordFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setChannelColumn(PhaseChannel);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setChannelFilter(plan.channels[0].id);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setSearchText(QStringLiteral("ROLL"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, PhaseName).data().toString(), QStringLiteral("Roll-out"));
        proxy.setChannelFilter({});
        proxy.setSearchText(QStringLiteral("pilot"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText({});
        // Sorting by budget sorts by amount, not by text.
        proxy.sort(PhaseBudget, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, PhaseName).data().toString(), QStringLiteral("Roll-out"));
        QCOMPARE(proxy.index(2, PhaseName).data().toString(), QStringLiteral("Banner pilot"));
    }
};

QTEST_GUILESS_MAIN(TestChannelModels)
#include "tst_channelmodels.moc"
