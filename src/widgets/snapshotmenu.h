#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace cplan {

class PlanComparison;
class PlanFileController;
class UserPrompts;

// File > Save a Snapshot… (a named, dated copy of the plan kept in its file, as an undo step),
// File > Compare with Snapshot (one entry per snapshot, newest first, each opening the Compare
// view) and File > Delete Snapshot (an undo step too).
class SnapshotMenu : public QObject
{
    Q_OBJECT
public:
    SnapshotMenu(UserPrompts *prompts, PlanFileController *files, PlanComparison *comparison, QWidget *parent);

    QAction *saveAction() const { return m_saveAction; }
    QMenu *compareMenu() const { return m_compareMenu; }
    QMenu *deleteMenu() const { return m_deleteMenu; }

    // What the Save action does, for the menu and for tests: asks a name, pushes the command.
    void saveSnapshot();

private:
    void fillCompareMenu();
    void fillDeleteMenu();
    void updateActions();

    UserPrompts *m_prompts;
    PlanFileController *m_files;
    PlanComparison *m_comparison;
    QAction *m_saveAction;
    QMenu *m_compareMenu;
    QMenu *m_deleteMenu;
};

} // namespace cplan
