#pragma once

#include "calendarentries.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QAbstractItemModel;

namespace cplan {

// The month grid: six weeks of days, each with its items as coloured chips and "+3 more"
// when they do not fit. It only shows and asks; the page turns its requests into commands.
//
// Mouse: click a chip to select it, double-click to open it, drag it to another day to move
// it; double-click an empty spot for a new item; click "+3 more" for the whole day.
// Keys: arrows move the current day (a week up and down), Page Up/Down a month, Home today;
// Space selects the day's next chip, Enter opens it, Ctrl+arrows move it, Delete deletes it,
// Insert adds an item on the current day.
class MonthView : public QWidget, public CalendarItemsView
{
    Q_OBJECT
public:
    explicit MonthView(QWidget *parent = nullptr);

    // The occurrences to show (the filtered OccurrenceModel); the view follows its changes.
    void setModel(QAbstractItemModel *model);
    void setMonth(int year, int month);
    QDate firstVisibleDay() const { return m_firstDay; }
    QDate lastVisibleDay() const { return m_firstDay.addDays(41); }
    void setCurrentDate(const QDate &date);
    QDate currentDate() const { return m_current; }
    void setChipColour(ChipColour colour);
    void setEditable(bool editable);

    using Selection = CalendarPlace;
    std::optional<Selection> selection() const { return m_selection; }
    void select(const RecordId &itemId, const QDate &date);

    // Where things are drawn, in widget coordinates (tests and accessibility).
    QRect dayRect(const QDate &date) const;
    QRect chipRect(const RecordId &itemId, const QDate &date) const; // empty when not shown
    QRect moreRect(const QDate &date) const;                         // empty without "+N more"
    QDate dayAt(const QPoint &pos) const;

    // Assistive technology: the items of the six weeks shown (see calendaraccessible.h).
    std::vector<CalendarEntry> shownEntries() const override;
    QRect entryRect(const RecordId &itemId, const QDate &date) const override { return chipRect(itemId, date); }
    std::optional<CalendarPlace> selectedPlace() const override { return m_selection; }
    void selectPlace(const CalendarPlace &place) override;
    void activatePlace(const CalendarPlace &place) override { emit entryActivated(place.itemId, place.date); }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void currentDateChanged(const QDate &date);
    void selectionChanged();
    void entryActivated(const RecordId &itemId, const QDate &date);
    void entryMoveRequested(const RecordId &itemId, const QDate &from, const QDate &to);
    void deleteRequested(const RecordId &itemId, const QDate &date);
    void newItemRequested(const QDate &date);
    void moreRequested(const QDate &date);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Hit
    {
        const CalendarEntry *entry = nullptr;
        QRect rect;
    };
    struct DayLayout
    {
        std::vector<Hit> chips; // the chips shown
        int hidden = 0;         // behind "+N more"
        QRect more;
        bool moreInHeader = false; // a cell with room for one chip: "+N more" beside the day's number
    };

    void markDirty();
    void ensureEntries() const;
    const std::vector<CalendarEntry> &entriesOn(const QDate &date) const;
    DayLayout layoutDay(const QDate &date) const;
    std::optional<Hit> chipAt(const QPoint &pos) const;
    int headerHeight() const;
    int chipHeight() const;
    void moveCurrent(const QDate &date);
    void selectFirstChip();

    QPointer<QAbstractItemModel> m_model;
    QDate m_firstDay;
    int m_year = 2026;
    int m_month = 1;
    QDate m_current;
    ChipColour m_colour = ChipColour::ByCampaign;
    bool m_editable = true;
    std::optional<Selection> m_selection;

    mutable QHash<QDate, std::vector<CalendarEntry>> m_entries;
    mutable bool m_dirty = true;

    // Dragging a chip.
    std::optional<Selection> m_pressed;
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_dragging = false;
};

} // namespace cplan
