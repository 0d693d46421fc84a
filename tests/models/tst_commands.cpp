// Every kind of undo command: redo applies, undo restores the plan exactly, redo again.
#include "commands.h"
#include "marketmodels.h"
#include "testplans.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cplan;

class TestCommands : public QObject
{
    Q_OBJECT
private:
    // Pushes the command, then checks undo gives back `before` and redo gives `after`.
    static void roundTrip(Document &document, QUndoCommand *command, const QString &text)
    {
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

private slots:
    void settingsTextsAndApproval()
    {
        Document document(testing::fullPlan());
        PlanSettings settings = document.plan().settings;
        settings.months = 24;
        roundTrip(document, new ChangeSettingsCommand(&document, settings, QStringLiteral("Change horizon"), QStringLiteral("months")),
                  QStringLiteral("Change horizon"));
        PlanTexts texts = document.plan().texts;
        texts.partnerships = QStringLiteral("<p>Local cafés</p>");
        roundTrip(document, new ChangeTextsCommand(&document, texts, QStringLiteral("Edit partnerships"), QStringLiteral("partnerships")),
                  QStringLiteral("Edit partnerships"));
        Approval approval = document.plan().approval;
        approval.status = ApprovalStatus::Approved;
        roundTrip(document, new ChangeApprovalCommand(&document, approval, QStringLiteral("Approve plan")),
                  QStringLiteral("Approve plan"));
    }

    void typingInOneFieldMergesIntoOneStep()
    {
        Document document(testing::fullPlan());
        const QString original = document.plan().settings.name;
        for (const QString &name : {QStringLiteral("S"), QStringLiteral("Sp"), QStringLiteral("Spr")}) {
            PlanSettings s = document.plan().settings;
            s.name = name;
            document.undoStack()->push(new ChangeSettingsCommand(&document, s, QStringLiteral("Rename plan"), QStringLiteral("name")));
        }
        QCOMPARE(document.undoStack()->count(), 1);
        PlanSettings s = document.plan().settings;
        s.author = QStringLiteral("Ann");
        document.undoStack()->push(new ChangeSettingsCommand(&document, s, QStringLiteral("Change author"), QStringLiteral("author")));
        QCOMPARE(document.undoStack()->count(), 2); // another field is another step
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.plan().settings.name, original);
    }

    void recordsChangeInsertRemoveMove()
    {
        Document document(testing::fullPlan());
        Channel renamed = document.plan().channels[1];
        renamed.name = QStringLiteral("Display network");
        roundTrip(document, new ChangeRecordCommand<Channel>(&document, renamed, QStringLiteral("Rename channel")),
                  QStringLiteral("Rename channel"));
        Competitor added{newRecordId(), QStringLiteral("Chai Club"), {}, {}, {}, {}, {}, {}};
        roundTrip(document, new InsertRecordCommand<Competitor>(&document, 0, added, QStringLiteral("Add competitor")),
                  QStringLiteral("Add competitor"));
        QCOMPARE(document.plan().competitors[0].name, QStringLiteral("Chai Club"));
        roundTrip(document, new RemoveRecordCommand<FixedCost>(&document, document.plan().fixedCosts[0].id, QStringLiteral("Remove fixed cost")),
                  QStringLiteral("Remove fixed cost"));
        roundTrip(document, new MoveRecordCommand<ContentItem>(&document, 0, 1, QStringLiteral("Move content item")),
                  QStringLiteral("Move content item"));
        QCOMPARE(document.plan().content[1].recurrence, QStringLiteral("FREQ=WEEKLY;BYDAY=TU;COUNT=10"));
    }

    void removingAChannelTakesItsPhasesAndKpis()
    {
        Document document(testing::fullPlan());
        const RecordId ads = document.plan().channels[0].id;
        QCOMPARE(describeChannelDependents(document.plan(), ads), QStringLiteral("2 roll-out phases, 1 KPI"));
        const Plan before = document.plan();
        document.undoStack()->push(makeRemoveChannelCommand(&document, ads));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove channel 'Google Ads'"));
        QCOMPARE(document.plan().channels.size(), std::size_t(1));
        QCOMPARE(document.plan().phases.size(), std::size_t(0));
        QCOMPARE(document.plan().kpis.size(), std::size_t(1)); // the plan-wide KPI stays
        QCOMPARE(document.plan().comments.size(), std::size_t(0)); // both were on the channel
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
    }

    void removingATeamMemberClearsOwners()
    {
        Document document(testing::fullPlan());
        const RecordId jonas = document.plan().team[0].id;
        const Plan before = document.plan();
        document.undoStack()->push(makeRemoveTeamMemberCommand(&document, jonas));
        QVERIFY(document.plan().channels[0].ownerId.isNull());
        QVERIFY(document.plan().content[0].ownerId.isNull());
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
        document.undoStack()->push(makeRemoveSegmentCommand(&document, document.plan().segments[0].id));
        QVERIFY(document.plan().personas[0].segmentId.isNull());
        document.undoStack()->undo();
        document.undoStack()->push(makeRemoveCampaignCommand(&document, document.plan().campaigns[0].id));
        QVERIFY(document.plan().content[0].campaignId.isNull());
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
    }

    void modifiedFollowsTheUndoStack()
    {
        Document document(testing::fullPlan());
        QSignalSpy modified(&document, &Document::modifiedChanged);
        QVERIFY(!document.isModified());
        PlanSettings s = document.plan().settings;
        s.months = 6;
        document.undoStack()->push(new ChangeSettingsCommand(&document, s, QStringLiteral("Change horizon")));
        QVERIFY(document.isModified());
        document.undoStack()->undo();
        QVERIFY(!document.isModified());
        QCOMPARE(modified.count(), 2);
        document.setModifiedWithoutUndo(true);
        QVERIFY(document.isModified());
        document.markSaved();
        QVERIFY(!document.isModified());
    }

    void anEditTypedBackToTheOriginalLeavesNoStep()
    {
        // Months 12 -> 18 -> 12 in one merged step (same field): the step reaches the value it
        // started from, so it is dropped and the plan is unmodified again.
        Document document(testing::fullPlan());
        const int original = document.plan().settings.months;
        QUndoStack *stack = document.undoStack();
        PlanSettings s = document.plan().settings;
        s.months = original + 6;
        stack->push(new ChangeSettingsCommand(&document, s, QStringLiteral("Change horizon"), QStringLiteral("months")));
        QCOMPARE(stack->count(), 1);
        QVERIFY(document.isModified());
        s.months = original;
        stack->push(new ChangeSettingsCommand(&document, s, QStringLiteral("Change horizon"), QStringLiteral("months")));
        QCOMPARE(stack->count(), 0);
        QVERIFY(!stack->canUndo());
        QVERIFY(!document.isModified());
        QCOMPARE(document.plan().settings.months, original);

        // The same for a record field and for a text.
        Segment segment = document.plan().segments[0];
        const qint64 customers = segment.customers;
        segment.customers = customers + 1;
        stack->push(new ChangeRecordCommand<Segment>(&document, segment, QStringLiteral("Change customers"), QStringLiteral("customers")));
        segment.customers = customers;
        stack->push(new ChangeRecordCommand<Segment>(&document, segment, QStringLiteral("Change customers"), QStringLiteral("customers")));
        QCOMPARE(stack->count(), 0);
        PlanTexts texts = document.plan().texts;
        const QString strategy = texts.strategy;
        texts.strategy = strategy + QStringLiteral("x");
        stack->push(new ChangeTextsCommand(&document, texts, QStringLiteral("Edit strategy"), QStringLiteral("strategy")));
        texts.strategy = strategy;
        stack->push(new ChangeTextsCommand(&document, texts, QStringLiteral("Edit strategy"), QStringLiteral("strategy")));
        QCOMPARE(stack->count(), 0);
        QVERIFY(!document.isModified());

        // A merged step that does not return keeps the first old value: undo goes to 12.
        s.months = original + 1;
        stack->push(new ChangeSettingsCommand(&document, s, QStringLiteral("Change horizon"), QStringLiteral("months")));
        s.months = original + 2;
        stack->push(new ChangeSettingsCommand(&document, s, QStringLiteral("Change horizon"), QStringLiteral("months")));
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QCOMPARE(document.plan().settings.months, original);
    }

    void takingBackTheLastStepLeavesNoRedo()
    {
        Document document(testing::fullPlan());
        QUndoStack *stack = document.undoStack();
        const Plan before = document.plan();
        PlanSettings s = before.settings;
        s.months = 6;
        stack->push(new ChangeSettingsCommand(&document, s, QStringLiteral("Change horizon")));
        QSignalSpy canRedo(stack, &QUndoStack::canRedoChanged);
        takeBackLastStep(stack);
        QVERIFY(document.plan() == before);
        QCOMPARE(stack->count(), 0);
        QVERIFY(!stack->canRedo());
        QVERIFY(!document.isModified());
        QVERIFY(!canRedo.isEmpty());
        QCOMPARE(canRedo.last().at(0).toBool(), false); // the Redo action is told it is gone
        takeBackLastStep(stack); // nothing to take back: no change
        QVERIFY(document.plan() == before);
    }

    void segmentsModelEditsThroughCommands()
    {
        Document document(testing::fullPlan());
        RecordTableModel<Segment> *model = makeSegmentsModel(&document, this);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        // 120,000 customers x 84.50 = 10,140,000 TAM.
        QCOMPARE(model->data(model->index(0, SegmentTam), Qt::EditRole).toDouble(), 10140000.0);
        QVERIFY(model->setData(model->index(0, SegmentServiceable), 50.0, Qt::EditRole));
        QCOMPARE(document.plan().segments[0].serviceableShare, 0.5);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change serviceable share"));
        // SAM follows: 10,140,000 x 50 % = 5,070,000.
        QCOMPARE(model->data(model->index(0, SegmentSam), Qt::EditRole).toDouble(), 5070000.0);
        QVERIFY(model->setData(model->index(0, SegmentSpend), QStringLiteral("99.99"), Qt::EditRole));
        QCOMPARE(document.plan().segments[0].annualSpendPerCustomer.minorUnits(), 9999);

        QSignalSpy refused(model, &RecordTableModelBase::editRefused);
        QVERIFY(!model->setData(model->index(0, SegmentServiceable), 150.0, Qt::EditRole));
        QCOMPARE(refused.takeFirst().at(0).toString(),
                 QStringLiteral("Segment 'Students': serviceable share must be between 0 and 100 %"));
        QVERIFY(!model->setData(model->index(0, SegmentCustomers), QStringLiteral("many"), Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(document.plan().segments[0].serviceableShare, 0.5); // the model never holds an invalid value
        QVERIFY(!model->flags(model->index(0, SegmentTam)).testFlag(Qt::ItemIsEditable));

        // Rows follow insertions and removals made by commands.
        Segment added{newRecordId(), QStringLiteral("Cafés"), {}, 100, testing::eur(500), 0.5, 0.1, {}};
        document.undoStack()->push(new InsertRecordCommand<Segment>(&document, 1, added, QStringLiteral("Add segment")));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(1, SegmentName), Qt::DisplayRole).toString(), QStringLiteral("Cafés"));
        document.undoStack()->undo();
        QCOMPARE(model->rowCount(), 1);
        document.setReadOnly(true, QStringLiteral("read-only"));
        QVERIFY(!model->setData(model->index(0, SegmentServiceable), 10.0, Qt::EditRole));
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
