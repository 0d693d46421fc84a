#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PlanSettingsForm;
}

namespace cplan {

class Document;
struct PlanSettings;

// The plan's settings (name, currency, horizon, margin, scenario factors) as a form. Every
// change is an undo command; typing in one field is one step. Invalid values are refused
// with the reason shown under the form.
class PlanSettingsForm : public QWidget
{
    Q_OBJECT
public:
    explicit PlanSettingsForm(Document *document, QWidget *parent = nullptr);
    ~PlanSettingsForm() override;

private:
    void load();
    void apply(const PlanSettings &settings, const QString &commandText, const QString &field);

    Document *m_document;
    std::unique_ptr<Ui::PlanSettingsForm> m_ui;
    bool m_loading = false;
};

} // namespace cplan
