#pragma once

#include "plan.h"

#include <QAccessibleWidget>
#include <QHash>

namespace cplan {

class RolloutTimeline;

// The roll-out timeline as screen readers and test tools see it: a list whose children are
// the phases' bars, row by row (channel order) and by start date, each named after the phase
// with its kind and dates ("Paid search test, Test, 2 Mar 2026 – 29 Mar 2026"), selectable,
// with its rectangle on screen, and the actions "SetFocus" (select it) and "Press" (edit it).
class AccessibleRolloutTimeline : public QAccessibleWidget
{
public:
    explicit AccessibleRolloutTimeline(RolloutTimeline *timeline);
    ~AccessibleRolloutTimeline() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    QAccessibleInterface *childFor(const RecordId &phaseId) const;

private:
    RolloutTimeline *timeline() const;
    void releaseGone(const std::vector<RecordId> &shown) const;

    mutable QHash<RecordId, QAccessible::Id> m_ids;
};

// How a phase's bar reads to a screen reader.
QString accessiblePhaseName(const RolloutPhase &phase);

// Tell assistive technology that the selected bar changed (focus moves to it).
void announceTimelineSelection(RolloutTimeline *timeline);
void announceTimelineChanged(RolloutTimeline *timeline);

} // namespace cplan
