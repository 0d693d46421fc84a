#include "commentcommands.h"

#include "commands.h"
#include "reviewcomments.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Commands", text);
}

const Comment *findComment(Document *document, const RecordId &id)
{
    const int index = document->indexOf<Comment>(id);
    return index >= 0 ? &document->records<Comment>()[std::size_t(index)] : nullptr;
}

} // namespace

QUndoCommand *makeAddCommentCommand(Document *document, const Comment &comment)
{
    QString text = tr("Add comment");
    if (!comment.parentId.isNull()) {
        const Comment *parent = findComment(document, comment.parentId);
        text = parent && !parent->author.isEmpty() ? tr("Reply to %1").arg(parent->author) : tr("Reply to comment");
    }
    return new InsertRecordCommand<Comment>(document, int(document->records<Comment>().size()), comment, text);
}

QUndoCommand *makeEditCommentCommand(Document *document, const RecordId &commentId, const QString &text)
{
    Comment changed;
    if (const Comment *current = findComment(document, commentId))
        changed = *current;
    changed.id = commentId;
    changed.text = text;
    return new ChangeRecordCommand<Comment>(document, changed, tr("Edit comment"));
}

QUndoCommand *makeResolveCommentCommand(Document *document, const RecordId &commentId, bool resolved)
{
    Comment changed;
    if (const Comment *current = findComment(document, commentId))
        changed = *current;
    changed.id = commentId;
    changed.resolved = resolved;
    return new ChangeRecordCommand<Comment>(document, changed, resolved ? tr("Resolve comment") : tr("Reopen comment"));
}

QUndoCommand *makeDeleteCommentCommand(Document *document, const RecordId &commentId)
{
    auto *command = new QUndoCommand(tr("Delete comment"));
    const std::vector<Comment> &comments = document->records<Comment>();
    QSet<RecordId> gone{commentId};
    bool grew = true;
    while (grew) { // replies to replies
        grew = false;
        for (const Comment &c : comments) {
            if (!gone.contains(c.id) && !c.parentId.isNull() && gone.contains(c.parentId)) {
                gone.insert(c.id);
                grew = true;
            }
        }
    }
    // Later comments first, so the indexes the children remember stay right.
    for (int i = int(comments.size()) - 1; i >= 0; --i) {
        if (gone.contains(comments[std::size_t(i)].id))
            new RemoveRecordCommand<Comment>(document, comments[std::size_t(i)].id, command->text(), command);
    }
    return command;
}

QString approvalCommandText(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Draft: return tr("Move plan back to draft");
    case ApprovalStatus::InReview: return tr("Send plan for review");
    case ApprovalStatus::Approved: return tr("Approve plan");
    case ApprovalStatus::ChangesRequested: return tr("Request changes");
    }
    return tr("Change approval");
}

QUndoCommand *makeChangeApprovalStatusCommand(Document *document, ApprovalStatus status, const QString &by,
                                              const QDateTime &at, const QString &note)
{
    return new ChangeApprovalCommand(document, withStatus(document->plan().approval, status, by, at, note),
                                     approvalCommandText(status));
}

} // namespace cplan
