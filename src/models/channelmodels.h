#pragma once

#include "recordtablemodel.h"

namespace cplan {

// The channels table: what each channel is, who owns it, how it is paid and how it converts,
// and what it brings (read only, derived from its phases: planned spend inside the horizon,
// forecast revenue and ROI of the base scenario). The status shown is the effective one
// (effectiveChannelStatus); choosing a status stores only Paused, Stopped or "follow the phases".
enum ChannelColumn {
    ChannelName, ChannelKindColumn, ChannelOwner, ChannelStatusColumn, ChannelCostModel, ChannelCostPerClick,
    ChannelCostPerMille, ChannelClickThroughRate, ChannelVisitsPerMonth, ChannelLeadRate, ChannelCloseRate,
    ChannelOrderValue, ChannelTargetCostPerLead, ChannelPlannedSpend, ChannelForecastRevenue, ChannelForecastRoi,
    ChannelColumnCount
};
RecordTableModel<Channel> *makeChannelsModel(Document *document, QObject *parent = nullptr);

// The team: who can own a channel or a content item.
enum TeamColumn { TeamName, TeamRole, TeamCapacity, TeamColumnCount };
RecordTableModel<TeamMember> *makeTeamModel(Document *document, QObject *parent = nullptr);

// Choices for a channel's status: following its phases (shown as what they make it now), then
// the statuses a person sets by hand.
QVariantList channelStatusChoices(const Plan &plan, const Channel &channel);
// The text of "follow the phases" for a channel, e.g. "Testing (from its phases)".
QString followsPhasesText(const Plan &plan, const Channel &channel);

// Choices for "who owns this": nobody, then every team member (value: the id as text).
QVariantList ownerChoices(const Plan &plan);
// Choices for "which channel": every channel; with `wholePlan`, first "the whole plan" (value "").
QVariantList channelChoices(const Plan &plan, bool wholePlan);
// An id typed or chosen as text ("" is null); nullopt when it is not an id.
std::optional<RecordId> parseRecordId(const QVariant &value);

} // namespace cplan
