#pragma once

#include "recordtablemodel.h"

namespace cplan {

// Fixed costs: name, monthly amount, first and last month (empty: until the end), notes.
enum FixedCostColumn { FixedCostName, FixedCostAmount, FixedCostFrom, FixedCostUntil, FixedCostNotes };
RecordTableModel<FixedCost> *makeFixedCostsModel(Document *document, QObject *parent = nullptr);

} // namespace cplan
