// Every page of the main window fits a small laptop screen (1024×700): the window can be that
// small, no control is cut by its parent or squeezed below the size its text needs, no two
// controls overlap, and no toolbar hides actions behind its overflow button. Content inside a
// scroll area may scroll, so only what is outside one is measured.
#include "mainwindow.h"
#include "planfilecontroller.h"
#include "testprompts.h"
#include "views.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QSplitterHandle>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace cplan;

namespace {

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text().left(40);
    else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 '%2' %3").arg(QLatin1String(widget->metaObject()->className()), widget->objectName(), text);
}

// The scroll area that holds a whole page: the page itself is measured against its own
// size, and the area may scroll up and down but never sideways.
bool isPageArea(const QWidget *widget)
{
    return widget && widget->objectName() == QLatin1String("pageArea");
}

bool isPageViewport(const QWidget *widget)
{
    return widget && isPageArea(widget->parentWidget());
}

// Inside a scroll area's viewport a control may lie outside the visible part: it scrolls.
bool scrolls(const QWidget *widget, const QWidget *top)
{
    for (const QWidget *w = widget->parentWidget(); w && w != top; w = w->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w->parentWidget());
            area && area->viewport() == w && !isPageArea(area))
            return true;
    }
    return false;
}

// A control of one of Qt's composite widgets (a spin box's line edit, a combo's list) is
// measured as part of its owner.
bool partOfComposite(const QWidget *widget)
{
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) || qobject_cast<const QLineEdit *>(w) ||
            (qobject_cast<const QAbstractScrollArea *>(w) && !isPageArea(w)))
            return true;
    }
    return widget->objectName().startsWith(QLatin1String("qt_"));
}

bool visibleOnScreen(const QWidget *widget, const QWidget *top)
{
    return widget->isVisibleTo(top) && widget->width() > 0 && widget->height() > 0;
}

// What keeps the window from being small enough: the deepest controls whose minimum size,
// with their layout's, is over what the window has room for.
void widestControls(const QWidget *widget, QSize room, QStringList &found)
{
    bool childTooBig = false;
    for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isWindow() || child->isHidden())
            continue;
        const QSize needs = child->minimumSizeHint().expandedTo(child->minimumSize());
        if (needs.width() > room.width() || needs.height() > room.height()) {
            childTooBig = true;
            widestControls(child, room, found);
        }
    }
    if (qEnvironmentVariableIsSet("CPLAN_DUMP_SIZES")) {
        for (const QWidget *child : widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isWindow() && !child->isHidden())
                qInfo("%s  -> %s min %dx%d", qPrintable(describe(widget)), qPrintable(describe(child)),
                      child->minimumSizeHint().width(), child->minimumSizeHint().height());
        }
    }
    if (!childTooBig) {
        const QSize needs = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        found << QStringLiteral("%1 needs %2×%3").arg(describe(widget)).arg(needs.width()).arg(needs.height());
    }
}

QStringList problemsOf(QWidget *top, bool mayScrollDown)
{
    QStringList problems;
    const QList<QWidget *> widgets = top->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!visibleOnScreen(widget, top) || widget->isWindow() || scrolls(widget, top) || partOfComposite(widget))
            continue;
        // A panel that scrolls (a detail form) may scroll down, never sideways: its fields
        // would be cut at the right edge. Tables and text may scroll both ways.
        if (auto *panel = qobject_cast<QScrollArea *>(widget); panel && !isPageArea(panel) &&
                                                                panel->horizontalScrollBar()->isVisible())
            problems << QStringLiteral("the panel '%1' is %2 px too narrow and scrolls sideways")
                            .arg(panel->objectName())
                            .arg(panel->horizontalScrollBar()->maximum());
        if (auto *area = qobject_cast<QAbstractScrollArea *>(widget); area && isPageArea(area)) {
            if (area->horizontalScrollBar()->isVisible())
                problems << QStringLiteral("the page is %1 px too wide and scrolls sideways")
                                .arg(area->horizontalScrollBar()->maximum());
            if (!mayScrollDown && area->verticalScrollBar()->isVisible())
                problems << QStringLiteral("the page is %1 px too tall and scrolls").arg(area->verticalScrollBar()->maximum());
            continue;
        }
        // Cut by an ancestor: the widget's rectangle leaves the part its parents show.
        QRect shown = QRect(widget->mapTo(top, QPoint(0, 0)), widget->size());
        const QRect whole = shown;
        bool inPage = false;
        for (QWidget *w = widget->parentWidget(); w && w != top; w = w->parentWidget()) {
            if (isPageViewport(w)) {
                inPage = true; // the page may scroll up and down inside its area
                break;
            }
            shown &= QRect(w->mapTo(top, QPoint(0, 0)), w->size());
        }
        if (!inPage)
            shown &= top->rect();
        if (shown != whole)
            problems << QStringLiteral("cut off: %1 (%2 of %3 shown)").arg(describe(widget)).arg(shown.width()).arg(whole.width());
        // Squeezed below what its text needs (word-wrapping labels need only their height).
        const auto *label = qobject_cast<const QLabel *>(widget);
        const bool measured = (label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull()) ||
                              qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget);
        if (measured && widget->width() + 1 < widget->minimumSizeHint().width())
            problems << QStringLiteral("squeezed: %1 (%2 px for %3)").arg(describe(widget)).arg(widget->width()).arg(widget->minimumSizeHint().width());
        // Overlapping a visible sibling.
        if (qobject_cast<QSplitterHandle *>(widget))
            continue;
        const QObjectList &siblings = widget->parentWidget()->children();
        for (qsizetype i = siblings.indexOf(widget) + 1; i < siblings.size(); ++i) {
            auto *sibling = qobject_cast<QWidget *>(siblings[i]);
            if (!sibling || !visibleOnScreen(sibling, top) || sibling->isWindow() ||
                qobject_cast<QSplitterHandle *>(sibling) || partOfComposite(sibling))
                continue;
            if (widget->geometry().intersects(sibling->geometry()))
                problems << QStringLiteral("overlap: %1 and %2").arg(describe(widget), describe(sibling));
        }
    }
    for (QToolBar *bar : top->findChildren<QToolBar *>()) {
        if (!bar->isVisibleTo(top))
            continue;
        for (QAction *action : bar->actions()) {
            QWidget *button = bar->widgetForAction(action);
            if (action->isVisible() && button && !button->isVisibleTo(bar))
                problems << QStringLiteral("toolbar '%1' hides '%2'").arg(bar->objectName(), action->text());
        }
    }
    return problems;
}

} // namespace

class TestPageFit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    testing::Answers m_answers;

    void checkEveryView(QSize size)
    {
        MainWindow window(std::make_unique<testing::TestPrompts>(&m_answers), m_dir.filePath(QStringLiteral("recovery")));
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(size);
        window.show();
        window.files()->startWithoutFile();
        QStringList problems;
        for (const ViewInfo &view : allViews()) {
            window.showView(view.view);
            window.resize(size);
            QApplication::processEvents();
            if (window.size() != size)
                problems << QStringLiteral("%1: the window cannot be %2×%3, only %4×%5")
                                .arg(view.key)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(window.width())
                                .arg(window.height());
            if (window.size() != size) {
                QStringList wide;
                widestControls(&window, size - QSize(220, 160), wide);
                problems << wide;
            }
            for (const QString &problem : problemsOf(&window, size.height() < 800))
                problems << view.key + QStringLiteral(": ") + problem;
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void everyPageFitsASmallLaptop() { checkEveryView(QSize(1024, 700)); }
    void everyPageFitsADesktop() { checkEveryView(QSize(1600, 1000)); }
    void everyPageFitsAWideScreen() { checkEveryView(QSize(2560, 1440)); }

    // At 2560×1440 the room goes where it helps: business plan text stops at about 110
    // characters a line instead of running 2,000 px, and the channel form stops at about 95
    // characters so the channel table gets the width for its columns.
    void wideScreenKeepsTextReadable()
    {
        MainWindow window(std::make_unique<testing::TestPrompts>(&m_answers), m_dir.filePath(QStringLiteral("recovery")));
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.resize(2560, 1440);
        window.show();
        window.files()->startWithoutFile();
        window.showView(findView(QStringLiteral("business"))->view);
        QApplication::processEvents();
        QTextEdit *text = nullptr;
        for (QTextEdit *edit : window.findChildren<QTextEdit *>())
            text = edit->isVisible() && edit->width() > 1200 ? edit : text;
        QVERIFY2(text, "no wide business plan editor");
        QCOMPARE(text->lineWrapMode(), QTextEdit::FixedPixelWidth);
        QCOMPARE(text->lineWrapColumnOrWidth(), text->fontMetrics().averageCharWidth() * 110);

        window.showView(findView(QStringLiteral("channels"))->view);
        QApplication::processEvents();
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("channelsSplitter"));
        QVERIFY(splitter);
        QWidget *form = splitter->widget(1);
        QTableView *table = window.findChild<QTableView *>(QStringLiteral("channelsTable"));
        QVERIFY(form && table);
        QVERIFY2(form->width() <= form->fontMetrics().averageCharWidth() * 95, qPrintable(QString::number(form->width())));
        QVERIFY2(table->width() > 1500, qPrintable(QString::number(table->width())));
    }
};

QTEST_MAIN(TestPageFit)
#include "tst_pagefit.moc"
