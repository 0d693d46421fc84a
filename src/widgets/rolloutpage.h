#pragma once

#include "plan.h"

#include <QWidget>

#include <memory>

namespace Ui {
class RolloutPage;
}

namespace cplan {

class Document;
class PhasesModel;
class PlanningPrompts;
class RecordFilterProxy;
class RolloutTimeline;

// The Roll-out view: the timeline of every channel's phases on top; below, the phases as a
// table (with each test's verdict and the numbers that decided it) and the roll-out
// candidates, the profitable tested channels, each with a one-click "Plan roll-out".
class RolloutPage : public QWidget
{
    Q_OBJECT
public:
    explicit RolloutPage(Document *document, QWidget *parent = nullptr);
    ~RolloutPage() override;

    void setPrompts(std::unique_ptr<PlanningPrompts> prompts);
    RolloutTimeline *timeline() const { return m_timeline; }
    RecordId currentPhase() const;

    // Proposes a new test phase in the phase dialog and adds it (one undo step) when accepted:
    // for the channel selected on the timeline or in the filter, dated in the period on screen.
    void addPhase();
    void editPhase(const RecordId &phaseId);
    void removePhases();
    void planRollout(const RecordId &testId);

private:
    Date proposedStart() const;
    void refreshCandidates();
    void refreshChannelFilter();
    void updateActions();
    void selectPhaseInTable(const RecordId &phaseId);

    Document *m_document;
    std::unique_ptr<Ui::RolloutPage> m_ui;
    std::unique_ptr<PlanningPrompts> m_prompts;
    RolloutTimeline *m_timeline = nullptr;
    PhasesModel *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
};

} // namespace cplan
