#include "monthview.h"

#include "accessibleviews.h"
#include "calendaraccessible.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace cplan {

namespace {

constexpr int kWeeks = 6;
constexpr int kChipGap = 2;

} // namespace

MonthView::MonthView(QWidget *parent) : QWidget(parent)
{
    installAccessibleViews();
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Month calendar"));
    setAccessibleDescription(tr("Arrow keys move between days, Page Up and Page Down between months, Home goes to "
                                "today. Space selects the next item of the day, Enter opens it, Ctrl+arrow keys "
                                "move it, Delete deletes it, Insert adds an item."));
    const QDate today = QDate::currentDate();
    m_current = today;
    setMonth(today.year(), today.month());
}

void MonthView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &MonthView::markDirty);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MonthView::markDirty);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MonthView::markDirty);
        connect(model, &QAbstractItemModel::rowsMoved, this, &MonthView::markDirty);
        connect(model, &QAbstractItemModel::dataChanged, this, &MonthView::markDirty);
        connect(model, &QAbstractItemModel::layoutChanged, this, &MonthView::markDirty);
    }
    markDirty();
}

void MonthView::markDirty()
{
    m_dirty = true;
    update();
    announceCalendarItemsChanged(this);
}

void MonthView::ensureEntries() const
{
    if (!m_dirty)
        return;
    m_entries = entriesByDay(m_model, m_colour);
    m_dirty = false;
}

const std::vector<CalendarEntry> &MonthView::entriesOn(const QDate &date) const
{
    static const std::vector<CalendarEntry> none;
    ensureEntries();
    const auto found = m_entries.constFind(date);
    return found == m_entries.constEnd() ? none : *found;
}

std::vector<CalendarEntry> MonthView::shownEntries() const
{
    std::vector<CalendarEntry> shown;
    for (int i = 0; i < 7 * kWeeks; ++i) {
        const std::vector<CalendarEntry> &day = entriesOn(m_firstDay.addDays(i));
        shown.insert(shown.end(), day.begin(), day.end());
    }
    return shown;
}

void MonthView::setMonth(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return;
    m_year = year;
    m_month = month;
    const int firstWeekday = int(QLocale().firstDayOfWeek());
    m_firstDay = first.addDays(-((first.dayOfWeek() - firstWeekday + 7) % 7));
    update();
}

void MonthView::setCurrentDate(const QDate &date)
{
    if (!date.isValid() || date == m_current)
        return;
    m_current = date;
    if (date < m_firstDay || date > lastVisibleDay() || date.month() != m_month)
        setMonth(date.year(), date.month());
    update();
    emit currentDateChanged(date);
}

void MonthView::setChipColour(ChipColour colour)
{
    if (colour != m_colour) {
        m_colour = colour;
        markDirty();
    }
}

void MonthView::setEditable(bool editable)
{
    m_editable = editable;
}

void MonthView::select(const RecordId &itemId, const QDate &date)
{
    std::optional<Selection> next;
    if (!itemId.isNull())
        next = Selection{itemId, date};
    const bool changed = next.has_value() != m_selection.has_value()
                         || (next && (next->itemId != m_selection->itemId || next->date != m_selection->date));
    m_selection = next;
    update();
    if (changed) {
        emit selectionChanged();
        announceCalendarSelection(this);
    }
}

void MonthView::selectPlace(const CalendarPlace &place)
{
    setCurrentDate(place.date);
    select(place.itemId, place.date);
}

int MonthView::headerHeight() const
{
    return fontMetrics().height() + 10;
}

int MonthView::chipHeight() const
{
    return fontMetrics().height() + 4;
}

QSize MonthView::sizeHint() const
{
    return {7 * 130, headerHeight() + kWeeks * (fontMetrics().height() + 4 * (chipHeight() + kChipGap) + 8)};
}

QSize MonthView::minimumSizeHint() const
{
    return {7 * 60, headerHeight() + kWeeks * (fontMetrics().height() + chipHeight() + 10)};
}

QRect MonthView::dayRect(const QDate &date) const
{
    const qint64 offset = m_firstDay.daysTo(date);
    if (offset < 0 || offset >= 7 * kWeeks)
        return {};
    const int column = int(offset % 7);
    const int row = int(offset / 7);
    const int top = headerHeight();
    const int x0 = column * width() / 7;
    const int x1 = (column + 1) * width() / 7;
    const int y0 = top + row * (height() - top) / kWeeks;
    const int y1 = top + (row + 1) * (height() - top) / kWeeks;
    QRect rect(x0, y0, x1 - x0, y1 - y0);
    if (layoutDirection() == Qt::RightToLeft)
        rect.moveLeft(width() - x1);
    return rect;
}

QDate MonthView::dayAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight() || !rect().contains(pos))
        return {};
    for (int i = 0; i < 7 * kWeeks; ++i) {
        const QDate date = m_firstDay.addDays(i);
        if (dayRect(date).contains(pos))
            return date;
    }
    return {};
}

MonthView::DayLayout MonthView::layoutDay(const QDate &date) const
{
    DayLayout layout;
    const QRect cell = dayRect(date);
    const std::vector<CalendarEntry> &entries = entriesOn(date);
    if (cell.isEmpty() || entries.empty())
        return layout;
    const int top = cell.top() + fontMetrics().height() + 6;
    const int step = chipHeight() + kChipGap;
    const int room = cell.bottom() - 2 - top;
    const int fitting = std::max(0, (room + kChipGap) / step);
    int shown = int(entries.size());
    if (shown > fitting) {
        // One line for "+N more"; a cell with room for one line only (a small window) keeps
        // its first item and says "+N more" beside the day's number instead.
        layout.moreInHeader = fitting == 1;
        shown = layout.moreInHeader ? 1 : std::max(0, fitting - 1);
        layout.hidden = int(entries.size()) - shown;
    }
    for (int i = 0; i < shown; ++i)
        layout.chips.push_back({&entries[std::size_t(i)], QRect(cell.left() + 3, top + i * step, cell.width() - 6, chipHeight())});
    if (layout.moreInHeader)
        layout.more = QRect(cell.left() + 3, cell.top() + 2, cell.width() - 8, fontMetrics().height() + 4);
    else if (layout.hidden > 0)
        layout.more = QRect(cell.left() + 3, top + shown * step, cell.width() - 6, chipHeight());
    return layout;
}

QRect MonthView::chipRect(const RecordId &itemId, const QDate &date) const
{
    for (const Hit &hit : layoutDay(date).chips) {
        if (hit.entry->itemId == itemId)
            return hit.rect;
    }
    return {};
}

QRect MonthView::moreRect(const QDate &date) const
{
    return layoutDay(date).more;
}

std::optional<MonthView::Hit> MonthView::chipAt(const QPoint &pos) const
{
    const QDate date = dayAt(pos);
    if (!date.isValid())
        return std::nullopt;
    for (const Hit &hit : layoutDay(date).chips) {
        if (hit.rect.contains(pos))
            return hit;
    }
    return std::nullopt;
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.base());
    const QFontMetrics metrics = fontMetrics();
    const QDate today = QDate::currentDate();
    const QColor grid = pal.color(QPalette::Mid).lighter(130);

    // Weekday names.
    const int header = headerHeight();
    painter.fillRect(QRect(0, 0, width(), header), pal.window());
    painter.setPen(pal.color(QPalette::WindowText));
    for (int column = 0; column < 7; ++column) {
        const QDate date = m_firstDay.addDays(column);
        QRect cell = dayRect(date);
        cell.setTop(0);
        cell.setHeight(header);
        const QString name = QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
        painter.drawText(cell, Qt::AlignCenter, name);
    }

    // Days.
    const bool dropping = m_dragging && m_pressed;
    const QDate dropDay = dropping ? dayAt(m_dragPos) : QDate();
    for (int i = 0; i < 7 * kWeeks; ++i) {
        const QDate date = m_firstDay.addDays(i);
        const QRect cell = dayRect(date);
        const bool inMonth = date.month() == m_month;
        if (!inMonth)
            painter.fillRect(cell, pal.color(QPalette::AlternateBase));
        if (date.dayOfWeek() >= 6 && inMonth)
            painter.fillRect(cell, QColor(0, 0, 0, 8));
        if (date == dropDay)
            painter.fillRect(cell, QColor(pal.color(QPalette::Highlight).red(), pal.color(QPalette::Highlight).green(),
                                          pal.color(QPalette::Highlight).blue(), 40));
        painter.setPen(grid);
        painter.drawRect(cell.adjusted(0, 0, -1, -1));

        // The day's number; today in a filled circle.
        const QString number = QLocale().toString(date.day());
        const int numberHeight = metrics.height() + 4;
        const bool rtl = layoutDirection() == Qt::RightToLeft;
        QRect numberBox(rtl ? cell.right() - 5 - numberHeight - 2 : cell.left() + 5, cell.top() + 2,
                        std::max(numberHeight, metrics.horizontalAdvance(number) + 8), numberHeight);
        if (date == today) {
            painter.save();
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawRoundedRect(numberBox, numberHeight / 2.0, numberHeight / 2.0);
            painter.restore();
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        }
        QString label = number;
        if (date.day() == 1 && date != today)
            label = QLocale().toString(date, QStringLiteral("d MMM"));
        if (label != number)
            numberBox.setWidth(metrics.horizontalAdvance(label) + 8);
        painter.drawText(numberBox, Qt::AlignCenter, label);

        const DayLayout layout = layoutDay(date);
        for (const Hit &hit : layout.chips) {
            const bool selected = m_selection && m_selection->itemId == hit.entry->itemId && m_selection->date == date;
            const bool lifted = dropping && m_pressed->itemId == hit.entry->itemId && m_pressed->date == date;
            paintChip(&painter, hit.rect, *hit.entry, chipText(*hit.entry), selected, lifted || !inMonth);
        }
        if (layout.hidden > 0) {
            painter.setPen(pal.color(QPalette::Link));
            if (layout.moreInHeader) {
                // Beside the number, on the other side; only "+N" when the words do not fit.
                QString more = tr("+%1 more").arg(layout.hidden);
                if (numberBox.width() + metrics.horizontalAdvance(more) + 12 > layout.more.width())
                    more = tr("+%1").arg(layout.hidden);
                painter.drawText(layout.more, Qt::AlignVCenter | Qt::AlignTrailing, more);
            } else {
                painter.drawText(layout.more.adjusted(6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeading,
                                 tr("+%1 more").arg(layout.hidden));
            }
        }
        if (date == m_current) {
            painter.setPen(QPen(hasFocus() ? pal.color(QPalette::Highlight) : grid.darker(130), hasFocus() ? 2 : 1));
            painter.drawRect(cell.adjusted(1, 1, -2, -2));
        }
    }

    // The chip being dragged follows the mouse.
    if (dropping) {
        for (const CalendarEntry &entry : entriesOn(m_pressed->date)) {
            if (entry.itemId != m_pressed->itemId)
                continue;
            const QRect origin = dayRect(m_pressed->date);
            QRect ghost(0, 0, origin.width() - 6, chipHeight());
            ghost.moveCenter(m_dragPos);
            painter.setOpacity(0.85);
            paintChip(&painter, ghost, entry, chipText(entry), true);
            break;
        }
    }
}

bool MonthView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<Hit> hit = chipAt(help->pos())) {
            QString tip = hit->entry->title;
            if (hit->entry->time >= 0)
                tip = chipText(*hit->entry);
            if (hit->entry->repeats)
                tip += QLatin1Char('\n') + tr("Repeats; drag to move this date or the series");
            QToolTip::showText(help->globalPos(), tip, this, hit->rect);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPoint pos = event->position().toPoint();
    const QDate date = dayAt(pos);
    if (!date.isValid())
        return;
    if (const QRect more = moreRect(date); more.contains(pos)) {
        moveCurrent(date);
        emit moreRequested(date);
        return;
    }
    if (const std::optional<Hit> hit = chipAt(pos)) {
        m_pressed = Selection{hit->entry->itemId, date};
        m_pressPos = pos;
        select(hit->entry->itemId, date);
    } else {
        select({}, {});
    }
    moveCurrent(date);
}

void MonthView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed || !(event->buttons() & Qt::LeftButton) || !m_editable)
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragPos = pos;
    setCursor(Qt::ClosedHandCursor);
    update();
}

void MonthView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const std::optional<Selection> pressed = m_pressed;
    const bool dragged = m_dragging;
    m_pressed.reset();
    m_dragging = false;
    unsetCursor();
    update();
    if (!pressed || !dragged)
        return;
    const QDate target = dayAt(event->position().toPoint());
    if (target.isValid() && target != pressed->date) {
        moveCurrent(target);
        emit entryMoveRequested(pressed->itemId, pressed->date, target);
    }
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const QDate date = dayAt(pos);
    if (!date.isValid() || moreRect(date).contains(pos))
        return;
    if (const std::optional<Hit> hit = chipAt(pos))
        emit entryActivated(hit->entry->itemId, date);
    else if (m_editable)
        emit newItemRequested(date);
}

void MonthView::moveCurrent(const QDate &date)
{
    setCurrentDate(date);
}

void MonthView::selectFirstChip()
{
    const std::vector<CalendarEntry> &entries = entriesOn(m_current);
    if (entries.empty())
        select({}, {});
    else
        select(entries.front().itemId, m_current);
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int days = 0;
    switch (event->key()) {
    case Qt::Key_Left: days = rtl ? 1 : -1; break;
    case Qt::Key_Right: days = rtl ? -1 : 1; break;
    case Qt::Key_Up: days = -7; break;
    case Qt::Key_Down: days = 7; break;
    default: break;
    }
    if (days != 0 && (event->modifiers() & Qt::ControlModifier)) {
        if (m_selection && m_editable)
            emit entryMoveRequested(m_selection->itemId, m_selection->date, m_selection->date.addDays(days));
        return;
    }
    if (days != 0) {
        setCurrentDate(m_current.addDays(days));
        selectFirstChip();
        return;
    }
    switch (event->key()) {
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        setCurrentDate(m_current.addMonths(event->key() == Qt::Key_PageUp ? -1 : 1));
        selectFirstChip();
        return;
    case Qt::Key_Home:
        setCurrentDate(QDate::currentDate());
        selectFirstChip();
        return;
    case Qt::Key_Space: {
        const std::vector<CalendarEntry> &entries = entriesOn(m_current);
        if (entries.empty())
            return;
        const bool onThisDay = m_selection && m_selection->date == m_current;
        select(entries[nextEntryIndex(entries, onThisDay ? m_selection->itemId : RecordId())].itemId, m_current);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selection)
            emit entryActivated(m_selection->itemId, m_selection->date);
        else if (m_editable)
            emit newItemRequested(m_current);
        return;
    case Qt::Key_Delete:
        if (m_selection && m_editable)
            emit deleteRequested(m_selection->itemId, m_selection->date);
        return;
    case Qt::Key_Insert:
        if (m_editable)
            emit newItemRequested(m_current);
        return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

void MonthView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LocaleChange || event->type() == QEvent::FontChange)
        setMonth(m_year, m_month);
    QWidget::changeEvent(event);
}

} // namespace cplan
