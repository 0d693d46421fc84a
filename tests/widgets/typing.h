#pragma once

// Typing like a person for the widget tests: a delay per key, then Tab (or a
// paste), into a form's field or a table cell's editor.
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

namespace cplan::testing {

// The keyboard goes to the active window only.
inline bool activate(QWidget *window)
{
    window->show();
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

inline void selectAllOf(QWidget *field)
{
    field->setFocus(Qt::TabFocusReason);
    if (auto *date = qobject_cast<QDateTimeEdit *>(field))
        date->setSelectedSection(date->sectionAt(0)); // typing then fills section after section
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll(); // the figure only, not its unit
    else if (auto *line = qobject_cast<QLineEdit *>(field))
        line->selectAll();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        text->selectAll();
}

// Selects what the field holds, types `text` at 20 ms a key (a brisk typist)
// and presses Tab.
inline void typeThenTab(QWidget *field, const QString &text)
{
    selectAllOf(field);
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Backspace, Qt::NoModifier, 20); // emptied
    QTest::keyClicks(field, text, Qt::NoModifier, 20);
    QTest::keyClick(field, Qt::Key_Tab);
}

// Selects what the field holds, pastes `text` with Ctrl+V and presses Tab.
inline void pasteThenTab(QWidget *field, const QString &text)
{
    QApplication::clipboard()->setText(text);
    selectAllOf(field);
    QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Tab);
}

// The editor the view opened on a cell.
inline QWidget *cellEditor(QAbstractItemView *view)
{
    for (QWidget *child : view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && child->hasFocus())
            return child;
    }
    return QApplication::focusWidget() != view ? QApplication::focusWidget() : nullptr;
}

// Opens the cell's editor as a double-click would, and returns it.
inline QWidget *openCell(QAbstractItemView *view, const QModelIndex &cell)
{
    view->setFocus();
    view->setCurrentIndex(cell);
    view->edit(cell);
    return cellEditor(view);
}

inline void typeInCell(QAbstractItemView *view, const QModelIndex &cell, const QString &text)
{
    QWidget *editor = openCell(view, cell);
    QVERIFY2(editor, "the cell opened no editor");
    typeThenTab(editor, text);
}

} // namespace cplan::testing
