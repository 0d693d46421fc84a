#pragma once

#include "plan.h"

#include <QString>

#include <optional>

namespace cplan {

// Stable keys for files (JSON and .cplan) and display names for people. Keys never change;
// display names are translated.
QString toKey(ChannelKind value);
QString toKey(ChannelStatus value);
QString toKey(CostModel value);
QString toKey(PhaseKind value);
QString toKey(BetterWhen value);
QString toKey(ContentType value);
QString toKey(ContentStatus value);
QString toKey(ApprovalStatus value);

template<typename Enum>
std::optional<Enum> fromKey(const QString &key);

QString displayName(ChannelKind value);
QString displayName(ChannelStatus value);
QString displayName(CostModel value);
QString displayName(PhaseKind value);
QString displayName(BetterWhen value);
QString displayName(ContentType value);
QString displayName(ContentStatus value);
QString displayName(ApprovalStatus value);

// All values of an enum in their natural order, for combo boxes and loops.
template<typename Enum>
const std::vector<Enum> &allValues();

// KpiAggregation keeps its names in kpiaggregation.h; these let generic readers (JSON, the
// .cplan rows) treat it like the enums above.
template<>
std::optional<KpiAggregation> fromKey<KpiAggregation>(const QString &key);
template<>
const std::vector<KpiAggregation> &allValues<KpiAggregation>();

} // namespace cplan
