#pragma once

#include "plan.h"

#include <QWidget>

#include <memory>

namespace Ui {
class KpisPage;
}

class QChartView;

namespace cplan {

class Document;
class KpiActualsModel;
class KpiMonthsModel;
class KpiTargetsModel;
class PlanningPrompts;
class RecordFilterProxy;
template<typename Record>
class RecordTableModel;

// The KPIs view: every KPI with its on-track / behind status; for the selected one its trend
// (target against actual per month) as a chart and a table, and its actuals; a grid of all
// monthly targets; KPIs added from the common presets or custom; actuals imported from CSV.
class KpisPage : public QWidget
{
    Q_OBJECT
public:
    explicit KpisPage(Document *document, QWidget *parent = nullptr);
    ~KpisPage() override;

    void setPrompts(std::unique_ptr<PlanningPrompts> prompts);
    RecordId currentKpi() const;
    void selectKpi(const RecordId &kpiId);

    // A preset key from kpiPresets(), or empty for a custom KPI.
    void addKpi(const QString &presetKey);
    void removeKpis();
    void importActuals();

private:
    void showKpi();
    void refreshChannelFilter();
    void updateActions();
    void showMessage(const QString &message);
    RecordId channelForNewKpi() const;

    Document *m_document;
    std::unique_ptr<Ui::KpisPage> m_ui;
    std::unique_ptr<PlanningPrompts> m_prompts;
    RecordTableModel<Kpi> *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    KpiMonthsModel *m_months = nullptr;
    KpiActualsModel *m_actuals = nullptr;
    KpiTargetsModel *m_targets = nullptr;
    QChartView *m_chartView = nullptr;
};

} // namespace cplan
