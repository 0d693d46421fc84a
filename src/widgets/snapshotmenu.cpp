#include "snapshotmenu.h"

#include "document.h"
#include "plancomparison.h"
#include "planfilecontroller.h"
#include "plansnapshot.h"
#include "snapshotcommands.h"
#include "userprompts.h"

#include <QAction>
#include <QDate>
#include <QLocale>
#include <QMenu>
#include <QWidget>

namespace cplan {

SnapshotMenu::SnapshotMenu(UserPrompts *prompts, PlanFileController *files, PlanComparison *comparison, QWidget *parent)
    : QObject(parent), m_prompts(prompts), m_files(files), m_comparison(comparison),
      m_saveAction(new QAction(tr("Save a S&napshot…"), parent)), m_compareMenu(new QMenu(tr("Compare with Sn&apshot"), parent)),
      m_deleteMenu(new QMenu(tr("Delete Snapshot"), parent))
{
    m_deleteMenu->setObjectName(QStringLiteral("deleteSnapshotMenu"));
    connect(m_deleteMenu, &QMenu::aboutToShow, this, &SnapshotMenu::fillDeleteMenu);
    m_saveAction->setObjectName(QStringLiteral("saveSnapshotAction"));
    m_saveAction->setStatusTip(tr("Keep this version of the plan in its file, named and dated, to compare with later"));
    m_compareMenu->setObjectName(QStringLiteral("compareSnapshotMenu"));
    connect(m_saveAction, &QAction::triggered, this, &SnapshotMenu::saveSnapshot);
    connect(m_compareMenu, &QMenu::aboutToShow, this, &SnapshotMenu::fillCompareMenu);
    connect(m_files, &PlanFileController::documentChanged, this, [this](Document *document) {
        connect(document, &Document::readOnlyChanged, this, &SnapshotMenu::updateActions);
        updateActions();
    });
    if (Document *document = m_files->document())
        connect(document, &Document::readOnlyChanged, this, &SnapshotMenu::updateActions);
    updateActions();
    fillCompareMenu();
    fillDeleteMenu();
}

void SnapshotMenu::updateActions()
{
    Document *document = m_files->document();
    // A reviewer may keep the version they reviewed, to see next time what changed since.
    m_saveAction->setEnabled(document && document->canComment());
    m_deleteMenu->setEnabled(document && document->canComment());
}

void SnapshotMenu::saveSnapshot()
{
    Document *document = m_files->document();
    if (!document || !document->canComment())
        return;
    const QString suggested = tr("Version of %1").arg(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat));
    const QString name = m_prompts->askSnapshotName(suggested);
    if (name.isEmpty())
        return;
    document->undoStack()->push(
        new SaveSnapshotCommand(document, makeSnapshot(document->plan(), name, QDateTime::currentDateTimeUtc())));
}

void SnapshotMenu::fillCompareMenu()
{
    m_compareMenu->clear();
    Document *document = m_files->document();
    const std::vector<PlanSnapshot> none;
    const auto &snapshots = document ? document->snapshots() : none;
    for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it) {
        QAction *action = m_compareMenu->addAction(snapshotLabel(*it));
        const RecordId id = it->id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (m_comparison->compareWithSnapshot(id))
                m_comparison->showComparison();
        });
    }
    if (snapshots.empty())
        m_compareMenu->addAction(tr("No snapshots yet"))->setEnabled(false);
}

void SnapshotMenu::fillDeleteMenu()
{
    m_deleteMenu->clear();
    Document *document = m_files->document();
    const std::vector<PlanSnapshot> none;
    const auto &snapshots = document ? document->snapshots() : none;
    for (auto it = snapshots.rbegin(); it != snapshots.rend(); ++it) {
        QAction *action = m_deleteMenu->addAction(snapshotLabel(*it));
        const RecordId id = it->id;
        connect(action, &QAction::triggered, this, [this, id] {
            Document *current = m_files->document();
            if (current && current->canComment())
                current->undoStack()->push(new DeleteSnapshotCommand(current, id));
        });
    }
    if (snapshots.empty())
        m_deleteMenu->addAction(tr("No snapshots yet"))->setEnabled(false);
}

} // namespace cplan
