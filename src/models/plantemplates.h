#pragma once

#include "plan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cplan {

// The plans bundled with the application (resources/plans/*.json): the sample and the
// templates a new plan can start from.
struct PlanTemplate
{
    QString key;         // "sample", "product-launch", "local-shop"
    QString displayName; // translated
    QString resource;    // ":/plans/sample.json"
};

const std::vector<PlanTemplate> &bundledPlans();
// The bundled plan, read and validated; nullopt (with error) only if the bundled file is broken.
std::optional<Plan> loadBundledPlan(const QString &key, QString *error = nullptr);

} // namespace cplan
