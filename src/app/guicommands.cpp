#include "guicommands.h"

#include "commands.h"
#include "document.h"
#include "mainwindow.h"
#include "comparedialog.h"
#include "plancomparison.h"
#include "planfilecontroller.h"
#include "userprompts.h"
#include "views.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTextStream>

#include <memory>

namespace cplan::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Commands", text);
}

// Without anybody to answer: errors go to stderr, nothing is restored or saved.
class HeadlessPrompts : public UserPrompts
{
public:
    SaveChoice askSaveChanges(const QString &) override { return SaveChoice::Discard; }
    bool askRestoreRecovery(const QString &, const QDateTime &) override { return false; }
    void showError(const QString &, const QString &message) override
    {
        QTextStream(stderr) << message << Qt::endl;
        m_failed = true;
    }
    QString openFileName(const QString &) override { return {}; }
    QString saveFileName(const QString &, const QString &) override { return {}; }
    bool failed() const { return m_failed; }

private:
    bool m_failed = false;
};

bool hasDisplay()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

namespace {

bool openAs(MainWindow &window, const QString &file, OpenAs how)
{
    if (how == OpenAs::Review)
        return window.files()->openForReview(file);
    return window.files()->openFile(file, how == OpenAs::ReadOnly);
}

} // namespace

int takeScreenshot(const QString &outPath, const QString &viewKey, const QString &file, OpenAs how,
                   const QString &compareWith, QSize size)
{
    const bool compareView = viewKey == QLatin1String("compare");
    const ViewInfo *view = compareView ? &allViews().front() : findView(viewKey);
    if (!view) {
        QStringList keys;
        for (const ViewInfo &info : allViews())
            keys.append(info.key);
        keys.append(QStringLiteral("compare"));
        QTextStream(stderr) << tr("Unknown view '%1'; use one of: %2.").arg(viewKey, keys.join(QStringLiteral(", ")))
                            << Qt::endl;
        return ExitUsage;
    }
    auto prompts = std::make_unique<HeadlessPrompts>();
    HeadlessPrompts *answers = prompts.get();
    // A private recovery folder: a screenshot never offers or leaves recovery copies.
    MainWindow window(std::move(prompts), QDir::tempPath() + QStringLiteral("/campaign-planner-screenshot-recovery"));
    if (file.isEmpty())
        window.files()->startWithoutFile();
    else if (!openAs(window, file, how) || answers->failed())
        return ExitFailed;
    if (!compareWith.isEmpty() && !window.comparison()->compareWithFile(compareWith))
        return ExitFailed;
    if (compareView && !window.comparison()->isActive()) {
        QTextStream(stderr) << tr("The view 'compare' needs --compare-with OLD (the plan to compare FILE with), "
                                  "or a FILE with a snapshot.")
                            << Qt::endl;
        return ExitUsage;
    }
    window.resize(size);
    window.showView(view->view);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    QWidget *shown = &window;
    if (compareView) {
        window.comparison()->showComparison();
        shown = window.comparison()->dialog();
        shown->setAttribute(Qt::WA_DontShowOnScreen);
        shown->resize(1100, 760);
    }
    QApplication::processEvents();
    const QPixmap picture = shown->grab();
    if (!picture.save(outPath, "PNG")) {
        QTextStream(stderr) << tr("Cannot write the screenshot %1.").arg(QDir::toNativeSeparators(outPath)) << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

int runGui(const QString &file, OpenAs how)
{
    if (!hasDisplay()) {
        QTextStream(stderr) << tr("No display found, so the window cannot open. Use --screenshot or "
                                  "--export-pdf to see the plan without a display.")
                            << Qt::endl;
        return ExitFailed;
    }
    MainWindow window;
    window.restoreWindowState();
    if (window.geometry().width() < 400)
        window.resize(1400, 900);
    window.show();
    // As the user guide says: work a crash left unsaved is offered at the start, with a file or without.
    if (file.isEmpty())
        window.files()->startWithoutFile();
    else if (how == OpenAs::Review)
        window.files()->openForReview(file);
    else
        window.files()->startWithFile(file, how == OpenAs::ReadOnly);
    return QApplication::exec();
}

} // namespace cplan::app
