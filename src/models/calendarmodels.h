#pragma once

#include "recordtablemodel.h"

namespace cplan {

// The calendar's lists as tables (the RecordTableModel pattern): every edit is validated and
// becomes an undo command. Choices (type, status, channel, campaign, owner) are edited by
// their name as shown; dates as QDate; the repeat rule as RRULE text.

enum ContentItemColumn { ContentTitle, ContentType_, ContentDate, ContentTime, ContentDuration, ContentRepeats,
                         ContentChannel, ContentCampaign, ContentOwner, ContentStatus_, ContentNotes };
RecordTableModel<ContentItem> *makeContentItemsModel(Document *document, QObject *parent = nullptr);

enum CampaignColumn { CampaignName, CampaignGoal, CampaignStart, CampaignEnd, CampaignColour, CampaignBudget,
                      CampaignNotes };
RecordTableModel<Campaign> *makeCampaignsModel(Document *document, QObject *parent = nullptr);

// (The channels page has a team table of its own; this one is the calendar's, with the
// capacity that the workload is measured against.)
enum CalendarTeamColumn { MemberName, MemberRole, MemberCapacity };
RecordTableModel<TeamMember> *makeCalendarTeamModel(Document *document, QObject *parent = nullptr);

} // namespace cplan
