#pragma once

#include "calendardate.h"
#include "recurrence.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <map>
#include <optional>
#include <vector>

namespace cplan {

// Time zones of an iCalendar file (RFC 5545 §3.6.5), so that a time written with a TZID
// becomes the plan's own wall-clock time.
//
// A TZID is looked up in this order: an IANA id the system knows (America/New_York), a Windows
// name as Outlook writes it (W. Europe Standard Time → Europe/Berlin), then the file's own
// VTIMEZONE of that name (its STANDARD and DAYLIGHT parts with their RRULE and RDATE onsets).
// The system's tz database comes first because it also knows the zone's past rule changes,
// which a VTIMEZONE often leaves out.

// One STANDARD or DAYLIGHT part of a VTIMEZONE.
struct ICalZoneObservance
{
    Date start{1970, 1, 1};    // DTSTART, a local time in the offset before the change
    int startSeconds = 0;      // seconds after midnight
    int offsetFromSeconds = 0; // TZOFFSETFROM
    int offsetToSeconds = 0;   // TZOFFSETTO
    std::optional<RecurrenceRule> rule;
    std::vector<std::pair<Date, int>> extraOnsets; // RDATE, local date and seconds
};

struct ICalZoneDefinition
{
    QString id;
    std::vector<ICalZoneObservance> observances;

    // Seconds ahead of UTC at a wall-clock time of this zone. In the hour a change skips or
    // repeats the offset before the change counts, as Python's pytz and icalendar do.
    int offsetAtLocal(const Date &date, int seconds) const;
};

// "+0100", "-0430", "+013045" in seconds; nullopt when unreadable.
std::optional<int> parseUtcOffset(const QString &text);

class ICalZones
{
public:
    void addDefinition(ICalZoneDefinition definition);

    // The instant a wall-clock time of `tzid` is, or nullopt when the zone is unknown.
    std::optional<QDateTime> toInstant(const QString &tzid, const Date &date, int seconds) const;
    // The name the zone was found under, for messages: "Europe/Berlin" for a Windows name.
    QString describe(const QString &tzid) const;
    bool isKnown(const QString &tzid) const;

private:
    std::optional<QTimeZone> systemZone(const QString &tzid) const;
    std::map<QString, ICalZoneDefinition> m_definitions;
};

} // namespace cplan
