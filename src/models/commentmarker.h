#pragma once

#include "reviewcomments.h"

#include <QIcon>
#include <QVariant>

class QPainter;
class QRectF;

namespace cplan {

// The marker on a commented record: a speech bubble, blue while a thread is open, grey when
// every thread on the record is resolved. Tables show it as their first column's decoration;
// the timeline and the calendar paint it themselves.
void paintCommentMarker(QPainter *painter, const QRectF &rect, bool open);
QIcon commentMarkerIcon(bool open);
// "2 open comments, 1 resolved"; empty without comments.
QString commentMarkerText(const CommentCount &count);

// What a record table answers for a record: the icon (DecorationRole) or the words
// (ToolTipRole), or nothing when the record has no comments.
QVariant commentMarkerData(const Plan &plan, const RecordId &recordId, int role);

} // namespace cplan
