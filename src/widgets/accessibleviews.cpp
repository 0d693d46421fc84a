#include "accessibleviews.h"

#include "calendaraccessible.h"
#include "monthview.h"
#include "rollouttimeline.h"
#include "timelineaccessible.h"
#include "weekview.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QAction>
#include <QLineEdit>
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

void nameQtButtons(QWidget *root)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("cplan::MainWindow", text); };
    for (QToolButton *button : root->findChildren<QToolButton *>()) {
        if (!button->accessibleName().isEmpty() || !button->text().isEmpty())
            continue;
        if (button->objectName() == QLatin1String("qt_toolbar_ext_button")) {
            button->setAccessibleName(tr("More tools"));
        } else if (button->objectName() == QLatin1String("qt_menubar_ext_button")) {
            button->setAccessibleName(tr("More menus"));
        } else if (auto *field = qobject_cast<QLineEdit *>(button->parentWidget())) {
            const QAction *action = button->defaultAction();
            const bool clear = action && action->objectName() == QLatin1String("_q_qlineeditclearaction");
            QString name = clear ? tr("Clear") : action ? action->toolTip() : QString();
            if (name.isEmpty()) // a decorative icon, such as the magnifier of a search box
                name = field->accessibleName().isEmpty() ? tr("Search") : field->accessibleName();
            button->setAccessibleName(name);
        }
    }
}

void announceSelectedItem(QWidget *view, QAccessibleInterface *item)
{
    if (!item || !QAccessible::isActive())
        return;
    QAccessibleEvent selection(item, QAccessible::Selection);
    QAccessible::updateAccessibility(&selection);
    if (view->hasFocus()) {
        QAccessibleEvent focus(item, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

void announceItemsChanged(QWidget *view)
{
    if (!QAccessible::isActive())
        return;
    QAccessibleEvent reorder(view, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&reorder);
}

} // namespace cplan
