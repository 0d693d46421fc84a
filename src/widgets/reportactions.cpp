#include "reportactions.h"

#include "document.h"
#include "reportdialog.h"
#include "reportrenderer.h"
#include "userprompts.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

namespace cplan {

namespace {

ReportOptions rememberedOptions()
{
    QSettings settings;
    ReportOptions options;
    const QString sections = settings.value(QStringLiteral("report/sections")).toString();
    if (auto chosen = parseReportSections(sections, nullptr))
        options.sections = *chosen;
    options.pageSize = settings.value(QStringLiteral("report/pageSize")).toString() == QLatin1String("letter") ? QPageSize::Letter
                                                                                                              : QPageSize::A4;
    options.orientation = settings.value(QStringLiteral("report/landscape")).toBool() ? QPageLayout::Landscape : QPageLayout::Portrait;
    return options;
}

void remember(const ReportOptions &options)
{
    QStringList keys;
    for (const ReportSectionInfo &info : allReportSections()) {
        if (options.has(info.section))
            keys.append(info.key);
    }
    QSettings settings;
    settings.setValue(QStringLiteral("report/sections"), keys.join(QLatin1Char(',')));
    settings.setValue(QStringLiteral("report/pageSize"), options.pageSize == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
    settings.setValue(QStringLiteral("report/landscape"), options.orientation == QPageLayout::Landscape);
}

// "Brightleaf plan.pdf" beside the plan, or in Documents for a plan never saved.
QString suggestedPdfPath(const Document &document)
{
    const QString path = document.filePath();
    if (!path.isEmpty()) {
        const QFileInfo file(path);
        return file.dir().filePath(file.completeBaseName() + QStringLiteral(".pdf"));
    }
    QString name = document.plan().settings.name.trimmed();
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\n\\t]")), QStringLiteral(" "));
    if (name.isEmpty())
        name = QObject::tr("Campaign plan");
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + QStringLiteral(".pdf"));
}

// Paper as chosen; the report draws its own margins, so the printer's are not added to them.
void preparePrinter(QPrinter &printer, const ReportOptions &options, const QString &planName)
{
    printer.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation, QMarginsF()));
    printer.setFullPage(true);
    printer.setDocName(planName);
}

} // namespace

ReportActions::ReportActions(QWidget *window, UserPrompts *prompts, std::function<Document *()> document)
    : QObject(window), m_window(window), m_prompts(prompts), m_document(std::move(document))
{
    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the plan as a report"));
    m_preview = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print Pre&view…"), this);
    m_preview->setStatusTip(tr("See the printed report page by page"));
    m_exportPdf = new QAction(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("E&xport PDF…"), this);
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportPdf->setStatusTip(tr("Write the plan as a PDF report for managers and clients"));
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_preview, &QAction::triggered, this, &ReportActions::printPreview);
    connect(m_exportPdf, &QAction::triggered, this, &ReportActions::exportPdf);
}

void ReportActions::setEnabled(bool enabled)
{
    for (QAction *action : {m_print, m_preview, m_exportPdf})
        action->setEnabled(enabled);
}

bool ReportActions::askOptions(const QString &action, ReportOptions *options)
{
    ReportDialog dialog(rememberedOptions(), action, m_window);
    if (!m_prompts->runReportDialog(&dialog))
        return false;
    *options = dialog.options();
    remember(*options);
    return true;
}

void ReportActions::exportPdf()
{
    Document *document = m_document();
    ReportOptions options;
    if (!document || !askOptions(tr("Export PDF"), &options))
        return;
    const QString path = m_prompts->savePdfFileName(suggestedPdfPath(*document));
    if (path.isEmpty())
        return;
    const Plan plan = document->plan(); // the progress dialog lets events through
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QString error;
    const bool written = writeReportPdf(plan, options, path, &error, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled();
    progress.reset();
    if (written)
        emit finished(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    else if (!cancelled)
        m_prompts->showError(tr("Export PDF"), error);
}

bool ReportActions::paint(const Plan &plan, const ReportOptions &options, QPagedPaintDevice *device)
{
    QProgressDialog progress(tr("Laying out the report…"), tr("Cancel"), 0, 100, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ReportResult result = renderReport(plan, options, device, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    return !result.cancelled;
}

void ReportActions::print()
{
    Document *document = m_document();
    ReportOptions options;
    if (!document || !askOptions(tr("Print"), &options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, options, document->plan().settings.name);
    QPrintDialog dialog(&printer, m_window);
    if (!m_prompts->runReportDialog(&dialog))
        return;
    const Plan plan = document->plan();
    if (paint(plan, options, &printer))
        emit finished(tr("Report sent to %1").arg(printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName()));
}

void ReportActions::printPreview()
{
    Document *document = m_document();
    ReportOptions options;
    if (!document || !askOptions(tr("Print Preview"), &options))
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, options, document->plan().settings.name);
    const Plan plan = document->plan();
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview — %1").arg(plan.settings.name));
    preview.resize(900, 1000);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter *target) { paint(plan, options, target); });
    m_prompts->runReportDialog(&preview);
}

} // namespace cplan
