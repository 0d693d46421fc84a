// The review's pure functions: comments listed thread by thread with what they are about (the
// report reuses this), counts per record, and the approval history.
#include "reviewcomments.h"

#include <QTest>

using namespace cplan;

namespace {

QDateTime at(int day, int hour)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
}

Comment comment(const RecordId &parent, const QString &section, const RecordId &record, const QString &author,
                const QDateTime &when, const QString &text, bool resolved = false)
{
    return {newRecordId(), parent, section, record, author, when, text, resolved};
}

} // namespace

class TestReviewComments : public QObject
{
    Q_OBJECT
private slots:
    void threadsInTimeOrderWithTheirReplies()
    {
        Plan plan = makeBlankPlan(QStringLiteral("Tea"));
        Channel ads;
        ads.id = newRecordId();
        ads.name = QStringLiteral("Google Ads");
        plan.channels = {ads};
        RolloutPhase test;
        test.id = newRecordId();
        test.channelId = ads.id;
        test.name = QStringLiteral("Search test");
        plan.phases = {test};
        // Stored out of order on purpose: the list orders by time, replies under their comment.
        const Comment late = comment({}, {}, {}, QStringLiteral("Henrik"), at(22, 9), QStringLiteral("Looks good overall"));
        const Comment first = comment({}, QStringLiteral("channels"), ads.id, QStringLiteral("Henrik"), at(20, 9),
                                      QStringLiteral("Budget?"));
        const Comment secondReply = comment(first.id, QStringLiteral("channels"), ads.id, QStringLiteral("Henrik"),
                                            at(21, 12), QStringLiteral("OK then"));
        const Comment firstReply = comment(first.id, QStringLiteral("channels"), ads.id, QStringLiteral("Maya"),
                                           at(21, 8), QStringLiteral("Because of Q4"));
        const Comment replyToReply = comment(firstReply.id, QStringLiteral("channels"), ads.id, QStringLiteral("Henrik"),
                                             at(21, 9), QStringLiteral("Which part of Q4?"));
        // No section stored: taken from the record (a phase lives in the roll-out).
        const Comment onPhase = comment({}, {}, test.id, QStringLiteral("Maya"), at(20, 10), QStringLiteral("Too short"), true);
        const Comment onSection = comment({}, QStringLiteral("market"), {}, QStringLiteral("Maya"), at(20, 11),
                                          QStringLiteral("Add a segment"));
        plan.comments = {late, secondReply, first, onSection, replyToReply, onPhase, firstReply};

        const std::vector<CommentListEntry> list = listComments(plan);
        QCOMPARE(list.size(), std::size_t(7));
        const QStringList expectedTexts = {QStringLiteral("Budget?"), QStringLiteral("Because of Q4"),
                                           QStringLiteral("Which part of Q4?"), QStringLiteral("OK then"),
                                           QStringLiteral("Too short"), QStringLiteral("Add a segment"),
                                           QStringLiteral("Looks good overall")};
        const QList<int> expectedDepths = {0, 1, 2, 1, 0, 0, 0};
        for (std::size_t i = 0; i < list.size(); ++i) {
            QCOMPARE(list[i].comment.text, expectedTexts[int(i)]);
            QCOMPARE(list[i].depth, expectedDepths[int(i)]);
        }
        QCOMPARE(list[2].threadId, first.id);
        QCOMPARE(list[0].anchorName, QStringLiteral("Channel “Google Ads”"));
        QCOMPARE(list[0].sectionTitle, QStringLiteral("Channels"));
        QCOMPARE(list[3].anchorName, QStringLiteral("Channel “Google Ads”")); // replies carry the thread's anchor
        QCOMPARE(list[4].anchorName, QStringLiteral("Phase “Search test” of Google Ads"));
        QCOMPARE(list[4].section, QStringLiteral("rollout"));
        QCOMPARE(list[4].sectionTitle, QStringLiteral("Roll-out"));
        QVERIFY(list[4].threadResolved);
        QCOMPARE(list[5].anchorName, QStringLiteral("Section Market"));
        QCOMPARE(list[6].anchorName, QStringLiteral("Whole plan"));
        QCOMPARE(list[6].sectionTitle, QStringLiteral("Whole plan"));

        QCOMPARE(countReplies(plan, first.id), 3);
        QCOMPARE(countReplies(plan, firstReply.id), 1);
        QCOMPARE(countReplies(plan, late.id), 0);

        const CommentCount onAds = commentsOn(plan, ads.id);
        QCOMPARE(onAds.open, 1); // one thread, however many replies
        QCOMPARE(onAds.resolved, 0);
        QCOMPARE(commentsOn(plan, test.id).resolved, 1);
        QCOMPARE(commentsOn(plan, newRecordId()).total(), 0);
        const CommentCount all = commentThreads(plan);
        QCOMPARE(all.open, 3);
        QCOMPARE(all.resolved, 1);
    }

    void aCommentOnARemovedRecordSaysSo()
    {
        Plan plan = makeBlankPlan(QStringLiteral("Tea"));
        plan.comments = {comment({}, QStringLiteral("channels"), newRecordId(), QStringLiteral("A"), at(20, 9), QStringLiteral("x"))};
        const std::vector<CommentListEntry> list = listComments(plan);
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list[0].anchorName, QStringLiteral("Removed record"));
        QCOMPARE(list[0].sectionTitle, QStringLiteral("Channels"));
    }

    void statusChangesKeepTheHistory()
    {
        Approval approval; // a new plan: a draft nobody has set
        QVERIFY(approvalHistory(approval).empty());
        approval = withStatus(approval, ApprovalStatus::InReview, QStringLiteral("Maya"), at(19, 8), QStringLiteral("Ready"));
        approval = withStatus(approval, ApprovalStatus::ChangesRequested, QStringLiteral("Henrik"), at(20, 9),
                              QStringLiteral("Less on banners"));
        approval = withStatus(approval, ApprovalStatus::Approved, QStringLiteral("Henrik"), at(22, 15), {});
        QCOMPARE(approval.status, ApprovalStatus::Approved);
        QCOMPARE(approval.by, QStringLiteral("Henrik"));
        QCOMPARE(approval.at, at(22, 15));
        QCOMPARE(approval.history.size(), std::size_t(3));
        QCOMPARE(approval.history[0], (ApprovalEvent{ApprovalStatus::InReview, QStringLiteral("Maya"), at(19, 8), QStringLiteral("Ready")}));
        QCOMPARE(approval.history[1].note, QStringLiteral("Less on banners"));
        QCOMPARE(approval.history[2].status, ApprovalStatus::Approved);
        QCOMPARE(approvalHistory(approval).size(), std::size_t(3)); // the current status is not shown twice
    }

    void aHistoryWithoutTheCurrentStatusGetsIt()
    {
        // As in the bundled sample: the history holds what came before the current status.
        Approval approval{ApprovalStatus::InReview, QStringLiteral("Maya"), at(25, 16), QStringLiteral("Q1 results"),
                          {{ApprovalStatus::Approved, QStringLiteral("Henrik"), at(14, 11), QStringLiteral("Go")}}};
        const std::vector<ApprovalEvent> events = approvalHistory(approval);
        QCOMPARE(events.size(), std::size_t(2));
        QCOMPARE(events[1].status, ApprovalStatus::InReview);
        const Approval next = withStatus(approval, ApprovalStatus::Approved, QStringLiteral("Henrik"), at(26, 9), {});
        QCOMPARE(next.history.size(), std::size_t(3));
        QCOMPARE(next.history[1].note, QStringLiteral("Q1 results"));
        QCOMPARE(next.history[2].by, QStringLiteral("Henrik"));
    }
};

QTEST_GUILESS_MAIN(TestReviewComments)
#include "tst_reviewcomments.moc"
