#include "kpispage.h"
#include "ui_kpispage.h"

#include "channelfilter.h"

#include "celldelegate.h"
#include "document.h"
#include "itemroles.h"
#include "kpimodels.h"
#include "kpipresets.h"
#include "kpitrendchart.h"
#include "kpistatus.h"
#include "planningcommands.h"
#include "planningprompts.h"
#include "recordfilterproxy.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QMenu>
#include <QTimer>

namespace cplan {

namespace {

void setUpTable(QTableView *table)
{
    table->setItemDelegate(new CellDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

QString statusColour(KpiTrack track)
{
    switch (track) {
    case KpiTrack::OnTrack: return QStringLiteral("#1b7f3b");
    case KpiTrack::Behind: return QStringLiteral("#b42318");
    default: return QStringLiteral("#6b7280");
    }
}

} // namespace

KpisPage::KpisPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_ui(std::make_unique<Ui::KpisPage>()),
      m_prompts(std::make_unique<PlanningPrompts>(this))
{
    m_ui->setupUi(this);
    m_model = makeKpisModel(document, this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setChannelColumn(KpiChannel);
    m_ui->kpisTable->setModel(m_proxy);
    setUpTable(m_ui->kpisTable);
    m_ui->kpisTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->kpisTable->resizeColumnsToContents();
    for (int column = 0; column < KpiColumnCount; ++column)
        m_ui->kpisTable->setColumnWidth(column, std::clamp(m_ui->kpisTable->columnWidth(column), 60, 160));
    // What a manager scans for first: which KPI, whose, on track or not, and the latest figure.
    QHeaderView *header = m_ui->kpisTable->horizontalHeader();
    header->moveSection(header->visualIndex(KpiStatusColumn), 2);
    header->moveSection(header->visualIndex(KpiLatest), 3);
    header->setStretchLastSection(false);
    m_ui->kpisTable->setColumnWidth(KpiLatest, 230);

    m_months = new KpiMonthsModel(document, this);
    m_ui->monthsTable->setModel(m_months);
    setUpTable(m_ui->monthsTable);
    m_actuals = new KpiActualsModel(document, this);
    m_ui->actualsTable->setModel(m_actuals);
    setUpTable(m_ui->actualsTable);
    m_ui->actualsTable->setColumnWidth(KpiActualDate, 140);
    m_targets = new KpiTargetsModel(document, this);
    m_ui->targetsTable->setModel(m_targets);
    m_ui->targetsTable->setItemDelegate(new CellDelegate(m_ui->targetsTable));
    m_ui->targetsTable->horizontalHeader()->setDefaultSectionSize(84);

    m_chartView = new QChartView;
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("KPI trend"));
    m_ui->chartLayout->addWidget(m_chartView);
    m_ui->kpiSplitter->setStretchFactor(0, 1);
    m_ui->kpiSplitter->setStretchFactor(1, 1);
    m_ui->kpiSplitter->setSizes({600, 500});

    auto *menu = new QMenu(this);
    for (const KpiPreset &preset : kpiPresets()) {
        QAction *action = menu->addAction(preset.name);
        const QString key = preset.key;
        connect(action, &QAction::triggered, this, [this, key] { addKpi(key); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Custom KPI")), &QAction::triggered, this, [this] { addKpi({}); });
    m_ui->addKpiButton->setMenu(menu);

    for (KpiAggregation aggregation : allKpiAggregations())
        m_ui->aggregationCombo->addItem(displayName(aggregation), toKey(aggregation));
    // `activated` comes from the person only; showing another KPI does not change anything.
    connect(m_ui->aggregationCombo, &QComboBox::activated, this, [this] {
        const std::optional<KpiAggregation> chosen =
            kpiAggregationFromKey(m_ui->aggregationCombo->currentData().toString());
        if (!chosen || m_document->isReadOnly())
            return;
        if (QUndoCommand *command = makeChangeKpiAggregationCommand(m_document, currentKpi(), *chosen))
            m_document->undoStack()->push(command);
    });

    connect(m_ui->kpiSearchEdit, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    connect(m_ui->kpiChannelFilter, &QComboBox::activated, this, [this] {
        m_proxy->setChannelFilter(m_ui->kpiChannelFilter->currentData().toUuid());
    });
    connect(m_ui->removeKpiButton, &QPushButton::clicked, this, &KpisPage::removeKpis);
    connect(m_ui->importActualsButton, &QPushButton::clicked, this, &KpisPage::importActuals);
    connect(m_ui->addActualButton, &QPushButton::clicked, this, [this] {
        const int row = m_actuals->addActual();
        if (row >= 0) {
            m_ui->detailTabs->setCurrentWidget(m_ui->actualsTab);
            m_ui->actualsTable->setCurrentIndex(m_actuals->index(row, KpiActualValue));
            m_ui->actualsTable->edit(m_ui->actualsTable->currentIndex());
        }
    });
    connect(m_ui->removeActualButton, &QPushButton::clicked, this, [this] {
        m_actuals->removeActuals(m_ui->actualsTable->selectionModel()->selectedIndexes());
    });
    connect(m_ui->kpisTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &KpisPage::showKpi);
    connect(m_model, &RecordTableModelBase::editRefused, this, &KpisPage::showMessage);
    connect(m_months, &SingleKpiModel::editRefused, this, &KpisPage::showMessage);
    connect(m_actuals, &SingleKpiModel::editRefused, this, &KpisPage::showMessage);
    connect(m_targets, &KpiTargetsModel::editRefused, this, &KpisPage::showMessage);

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, [this] {
        showKpi();
        refreshChannelFilter();
    });
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
    connect(document, &Document::readOnlyChanged, this, &KpisPage::updateActions);

    refreshChannelFilter();
    if (m_proxy->rowCount() > 0)
        m_ui->kpisTable->setCurrentIndex(m_proxy->index(0, 0));
    showKpi();
}

KpisPage::~KpisPage() = default;

void KpisPage::setPrompts(std::unique_ptr<PlanningPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

RecordId KpisPage::currentKpi() const
{
    const QModelIndex index = m_ui->kpisTable->currentIndex();
    return index.isValid() ? index.data(RecordIdRole).toUuid() : RecordId();
}

void KpisPage::selectKpi(const RecordId &kpiId)
{
    const int row = m_model->rowOf(kpiId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, KpiName));
    if (!index.isValid()) { // filtered out: show everything
        m_ui->kpiSearchEdit->clear();
        m_proxy->setChannelFilter({});
        m_ui->kpiChannelFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, KpiName));
    }
    m_ui->kpisTable->setCurrentIndex(index);
    m_ui->kpisTable->scrollTo(index);
}

RecordId KpisPage::channelForNewKpi() const
{
    if (!m_proxy->channelFilter().isNull())
        return m_proxy->channelFilter();
    const int row = m_model->rowOf(currentKpi());
    return row < 0 ? RecordId() : m_document->plan().kpis[std::size_t(row)].channelId;
}

void KpisPage::addKpi(const QString &presetKey)
{
    if (m_document->isReadOnly())
        return;
    Kpi kpi;
    if (const KpiPreset *preset = findKpiPreset(presetKey)) {
        kpi = kpiFromPreset(*preset, m_document->plan().settings, channelForNewKpi());
    } else {
        kpi.id = newRecordId();
        kpi.channelId = channelForNewKpi();
        kpi.name = tr("New KPI");
    }
    m_document->undoStack()->push(makeAddKpiCommand(m_document, kpi));
    selectKpi(kpi.id);
    if (presetKey.isEmpty())
        m_ui->kpisTable->edit(m_ui->kpisTable->currentIndex());
}

void KpisPage::removeKpis()
{
    QList<RecordId> ids;
    for (const QModelIndex &index : m_ui->kpisTable->selectionModel()->selectedRows())
        ids.append(index.data(RecordIdRole).toUuid());
    if (ids.isEmpty() && !currentKpi().isNull())
        ids.append(currentKpi());
    if (m_document->isReadOnly())
        return;
    if (QUndoCommand *command = makeRemoveKpisCommand(m_document, ids))
        m_document->undoStack()->push(command);
}

void KpisPage::importActuals()
{
    if (m_document->isReadOnly())
        return;
    const QString file = m_prompts->actualsFileName();
    if (!file.isEmpty())
        m_prompts->importActuals(m_document, file, currentKpi());
}

void KpisPage::showKpi()
{
    const RecordId id = currentKpi();
    if (m_months->kpiId() != id) {
        m_months->setKpi(id);
        m_actuals->setKpi(id);
    }
    const int row = m_model->rowOf(id);
    QChart *old = m_chartView->chart();
    if (row < 0) {
        m_ui->kpiStatusLabel->setText(m_document->plan().kpis.empty()
                                       ? tr("<i>No KPIs yet. Add one with “Add KPI”: traffic, open rate, cost per lead …</i>")
                                       : tr("<i>Select a KPI to see its trend.</i>"));
        m_chartView->setChart(new QChart);
        m_ui->aggregationCombo->setCurrentIndex(-1);
    } else {
        const Kpi &kpi = m_document->plan().kpis[std::size_t(row)];
        m_ui->aggregationCombo->setCurrentIndex(m_ui->aggregationCombo->findData(toKey(kpi.aggregation)));
        const KpiStatus status = kpiStatus(kpi, m_document->plan().settings);
        m_ui->kpiStatusLabel->setText(QStringLiteral("<span style='font-size:x-large; font-weight:600; color:%1'>%2</span>"
                                                  "&nbsp;&nbsp;<b>%3</b><br>%4")
                                       .arg(statusColour(status.track), displayName(status.track).toHtmlEscaped(),
                                            kpi.name.toHtmlEscaped(), status.reason.toHtmlEscaped()));
        m_chartView->setChart(buildKpiTrendChart(m_document->plan(), kpi));
    }
    delete old;
    m_ui->monthsTable->resizeColumnsToContents();
    updateActions();
}

void KpisPage::refreshChannelFilter()
{
    refillChannelFilter(m_ui->kpiChannelFilter, m_document->plan(), m_proxy);
}

void KpisPage::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    const bool selected = m_model->rowOf(currentKpi()) >= 0;
    m_ui->addKpiButton->setEnabled(editable);
    m_ui->removeKpiButton->setEnabled(editable && selected);
    m_ui->importActualsButton->setEnabled(editable);
    m_ui->addActualButton->setEnabled(editable && selected);
    m_ui->removeActualButton->setEnabled(editable && selected);
    m_ui->aggregationCombo->setEnabled(editable && selected);
}

void KpisPage::showMessage(const QString &message)
{
    m_ui->kpiMessageLabel->setText(message);
    QTimer::singleShot(8000, m_ui->kpiMessageLabel, [label = m_ui->kpiMessageLabel, message] {
        if (label->text() == message)
            label->clear();
    });
}

} // namespace cplan
