#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableView;

namespace cplan {

class Document;
class ProfitAndLossModel;
class RecordListPanel;

// The money side: plan settings, headline figures, the month-by-month profit and loss of the
// chosen scenario (exportable as CSV), fixed costs, and charts that follow every change.
class ForecastPage : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastPage(Document *document, QWidget *parent = nullptr);

    ProfitAndLossModel *profitAndLoss() const { return m_model; }
    QComboBox *scenarioChoice() const { return m_scenario; }
    // Writes the profit and loss as CSV; false (with `error`) when the file cannot be written.
    bool exportCsv(const QString &path, QString *error) const;

private:
    void refresh();

    Document *m_document;
    ProfitAndLossModel *m_model;
    QComboBox *m_scenario;
    QLabel *m_headline;
    QTableView *m_table;
    RecordListPanel *m_fixedCosts;
    QChartView *m_revenueChart;
    QChartView *m_profitChart;
    QChartView *m_channelChart;
    QChartView *m_scenarioChart;
};

} // namespace cplan
