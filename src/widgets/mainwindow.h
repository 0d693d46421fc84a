#pragma once

#include "plan.h"
#include "userprompts.h"
#include "views.h"

#include <QMainWindow>
#include <QPointer>
#include <QUndoGroup>

#include <memory>

class QAction;
class QDockWidget;
class QListWidget;
class QStackedWidget;
class QUndoView;

namespace cplan {

class CommentActions;
class Document;
class EditActions;
class FileActions;
class HelpViewer;
class PlanComparison;
class PlanFileController;
class PlanSearchField;
class ReportActions;
class WindowBanners;

// Assembles the navigation, the pages, menus, toolbar, undo history and the banners around the
// document that the file controller holds. It does not know how a page works.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `prompts` answers the questions the window asks (tests pass their own); `recoveryFolder` is
    // where autosaved copies go (empty: the application's data folder).
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
    // Help > User Guide (F1): the guide in its own window, made when first asked for.
    HelpViewer *showUserGuide();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void showDocument(Document *document);
    void updateTitle();
    void fitToCurrentPage();
    void openSettings();
    void showAbout();
    // Review: a comment on what the current view has selected; showing what a comment is about.
    void commentOnSelection();
    void showRecord(const QString &section, const RecordId &record);

    std::unique_ptr<UserPrompts> m_prompts;
    PlanFileController *m_files = nullptr;
    PlanComparison *m_comparison = nullptr;
    ReportActions *m_reportActions = nullptr;
    FileActions *m_fileActions = nullptr;
    EditActions *m_editActions = nullptr;
    QUndoGroup m_undoGroup;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    WindowBanners *m_banners = nullptr;
    PlanSearchField *m_planSearch = nullptr;
    QUndoView *m_undoView = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QPointer<HelpViewer> m_help;

    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_commentAction = nullptr;
    QAction *m_helpAction = nullptr;
    QPointer<CommentActions> m_commentActions; // belongs to the document
};

} // namespace cplan
