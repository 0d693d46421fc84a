#include "accessibleviews.h"

#include "calendaraccessible.h"
#include "monthview.h"
#include "rollouttimeline.h"
#include "timelineaccessible.h"
#include "weekview.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QToolButton>

namespace cplan {

namespace {

QAccessibleInterface *accessibleView(const QString &className, QObject *object)
{
    if (className == QLatin1String("cplan::MonthView"))
        return new AccessibleCalendarView(static_cast<MonthView *>(object), static_cast<MonthView *>(object));
    if (className == QLatin1String("cplan::WeekView"))
        return new AccessibleCalendarView(static_cast<WeekView *>(object), static_cast<WeekView *>(object));
    if (className == QLatin1String("cplan::RolloutTimeline"))
        return new AccessibleRolloutTimeline(static_cast<RolloutTimeline *>(object));
    return nullptr;
}

} // namespace

void installAccessibleViews()
{
    static const bool installed = [] {
        QAccessible::installFactory(accessibleView);
        return true;
    }();
    Q_UNUSED(installed);
}

void nameOverflowButtons(QWidget *root)
{
    for (QToolButton *button : root->findChildren<QToolButton *>()) {
        if (!button->accessibleName().isEmpty())
            continue;
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button"))
            button->setAccessibleName(QCoreApplication::translate("cplan::MainWindow", "More tools"));
        else if (button->objectName() == QLatin1String("qt_menubar_ext_button"))
            button->setAccessibleName(QCoreApplication::translate("cplan::MainWindow", "More menus"));
    }
}

} // namespace cplan
