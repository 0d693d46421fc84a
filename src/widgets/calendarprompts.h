#pragma once

#include "occurrenceedit.h"
#include "userprompts.h"

#include <optional>

class QDialog;

namespace cplan {

// The calendar's questions, on top of the application's own (UserPrompts); tests derive
// from it to answer without a modal dialog.
class CalendarPrompts : public UserPrompts
{
public:
    using UserPrompts::UserPrompts;

    enum class Action { Move, Edit, Delete };
    // Which dates of a repeating item a change applies to: "Only this date", "This and the
    // following dates" or "All dates". nullopt when the user cancels.
    virtual std::optional<OccurrenceScope> askOccurrenceScope(Action action, const QString &title, const QDate &date);
    // Deleting a one-off item.
    virtual bool confirmDelete(const QString &title);
    // Runs a dialog (an item, a repeat rule, campaigns, the team); true when accepted.
    virtual bool runDialog(QDialog *dialog);
    // Calendar files; an empty result means the user cancelled.
    virtual QString calendarSaveFileName(const QString &title, const QString &suggested, const QString &filter);
    virtual QString calendarOpenFileName(const QString &title, const QString &filter);
    virtual void showInformation(const QString &title, const QString &message);
};

} // namespace cplan
