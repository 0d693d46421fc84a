#include "guicommands.h"

#include "commands.h"
#include "document.h"
#include "mainwindow.h"
#include "planfile.h"
#include "plantemplates.h"
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

std::unique_ptr<Document> openDocument(const QString &file)
{
    if (file.isEmpty()) {
        QString error;
        std::optional<Plan> sample = loadBundledPlan(QStringLiteral("sample"), &error);
        if (!sample) {
            QTextStream(stderr) << tr("The bundled sample plan cannot be read: %1").arg(error) << Qt::endl;
            return nullptr;
        }
        return std::make_unique<Document>(std::move(*sample));
    }
    storage::OpenResult result = storage::openPlanFile(file);
    if (!result.plan) {
        QTextStream(stderr) << result.message << Qt::endl;
        return nullptr;
    }
    auto document = std::make_unique<Document>(std::move(*result.plan));
    document->setFilePath(QDir(file).absolutePath());
    return document;
}

bool hasDisplay()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QLatin1String("offscreen") && platform != QLatin1String("minimal");
}

} // namespace

int takeScreenshot(const QString &outPath, const QString &viewKey, const QString &file)
{
    const ViewInfo *view = findView(viewKey);
    if (!view) {
        QStringList keys;
        for (const ViewInfo &info : allViews())
            keys.append(info.key);
        QTextStream(stderr) << tr("Unknown view '%1'; use one of: %2.").arg(viewKey, keys.join(QStringLiteral(", ")))
                            << Qt::endl;
        return ExitUsage;
    }
    std::unique_ptr<Document> document = openDocument(file);
    if (!document)
        return ExitFailed;
    MainWindow window(document.get());
    window.resize(1400, 900);
    window.showView(view->view);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    QApplication::processEvents();
    const QPixmap picture = window.grab();
    if (!picture.save(outPath, "PNG")) {
        QTextStream(stderr) << tr("Cannot write the screenshot %1.").arg(QDir::toNativeSeparators(outPath)) << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

int runGui(const QString &file, bool readOnly)
{
    if (!hasDisplay()) {
        QTextStream(stderr) << tr("No display found, so the window cannot open. Use --screenshot or "
                                  "--export-pdf to see the plan without a display.")
                            << Qt::endl;
        return ExitFailed;
    }
    std::unique_ptr<Document> document = openDocument(file);
    if (!document)
        return ExitFailed;
    if (readOnly)
        document->setReadOnly(true, tr("This plan is open read-only: changes cannot be saved to it."));
    MainWindow window(document.get());
    window.resize(1400, 900);
    window.show();
    return QApplication::exec();
}

} // namespace cplan::app
