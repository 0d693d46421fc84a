#include "recordlistdialog.h"
#include "ui_recordlistdialog.h"

#include "calendarmodels.h"
#include "celldelegate.h"
#include "commands.h"
#include "contentschedule.h"
#include "displayformat.h"
#include "document.h"

#include <QColorDialog>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace cplan {

RecordListDialog::RecordListDialog(Document *document, RecordTableModelBase *model, const QString &title,
                                   const QString &intro, Actions actions, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecordListDialog>()), m_document(document), m_model(model),
      m_actions(std::move(actions))
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    m_ui->introLabel->setText(intro);
    model->setParent(this);
    m_ui->table->setModel(model);
    m_ui->table->setItemDelegate(new CellDelegate(m_ui->table));
    m_ui->table->setAccessibleName(title);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->resizeColumnsToContents();
    for (int column = 0; column < model->columnCount(); ++column)
        m_ui->table->setColumnWidth(column, std::clamp(m_ui->table->columnWidth(column), 90, 260));
    connect(model, &RecordTableModelBase::editRefused, m_ui->problemLabel, &QLabel::setText);
    connect(model, &QAbstractItemModel::dataChanged, m_ui->problemLabel, &QLabel::clear);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        m_actions.add();
        const int row = m_model->rowCount() - 1;
        m_ui->table->setCurrentIndex(m_model->index(row, 0));
        m_ui->table->edit(m_model->index(row, 0));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->table->currentIndex();
        if (current.isValid())
            m_actions.remove(current.data(Qt::UserRole).toUuid());
    });
    connect(m_ui->table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != m_actions.colourColumn || m_document->isReadOnly())
            return;
        const QColor colour = QColorDialog::getColor(index.data(Qt::DecorationRole).value<QColor>(), this, tr("Campaign colour"));
        if (colour.isValid())
            m_model->setData(index, colour.name(), Qt::EditRole);
    });
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RecordListDialog::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordListDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    if (m_actions.colourColumn >= 0)
        m_ui->table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed
                                     | QAbstractItemView::SelectedClicked);
    updateButtons();
}

RecordListDialog::~RecordListDialog() = default;

void RecordListDialog::updateButtons()
{
    const bool editable = !m_document->isReadOnly();
    m_ui->addButton->setEnabled(editable);
    m_ui->removeButton->setEnabled(editable && m_ui->table->currentIndex().isValid());
}

RecordListDialog *makeCampaignsDialog(Document *document, QWidget *parent)
{
    RecordListDialog::Actions actions;
    actions.add = [document] {
        Campaign campaign;
        campaign.id = newRecordId();
        campaign.name = RecordListDialog::tr("New campaign");
        campaign.start = horizonStart(document->plan().settings);
        campaign.end = addMonthsKeepingDay(campaign.start, 3) - boost::gregorian::days(1);
        document->undoStack()->push(new InsertRecordCommand<Campaign>(
            document, int(document->plan().campaigns.size()), campaign, RecordListDialog::tr("Add campaign")));
    };
    actions.remove = [document](const RecordId &id) { document->undoStack()->push(makeRemoveCampaignCommand(document, id)); };
    actions.colourColumn = CampaignColour;
    return new RecordListDialog(document, makeCampaignsModel(document), RecordListDialog::tr("Campaigns"),
                                RecordListDialog::tr("Campaigns group content items and give them their colour in "
                                                     "the calendar. Removing a campaign keeps its items."),
                                std::move(actions), parent);
}

RecordListDialog *makeTeamDialog(Document *document, QWidget *parent)
{
    RecordListDialog::Actions actions;
    actions.add = [document] {
        TeamMember member;
        member.id = newRecordId();
        member.name = RecordListDialog::tr("New team member");
        document->undoStack()->push(new InsertRecordCommand<TeamMember>(
            document, int(document->plan().team.size()), member, RecordListDialog::tr("Add team member")));
    };
    actions.remove = [document](const RecordId &id) { document->undoStack()->push(makeRemoveTeamMemberCommand(document, id)); };
    return new RecordListDialog(document, makeCalendarTeamModel(document), RecordListDialog::tr("Team"),
                                RecordListDialog::tr("Who makes the content, and how many hours a week each person "
                                                     "has for it: the calendar's workload is measured against it. "
                                                     "Removing someone keeps their items, without an owner."),
                                std::move(actions), parent);
}

} // namespace cplan
