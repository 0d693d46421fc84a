#pragma once

#include "document.h"

#include <QDateTime>
#include <QUndoCommand>

namespace cplan {

// Undo commands of a review: comments and the approval. They never touch the plan's content,
// so they are allowed while reviewing (Document::canComment()).

// A new comment, or a reply when `comment.parentId` is set: "Add comment", "Reply to Maya".
QUndoCommand *makeAddCommentCommand(Document *document, const Comment &comment);
// "Edit comment": the text of one comment.
QUndoCommand *makeEditCommentCommand(Document *document, const RecordId &commentId, const QString &text);
// "Resolve comment" / "Reopen comment": the state of one thread (its first comment).
QUndoCommand *makeResolveCommentCommand(Document *document, const RecordId &commentId, bool resolved);
// "Delete comment": the comment and every reply to it.
QUndoCommand *makeDeleteCommentCommand(Document *document, const RecordId &commentId);
// "Approve plan", "Request changes" ...: the status moves on, the old one goes into the history.
QUndoCommand *makeChangeApprovalStatusCommand(Document *document, ApprovalStatus status, const QString &by,
                                              const QDateTime &at, const QString &note);
// The readable name of a change to `status`, for the undo history.
QString approvalCommandText(ApprovalStatus status);

} // namespace cplan
