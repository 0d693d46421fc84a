#pragma once

#include "plan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cplan {

// The content calendar as CSV (RFC 4180) for spreadsheets: UTF-8 without a byte order mark,
// CRLF line ends, a header row, then one row per occurrence inside the plan's horizon in date
// order. Columns: date (YYYY-MM-DD), time (HH:MM or empty), title, type, channel, campaign,
// owner, status; type and status as the keys the JSON file uses ("social-post",
// "in-progress"), the others as names.

// One field, quoted when it holds a comma, a double quote, a line break or leading or
// trailing spaces; quotes inside are doubled.
QString csvField(const QString &text);
QString csvRow(const QStringList &fields);

QByteArray writeCalendarCsv(const Plan &plan);

} // namespace cplan
