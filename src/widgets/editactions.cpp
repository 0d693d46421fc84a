#include "editactions.h"

#include "appicons.h"
#include "tableclipboard.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QUndoGroup>

namespace cplan {

namespace {

// The line edit behind a field: a spin box's or an editable combo box's own text.
QLineEdit *lineEditOf(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line;
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
        return spin->findChild<QLineEdit *>();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->isEditable() ? combo->lineEdit() : nullptr;
    return nullptr;
}

bool isSearchField(const QLineEdit *line)
{
    return line->objectName().contains(QLatin1String("search"), Qt::CaseInsensitive)
           || line->objectName().contains(QLatin1String("filter"), Qt::CaseInsensitive)
           || line->placeholderText().startsWith(QCoreApplication::translate("cplan::EditActions", "Search"));
}

} // namespace

QLineEdit *pageSearchField(QWidget *page)
{
    if (!page)
        return nullptr;
    QList<QLineEdit *> fields;
    for (QLineEdit *line : page->findChildren<QLineEdit *>()) {
        if (line->isVisibleTo(page) && line->isEnabled() && isSearchField(line))
            fields.append(line);
    }
    if (fields.isEmpty())
        return nullptr;
    // Market has a list of segments, profiles and competitors, each with its own search box: the
    // one of the list the person is in.
    for (QWidget *w = QApplication::focusWidget(); w && w != page; w = w->parentWidget()) {
        for (QLineEdit *line : fields) {
            if (w->isAncestorOf(line) || w == line)
                return line;
        }
    }
    return fields.first();
}

EditActions::EditActions(QWidget *window, QUndoGroup *undo) : QObject(window), m_window(window), m_undo(undo)
{
    auto make = [this](const QString &text, QKeySequence::StandardKey key, const QString &icon) {
        auto *action = new QAction(icon.isEmpty() ? QIcon() : appIcon(icon), text, m_window);
        action->setShortcut(key);
        m_window->addAction(action);
        return action;
    };
    m_cut = make(tr("Cu&t"), QKeySequence::Cut, QStringLiteral("cut"));
    m_copy = make(tr("&Copy"), QKeySequence::Copy, QStringLiteral("copy"));
    m_paste = make(tr("&Paste"), QKeySequence::Paste, QStringLiteral("paste"));
    m_selectAll = make(tr("Select &All"), QKeySequence::SelectAll, QString());
    m_find = make(tr("&Find…"), QKeySequence::Find, QStringLiteral("find"));
    m_cut->setStatusTip(tr("Move the selected text to the clipboard"));
    m_copy->setStatusTip(tr("Copy the selected text, or the selected cells of a table"));
    m_paste->setStatusTip(tr("Paste into the field, or into the table's cells from the current one"));
    m_find->setStatusTip(tr("Search this view, or find a record by name in the whole plan"));
    connect(m_cut, &QAction::triggered, this, [this] { run(Command::Cut); });
    connect(m_copy, &QAction::triggered, this, [this] { run(Command::Copy); });
    connect(m_paste, &QAction::triggered, this, [this] { run(Command::Paste); });
    connect(m_selectAll, &QAction::triggered, this, [this] { run(Command::SelectAll); });
    connect(m_find, &QAction::triggered, this, &EditActions::find);
    connect(qApp, &QApplication::focusChanged, this, &EditActions::updateActions);
    updateActions();
}

void EditActions::setFindTargets(std::function<QWidget *()> currentPage, QLineEdit *planSearch)
{
    m_currentPage = std::move(currentPage);
    m_planSearch = planSearch;
}

void EditActions::updateActions()
{
    QWidget *focus = QApplication::focusWidget();
    // Only what is in this window: a dialog's fields have their own shortcuts.
    if (focus && focus->window() != m_window)
        focus = nullptr;
    bool canRead = false;
    bool canWrite = false;
    if (QLineEdit *line = lineEditOf(focus)) {
        canRead = true;
        canWrite = !line->isReadOnly();
    } else if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        canRead = true;
        canWrite = !text->isReadOnly();
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        canRead = true;
        canWrite = !plain->isReadOnly();
    } else if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        canRead = view->model() != nullptr;
        canWrite = canRead; // cell by cell: the model says which take a value
    }
    m_cut->setEnabled(canWrite && !qobject_cast<QAbstractItemView *>(focus)); // a table's rows are removed, not cut
    m_copy->setEnabled(canRead);
    m_paste->setEnabled(canWrite);
    m_selectAll->setEnabled(canRead);
}

void EditActions::run(Command command)
{
    QWidget *focus = QApplication::focusWidget();
    if (QLineEdit *line = lineEditOf(focus)) {
        switch (command) {
        case Command::Cut: line->cut(); break;
        case Command::Copy: line->copy(); break;
        case Command::Paste: line->paste(); break;
        case Command::SelectAll: line->selectAll(); break;
        }
        return;
    }
    if (auto *text = qobject_cast<QTextEdit *>(focus)) {
        switch (command) {
        case Command::Cut: text->cut(); break;
        case Command::Copy: text->copy(); break;
        case Command::Paste: text->paste(); break;
        case Command::SelectAll: text->selectAll(); break;
        }
        return;
    }
    if (auto *plain = qobject_cast<QPlainTextEdit *>(focus)) {
        switch (command) {
        case Command::Cut: plain->cut(); break;
        case Command::Copy: plain->copy(); break;
        case Command::Paste: plain->paste(); break;
        case Command::SelectAll: plain->selectAll(); break;
        }
        return;
    }
    auto *view = qobject_cast<QAbstractItemView *>(focus);
    if (!view || !view->model())
        return;
    switch (command) {
    case Command::Cut: break;
    case Command::Copy: {
        const QString cells = tableclipboard::selectedCellsAsText(view);
        if (!cells.isEmpty())
            QApplication::clipboard()->setText(cells);
        break;
    }
    case Command::Paste: {
        const tableclipboard::PasteResult result =
            tableclipboard::pasteText(view, QApplication::clipboard()->text(), m_undo->activeStack());
        QString message = result.changed == 0   ? tr("Nothing was pasted.")
                          : result.changed == 1 ? tr("Pasted 1 cell.")
                                                : tr("Pasted %n cells.", nullptr, result.changed);
        if (!result.problems.isEmpty())
            message += QLatin1Char(' ') + result.problems.first();
        emit statusMessage(message);
        break;
    }
    case Command::SelectAll: view->selectAll(); break;
    }
}

void EditActions::find()
{
    QLineEdit *target = pageSearchField(m_currentPage ? m_currentPage() : nullptr);
    if (!target)
        target = m_planSearch;
    if (!target)
        return;
    target->setFocus(Qt::ShortcutFocusReason);
    target->selectAll();
}

} // namespace cplan
