#pragma once

#include "plan.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QString>

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
