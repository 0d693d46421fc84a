#include "plansnapshot.h"

#include "planjson.h"

#include <QCoreApplication>

namespace cplan {

PlanSnapshot makeSnapshot(const Plan &plan, const QString &name, const QDateTime &createdAt)
{
    return {newRecordId(), name, createdAt.toUTC(), planToJson(plan)};
}

std::optional<Plan> snapshotPlan(const PlanSnapshot &snapshot, QString *error)
{
    JsonImportResult result = planFromJson(snapshot.planJson);
    if (!result.plan && error)
        *error = QCoreApplication::translate("cplan::Snapshot", "The snapshot \u201C%1\u201D is damaged: %2")
                     .arg(snapshot.name, result.error);
    return std::move(result.plan);
}

QString snapshotLabel(const PlanSnapshot &snapshot)
{
    return QCoreApplication::translate("cplan::Snapshot", "%1 (%2)")
        .arg(snapshot.name, snapshot.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"));
}

} // namespace cplan
