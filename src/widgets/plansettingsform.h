#pragma once

#include "plan.h"

#include <QWidget>

class QLabel;

#include <memory>

namespace Ui {
class PlanSettingsForm;
}

namespace cplan {

class Document;
class PlanSettingsPrompts;


// The plan's settings (name, author, currency, start month, horizon, margin, minimum ROI and,
// where wanted, the scenario factors) as a form, on the Overview and the Forecast page. Each
// editor commits when the person is done with it (Enter, Tab, an arrow step), as one undo
// step. A value that cannot be taken is explained next to its field and nothing is stored.
// Moving the start, changing the horizon or the currency first says what falls outside or
// changes and lets the person move, keep or drop it (horizonchange.h), or cancel.
class PlanSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit PlanSettingsForm(Document *document, QWidget *parent = nullptr);
    ~PlanSettingsForm() override;

    // The scenario factors belong to the forecast; the Overview leaves them out.
    void setScenarioFactorsVisible(bool visible);
    void setPrompts(std::unique_ptr<PlanSettingsPrompts> prompts);

private:
    void load();
    // Stores `settings` as one undo step; false (with the reason next to `field`) when invalid.
    bool commit(const PlanSettings &settings, const QString &commandText, QWidget *field);
    // Start month, horizon and currency: asks what to do with the records they affect.
    void commitHorizon(const PlanSettings &settings, const QString &commandText, QWidget *field);
    QLabel *problemLabelFor(QWidget *field) const;

    Document *m_document;
    std::unique_ptr<Ui::PlanSettingsForm> m_ui;
    std::unique_ptr<PlanSettingsPrompts> m_prompts;
    PlanSettings m_shown; // what the fields were last loaded with
    bool m_loading = false;
};

} // namespace cplan
