#pragma once

#include "plan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace cplan {

// The content calendar as iCalendar (RFC 5545), for calendar programs, and back.
//
// Writing: one VEVENT per content item; UID from the item's id, DTSTART as a DATE (no time)
// or a floating local DATE-TIME, DURATION, RRULE and EXDATE for repeating items, SUMMARY and
// DESCRIPTION, the campaign and channel as CATEGORIES, and the fields calendar programs have
// no place for as X-CPLAN-* properties so that a re-import restores them.

// TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. Other
// control characters, which a TEXT value may not hold, are dropped.
QString escapeICalText(const QString &text);
QString unescapeICalText(const QString &text);

// One content line, folded so that no line is longer than 75 octets (RFC 5545 §3.1), never
// inside a UTF-8 sequence; lines end with CRLF.
QByteArray foldICalLine(const QString &line);

// The UID of an item: "<uuid>@campaign-planner", the same on every export.
QString icalUid(const RecordId &id);

// `stamp` is the DTSTAMP written on every event (the time of the export, in UTC).
QByteArray writeICalendar(const Plan &plan, const QDateTime &stamp);

struct ICalendarImport
{
    // Content items, ready to add to the plan (ids from our UIDs, or derived from foreign UIDs
    // so that importing the same file twice gives the same ids). Empty when `error` is set.
    std::vector<ContentItem> items;
    // Why the file cannot be read, with the line it happened on: "Line 14: ...". Empty on success.
    QString error;
    // Things that were left out, each with its line: an unsupported repeat rule, a to-do ...
    QStringList warnings;
};

// Reads the VEVENTs of an iCalendar file. Channel, campaign and owner are matched by name
// against `context` (a plan's records); unknown names are left empty. An event with a
// RECURRENCE-ID (a changed occurrence of a series) becomes an excluded date of the series plus
// an item of its own, as the calendar does it.
ICalendarImport readICalendar(const QByteArray &bytes, const Plan &context);

} // namespace cplan
