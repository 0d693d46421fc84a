#pragma once

#include "views.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;

namespace cplan {

class FlowLayout;

class Document;
class PlanSettingsForm;

// The dashboard: the plan's settings (name, author, currency, start, horizon, margin, minimum
// ROI), headline cards (budget, revenue, ROI, break-even, channels in test and rolled
// out, content this month, KPIs behind target) and charts of the forecast and the market.
// Clicking a card or a chart opens the view it summarises.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(Document *document, QWidget *parent = nullptr);

    // The card's value as shown, for tests: "budget", "revenue", "roi", "breakEven",
    // "channels", "content", "kpis".
    QString cardValue(const QString &key) const;
    // "Changed since sample.cplan: 4 changes" under the title (File > Compare with…), a link
    // that opens the Compare view; hidden for an empty name.
    void setChangedSince(const QString &olderName, int changeCount);
    QString changedSinceText() const;
    PlanSettingsForm *settingsForm() const { return m_settings; }

signals:
    void viewRequested(cplan::View view);
    void comparisonRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *addCard(const QString &key, const QString &title, View target);
    void refresh();

    Document *m_document;
    QLabel *m_title = nullptr;
    QLabel *m_changedSince = nullptr;
    PlanSettingsForm *m_settings = nullptr;
    FlowLayout *m_cards = nullptr;
    std::vector<std::pair<QString, QLabel *>> m_values;
    std::vector<std::pair<QWidget *, View>> m_targets;
    QChartView *m_revenueChart = nullptr;
    QChartView *m_profitChart = nullptr;
    QChartView *m_channelChart = nullptr;
    QChartView *m_marketChart = nullptr;
};

} // namespace cplan
