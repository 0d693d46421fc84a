#pragma once

#include "plan.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ApprovalDialog;
}

namespace cplan {

// Changes the plan's approval status: the new status and a note; who (the author name from
// Settings) and when (now) are added by the caller. OK only for a status other than the
// current one, or with a note.
class ApprovalDialog : public QDialog
{
    Q_OBJECT
public:
    ApprovalDialog(const Approval &current, const QString &author, QWidget *parent = nullptr);
    ~ApprovalDialog() override;

    ApprovalStatus status() const;
    void setStatus(ApprovalStatus status);
    QString note() const;
    void setNote(const QString &note);

private:
    void update();

    Approval m_current;
    std::unique_ptr<Ui::ApprovalDialog> m_ui;
};

} // namespace cplan
