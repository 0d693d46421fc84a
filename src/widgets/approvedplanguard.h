#pragma once

#include <QObject>
#include <QSet>

class QUndoCommand;

namespace cplan {

class Document;
class UserPrompts;

// Watches the edits of a plan that is approved: the first change to its content (not a
// comment, not the approval) asks whether to move the plan back to draft. Yes keeps the change
// and adds "Move plan back to draft" as the next undo step; no takes the change back (it
// leaves no redo behind). Undo and redo of steps already decided never ask again.
//
// The question comes right after the change, not before it: every page pushes its own undo
// commands, and Qt's undo stack cannot be asked first. Asking from the event loop (not from
// inside the edit) lets the page finish what it was doing with the change in place.
class ApprovedPlanGuard : public QObject
{
    Q_OBJECT
public:
    ApprovedPlanGuard(Document *document, UserPrompts *prompts, QObject *parent = nullptr);

private:
    void stepChanged(int index);
    void decide(const QUndoCommand *command);
    void forgetDeleted();

    Document *m_document;
    UserPrompts *m_prompts;
    bool m_contentChanged = false;
    QSet<const QUndoCommand *> m_seen; // steps pushed while watched, decided or not in question
};

} // namespace cplan
