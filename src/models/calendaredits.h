#pragma once

#include "calendarimport.h"
#include "document.h"
#include "occurrenceedit.h"

#include <QDate>
#include <QUndoCommand>

namespace cplan {

// The calendar's edits as undo commands, each one step with a name people read in
// Edit > Undo: "Move 'Tea tip Tuesday' to 12 May". Views build them and push them; nothing
// here asks anything: the scope of a change to a repeating item is chosen before.

// "12 May", for command names.
QString dayInWords(const QDate &date);

// Moves the occurrence of the item on `from` to `to` (and to `time`, minutes after midnight,
// when given; -1 makes it an all-day item). `scope` matters only for repeating items.
// nullptr when nothing would change.
QUndoCommand *makeRescheduleCommand(Document *document, const RecordId &itemId, const QDate &from, const QDate &to,
                                    OccurrenceScope scope, std::optional<int> time = std::nullopt);

// Replaces what the user edited on the occurrence on `occurrence` (the whole item for a
// one-off). nullptr when nothing changed.
QUndoCommand *makeEditOccurrenceCommand(Document *document, const RecordId &itemId, const QDate &occurrence,
                                        const ContentItem &edited, OccurrenceScope scope);

// Deletes the occurrence on `occurrence` (an excluded date), it and the following ones (the
// series ends the day before) or the whole item with the comments on it.
QUndoCommand *makeDeleteOccurrenceCommand(Document *document, const RecordId &itemId, const QDate &occurrence,
                                          OccurrenceScope scope);

QUndoCommand *makeAddContentItemCommand(Document *document, const ContentItem &item);

// A calendar file's import (planCalendarImport) as one step: new items added at the end,
// the plan's items the file updates changed. "Import calendar.ics: 3 added, 2 updated";
// nullptr when it changes nothing.
QUndoCommand *makeImportCalendarCommand(Document *document, const CalendarImportPlan &import, const QString &fileName);

} // namespace cplan
