#pragma once

#include "recordtablemodel.h"

namespace cplan {

// The roll-out phases table: per channel, dated test / roll-out / scale phases with budget,
// and for tests the actuals with the verdict and the numbers that decided it.
enum PhaseColumn {
    PhaseChannel, PhaseName, PhaseKindColumn, PhaseStart, PhaseEnd, PhaseBudget, PhaseActualSpend,
    PhaseActualRevenue, PhaseActualLeads, PhaseVerdict, PhaseVerdictReason, PhaseColumnCount
};

class PhasesModel : public RecordTableModel<RolloutPhase>
{
public:
    explicit PhasesModel(Document *document, QObject *parent = nullptr);
    // Actuals belong to tests: the actual columns of other phases are not editable.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
};

} // namespace cplan
