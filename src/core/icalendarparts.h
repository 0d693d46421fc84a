#pragma once

// The pieces of an iCalendar file as the reader sees them (internal to icalendar*.cpp).

#include "calendardate.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace cplan::ical {

struct ContentLine
{
    int lineNumber = 0; // of the first physical line
    QString name;       // upper case
    std::map<QString, QString> parameters; // names upper case, values without quotes
    QString value;

    QString parameter(const char *key) const
    {
        const auto found = parameters.find(QLatin1String(key));
        return found == parameters.end() ? QString() : found->second;
    }
};

// BEGIN:NAME … END:NAME with what it holds.
struct Component
{
    QString name; // upper case
    int lineNumber = 0;
    std::vector<ContentLine> properties;
    std::vector<Component> children;
    // Why the component cannot be used (a line that is not NAME:value, cut off), with its line.
    QString broken;
    int brokenLine = 0;

    const ContentLine *find(const char *property) const
    {
        for (const ContentLine &line : properties) {
            if (line.name == QLatin1String(property))
                return &line;
        }
        return nullptr;
    }
};

struct ParsedFile
{
    std::vector<Component> calendars;
    QString error;       // the file is not iCalendar at all
    std::vector<std::pair<int, QString>> ignored; // lines outside any calendar, bad lines
};

ParsedFile parseComponents(const QByteArray &bytes);

// A DATE or DATE-TIME as written: 20270112, 20270112T093000, 20270112T083000Z.
struct WallTime
{
    Date date{1970, 1, 1};
    std::optional<int> seconds; // after midnight; nullopt for a DATE
    bool utc = false;
};
std::optional<WallTime> parseWallTime(const QString &text, bool forceDate = false);

// [+]P nW | nD [T nH nM nS] | T nH nM nS, in minutes; nullopt when unreadable or negative.
std::optional<int> parseDuration(const QString &text);

} // namespace cplan::ical
