#include "fileactions.h"

#include "appicons.h"
#include "appsettings.h"
#include "document.h"
#include "plancomparison.h"
#include "planfilecontroller.h"
#include "plantemplates.h"
#include "reportactions.h"
#include "snapshotmenu.h"
#include "userprompts.h"

#include <QAction>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>

namespace cplan {

FileActions::FileActions(QMainWindow *window, UserPrompts *prompts, PlanFileController *files,
                         PlanComparison *comparison, ReportActions *reports)
    : QObject(window), m_window(window), m_prompts(prompts), m_files(files), m_comparison(comparison),
      m_reports(reports), m_templates(new QMenu(tr("New from &Template"), window)),
      m_recent(new QMenu(tr("Open &Recent"), window))
{
    auto make = [window](const QString &text, const QKeySequence &key, const QString &icon) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : appIcon(icon), text, window);
        action->setShortcut(key);
        return action;
    };
    m_new = make(tr("&New"), QKeySequence::New, QStringLiteral("new"));
    m_open = make(tr("&Open…"), QKeySequence::Open, QStringLiteral("open"));
    m_openReadOnly = make(tr("Open &Read-Only…"), {}, QString());
    m_openForReview = make(tr("Open for Re&view…"), {}, QStringLiteral("review"));
    m_openForReview->setStatusTip(tr("Read a plan, comment on it and approve it, without changing it"));
    m_save = make(tr("&Save"), QKeySequence::Save, QStringLiteral("save"));
    // Some platforms have no standard key for Save As: Ctrl+Shift+S everywhere.
    m_saveAs = make(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QStringLiteral("save-as"));
    m_compare = make(tr("Co&mpare with…"), {}, QString());
    m_compare->setObjectName(QStringLiteral("compareAction"));
    m_compare->setStatusTip(tr("See what changed since an older version of this plan"));
    m_close = make(tr("&Close"), QKeySequence::Close, QString());
    m_quit = make(tr("&Quit"), QKeySequence::Quit, QString());
    m_reports->printAction()->setIcon(appIcon(QStringLiteral("print")));
    m_reports->exportPdfAction()->setIcon(appIcon(QStringLiteral("export-pdf")));
    m_templates->setIcon(appIcon(QStringLiteral("new")));

    connect(m_new, &QAction::triggered, m_files, &PlanFileController::newBlankPlan);
    connect(m_open, &QAction::triggered, this, [this] {
        if (const QString path = askOpen(tr("Open plan")); !path.isEmpty())
            m_files->openFile(path);
    });
    connect(m_openReadOnly, &QAction::triggered, this, [this] {
        if (const QString path = askOpen(tr("Open plan read-only")); !path.isEmpty())
            m_files->openFile(path, true);
    });
    connect(m_openForReview, &QAction::triggered, this, [this] {
        if (const QString path = askOpen(tr("Open plan for review")); !path.isEmpty())
            m_files->openForReview(path);
    });
    connect(m_save, &QAction::triggered, m_files, &PlanFileController::save);
    connect(m_saveAs, &QAction::triggered, m_files, &PlanFileController::saveAs);
    connect(m_compare, &QAction::triggered, this, [this] {
        const QString path = askOpen(tr("Compare with an older version of the plan"));
        if (!path.isEmpty() && m_comparison->compareWithFile(path))
            m_comparison->showComparison();
    });
    connect(m_close, &QAction::triggered, m_files, &PlanFileController::closeDocument);
    connect(m_quit, &QAction::triggered, m_window, &QMainWindow::close);
    for (const PlanTemplate &entry : bundledPlans()) {
        QAction *action = m_templates->addAction(entry.displayName);
        const QString key = entry.key;
        connect(action, &QAction::triggered, this, [this, key] { m_files->newFromTemplate(key); });
    }
    connect(m_recent, &QMenu::aboutToShow, this, &FileActions::updateRecentMenu);
}

QString FileActions::askOpen(const QString &title) const
{
    return m_prompts->openFileName(title);
}

void FileActions::fillMenu(QMenu *file)
{
    file->addAction(m_new);
    file->addMenu(m_templates);
    file->addSeparator();
    file->addAction(m_open);
    file->addAction(m_openReadOnly);
    file->addAction(m_openForReview);
    file->addMenu(m_recent);
    file->addSeparator();
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addSeparator();
    file->addAction(m_compare);
    auto *snapshots = new SnapshotMenu(m_prompts, m_files, m_comparison, m_window);
    file->addAction(snapshots->saveAction());
    file->addMenu(snapshots->compareMenu());
    file->addMenu(snapshots->deleteMenu());
    file->addSeparator();
    file->addAction(m_reports->previewAction());
    file->addAction(m_reports->printAction());
    file->addAction(m_reports->exportPdfAction());
    file->addSeparator();
    file->addAction(m_close);
    file->addAction(m_quit);
}

void FileActions::updateFor(const Document *document)
{
    // A review may save its comments; when it cannot, Save says why.
    m_save->setEnabled(!document->isReadOnly() || document->isReviewing());
}

void FileActions::updateRecentMenu()
{
    m_recent->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &path : files) {
        QAction *action = m_recent->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { m_files->openFile(path); });
    }
    if (files.isEmpty())
        m_recent->addAction(tr("No recent plans"))->setEnabled(false);
}

} // namespace cplan
