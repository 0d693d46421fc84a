#include "commentactions.h"

#include "appsettings.h"
#include "approvaldialog.h"
#include "commentcommands.h"
#include "commentdialog.h"
#include "document.h"
#include "reviewcomments.h"
#include "userprompts.h"

namespace cplan {

CommentActions::CommentActions(Document *document, UserPrompts *prompts, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_document(document), m_prompts(prompts), m_dialogParent(dialogParent)
{
}

bool CommentActions::enabled() const
{
    return m_document->canComment();
}

QString CommentActions::ensureAuthor()
{
    QString name = AppSettings::authorName().trimmed();
    if (name.isEmpty()) {
        name = m_prompts->askAuthorName().trimmed();
        if (!name.isEmpty())
            AppSettings::setAuthorName(name);
    }
    return name;
}

bool CommentActions::isOwn(const Comment &comment) const
{
    const QString me = AppSettings::authorName().trimmed();
    return !me.isEmpty() && comment.author == me;
}

const Comment *CommentActions::find(const RecordId &commentId) const
{
    const int index = m_document->indexOf<Comment>(commentId);
    return index >= 0 ? &m_document->records<Comment>()[std::size_t(index)] : nullptr;
}

bool CommentActions::addComment(const QString &section, const RecordId &record)
{
    if (!enabled())
        return false;
    const QString author = ensureAuthor();
    if (author.isEmpty())
        return false;
    Comment anchor;
    anchor.section = section;
    QString recordName;
    if (const std::optional<RecordAnchor> found = findRecordAnchor(m_document->plan(), record)) {
        anchor.recordId = record;
        anchor.section = found->section;
        recordName = found->name;
    }
    CommentDialog dialog(CommentDialog::Mode::New, anchor, recordName, commentSectionTitle(anchor.section), {},
                         m_dialogParent);
    if (!m_prompts->runReviewDialog(&dialog) || dialog.text().isEmpty() || !enabled())
        return false;
    Comment comment;
    comment.id = newRecordId();
    comment.section = dialog.section();
    comment.recordId = dialog.recordId();
    comment.author = author;
    comment.createdAt = QDateTime::currentDateTimeUtc();
    comment.text = dialog.text();
    m_document->undoStack()->push(makeAddCommentCommand(m_document, comment));
    return true;
}

bool CommentActions::reply(const RecordId &commentId)
{
    const Comment *parent = find(commentId);
    if (!parent || !enabled())
        return false;
    const QString author = ensureAuthor();
    if (author.isEmpty())
        return false;
    const Comment original = *parent;
    CommentDialog dialog(CommentDialog::Mode::Reply, original, {}, {},
                         tr("%1 wrote: %2").arg(original.author, original.text), m_dialogParent);
    if (!m_prompts->runReviewDialog(&dialog) || dialog.text().isEmpty() || !enabled())
        return false;
    Comment reply;
    reply.id = newRecordId();
    reply.parentId = original.id;
    reply.section = original.section;
    reply.recordId = original.recordId;
    reply.author = author;
    reply.createdAt = QDateTime::currentDateTimeUtc();
    reply.text = dialog.text();
    m_document->undoStack()->push(makeAddCommentCommand(m_document, reply));
    return true;
}

bool CommentActions::edit(const RecordId &commentId)
{
    const Comment *comment = find(commentId);
    if (!comment || !enabled() || !isOwn(*comment))
        return false;
    CommentDialog dialog(CommentDialog::Mode::Edit, *comment, {}, {}, {}, m_dialogParent);
    dialog.setText(comment->text);
    if (!m_prompts->runReviewDialog(&dialog) || dialog.text().isEmpty() || !enabled())
        return false;
    comment = find(commentId);
    if (!comment || comment->text == dialog.text())
        return false;
    m_document->undoStack()->push(makeEditCommentCommand(m_document, commentId, dialog.text()));
    return true;
}

bool CommentActions::remove(const RecordId &commentId)
{
    const Comment *comment = find(commentId);
    if (!comment || !enabled() || !isOwn(*comment))
        return false;
    if (!m_prompts->confirmDeleteComment(comment->text, countReplies(m_document->plan(), commentId)))
        return false;
    m_document->undoStack()->push(makeDeleteCommentCommand(m_document, commentId));
    return true;
}

bool CommentActions::setResolved(const RecordId &commentId, bool resolved)
{
    const Comment *comment = find(commentId);
    if (!comment || !enabled() || comment->resolved == resolved)
        return false;
    m_document->undoStack()->push(makeResolveCommentCommand(m_document, commentId, resolved));
    return true;
}

bool CommentActions::changeStatus()
{
    if (!enabled())
        return false;
    const QString author = ensureAuthor();
    if (author.isEmpty())
        return false;
    ApprovalDialog dialog(m_document->plan().approval, author, m_dialogParent);
    if (!m_prompts->runReviewDialog(&dialog) || !enabled())
        return false;
    m_document->undoStack()->push(makeChangeApprovalStatusCommand(m_document, dialog.status(), author,
                                                                  QDateTime::currentDateTimeUtc(), dialog.note()));
    return true;
}

} // namespace cplan
