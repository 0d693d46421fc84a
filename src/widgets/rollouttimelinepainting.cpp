// Painting the roll-out timeline: only the rows and days on screen are looked at.
#include "rollouttimeline.h"

#include "commentmarker.h"
#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "verdict.h"

#include <QLocale>
#include <QPainter>
#include <QScrollBar>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace cplan {

namespace {

using boost::gregorian::days;

QColor kindColour(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Test: return QColor(0xf5, 0x9e, 0x0b);    // amber: trying it out
    case PhaseKind::Rollout: return QColor(0x3b, 0x82, 0xf6); // blue: doing it
    case PhaseKind::Scale: break;
    }
    return QColor(0x10, 0xb9, 0x81); // green: more of it
}

QColor verdictColour(VerdictOutcome outcome)
{
    switch (outcome) {
    case VerdictOutcome::Profitable: return QColor(0x15, 0x80, 0x3d);
    case VerdictOutcome::NotProfitable: return QColor(0xb9, 0x1c, 0x1c);
    case VerdictOutcome::NotEnoughData: break;
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

} // namespace

void RolloutTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &pal = palette();
    const QRect area = viewport()->rect();
    painter.fillRect(area, pal.base());
    if (m_rows.empty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("Add a channel to plan its tests and roll-out."));
        return;
    }
    const Date firstVisible = dateAt(labelWidth) - days(1);
    const Date lastVisible = dateAt(area.width()) + days(1);
    const int firstRow = std::max(0, verticalScrollBar()->value() / rowHeight);
    const int lastRow = std::min(int(m_rows.size()) - 1, (verticalScrollBar()->value() + area.height() - headerHeight) / rowHeight);

    // Rows: alternate shading, outside the plan's horizon a little darker.
    painter.setClipRect(QRect(labelWidth, headerHeight, area.width() - labelWidth, area.height() - headerHeight));
    for (int row = firstRow; row <= lastRow; ++row) {
        if (row % 2 == 1)
            painter.fillRect(QRect(labelWidth, rowTop(row), area.width(), rowHeight), pal.alternateBase());
    }
    const PlanSettings &s = m_document->plan().settings;
    QColor outside = pal.color(QPalette::Text);
    outside.setAlpha(14);
    const int horizonLeft = xForDate(s.startMonth.firstDay());
    const int horizonRight = xForDate(s.startMonth.addMonths(s.months).firstDay());
    painter.fillRect(QRect(QPoint(labelWidth, headerHeight), QPoint(horizonLeft - 1, area.bottom())), outside);
    painter.fillRect(QRect(QPoint(horizonRight, headerHeight), area.bottomRight()), outside);

    // Month grid.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(110);
    painter.setPen(grid);
    for (YearMonth m = YearMonth::of(firstVisible); !(lastVisible < m.firstDay()); m = m.addMonths(1)) {
        const int x = xForDate(m.firstDay());
        painter.drawLine(x, headerHeight, x, area.bottom());
    }
    paintBars(painter, firstRow, lastRow, firstVisible, lastVisible);

    // Today.
    painter.setClipping(false);
    const int todayX = xForDate(m_today) + int(m_pixelsPerDay / 2);
    if (todayX >= labelWidth && todayX <= area.right()) {
        painter.setPen(QPen(QColor(0xdc, 0x26, 0x26), 2));
        painter.drawLine(todayX, headerHeight - 6, todayX, area.bottom());
    }
    paintHeader(painter, area, firstVisible, lastVisible);
    paintLabels(painter, firstRow, lastRow);
}

void RolloutTimeline::paintHeader(QPainter &painter, const QRect &area, const Date &firstVisible, const Date &lastVisible)
{
    const QPalette &pal = palette();
    const QRect header(0, 0, area.width(), headerHeight);
    painter.fillRect(header, pal.window());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, headerHeight - 1, area.width(), headerHeight - 1);
    painter.setClipRect(QRect(labelWidth, 0, area.width() - labelWidth, headerHeight));
    const QFontMetrics metrics(font());
    const QLocale locale;
    const int half = headerHeight / 2;
    // Upper line: years; lower line: months, named as long as there is room.
    for (int year = int(firstVisible.year()); year <= int(lastVisible.year()); ++year) {
        const int left = std::max(labelWidth, xForDate(Date(year, 1, 1)));
        const int right = xForDate(Date(year + 1, 1, 1));
        painter.setPen(pal.color(QPalette::WindowText));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRect(left + 4, 0, right - left - 8, half), Qt::AlignVCenter | Qt::AlignLeft, QString::number(year));
        painter.setFont(font());
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(xForDate(Date(year, 1, 1)), 2, xForDate(Date(year, 1, 1)), headerHeight);
    }
    const int monthWidth = int(30 * m_pixelsPerDay);
    const bool longNames = monthWidth > metrics.horizontalAdvance(locale.monthName(9, QLocale::LongFormat)) + 8;
    const bool shortNames = monthWidth > metrics.horizontalAdvance(locale.monthName(9, QLocale::ShortFormat)) + 6;
    for (YearMonth m = YearMonth::of(firstVisible); !(lastVisible < m.firstDay()); m = m.addMonths(1)) {
        const int left = xForDate(m.firstDay());
        const int right = xForDate(m.addMonths(1).firstDay());
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(left, half, left, headerHeight);
        painter.setPen(pal.color(QPalette::WindowText));
        const QString name = longNames    ? locale.monthName(m.month, QLocale::LongFormat)
                             : shortNames ? locale.monthName(m.month, QLocale::ShortFormat)
                                          : QString::number(m.month);
        painter.drawText(QRect(left, half, right - left, half), Qt::AlignCenter, name);
    }
    const int todayX = xForDate(m_today) + int(m_pixelsPerDay / 2);
    if (todayX >= labelWidth && todayX <= area.right()) {
        painter.setPen(QPen(QColor(0xdc, 0x26, 0x26), 2));
        painter.drawLine(todayX, half, todayX, headerHeight);
    }
    painter.setClipping(false);
}

void RolloutTimeline::paintBars(QPainter &painter, int firstRow, int lastRow, const Date &firstVisible, const Date &lastVisible)
{
    const Plan &plan = m_document->plan();
    const RolloutPhase *dragged = nullptr;
    for (int row = firstRow; row <= lastRow; ++row) {
        for (int index : m_phasesByRow[std::size_t(row)]) {
            const RolloutPhase &p = plan.phases[std::size_t(index)];
            if (m_dragStarted && p.id == m_dragPhase) {
                dragged = &p;
                continue;
            }
            if (p.end < firstVisible || lastVisible < p.start)
                continue;
            paintBar(painter, p, barRectFor(p, row, p.start, p.end), false);
        }
    }
    if (dragged) {
        const int row = m_rowOfChannel.value(dragged->channelId);
        const QRect bar = barRectFor(*dragged, row, m_previewStart, m_previewEnd);
        paintBar(painter, *dragged, bar, true);
        // The dates it will get, next to the bar.
        const QString dates = QStringLiteral("%1 – %2").arg(formatDate(m_previewStart), formatDate(m_previewEnd));
        const QFontMetrics metrics(font());
        QRect label(bar.right() + 6, bar.top(), metrics.horizontalAdvance(dates) + 10, bar.height());
        if (label.right() > viewport()->width())
            label.moveRight(bar.left() - 6);
        painter.fillRect(label, palette().toolTipBase());
        painter.setPen(palette().color(QPalette::ToolTipText));
        painter.drawRect(label.adjusted(0, 0, -1, -1));
        painter.drawText(label, Qt::AlignCenter, dates);
    }
}

void RolloutTimeline::paintBar(QPainter &painter, const RolloutPhase &p, const QRect &bar, bool dragged)
{
    QColor fill = kindColour(p.kind);
    if (dragged)
        fill.setAlpha(190);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const bool selected = p.id == m_selected;
    painter.setPen(selected || dragged ? QPen(palette().color(QPalette::Text), 2) : QPen(fill.darker(130), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.setRenderHint(QPainter::Antialiasing, false);

    QRect text = bar.adjusted(6, 0, -4, 0);
    if (const CommentCount comments = commentsOn(m_document->plan(), p.id); comments.total() > 0 && bar.width() > 40) {
        const int side = std::min(14, bar.height() - 4);
        const QRect marker(text.left() - 2, bar.center().y() - side / 2, side, side);
        // On a white disc, so the bubble stands out from a bar of any colour.
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QRectF(marker).adjusted(-2, -2, 2, 2));
        painter.setRenderHint(QPainter::Antialiasing, false);
        paintCommentMarker(&painter, marker, comments.open > 0);
        text.setLeft(marker.right() + 4);
    }
    if (p.kind == PhaseKind::Test && bar.width() > 16) {
        // The verdict as a dot: green profitable, red not, grey not enough data.
        const TestVerdict verdict = testVerdict(m_document->plan(), p);
        const int size = 10;
        const QRect dot(bar.right() - size - 5, bar.center().y() - size / 2, size, size);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(verdictColour(verdict.outcome));
        painter.drawEllipse(dot);
        painter.setRenderHint(QPainter::Antialiasing, false);
        text.setRight(dot.left() - 3);
    }
    if (text.width() > 12) {
        painter.setPen(p.kind == PhaseKind::Test ? QColor(0x1f, 0x29, 0x37) : QColor(Qt::white));
        const QString name = p.name.isEmpty() ? displayName(p.kind) : p.name;
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, painter.fontMetrics().elidedText(name, Qt::ElideRight, text.width()));
    }
}

void RolloutTimeline::paintLabels(QPainter &painter, int firstRow, int lastRow)
{
    const QPalette &pal = palette();
    const QRect column(0, headerHeight, labelWidth, viewport()->height() - headerHeight);
    painter.fillRect(column, pal.window());
    painter.fillRect(QRect(0, 0, labelWidth, headerHeight), pal.window());
    painter.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(8, 0, labelWidth - 12, headerHeight), Qt::AlignVCenter | Qt::AlignLeft, tr("Channel"));
    painter.setFont(font());
    painter.setClipRect(column);
    const Plan &plan = m_document->plan();
    for (int row = firstRow; row <= lastRow; ++row) {
        const QRect cell(8, rowTop(row), labelWidth - 14, rowHeight);
        const Channel *channel = plan.findChannel(m_rows[std::size_t(row)]);
        const QString name = channel ? channel->name : QString();
        const bool selected = !m_selectedChannel.isNull() && m_selectedChannel == m_rows[std::size_t(row)];
        if (selected) // where "Add phase" will put a new phase
            painter.fillRect(QRect(0, rowTop(row), labelWidth, rowHeight), pal.highlight());
        painter.setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::WindowText));
        painter.drawText(cell, Qt::AlignVCenter | Qt::AlignLeft, painter.fontMetrics().elidedText(name, Qt::ElideRight, cell.width()));
        painter.setPen(pal.color(QPalette::Midlight));
        painter.drawLine(0, rowTop(row) + rowHeight - 1, labelWidth, rowTop(row) + rowHeight - 1);
    }
    painter.setClipping(false);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(labelWidth - 1, 0, labelWidth - 1, viewport()->height());
}

} // namespace cplan
