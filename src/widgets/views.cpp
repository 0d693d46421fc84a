#include "views.h"

#include <QCoreApplication>

namespace cplan {

const std::vector<ViewInfo> &allViews()
{
    static const std::vector<ViewInfo> views = [] {
        auto tr = [](const char *text) { return QCoreApplication::translate("cplan::Views", text); };
        return std::vector<ViewInfo>{
            {View::Overview, QStringLiteral("overview"), tr("Overview")},
            {View::Business, QStringLiteral("business"), tr("Business plan")},
            {View::Market, QStringLiteral("market"), tr("Market")},
            {View::Channels, QStringLiteral("channels"), tr("Channels")},
            {View::Rollout, QStringLiteral("rollout"), tr("Roll-out")},
            {View::Calendar, QStringLiteral("calendar"), tr("Calendar")},
            {View::Forecast, QStringLiteral("forecast"), tr("Forecast")},
            {View::Kpis, QStringLiteral("kpis"), tr("KPIs")},
            {View::Review, QStringLiteral("review"), tr("Review")},
        };
    }();
    return views;
}

const ViewInfo *findView(const QString &key)
{
    for (const ViewInfo &info : allViews()) {
        if (info.key == key)
            return &info;
    }
    return nullptr;
}

} // namespace cplan
