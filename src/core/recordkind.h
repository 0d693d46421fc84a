#pragma once

#include "plan.h"

namespace cplan {

// The lists of records a plan holds; the document's signals say which one changed, and the
// storage keeps its copy in step list by list.
enum class RecordKind {
    Segment, Persona, Competitor, TeamMember, Channel, Phase, Kpi, FixedCost, Campaign, Content, Comment
};
constexpr int recordKindCount = int(RecordKind::Comment) + 1;

template<typename Record>
struct RecordTraits;

#define CPLAN_RECORD_TRAITS(Type, Kind, Member)                                                    \
    template<>                                                                                     \
    struct RecordTraits<Type>                                                                      \
    {                                                                                              \
        static constexpr RecordKind kind = RecordKind::Kind;                                       \
        static std::vector<Type> &list(Plan &plan) { return plan.Member; }                         \
        static const std::vector<Type> &list(const Plan &plan) { return plan.Member; }             \
    };

CPLAN_RECORD_TRAITS(Segment, Segment, segments)
CPLAN_RECORD_TRAITS(Persona, Persona, personas)
CPLAN_RECORD_TRAITS(Competitor, Competitor, competitors)
CPLAN_RECORD_TRAITS(TeamMember, TeamMember, team)
CPLAN_RECORD_TRAITS(Channel, Channel, channels)
CPLAN_RECORD_TRAITS(RolloutPhase, Phase, phases)
CPLAN_RECORD_TRAITS(Kpi, Kpi, kpis)
CPLAN_RECORD_TRAITS(FixedCost, FixedCost, fixedCosts)
CPLAN_RECORD_TRAITS(Campaign, Campaign, campaigns)
CPLAN_RECORD_TRAITS(ContentItem, Content, content)
CPLAN_RECORD_TRAITS(Comment, Comment, comments)

#undef CPLAN_RECORD_TRAITS

} // namespace cplan
