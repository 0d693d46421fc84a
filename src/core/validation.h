#pragma once

#include "plan.h"

#include <QString>

#include <vector>

namespace cplan {

// One thing wrong in a plan, said so a marketer understands it:
// "Segment 'Students': serviceable share must be between 0 and 100 %".
struct Problem
{
    RecordId recordId; // null for plan settings
    QString field;     // the field's JSON name, e.g. "serviceableShare"
    QString message;
    // A rule for what a person types (a text's length, a web address): edits are refused, but a
    // file or an import that already holds such a text still opens, so validatePlan() leaves
    // these out.
    bool typingRule = false;
};

// The longest texts a person may type; beyond them a text is a slip (a paste gone wrong) that
// would push forms off screen and bloat the printed plan.
namespace textlimits {
constexpr int name = 200;       // names and titles
constexpr int shortText = 2000; // one-line texts: a role, a unit, pricing, a website, a goal
constexpr int notes = 20000;    // notes and paragraphs
} // namespace textlimits

// The largest figures a plan may hold: the same for a file that opens, a JSON import and what
// a person types, so every plan that opens exports to JSON that imports back (docs/file-format.md,
// "Ranges"). Money: Money::maximumMinorUnits. Each keeps the forecast's arithmetic finite.
namespace valueranges {
constexpr qint64 customers = 10'000'000'000LL; // a segment's customers: more than the world's people
constexpr qint64 leads = 10'000'000'000LL;     // a phase's actual leads
constexpr double visitsPerMonth = 1e10;        // a flat channel's visits in a month
constexpr double kpiFigure = 1e15;             // a KPI target or actual, either sign
} // namespace valueranges

// The largest amount of money as messages show it, in major units: 100,000,000,000.00.
QString largestAmountText(int minorDigits);

// A competitor's website as typed: "example.com" or "www.example.com/pricing" become
// "https://…"; anything else is returned trimmed and left to validateCompetitor().
QString normalisedWebsite(const QString &typed);
// True for an empty text or an http(s) address with a host name such as https://example.com.
bool isWebsite(const QString &text);

// Each record on its own (ranges, required names, dates in order). Models call these before
// they accept an edit, so the document never holds an invalid value.
std::vector<Problem> validateSettings(const PlanSettings &settings);
std::vector<Problem> validateSegment(const Segment &segment, int minorDigits);
std::vector<Problem> validatePersona(const Persona &persona);
std::vector<Problem> validateCompetitor(const Competitor &competitor);
std::vector<Problem> validateTeamMember(const TeamMember &member);
std::vector<Problem> validateChannel(const Channel &channel, int minorDigits = 2);
std::vector<Problem> validatePhase(const RolloutPhase &phase, int minorDigits = 2);
std::vector<Problem> validateKpi(const Kpi &kpi);
std::vector<Problem> validateFixedCost(const FixedCost &cost, int minorDigits = 2);
std::vector<Problem> validateCampaign(const Campaign &campaign, int minorDigits = 2);
std::vector<Problem> validateContentItem(const ContentItem &item);
std::vector<Problem> validateComment(const Comment &comment);

// The whole plan: every record, plus unique ids and references that point at existing records.
// Typing rules are not applied: what a file holds opens.
std::vector<Problem> validatePlan(const Plan &plan);

} // namespace cplan
