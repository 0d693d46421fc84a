#include "mainwindow.h"

#include "accessibleviews.h"
#include "appicons.h"
#include "approvedplanguard.h"
#include "appsettings.h"
#include "commentactions.h"
#include "commentmarker.h"
#include "diskchangebanner.h"
#include "document.h"
#include "editactions.h"
#include "fileactions.h"
#include "focusstyle.h"
#include "helpviewer.h"
#include "overviewpage.h"
#include "pagefactory.h"
#include "plancomparison.h"
#include "planfilecontroller.h"
#include "plansearchfield.h"
#include "recordselection.h"
#include "reportactions.h"
#include "reviewpage.h"
#include "settingsdialog.h"
#include "userprompts.h"
#include "windowbanners.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

namespace cplan {

namespace {

bool isPlanUrl(const QUrl &url)
{
    const QString path = url.toLocalFile();
    return path.endsWith(QLatin1String(".cplan"), Qt::CaseInsensitive)
           || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

QString withShortcut(const QString &text, const QAction *action)
{
    const QKeySequence key = action->shortcut();
    return key.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<UserPrompts> prompts, const QString &recoveryFolder, QWidget *parent)
    : QMainWindow(parent), m_prompts(prompts ? std::move(prompts) : std::make_unique<UserPrompts>())
{
    FocusStyle::install();
    m_prompts->setParent(this);
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/campaign-planner.svg")));

    m_files = new PlanFileController(
        m_prompts.get(),
        storage::RecoveryStore(recoveryFolder.isEmpty() ? storage::RecoveryStore::defaultFolder() : recoveryFolder),
        this);
    m_comparison = new PlanComparison(m_prompts.get(), this, this);
    m_reportActions = new ReportActions(this, m_prompts.get(), [this] { return m_files->document(); });
    m_fileActions = new FileActions(this, m_prompts.get(), m_files, m_comparison, m_reportActions);

    auto *central = new QWidget;
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_banners = new WindowBanners(m_fileActions->templateMenu());
    outer->addWidget(m_banners);
    outer->addWidget(new DiskChangeBanner(m_files, m_comparison, m_prompts.get()));

    auto *body = new QHBoxLayout;
    body->setContentsMargins(6, 6, 6, 0);
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setSpacing(2);
    m_navigation->setIconSize(QSize(20, 20));
    int widest = 0;
    for (const ViewInfo &info : allViews()) {
        new QListWidgetItem(appIcon(info.key), info.title, m_navigation);
        widest = std::max(widest, m_navigation->fontMetrics().horizontalAdvance(info.title));
    }
    // As wide as the longest view name in this language needs, so small screens keep room for the page.
    m_navigation->setFixedWidth(std::clamp(widest + 20 + 44, 140, 240));
    m_pages = new QStackedWidget;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_undoView = new QUndoView(&m_undoGroup);
    m_undoView->setEmptyLabel(tr("<opened plan>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoView->setMinimumWidth(160);
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoHistoryDock"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    // Opened at a width that shows a command's name; the splitter beside it widens it further.
    connect(m_undoDock, &QDockWidget::visibilityChanged, this, [this](bool shown) {
        if (shown && !m_undoDock->isFloating() && m_undoDock->width() < 240)
            resizeDocks({m_undoDock}, {260}, Qt::Horizontal);
    });

    connect(m_files, &PlanFileController::documentChanged, this, &MainWindow::showDocument);
    connect(m_files, &PlanFileController::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_banners, &WindowBanners::saveCopyRequested, m_files, &PlanFileController::saveAs);
    connect(m_banners, &WindowBanners::takeOverRequested, m_files, &PlanFileController::takeOverLock);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::fitToCurrentPage);
    connect(m_reportActions, &ReportActions::finished, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });

    createActions();
    createMenus();
    createToolBar();
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
    m_commentAction = new QAction(commentMarkerIcon(true), tr("&Comment…"), this);
    m_commentAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    m_commentAction->setStatusTip(tr("Comment on the selected record, its section or the whole plan"));
    connect(m_commentAction, &QAction::triggered, this, &MainWindow::commentOnSelection);
    m_settingsAction = new QAction(appIcon(QStringLiteral("settings")), tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_undoAction = m_undoGroup.createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(appIcon(QStringLiteral("undo")));
    m_redoAction = m_undoGroup.createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(appIcon(QStringLiteral("redo")));
    m_helpAction = new QAction(appIcon(QStringLiteral("help")), tr("&User Guide"), this);
    QList<QKeySequence> helpKeys = QKeySequence::keyBindings(QKeySequence::HelpContents);
    if (!helpKeys.contains(QKeySequence(Qt::Key_F1)))
        helpKeys.prepend(QKeySequence(Qt::Key_F1));
    m_helpAction->setShortcuts(helpKeys);
    m_helpAction->setStatusTip(tr("Read the user guide: every view, printing, "
                                  "comparing, the file formats"));
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    m_editActions = new EditActions(this, &m_undoGroup);
    connect(m_editActions, &EditActions::statusMessage, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->fillMenu(file);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_editActions->cutAction());
    edit->addAction(m_editActions->copyAction());
    edit->addAction(m_editActions->pasteAction());
    edit->addAction(m_editActions->selectAllAction());
    edit->addSeparator();
    edit->addAction(m_editActions->findAction());
    edit->addSeparator();
    edit->addAction(m_commentAction);
    edit->addSeparator();
    edit->addAction(m_settingsAction);
    connect(edit, &QMenu::aboutToShow, m_editActions, &EditActions::updateActions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    const auto &views = allViews();
    for (std::size_t i = 0; i < views.size(); ++i) {
        QAction *action = view->addAction(appIcon(views[i].key), views[i].title);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))));
        const int row = int(i);
        connect(action, &QAction::triggered, this, [this, row] { m_navigation->setCurrentRow(row); });
    }
    view->addSeparator();
    view->addAction(m_undoDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_helpAction);
    help->addSeparator();
    help->addAction(tr("&About Campaign Planner"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar *toolbar = addToolBar(tr("File"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(m_fileActions->newAction());
    toolbar->addAction(m_fileActions->openAction());
    toolbar->addAction(m_fileActions->saveAction());
    toolbar->addAction(m_reportActions->exportPdfAction());
    toolbar->addSeparator();
    // Undo and Redo keep one label on the toolbar, so the buttons after them do not move with each
    // command; the command is in the tool tip (and in the Edit menu).
    for (QAction *menuAction : {m_undoAction, m_redoAction}) {
        const bool undo = menuAction == m_undoAction;
        auto *action = new QAction(menuAction->icon(), undo ? tr("Undo") : tr("Redo"), toolbar);
        action->setObjectName(undo ? QStringLiteral("toolbarUndo") : QStringLiteral("toolbarRedo"));
        action->setEnabled(menuAction->isEnabled());
        const auto describe = [action, menuAction] {
            QString text = menuAction->text();
            text.remove(QLatin1Char('&'));
            action->setToolTip(withShortcut(text, menuAction));
        };
        describe();
        connect(menuAction, &QAction::changed, action, [action, menuAction, describe] {
            action->setEnabled(menuAction->isEnabled());
            describe();
        });
        connect(action, &QAction::triggered, menuAction, &QAction::trigger);
        toolbar->addAction(action);
    }
    toolbar->addSeparator();
    toolbar->addAction(m_commentAction);
    toolbar->addAction(m_helpAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_planSearch = new PlanSearchField;
    m_planSearch->setMinimumWidth(160);
    m_planSearch->setMaximumWidth(280);
    toolbar->addWidget(m_planSearch);
    connect(m_planSearch, &PlanSearchField::recordChosen, this, &MainWindow::showRecord);
    m_editActions->setFindTargets([this] { return m_pages->currentWidget(); }, m_planSearch);
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
    nameQtButtons(this);
    m_pages->setCurrentIndex(row);
    fitToCurrentPage();
    m_undoGroup.addStack(document->undoStack());
    m_undoGroup.setActiveStack(document->undoStack());
    if (m_planSearch)
        m_planSearch->setDocument(document);
    connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::readOnlyChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::settingsChanged, this, &MainWindow::updateTitle);
    updateTitle();
}

void MainWindow::fitToCurrentPage()
{
    // A stack is as wide as its widest page; only the page on screen should decide how narrow the
    // window and how wide the Undo History may be.
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto policy = i == m_pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_pages->widget(i)->setSizePolicy(policy, policy);
    }
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
    m_banners->showFor(document, m_files->canSaveInPlace(), m_files->isUnsavedSample(), m_files->canTakeOverLock());
    m_fileActions->updateFor(document);
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

HelpViewer *MainWindow::showUserGuide()
{
    if (!m_help)
        m_help = new HelpViewer(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
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
    if (m_help)
        m_help->close();
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
                       tr("<h3>Campaign Planner %1</h3><p>Plan a web marketing "
                          "campaign end to end, offline: market, "
                          "business plan, forecast, channels and roll-out, "
                          "content calendar.</p>")
                           .arg(QStringLiteral(CPLAN_VERSION)));
}

} // namespace cplan
