#include "weekview.h"

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

constexpr int kMaxAllDayRows = 3;
constexpr int kStep = 15; // minutes

QString timeText(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WeekView::WeekView(QWidget *parent) : QWidget(parent)
{
    installAccessibleViews();
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Week calendar"));
    setAccessibleDescription(tr("Left and Right move between days, Page Up and Page Down between weeks, Home goes "
                                "to today. Space selects the next item of the day, Enter opens it, Ctrl+Left and "
                                "Ctrl+Right move it a day, Ctrl+Up and Ctrl+Down a quarter of an hour, Delete "
                                "deletes it, Insert adds an item."));
    m_current = QDate::currentDate().addDays(1); // so that the call below counts as a change
    setCurrentDate(QDate::currentDate());
}

void WeekView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &WeekView::markDirty);
        connect(model, &QAbstractItemModel::layoutChanged, this, &WeekView::markDirty);
        connect(model, &QAbstractItemModel::rowsInserted, this, &WeekView::markDirty);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &WeekView::markDirty);
        connect(model, &QAbstractItemModel::dataChanged, this, &WeekView::markDirty);
    }
    markDirty();
}

void WeekView::markDirty()
{
    m_dirty = true;
    update();
    announceCalendarItemsChanged(this);
}

void WeekView::setCurrentDate(const QDate &date)
{
    if (!date.isValid() || date == m_current)
        return;
    m_current = date;
    const int firstWeekday = int(QLocale().firstDayOfWeek());
    const QDate first = date.addDays(-((date.dayOfWeek() - firstWeekday + 7) % 7));
    if (first != m_firstDay) {
        m_firstDay = first;
        m_dirty = true;
    }
    update();
    emit currentDateChanged(date);
}

void WeekView::setChipColour(ChipColour colour)
{
    if (colour != m_colour) {
        m_colour = colour;
        markDirty();
    }
}

void WeekView::setEditable(bool editable)
{
    m_editable = editable;
}

void WeekView::select(const RecordId &itemId, const QDate &date)
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

void WeekView::selectPlace(const CalendarPlace &place)
{
    setCurrentDate(place.date);
    select(place.itemId, place.date);
}

QSize WeekView::sizeHint() const
{
    return {7 * 140 + 60, 700};
}

QSize WeekView::minimumSizeHint() const
{
    return {7 * 60 + 50, 300};
}

const std::vector<CalendarEntry> &WeekView::entriesOn(const QDate &date) const
{
    static const std::vector<CalendarEntry> none;
    const auto found = m_entries.constFind(date);
    return found == m_entries.constEnd() ? none : *found;
}

std::vector<CalendarEntry> WeekView::shownEntries() const
{
    layout(); // reads the week's entries
    std::vector<CalendarEntry> shown;
    for (int day = 0; day < 7; ++day) {
        const std::vector<CalendarEntry> &entries = entriesOn(m_firstDay.addDays(day));
        shown.insert(shown.end(), entries.begin(), entries.end());
    }
    return shown;
}

QRect WeekView::dayColumn(const QDate &date) const
{
    const Layout &l = layout();
    const qint64 offset = m_firstDay.daysTo(date);
    if (offset < 0 || offset > 6)
        return {};
    const int usable = width() - l.gutter;
    const int x0 = l.gutter + int(offset) * usable / 7;
    const int x1 = l.gutter + int(offset + 1) * usable / 7;
    QRect rect(x0, 0, x1 - x0, height());
    if (layoutDirection() == Qt::RightToLeft)
        rect.moveLeft(width() - x1);
    return rect;
}

int WeekView::yOfTime(int minutes) const
{
    const Layout &l = layout();
    return l.gridTop + int((minutes - l.firstHour * 60) * l.hourHeight / 60.0);
}

const WeekView::Layout &WeekView::layout() const
{
    if (!m_dirty && m_layoutSize == size())
        return m_layout;
    if (m_dirty)
        m_entries = entriesByDay(m_model, m_colour);
    m_dirty = false;
    m_layoutSize = size();
    Layout &l = m_layout;
    l = Layout();
    const QFontMetrics metrics = fontMetrics();
    const int chip = metrics.height() + 4;
    l.header = metrics.height() + 12;
    l.gutter = metrics.horizontalAdvance(QStringLiteral("00:00")) + 14;
    // The strip for items without a time, and the hours that the timed ones need.
    int untimed = 0;
    for (int day = 0; day < 7; ++day) {
        int count = 0;
        for (const CalendarEntry &entry : entriesOn(m_firstDay.addDays(day))) {
            if (entry.time < 0) {
                ++count;
            } else {
                l.firstHour = std::min(l.firstHour, entry.time / 60);
                l.lastHour = std::max(l.lastHour, std::min(24, (entry.time + std::max(entry.duration, 30) + 59) / 60));
            }
        }
        untimed = std::max(untimed, count);
    }
    // Three rows, or all of them (up to half the height) once "+N more" was clicked.
    const int roomForRows = std::max(kMaxAllDayRows, (height() / 2 - l.header) / (chip + 2));
    l.allDayRows = std::clamp(untimed, 1, m_allDayExpanded ? roomForRows : kMaxAllDayRows);
    l.allDayTop = l.header;
    l.gridTop = l.allDayTop + l.allDayRows * (chip + 2) + 8;
    l.hourHeight = std::max(double(metrics.height()), double(height() - l.gridTop - 4) / (l.lastHour - l.firstHour));

    // Place the blocks (the layout is complete enough now for dayColumn() and yOfTime()).
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_firstDay.addDays(day);
        const QRect column = dayColumn(date);
        const std::vector<CalendarEntry> &entries = entriesOn(date);
        std::vector<const CalendarEntry *> allDay;
        std::vector<const CalendarEntry *> timed;
        for (const CalendarEntry &entry : entries)
            (entry.time < 0 ? allDay : timed).push_back(&entry);
        const bool overflow = int(allDay.size()) > l.allDayRows;
        const int shown = overflow ? l.allDayRows - 1 : int(allDay.size());
        for (int i = 0; i < shown; ++i)
            l.blocks.push_back({allDay[std::size_t(i)], QRect(column.left() + 2, l.allDayTop + 2 + i * (chip + 2), column.width() - 4, chip)});
        if (overflow)
            l.more.emplace_back(date, QRect(column.left() + 2, l.allDayTop + 2 + shown * (chip + 2), column.width() - 4, chip));

        // Overlapping timed items share the column: each cluster is split into lanes.
        const auto end = [](const CalendarEntry *e) { return e->time + std::max(e->duration, 30); };
        std::size_t first = 0;
        while (first < timed.size()) {
            std::size_t last = first + 1;
            int clusterEnd = end(timed[first]);
            while (last < timed.size() && timed[last]->time < clusterEnd)
                clusterEnd = std::max(clusterEnd, end(timed[last++]));
            std::vector<int> laneEnds;
            std::vector<int> laneOf;
            for (std::size_t i = first; i < last; ++i) {
                std::size_t lane = 0;
                while (lane < laneEnds.size() && laneEnds[lane] > timed[i]->time)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.push_back(0);
                laneEnds[lane] = end(timed[i]);
                laneOf.push_back(int(lane));
            }
            const int lanes = int(laneEnds.size());
            for (std::size_t i = first; i < last; ++i) {
                const CalendarEntry *entry = timed[i];
                const int lane = laneOf[i - first];
                const int x0 = column.left() + 2 + lane * (column.width() - 4) / lanes;
                const int x1 = column.left() + 2 + (lane + 1) * (column.width() - 4) / lanes;
                const int y0 = yOfTime(entry->time);
                const int y1 = std::max(yOfTime(end(entry)), y0 + chip);
                l.blocks.push_back({entry, QRect(x0, y0, x1 - x0 - 1, y1 - y0 - 1)});
            }
            first = last;
        }
    }
    return l;
}

QRect WeekView::entryRect(const RecordId &itemId, const QDate &date) const
{
    for (const Block &block : layout().blocks) {
        if (block.entry->itemId == itemId && block.entry->date == date)
            return block.rect;
    }
    return {};
}

QRect WeekView::moreRect(const QDate &date) const
{
    for (const auto &[day, rect] : layout().more) {
        if (day == date)
            return rect;
    }
    return {};
}

std::optional<WeekView::Block> WeekView::blockAt(const QPoint &pos) const
{
    const std::vector<Block> &blocks = layout().blocks;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) { // the topmost first
        if (it->rect.contains(pos))
            return *it;
    }
    return std::nullopt;
}

QDate WeekView::dayAt(const QPoint &pos) const
{
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_firstDay.addDays(day);
        if (dayColumn(date).contains(pos))
            return date;
    }
    return {};
}

int WeekView::timeAt(const QPoint &pos) const
{
    const Layout &l = layout();
    if (pos.y() < l.gridTop)
        return -1;
    const int minutes = l.firstHour * 60 + int((pos.y() - l.gridTop) * 60.0 / l.hourHeight);
    return std::clamp(minutes / kStep * kStep, 0, 24 * 60 - kStep);
}

void WeekView::paintEvent(QPaintEvent *)
{
    const Layout &l = layout();
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.base());
    const QColor grid = pal.color(QPalette::Mid).lighter(130);
    const QDate today = QDate::currentDate();
    const bool rtl = layoutDirection() == Qt::RightToLeft;

    // Header and hours.
    painter.fillRect(QRect(0, 0, width(), l.header), pal.window());
    painter.fillRect(QRect(0, l.allDayTop, width(), l.gridTop - l.allDayTop), pal.color(QPalette::AlternateBase));
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(QRect(rtl ? width() - l.gutter : 0, l.allDayTop, l.gutter - 4, l.gridTop - l.allDayTop),
                     Qt::AlignCenter | Qt::TextWordWrap, m_allDayExpanded ? tr("All day ▴") : tr("All day"));
    for (int hour = l.firstHour; hour < l.lastHour; ++hour) {
        const int y = yOfTime(hour * 60);
        painter.setPen(grid);
        painter.drawLine(rtl ? 0 : l.gutter, y, rtl ? width() - l.gutter : width(), y);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(rtl ? width() - l.gutter + 2 : 0, y + 1, l.gutter - 6, fontMetrics().height()),
                         Qt::AlignTrailing | Qt::AlignTop, timeText(hour * 60));
    }
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_firstDay.addDays(day);
        const QRect column = dayColumn(date);
        if (date.dayOfWeek() >= 6)
            painter.fillRect(QRect(column.left(), l.gridTop, column.width(), height() - l.gridTop), QColor(0, 0, 0, 8));
        painter.setPen(grid);
        painter.drawLine(column.left(), 0, column.left(), height());
        const QString name = QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ')
                             + QLocale().toString(date, QStringLiteral("d MMM"));
        const QRect head(column.left(), 0, column.width(), l.header);
        if (date == today) {
            painter.fillRect(head.adjusted(1, 2, -1, -2), pal.color(QPalette::Highlight));
            painter.setPen(pal.color(QPalette::HighlightedText));
        } else {
            painter.setPen(pal.color(QPalette::WindowText));
        }
        painter.drawText(head, Qt::AlignCenter, fontMetrics().elidedText(name, Qt::ElideRight, column.width() - 4));
        if (date == m_current) {
            painter.setPen(QPen(hasFocus() ? pal.color(QPalette::Highlight) : grid.darker(130), hasFocus() ? 2 : 1));
            painter.drawRect(column.adjusted(1, 1, -2, -2));
        }
    }
    painter.setPen(grid);
    painter.drawLine(0, l.gridTop - 1, width(), l.gridTop - 1);

    // Where a dragged item would land.
    const bool dropping = m_dragging && m_pressed;
    if (dropping) {
        const QDate day = dayAt(m_dragPos);
        const int time = timeAt(m_dragPos);
        if (day.isValid()) {
            const QRect column = dayColumn(day);
            QColor shade = pal.color(QPalette::Highlight);
            shade.setAlpha(50);
            if (time < 0 || m_pressedTime < 0) {
                painter.fillRect(QRect(column.left(), time < 0 ? l.allDayTop : yOfTime(time), column.width(),
                                       time < 0 ? l.gridTop - l.allDayTop : int(l.hourHeight / 2)), shade);
            } else {
                const int start = std::clamp((time - m_grabOffset) / kStep * kStep, 0, 24 * 60 - kStep);
                painter.fillRect(QRect(column.left(), yOfTime(start), column.width(), int(l.hourHeight / 2)), shade);
            }
        }
    }

    for (const Block &block : l.blocks) {
        const bool selected = m_selection && m_selection->itemId == block.entry->itemId && m_selection->date == block.entry->date;
        const bool lifted = dropping && m_pressed->itemId == block.entry->itemId && m_pressed->date == block.entry->date;
        paintChip(&painter, block.rect, *block.entry, chipText(*block.entry), selected, lifted);
    }
    painter.setPen(pal.color(QPalette::Link));
    for (const auto &[date, rect] : l.more) {
        int hidden = 0;
        for (const CalendarEntry &entry : entriesOn(date))
            hidden += entry.time < 0 ? 1 : 0;
        painter.drawText(rect.adjusted(6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeading,
                         tr("+%1 more").arg(hidden - (l.allDayRows - 1)));
    }
    const int now = QTime::currentTime().msecsSinceStartOfDay() / 60000;
    if (today >= m_firstDay && today <= lastVisibleDay() && now >= l.firstHour * 60 && now < l.lastHour * 60) {
        const QRect column = dayColumn(today);
        painter.setPen(QPen(QColor(0xdc, 0x26, 0x26), 2));
        painter.drawLine(column.left(), yOfTime(now), column.right(), yOfTime(now));
    }
}

bool WeekView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const std::optional<Block> block = blockAt(help->pos())) {
            QString tip = chipText(*block->entry);
            if (block->entry->time >= 0 && block->entry->duration > 0)
                tip += QLatin1Char('\n') + tr("until %1").arg(timeText((block->entry->time + block->entry->duration) % (24 * 60)));
            if (block->entry->repeats)
                tip += QLatin1Char('\n') + tr("Repeats; drag to move this date or the series");
            QToolTip::showText(help->globalPos(), tip, this, block->rect);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    const Layout &l = layout();
    for (const auto &more : l.more) {
        if (more.second.contains(pos)) {
            m_allDayExpanded = true;
            markDirty();
            return;
        }
    }
    if (m_allDayExpanded && pos.y() >= l.allDayTop && pos.y() < l.gridTop && !dayAt(pos).isValid()) {
        m_allDayExpanded = false; // "All day" in the gutter folds the strip again
        markDirty();
        return;
    }
    const QDate date = dayAt(pos);
    if (!date.isValid())
        return;
    if (const std::optional<Block> block = blockAt(pos)) {
        m_pressed = Selection{block->entry->itemId, block->entry->date};
        m_pressedTime = block->entry->time;
        m_grabOffset = block->entry->time >= 0 ? std::max(0, timeAt(pos) - block->entry->time) : 0;
        m_pressPos = pos;
        select(block->entry->itemId, date);
    } else {
        select({}, {});
    }
    setCurrentDate(date);
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
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

void WeekView::mouseReleaseEvent(QMouseEvent *event)
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
    const QPoint pos = event->position().toPoint();
    const QDate target = dayAt(pos);
    if (!target.isValid())
        return;
    int time = timeAt(pos);
    if (time >= 0 && m_pressedTime >= 0)
        time = std::clamp((time - m_grabOffset) / kStep * kStep, 0, 24 * 60 - kStep);
    if (target != pressed->date || time != m_pressedTime) {
        setCurrentDate(target);
        emit entryMoveRequested(pressed->itemId, pressed->date, target, time);
    }
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QDate date = dayAt(pos);
    if (event->button() != Qt::LeftButton || !date.isValid())
        return;
    if (const std::optional<Block> block = blockAt(pos))
        emit entryActivated(block->entry->itemId, block->entry->date);
    else if (m_editable)
        emit newItemRequested(date, timeAt(pos));
}

void WeekView::selectFirst()
{
    const std::vector<CalendarEntry> &entries = entriesOn(m_current);
    if (entries.empty())
        select({}, {});
    else
        select(entries.front().itemId, m_current);
}

void WeekView::keyPressEvent(QKeyEvent *event)
{
    layout(); // the entries of the week
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const bool control = event->modifiers() & Qt::ControlModifier;
    int days = 0;
    if (event->key() == Qt::Key_Left)
        days = rtl ? 1 : -1;
    else if (event->key() == Qt::Key_Right)
        days = rtl ? -1 : 1;
    if (control && m_selection && m_editable) {
        const std::vector<CalendarEntry> &entries = entriesOn(m_selection->date);
        const auto entry = std::find_if(entries.begin(), entries.end(),
                                        [this](const CalendarEntry &e) { return e.itemId == m_selection->itemId; });
        if (entry != entries.end()) {
            if (days != 0) {
                emit entryMoveRequested(entry->itemId, entry->date, entry->date.addDays(days), entry->time);
                return;
            }
            if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && entry->time >= 0) {
                const int time = std::clamp(entry->time + (event->key() == Qt::Key_Up ? -kStep : kStep), 0, 24 * 60 - kStep);
                if (time != entry->time)
                    emit entryMoveRequested(entry->itemId, entry->date, entry->date, time);
                return;
            }
        }
    }
    if (days != 0) {
        setCurrentDate(m_current.addDays(days));
        selectFirst();
        return;
    }
    switch (event->key()) {
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        setCurrentDate(m_current.addDays(event->key() == Qt::Key_PageUp ? -7 : 7));
        selectFirst();
        return;
    case Qt::Key_Home:
        setCurrentDate(QDate::currentDate());
        selectFirst();
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
            emit newItemRequested(m_current, -1);
        return;
    case Qt::Key_Delete:
        if (m_selection && m_editable)
            emit deleteRequested(m_selection->itemId, m_selection->date);
        return;
    case Qt::Key_Insert:
        if (m_editable)
            emit newItemRequested(m_current, -1);
        return;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace cplan
