#include "approvedplanguard.h"

#include "appsettings.h"
#include "commands.h"
#include "commentcommands.h"
#include "document.h"
#include "userprompts.h"

#include <QTimer>
#include <QUndoStack>

namespace cplan {

ApprovedPlanGuard::ApprovedPlanGuard(Document *document, UserPrompts *prompts, QObject *parent)
    : QObject(parent), m_document(document), m_prompts(prompts)
{
    for (int i = 0; i < document->undoStack()->count(); ++i)
        m_seen.insert(document->undoStack()->command(i));
    auto content = [this] { m_contentChanged = true; };
    auto record = [this](RecordKind kind) {
        if (kind != RecordKind::Comment)
            m_contentChanged = true;
    };
    connect(document, &Document::settingsChanged, this, content);
    connect(document, &Document::textsChanged, this, content);
    connect(document, &Document::recordsInserted, this, record);
    connect(document, &Document::recordsRemoved, this, record);
    connect(document, &Document::recordsMoved, this, record);
    connect(document, &Document::recordChanged, this, record);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &ApprovedPlanGuard::stepChanged);
}

void ApprovedPlanGuard::forgetDeleted()
{
    // A step Qt deleted (the redo steps a new edit replaces) may have its address reused.
    QSet<const QUndoCommand *> live;
    const QUndoStack *stack = m_document->undoStack();
    for (int i = 0; i < stack->count(); ++i) {
        if (m_seen.contains(stack->command(i)))
            live.insert(stack->command(i));
    }
    m_seen = live;
}

void ApprovedPlanGuard::stepChanged(int index)
{
    const bool content = std::exchange(m_contentChanged, false);
    forgetDeleted();
    if (index <= 0)
        return;
    const QUndoCommand *top = m_document->undoStack()->command(index - 1);
    if (m_seen.contains(top))
        return; // undo, redo, or typing that merged into a step already decided
    m_seen.insert(top);
    if (!content || m_document->plan().approval.status != ApprovalStatus::Approved || m_document->isReadOnly())
        return;
    QTimer::singleShot(0, this, [this, top] { decide(top); });
}

void ApprovedPlanGuard::decide(const QUndoCommand *command)
{
    QUndoStack *stack = m_document->undoStack();
    // Still the latest step, and still an approved plan (not undone in between)?
    if (stack->index() <= 0 || stack->command(stack->index() - 1) != command
        || m_document->plan().approval.status != ApprovalStatus::Approved)
        return;
    if (m_prompts->askMoveApprovedPlanToDraft(command->text())) {
        QString author = AppSettings::authorName().trimmed();
        if (author.isEmpty()) {
            author = m_prompts->askAuthorName().trimmed();
            if (!author.isEmpty())
                AppSettings::setAuthorName(author);
        }
        auto *draft = makeChangeApprovalStatusCommand(m_document, ApprovalStatus::Draft, author,
                                                      QDateTime::currentDateTimeUtc(),
                                                      tr("Changed after approval: %1").arg(command->text()));
        m_seen.insert(draft);
        stack->push(draft);
        return;
    }
    m_seen.remove(command); // deleted now; its address may come back for a later step
    takeBackLastStep(stack);
}

} // namespace cplan
