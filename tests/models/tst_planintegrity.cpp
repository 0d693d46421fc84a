// The plan survives what users and other programs do to it: removals with comments attached,
// ids and journal modes written by other SQLite programs, moves, dates out of range.
#include "commands.h"
#include "marketmodels.h"
#include "plandatabase.h"
#include "planfile.h"
#include "sqlitedatabase.h"
#include "testplans.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

class TestPlanIntegrity : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<Document> openSaved(const Plan &plan, const QString &file)
    {
        const storage::SaveResult saved = storage::savePlanFile(plan, file);
        if (!saved.ok)
            qFatal("cannot save: %s", qPrintable(saved.message));
        storage::OpenResult opened = storage::openPlanFile(file);
        if (!opened.plan || !opened.database)
            qFatal("cannot open: %s", qPrintable(opened.message));
        return std::make_unique<Document>(std::move(*opened.plan), opened.database);
    }

    static std::unique_ptr<Document> reopen(const QString &file)
    {
        storage::OpenResult opened = storage::openPlanFile(file);
        if (!opened.plan)
            return nullptr;
        return std::make_unique<Document>(std::move(*opened.plan), opened.database);
    }

    // Saves, then the file must open again and hold exactly the document's plan.
    static void expectSavedAsIs(Document &document, const QString &file)
    {
        const storage::SaveResult saved = document.saveTo(file);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const storage::OpenResult reopened = storage::openPlanFile(file);
        QVERIFY2(reopened.plan, qPrintable(reopened.message));
        QVERIFY(*reopened.plan == document.plan());
    }

    static Comment commentOn(const QString &section, const RecordId &record, const RecordId &parent = {})
    {
        return {newRecordId(), parent, section, record, QStringLiteral("Anna"),
                QDateTime(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC), QStringLiteral("Why?"), false};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Was a bug: removing a channel removes its phases and KPIs, but not the comments on those
    // phases and KPIs. The plan saves fine, and then cannot be opened again ("damaged").
    void removingAChannelLeavesCommentsOnItsPhasesAndKpis()
    {
        Plan plan = testing::fullPlan();
        plan.comments.push_back(commentOn(QStringLiteral("rollout"), plan.phases[0].id));
        plan.comments.push_back(commentOn(QStringLiteral("kpis"), plan.kpis[0].id));
        QVERIFY(validatePlan(plan).empty());
        const QString file = path(QStringLiteral("comment-on-phase.cplan"));
        auto document = openSaved(plan, file);
        document->undoStack()->push(makeRemoveChannelCommand(document.get(), document->plan().channels[0].id));
        expectSavedAsIs(*document, file); // saves, then "Cannot open ...: the plan is damaged"
    }

    // Was a bug (replies carry no record of their own): the reply to a comment on a channel
    // stays when the channel and its comment go; its parent is then missing.
    void removingAChannelLeavesRepliesWithoutARecord()
    {
        Plan plan = testing::fullPlan();
        const Comment onChannel = commentOn(QStringLiteral("channels"), plan.channels[1].id);
        plan.comments.push_back(onChannel);
        plan.comments.push_back(commentOn(QStringLiteral("channels"), {}, onChannel.id));
        QVERIFY(validatePlan(plan).empty());
        Document document(plan);
        document.undoStack()->push(makeRemoveChannelCommand(&document, plan.channels[1].id));
        const std::vector<Problem> problems = validatePlan(document.plan());
        QVERIFY2(problems.empty(), qPrintable(problems.empty() ? QString() : problems.front().message));
    }

    // Fine: "file:plan?vfs=memdb" is private to its connection (no leading '/'), so two
    // databases built side by side do not share pages.
    void twoInMemoryDatabasesAtOnceStaySeparate()
    {
        Plan a = testing::fullPlan();
        Plan b = makeBlankPlan(QStringLiteral("Other plan"));
        QString error;
        const auto first = storage::PlanDatabase::build(a, &error);
        QVERIFY2(first, qPrintable(error));
        const auto second = storage::PlanDatabase::build(b, &error);
        QVERIFY2(second, qPrintable(error));
        const QByteArray imageA = first->image(&error);
        const QByteArray imageB = second->image(&error);
        const storage::OpenResult readA = storage::openPlanImage(imageA, QStringLiteral("a"));
        const storage::OpenResult readB = storage::openPlanImage(imageB, QStringLiteral("b"));
        QVERIFY2(readA.plan, qPrintable(readA.message));
        QVERIFY2(readB.plan, qPrintable(readB.message));
        QVERIFY(*readA.plan == a);
        QVERIFY(*readB.plan == b);
    }

    // Fine: several moves, a remove and re-insert with the same id (undo of remove) and KPI
    // children in one batch, then undo and redo across saves.
    void movesRemovesAndUndoAcrossSaves()
    {
        Plan plan = testing::fullPlan();
        for (int i = 0; i < 6; ++i) {
            Kpi kpi{newRecordId(), {}, QStringLiteral("KPI %1").arg(i), QStringLiteral("x"), BetterWhen::Higher, KpiAggregation::Sum, {}, {}};
            kpi.monthlyTargets[YearMonth{2026, 1 + i}] = i;
            kpi.actuals = {{Date(2026, 3, 1 + i), double(i)}};
            plan.kpis.push_back(kpi);
        }
        const QString file = path(QStringLiteral("moves.cplan"));
        auto document = openSaved(plan, file);
        QUndoStack *stack = document->undoStack();
        stack->push(new MoveRecordCommand<Kpi>(document.get(), 0, 7, QStringLiteral("Move")));
        stack->push(new MoveRecordCommand<Kpi>(document.get(), 7, 3, QStringLiteral("Move")));
        stack->push(new MoveRecordCommand<Kpi>(document.get(), 1, 0, QStringLiteral("Move")));
        stack->push(new RemoveRecordCommand<Kpi>(document.get(), document->plan().kpis[4].id, QStringLiteral("Remove")));
        stack->undo(); // back with the same id
        stack->push(new MoveRecordCommand<Kpi>(document.get(), 4, 6, QStringLiteral("Move")));
        expectSavedAsIs(*document, file);
        document->markSaved();
        while (stack->canUndo()) {
            stack->undo();
            expectSavedAsIs(*document, file);
        }
        QVERIFY(document->plan() == plan);
        while (stack->canRedo())
            stack->redo();
        expectSavedAsIs(*document, file);
    }

    // Fine: when bringing the database in step fails, the changes are not lost: the next save
    // writes the whole plan afresh.
    void failedSyncKeepsTheChanges()
    {
        const QString file = path(QStringLiteral("failed-sync.cplan"));
        auto document = openSaved(testing::fullPlan(), file);
        PlanSettings settings = document->plan().settings;
        settings.author = QStringLiteral("Changed before the failure");
        document->undoStack()->push(new ChangeSettingsCommand(document.get(), settings, QStringLiteral("Author")));
        Kpi bad = document->plan().kpis[0];
        bad.actuals.push_back(bad.actuals.back()); // same date twice: the primary key refuses it
        document->undoStack()->push(new ChangeRecordCommand<Kpi>(document.get(), bad, QStringLiteral("Bad")));
        QVERIFY(!document->saveTo(file).ok);
        document->undoStack()->undo();
        expectSavedAsIs(*document, file);
        QCOMPARE(reopen(file)->plan().settings.author, QStringLiteral("Changed before the failure"));
    }

    // A saved plan whose ids another program spelled otherwise: with {braces} (QUuid's
    // default text) or in upper case. Both are "UUID text" and read as the same ids.
    std::unique_ptr<Document> planWithIdsSpelledOtherwise(const QString &file, const Plan &plan)
    {
        if (!storage::savePlanFile(plan, file).ok)
            qFatal("cannot save");
        {
            storage::Database db;
            if (!db.create(file)
                || !db.execute("PRAGMA foreign_keys=OFF;"
                               "UPDATE segment SET id = '{' || id || '}';"
                               "UPDATE content_item SET id = upper(id);"
                               "UPDATE content_exclusion SET item_id = upper(item_id);"))
                qFatal("cannot change: %s", qPrintable(db.lastError()));
        }
        storage::OpenResult opened = storage::openPlanFile(file);
        if (!opened.plan)
            qWarning("%s", qPrintable(opened.message));
        return reopen(file);
    }

    // Was a bug: ids are read whatever their spelling but deleted by their canonical spelling:
    // a removed record comes back when the plan is opened again.
    void removedRecordWithIdSpelledOtherwiseComesBack()
    {
        const QString file = path(QStringLiteral("upper.cplan"));
        const Plan plan = testing::fullPlan();
        auto document = planWithIdsSpelledOtherwise(file, plan);
        QVERIFY(document);
        QVERIFY(document->plan() == plan); // read as the same plan
        document->undoStack()->push(new RemoveRecordCommand<ContentItem>(document.get(), plan.content[1].id, QStringLiteral("Remove")));
        expectSavedAsIs(*document, file);
    }

    // Was a bug: ... and a changed record is written a second time (INSERT OR REPLACE does not
    // find the old row), so the file has two records with one id and no longer opens.
    void changedRecordWithIdSpelledOtherwiseIsDuplicated()
    {
        const QString file = path(QStringLiteral("braces.cplan"));
        const Plan plan = testing::fullPlan();
        auto document = planWithIdsSpelledOtherwise(file, plan);
        QVERIFY(document);
        Segment segment = document->plan().segments[0];
        segment.name = QStringLiteral("Renamed");
        document->undoStack()->push(new ChangeRecordCommand<Segment>(document.get(), segment, QStringLiteral("Rename")));
        expectSavedAsIs(*document, file);
    }

    // Was a bug: the validator accepted any record date, the reader only years 1900..2999: a phase
    // that ended in 3000 (a typo) saved, and the plan then did not open ("damaged"). Now the
    // typo is refused where it is typed, and a document never writes what would not read back.
    void recordDatesTheReaderRefuses()
    {
        Plan plan = testing::fullPlan();
        plan.phases[1].end = Date(3000, 12, 31);
        const std::vector<Problem> problems = validatePlan(plan);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems.front().message,
                 QStringLiteral("Roll-out phase 'Roll-out': 3000-12-31 is outside the years 1900 to 2999"));
        Document document(testing::fullPlan());
        RolloutPhase typo = document.plan().phases[1];
        typo.end = Date(3000, 12, 31);
        document.undoStack()->push(new ChangeRecordCommand<RolloutPhase>(&document, typo, QStringLiteral("Change end")));
        const QString file = path(QStringLiteral("year-3000.cplan"));
        const storage::SaveResult saved = document.saveTo(file);
        QVERIFY(!saved.ok);
        QVERIFY2(saved.message.contains(QStringLiteral("outside the years 1900 to 2999")), qPrintable(saved.message));
        QVERIFY(!QFile::exists(file));
    }

    // A manager's SQLite tool that keeps the plan in WAL mode (journal_mode=WAL, common in
    // tools such as Datasette or DB Browser's option) and changes a value: the file is
    // complete and consistent (checkpointed on close), and must open.
    void planChangedInWalModeByAnotherProgramOpens()
    {
        const QString file = path(QStringLiteral("wal.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), file).ok);
        {
            storage::Database db;
            QVERIFY(db.create(file));
            QVERIFY2(db.execute("PRAGMA journal_mode=WAL; UPDATE plan_settings SET author = 'Manager';"),
                     qPrintable(db.lastError()));
        }
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
        const storage::OpenResult opened = storage::openPlanFile(file);
        QVERIFY2(opened.plan, qPrintable(opened.message));
        QCOMPARE(opened.plan->settings.author, QStringLiteral("Manager"));
    }

    // A copy made by another SQLite program with VACUUM INTO must open.
    void planCopiedWithVacuumIntoOpens()
    {
        const QString file = path(QStringLiteral("vacuum-source.cplan"));
        const QString copy = path(QStringLiteral("vacuum-copy.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), file).ok);
        {
            storage::Database db;
            QVERIFY(db.create(file));
            const QByteArray sql = "VACUUM INTO '" + copy.toUtf8() + "'";
            QVERIFY2(db.execute(sql.constData()), qPrintable(db.lastError()));
        }
        const storage::OpenResult opened = storage::openPlanFile(copy);
        QVERIFY2(opened.plan, qPrintable(opened.message));
        QVERIFY(*opened.plan == testing::fullPlan() || opened.plan->settings.name == testing::fullPlan().settings.name);
    }

    // Was a bug: a move to the same place (from == to) makes a record table model call
    // beginMoveRows with an invalid move (it returns false) and endMoveRows anyway.
    void movingARecordOntoItselfWithAModel()
    {
        Document document(testing::fullPlan());
        Segment second{newRecordId(), QStringLiteral("Cafés"), {}, 100, testing::eur(500), 0.5, 0.1, {}};
        document.undoStack()->push(new InsertRecordCommand<Segment>(&document, 1, second, QStringLiteral("Add")));
        RecordTableModel<Segment> *model = makeSegmentsModel(&document, this);
        QCOMPARE(model->rowCount(), 2);
        document.undoStack()->push(new MoveRecordCommand<Segment>(&document, 1, 1, QStringLiteral("Move")));
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->data(model->index(1, 0), Qt::DisplayRole).toString(), QStringLiteral("Cafés"));
    }
};

QTEST_GUILESS_MAIN(TestPlanIntegrity)
#include "tst_planintegrity.moc"
