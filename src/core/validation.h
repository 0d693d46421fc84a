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
};

// Each record on its own (ranges, required names, dates in order). Models call these before
// they accept an edit, so the document never holds an invalid value.
std::vector<Problem> validateSettings(const PlanSettings &settings);
std::vector<Problem> validateSegment(const Segment &segment, int minorDigits);
std::vector<Problem> validatePersona(const Persona &persona);
std::vector<Problem> validateCompetitor(const Competitor &competitor);
std::vector<Problem> validateTeamMember(const TeamMember &member);
std::vector<Problem> validateChannel(const Channel &channel);
std::vector<Problem> validatePhase(const RolloutPhase &phase);
std::vector<Problem> validateKpi(const Kpi &kpi);
std::vector<Problem> validateFixedCost(const FixedCost &cost);
std::vector<Problem> validateCampaign(const Campaign &campaign);
std::vector<Problem> validateContentItem(const ContentItem &item);
std::vector<Problem> validateComment(const Comment &comment);

// The whole plan: every record, plus unique ids and references that point at existing records.
std::vector<Problem> validatePlan(const Plan &plan);

} // namespace cplan
