#pragma once

#include "plan.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cplan {

// A named, dated copy of the plan kept inside the same file (File > Save a Snapshot…), to
// compare the plan with later. The copy is held as the JSON interchange text (planjson.h), so
// a snapshot reads the same in any later version. Snapshots are not part of the plan: they
// never show up in its records, its JSON export or a comparison of two plans.
struct PlanSnapshot
{
    RecordId id;
    QString name;
    QDateTime createdAt; // UTC
    QByteArray planJson;
    friend bool operator==(const PlanSnapshot &, const PlanSnapshot &) = default;
};

// A snapshot of `plan` taken now.
PlanSnapshot makeSnapshot(const Plan &plan, const QString &name, const QDateTime &createdAt);
// The plan a snapshot holds; nullopt and a plain-language `error` when its text is damaged.
std::optional<Plan> snapshotPlan(const PlanSnapshot &snapshot, QString *error = nullptr);
// "Sent to Anna (2026-11-20 10:15 UTC)".
QString snapshotLabel(const PlanSnapshot &snapshot);

} // namespace cplan
