#pragma once

#include "plandiff.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class CompareDialog;
}

namespace cplan {

class PlanDiffModel;
class PlanDiffFilterModel;

// The Compare view: what changed from an older version of a plan (a file or a snapshot) to the
// open one. Headline figures with their change on top, then the differences grouped by section
// (section → record → field, Before / After), with a filter. Read-only.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(QWidget *parent = nullptr);
    ~CompareDialog() override;

    // `olderName` and `newerName` say what is compared ("sample.cplan", "snapshot “Sent to Anna”").
    void showDiff(PlanDiff diff, const QString &olderName, const QString &newerName);

    PlanDiffModel *model() const { return m_model; }
    PlanDiffFilterModel *filter() const { return m_filter; }

private:
    void applyFilter();
    QWidget *headlineCard(const HeadlineChange &figure);

    std::unique_ptr<Ui::CompareDialog> m_ui;
    PlanDiffModel *m_model = nullptr;
    PlanDiffFilterModel *m_filter = nullptr;
    std::vector<QWidget *> m_cards;
};

} // namespace cplan
