#include "commentmarker.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cplan {

void paintCommentMarker(QPainter *painter, const QRectF &rect, bool open)
{
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const QRectF bubble(box.left() + side * 0.06, box.top() + side * 0.1, side * 0.88, side * 0.62);
    QPainterPath path;
    path.addRoundedRect(bubble, side * 0.16, side * 0.16);
    QPainterPath tail;
    tail.moveTo(bubble.left() + side * 0.22, bubble.bottom() - 1);
    tail.lineTo(bubble.left() + side * 0.18, box.bottom() - side * 0.08);
    tail.lineTo(bubble.left() + side * 0.46, bubble.bottom() - 1);
    tail.closeSubpath();
    path = path.united(tail);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = open ? QColor(0x25, 0x63, 0xeb) : QColor(0x9c, 0xa3, 0xaf);
    painter->setPen(QPen(fill.darker(130), std::max<qreal>(1.0, side / 16)));
    painter->setBrush(fill);
    painter->drawPath(path);
    // Three dots: "someone said something".
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::white);
    const qreal dot = side * 0.1;
    for (int i = 0; i < 3; ++i) {
        const QPointF centre(bubble.center().x() + (i - 1) * side * 0.22, bubble.center().y());
        painter->drawEllipse(centre, dot, dot);
    }
    painter->restore();
}

namespace {

QIcon makeIcon(bool open)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paintCommentMarker(&painter, QRectF(0, 0, size, size), open);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Comments", text);
}

// "1 open comment" / "3 open comments": English needs both forms even without a translation.
QString count(int n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(n);
}

} // namespace

QIcon commentMarkerIcon(bool open)
{
    static const QIcon openIcon = makeIcon(true);
    static const QIcon resolvedIcon = makeIcon(false);
    return open ? openIcon : resolvedIcon;
}

QString commentMarkerText(const CommentCount &c)
{
    if (c.total() == 0)
        return {};
    if (c.resolved == 0)
        return count(c.open, "1 open comment", "%1 open comments");
    if (c.open == 0)
        return count(c.resolved, "1 resolved comment", "%1 resolved comments");
    return tr("%1, %2 resolved").arg(count(c.open, "1 open comment", "%1 open comments")).arg(c.resolved);
}

QVariant commentMarkerData(const Plan &plan, const RecordId &recordId, int role)
{
    if (role != Qt::DecorationRole && role != Qt::ToolTipRole)
        return {};
    const CommentCount count = commentsOn(plan, recordId);
    if (count.total() == 0)
        return {};
    if (role == Qt::DecorationRole)
        return commentMarkerIcon(count.open > 0);
    return commentMarkerText(count);
}

} // namespace cplan
