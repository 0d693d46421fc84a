#pragma once

#include "plan.h"

#include <QObject>

class QWidget;

namespace cplan {

class Document;
class UserPrompts;

// What a reviewer does with comments and the approval, from any view: write a comment on a
// record, a section or the plan; reply; resolve or reopen; edit or delete one's own; change
// the approval status. Each is one undo command. Comments are signed with the author name
// from Settings, asked for once when there is none.
class CommentActions : public QObject
{
    Q_OBJECT
public:
    CommentActions(Document *document, UserPrompts *prompts, QWidget *dialogParent, QObject *parent = nullptr);

    Document *document() const { return m_document; }
    // Comments and the approval may change (an editable plan, or a review).
    bool enabled() const;
    // The author name, asked for when Settings has none; empty when the user declines.
    QString ensureAuthor();
    // Whether `comment` was written by the current user (who may edit or delete it).
    bool isOwn(const Comment &comment) const;

    // A new comment; `section` and `record` are the suggestion the dialog starts with.
    bool addComment(const QString &section, const RecordId &record);
    bool reply(const RecordId &commentId);
    bool edit(const RecordId &commentId);
    bool remove(const RecordId &commentId);
    bool setResolved(const RecordId &commentId, bool resolved);
    bool changeStatus();

private:
    const Comment *find(const RecordId &commentId) const;

    Document *m_document;
    UserPrompts *m_prompts;
    QWidget *m_dialogParent;
};

} // namespace cplan
