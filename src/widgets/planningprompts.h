#pragma once

#include "plan.h"

#include <QString>

#include <optional>

class QWidget;

namespace cplan {

class Document;

// The questions the channels, roll-out and KPI pages ask, in one place so tests can answer
// them without a modal dialog (derive and override), like UserPrompts for the main window.
class PlanningPrompts
{
public:
    explicit PlanningPrompts(QWidget *parent = nullptr) : m_parent(parent) { }
    virtual ~PlanningPrompts() = default;
    void setParent(QWidget *parent) { m_parent = parent; }

    // "Remove 'Google Ads'? 2 roll-out phases, 1 KPI go with it." True: remove.
    virtual bool confirmRemoveChannel(const QString &channelName, const QString &dependents);
    // The phase dialog; the changed phase, or nullopt when the user cancelled.
    virtual std::optional<RolloutPhase> editPhase(Document *document, const RolloutPhase &phase);
    // The CSV file of actuals to import; empty when the user cancelled.
    virtual QString actualsFileName();
    // The import dialog for that file (it pushes the import command itself).
    virtual void importActuals(Document *document, const QString &fileName, const RecordId &preferredKpi);

protected:
    QWidget *m_parent;
};

} // namespace cplan
