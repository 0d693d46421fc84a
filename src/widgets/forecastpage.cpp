#include "forecastpage.h"

#include "adaptiverow.h"

#include "atomicfile.h"
#include "commands.h"
#include "displayformat.h"
#include "document.h"
#include "fixedcostsmodel.h"
#include "forecastcharts.h"
#include "plansettingsform.h"
#include "profitandlossmodel.h"
#include "recordlistpanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cplan {

namespace {

QChartView *chartView()
{
    auto *view = new QChartView;
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 170);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    view->setAccessibleName(chart->title()); // a chart is only a picture to a screen reader
    delete old;
}

} // namespace

ForecastPage::ForecastPage(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new AdaptiveRow; // side by side, or stacked in a narrow window
    auto *settings = new QGroupBox(tr("Plan settings"));
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addWidget(new PlanSettingsForm(document));
    top->addWidget(settings, 3);

    auto *figures = new QGroupBox(tr("Headline figures"));
    auto *figuresLayout = new QVBoxLayout(figures);
    auto *scenarioRow = new QHBoxLayout;
    m_scenario = new QComboBox;
    m_scenario->setObjectName(QStringLiteral("scenarioChoice"));
    m_scenario->setAccessibleName(tr("Scenario"));
    for (Scenario scenario : {Scenario::Conservative, Scenario::Base, Scenario::Optimistic})
        m_scenario->addItem(displayName(scenario), int(scenario));
    m_scenario->setCurrentIndex(1);
    scenarioRow->addWidget(new QLabel(tr("Scenario:")));
    scenarioRow->addWidget(m_scenario, 1);
    auto *exportButton = new QPushButton(tr("Export P&&L as CSV…"));
    scenarioRow->addWidget(exportButton);
    figuresLayout->addLayout(scenarioRow);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("forecastHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    figuresLayout->addWidget(m_headline, 1);
    top->addWidget(figures, 2);
    layout->addWidget(top);

    auto *tabs = new QTabWidget;
    m_model = new ProfitAndLossModel(document, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("profitAndLossTable"));
    m_table->setAccessibleName(tr("Profit and loss by month"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    tabs->addTab(m_table, tr("Profit and loss"));

    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    m_revenueChart = chartView();
    m_profitChart = chartView();
    m_channelChart = chartView();
    m_scenarioChart = chartView();
    grid->addWidget(m_revenueChart, 0, 0);
    grid->addWidget(m_profitChart, 0, 1);
    grid->addWidget(m_channelChart, 1, 0);
    grid->addWidget(m_scenarioChart, 1, 1);
    tabs->addTab(charts, tr("Charts"));

    m_fixedCosts = new RecordListPanel(makeFixedCostsModel(document, this), tr("fixed cost"));
    m_fixedCosts->setObjectName(QStringLiteral("fixedCostsPanel"));
    m_fixedCosts->setAddHandler([this](int row) {
        const FixedCost cost{newRecordId(), tr("New fixed cost"), Money(), m_document->plan().settings.startMonth, std::nullopt, {}};
        m_document->undoStack()->push(new InsertRecordCommand<FixedCost>(m_document, row, cost, tr("Add fixed cost")));
    });
    m_fixedCosts->setRemoveHandler([this](const RecordId &id) {
        m_document->undoStack()->push(makeRemoveRecordCommand<FixedCost>(m_document, id, tr("Remove fixed cost")));
    });
    m_fixedCosts->setMoveHandler([this](int from, int to) {
        m_document->undoStack()->push(new MoveRecordCommand<FixedCost>(m_document, from, to, tr("Move fixed cost")));
    });
    m_fixedCosts->fitColumns();
    tabs->addTab(m_fixedCosts, tr("Fixed costs"));
    layout->addWidget(tabs, 1);

    connect(m_scenario, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setScenario(Scenario(m_scenario->currentData().toInt())); });
    connect(m_model, &ProfitAndLossModel::forecastChanged, this, &ForecastPage::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export profit and loss"),
                                                          m_document->plan().settings.name + tr(" - profit and loss.csv"),
                                                          tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::critical(this, tr("Cannot export"), error);
    });
    refresh();
}

bool ForecastPage::exportCsv(const QString &path, QString *error) const
{
    if (storage::writeFileAtomically(path, m_model->toCsv(), error))
        return true;
    *error = tr("Cannot write %1: %2.").arg(path, *error);
    return false;
}

void ForecastPage::refresh()
{
    const Plan &plan = m_document->plan();
    const Forecast &forecast = m_model->forecast();
    const std::optional<YearMonth> breakEven = forecast.breakEvenMonth();
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding:3px 16px 3px 0'>%1</td><td align='right'><b>%2</b></td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Marketing spend"), formatMoney(plan, forecast.totals.spend));
    html += row(tr("Revenue"), formatMoney(plan, forecast.totals.revenue));
    html += row(tr("Gross profit"), formatMoney(plan, forecast.totals.grossProfit));
    html += row(tr("Fixed costs"), formatMoney(plan, forecast.totals.fixedCosts));
    html += row(tr("Operating profit"), formatMoney(plan, forecast.totals.operatingProfit));
    html += row(tr("Marketing ROI"), forecast.roi ? formatPercent(*forecast.roi) : tr("none (nothing spent)"));
    html += row(tr("Break-even"), breakEven ? formatMonth(*breakEven) : tr("not within the horizon"));
    html += QStringLiteral("</table>");
    m_headline->setText(html);
    replaceChart(m_revenueChart, buildRevenueSpendChart(plan, forecast));
    replaceChart(m_profitChart, buildCumulativeProfitChart(plan, forecast));
    replaceChart(m_channelChart, buildSpendByChannelChart(plan, forecast));
    replaceChart(m_scenarioChart, buildScenarioChart(plan));
}

} // namespace cplan
