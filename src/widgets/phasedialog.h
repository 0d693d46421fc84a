#pragma once

#include "plan.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class PhaseDialog;
}

namespace cplan {

class Document;

// Edits one roll-out phase: name, channel, kind, dates, budget, and for a test its actual
// spend, revenue and leads with the verdict they give, updated as the user types. OK is
// possible only when the phase is valid; the caller turns the result into one undo command.
class PhaseDialog : public QDialog
{
    Q_OBJECT
public:
    PhaseDialog(Document *document, const RolloutPhase &phase, QWidget *parent = nullptr);
    ~PhaseDialog() override;

    // The phase as the form says; nullopt while a field cannot be read.
    std::optional<RolloutPhase> phase() const;

private:
    void update();
    QWidget *fieldEditor(const QString &field) const;
    std::pair<QString, QString> unreadableField() const;

    Document *m_document;
    RolloutPhase m_original;
    std::unique_ptr<Ui::PhaseDialog> m_ui;
};

} // namespace cplan
