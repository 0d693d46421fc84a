#include "plantemplates.h"

#include "planjson.h"

#include <QCoreApplication>
#include <QFile>

namespace cplan {

const std::vector<PlanTemplate> &bundledPlans()
{
    static const std::vector<PlanTemplate> plans = {
        {QStringLiteral("sample"), QCoreApplication::translate("cplan::Templates", "Sample: online tea shop"),
         QStringLiteral(":/plans/sample.json")},
        {QStringLiteral("product-launch"), QCoreApplication::translate("cplan::Templates", "Product launch"),
         QStringLiteral(":/plans/product-launch.json")},
        {QStringLiteral("local-shop"), QCoreApplication::translate("cplan::Templates", "Local shop"),
         QStringLiteral(":/plans/local-shop.json")},
    };
    return plans;
}

std::optional<Plan> loadBundledPlan(const QString &key, QString *error)
{
    for (const PlanTemplate &entry : bundledPlans()) {
        if (entry.key != key)
            continue;
        QFile file(entry.resource);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return std::nullopt;
        }
        JsonImportResult result = planFromJson(file.readAll());
        if (!result.plan && error)
            *error = result.error;
        return std::move(result.plan);
    }
    if (error)
        *error = QCoreApplication::translate("cplan::Templates", "there is no bundled plan called '%1'").arg(key);
    return std::nullopt;
}

} // namespace cplan
