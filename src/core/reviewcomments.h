#pragma once

#include "plan.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace cplan {

// The parts of a plan a comment can be about, in the order the application shows them. The
// keys are the views' keys ("channels", "market" ...); "" is the plan as a whole.
struct CommentSection
{
    QString key;
    QString title;
};
const std::vector<CommentSection> &commentSections();
// "Channels" for "channels", "Whole plan" for ""; an unknown key is shown as it is.
QString commentSectionTitle(const QString &key);

// Where a record lives and what people call it: section "channels", name "Channel “Google Ads”".
struct RecordAnchor
{
    QString section;
    QString name;
};
std::optional<RecordAnchor> findRecordAnchor(const Plan &plan, const RecordId &id);

// One comment as a list or a report shows it: threads in the order they were started, each
// first comment followed by its replies (and replies to replies) in time order.
struct CommentListEntry
{
    Comment comment;
    int depth = 0;          // 0 for the comment that starts a thread
    RecordId threadId;      // the id of the thread's first comment
    bool threadResolved = false;
    QString section;        // the section key (taken from the record when the comment has none)
    QString sectionTitle;   // "Channels", "Whole plan"
    QString anchorName;     // "Channel “Google Ads”", "Section Channels", "Whole plan", "Removed record"
};
std::vector<CommentListEntry> listComments(const Plan &plan);

// Replies to a comment, and replies to those, all counted.
int countReplies(const Plan &plan, const RecordId &commentId);

// The threads started on one record: how many are still open and how many are resolved.
struct CommentCount
{
    int open = 0;
    int resolved = 0;
    int total() const { return open + resolved; }
};
CommentCount commentsOn(const Plan &plan, const RecordId &recordId);
// All threads of the plan.
CommentCount commentThreads(const Plan &plan);

// The approval after a change of status: the new status, with who, when and why, becomes
// current and is added to the end of the history (oldest first), which keeps every change.
Approval withStatus(const Approval &current, ApprovalStatus status, const QString &by, const QDateTime &at,
                    const QString &note);
// Every status the plan had, oldest first, the current one last.
std::vector<ApprovalEvent> approvalHistory(const Approval &approval);

} // namespace cplan
