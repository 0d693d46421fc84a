#pragma once

#include <QString>

#include <vector>

namespace cplan {

// The main window's views, in navigation order. Keys are used on the command line
// (--view) and in settings (last view).
enum class View { Overview, Business, Market, Channels, Rollout, Calendar, Forecast, Kpis, Review };

struct ViewInfo
{
    View view;
    QString key;
    QString title;
};

const std::vector<ViewInfo> &allViews();
const ViewInfo *findView(const QString &key);

} // namespace cplan
