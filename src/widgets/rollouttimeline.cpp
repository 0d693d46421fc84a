#include "rollouttimeline.h"

#include "accessibleviews.h"
#include "timelineaccessible.h"

#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "planningcommands.h"
#include "verdict.h"

#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cmath>

namespace cplan {

namespace {

using boost::gregorian::days;

} // namespace

RolloutTimeline::RolloutTimeline(Document *document, QWidget *parent)
    : QAbstractScrollArea(parent), m_document(document), m_today(fromQDate(QDate::currentDate()))
{
    installAccessibleViews();
    setObjectName(QStringLiteral("rolloutTimeline"));
    setAccessibleName(tr("Roll-out timeline"));
    setAccessibleDescription(tr("Left and Right select the channel's previous or next phase, Up and Down the nearest "
                                "phase of the channel above or below. Ctrl+Left and Ctrl+Right move the phase a day, "
                                "with Shift a week; Enter edits it, Delete removes it."));
    setToolTip(QString()); // bars answer tool tips themselves
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    setFocusPolicy(Qt::StrongFocus);
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(rowHeight);

    auto changed = [this](RecordKind kind) {
        if (kind == RecordKind::Channel || kind == RecordKind::Phase) {
            relayout();
            viewport()->update();
        }
    };
    connect(document, &Document::recordsInserted, this, changed);
    connect(document, &Document::recordsRemoved, this, changed);
    connect(document, &Document::recordsMoved, this, changed);
    connect(document, &Document::recordChanged, this, changed);
    connect(document, &Document::settingsChanged, this, [this] {
        relayout();
        viewport()->update();
    });
    relayout();
}

QSize RolloutTimeline::sizeHint() const
{
    return {900, headerHeight + rowHeight * 8};
}

void RolloutTimeline::setToday(const Date &date)
{
    m_today = date;
    viewport()->update();
}

void RolloutTimeline::setPixelsPerDay(double pixelsPerDay)
{
    const Date centre = dateAt(labelWidth + (viewport()->width() - labelWidth) / 2);
    m_fitToWidth = false;
    m_pixelsPerDay = std::clamp(pixelsPerDay, 0.5, 60.0);
    updateScrollBars();
    scrollToDate(centre);
    viewport()->update();
}

void RolloutTimeline::scrollToDate(const Date &date)
{
    const int offset = int(std::lround(double((date - m_first).days()) * m_pixelsPerDay));
    horizontalScrollBar()->setValue(offset - (viewport()->width() - labelWidth) / 2);
}

void RolloutTimeline::setSelectedPhase(const RecordId &phaseId)
{
    if (const RolloutPhase *p = phase(phaseId))
        setSelectedChannel(p->channelId);
    if (m_selected == phaseId)
        return;
    m_selected = phaseId;
    viewport()->update();
    emit selectedPhaseChanged(phaseId);
    announceTimelineSelection(this);
}

void RolloutTimeline::ensureSelectedVisible()
{
    const RolloutPhase *p = phase(m_selected);
    if (!p)
        return;
    const int row = m_rowOfChannel.value(p->channelId, -1);
    if (row < 0)
        return;
    QScrollBar *vertical = verticalScrollBar();
    const int top = row * rowHeight;
    const int visibleHeight = std::max(rowHeight, viewport()->height() - headerHeight);
    if (top < vertical->value())
        vertical->setValue(top);
    else if (top + rowHeight > vertical->value() + visibleHeight)
        vertical->setValue(top + rowHeight - visibleHeight);
    const QRect bar = barRectFor(*p, row, p->start, p->end);
    if (bar.right() < labelWidth || bar.left() > viewport()->width())
        scrollToDate(p->start);
}

std::vector<RecordId> RolloutTimeline::barsInOrder() const
{
    std::vector<RecordId> bars;
    for (int row = 0; row < int(m_rows.size()); ++row) {
        for (const RolloutPhase *p : rowPhases(row))
            bars.push_back(p->id);
    }
    return bars;
}

std::vector<const RolloutPhase *> RolloutTimeline::rowPhases(int row) const
{
    std::vector<const RolloutPhase *> phases;
    if (row < 0 || row >= int(m_phasesByRow.size()))
        return phases;
    const Plan &plan = m_document->plan();
    for (const int index : m_phasesByRow[std::size_t(row)])
        phases.push_back(&plan.phases[std::size_t(index)]);
    std::stable_sort(phases.begin(), phases.end(), [](const RolloutPhase *a, const RolloutPhase *b) { return a->start < b->start; });
    return phases;
}

void RolloutTimeline::setSelectedChannel(const RecordId &channelId)
{
    if (m_selectedChannel == channelId)
        return;
    m_selectedChannel = channelId;
    viewport()->update();
    emit selectedChannelChanged(channelId);
}

QRect RolloutTimeline::channelLabelRect(const RecordId &channelId) const
{
    const auto row = m_rowOfChannel.constFind(channelId);
    if (row == m_rowOfChannel.cend())
        return {};
    const QRect label(0, rowTop(*row), labelWidth, rowHeight);
    return label.intersected(QRect(0, headerHeight, labelWidth, viewport()->height() - headerHeight));
}

std::pair<Date, Date> RolloutTimeline::visiblePeriod() const
{
    const Date first = dateAt(labelWidth);
    return {first, std::max(first, dateAt(std::max(labelWidth, viewport()->width() - 1)))};
}

// Rows, the phases of each row, and the days the chart covers: the plan's horizon and every
// phase, from the first of a month to the end of a month, with a month to spare.
void RolloutTimeline::relayout()
{
    const Plan &plan = m_document->plan();
    m_rows.clear();
    m_rowOfChannel.clear();
    if (!m_selectedChannel.isNull() && !plan.findChannel(m_selectedChannel))
        m_selectedChannel = RecordId(); // removed
    for (const Channel &channel : plan.channels) {
        m_rowOfChannel.insert(channel.id, int(m_rows.size()));
        m_rows.push_back(channel.id);
    }
    m_phasesByRow.assign(m_rows.size(), {});
    Date first = plan.settings.startMonth.firstDay();
    Date last = plan.settings.startMonth.addMonths(plan.settings.months - 1).lastDay();
    for (std::size_t i = 0; i < plan.phases.size(); ++i) {
        const RolloutPhase &p = plan.phases[i];
        const auto row = m_rowOfChannel.constFind(p.channelId);
        if (row == m_rowOfChannel.cend())
            continue;
        m_phasesByRow[std::size_t(*row)].push_back(int(i));
        first = std::min(first, p.start);
        last = std::max(last, p.end);
    }
    const Date newFirst = YearMonth::of(first).addMonths(-1).firstDay();
    const Date newLast = YearMonth::of(last).addMonths(1).lastDay();
    // Keep what is on screen where it is when the chart grows to the left.
    const int shift = int(std::lround(double((m_first - newFirst).days()) * m_pixelsPerDay));
    m_first = newFirst;
    m_days = int((newLast - newFirst).days()) + 1;
    if (m_fitToWidth)
        fitToWidth();
    updateScrollBars();
    if (shift != 0 && !m_fitToWidth)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + shift);
    announceTimelineChanged(this);
}

void RolloutTimeline::fitToWidth()
{
    const int width = std::max(200, viewport()->width() - labelWidth - 2);
    m_pixelsPerDay = std::max(1.0, double(width) / double(m_days));
}

void RolloutTimeline::updateScrollBars()
{
    const int contentWidth = int(std::ceil(double(m_days) * m_pixelsPerDay));
    const int visibleWidth = std::max(0, viewport()->width() - labelWidth);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - visibleWidth));
    horizontalScrollBar()->setPageStep(visibleWidth);
    const int contentHeight = int(m_rows.size()) * rowHeight;
    const int visibleHeight = std::max(0, viewport()->height() - headerHeight);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - visibleHeight));
    verticalScrollBar()->setPageStep(visibleHeight);
}

int RolloutTimeline::xForDate(const Date &date) const
{
    return labelWidth + int(std::lround(double((date - m_first).days()) * m_pixelsPerDay)) - horizontalScrollBar()->value();
}

Date RolloutTimeline::dateAt(int viewportX) const
{
    const double day = double(viewportX - labelWidth + horizontalScrollBar()->value()) / m_pixelsPerDay;
    return m_first + days(long(std::floor(day)));
}

int RolloutTimeline::rowTop(int row) const
{
    return headerHeight + row * rowHeight - verticalScrollBar()->value();
}

QRect RolloutTimeline::barRectFor(const RolloutPhase &, int row, const Date &start, const Date &end) const
{
    const int left = xForDate(start);
    const int right = std::max(left + 3, xForDate(end + days(1))); // the end day is included
    return QRect(QPoint(left, rowTop(row) + barMargin), QPoint(right - 1, rowTop(row) + rowHeight - barMargin - 1));
}

const RolloutPhase *RolloutTimeline::phase(const RecordId &id) const
{
    const int index = m_document->indexOf<RolloutPhase>(id);
    return index < 0 ? nullptr : &m_document->plan().phases[std::size_t(index)];
}

QRect RolloutTimeline::barRect(const RecordId &phaseId) const
{
    const RolloutPhase *p = phase(phaseId);
    if (!p)
        return {};
    const auto row = m_rowOfChannel.constFind(p->channelId);
    if (row == m_rowOfChannel.cend())
        return {};
    const bool dragged = m_dragStarted && m_dragPhase == phaseId;
    const QRect bar = barRectFor(*p, *row, dragged ? m_previewStart : p->start, dragged ? m_previewEnd : p->end);
    const QRect chart(labelWidth, headerHeight, viewport()->width() - labelWidth, viewport()->height() - headerHeight);
    return bar.intersected(chart);
}

RecordId RolloutTimeline::phaseAt(const QPoint &pos) const
{
    if (pos.x() < labelWidth || pos.y() < headerHeight)
        return {};
    const int row = (pos.y() - headerHeight + verticalScrollBar()->value()) / rowHeight;
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    const Plan &plan = m_document->plan();
    // The bar painted last is on top. A bar under the pointer wins over a neighbour whose
    // edge is only near it (phases that follow each other touch).
    const std::vector<int> &phases = m_phasesByRow[std::size_t(row)];
    for (const int slack : {0, 2}) {
        for (auto it = phases.rbegin(); it != phases.rend(); ++it) {
            const RolloutPhase &p = plan.phases[std::size_t(*it)];
            if (barRectFor(p, row, p.start, p.end).adjusted(-slack, 0, slack, 0).contains(pos))
                return p.id;
        }
    }
    return {};
}

RolloutTimeline::DragMode RolloutTimeline::modeAt(const RolloutPhase &p, int row, const QPoint &pos) const
{
    const QRect bar = barRectFor(p, row, p.start, p.end);
    const int edge = std::min(edgeWidth, std::max(2, bar.width() / 4));
    if (pos.x() <= bar.left() + edge)
        return DragMode::Start;
    if (pos.x() >= bar.right() - edge)
        return DragMode::End;
    return DragMode::Move;
}

// --- Interaction ---------------------------------------------------------------------------

bool RolloutTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = viewport()->mapFrom(this, help->pos());
        const RolloutPhase *p = phase(phaseAt(pos));
        if (!p) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Plan &plan = m_document->plan();
        QString tip = QStringLiteral("<b>%1</b> (%2)<br>%3 – %4<br>%5")
                          .arg(p->name.toHtmlEscaped(), displayName(p->kind), formatDate(p->start), formatDate(p->end),
                               tr("Budget: %1").arg(formatMoney(plan, p->budget)));
        if (p->kind == PhaseKind::Test) {
            const TestVerdict verdict = testVerdict(plan, *p);
            tip += QStringLiteral("<br><b>%1</b>: %2").arg(displayName(verdict.outcome), verdict.reason.toHtmlEscaped());
        }
        tip += QStringLiteral("<br><i>%1</i>").arg(tr("Drag to move, drag an edge to change a date, double-click to edit."));
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QAbstractScrollArea::event(event);
}

void RolloutTimeline::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitToWidth)
        fitToWidth();
    updateScrollBars();
}

void RolloutTimeline::scrollContentsBy(int, int)
{
    viewport()->update();
}

void RolloutTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    const RecordId id = phaseAt(pos);
    setSelectedPhase(id);
    if (id.isNull() && pos.y() >= headerHeight) { // a label or an empty part of a row: its channel
        const int row = (pos.y() - headerHeight + verticalScrollBar()->value()) / rowHeight;
        if (row >= 0 && row < int(m_rows.size()))
            setSelectedChannel(m_rows[std::size_t(row)]);
    }
    const RolloutPhase *p = phase(id);
    if (!p || m_document->isReadOnly())
        return;
    m_drag = modeAt(*p, m_rowOfChannel.value(p->channelId), pos);
    m_dragPhase = id;
    m_dragStarted = false;
    m_pressPos = pos;
    m_previewStart = p->start;
    m_previewEnd = p->end;
}

void RolloutTimeline::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == DragMode::None) {
        // Show what a press would do here.
        const RolloutPhase *p = phase(phaseAt(pos));
        if (!p || m_document->isReadOnly()) {
            viewport()->unsetCursor();
        } else {
            const DragMode mode = modeAt(*p, m_rowOfChannel.value(p->channelId), pos);
            viewport()->setCursor(mode == DragMode::Move ? Qt::OpenHandCursor : Qt::SizeHorCursor);
        }
        return;
    }
    const RolloutPhase *p = phase(m_dragPhase);
    if (!p) {
        m_drag = DragMode::None;
        return;
    }
    if (!m_dragStarted && std::abs(pos.x() - m_pressPos.x()) < QApplication::startDragDistance())
        return;
    m_dragStarted = true;
    const long shift = std::lround(double(pos.x() - m_pressPos.x()) / m_pixelsPerDay);
    switch (m_drag) {
    case DragMode::Move:
        viewport()->setCursor(Qt::ClosedHandCursor);
        m_previewStart = p->start + days(shift);
        m_previewEnd = p->end + days(shift);
        break;
    case DragMode::Start: m_previewStart = std::min(p->start + days(shift), p->end); break;
    case DragMode::End: m_previewEnd = std::max(p->end + days(shift), p->start); break;
    case DragMode::None: break;
    }
    viewport()->update();
}

void RolloutTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == DragMode::None)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const bool started = m_dragStarted;
    const RecordId id = m_dragPhase;
    const Date start = m_previewStart;
    const Date end = m_previewEnd;
    m_drag = DragMode::None;
    m_dragStarted = false;
    m_dragPhase = RecordId();
    viewport()->unsetCursor();
    if (started) {
        if (QUndoCommand *command = makeChangePhaseDatesCommand(m_document, id, start, end))
            m_document->undoStack()->push(command);
    }
    viewport()->update();
}

void RolloutTimeline::mouseDoubleClickEvent(QMouseEvent *event)
{
    const RecordId id = phaseAt(event->position().toPoint());
    m_drag = DragMode::None;
    m_dragStarted = false;
    if (!id.isNull())
        emit phaseActivated(id);
}

void RolloutTimeline::moveSelected(int dayCount)
{
    const RolloutPhase *p = phase(m_selected);
    if (!p || m_document->isReadOnly())
        return;
    if (QUndoCommand *command = makeChangePhaseDatesCommand(m_document, p->id, p->start + days(dayCount), p->end + days(dayCount)))
        m_document->undoStack()->push(command);
}

// The first bar from the top when nothing is selected; else the row's previous or next one.
void RolloutTimeline::selectAlongRow(int step)
{
    const RolloutPhase *current = phase(m_selected);
    const int row = current ? m_rowOfChannel.value(current->channelId, -1) : -1;
    if (row < 0) {
        const std::vector<RecordId> bars = barsInOrder();
        if (!bars.empty())
            setSelectedPhase(bars.front());
        return;
    }
    const std::vector<const RolloutPhase *> phases = rowPhases(row);
    const auto at = std::find(phases.begin(), phases.end(), current);
    const long next = long(at - phases.begin()) + step;
    if (next >= 0 && next < long(phases.size()))
        setSelectedPhase(phases[std::size_t(next)]->id);
}

// The phase of the nearest row above or below (rows without phases are passed over) that
// overlaps the selected one most, or starts closest to it.
void RolloutTimeline::selectInNextRow(int step)
{
    const RolloutPhase *current = phase(m_selected);
    const int row = current ? m_rowOfChannel.value(current->channelId, -1) : -1;
    if (row < 0) {
        selectAlongRow(1);
        return;
    }
    for (int other = row + step; other >= 0 && other < int(m_rows.size()); other += step) {
        const std::vector<const RolloutPhase *> phases = rowPhases(other);
        if (phases.empty())
            continue;
        const auto distance = [current](const RolloutPhase *p) { return std::abs((p->start - current->start).days()); };
        const RolloutPhase *nearest = *std::min_element(phases.begin(), phases.end(), [&](const RolloutPhase *a, const RolloutPhase *b) {
            return distance(a) < distance(b);
        });
        setSelectedPhase(nearest->id);
        return;
    }
}

void RolloutTimeline::keyPressEvent(QKeyEvent *event)
{
    const bool control = event->modifiers() & Qt::ControlModifier;
    const int step = event->modifiers() & Qt::ShiftModifier ? 7 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (control)
            moveSelected(direction * step);
        else
            selectAlongRow(direction);
        ensureSelectedVisible();
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        selectInNextRow(event->key() == Qt::Key_Up ? -1 : 1);
        ensureSelectedVisible();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isNull())
            emit phaseActivated(m_selected);
        return;
    case Qt::Key_Delete:
        if (!m_selected.isNull() && !m_document->isReadOnly())
            emit deleteRequested(m_selected);
        return;
    case Qt::Key_Escape:
        if (m_drag != DragMode::None) { // cancel the drag
            m_drag = DragMode::None;
            m_dragStarted = false;
            viewport()->update();
        }
        return;
    default: break;
    }
    if (event->matches(QKeySequence::ZoomIn))
        setPixelsPerDay(m_pixelsPerDay * 1.25);
    else if (event->matches(QKeySequence::ZoomOut))
        setPixelsPerDay(m_pixelsPerDay / 1.25);
    else
        QAbstractScrollArea::keyPressEvent(event);
}

void RolloutTimeline::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double factor = event->angleDelta().y() > 0 ? 1.25 : 0.8;
        setPixelsPerDay(m_pixelsPerDay * factor);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

} // namespace cplan
