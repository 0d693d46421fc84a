#pragma once

#include "plan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

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

// What an imported item's event states beyond its date: a re-import updates only these parts
// of an item the plan has already, so that a calendar program's file (which knows nothing of
// channels or campaigns) does not clear them. StatesCalendarStatus: only the standard STATUS
// (TENTATIVE, CONFIRMED, ...), coarser than the plan's statuses: it changes an item's status
// only when it says something else than the plan's status would be written as.
enum ICalendarField : unsigned {
    StatesTitle = 1, StatesType = 2, StatesStatus = 4, StatesChannel = 8, StatesCampaign = 16, StatesOwner = 32,
    StatesNotes = 64, StatesCalendarStatus = 128
};

struct ICalendarSource
{
    int line = 0;        // where its VEVENT or VTODO begins
    unsigned stated = 0; // ICalendarField flags
};

struct ICalendarImport
{
    // Content items, ready to add to the plan (ids from our UIDs, or derived from foreign UIDs
    // so that importing the same file twice gives the same ids).
    std::vector<ContentItem> items;
    std::vector<ICalendarSource> sources; // one per item
    // Why the file cannot be read at all (not iCalendar, empty). Empty otherwise.
    QString error;
    // Parts of imported events that were left out, and lines that were ignored: "Line 14: ...".
    QStringList warnings;
    // Events and to-dos that were not imported, each "Line 14 (Title): why".
    QStringList skipped;
};

// Reads every VCALENDAR of an iCalendar file, each VEVENT and VTODO on its own merits: one
// that cannot be used (no DTSTART, a bad date or RRULE) is listed in `skipped` and the others
// are read. Channel, campaign and owner are matched by name against `context` (a plan's
// records); unknown names are left empty. Times are brought into `planZone` (see
// docs/calendar.md): UTC and TZID times are converted, floating times and dates kept. An
// RDATE becomes a one-off item with the series' fields, a RECURRENCE-ID (a changed occurrence)
// an excluded date of the series plus an item of its own, as the calendar does it.
ICalendarImport readICalendar(const QByteArray &bytes, const Plan &context,
                              const QTimeZone &planZone = QTimeZone::systemTimeZone());

} // namespace cplan
