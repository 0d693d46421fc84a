#include "channelspage.h"
#include "ui_channelspage.h"

#include "channeldetailform.h"
#include "channelmodels.h"
#include "celldelegate.h"
#include "displayformat.h"
#include "document.h"
#include "itemroles.h"
#include "planningcommands.h"
#include "planningprompts.h"
#include "recordfilterproxy.h"
#include "rollout.h"

#include <QHeaderView>
#include <QTimer>

namespace cplan {

namespace {

void setUpTable(QTableView *table)
{
    table->setItemDelegate(new CellDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the plan's order first
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed);
}

} // namespace

ChannelsPage::ChannelsPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_ui(std::make_unique<Ui::ChannelsPage>()),
      m_prompts(std::make_unique<PlanningPrompts>(this))
{
    m_ui->setupUi(this);
    m_model = makeChannelsModel(document, this);
    m_proxy = new RecordFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_ui->channelsTable->setModel(m_proxy);
    setUpTable(m_ui->channelsTable);
    m_ui->channelsTable->resizeColumnsToContents();
    m_ui->channelsTable->setColumnWidth(ChannelName, std::max(180, m_ui->channelsTable->columnWidth(ChannelName)));
    // Where a channel stands and what it brings are read first, beside its name; what it is and
    // the rates the figures come from follow.
    QHeaderView *header = m_ui->channelsTable->horizontalHeader();
    for (int column : {ChannelStatusColumn, ChannelPlannedSpend, ChannelForecastRevenue, ChannelForecastRoi})
        header->moveSection(header->visualIndex(column), header->visualIndex(ChannelKindColumn));

    m_detail = new ChannelDetailForm(document);
    m_ui->detailLayout->addWidget(m_detail);
    connect(m_detail, &ChannelDetailForm::addTestPhaseRequested, this, &ChannelsPage::addTestPhase);
    m_ui->channelsSplitter->setStretchFactor(0, 3);
    m_ui->channelsSplitter->setStretchFactor(1, 2);
    // On a wide screen the form stops at a comfortable width and the table, whose columns a
    // wide screen is for, takes the rest.
    m_ui->channelsSplitter->widget(1)->setMaximumWidth(fontMetrics().averageCharWidth() * 95);
    m_ui->channelsSplitter->setSizes({660, 420});

    m_teamModel = makeTeamModel(document, this);
    m_teamProxy = new RecordFilterProxy(this);
    m_teamProxy->setSourceModel(m_teamModel);
    m_ui->teamTable->setModel(m_teamProxy);
    setUpTable(m_ui->teamTable);
    m_ui->teamTable->setColumnWidth(TeamName, 220);
    m_ui->teamTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->teamTable->horizontalHeader()->setSectionResizeMode(TeamRole, QHeaderView::Stretch);
    m_ui->teamTable->setColumnWidth(TeamCapacity, 120);

    connect(m_ui->channelSearchEdit, &QLineEdit::textChanged, m_proxy, &RecordFilterProxy::setSearchText);
    connect(m_ui->channelsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_detail->setChannel(currentChannel());
        updateActions();
    });
    connect(m_ui->addChannelButton, &QPushButton::clicked, this, &ChannelsPage::addChannel);
    connect(m_ui->duplicateChannelButton, &QPushButton::clicked, this, &ChannelsPage::duplicateChannel);
    connect(m_ui->removeChannelButton, &QPushButton::clicked, this, &ChannelsPage::removeChannel);
    connect(m_ui->moveChannelUpButton, &QPushButton::clicked, this, [this] { moveChannel(-1); });
    connect(m_ui->moveChannelDownButton, &QPushButton::clicked, this, [this] { moveChannel(1); });
    connect(m_model, &RecordTableModelBase::editRefused, this, &ChannelsPage::showMessage);
    connect(m_teamModel, &RecordTableModelBase::editRefused, this, &ChannelsPage::showMessage);
    connect(m_ui->addMemberButton, &QPushButton::clicked, this, [this] {
        const TeamMember member{newRecordId(), tr("New team member"), {}, 40.0};
        m_document->undoStack()->push(makeAddTeamMemberCommand(m_document, member));
        const QModelIndex index = m_teamProxy->mapFromSource(m_teamModel->index(m_teamModel->rowOf(member.id), 0));
        m_ui->teamTable->setCurrentIndex(index);
        m_ui->teamTable->edit(index);
    });
    connect(m_ui->removeMemberButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_ui->teamTable->currentIndex();
        if (!index.isValid())
            return;
        const RecordId id = index.data(RecordIdRole).toUuid();
        m_document->undoStack()->push(makeRemoveTeamMemberCommand(m_document, id));
    });
    connect(m_ui->teamTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChannelsPage::updateActions);
    connect(document, &Document::readOnlyChanged, this, &ChannelsPage::updateActions);
    connect(document, &Document::planChanged, this, &ChannelsPage::updateActions);

    if (m_proxy->rowCount() > 0)
        m_ui->channelsTable->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
}

ChannelsPage::~ChannelsPage() = default;

void ChannelsPage::setPrompts(std::unique_ptr<PlanningPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

RecordId ChannelsPage::currentChannel() const
{
    const QModelIndex index = m_ui->channelsTable->currentIndex();
    return index.isValid() ? index.data(RecordIdRole).toUuid() : RecordId();
}

void ChannelsPage::selectChannel(const RecordId &channelId)
{
    const int row = m_model->rowOf(channelId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ChannelName));
    if (!index.isValid()) { // hidden by the search: show it
        m_ui->channelSearchEdit->clear();
    }
    m_ui->channelsTable->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, ChannelName)));
    m_ui->channelsTable->scrollTo(m_ui->channelsTable->currentIndex());
}

void ChannelsPage::addChannel()
{
    if (m_document->isReadOnly())
        return;
    const Channel channel = makeNewChannel(m_document->plan(), tr("New channel"));
    const int current = m_model->rowOf(currentChannel());
    const int at = current < 0 ? int(m_document->plan().channels.size()) : current + 1;
    m_document->undoStack()->push(makeAddChannelCommand(m_document, at, channel));
    selectChannel(channel.id);
    m_ui->channelsTable->edit(m_ui->channelsTable->currentIndex());
}

void ChannelsPage::duplicateChannel()
{
    const RecordId id = currentChannel();
    if (id.isNull() || m_document->isReadOnly())
        return;
    if (QUndoCommand *command = makeDuplicateChannelCommand(m_document, id)) {
        m_document->undoStack()->push(command);
        const int row = m_model->rowOf(id) + 1;
        selectChannel(m_document->plan().channels[std::size_t(row)].id);
    }
}

void ChannelsPage::removeChannel()
{
    const RecordId id = currentChannel();
    const int row = m_model->rowOf(id);
    if (row < 0 || m_document->isReadOnly())
        return;
    const Plan &plan = m_document->plan();
    if (!m_prompts->confirmRemoveChannel(plan.channels[std::size_t(row)].name, describeChannelDependents(plan, id)))
        return;
    m_document->undoStack()->push(makeRemoveChannelCommand(m_document, id));
    const int count = int(m_document->plan().channels.size());
    if (count > 0)
        selectChannel(m_document->plan().channels[std::size_t(std::min(row, count - 1))].id);
}

void ChannelsPage::moveChannel(int by)
{
    const RecordId id = currentChannel();
    const int from = m_model->rowOf(id);
    if (from < 0 || m_document->isReadOnly())
        return;
    if (QUndoCommand *command = makeMoveChannelCommand(m_document, from, from + by)) {
        // Moving is about the plan's order: show that order.
        m_ui->channelsTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_proxy->sort(-1);
        m_document->undoStack()->push(command);
        selectChannel(id);
    }
}

void ChannelsPage::addTestPhase(const RecordId &channelId)
{
    if (m_document->isReadOnly() || m_model->rowOf(channelId) < 0)
        return;
    const RolloutPhase proposed = proposedTestPhase(m_document->plan(), channelId, fromQDate(QDate::currentDate()));
    const std::optional<RolloutPhase> phase = m_prompts->editPhase(m_document, proposed);
    if (!phase || m_document->isReadOnly())
        return;
    m_document->undoStack()->push(makeAddPhaseCommand(m_document, *phase));
}

void ChannelsPage::updateActions()
{
    const bool editable = !m_document->isReadOnly();
    const int row = m_model->rowOf(currentChannel());
    const int count = int(m_document->plan().channels.size());
    m_ui->addChannelButton->setEnabled(editable);
    m_ui->duplicateChannelButton->setEnabled(editable && row >= 0);
    m_ui->removeChannelButton->setEnabled(editable && row >= 0);
    m_ui->moveChannelUpButton->setEnabled(editable && row > 0);
    m_ui->moveChannelDownButton->setEnabled(editable && row >= 0 && row < count - 1);
    m_ui->addMemberButton->setEnabled(editable);
    m_ui->removeMemberButton->setEnabled(editable && m_ui->teamTable->currentIndex().isValid());
    if (m_detail->channel() != currentChannel())
        m_detail->setChannel(currentChannel());
}

void ChannelsPage::showMessage(const QString &message)
{
    m_ui->channelsMessageLabel->setText(message);
    QTimer::singleShot(8000, m_ui->channelsMessageLabel, [label = m_ui->channelsMessageLabel, message] {
        if (label->text() == message)
            label->clear();
    });
}

} // namespace cplan
