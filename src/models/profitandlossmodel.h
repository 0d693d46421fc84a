#pragma once

#include "forecast.h"

#include <QAbstractTableModel>

namespace cplan {

class Document;

// The month-by-month profit and loss of one scenario, read-only: rows are revenue, cost of
// goods, gross profit, marketing spend (then each channel's), fixed costs, operating profit
// and cumulative profit; columns are the months of the horizon and the total. It follows
// every change of the plan.
class ProfitAndLossModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ProfitAndLossModel(Document *document, QObject *parent = nullptr);

    void setScenario(Scenario scenario);
    Scenario scenario() const { return m_scenario; }
    const Forecast &forecast() const { return m_forecast; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The table as CSV (RFC 4180, UTF-8, "." decimals, no currency signs): for spreadsheets.
    QByteArray toCsv() const;

signals:
    void forecastChanged();

private:
    enum class Line { Revenue, CostOfGoods, GrossProfit, Spend, ChannelSpend, FixedCosts, OperatingProfit, Cumulative };
    struct Row
    {
        Line line;
        int channel = -1;
    };
    void recompute();
    double value(const Row &row, int month) const; // month == months: the total
    QString label(const Row &row) const;

    Document *m_document;
    Scenario m_scenario = Scenario::Base;
    Forecast m_forecast;
    std::vector<Row> m_rows;
};

} // namespace cplan
