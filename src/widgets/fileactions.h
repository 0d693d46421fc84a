#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMainWindow;

namespace cplan {

class Document;
class PlanComparison;
class PlanFileController;
class ReportActions;
class UserPrompts;

// The File menu: new, from a template, open (read-only, for review, recent), save, save as, compare
// and snapshots, print and PDF, close and quit. The window puts some on its toolbar.
class FileActions : public QObject
{
    Q_OBJECT
public:
    FileActions(QMainWindow *window, UserPrompts *prompts, PlanFileController *files, PlanComparison *comparison,
                ReportActions *reports);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *templateMenu() const { return m_templates; }
    // Builds the File menu into `file` (the menu bar's).
    void fillMenu(QMenu *file);
    // Save is offered for an editable plan and for a review (which says why when it cannot).
    void updateFor(const Document *document);

private:
    void updateRecentMenu();
    QString askOpen(const QString &title) const;

    QMainWindow *m_window;
    UserPrompts *m_prompts;
    PlanFileController *m_files;
    PlanComparison *m_comparison;
    ReportActions *m_reports;
    QAction *m_new;
    QAction *m_open;
    QAction *m_openReadOnly;
    QAction *m_openForReview;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_compare;
    QAction *m_close;
    QAction *m_quit;
    QMenu *m_templates;
    QMenu *m_recent;
};

} // namespace cplan
