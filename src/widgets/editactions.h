#pragma once

#include <QObject>

#include <functional>

class QAction;
class QLineEdit;
class QUndoGroup;
class QWidget;

namespace cplan {

// Edit > Cut, Copy, Paste, Select All and Find on the standard shortcuts, acting on whatever has
// the keyboard focus: a text field, a spin box or date field, a rich-text editor, or a table (its
// selected cells as tab-separated text; a paste into editable cells is one undo step on the active
// document's stack).
class EditActions : public QObject
{
    Q_OBJECT
public:
    // `window` receives the shortcuts; `undo` names the stack pastes into tables go on.
    EditActions(QWidget *window, QUndoGroup *undo);

    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *findAction() const { return m_find; }

    // Find goes to the current page's own search box where it has one, else to `planSearch`.
    void setFindTargets(std::function<QWidget *()> currentPage, QLineEdit *planSearch);
    // Enables the actions for the widget with focus (also called when the Edit menu opens).
    void updateActions();

signals:
    void statusMessage(const QString &message);

private:
    enum class Command { Cut, Copy, Paste, SelectAll };
    void run(Command command);
    void find();

    QWidget *m_window;
    QUndoGroup *m_undo;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_selectAll;
    QAction *m_find;
    std::function<QWidget *()> m_currentPage;
    QLineEdit *m_planSearch = nullptr;
};

// The page's own search or filter box nearest to the keyboard focus; null when it has none.
QLineEdit *pageSearchField(QWidget *page);

} // namespace cplan
