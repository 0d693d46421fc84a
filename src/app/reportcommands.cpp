#include "reportcommands.h"

#include "commands.h"
#include "planfile.h"
#include "reportrenderer.h"
#include "terminalprogress.h"

#include <QCoreApplication>
#include <QTextStream>

namespace cplan::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Commands", text);
}

} // namespace

int exportPdf(const QString &planPath, const QString &outPath, const QString &sections, const QString &pageSize, bool landscape)
{
    ReportOptions options;
    if (!sections.isEmpty()) {
        QString error;
        const auto chosen = parseReportSections(sections, &error);
        if (!chosen) {
            QTextStream(stderr) << error << Qt::endl;
            return ExitUsage;
        }
        options.sections = *chosen;
    }
    const QString size = pageSize.trimmed().toLower();
    if (size == QLatin1String("letter")) {
        options.pageSize = QPageSize::Letter;
    } else if (!size.isEmpty() && size != QLatin1String("a4")) {
        QTextStream(stderr) << tr("The page size \"%1\" is not known; use A4 or Letter.").arg(pageSize) << Qt::endl;
        return ExitUsage;
    }
    options.orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;

    storage::OpenResult opened = storage::openPlanFile(planPath);
    if (!opened.plan) {
        QTextStream(stderr) << opened.message << Qt::endl;
        return ExitFailed;
    }
    QString error;
    TerminalProgress progress(tr("Writing the report"));
    const auto report = [&progress](int done, int total) { return progress.update(done, total); };
    if (!writeReportPdf(*opened.plan, options, outPath, &error, report)) {
        QTextStream(stderr) << error << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace cplan::app
