#include "rolloutpage.h"
#include "ui_rolloutpage.h"

#include "channelfilter.h"

#include "celldelegate.h"
#include "displayformat.h"
#include "document.h"
#include "itemroles.h"
#include "phasemodels.h"
#include "planningcommands.h"
#include "planningprompts.h"
#include "recordfilterproxy.h"
#include "rollout.h"
#include "rollouttimeline.h"

#include <QHeaderView>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <QPushButton>
#include <QTimer>

namespace cplan {

RolloutPage::RolloutPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_ui(std::make_unique<Ui::RolloutPage>()),
      m_prompts(std::make_unique<PlanningPrompts>(this))
{
    m_ui->setupUi(this);
    m_timeline = new RolloutTimeline(document);
    m_ui->timelineLayout->addWidget(m_timeline);
    m_ui->rolloutSplitter->setStretchFactor(0, 1);
    m_ui->rolloutSplitter->setStretchFactor(1, 1);
    m_ui->rolloutSplitter->setSizes({440, 360});
    m_ui->rolloutLegendLabel->setText(
        tr("<span style='color:#f59e0b'>■</span> Test &nbsp; <span style='color:#3b82f6'>■</span> Roll-out &nbsp; "
           "<span style='color:#10b981'>■</span> Scale &nbsp;&nbsp; Verdict: "
           "<span style='color:#15803d'>●</span> profitable &nbsp; <span style='color:#b91c1c'>●</span> not profitable "
           "&nbsp; <span style='color:#9ca3af'>●</span> not enough data &nbsp;&nbsp; "
           "<span style='color:#dc2626'>|</span> today"));
    // The legend wraps in a narrow window rather than widening the page.
    m_ui->rolloutLegendLabel->setWordWrap(true);
    m_ui->rolloutToolbarLayout->setStretchFactor(m_ui->rolloutLegendLabel, 1);

    m_model = new PhasesModel(document, this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setChannelColumn(PhaseChannel);
    QTableView *table = m_ui->phasesTable;
    table->setModel(m_proxy);
    table->setItemDelegate(new CellDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    // The verdict and the numbers that decided it come right after the plan (dates, budget),
    // before the actuals they were computed from, so they are seen without scrolling.
    table->resizeColumnsToContents();
    for (int column = 0; column < PhaseVerdictReason; ++column) {
        const int most = column == PhaseChannel || column == PhaseName ? 160 : 110;
        table->setColumnWidth(column, std::clamp(table->columnWidth(column), 60, most));
    }
    table->setColumnWidth(PhaseVerdictReason, 480);
    QHeaderView *header = table->horizontalHeader();
    header->moveSection(header->visualIndex(PhaseVerdict), header->visualIndex(PhaseActualSpend));
    header->moveSection(header->visualIndex(PhaseVerdictReason), header->visualIndex(PhaseActualSpend));
    header->setStretchLastSection(false);

    m_ui->candidatesTable->setColumnCount(6);
    m_ui->candidatesTable->setHorizontalHeaderLabels(
        {tr("Channel"), tr("Test phase"), tr("Test dates"), tr("Test ROI"), tr("Why this verdict"), tr("Roll-out")});
    m_ui->candidatesTable->verticalHeader()->hide();
    m_ui->candidatesTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);

    connect(m_ui->phaseSearchEdit, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    connect(m_ui->phaseChannelFilter, &QComboBox::activated, this, [this] {
        const RecordId channel = m_ui->phaseChannelFilter->currentData().toUuid();
        m_proxy->setChannelFilter(channel);
        if (!channel.isNull()) // the channel chosen last is where a new phase goes
            m_timeline->setSelectedChannel(channel);
    });
    connect(m_ui->addPhaseButton, &QPushButton::clicked, this, &RolloutPage::addPhase);
    connect(m_ui->editPhaseButton, &QPushButton::clicked, this, [this] { editPhase(currentPhase()); });
    connect(m_ui->removePhaseButton, &QPushButton::clicked, this, &RolloutPage::removePhases);
    connect(m_ui->zoomInButton, &QToolButton::clicked, this, [this] { m_timeline->setPixelsPerDay(m_timeline->pixelsPerDay() * 1.25); });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, this, [this] { m_timeline->setPixelsPerDay(m_timeline->pixelsPerDay() / 1.25); });
    connect(m_ui->todayButton, &QToolButton::clicked, this, [this] { m_timeline->scrollToDate(fromQDate(QDate::currentDate())); });
    connect(m_timeline, &RolloutTimeline::phaseActivated, this, &RolloutPage::editPhase);
    connect(m_timeline, &RolloutTimeline::deleteRequested, this, [this](const RecordId &id) {
        if (QUndoCommand *command = makeRemovePhasesCommand(m_document, {id})) {
            m_timeline->setSelectedPhase({});
            m_document->undoStack()->push(command);
        }
    });
    connect(m_timeline, &RolloutTimeline::selectedPhaseChanged, this, [this](const RecordId &id) {
        selectPhaseInTable(id);
        updateActions();
    });
    connect(table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable)) // a verdict cell: open the whole phase
            editPhase(index.data(RecordIdRole).toUuid());
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_timeline->setSelectedPhase(currentPhase());
        updateActions();
    });
    connect(m_model, &RecordTableModelBase::editRefused, m_ui->rolloutMessageLabel, &QLabel::setText);

    // Derived lists follow the plan, once per command.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, [this] {
        refreshCandidates();
        refreshChannelFilter();
        updateActions();
    });
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
    connect(document, &Document::readOnlyChanged, this, [this] {
        refreshCandidates();
        updateActions();
    });
    refreshCandidates();
    refreshChannelFilter();
    updateActions();
}

RolloutPage::~RolloutPage() = default;

void RolloutPage::setPrompts(std::unique_ptr<PlanningPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

RecordId RolloutPage::currentPhase() const
{
    if (!m_timeline->selectedPhase().isNull())
        return m_timeline->selectedPhase();
    const QModelIndex index = m_ui->phasesTable->currentIndex();
    return index.isValid() ? index.data(RecordIdRole).toUuid() : RecordId();
}

void RolloutPage::selectPhaseInTable(const RecordId &phaseId)
{
    const int row = m_model->rowOf(phaseId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, PhaseName));
    if (index.isValid() && index.row() != m_ui->phasesTable->currentIndex().row()) {
        QSignalBlocker block(m_ui->phasesTable->selectionModel());
        m_ui->phasesTable->setCurrentIndex(index);
        m_ui->phasesTable->viewport()->update();
    }
}

void RolloutPage::addPhase()
{
    const Plan &plan = m_document->plan();
    if (m_document->isReadOnly() || plan.channels.empty())
        return;
    // The channel chosen last: a label, bar or row on the timeline, a phase in the table (both
    // select the timeline's channel), or the filter; else the first.
    RecordId channel = m_timeline->selectedChannel();
    if (!plan.findChannel(channel))
        channel = m_proxy->channelFilter();
    if (!plan.findChannel(channel))
        channel = plan.channels.front().id;
    RolloutPhase phase = makeNewPhase(plan, channel);
    phase.start = proposedStart();
    phase.end = addMonthsKeepingDay(phase.start, 1) - boost::gregorian::days(1);
    const std::optional<RolloutPhase> accepted = m_prompts->editPhase(m_document, phase);
    if (!accepted || m_document->isReadOnly())
        return;
    m_document->undoStack()->push(makeAddPhaseCommand(m_document, *accepted));
    m_timeline->setSelectedPhase(accepted->id);
    if (const auto [first, last] = m_timeline->visiblePeriod(); accepted->start < first || last < accepted->start)
        m_timeline->scrollToDate(accepted->start);
}

// Where the person is looking: today when it is on screen, else the first month that begins on
// screen (else the first day on screen), kept inside the plan's horizon when it is on screen too.
Date RolloutPage::proposedStart() const
{
    const PlanSettings &settings = m_document->plan().settings;
    auto [first, last] = m_timeline->visiblePeriod();
    const Date horizonFirst = settings.startMonth.firstDay();
    const Date horizonLast = settings.startMonth.addMonths(settings.months - 1).lastDay();
    if (!(last < horizonFirst) && !(horizonLast < first)) {
        first = std::max(first, horizonFirst);
        last = std::min(last, horizonLast);
    }
    const Date today = m_timeline->today();
    if (!(today < first) && !(last < today))
        return today;
    YearMonth month = YearMonth::of(first);
    if (month.firstDay() < first)
        month = month.addMonths(1);
    return last < month.firstDay() ? first : month.firstDay();
}

void RolloutPage::editPhase(const RecordId &phaseId)
{
    const int row = m_model->rowOf(phaseId);
    if (row < 0)
        return;
    const std::optional<RolloutPhase> changed = m_prompts->editPhase(m_document, m_document->plan().phases[std::size_t(row)]);
    if (!changed || m_document->isReadOnly())
        return;
    if (QUndoCommand *command = makeEditPhaseCommand(m_document, *changed))
        m_document->undoStack()->push(command);
}

void RolloutPage::removePhases()
{
    QList<RecordId> ids;
    for (const QModelIndex &index : m_ui->phasesTable->selectionModel()->selectedRows())
        ids.append(index.data(RecordIdRole).toUuid());
    if (ids.isEmpty() && !currentPhase().isNull())
        ids.append(currentPhase());
    if (m_document->isReadOnly())
        return;
    if (QUndoCommand *command = makeRemovePhasesCommand(m_document, ids)) {
        m_timeline->setSelectedPhase({});
        m_document->undoStack()->push(command);
    }
}

void RolloutPage::planRollout(const RecordId &testId)
{
    if (m_document->isReadOnly())
        return;
    if (QUndoCommand *command = makePlanRolloutCommand(m_document, testId)) {
        m_document->undoStack()->push(command);
        const int row = m_model->rowOf(testId) + 1;
        const RecordId rollout = m_document->plan().phases[std::size_t(row)].id;
        m_timeline->setSelectedPhase(rollout);
        m_timeline->scrollToDate(m_document->plan().phases[std::size_t(row)].start);
    }
}

void RolloutPage::refreshCandidates()
{
    const Plan &plan = m_document->plan();
    const std::vector<RolloutCandidate> candidates = rolloutCandidates(plan);
    QTableWidget *table = m_ui->candidatesTable;
    table->clearContents();
    table->setRowCount(int(candidates.size()));
    for (int row = 0; row < int(candidates.size()); ++row) {
        const RolloutCandidate &candidate = candidates[std::size_t(row)];
        const Channel *channel = plan.findChannel(candidate.channelId);
        const RolloutPhase &test = plan.phases[std::size_t(m_document->indexOf<RolloutPhase>(candidate.testId))];
        table->setItem(row, 0, new QTableWidgetItem(channel ? channel->name : QString()));
        table->setItem(row, 1, new QTableWidgetItem(test.name));
        table->setItem(row, 2, new QTableWidgetItem(QStringLiteral("%1 – %2").arg(formatDate(test.start), formatDate(test.end))));
        table->setItem(row, 3, new QTableWidgetItem(candidate.verdict.roi ? formatPercent(*candidate.verdict.roi) : QString()));
        table->setItem(row, 4, new QTableWidgetItem(candidate.verdict.reason));
        table->item(row, 4)->setToolTip(candidate.verdict.reason);
        auto *button = new QPushButton(candidate.rolloutPlanned ? tr("Roll-out planned") : tr("Plan roll-out"));
        button->setObjectName(QStringLiteral("planRolloutButton"));
        button->setEnabled(!candidate.rolloutPlanned && !m_document->isReadOnly());
        button->setToolTip(candidate.rolloutPlanned ? tr("A roll-out or scale phase already follows this test.")
                                                    : tr("Add a three-month roll-out right after the test"));
        const RecordId testId = candidate.testId;
        connect(button, &QPushButton::clicked, this, [this, testId] { planRollout(testId); });
        table->setCellWidget(row, 5, button);
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_ui->rolloutTabs->setTabText(1, candidates.empty() ? tr("Roll-out candidates") : tr("Roll-out candidates (%1)").arg(candidates.size()));
}

void RolloutPage::refreshChannelFilter()
{
    refillChannelFilter(m_ui->phaseChannelFilter, m_document->plan(), m_proxy);
}

void RolloutPage::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    const bool selected = m_model->rowOf(currentPhase()) >= 0;
    m_ui->addPhaseButton->setEnabled(editable && !m_document->plan().channels.empty());
    m_ui->editPhaseButton->setEnabled(selected);
    m_ui->removePhaseButton->setEnabled(editable && selected);
}

} // namespace cplan
