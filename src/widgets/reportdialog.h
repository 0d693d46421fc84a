#pragma once

#include "reportoptions.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReportDialog;
}

namespace cplan {

// Asks what goes into the printed or exported report: the sections, the paper and its
// orientation. OK stays disabled while no section is ticked.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `action` names the button ("Export PDF", "Print", "Preview").
    ReportDialog(const ReportOptions &options, const QString &action, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportOptions options() const;
    void setSectionChecked(ReportSection section, bool checked);

private:
    void setAll(bool checked);
    void updateOk();

    std::unique_ptr<Ui::ReportDialog> m_ui;
    ReportOptions m_options;
};

} // namespace cplan
