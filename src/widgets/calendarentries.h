#pragma once

#include "plan.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QRect>
#include <QString>

#include <optional>
#include <vector>

class QAbstractItemModel;
class QPainter;
class QRectF;

namespace cplan {

// What the month grid and the week draw for one occurrence, read once from the model
// (through the filters) rather than on every paint.
struct CalendarEntry
{
    RecordId itemId;
    QDate date;
    int time = -1;     // minutes after midnight; -1 all day
    int duration = 0;  // minutes
    QString title;
    QColor colour;
    bool repeats = false;
    int status = 0;    // int(ContentStatus)
    int comments = 0;  // 0 none, 1 resolved only, 2 open: the comment marker
};

enum class ChipColour { ByCampaign, ByChannel };

// One date of an item: what the month and week views select.
struct CalendarPlace
{
    RecordId itemId;
    QDate date;
};

// What the month and the week tell assistive technology about their items (see
// calendaraccessible.h): the items of the days shown, where each is, and selecting or opening
// one as the keyboard and the mouse do.
class CalendarItemsView
{
public:
    virtual ~CalendarItemsView() = default;
    // The items of the days shown, in reading order: by day, then by time.
    virtual std::vector<CalendarEntry> shownEntries() const = 0;
    // Where the item is drawn, in the view's coordinates; empty when it is behind "+N more".
    virtual QRect entryRect(const RecordId &itemId, const QDate &date) const = 0;
    virtual std::optional<CalendarPlace> selectedPlace() const = 0;
    virtual void selectPlace(const CalendarPlace &place) = 0;
    virtual void activatePlace(const CalendarPlace &place) = 0;
};

// The model's rows by day, in the model's order (date, then time) within a day.
QHash<QDate, std::vector<CalendarEntry>> entriesByDay(const QAbstractItemModel *model, ChipColour colour);

// A chip: a light tint of the colour with a bar of the full colour on the leading edge and
// dark text; the selected chip is filled with the colour and has light text. Ideas have a
// dashed outline, published items a tick, so status reads without colour too.
void paintChip(QPainter *painter, const QRectF &rect, const CalendarEntry &entry, const QString &text, bool selected,
               bool dimmed = false);

// Space on a day: the entry after the selected one (`selected` null: none selected on that
// day), wrapping round to the first.
std::size_t nextEntryIndex(const std::vector<CalendarEntry> &entries, const RecordId &selected);

// "09:30 Title" or "Title".
QString chipText(const CalendarEntry &entry);

} // namespace cplan
