#pragma once

#include "validation.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace cplan {

// The most a plan file or a JSON import may hold. A plan a person makes stays far below them;
// beyond them a file is damaged or made to tie up the app (a name of 50 million characters, a
// text nested 100,000 tags deep, a calendar of millions of dates), so it is refused at the door
// with one plain line instead of taking minutes to open, print or export. Typing limits
// (textlimits in validation.h) are stricter; these only keep out what no one typed.
// docs/file-format.md lists them.
namespace planlimits {
constexpr qsizetype name = 10000;       // names, titles and one-line fields (typing allows 200)
constexpr qsizetype notes = 100000;     // notes and comments (typing allows 20,000)
constexpr qsizetype richText = 1000000; // each business plan text, HTML included
constexpr int richTextDepth = 32;       // elements inside elements, <p><b>…</b></p> is 2
constexpr std::size_t records = 10000;  // segments, personas, competitors, team, channels, KPIs,
                                        // fixed costs, campaigns, approval history
constexpr std::size_t phases = 50000;
constexpr std::size_t contentItems = 200000;
constexpr std::size_t comments = 100000;
constexpr std::size_t datesPerRecord = 100000; // a KPI's targets and actuals, an item's excluded dates
constexpr std::size_t calendarDates = 1000000; // all content dates within the horizon together
constexpr std::size_t repeatCounts = 1000000;  // all COUNT=… of the repeat rules together
} // namespace planlimits

// The first limit the plan breaks, as one Problem whose message names the record and the limit
// ("Channel 'Search…': 50,000,000 characters in the name; the most a name … can hold is
// 10,000"), or none. Cheap for a plan within the limits; never quotes a long value in full.
// validatePlan() runs it first, so both doors (.cplan and JSON) and saving apply the same
// limits; the .cplan door also calls it on its own, to say "too large" rather than "damaged".
std::vector<Problem> checkPlanLimits(const Plan &plan);

// A text as a message quotes it: at most `longest` characters, cut with "…" and never in the
// middle of a character.
QString elidedForMessage(const QString &text, qsizetype longest = 60);

// 50000000 as "50,000,000": messages read the same under every locale.
QString groupedNumber(qint64 number);

} // namespace cplan
