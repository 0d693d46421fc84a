#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace cplan {

class PlanComparison;
class PlanFileController;
class UserPrompts;

// File > Save a Snapshot… (a named, dated copy of the plan kept in its file, as an undo step)
// and File > Compare with Snapshot (one entry per snapshot, newest first, each opening the
// Compare view).
class SnapshotMenu : public QObject
{
    Q_OBJECT
public:
    SnapshotMenu(UserPrompts *prompts, PlanFileController *files, PlanComparison *comparison, QWidget *parent);

    QAction *saveAction() const { return m_saveAction; }
    QMenu *compareMenu() const { return m_compareMenu; }

    // What the Save action does, for the menu and for tests: asks a name, pushes the command.
    void saveSnapshot();

private:
    void fillCompareMenu();
    void updateActions();

    UserPrompts *m_prompts;
    PlanFileController *m_files;
    PlanComparison *m_comparison;
    QAction *m_saveAction;
    QMenu *m_compareMenu;
};

} // namespace cplan
