#include "reviewpage.h"

#include "commentactions.h"
#include "commentmodel.h"
#include "document.h"
#include "enumnames.h"
#include "reviewcomments.h"
#include "ui_reviewpage.h"

#include <QHeaderView>
#include <QLocale>

namespace cplan {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString statusColour(ApprovalStatus status)
{
    switch (status) {
    case ApprovalStatus::Draft: return QStringLiteral("#6b7280");
    case ApprovalStatus::InReview: return QStringLiteral("#b45309");
    case ApprovalStatus::Approved: return QStringLiteral("#15803d");
    case ApprovalStatus::ChangesRequested: return QStringLiteral("#b91c1c");
    }
    return {};
}

} // namespace

ReviewPage::ReviewPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new CommentModel(document, this)),
      m_filter(new CommentFilterModel(this)), m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    QTreeView *view = m_ui->commentsView;
    view->setModel(m_filter);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(CommentModel::TextColumn, QHeaderView::Stretch);
    for (int column = CommentModel::AuthorColumn; column < CommentModel::ColumnCount; ++column)
        view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The comment and what it is about share the room; a long record name must not squeeze
    // the comment to a few letters.
    view->header()->setSectionResizeMode(CommentModel::AnchorColumn, QHeaderView::Stretch);
    view->expandAll();
    m_ui->historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->header()->setStretchLastSection(true);

    m_ui->stateCombo->addItem(tr("All comments"), int(CommentFilterModel::State::All));
    m_ui->stateCombo->addItem(tr("Open"), int(CommentFilterModel::State::Open));
    m_ui->stateCombo->addItem(tr("Resolved"), int(CommentFilterModel::State::Resolved));
    loadSections();

    connect(m_ui->stateCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStateFilter(CommentFilterModel::State(m_ui->stateCombo->currentData().toInt()));
    });
    connect(m_ui->sectionCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_ui->sectionCombo->currentData().toString();
        m_filter->setSectionFilter(key == QLatin1String("*") ? QString() : (key.isNull() ? QStringLiteral("") : key));
    });
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &CommentFilterModel::setSearchText);
    // A rebuilt or refiltered list shows its threads open, and keeps the comment selected.
    auto refreshed = [this] {
        m_ui->commentsView->expandAll();
        updateCount();
        updateButtons();
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, refreshed);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, refreshed);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, refreshed);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, refreshed);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReviewPage::updateButtons);
    connect(view, &QTreeView::doubleClicked, this, &ReviewPage::showCurrent);
    connect(m_ui->showButton, &QPushButton::clicked, this, &ReviewPage::showCurrent);

    connect(m_ui->commentPlanButton, &QPushButton::clicked, this, [this] {
        if (m_actions) {
            const QString key = m_ui->sectionCombo->currentData().toString();
            m_actions->addComment(key == QLatin1String("*") ? QString() : key, {});
        }
    });
    connect(m_ui->replyButton, &QPushButton::clicked, this, [this] {
        if (m_actions && m_actions->reply(currentComment()))
            updateButtons();
    });
    connect(m_ui->resolveButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_filter->mapToSource(m_ui->commentsView->currentIndex());
        const CommentListEntry *entry = m_model->entryAt(current.siblingAtColumn(0));
        if (m_actions && entry) {
            const RecordId keep = entry->comment.id;
            m_actions->setResolved(entry->threadId, !entry->threadResolved);
            selectComment(keep);
        }
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        const RecordId keep = currentComment();
        if (m_actions && m_actions->edit(keep))
            selectComment(keep);
    });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, [this] {
        if (m_actions)
            m_actions->remove(currentComment());
    });
    connect(m_ui->changeStatusButton, &QPushButton::clicked, this, [this] {
        if (m_actions)
            m_actions->changeStatus();
    });

    connect(document, &Document::approvalChanged, this, &ReviewPage::loadApproval);
    connect(document, &Document::readOnlyChanged, this, &ReviewPage::updateButtons);
    loadApproval();
    updateCount();
    updateButtons();
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::setCommentActions(CommentActions *actions)
{
    m_actions = actions;
    updateButtons();
}

void ReviewPage::loadSections()
{
    m_ui->sectionCombo->addItem(tr("All sections"), QStringLiteral("*"));
    for (const CommentSection &section : commentSections())
        m_ui->sectionCombo->addItem(section.title, section.key);
}

void ReviewPage::loadApproval()
{
    const Approval &a = m_document->plan().approval;
    m_ui->statusLabel->setText(QStringLiteral("<span style=\"font-size:14pt; font-weight:600; color:%1\">%2</span>")
                                   .arg(statusColour(a.status), displayName(a.status).toHtmlEscaped()));
    QString detail;
    if (!a.by.isEmpty() || a.at.isValid())
        detail = tr("%1, %2").arg(a.by.isEmpty() ? tr("someone") : a.by, when(a.at));
    if (!a.note.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral(": ")) + a.note;
    m_ui->detailLabel->setText(detail.isEmpty() ? tr("Nobody has changed the status yet.") : detail);
    m_ui->historyView->clear();
    // Newest first: the current status, then what came before.
    const std::vector<ApprovalEvent> history = approvalHistory(a);
    const std::vector<ApprovalEvent> events(history.rbegin(), history.rend());
    for (const ApprovalEvent &e : events) {
        auto *item = new QTreeWidgetItem({displayName(e.status), e.by, when(e.at), e.note});
        item->setForeground(0, QColor::fromString(statusColour(e.status)));
        item->setToolTip(3, e.note);
        m_ui->historyView->addTopLevelItem(item);
    }
    m_ui->historyView->setVisible(!events.empty());
}

void ReviewPage::updateCount()
{
    const CommentCount all = commentThreads(m_document->plan());
    m_ui->countLabel->setText(tr("%1 open, %2 resolved").arg(all.open).arg(all.resolved));
}

RecordId ReviewPage::currentComment() const
{
    return m_ui->commentsView->currentIndex().data(RecordIdRole).toUuid();
}

void ReviewPage::selectComment(const RecordId &commentId)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(commentId));
    if (!index.isValid())
        return;
    m_ui->commentsView->setCurrentIndex(index);
    m_ui->commentsView->scrollTo(index);
}

void ReviewPage::updateButtons()
{
    const QModelIndex current = m_filter->mapToSource(m_ui->commentsView->currentIndex());
    const CommentListEntry *entry = m_model->entryAt(current.siblingAtColumn(0));
    const bool can = m_actions && m_actions->enabled();
    m_ui->commentPlanButton->setEnabled(can);
    m_ui->changeStatusButton->setEnabled(can);
    m_ui->replyButton->setEnabled(can && entry);
    m_ui->resolveButton->setEnabled(can && entry);
    m_ui->resolveButton->setText(entry && entry->threadResolved ? tr("Re&open") : tr("Res&olve"));
    const bool own = can && entry && m_actions->isOwn(entry->comment);
    m_ui->editButton->setEnabled(own);
    m_ui->deleteButton->setEnabled(own);
    const QString ownTip = entry && !own && can ? tr("Only the author can change or delete a comment.") : QString();
    m_ui->editButton->setToolTip(ownTip);
    m_ui->deleteButton->setToolTip(ownTip);
    m_ui->showButton->setEnabled(entry && !entry->section.isEmpty());
}

void ReviewPage::showCurrent()
{
    const QModelIndex current = m_filter->mapToSource(m_ui->commentsView->currentIndex());
    const CommentListEntry *entry = m_model->entryAt(current.siblingAtColumn(0));
    if (entry && !entry->section.isEmpty())
        emit showRecordRequested(entry->section, entry->comment.recordId);
}

} // namespace cplan
