// Every control a person can reach on the nine pages (and the window around them) has an
// accessible name, so that a screen reader says what it is: labels with buddies, names on
// tables, lists, icon buttons, charts, the side bar and the search boxes. The test walks each
// page's widget tree on the bundled sample plan and names every control that has none.
#include "document.h"
#include "mainwindow.h"
#include "planfilecontroller.h"
#include "testprompts.h"
#include "views.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace cplan;

namespace {

// A control: something a person types in, picks, presses or moves through with the keyboard.
bool isControl(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QMenu *>(widget) || qobject_cast<const QLabel *>(widget))
        return false; // named by Qt: scroll bars by orientation, menus by title, labels by their text
    if (widget->focusProxy())
        return false; // the proxy is the control (a tab widget's tab bar)
    if (qobject_cast<const QTabWidget *>(widget) || qobject_cast<const QScrollArea *>(widget))
        return false; // containers: their tabs and the controls inside are named
    if (qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QAbstractSlider *>(widget))
        return true;
    return widget->focusPolicy() != Qt::NoFocus;
}

// Parts that Qt builds inside another control and names through it: the line edit of a spin
// box or an editable combo, a tab bar's scroll arrows, a table's headers and corner button, the
// viewport of a scroll area. (The icons inside text fields are buttons of their own: checked.)
bool isPartOfAnotherControl(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
        || qobject_cast<const QTabBar *>(parent))
        return true; // a spin box's editor, a tab bar's arrows
    if (qobject_cast<const QHeaderView *>(widget) && qobject_cast<const QAbstractItemView *>(parent))
        return true; // a table's headers are its column and row titles
    if (qstrcmp(widget->metaObject()->className(), "QTableCornerButton") == 0)
        return true;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent); area && area->viewport() == widget)
        return true;
    // The pop-up list of a combo box lives in a private container of the combo.
    for (const QWidget *up = parent; up; up = up->parentWidget()) {
        if (qstrcmp(up->metaObject()->className(), "QComboBoxPrivateContainer") == 0)
            return true;
    }
    return false;
}

QString describe(const QWidget *widget, const QString &where)
{
    QString path;
    for (const QWidget *up = widget->parentWidget(); up && !up->objectName().isEmpty(); up = up->parentWidget()) {
        path.prepend(up->objectName() + QLatin1Char('/'));
        if (up->isWindow())
            break;
    }
    return QStringLiteral("%1: %2 (%3%4)%5 has no accessible name")
        .arg(where, QLatin1String(widget->metaObject()->className()), path,
             widget->objectName().isEmpty() ? QStringLiteral("<no objectName>") : widget->objectName(),
             widget->isVisibleTo(widget->window()) ? QString() : QStringLiteral(" [hidden]"));
}

// The controls under `root` without an accessible name, and how many were looked at.
QStringList unnamedControls(QWidget *root, const QString &where, int *checked, const QWidget *skip = nullptr)
{
    QStringList problems;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if ((skip && (widget == skip || skip->isAncestorOf(widget))) || !isControl(widget) || isPartOfAnotherControl(widget))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        ++*checked;
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(describe(widget, where));
    }
    return problems;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    testing::Answers m_answers;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void everyControlOnEveryPageHasAName()
    {
        MainWindow window(std::make_unique<testing::TestPrompts>(&m_answers), m_dir.filePath(QStringLiteral("recovery")));
        window.files()->startWithoutFile(); // the bundled sample: every page has content
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.centralWidget()->findChild<QStackedWidget *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(pages);
        QCOMPARE(pages->count(), int(allViews().size()));

        QStringList problems;
        int checked = 0;
        // The window around the pages: side bar, tool bar, banner.
        problems += unnamedControls(&window, QStringLiteral("window"), &checked, pages);
        const int windowControls = checked;
        QVERIFY2(windowControls >= 5, "the side bar and the tool bar's buttons are controls");
        for (const ViewInfo &info : allViews()) {
            window.showView(info.view);
            QApplication::processEvents();
            QWidget *page = pages->currentWidget();
            const int before = checked;
            problems += unnamedControls(page, info.key, &checked);
            // Each page has controls; a walk that finds none has lost its way.
            QVERIFY2(checked - before >= 2, qPrintable(info.key + QStringLiteral(": no controls found")));
            qInfo("%s: %d controls", qPrintable(info.key), checked - before);
        }
        qInfo("%d controls checked, %d in the window around the pages", checked, windowControls);
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 controls without a name (listed above)").arg(problems.size())));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
