#pragma once

#include "calendarprompts.h"
#include "plan.h"

#include <QDate>
#include <QObject>

#include <memory>
#include <optional>

class QUndoCommand;
class QWidget;

namespace cplan {

class Document;

// What the calendar page does when asked to change something: asks what needs asking
// (which dates of a repeating item, where to save), then pushes one undo command. Also the
// calendar's files: iCalendar export and import, CSV export.
class CalendarEditor : public QObject
{
    Q_OBJECT
public:
    CalendarEditor(Document *document, QWidget *dialogParent);
    ~CalendarEditor() override;

    void setPrompts(std::unique_ptr<CalendarPrompts> prompts);
    CalendarPrompts *prompts() const { return m_prompts.get(); }

    // Where an occurrence is after a change, so that the view can keep it selected.
    struct Place
    {
        RecordId itemId;
        QDate date;
    };
    // `time`: a new time (minutes), -1 for all day, nullopt to keep it.
    std::optional<Place> move(const RecordId &itemId, const QDate &from, const QDate &to, std::optional<int> time = {});
    std::optional<Place> edit(const RecordId &itemId, const QDate &date);
    std::optional<Place> add(const ContentItem &draft);
    void remove(const RecordId &itemId, const QDate &date);
    void editCampaigns();
    void editTeam();

    void exportICalendar();
    void exportCsv();
    void importICalendar();

signals:
    // A short note on what happened ("Exported 65 items to plan.ics").
    void message(const QString &text);

private:
    std::optional<Place> pushAndFind(QUndoCommand *command, const RecordId &itemId, const QDate &date);
    QString suggestedFileName(const QString &suffix) const;
    bool writeFile(const QString &path, const QByteArray &bytes);

    Document *m_document;
    QWidget *m_dialogParent;
    std::unique_ptr<CalendarPrompts> m_prompts;
};

} // namespace cplan
