#include "calendareditor.h"

#include "atomicfile.h"
#include "calendarcsv.h"
#include "calendaredits.h"
#include "calendarimportdialog.h"
#include "contentitemdialog.h"
#include "contentschedule.h"
#include "displayformat.h"
#include "document.h"
#include "icalendar.h"
#include "recordlistdialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QWidget>

namespace cplan {

CalendarEditor::CalendarEditor(Document *document, QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_dialogParent(dialogParent),
      m_prompts(std::make_unique<CalendarPrompts>(dialogParent))
{
}

CalendarEditor::~CalendarEditor() = default;

void CalendarEditor::setPrompts(std::unique_ptr<CalendarPrompts> prompts)
{
    m_prompts = std::move(prompts);
    m_prompts->setParent(m_dialogParent);
}

std::optional<CalendarEditor::Place> CalendarEditor::pushAndFind(QUndoCommand *command, const RecordId &itemId,
                                                                 const QDate &date)
{
    if (!command)
        return std::nullopt;
    m_document->undoStack()->push(command);
    // The item itself when it is still on that date, else the one the change added after it.
    const int index = m_document->indexOf<ContentItem>(itemId);
    const Date day = fromQDate(date);
    const auto &items = m_document->records<ContentItem>();
    for (int candidate : {index, index + 1}) {
        if (candidate >= 0 && candidate < int(items.size())
            && !itemOccurrences(items[std::size_t(candidate)], day, day).empty())
            return Place{items[std::size_t(candidate)].id, date};
    }
    return std::nullopt;
}

std::optional<CalendarEditor::Place> CalendarEditor::move(const RecordId &itemId, const QDate &from, const QDate &to,
                                                          std::optional<int> time)
{
    const int index = m_document->indexOf<ContentItem>(itemId);
    if (index < 0 || m_document->isReadOnly())
        return std::nullopt;
    const ContentItem &item = m_document->records<ContentItem>()[std::size_t(index)];
    OccurrenceScope scope = OccurrenceScope::ThisOne;
    if (!item.recurrence.isEmpty()) {
        const std::optional<OccurrenceScope> chosen = m_prompts->askOccurrenceScope(CalendarPrompts::Action::Move, item.title, from);
        if (!chosen)
            return std::nullopt;
        scope = *chosen;
    }
    return pushAndFind(makeRescheduleCommand(m_document, itemId, from, to, scope, time), itemId, to);
}

std::optional<CalendarEditor::Place> CalendarEditor::edit(const RecordId &itemId, const QDate &date)
{
    const int index = m_document->indexOf<ContentItem>(itemId);
    if (index < 0)
        return std::nullopt;
    const ContentItem item = m_document->records<ContentItem>()[std::size_t(index)];
    ContentItemDialog dialog(m_document->plan(), item, date, m_dialogParent);
    dialog.setReadOnly(m_document->isReadOnly());
    if (!m_prompts->runDialog(&dialog) || m_document->isReadOnly())
        return std::nullopt;
    ContentItem edited = dialog.item();
    ContentItem unchanged = item;
    unchanged.date = fromQDate(date);
    if (edited == unchanged)
        return std::nullopt;
    OccurrenceScope scope = OccurrenceScope::All;
    if (!item.recurrence.isEmpty()) {
        const std::optional<OccurrenceScope> chosen = m_prompts->askOccurrenceScope(CalendarPrompts::Action::Edit, item.title, date);
        if (!chosen)
            return std::nullopt;
        scope = *chosen;
    }
    return pushAndFind(makeEditOccurrenceCommand(m_document, itemId, date, edited, scope), itemId, toQDate(edited.date));
}

std::optional<CalendarEditor::Place> CalendarEditor::add(const ContentItem &draft)
{
    if (m_document->isReadOnly())
        return std::nullopt;
    ContentItemDialog dialog(m_document->plan(), draft, toQDate(draft.date), m_dialogParent);
    if (!m_prompts->runDialog(&dialog))
        return std::nullopt;
    ContentItem item = dialog.item();
    item.id = newRecordId();
    m_document->undoStack()->push(makeAddContentItemCommand(m_document, item));
    const std::vector<Date> first = itemOccurrences(item, item.date, Date(9999, 12, 31));
    return Place{item.id, first.empty() ? toQDate(item.date) : toQDate(first.front())};
}

void CalendarEditor::remove(const RecordId &itemId, const QDate &date)
{
    const int index = m_document->indexOf<ContentItem>(itemId);
    if (index < 0 || m_document->isReadOnly())
        return;
    const ContentItem &item = m_document->records<ContentItem>()[std::size_t(index)];
    OccurrenceScope scope = OccurrenceScope::All;
    if (!item.recurrence.isEmpty()) {
        const std::optional<OccurrenceScope> chosen = m_prompts->askOccurrenceScope(CalendarPrompts::Action::Delete, item.title, date);
        if (!chosen)
            return;
        scope = *chosen;
    } else if (!m_prompts->confirmDelete(item.title)) {
        return;
    }
    if (QUndoCommand *command = makeDeleteOccurrenceCommand(m_document, itemId, date, scope))
        m_document->undoStack()->push(command);
}

void CalendarEditor::editCampaigns()
{
    std::unique_ptr<RecordListDialog> dialog(makeCampaignsDialog(m_document, m_dialogParent));
    m_prompts->runDialog(dialog.get());
}

void CalendarEditor::editTeam()
{
    std::unique_ptr<RecordListDialog> dialog(makeTeamDialog(m_document, m_dialogParent));
    m_prompts->runDialog(dialog.get());
}

QString CalendarEditor::suggestedFileName(const QString &suffix) const
{
    const QFileInfo file(m_document->filePath());
    const QString folder = m_document->filePath().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : file.absolutePath();
    QString base = m_document->filePath().isEmpty() ? m_document->plan().settings.name : file.completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("-"));
    if (base.trimmed().isEmpty())
        base = tr("calendar");
    return QDir(folder).filePath(base + QLatin1Char('.') + suffix);
}

bool CalendarEditor::writeFile(const QString &path, const QByteArray &bytes)
{
    QString error;
    if (storage::writeFileAtomically(path, bytes, &error))
        return true;
    m_prompts->showError(tr("Export failed"), tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), error));
    return false;
}

void CalendarEditor::exportICalendar()
{
    const QString path = m_prompts->calendarSaveFileName(tr("Export Calendar as iCalendar"), suggestedFileName(QStringLiteral("ics")),
                                                         tr("iCalendar files (*.ics);;All files (*)"));
    if (path.isEmpty())
        return;
    if (writeFile(path, writeICalendar(m_document->plan(), QDateTime::currentDateTimeUtc())))
        emit message(tr("Exported the calendar (%1 items) to %2.").arg(m_document->plan().content.size()).arg(QDir::toNativeSeparators(path)));
}

void CalendarEditor::exportCsv()
{
    const QString path = m_prompts->calendarSaveFileName(tr("Export Calendar as CSV"), suggestedFileName(QStringLiteral("csv")),
                                                         tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (writeFile(path, writeCalendarCsv(m_document->plan())))
        emit message(tr("Exported %1 dates in the horizon to %2.").arg(occurrencesInHorizon(m_document->plan())).arg(QDir::toNativeSeparators(path)));
}

void CalendarEditor::importICalendar()
{
    if (m_document->isReadOnly())
        return;
    const QString path = m_prompts->calendarOpenFileName(tr("Import iCalendar File"), tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts->showError(tr("Import failed"), tr("Cannot read %1: %2.").arg(shown, file.errorString()));
        return;
    }
    if (file.size() > 64 * 1024 * 1024) {
        m_prompts->showError(tr("Import failed"), tr("Cannot import %1: it is larger than 64 MB, more than a calendar holds.").arg(shown));
        return;
    }
    const ICalendarImport read = readICalendar(file.readAll(), m_document->plan());
    if (!read.error.isEmpty()) {
        m_prompts->showError(tr("Import failed"), tr("Cannot import %1: %2").arg(shown, read.error));
        return;
    }
    if (read.items.empty() && !read.skipped.isEmpty()) {
        m_prompts->showError(tr("Import failed"), tr("Cannot import %1: %2").arg(shown, read.skipped.join(QLatin1Char('\n'))));
        return;
    }
    // What the file would do, shown before anything changes; Import is one undo step.
    const CalendarImportPlan import = planCalendarImport(m_document->plan(), read);
    const QString fileName = QFileInfo(path).fileName();
    CalendarImportDialog preview(m_document->plan(), import, fileName, m_dialogParent);
    if (!m_prompts->runDialog(&preview) || !import.changesPlan() || m_document->isReadOnly())
        return;
    if (QUndoCommand *command = makeImportCalendarCommand(m_document, import, fileName)) {
        m_document->undoStack()->push(command);
        emit message(command->text() + QLatin1Char('.'));
    }
}

} // namespace cplan
