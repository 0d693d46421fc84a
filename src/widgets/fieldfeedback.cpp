#include "fieldfeedback.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>

namespace cplan {

namespace fieldfeedback {

namespace {

const char *const problemProperty = "cplanProblem";
const char *const toolTipProperty = "cplanToolTipBeforeProblem";

QColor problemTint(const QPalette &palette)
{
    // A light red on light themes, a dark red on dark ones: the text stays readable.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0x5c, 0x1a, 0x14) : QColor(0xfd, 0xe2, 0xdf);
}

} // namespace

void showProblem(QWidget *field, const QString &message, QLabel *messageLabel)
{
    if (!field)
        return;
    if (!field->property(problemProperty).toBool()) {
        field->setProperty(toolTipProperty, field->toolTip());
        field->setProperty(problemProperty, true);
        QPalette palette = field->palette();
        palette.setColor(QPalette::Base, problemTint(palette));
        field->setPalette(palette);
    }
    field->setToolTip(message);
    field->setAccessibleDescription(message);
    if (messageLabel) {
        messageLabel->setText(message);
        messageLabel->setVisible(true);
    }
}

void clearProblem(QWidget *field, QLabel *messageLabel)
{
    if (!field)
        return;
    if (field->property(problemProperty).toBool()) {
        field->setProperty(problemProperty, false);
        field->setPalette(QPalette());
        field->setToolTip(field->property(toolTipProperty).toString());
        field->setAccessibleDescription(QString());
    }
    if (messageLabel)
        messageLabel->clear();
}

void clearProblem(QWidget *field, QLabel *messageLabel, const QList<QWidget *> &formFields)
{
    clearProblem(field, messageLabel);
    for (QWidget *other : formFields) {
        if (other != field && hasProblem(other)) {
            showProblem(other, other->toolTip(), messageLabel);
            return;
        }
    }
}

bool hasProblem(const QWidget *field)
{
    return field && field->property(problemProperty).toBool();
}

void showInStatusBar(QWidget *field, const QString &message)
{
    if (auto *window = field ? qobject_cast<QMainWindow *>(field->window()) : nullptr)
        window->statusBar()->showMessage(message, 10000);
}

QString elided(const QString &name, int maximumCharacters)
{
    const QString line = name.simplified();
    return line.size() <= maximumCharacters ? line : line.left(maximumCharacters - 1) + QChar(0x2026);
}

} // namespace fieldfeedback

namespace commit {

namespace {

// Runs a callback when a widget loses keyboard focus.
class FocusOutWatcher : public QObject
{
public:
    FocusOutWatcher(QObject *watched, std::function<void()> onFocusOut)
        : QObject(watched), m_onFocusOut(std::move(onFocusOut))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut)
            m_onFocusOut();
        return false;
    }

private:
    std::function<void()> m_onFocusOut;
};

// Typing "5/12/2027" into a date field: the separator a person types moves on to the next
// part of the date, unless the field already moved on by itself after a part that cannot
// take another digit (the "5" of May, the "12" of a day). Qt 6.4 alone lost the day and
// year of "5/12/2027".
class DateSeparatorKeys : public QObject
{
public:
    explicit DateSeparatorKeys(QDateTimeEdit *edit) : QObject(edit), m_edit(edit) { edit->installEventFilter(this); }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const QString text = static_cast<QKeyEvent *>(event)->text();
        if (text.size() != 1) {
            m_movedByDigit = false;
            return false;
        }
        const QChar key = text.front();
        if (key.isDigit()) {
            m_sectionBeforeDigit = m_edit->currentSectionIndex();
            m_movedByDigit = true;
            return false;
        }
        if (!QStringView(u"/.-, ").contains(key) && !m_edit->displayFormat().contains(key))
            return false;
        const bool movedAlready = m_movedByDigit && m_edit->currentSectionIndex() != m_sectionBeforeDigit;
        m_movedByDigit = false;
        const int next = m_edit->currentSectionIndex() + 1;
        if (!movedAlready && next < m_edit->sectionCount())
            m_edit->setSelectedSection(m_edit->sectionAt(next));
        return true;
    }

private:
    QDateTimeEdit *m_edit;
    int m_sectionBeforeDigit = 0;
    bool m_movedByDigit = false;
};

} // namespace

void whenDone(QDoubleSpinBox *spin, std::function<void(double)> apply)
{
    // Without keyboard tracking the box emits valueChanged only on Enter, focus out, an arrow
    // step or the wheel: once per finished value.
    spin->setKeyboardTracking(false);
    QObject::connect(spin, &QDoubleSpinBox::valueChanged, spin, std::move(apply));
}

void whenDone(QSpinBox *spin, std::function<void(int)> apply)
{
    spin->setKeyboardTracking(false);
    QObject::connect(spin, &QSpinBox::valueChanged, spin, std::move(apply));
}

void whenDone(QDateEdit *edit, std::function<void(const QDate &)> apply)
{
    edit->setKeyboardTracking(false);
    QObject::connect(edit, &QDateEdit::dateChanged, edit, std::move(apply));
}

void useFullYear(QDateTimeEdit *edit)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    edit->setDisplayFormat(format);
    if (!edit->property("cplanDateSeparatorKeys").toBool()) {
        edit->setProperty("cplanDateSeparatorKeys", true);
        new DateSeparatorKeys(edit);
    }
}

void whenDone(QLineEdit *edit, std::function<void(const QString &)> apply)
{
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, apply = std::move(apply)] {
        if (edit->isModified()) {
            edit->setModified(false);
            apply(edit->text());
        }
    });
}

void whenDone(QPlainTextEdit *edit, std::function<void(const QString &)> apply, int pauseMs)
{
    auto *pause = new QTimer(edit);
    pause->setSingleShot(true);
    pause->setInterval(pauseMs);
    auto flush = [edit, pause, apply = std::move(apply)] {
        pause->stop();
        if (edit->document()->isModified()) {
            edit->document()->setModified(false);
            apply(edit->toPlainText());
        }
    };
    QObject::connect(pause, &QTimer::timeout, edit, flush);
    // Only what the person types starts the pause; text set by loading the plan does not
    // mark the document as modified by the user (callers reset it after setPlainText).
    QObject::connect(edit, &QPlainTextEdit::textChanged, pause, [edit, pause] {
        if (edit->document()->isModified())
            pause->start();
    });
    new FocusOutWatcher(edit, flush);
}

} // namespace commit

} // namespace cplan
