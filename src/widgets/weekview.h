#pragma once

#include "calendarentries.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;

namespace cplan {

// One week: a column per day, items without a time in a strip at the top, timed items as
// blocks as long as their duration (side by side when they overlap) on the hours of the day.
// The hours shown are 07:00–21:00, widened to fit the earliest and the latest item. The top
// strip shows three rows; "+N more" opens it to all, "All day" in the gutter folds it again.
//
// Drag an item to another day or time (15-minute steps; into the top strip to drop its time).
// Keys: Left/Right move the current day, Page Up/Down a week, Home today; Space selects the
// day's next item, Enter opens it, Ctrl+Left/Right move it a day, Ctrl+Up/Down 15 minutes,
// Delete deletes it, Insert adds an item.
class WeekView : public QWidget, public CalendarItemsView
{
    Q_OBJECT
public:
    explicit WeekView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    // Shows the week that holds `date` (weeks start on the locale's first day).
    void setCurrentDate(const QDate &date);
    QDate currentDate() const { return m_current; }
    QDate firstVisibleDay() const { return m_firstDay; }
    QDate lastVisibleDay() const { return m_firstDay.addDays(6); }
    void setChipColour(ChipColour colour);
    void setEditable(bool editable);

    using Selection = CalendarPlace;
    std::optional<Selection> selection() const { return m_selection; }
    void select(const RecordId &itemId, const QDate &date);

    QRect entryRect(const RecordId &itemId, const QDate &date) const override;
    // Assistive technology: the items of the week (see calendaraccessible.h).
    std::vector<CalendarEntry> shownEntries() const override;
    std::optional<CalendarPlace> selectedPlace() const override { return m_selection; }
    void selectPlace(const CalendarPlace &place) override;
    void activatePlace(const CalendarPlace &place) override { emit entryActivated(place.itemId, place.date); }
    QRect dayColumn(const QDate &date) const;
    QRect moreRect(const QDate &date) const; // "+N more" in the top strip, or empty
    // The y of a time of day in the hours grid.
    int yOfTime(int minutes) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentDateChanged(const QDate &date);
    void selectionChanged();
    void entryActivated(const RecordId &itemId, const QDate &date);
    // `time` is the new time in minutes after midnight, or -1 for all day.
    void entryMoveRequested(const RecordId &itemId, const QDate &from, const QDate &to, int time);
    void deleteRequested(const RecordId &itemId, const QDate &date);
    void newItemRequested(const QDate &date, int time);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Block
    {
        const CalendarEntry *entry = nullptr;
        QRect rect;
    };
    struct Layout
    {
        int header = 0;    // day names
        int allDayTop = 0;
        int allDayRows = 0;
        int gridTop = 0;
        int gutter = 0;    // the hours' labels
        int firstHour = 7;
        int lastHour = 21; // exclusive
        double hourHeight = 40;
        std::vector<Block> blocks;
        std::vector<std::pair<QDate, QRect>> more; // "+N more" in the all-day strip
    };

    void markDirty();
    const Layout &layout() const;
    const std::vector<CalendarEntry> &entriesOn(const QDate &date) const;
    std::optional<Block> blockAt(const QPoint &pos) const;
    QDate dayAt(const QPoint &pos) const;
    // The time at a point in the grid, in 15-minute steps; -1 in the all-day strip.
    int timeAt(const QPoint &pos) const;
    void selectFirst();

    QPointer<QAbstractItemModel> m_model;
    QDate m_firstDay;
    QDate m_current;
    ChipColour m_colour = ChipColour::ByCampaign;
    bool m_editable = true;
    bool m_allDayExpanded = false;
    std::optional<Selection> m_selection;

    mutable QHash<QDate, std::vector<CalendarEntry>> m_entries;
    mutable Layout m_layout;
    mutable bool m_dirty = true;
    mutable QSize m_layoutSize;

    std::optional<Selection> m_pressed;
    int m_pressedTime = -1;
    int m_grabOffset = 0; // minutes between the block's start and where it was grabbed
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_dragging = false;
};

} // namespace cplan
