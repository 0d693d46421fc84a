#include "mainwindow.h"

#include "accessibleviews.h"

#include "appsettings.h"
#include "approvedplanguard.h"
#include "commentactions.h"
#include "commentmarker.h"
#include "recordselection.h"
#include "reportactions.h"
#include "reviewpage.h"
#include "document.h"
#include "overviewpage.h"
#include "pagefactory.h"
#include "plancomparison.h"
#include "planfilecontroller.h"
#include "plantemplates.h"
#include "settingsdialog.h"
#include "snapshotmenu.h"
#include "userprompts.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace cplan {

namespace {

bool isPlanUrl(const QUrl &url)
{
    const QString path = url.toLocalFile();
    return path.endsWith(QLatin1String(".cplan"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, const QString &recoveryFolder, QWidget *parent)
    : QMainWindow(parent), m_prompts(prompts ? std::move(prompts) : std::make_unique<UserPrompts>())
{
    m_prompts->setParent(this);
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-planner.svg")));

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_banner = new QWidget;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral("#readOnlyBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                                           "#readOnlyBanner QLabel { color: #3d3000; }"
                                           "#readOnlyBanner[reviewing=\"true\"] { background: #dbeafe; border-bottom: 1px solid #93c5fd; }"
                                           "#readOnlyBanner[reviewing=\"true\"] QLabel { color: #1e3a8a; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText); // the reasons are escaped
    auto *saveCopy = new QPushButton(tr("Save a Copy…"));
    saveCopy->setObjectName(QStringLiteral("saveCopyButton"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(saveCopy);
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(6, 6, 6, 0);
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setFixedWidth(170);
    m_navigation->setSpacing(2);
    for (const ViewInfo &info : allViews())
        m_navigation->addItem(info.title);
    m_pages = new QStackedWidget;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_undoView = new QUndoView(&m_undoGroup);
    m_undoView->setEmptyLabel(tr("<opened plan>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    auto *undoDock = new QDockWidget(tr("Undo History"), this);
    undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    undoDock->hide();

    m_files = new PlanFileController(m_prompts.get(),
                                     storage::RecoveryStore(recoveryFolder.isEmpty() ? storage::RecoveryStore::defaultFolder()
                                                                                     : recoveryFolder),
                                     this);
    m_comparison = new PlanComparison(m_prompts.get(), this, this);
    connect(m_files, &PlanFileController::documentChanged, this, &MainWindow::showDocument);
    connect(m_files, &PlanFileController::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(saveCopy, &QPushButton::clicked, m_files, &PlanFileController::saveAs);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    createActions();
    createMenus();
    QMenu *viewMenu = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    viewMenu->addSeparator();
    viewMenu->addAction(undoDock->toggleViewAction());
    showDocument(m_files->document());
    m_navigation->setCurrentRow(0);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow()
{
    // The pages and the controller's document go first, while this window is still whole.
    disconnect(m_files, nullptr, this, nullptr);
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    delete m_files;
}

Document *MainWindow::document() const
{
    return m_files->document();
}

void MainWindow::createActions()
{
    auto make = [this](const QString &text, QKeySequence::StandardKey key, const QString &icon, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        if (key != QKeySequence::UnknownKey)
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_newAction = make(tr("&New"), QKeySequence::New, QStringLiteral("document-new"), [this] { m_files->newBlankPlan(); });
    m_openAction = make(tr("&Open…"), QKeySequence::Open, QStringLiteral("document-open"), [this] {
        const QString path = m_prompts->openFileName(tr("Open plan"));
        if (!path.isEmpty())
            m_files->openFile(path);
    });
    m_openReadOnlyAction = make(tr("Open &Read-Only…"), QKeySequence::UnknownKey, QStringLiteral("document-open"), [this] {
        const QString path = m_prompts->openFileName(tr("Open plan read-only"));
        if (!path.isEmpty())
            m_files->openFile(path, true);
    });
    m_openForReviewAction = make(tr("Open for Re&view…"), QKeySequence::UnknownKey, QStringLiteral("document-open"), [this] {
        const QString path = m_prompts->openFileName(tr("Open plan for review"));
        if (!path.isEmpty())
            m_files->openForReview(path);
    });
    m_openForReviewAction->setStatusTip(tr("Read a plan, comment on it and approve it, without changing it"));
    m_commentAction = make(tr("&Comment…"), QKeySequence::UnknownKey, QStringLiteral("mail-message-new"),
                           [this] { commentOnSelection(); });
    m_commentAction->setIcon(commentMarkerIcon(true));
    m_commentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_commentAction->setShortcutContext(Qt::WindowShortcut);
    m_commentAction->setStatusTip(tr("Comment on the selected record, its section or the whole plan"));
    m_reportActions = new ReportActions(this, m_prompts.get(), [this] { return m_files->document(); });
    connect(m_reportActions, &ReportActions::finished, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    m_saveAction = make(tr("&Save"), QKeySequence::Save, QStringLiteral("document-save"), [this] { m_files->save(); });
    m_saveAsAction = make(tr("Save &As…"), QKeySequence::SaveAs, QStringLiteral("document-save-as"), [this] { m_files->saveAs(); });
    m_compareAction = make(tr("Co&mpare with…"), QKeySequence::UnknownKey, QStringLiteral("document-compare"), [this] {
        const QString path = m_prompts->openFileName(tr("Compare with an older version of the plan"));
        if (!path.isEmpty() && m_comparison->compareWithFile(path))
            m_comparison->showComparison();
    });
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setStatusTip(tr("See what changed since an older version of this plan"));
    m_closeAction = make(tr("&Close"), QKeySequence::Close, QStringLiteral("document-close"), [this] { m_files->closeDocument(); });
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, QStringLiteral("application-exit"), [this] { close(); });
    m_settingsAction = make(tr("&Settings…"), QKeySequence::Preferences, QStringLiteral("preferences-system"),
                            [this] { openSettings(); });
    m_undoAction = m_undoGroup.createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    m_redoAction = m_undoGroup.createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    m_templateMenu = file->addMenu(tr("New from &Template"));
    for (const PlanTemplate &entry : bundledPlans()) {
        QAction *action = m_templateMenu->addAction(entry.displayName);
        const QString key = entry.key;
        connect(action, &QAction::triggered, this, [this, key] { m_files->newFromTemplate(key); });
    }
    file->addSeparator();
    file->addAction(m_openAction);
    file->addAction(m_openReadOnlyAction);
    file->addAction(m_openForReviewAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_compareAction);
    auto *snapshots = new SnapshotMenu(m_prompts.get(), m_files, m_comparison, this);
    file->addAction(snapshots->saveAction());
    file->addMenu(snapshots->compareMenu());
    file->addMenu(snapshots->deleteMenu());
    file->addSeparator();
    file->addAction(m_reportActions->previewAction());
    file->addAction(m_reportActions->printAction());
    file->addAction(m_reportActions->exportPdfAction());
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_commentAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const auto &views = allViews();
    for (std::size_t i = 0; i < views.size(); ++i) {
        QAction *action = view->addAction(views[i].title);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        const int row = int(i);
        connect(action, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Campaign Planner"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("File"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_saveAction);
    toolbar->addAction(m_reportActions->exportPdfAction());
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_commentAction);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { m_files->openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent plans"))->setEnabled(false);
}

void MainWindow::showDocument(Document *document)
{
    const int row = std::max(0, m_navigation->currentRow());
    m_comparison->setDocument(document); // a comparison belongs to the plan it was made for
    while (m_pages->count() > 0) {
        QWidget *page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page; // now, while the document it shows still exists
    }
    m_commentActions = new CommentActions(document, m_prompts.get(), this, document);
    new ApprovedPlanGuard(document, m_prompts.get(), document);
    for (const ViewInfo &info : allViews()) {
        QWidget *page = createPage(info.view, document);
        if (auto *overview = qobject_cast<OverviewPage *>(page)) {
            connect(overview, &OverviewPage::viewRequested, this, &MainWindow::showView);
            connect(overview, &OverviewPage::comparisonRequested, m_comparison, &PlanComparison::showComparison);
            connect(m_comparison, &PlanComparison::changed, overview, &OverviewPage::setChangedSince);
            if (m_comparison->isActive())
                overview->setChangedSince(m_comparison->olderName(), m_comparison->changeCount());
        }
        if (auto *review = qobject_cast<ReviewPage *>(page)) {
            review->setCommentActions(m_commentActions);
            connect(review, &ReviewPage::showRecordRequested, this, &MainWindow::showRecord);
        }
        addToRecordContextMenus(page, m_commentAction);
        m_pages->addWidget(inPageArea(page));
    }
    nameOverflowButtons(this);
    m_pages->setCurrentIndex(row);
    m_undoGroup.addStack(document->undoStack());
    m_undoGroup.setActiveStack(document->undoStack());
    connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::settingsChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

void MainWindow::updateTitle()
{
    Document *document = m_files->document();
    QString title = document->displayName() + QStringLiteral("[*]");
    if (document->isReviewing())
        title += tr(" (reviewing)");
    else if (document->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title + QStringLiteral(" — ") + tr("Campaign Planner"));
    setWindowModified(document->isModified());
    m_banner->setVisible(document->isReadOnly());
    if (document->isReviewing())
        m_bannerText->setText(QStringLiteral("<b>%1</b> %2").arg(tr("Reviewing:"), document->readOnlyReason().toHtmlEscaped()));
    else
        m_bannerText->setText(document->readOnlyReason().toHtmlEscaped());
    m_banner->setProperty("reviewing", document->isReviewing());
    m_banner->style()->unpolish(m_banner);
    m_banner->style()->polish(m_banner);
    m_banner->findChild<QPushButton *>(QStringLiteral("saveCopyButton"))->setVisible(!m_files->canSaveInPlace());
    // A review may save its comments; when it cannot, Save says why.
    m_saveAction->setEnabled(!document->isReadOnly() || document->isReviewing());
    m_commentAction->setEnabled(document->canComment());
}

void MainWindow::showView(View view)
{
    const auto &views = allViews();
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (views[i].view == view)
            m_navigation->setCurrentRow(int(i));
    }
}

View MainWindow::currentView() const
{
    return allViews().at(std::size_t(std::max(0, m_navigation->currentRow()))).view;
}

void MainWindow::restoreWindowState()
{
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    if (const ViewInfo *view = findView(AppSettings::lastView()))
        showView(view->view);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->prepareToQuit()) {
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry(), saveState());
    for (const ViewInfo &info : allViews()) {
        if (info.view == currentView())
            AppSettings::setLastView(info.key);
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isPlanUrl(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isPlanUrl(urls.first())) {
        event->acceptProposedAction();
        m_files->openFile(urls.first().toLocalFile());
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_files->setAutosaveMinutes(AppSettings::autosaveMinutes());
}

void MainWindow::commentOnSelection()
{
    if (!m_commentActions)
        return;
    const View view = currentView();
    QString section;
    for (const ViewInfo &info : allViews()) {
        if (info.view == view && view != View::Review)
            section = info.key;
    }
    m_commentActions->addComment(section, selectedRecord(m_pages->currentWidget()));
}

void MainWindow::showRecord(const QString &section, const RecordId &record)
{
    const ViewInfo *view = findView(section);
    if (!view)
        return;
    showView(view->view);
    if (!record.isNull() && !selectRecord(m_pages->currentWidget(), record))
        statusBar()->showMessage(tr("The record is not shown in %1.").arg(view->title), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Campaign Planner"),
                       tr("<h3>Campaign Planner %1</h3><p>Plan a web marketing campaign end to end, offline: market, "
                          "business plan, forecast, channels and roll-out, content calendar.</p>")
                           .arg(QStringLiteral(CPLAN_VERSION)));
}

} // namespace cplan
