#include "calendaredits.h"

#include "commands.h"
#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::CalendarEdits", text);
}

const ContentItem *findItem(Document *document, const RecordId &id)
{
    const int index = document->indexOf<ContentItem>(id);
    return index < 0 ? nullptr : &document->records<ContentItem>()[std::size_t(index)];
}

// One step that changes the item and perhaps adds one right after it.
QUndoCommand *applyEdit(Document *document, const ContentItem &item, const OccurrenceEdit &edit, const QString &text)
{
    if (edit.changed == item && !edit.added)
        return nullptr;
    auto *command = new QUndoCommand(text);
    if (!(edit.changed == item))
        new ChangeRecordCommand<ContentItem>(document, edit.changed, text, {}, command);
    if (edit.added)
        new InsertRecordCommand<ContentItem>(document, document->indexOf<ContentItem>(item.id) + 1, *edit.added, text,
                                             command);
    return command;
}

// The comments on a record and the replies to them, last first so that undo puts them back
// in their places.
void removeComments(Document *document, const RecordId &recordId, QUndoCommand *parent)
{
    const std::vector<Comment> &comments = document->records<Comment>();
    QSet<RecordId> gone;
    for (bool grew = true; grew;) {
        grew = false;
        for (const Comment &comment : comments) {
            if (!gone.contains(comment.id)
                && (comment.recordId == recordId || (!comment.parentId.isNull() && gone.contains(comment.parentId)))) {
                gone.insert(comment.id);
                grew = true;
            }
        }
    }
    for (int i = int(comments.size()) - 1; i >= 0; --i) {
        if (gone.contains(comments[std::size_t(i)].id))
            new RemoveRecordCommand<Comment>(document, comments[std::size_t(i)].id, parent->text(), parent);
    }
}

// A title as it reads inside a command name: on one line (QUndoCommand takes a line break
// as the end of the name) and short enough for the Edit menu.
QString named(const QString &title)
{
    const QString line = title.simplified();
    return line.size() > 40 ? line.left(39).trimmed() + QChar(0x2026) : line;
}

} // namespace

QString dayInWords(const QDate &date)
{
    //: Date format of command names such as "Move 'Tea tip' to 12 May" (QDate::toString).
    return QLocale().toString(date, tr("d MMMM"));
}

QUndoCommand *makeRescheduleCommand(Document *document, const RecordId &itemId, const QDate &from, const QDate &to,
                                    OccurrenceScope scope, std::optional<int> time)
{
    const ContentItem *item = findItem(document, itemId);
    if (!item || !from.isValid() || !to.isValid())
        return nullptr;
    ContentItem edited = *item;
    edited.date = fromQDate(to);
    if (time) {
        edited.timeMinutes = *time >= 0 ? std::optional<int>(*time) : std::nullopt;
        if (!edited.timeMinutes)
            edited.durationMinutes.reset();
    }
    const bool repeats = !item->recurrence.isEmpty();
    QString text;
    const QString when = time && *time >= 0 ? dayInWords(to) + QLatin1Char(' ') + minutesToTimeString(*time) : dayInWords(to);
    if (!repeats || scope == OccurrenceScope::ThisOne)
        text = tr("Move '%1' to %2").arg(named(item->title), when);
    else if (scope == OccurrenceScope::ThisAndFollowing)
        text = tr("Move '%1' from %2 on to %3").arg(named(item->title), dayInWords(from), when);
    else if (from == to)
        text = tr("Move every '%1' to %2").arg(named(item->title), minutesToTimeString(time.value_or(0)));
    else if (std::abs(from.daysTo(to)) == 1)
        text = (from < to ? tr("Move every '%1' a day later") : tr("Move every '%1' a day earlier")).arg(named(item->title));
    else
        text = (from < to ? tr("Move every '%1' by %2 days later") : tr("Move every '%1' by %2 days earlier"))
                   .arg(named(item->title))
                   .arg(std::abs(from.daysTo(to)));
    return applyEdit(document, *item, editOccurrence(*item, fromQDate(from), edited, scope), text);
}

QUndoCommand *makeEditOccurrenceCommand(Document *document, const RecordId &itemId, const QDate &occurrence,
                                        const ContentItem &edited, OccurrenceScope scope)
{
    const ContentItem *item = findItem(document, itemId);
    if (!item)
        return nullptr;
    QString text;
    if (item->recurrence.isEmpty() || scope == OccurrenceScope::All)
        text = tr("Edit '%1'").arg(named(edited.title));
    else if (scope == OccurrenceScope::ThisOne)
        text = tr("Edit '%1' on %2").arg(named(edited.title), dayInWords(occurrence));
    else
        text = tr("Edit '%1' from %2 on").arg(named(edited.title), dayInWords(occurrence));
    return applyEdit(document, *item, editOccurrence(*item, fromQDate(occurrence), edited, scope), text);
}

QUndoCommand *makeDeleteOccurrenceCommand(Document *document, const RecordId &itemId, const QDate &occurrence,
                                          OccurrenceScope scope)
{
    const ContentItem *item = findItem(document, itemId);
    if (!item)
        return nullptr;
    const Date day = fromQDate(occurrence);
    if (item->recurrence.isEmpty() || scope == OccurrenceScope::All
        || (scope == OccurrenceScope::ThisAndFollowing && !hasOccurrenceBefore(*item, day))) {
        auto *command = new QUndoCommand(tr("Delete '%1'").arg(named(item->title)));
        removeComments(document, item->id, command);
        new RemoveRecordCommand<ContentItem>(document, item->id, command->text(), command);
        return command;
    }
    ContentItem changed = *item;
    QString text;
    if (scope == OccurrenceScope::ThisOne) {
        changed.excludedDates.insert(std::upper_bound(changed.excludedDates.begin(), changed.excludedDates.end(), day), day);
        changed.excludedDates.erase(std::unique(changed.excludedDates.begin(), changed.excludedDates.end()),
                                    changed.excludedDates.end());
        text = tr("Delete '%1' on %2").arg(named(item->title), dayInWords(occurrence));
    } else {
        // Ending the series the day before is what "this and following" means for an edit too.
        const OccurrenceEdit split = editOccurrence(*item, day, *item, OccurrenceScope::ThisAndFollowing);
        changed = split.changed;
        text = tr("Delete '%1' from %2 on").arg(named(item->title), dayInWords(occurrence));
    }
    return new ChangeRecordCommand<ContentItem>(document, changed, text);
}

QUndoCommand *makeAddContentItemCommand(Document *document, const ContentItem &item)
{
    return new InsertRecordCommand<ContentItem>(document, int(document->records<ContentItem>().size()), item,
                                                tr("Add '%1'").arg(named(item.title)));
}

QUndoCommand *makeImportCalendarCommand(Document *document, const CalendarImportPlan &import, const QString &fileName)
{
    if (!import.changesPlan())
        return nullptr;
    QStringList counts;
    if (const int added = import.count(CalendarImportAction::Add))
        counts.append(tr("%1 added").arg(added));
    if (const int updated = import.count(CalendarImportAction::Update))
        counts.append(tr("%1 updated").arg(updated));
    auto *command = new QUndoCommand(tr("Import %1: %2").arg(named(fileName), counts.join(QStringLiteral(", "))));
    int next = int(document->records<ContentItem>().size());
    for (const CalendarImportEntry &entry : import.entries) {
        if (entry.action == CalendarImportAction::Unchanged)
            continue;
        if (document->indexOf<ContentItem>(entry.item.id) >= 0)
            new ChangeRecordCommand<ContentItem>(document, entry.item, command->text(), {}, command);
        else
            new InsertRecordCommand<ContentItem>(document, next++, entry.item, command->text(), command);
    }
    return command;
}

} // namespace cplan
