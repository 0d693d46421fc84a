#include "calendarentries.h"

#include "commentmarker.h"
#include "occurrencemodel.h"

#include <QAbstractItemModel>
#include <QPainter>

namespace cplan {

namespace {

// Word-wrapped text in at most `lines` lines, the last one elided.
void drawWrapped(QPainter *painter, const QRectF &box, const QString &text, int lines)
{
    const QFontMetrics metrics = painter->fontMetrics();
    QString rest = text;
    qreal y = box.top();
    for (int line = 0; line < lines && !rest.isEmpty(); ++line) {
        QString piece;
        if (line == lines - 1) {
            piece = metrics.elidedText(rest, Qt::ElideRight, int(box.width()));
            rest.clear();
        } else {
            // The longest run of words that fits; a word longer than the line is cut.
            int end = int(rest.size());
            while (end > 0 && metrics.horizontalAdvance(rest.left(end)) > box.width()) {
                const int space = int(rest.lastIndexOf(QLatin1Char(' '), end - 1));
                end = space > 0 ? space : end - 1;
            }
            end = std::max(end, 1);
            piece = rest.left(end);
            rest = rest.mid(end).trimmed();
        }
        painter->drawText(QRectF(box.left(), y, box.width(), metrics.height()), Qt::AlignLeading | Qt::AlignTop, piece);
        y += metrics.height();
    }
}

} // namespace

QHash<QDate, std::vector<CalendarEntry>> entriesByDay(const QAbstractItemModel *model, ChipColour colour)
{
    QHash<QDate, std::vector<CalendarEntry>> days;
    if (!model)
        return days;
    const int colourRole = colour == ChipColour::ByCampaign ? OccurrenceModel::CampaignColourRole
                                                            : OccurrenceModel::ChannelColourRole;
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        CalendarEntry entry;
        entry.itemId = index.data(OccurrenceModel::ItemIdRole).toUuid();
        entry.date = index.data(OccurrenceModel::DateRole).toDate();
        entry.time = index.data(OccurrenceModel::TimeRole).toInt();
        entry.duration = index.data(OccurrenceModel::DurationRole).toInt();
        entry.title = index.data(OccurrenceModel::TitleRole).toString();
        entry.colour = index.data(colourRole).value<QColor>();
        entry.repeats = index.data(OccurrenceModel::RepeatsRole).toBool();
        entry.status = index.data(OccurrenceModel::StatusRole).toInt();
        entry.comments = index.data(OccurrenceModel::CommentsRole).toInt();
        days[entry.date].push_back(std::move(entry));
    }
    // A sorted list view may hand the rows in another order; the grid wants time order.
    for (auto it = days.begin(); it != days.end(); ++it) {
        std::stable_sort(it->begin(), it->end(),
                         [](const CalendarEntry &a, const CalendarEntry &b) { return a.time < b.time; });
    }
    return days;
}

std::size_t nextEntryIndex(const std::vector<CalendarEntry> &entries, const RecordId &selected)
{
    for (std::size_t i = 0; !selected.isNull() && i < entries.size(); ++i) {
        if (entries[i].itemId == selected)
            return (i + 1) % entries.size();
    }
    return 0;
}

QString chipText(const CalendarEntry &entry)
{
    if (entry.time < 0)
        return entry.title.simplified();
    return QStringLiteral("%1:%2 ").arg(entry.time / 60, 2, 10, QLatin1Char('0')).arg(entry.time % 60, 2, 10, QLatin1Char('0'))
           + entry.title.simplified();
}

void paintChip(QPainter *painter, const QRectF &rect, const CalendarEntry &entry, const QString &text, bool selected,
               bool dimmed)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QColor base = entry.colour.isValid() ? entry.colour : QColor(0x9c, 0xa3, 0xaf);
    QColor fill = selected ? base
                           : QColor::fromHsvF(std::max(0.0f, base.hsvHueF()), std::min(0.28f, base.hsvSaturationF()), 0.97f);
    if (dimmed)
        fill.setAlphaF(0.45f);
    // Rounded corners, but no clipping paths: a month of chips is painted in a few ms.
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 3, 3);
    if (entry.status == int(ContentStatus::Idea) && !selected) {
        // Only an idea yet: a dashed outline, which leaves the text as readable as any.
        // (Square and without antialiasing: dashed curves cost a frame in a full month.)
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(base, 1, Qt::DashLine));
        painter->drawRect(box.toRect().adjusted(1, 0, -1, -1));
        painter->setPen(Qt::NoPen);
        painter->setRenderHint(QPainter::Antialiasing, true);
    }
    // The leading bar: on the right in right-to-left layouts.
    const bool rtl = painter->layoutDirection() == Qt::RightToLeft;
    painter->setBrush(base);
    painter->drawRoundedRect(rtl ? QRectF(box.right() - 4, box.top(), 4, box.height()) : QRectF(box.left(), box.top(), 4, box.height()),
                             2, 2);
    if (selected) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(base.darker(160), 1.5));
        painter->drawRoundedRect(box, 3, 3);
    }
    const bool darkFill = selected && base.lightnessF() < 0.6;
    painter->setPen(darkFill ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37));
    QString shown = text;
    if (entry.status == int(ContentStatus::Published))
        shown = QString(QChar(0x2713)) + QLatin1Char(' ') + shown;
    if (entry.repeats)
        shown += QStringLiteral(" \u21bb");
    QRectF textBox = box.adjusted(rtl ? 3 : 6, 1, rtl ? -6 : -3, -1);
    if (entry.comments > 0 && box.width() > 48) {
        // The comment marker at the trailing end, top-aligned so tall blocks show it too.
        const qreal side = std::min<qreal>(12.0, qreal(painter->fontMetrics().height()));
        const QRectF marker(rtl ? box.left() + 3 : box.right() - side - 3, box.top() + (std::min(box.height(), 2 * side) - side) / 2,
                            side, side);
        paintCommentMarker(painter, marker, entry.comments > 1);
        if (rtl)
            textBox.setLeft(marker.right() + 2);
        else
            textBox.setRight(marker.left() - 2);
    }
    const QFontMetrics metrics = painter->fontMetrics();
    if (textBox.height() >= 2 * metrics.height()) {
        // A tall block (the week's timed items): as many wrapped lines as fit, the last elided.
        const int lines = int(textBox.height()) / metrics.height();
        painter->setClipRect(textBox);
        drawWrapped(painter, textBox, shown, lines);
    } else {
        const QString elided = metrics.elidedText(shown, Qt::ElideRight, int(textBox.width()));
        painter->drawText(textBox, Qt::AlignVCenter | Qt::AlignLeading | Qt::TextSingleLine, elided);
    }
    painter->restore();
}

} // namespace cplan
