// Saving writes only what changed into the database kept from the file. Whatever sequence of
// edits happens, the saved file must read back as exactly the document's plan.
#include "commands.h"
#include "planfile.h"
#include "testplans.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

class TestDocumentSave : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<Document> openSaved(const Plan &plan, const QString &file)
    {
        if (!storage::savePlanFile(plan, file).ok)
            qFatal("cannot save");
        storage::OpenResult opened = storage::openPlanFile(file);
        if (!opened.plan || !opened.database)
            qFatal("cannot open");
        return std::make_unique<Document>(std::move(*opened.plan), opened.database);
    }

    static void expectSavedAsIs(Document &document, const QString &file)
    {
        const storage::SaveResult saved = document.saveTo(file);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        const storage::OpenResult reopened = storage::openPlanFile(file);
        QVERIFY2(reopened.plan, qPrintable(reopened.message));
        QVERIFY(*reopened.plan == document.plan());
    }

    static ContentItem newItem(int n)
    {
        ContentItem item;
        item.id = newRecordId();
        item.title = QStringLiteral("Post %1").arg(n);
        item.date = Date(2026, 5, 1 + n % 28);
        if (n % 3 == 0)
            item.excludedDates = {Date(2026, 6, 1)};
        return item;
    }

private slots:
    void randomEditsSaveExactly()
    {
        QVERIFY(m_dir.isValid());
        const QString file = m_dir.filePath(QStringLiteral("random.cplan"));
        Plan start = testing::fullPlan();
        for (int i = 0; i < 40; ++i)
            start.content.push_back(newItem(i));
        auto document = openSaved(start, file);
        QUndoStack *stack = document->undoStack();
        QRandomGenerator random(20261123);
        for (int round = 0; round < 60; ++round) {
            for (int step = 0; step < 8; ++step) {
                const auto &content = document->plan().content;
                const int size = int(content.size());
                switch (random.bounded(7)) {
                case 0:
                    stack->push(new InsertRecordCommand<ContentItem>(document.get(), random.bounded(size + 1),
                                                                     newItem(round * 10 + step), QStringLiteral("Add")));
                    break;
                case 1:
                    if (size > 1)
                        stack->push(new RemoveRecordCommand<ContentItem>(document.get(), content[std::size_t(random.bounded(size))].id,
                                                                         QStringLiteral("Remove")));
                    break;
                case 2:
                    if (size > 1)
                        stack->push(new MoveRecordCommand<ContentItem>(document.get(), random.bounded(size), random.bounded(size),
                                                                       QStringLiteral("Move")));
                    break;
                case 3: {
                    ContentItem changed = content[std::size_t(random.bounded(size))];
                    changed.title += QStringLiteral("!");
                    changed.excludedDates = {Date(2026, 7, 1 + random.bounded(20))};
                    stack->push(new ChangeRecordCommand<ContentItem>(document.get(), changed, QStringLiteral("Change")));
                    break;
                }
                case 4: {
                    Kpi kpi = document->plan().kpis[0];
                    kpi.monthlyTargets[YearMonth{2026, 1 + random.bounded(12)}] = random.bounded(1000);
                    stack->push(new ChangeRecordCommand<Kpi>(document.get(), kpi, QStringLiteral("Target")));
                    break;
                }
                case 5:
                    if (stack->canUndo())
                        stack->undo();
                    break;
                default: {
                    PlanSettings settings = document->plan().settings;
                    settings.months = 1 + random.bounded(120);
                    stack->push(new ChangeSettingsCommand(document.get(), settings, QStringLiteral("Horizon")));
                    break;
                }
                }
            }
            expectSavedAsIs(*document, file);
        }
    }

    void manyInsertsAtOnePlaceAndLargeBatches()
    {
        const QString file = m_dir.filePath(QStringLiteral("dense.cplan"));
        auto document = openSaved(testing::fullPlan(), file);
        const Plan original = document->plan();
        // Always between the first two items: the gap between their positions halves each
        // time, until there is no room left and the list is written afresh.
        for (int i = 0; i < 80; ++i) {
            document->undoStack()->push(new InsertRecordCommand<ContentItem>(document.get(), 1, newItem(i), QStringLiteral("Add")));
            expectSavedAsIs(*document, file);
        }
        // More changes than are worth doing one by one.
        for (int i = 0; i < 600; ++i)
            document->undoStack()->push(new InsertRecordCommand<ContentItem>(document.get(), i % 7, newItem(i), QStringLiteral("Add")));
        expectSavedAsIs(*document, file);
        document->undoStack()->setIndex(0);
        expectSavedAsIs(*document, file);
        QVERIFY(document->plan() == original);
    }

    void removingAChannelWithEverythingSavesExactly()
    {
        const QString file = m_dir.filePath(QStringLiteral("cascade.cplan"));
        auto document = openSaved(testing::fullPlan(), file);
        const Plan original = document->plan();
        document->undoStack()->push(makeRemoveChannelCommand(document.get(), document->plan().channels[0].id));
        expectSavedAsIs(*document, file);
        document->undoStack()->undo();
        expectSavedAsIs(*document, file);
        QVERIFY(document->plan() == original);
    }
};

QTEST_GUILESS_MAIN(TestDocumentSave)
#include "tst_documentsave.moc"
