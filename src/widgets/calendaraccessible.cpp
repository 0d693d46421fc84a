#include "calendaraccessible.h"

#include "accessibleviews.h"

#include "enumnames.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPointer>
#include <QSet>
#include <QTime>
#include <QWidget>
#include <QWindow>

#include <algorithm>
#include <utility>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::AccessibleCalendarView", text);
}

QString placeKey(const RecordId &itemId, const QDate &date)
{
    return itemId.toString(QUuid::WithoutBraces) + QLatin1Char('/') + date.toString(Qt::ISODate);
}

std::optional<CalendarEntry> findEntry(const CalendarItemsView *items, const CalendarPlace &place)
{
    for (CalendarEntry &entry : items->shownEntries()) {
        if (entry.itemId == place.itemId && entry.date == place.date)
            return std::move(entry);
    }
    return std::nullopt;
}

// One date of an item in the month or the week.
class AccessibleCalendarEntry : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    AccessibleCalendarEntry(QWidget *view, CalendarItemsView *items, const CalendarPlace &place)
        : m_view(view), m_items(items), m_place(place)
    {
    }

    bool isValid() const override { return m_view && findEntry(m_items, m_place).has_value(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return m_view ? QAccessible::queryAccessibleInterface(m_view) : nullptr; }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override { }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text t) const override
    {
        const std::optional<CalendarEntry> entry = m_view ? findEntry(m_items, m_place) : std::nullopt;
        if (!entry)
            return {};
        switch (t) {
        case QAccessible::Name: return accessibleEntryName(*entry);
        case QAccessible::Description: {
            QStringList parts{displayName(ContentStatus(entry->status))};
            if (entry->repeats)
                parts.append(tr("repeats"));
            if (entry->comments > 1)
                parts.append(tr("open comments"));
            return parts.join(QStringLiteral(", "));
        }
        default: return {};
        }
    }

    QRect rect() const override
    {
        if (!m_view)
            return {};
        const QRect local = m_items->entryRect(m_place.itemId, m_place.date);
        return local.isEmpty() ? QRect() : QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!m_view)
            return s;
        s.selectable = true;
        s.focusable = true;
        const std::optional<CalendarPlace> selected = m_items->selectedPlace();
        s.selected = selected && selected->itemId == m_place.itemId && selected->date == m_place.date;
        s.focused = s.selected && m_view->hasFocus();
        if (m_items->entryRect(m_place.itemId, m_place.date).isEmpty() || !m_view->isVisible()) {
            s.invisible = true; // behind "+N more", or the view is not shown
            s.offscreen = true;
        }
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
    }

    QStringList actionNames() const override { return {setFocusAction(), pressAction()}; }
    QStringList keyBindingsForAction(const QString &action) const override
    {
        return action == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList();
    }
    void doAction(const QString &action) override
    {
        if (!m_view || !findEntry(m_items, m_place))
            return;
        m_view->setFocus(Qt::OtherFocusReason);
        m_items->selectPlace(m_place);
        if (action == pressAction())
            m_items->activatePlace(m_place);
    }

private:
    QPointer<QWidget> m_view;
    CalendarItemsView *m_items;
    CalendarPlace m_place;
};

} // namespace

QString accessibleEntryName(const CalendarEntry &entry)
{
    const QString day = QLocale().toString(entry.date, QLocale::LongFormat);
    if (entry.time < 0)
        return tr("%1, %2").arg(entry.title.simplified(), day);
    const QTime time = QTime(0, 0).addSecs(entry.time * 60);
    return tr("%1, %2, %3").arg(entry.title.simplified(), day, QLocale().toString(time, QLocale::ShortFormat));
}

AccessibleCalendarView::AccessibleCalendarView(QWidget *view, CalendarItemsView *items)
    : QAccessibleWidget(view, QAccessible::List), m_items(items)
{
}

AccessibleCalendarView::~AccessibleCalendarView()
{
    for (const QAccessible::Id id : std::as_const(m_ids))
        QAccessible::deleteAccessibleInterface(id);
}

QAccessibleInterface *AccessibleCalendarView::interfaceFor(const CalendarEntry &entry) const
{
    const QString key = placeKey(entry.itemId, entry.date);
    if (const auto found = m_ids.constFind(key); found != m_ids.constEnd()) {
        if (QAccessibleInterface *known = QAccessible::accessibleInterface(*found))
            return known;
    }
    auto *created = new AccessibleCalendarEntry(widget(), m_items, CalendarPlace{entry.itemId, entry.date});
    m_ids.insert(key, QAccessible::registerAccessibleInterface(created));
    return created;
}

void AccessibleCalendarView::releaseGone(const std::vector<CalendarEntry> &shown) const
{
    QSet<QString> keys;
    for (const CalendarEntry &entry : shown)
        keys.insert(placeKey(entry.itemId, entry.date));
    for (auto it = m_ids.begin(); it != m_ids.end();) {
        if (keys.contains(it.key())) {
            ++it;
        } else {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_ids.erase(it);
        }
    }
}

int AccessibleCalendarView::childCount() const
{
    const std::vector<CalendarEntry> shown = m_items->shownEntries();
    releaseGone(shown);
    return int(shown.size());
}

QAccessibleInterface *AccessibleCalendarView::child(int index) const
{
    const std::vector<CalendarEntry> shown = m_items->shownEntries();
    if (index < 0 || index >= int(shown.size()))
        return nullptr;
    return interfaceFor(shown[std::size_t(index)]);
}

int AccessibleCalendarView::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->parent() != this)
        return -1;
    const std::vector<CalendarEntry> shown = m_items->shownEntries();
    for (std::size_t i = 0; i < shown.size(); ++i) {
        const auto found = m_ids.constFind(placeKey(shown[i].itemId, shown[i].date));
        if (found != m_ids.constEnd() && QAccessible::accessibleInterface(*found) == child)
            return int(i);
    }
    return -1;
}

QAccessibleInterface *AccessibleCalendarView::childAt(int x, int y) const
{
    const QPoint local = widget()->mapFromGlobal(QPoint(x, y));
    for (const CalendarEntry &entry : m_items->shownEntries()) {
        if (m_items->entryRect(entry.itemId, entry.date).contains(local))
            return interfaceFor(entry);
    }
    return nullptr;
}

QAccessibleInterface *AccessibleCalendarView::childFor(const CalendarPlace &place) const
{
    const std::optional<CalendarEntry> entry = findEntry(m_items, place);
    return entry ? interfaceFor(*entry) : nullptr;
}

void announceCalendarSelection(QWidget *view)
{
    if (!QAccessible::isActive())
        return;
    auto *accessible = dynamic_cast<AccessibleCalendarView *>(QAccessible::queryAccessibleInterface(view));
    if (!accessible)
        return;
    const std::optional<CalendarPlace> selected = accessible->items()->selectedPlace();
    announceSelectedItem(view, selected ? accessible->childFor(*selected) : nullptr);
}

void announceCalendarItemsChanged(QWidget *view)
{
    announceItemsChanged(view);
}

} // namespace cplan
