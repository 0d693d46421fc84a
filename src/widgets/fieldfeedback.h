#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

class QAbstractSpinBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace cplan {

// How every form tells a person that what they typed cannot be taken: the field is tinted and
// carries the message as its tool tip and accessible description, and the form's message label
// (when it has one) says it in words. The person's text stays in the field so they can fix it.
namespace fieldfeedback {

void showProblem(QWidget *field, const QString &message, QLabel *messageLabel = nullptr);
void clearProblem(QWidget *field, QLabel *messageLabel = nullptr);
// Clears the field's mark; the label then tells the problem of another field of the form that
// is still marked, or nothing.
void clearProblem(QWidget *field, QLabel *messageLabel, const QList<QWidget *> &formFields);
bool hasProblem(const QWidget *field);
// Also says it in the main window's status bar (a table cell has no room for a label).
void showInStatusBar(QWidget *field, const QString &message);
// A name shortened to fit a heading or a cell: a pasted page never pushes a form off screen.
QString elided(const QString &name, int maximumCharacters = 80);

} // namespace fieldfeedback

// Editors that commit when the person is done — Enter, Tab or focus out, an arrow step or the
// wheel — never on a keystroke, so the text under the cursor is never re-formatted while typed.
// Each connects one editor to a callback that makes (at most) one undo command.
namespace commit {

void whenDone(QDoubleSpinBox *spin, std::function<void(double)> apply);
void whenDone(QSpinBox *spin, std::function<void(int)> apply);
void whenDone(QDateEdit *edit, std::function<void(const QDate &)> apply);
// A one-line text: committed on Enter or focus out, and only when it changed since loading.
void whenDone(QLineEdit *edit, std::function<void(const QString &)> apply);
// A multi-line text: committed after a pause in typing (default 800 ms) and on focus out.
void whenDone(QPlainTextEdit *edit, std::function<void(const QString &)> apply, int pauseMs = 800);

// A date typed in the display locale's short form, but with the whole year: the short form's
// two-digit year ("5/12/27") would read back as 1927.
void useFullYear(QDateTimeEdit *edit);

} // namespace commit

} // namespace cplan
