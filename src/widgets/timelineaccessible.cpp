#include "timelineaccessible.h"

#include "accessibleviews.h"

#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "rollouttimeline.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWindow>

#include <algorithm>
#include <utility>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::AccessibleRolloutTimeline", text);
}

// One phase's bar.
class AccessiblePhaseBar : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    AccessiblePhaseBar(RolloutTimeline *timeline, const RecordId &phaseId) : m_timeline(timeline), m_phaseId(phaseId) { }

    const RolloutPhase *phase() const
    {
        if (!m_timeline)
            return nullptr;
        const Document *document = m_timeline->document();
        const int index = document->indexOf<RolloutPhase>(m_phaseId);
        return index < 0 ? nullptr : &document->plan().phases[std::size_t(index)];
    }

    bool isValid() const override { return phase() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_timeline ? m_timeline->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_timeline ? QAccessible::queryAccessibleInterface(m_timeline.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override { }
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text t) const override
    {
        const RolloutPhase *p = phase();
        if (!p)
            return {};
        if (t == QAccessible::Name)
            return accessiblePhaseName(*p);
        if (t != QAccessible::Description)
            return {};
        const Plan &plan = m_timeline->document()->plan();
        QString channel;
        for (const Channel &c : plan.channels) {
            if (c.id == p->channelId)
                channel = c.name;
        }
        QString description = tr("Channel %1, budget %2").arg(channel, formatMoney(plan, p->budget));
        if (p->kind == PhaseKind::Test) {
            const TestVerdict verdict = testVerdict(plan, *p);
            description += QStringLiteral(", ") + displayName(verdict.outcome) + QStringLiteral(": ") + verdict.reason;
        }
        return description;
    }

    QRect rect() const override
    {
        if (!m_timeline)
            return {};
        const QRect local = m_timeline->barRect(m_phaseId);
        QWidget *viewport = m_timeline->viewport();
        return local.isEmpty() ? QRect() : QRect(viewport->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!m_timeline)
            return s;
        s.selectable = true;
        s.focusable = true;
        s.selected = m_timeline->selectedPhase() == m_phaseId;
        s.focused = s.selected && m_timeline->hasFocus();
        if (m_timeline->barRect(m_phaseId).isEmpty() || !m_timeline->isVisible()) {
            s.invisible = true; // scrolled away
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
        if (!phase())
            return;
        m_timeline->setFocus(Qt::OtherFocusReason);
        m_timeline->setSelectedPhase(m_phaseId);
        m_timeline->ensureSelectedVisible();
        if (action == pressAction())
            emit m_timeline->phaseActivated(m_phaseId);
    }

private:
    QPointer<RolloutTimeline> m_timeline;
    RecordId m_phaseId;
};

} // namespace

QString accessiblePhaseName(const RolloutPhase &phase)
{
    return tr("%1, %2, %3 – %4").arg(phase.name.simplified(), displayName(phase.kind), formatDate(phase.start), formatDate(phase.end));
}

AccessibleRolloutTimeline::AccessibleRolloutTimeline(RolloutTimeline *timeline)
    : QAccessibleWidget(timeline, QAccessible::List)
{
}

AccessibleRolloutTimeline::~AccessibleRolloutTimeline()
{
    for (const QAccessible::Id id : std::as_const(m_ids))
        QAccessible::deleteAccessibleInterface(id);
}

RolloutTimeline *AccessibleRolloutTimeline::timeline() const
{
    return static_cast<RolloutTimeline *>(widget());
}

void AccessibleRolloutTimeline::releaseGone(const std::vector<RecordId> &shown) const
{
    for (auto it = m_ids.begin(); it != m_ids.end();) {
        if (std::find(shown.begin(), shown.end(), it.key()) != shown.end()) {
            ++it;
        } else {
            QAccessible::deleteAccessibleInterface(it.value());
            it = m_ids.erase(it);
        }
    }
}

int AccessibleRolloutTimeline::childCount() const
{
    const std::vector<RecordId> bars = timeline()->barsInOrder();
    releaseGone(bars);
    return int(bars.size());
}

QAccessibleInterface *AccessibleRolloutTimeline::childFor(const RecordId &phaseId) const
{
    if (phaseId.isNull() || timeline()->document()->indexOf<RolloutPhase>(phaseId) < 0)
        return nullptr;
    if (const auto found = m_ids.constFind(phaseId); found != m_ids.constEnd()) {
        if (QAccessibleInterface *known = QAccessible::accessibleInterface(*found))
            return known;
    }
    auto *created = new AccessiblePhaseBar(timeline(), phaseId);
    m_ids.insert(phaseId, QAccessible::registerAccessibleInterface(created));
    return created;
}

QAccessibleInterface *AccessibleRolloutTimeline::child(int index) const
{
    const std::vector<RecordId> bars = timeline()->barsInOrder();
    return index < 0 || index >= int(bars.size()) ? nullptr : childFor(bars[std::size_t(index)]);
}

int AccessibleRolloutTimeline::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child)
        return -1;
    const std::vector<RecordId> bars = timeline()->barsInOrder();
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const auto found = m_ids.constFind(bars[i]);
        if (found != m_ids.constEnd() && QAccessible::accessibleInterface(*found) == child)
            return int(i);
    }
    return -1;
}

QAccessibleInterface *AccessibleRolloutTimeline::childAt(int x, int y) const
{
    return childFor(timeline()->phaseAt(timeline()->viewport()->mapFromGlobal(QPoint(x, y))));
}

void announceTimelineSelection(RolloutTimeline *timeline)
{
    if (!QAccessible::isActive())
        return;
    auto *accessible = dynamic_cast<AccessibleRolloutTimeline *>(QAccessible::queryAccessibleInterface(timeline));
    announceSelectedItem(timeline, accessible ? accessible->childFor(timeline->selectedPhase()) : nullptr);
}

void announceTimelineChanged(RolloutTimeline *timeline)
{
    announceItemsChanged(timeline);
}

} // namespace cplan
