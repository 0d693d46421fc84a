// Comments and the approval as undo commands: each step does exactly its change and undoes
// it; the comment list model and its filters; the markers on commented records.
#include "channelmodels.h"
#include "commentcommands.h"
#include "commentmarker.h"
#include "commentmodel.h"
#include "occurrencemodel.h"
#include "planfile.h"
#include "testplans.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QIcon>
#include <QTest>

using namespace cplan;

namespace {

Comment newComment(const RecordId &parent, const QString &section, const RecordId &record, const QString &author,
                   const QString &text)
{
    return {newRecordId(), parent, section, record, author, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC), text,
            false};
}

const Comment *find(const Document &document, const RecordId &id)
{
    const int index = document.indexOf<Comment>(id);
    return index >= 0 ? &document.records<Comment>()[std::size_t(index)] : nullptr;
}

} // namespace

class TestCommentCommands : public QObject
{
    Q_OBJECT
private slots:
    void addReplyResolveEditDeleteAndUndo()
    {
        Document document(testing::fullPlan());
        const Plan before = document.plan();
        const RecordId channel = before.channels.front().id;
        QUndoStack *stack = document.undoStack();

        const Comment question = newComment({}, QStringLiteral("channels"), channel, QStringLiteral("Henrik"), QStringLiteral("Why?"));
        stack->push(makeAddCommentCommand(&document, question));
        QCOMPARE(stack->undoText(), QStringLiteral("Add comment"));
        QCOMPARE(document.plan().comments.size(), before.comments.size() + 1);
        QCOMPARE(document.plan().comments.back(), question);

        const Comment answer = newComment(question.id, QStringLiteral("channels"), channel, QStringLiteral("Maya"), QStringLiteral("Tests."));
        stack->push(makeAddCommentCommand(&document, answer));
        QCOMPARE(stack->undoText(), QStringLiteral("Reply to Henrik"));
        const Comment followUp = newComment(answer.id, QStringLiteral("channels"), channel, QStringLiteral("Henrik"), QStringLiteral("Fine"));
        stack->push(makeAddCommentCommand(&document, followUp));

        stack->push(makeResolveCommentCommand(&document, question.id, true));
        QCOMPARE(stack->undoText(), QStringLiteral("Resolve comment"));
        QVERIFY(find(document, question.id)->resolved);
        QVERIFY(!find(document, answer.id)->resolved); // the thread's state is its first comment's

        stack->push(makeEditCommentCommand(&document, answer.id, QStringLiteral("Tests first.")));
        QCOMPARE(stack->undoText(), QStringLiteral("Edit comment"));
        QCOMPARE(find(document, answer.id)->text, QStringLiteral("Tests first."));
        QCOMPARE(find(document, answer.id)->author, QStringLiteral("Maya")); // nothing else changes

        // Deleting the first comment takes both replies along, as one step.
        stack->push(makeDeleteCommentCommand(&document, question.id));
        QCOMPARE(stack->undoText(), QStringLiteral("Delete comment"));
        QCOMPARE(document.plan().comments, before.comments);

        stack->undo();
        QCOMPARE(document.plan().comments.size(), before.comments.size() + 3);
        QCOMPARE(find(document, followUp.id)->parentId, answer.id);
        stack->undo();
        QCOMPARE(find(document, answer.id)->text, QStringLiteral("Tests."));
        stack->undo();
        QVERIFY(!find(document, question.id)->resolved);
        stack->push(makeResolveCommentCommand(&document, question.id, true));
        stack->push(makeResolveCommentCommand(&document, question.id, false));
        QCOMPARE(stack->undoText(), QStringLiteral("Reopen comment"));
        QVERIFY(!find(document, question.id)->resolved);
        while (stack->canUndo())
            stack->undo();
        QCOMPARE(document.plan(), before);
    }

    void approvalStepsKeepTheHistory()
    {
        Plan plan = testing::fullPlan();
        plan.approval = {};
        Document document(plan);
        QUndoStack *stack = document.undoStack();
        const QDateTime monday(QDate(2026, 12, 7), QTime(9, 30), Qt::UTC);
        stack->push(makeChangeApprovalStatusCommand(&document, ApprovalStatus::InReview, QStringLiteral("Maya"), monday,
                                                    QStringLiteral("Ready")));
        QCOMPARE(stack->undoText(), QStringLiteral("Send plan for review"));
        stack->push(makeChangeApprovalStatusCommand(&document, ApprovalStatus::Approved, QStringLiteral("Henrik"),
                                                    monday.addDays(1), {}));
        QCOMPARE(stack->undoText(), QStringLiteral("Approve plan"));
        const Approval &approval = document.plan().approval;
        QCOMPARE(approval.status, ApprovalStatus::Approved);
        QCOMPARE(approval.by, QStringLiteral("Henrik"));
        QCOMPARE(approval.history.size(), std::size_t(2));
        QCOMPARE(approval.history[0].status, ApprovalStatus::InReview);
        QCOMPARE(approval.history[0].at, monday);
        stack->undo();
        QCOMPARE(document.plan().approval.status, ApprovalStatus::InReview);
        QCOMPARE(document.plan().approval.history.size(), std::size_t(1));
        stack->undo();
        QCOMPARE(document.plan().approval, Approval());
    }

    void commentListThreadsAndFilters()
    {
        Document document(testing::fullPlan()); // an open thread on "Paid search" with one reply
        CommentModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CommentFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.rowCount(), 1);
        const QModelIndex thread = model.index(0, 0);
        QCOMPARE(model.rowCount(thread), 1);
        QCOMPARE(model.index(0, CommentModel::AuthorColumn, thread).data().toString(), QStringLiteral("Maya"));
        QCOMPARE(model.index(0, CommentModel::StateColumn).data().toString(), QStringLiteral("Open"));
        QCOMPARE(model.index(0, CommentModel::SectionColumn).data().toString(), QStringLiteral("Channels"));

        const RecordId plan = newRecordId();
        document.undoStack()->push(makeAddCommentCommand(
            &document, {plan, {}, {}, {}, QStringLiteral("Henrik"), QDateTime(QDate(2026, 12, 2), QTime(8, 0), Qt::UTC),
                        QStringLiteral("Where is the PR budget?"), false}));
        document.undoStack()->push(makeResolveCommentCommand(&document, plan, true));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, CommentModel::AnchorColumn).data().toString(), QStringLiteral("Whole plan"));
        QCOMPARE(model.index(1, CommentModel::StateColumn).data().toString(), QStringLiteral("Resolved"));

        filter.setStateFilter(CommentFilterModel::State::Open);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.rowCount(filter.index(0, 0)), 1); // the reply stays with its thread
        filter.setStateFilter(CommentFilterModel::State::Resolved);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(RecordIdRole).toUuid(), plan);
        filter.setStateFilter(CommentFilterModel::State::All);
        filter.setSectionFilter(QStringLiteral("channels"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSectionFilter(QStringLiteral(""));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(RecordIdRole).toUuid(), plan);
        filter.setSectionFilter(QString());
        // Words in a reply find its thread.
        filter.setSearchText(QStringLiteral("because"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Why so much?"));
        filter.setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void commentedRecordsShowAMarker()
    {
        Document document(testing::fullPlan());
        std::unique_ptr<RecordTableModel<Channel>> channels(makeChannelsModel(&document));
        int commented = -1;
        for (int row = 0; row < channels->rowCount(); ++row) {
            if (channels->recordAt(row).id == document.plan().comments.front().recordId)
                commented = row;
        }
        QVERIFY(commented >= 0);
        const int other = commented == 0 ? 1 : 0;
        QVERIFY(channels->index(commented, 0).data(Qt::DecorationRole).value<QIcon>().cacheKey()
                == commentMarkerIcon(true).cacheKey());
        QCOMPARE(channels->index(commented, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("1 open comment"));
        QVERIFY(!channels->index(other, 0).data(Qt::DecorationRole).isValid());
        QVERIFY(!channels->index(commented, 1).data(Qt::DecorationRole).isValid());

        // Resolving the thread greys the marker, and the table hears about it.
        int changes = 0;
        connect(channels.get(), &QAbstractItemModel::dataChanged, this, [&changes] { ++changes; });
        document.undoStack()->push(makeResolveCommentCommand(&document, document.plan().comments.front().id, true));
        QVERIFY(changes > 0);
        QVERIFY(channels->index(commented, 0).data(Qt::DecorationRole).value<QIcon>().cacheKey()
                == commentMarkerIcon(false).cacheKey());
        QCOMPARE(channels->index(commented, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("1 resolved comment"));
        document.undoStack()->push(makeDeleteCommentCommand(&document, document.plan().comments.front().id));
        QVERIFY(document.plan().comments.empty());
        QVERIFY(!channels->index(commented, 0).data(Qt::DecorationRole).isValid());
    }

    void aReviewSavesCommentsButNeverAChangedContent()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("review.cplan"));
        Document document(testing::fullPlan());
        document.setReadOnly(true, QStringLiteral("Reviewing"));
        document.setReviewing(true);
        QVERIFY(document.isReadOnly());
        QVERIFY(document.canComment());
        document.undoStack()->push(makeAddCommentCommand(
            &document, newComment({}, {}, {}, QStringLiteral("Henrik"), QStringLiteral("Fine by me"))));
        QVERIFY(document.saveTo(file).ok);

        // Only a page bypassing the read-only state could do this; the save still refuses.
        PlanSettings settings = document.plan().settings;
        settings.name = QStringLiteral("Changed in review");
        document.undoStack()->push(new ChangeSettingsCommand(&document, settings, QStringLiteral("Rename plan")));
        const storage::SaveResult refused = document.saveTo(file);
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.contains(QStringLiteral("review.cplan")));
        QVERIFY(refused.message.contains(QStringLiteral("content changed during the review")));
        QCOMPARE(storage::openPlanFile(file).plan->settings.name, testing::fullPlan().settings.name);

        // Plain read-only (not a review) allows no comments.
        document.setReviewing(false);
        QVERIFY(!document.canComment());
    }

    void commentedContentShowsInTheCalendar()
    {
        Document document(testing::fullPlan());
        const ContentItem weekly = document.plan().content.front(); // Tuesdays from 3 March 2026, 10 times
        OccurrenceModel occurrences(&document);
        occurrences.setRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        QVERIFY(occurrences.rowCount() > 0);
        auto markers = [&occurrences, &weekly] {
            QList<int> values;
            for (int row = 0; row < occurrences.rowCount(); ++row) {
                const QModelIndex index = occurrences.index(row, 0);
                if (index.data(OccurrenceModel::ItemIdRole).toUuid() == weekly.id)
                    values.append(index.data(OccurrenceModel::CommentsRole).toInt());
            }
            return values;
        };
        QCOMPARE(markers(), QList<int>({0, 0, 0, 0})); // 3, 10, 24 and 31 March; 17 March is excluded
        const Comment note = newComment({}, QStringLiteral("calendar"), weekly.id, QStringLiteral("Henrik"), QStringLiteral("Earlier?"));
        document.undoStack()->push(makeAddCommentCommand(&document, note));
        QCOMPARE(markers(), QList<int>({2, 2, 2, 2})); // every date of the item, open
        document.undoStack()->push(makeResolveCommentCommand(&document, note.id, true));
        QCOMPARE(markers(), QList<int>({1, 1, 1, 1}));
    }
};

QTEST_MAIN(TestCommentCommands)
#include "tst_commentcommands.moc"
