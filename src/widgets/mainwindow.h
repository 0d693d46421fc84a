#pragma once

#include "plan.h"
#include "userprompts.h"
#include "views.h"

#include <QMainWindow>
#include <QPointer>
#include <QUndoGroup>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;
class QUndoView;

namespace cplan {

class CommentActions;
class Document;
class PlanComparison;
class PlanFileController;
class ReportActions;


// Assembles the navigation, the pages, menus, toolbar, undo history and the read-only banner
// around the document that the file controller holds. It does not know how a page works.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `prompts` answers the questions the window asks (tests pass their own);
    // `recoveryFolder` is where autosaved copies go (empty: the application's data folder).
    explicit MainWindow(std::unique_ptr<UserPrompts> prompts = {}, const QString &recoveryFolder = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    PlanFileController *files() const { return m_files; }
    PlanComparison *comparison() const { return m_comparison; }
    ReportActions *reports() const { return m_reportActions; }
    Document *document() const;
    void showView(View view);
    View currentView() const;
    void restoreWindowState();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void showDocument(Document *document);
    void updateTitle();
    void updateRecentMenu();
    void openSettings();
    void showAbout();
    // Review: a comment on what the current view has selected; showing what a comment is about.
    void commentOnSelection();
    void showRecord(const QString &section, const RecordId &record);

    std::unique_ptr<UserPrompts> m_prompts;
    PlanFileController *m_files = nullptr;
    PlanComparison *m_comparison = nullptr;
    ReportActions *m_reportActions = nullptr;
    QUndoGroup m_undoGroup;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QUndoView *m_undoView = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_templateMenu = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openReadOnlyAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_openForReviewAction = nullptr;
    QAction *m_commentAction = nullptr;
    QPointer<CommentActions> m_commentActions; // belongs to the document
};

} // namespace cplan
