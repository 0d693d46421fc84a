#pragma once

#include "plan.h"

#include <QAbstractScrollArea>
#include <QHash>

#include <utility>
#include <vector>

namespace cplan {

class Document;

// The roll-out plan as a Gantt chart: a row per channel (plan order), a bar per phase coloured
// by kind (test / roll-out / scale), a month grid and a line for today. Drag a bar to move the
// phase, drag one of its edges to change the start or the end, double-click it to edit it.
// Keys: Left/Right select the channel's previous or next phase, Up/Down the nearest phase of the
// channel above or below; Ctrl+Left/Right move the selected phase by a day (Ctrl+Shift: a week);
// Enter edits it, Delete removes it. Every change is one undo command. Painting looks only at
// the rows and days on screen, so hundreds of phases stay smooth. Assistive technology sees the
// bars as items named after their phases (timelineaccessible.h).
class RolloutTimeline : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit RolloutTimeline(Document *document, QWidget *parent = nullptr);

    // Where a phase's bar is, in viewport coordinates; empty when the phase is not on screen.
    QRect barRect(const RecordId &phaseId) const;
    RecordId phaseAt(const QPoint &viewportPos) const;
    int xForDate(const Date &date) const; // viewport x of the start of the day
    Date dateAt(int viewportX) const;

    double pixelsPerDay() const { return m_pixelsPerDay; }
    // Zoom; the timeline stops fitting the plan to the width once zoomed.
    void setPixelsPerDay(double pixelsPerDay);
    // The day the red line marks (today unless a test says otherwise).
    void setToday(const Date &today);
    Date today() const { return m_today; }
    void scrollToDate(const Date &date);

    RecordId selectedPhase() const { return m_selected; }
    void setSelectedPhase(const RecordId &phaseId);
    // Scrolls so that the selected phase's bar is on screen.
    void ensureSelectedVisible();

    Document *document() const { return m_document; }
    // The phases with a bar, row by row and by start date within a row: the reading order.
    std::vector<RecordId> barsInOrder() const;
    // The channel whose row was clicked last (its label, a bar or the empty row), or null: where
    // "Add phase" puts a new phase. Selecting a phase selects its channel.
    RecordId selectedChannel() const { return m_selectedChannel; }
    void setSelectedChannel(const RecordId &channelId);
    // Where a channel's label is, in viewport coordinates; empty when its row is not on screen.
    QRect channelLabelRect(const RecordId &channelId) const;
    // The first and the last day whose column is at least partly on screen.
    std::pair<Date, Date> visiblePeriod() const;

    QSize sizeHint() const override;

signals:
    void phaseActivated(const cplan::RecordId &phaseId); // double-click or Enter: edit it
    void selectedPhaseChanged(const cplan::RecordId &phaseId);
    void deleteRequested(const cplan::RecordId &phaseId); // Delete: remove it
    void selectedChannelChanged(const cplan::RecordId &channelId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    enum class DragMode { None, Move, Start, End };

    static constexpr int rowHeight = 30;
    static constexpr int headerHeight = 44;
    static constexpr int labelWidth = 190;
    static constexpr int barMargin = 5;
    static constexpr int edgeWidth = 6;

    void relayout();
    void updateScrollBars();
    void fitToWidth();
    int rowTop(int row) const; // viewport y
    QRect barRectFor(const RolloutPhase &phase, int row, const Date &start, const Date &end) const;
    DragMode modeAt(const RolloutPhase &phase, int row, const QPoint &pos) const;
    const RolloutPhase *phase(const RecordId &id) const;
    void paintHeader(QPainter &painter, const QRect &area, const Date &firstVisible, const Date &lastVisible);
    void paintBars(QPainter &painter, int firstRow, int lastRow, const Date &firstVisible, const Date &lastVisible);
    void paintBar(QPainter &painter, const RolloutPhase &phase, const QRect &bar, bool dragged);
    void paintLabels(QPainter &painter, int firstRow, int lastRow);
    void moveSelected(int days);
    // The row's phases by start date.
    std::vector<const RolloutPhase *> rowPhases(int row) const;
    void selectAlongRow(int step);
    void selectInNextRow(int step);

    Document *m_document;
    Date m_first{2026, 1, 1}; // first day of the chart
    int m_days = 365;
    double m_pixelsPerDay = 3.0;
    bool m_fitToWidth = true;
    Date m_today;
    std::vector<RecordId> m_rows;                // channel of each row
    std::vector<std::vector<int>> m_phasesByRow; // indexes into plan.phases
    QHash<RecordId, int> m_rowOfChannel;
    RecordId m_selected;
    RecordId m_selectedChannel;

    // Dragging: the phase, what is dragged, where it started, and the dates shown meanwhile.
    DragMode m_drag = DragMode::None;
    bool m_dragStarted = false;
    RecordId m_dragPhase;
    QPoint m_pressPos;
    Date m_previewStart;
    Date m_previewEnd;
};

} // namespace cplan
