#pragma once

#include "actualsimport.h"
#include "commands.h"

#include <QUndoCommand>

namespace cplan {

// Undo commands for the channels, roll-out and KPI views, named the way a marketer reads
// them in Edit > Undo: "Move 'Search test' to 3 Feb", "Plan roll-out of 'Google Ads' from 13 Apr".
// Each returns one command for the undo stack (children run as one step); null when there is
// nothing to do.

// Channels
Channel makeNewChannel(const Plan &plan, const QString &name);
QUndoCommand *makeAddChannelCommand(Document *document, int index, const Channel &channel);
// A copy right after the original, with the KPIs and their targets (not the actuals: those
// were measured for the original).
QUndoCommand *makeDuplicateChannelCommand(Document *document, const RecordId &channelId);
QUndoCommand *makeMoveChannelCommand(Document *document, int from, int to);

// Team
QUndoCommand *makeAddTeamMemberCommand(Document *document, const TeamMember &member);

// Roll-out phases
// A one-month test for the channel, after its last phase (or at the start of the plan).
RolloutPhase makeNewPhase(const Plan &plan, const RecordId &channelId);
QUndoCommand *makeAddPhaseCommand(Document *document, const RolloutPhase &phase);
QUndoCommand *makeRemovePhasesCommand(Document *document, const QList<RecordId> &phaseIds);
QUndoCommand *makeEditPhaseCommand(Document *document, const RolloutPhase &changed);
// Named after what changed: both dates by the same days is a move, else the start or the end.
QUndoCommand *makeChangePhaseDatesCommand(Document *document, const RecordId &phaseId, const Date &start, const Date &end);
// The roll-out proposed after a profitable test (rollout.h), inserted after the test.
QUndoCommand *makePlanRolloutCommand(Document *document, const RecordId &testId);

// KPIs
QUndoCommand *makeAddKpiCommand(Document *document, const Kpi &kpi);
QUndoCommand *makeRemoveKpisCommand(Document *document, const QList<RecordId> &kpiIds);
// "Change how Followers's monthly actual is made"; null for an unknown KPI or the same value.
QUndoCommand *makeChangeKpiAggregationCommand(Document *document, const RecordId &kpiId, KpiAggregation aggregation);
// Every changed KPI of an import in one step: "Import 57 actuals from analytics.csv".
QUndoCommand *makeImportActualsCommand(Document *document, const ActualsImport &import, const QString &fileName);
// A monthly import (monthlyimport.h) in one step, "Import actuals from ga4.csv": the changed
// actuals, and each KPI in `aggregations` set to the aggregation its figures were made with.
// Null when neither actuals nor an aggregation change.
QUndoCommand *makeImportMonthlyActualsCommand(Document *document, const ActualsImport &import,
                                              const std::map<RecordId, KpiAggregation> &aggregations,
                                              const QString &fileName);

// "3 Feb", with the year when it is not `referenceYear`.
QString shortDate(const Date &date, int referenceYear);

} // namespace cplan
