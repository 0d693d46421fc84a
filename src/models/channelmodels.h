#pragma once

#include "recordtablemodel.h"

namespace cplan {

// The channels table: what each channel is, who owns it, how it is paid and how it converts.
enum ChannelColumn {
    ChannelName, ChannelKindColumn, ChannelOwner, ChannelStatusColumn, ChannelCostModel, ChannelCostPerClick,
    ChannelCostPerMille, ChannelClickThroughRate, ChannelVisitsPerMonth, ChannelLeadRate, ChannelCloseRate,
    ChannelOrderValue, ChannelTargetCostPerLead, ChannelColumnCount
};
RecordTableModel<Channel> *makeChannelsModel(Document *document, QObject *parent = nullptr);

// The team: who can own a channel or a content item.
enum TeamColumn { TeamName, TeamRole, TeamCapacity, TeamColumnCount };
RecordTableModel<TeamMember> *makeTeamModel(Document *document, QObject *parent = nullptr);

// Choices for "who owns this": nobody, then every team member (value: the id as text).
QVariantList ownerChoices(const Plan &plan);
// Choices for "which channel": every channel; with `wholePlan`, first "the whole plan" (value "").
QVariantList channelChoices(const Plan &plan, bool wholePlan);
// An id typed or chosen as text ("" is null); nullopt when it is not an id.
std::optional<RecordId> parseRecordId(const QVariant &value);

} // namespace cplan
