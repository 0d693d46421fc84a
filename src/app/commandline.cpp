#include "commandline.h"

#include "actualscommand.h"
#include "calendarcommands.h"
#include "commands.h"
#include "csvpresets.h"
#include "diffcommand.h"
#include "guicommands.h"
#include "icscommand.h"
#include "reportcommands.h"
#include "writelock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

namespace cplan::app {

namespace {

// Options that never need a screen: the application picks the offscreen platform itself.
const char *const headlessOptions[] = {"--check", "--summary", "--export-json", "--import-json",
                                       "--export-pdf", "--export-ics", "--export-csv", "--import-ics", "--import-actuals", "--screenshot", "--diff",
                                       "--help", "-h", "--version", "-v"};

bool wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : headlessOptions) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// Commands that need no GUI classes at all run on a QCoreApplication: faster to start.
bool needsOnlyCore(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strcmp(argv[i], "--export-pdf") == 0)
            return false;
    }
    return wantsHeadless(argc, argv);
}

// Qt's own notes about the offscreen platform (no runtime folder, no window manager) mean
// nothing to someone running a command; everything else still gets through.
void quietMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg
        && (message.startsWith(QLatin1String("QStandardPaths: ")) || message.startsWith(QLatin1String("This plugin does not support"))))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << Qt::endl;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl
                        << QCoreApplication::translate("cplan::CommandLine", "Try campaign-planner --help.")
                        << Qt::endl;
    return ExitUsage;
}

// "1024x700" → 1024×700; nothing for a malformed size or one no screen has.
std::optional<QSize> parseWindowSize(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('x'));
    if (parts.size() != 2)
        return std::nullopt;
    bool wide = false;
    bool high = false;
    const int width = parts[0].toInt(&wide);
    const int height = parts[1].toInt(&high);
    if (!wide || !high || width < 640 || height < 480 || width > 3840 || height > 2160)
        return std::nullopt;
    return QSize(width, height);
}

struct Options
{
    QCommandLineOption check{QStringLiteral("check"),
                             QCoreApplication::translate("cplan::CommandLine", "Open and validate FILE; print OK with counts, or the error.")};
    QCommandLineOption summary{QStringLiteral("summary"),
                               QCoreApplication::translate("cplan::CommandLine", "Print a JSON summary of FILE with every derived figure.")};
    QCommandLineOption exportJson{QStringLiteral("export-json"),
                                  QCoreApplication::translate("cplan::CommandLine", "Write FILE as JSON to OUT (- for standard output)."),
                                  QStringLiteral("OUT")};
    QCommandLineOption importJson{QStringLiteral("import-json"),
                                  QCoreApplication::translate("cplan::CommandLine", "Read the JSON plan IN and save it as the plan file given after it."),
                                  QStringLiteral("IN")};
    QCommandLineOption exportIcs{QStringLiteral("export-ics"),
                                 QCoreApplication::translate("cplan::CommandLine", "Write FILE's content calendar as iCalendar to OUT (- for standard output)."),
                                 QStringLiteral("OUT")};
    QCommandLineOption exportCsv{QStringLiteral("export-csv"),
                                 QCoreApplication::translate("cplan::CommandLine", "Write FILE's content calendar as CSV to OUT, one row per date in the horizon (- for standard output)."),
                                 QStringLiteral("OUT")};
    QCommandLineOption importIcs{QStringLiteral("import-ics"),
                                 QCoreApplication::translate("cplan::CommandLine", "Read the iCalendar file ICS into FILE's content calendar: new events added, events FILE has (same UID) updated; prints what changed and each event left out."),
                                 QStringLiteral("ICS")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("cplan::CommandLine", "Render the main window (1400x900, or --size) on a view to a PNG."),
                                  QStringLiteral("OUT.png")};
    QCommandLineOption view{QStringLiteral("view"),
                            QCoreApplication::translate("cplan::CommandLine", "The view for --screenshot: overview, business, market, channels, rollout, calendar, forecast, kpis, review, compare."),
                            QStringLiteral("NAME"), QStringLiteral("overview")};
    QCommandLineOption compareWith{QStringLiteral("compare-with"),
                                   QCoreApplication::translate("cplan::CommandLine", "With --screenshot: compare FILE with the older plan OLD first (--view compare shows the Compare view; a plan with snapshots is compared with the newest without it)."),
                                   QStringLiteral("OLD")};
    QCommandLineOption size{QStringLiteral("size"),
                            QCoreApplication::translate("cplan::CommandLine", "The window's size for --screenshot, as WIDTHxHEIGHT (e.g. 1024x700)."),
                            QStringLiteral("WxH"), QStringLiteral("1400x900")};
    QCommandLineOption diff{QStringLiteral("diff"),
                            QCoreApplication::translate("cplan::CommandLine", "Compare two plans given as FILEs, OLD then NEW: what was added, removed and changed, and how budget, revenue, ROI and break-even moved. Exits 0 also when they differ.")};
    QCommandLineOption json{QStringLiteral("json"),
                            QCoreApplication::translate("cplan::CommandLine", "With --diff: print the comparison as JSON.")};
    QCommandLineOption exportPdf{QStringLiteral("export-pdf"),
                                 QCoreApplication::translate("cplan::CommandLine", "Write FILE's printable report as PDF to OUT."),
                                 QStringLiteral("OUT")};
    QCommandLineOption sections{QStringLiteral("sections"),
                                QCoreApplication::translate("cplan::CommandLine", "The report's sections for --export-pdf, comma-separated: cover, contents, summary, market, business, channels, forecast, charts, calendar, kpis, review (default: all)."),
                                QStringLiteral("LIST")};
    QCommandLineOption pageSize{QStringLiteral("page-size"),
                                QCoreApplication::translate("cplan::CommandLine", "Paper for --export-pdf: A4 (default) or Letter."),
                                QStringLiteral("SIZE"), QStringLiteral("A4")};
    QCommandLineOption landscape{QStringLiteral("landscape"),
                                 QCoreApplication::translate("cplan::CommandLine", "Print --export-pdf in landscape.")};
    QCommandLineOption importActuals{QStringLiteral("import-actuals"),
                                     QCoreApplication::translate("cplan::CommandLine", "Read the export CSV (GA4, Search Console, an ad or e-mail tool, any dated figures) and write its monthly figures as the actuals of FILE's KPIs; prints what was added, replaced and skipped."),
                                     QStringLiteral("CSV")};
    QCommandLineOption kpi{QStringLiteral("kpi"),
                           QCoreApplication::translate("cplan::CommandLine", "With --import-actuals: the KPI to fill (its name, any case); without it each column goes to the KPI its name fits."),
                           QStringLiteral("NAME")};
    QCommandLineOption column{QStringLiteral("column"),
                              QCoreApplication::translate("cplan::CommandLine", "With --import-actuals: the column holding the figures."),
                              QStringLiteral("NAME")};
    QCommandLineOption dateColumn{QStringLiteral("date-column"),
                                  QCoreApplication::translate("cplan::CommandLine", "With --import-actuals: the column holding the dates."),
                                  QStringLiteral("NAME")};
    QCommandLineOption preset{QStringLiteral("preset"),
                              QCoreApplication::translate("cplan::CommandLine", "With --import-actuals: the tool that wrote CSV: %1 (default: recognised from the columns).")
                                  .arg(csvPresetKeys().join(QStringLiteral(", "))),
                              QStringLiteral("NAME")};
    QCommandLineOption where{QStringLiteral("where"),
                             QCoreApplication::translate("cplan::CommandLine", "With --import-actuals: only the rows whose COLUMN holds VALUE (any case), e.g. \"Session default channel group=Organic Search\"."),
                             QStringLiteral("COLUMN=VALUE")};
    QCommandLineOption aggregate{QStringLiteral("aggregate"),
                                 QCoreApplication::translate("cplan::CommandLine", "With --import-actuals: how a month's figures make its actual: sum, average or last (default: the preset's for a column it knows, else each KPI's own)."),
                                 QStringLiteral("HOW")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              QCoreApplication::translate("cplan::CommandLine", "With --import-actuals or --import-ics: print what would change, write nothing.")};
    QCommandLineOption force{QStringLiteral("force"),
                             QCoreApplication::translate("cplan::CommandLine", "With --import-json, --import-actuals or --import-ics: write the plan file even while a window has it open (that window then asks before it saves).")};
    QCommandLineOption readOnly{QStringLiteral("read-only"),
                                QCoreApplication::translate("cplan::CommandLine", "Open FILE read-only.")};
    QCommandLineOption review{QStringLiteral("review"),
                              QCoreApplication::translate("cplan::CommandLine", "Open FILE for review: read-only, with comments and approval saved into it.")};
};

// Locks the plan file a command is about to write (writelock.h); the exit code when it may not.
std::optional<int> lockForWriting(PlanWriteLock &lock, const QString &planPath, bool force)
{
    const QString refusal = lock.acquire(planPath, force);
    if (refusal.isEmpty())
        return std::nullopt;
    return fail(refusal);
}

int runImportActuals(const QCommandLineParser &parser, const Options &o, const QStringList &files)
{
    if (files.size() != 1)
        return usageError(QCoreApplication::translate("cplan::CommandLine", "--import-actuals CSV needs exactly one plan FILE to write into."));
    ActualsImportRequest request;
    request.csvPath = parser.value(o.importActuals);
    request.planPath = files.first();
    request.kpi = parser.value(o.kpi);
    request.column = parser.value(o.column);
    request.dateColumn = parser.value(o.dateColumn);
    request.preset = parser.value(o.preset);
    request.dryRun = parser.isSet(o.dryRun);
    if (parser.isSet(o.where)) {
        const QString where = parser.value(o.where);
        const qsizetype equals = where.indexOf(QLatin1Char('='));
        if (equals <= 0 || where.left(equals).trimmed().isEmpty())
            return usageError(QCoreApplication::translate("cplan::CommandLine",
                                                          "--where takes COLUMN=VALUE, e.g. \"Session default channel group=Organic Search\"; not '%1'.")
                                  .arg(where));
        request.whereColumn = where.left(equals).trimmed();
        request.whereValue = where.mid(equals + 1).trimmed();
    }
    if (parser.isSet(o.aggregate)) {
        request.aggregation = kpiAggregationFromKey(parser.value(o.aggregate).trimmed());
        if (!request.aggregation)
            return usageError(QCoreApplication::translate("cplan::CommandLine", "--aggregate takes sum, average or last; not '%1'.")
                                  .arg(parser.value(o.aggregate)));
    }
    for (const QCommandLineOption *option : {&o.kpi, &o.column, &o.dateColumn, &o.preset}) {
        if (parser.isSet(*option) && parser.value(*option).trimmed().isEmpty())
            return usageError(QCoreApplication::translate("cplan::CommandLine", "--%1 needs a name.")
                                  .arg(option->names().constFirst()));
    }
    PlanWriteLock lock;
    if (!request.dryRun) {
        if (const std::optional<int> refused = lockForWriting(lock, request.planPath, parser.isSet(o.force)))
            return *refused;
    }
    return importActuals(request);
}

} // namespace

int run(int argc, char *argv[])
{
    // Without any display the window cannot open; the offscreen platform lets the command line
    // still parse, answer --help and say so plainly instead of aborting in the platform plugin.
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    const bool headless = wantsHeadless(argc, argv) || noDisplay;
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (headless)
        qInstallMessageHandler(quietMessageHandler);
    std::unique_ptr<QCoreApplication> application;
    if (needsOnlyCore(argc, argv))
        application = std::make_unique<QCoreApplication>(argc, argv);
    else
        application = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CampaignPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("campaign-planner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CPLAN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cplan::CommandLine", "Campaign Planner: plan a web marketing campaign end to end.\n"
                              "Exit codes: 0 done, 1 bad input or failed job, 2 wrong usage."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options o;
    parser.addOptions({o.check, o.summary, o.exportJson, o.importJson, o.exportIcs, o.exportCsv, o.importIcs, o.screenshot, o.view,
                       o.exportPdf, o.sections, o.pageSize, o.landscape, o.readOnly, o.review, o.diff, o.json, o.compareWith, o.size,
                       o.importActuals, o.kpi, o.column, o.dateColumn, o.preset, o.where, o.aggregate, o.dryRun, o.force});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cplan::CommandLine", "A plan file (.cplan)."),
                                 QStringLiteral("[FILE]"));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList files = parser.positionalArguments();
    int commands = 0;
    for (const QCommandLineOption *option :
         {&o.check, &o.summary, &o.exportJson, &o.importJson, &o.exportIcs, &o.exportCsv, &o.importIcs, &o.exportPdf, &o.screenshot, &o.diff,
          &o.importActuals})
        commands += parser.isSet(*option) ? 1 : 0;
    if (commands > 1)
        return usageError(QCoreApplication::translate("cplan::CommandLine", "Give one command at a time."));
    auto oneFile = [&](const char *option) -> std::optional<QString> {
        if (files.size() != 1) {
            usageError(QCoreApplication::translate("cplan::CommandLine", "%1 needs exactly one plan FILE.")
                           .arg(QLatin1String(option)));
            return std::nullopt;
        }
        return files.first();
    };

    if (parser.isSet(o.size) && !parser.isSet(o.screenshot))
        return usageError(QCoreApplication::translate("cplan::CommandLine", "--size goes with --screenshot."));
    if (parser.isSet(o.json) && !parser.isSet(o.diff))
        return usageError(QCoreApplication::translate("cplan::CommandLine", "--json goes with --diff."));
    if (parser.isSet(o.force) && !parser.isSet(o.importJson) && !parser.isSet(o.importActuals) && !parser.isSet(o.importIcs))
        return usageError(QCoreApplication::translate("cplan::CommandLine", "--force goes with --import-json, --import-actuals or --import-ics."));
    if (parser.isSet(o.importActuals))
        return runImportActuals(parser, o, files);
    PlanWriteLock writeLock; // held until the command is done
    for (const QCommandLineOption *option : {&o.kpi, &o.column, &o.dateColumn, &o.preset, &o.where, &o.aggregate}) {
        if (parser.isSet(*option))
            return usageError(QCoreApplication::translate("cplan::CommandLine", "--%1 goes with --import-actuals.")
                                  .arg(option->names().constFirst()));
    }
    if (parser.isSet(o.dryRun) && !parser.isSet(o.importIcs))
        return usageError(QCoreApplication::translate("cplan::CommandLine", "--dry-run goes with --import-actuals or --import-ics."));
    if (parser.isSet(o.diff)) {
        if (files.size() != 2)
            return usageError(QCoreApplication::translate("cplan::CommandLine", "--diff needs two plan files: OLD NEW."));
        return comparePlanFiles(files[0], files[1], parser.isSet(o.json));
    }
    if (parser.isSet(o.check)) {
        const auto file = oneFile("--check");
        return file ? checkPlan(*file) : ExitUsage;
    }
    if (parser.isSet(o.summary)) {
        const auto file = oneFile("--summary");
        return file ? printSummary(*file) : ExitUsage;
    }
    if (parser.isSet(o.exportJson)) {
        const auto file = oneFile("--export-json OUT");
        return file ? exportJson(*file, parser.value(o.exportJson)) : ExitUsage;
    }
    if (parser.isSet(o.importJson)) {
        const auto file = oneFile("--import-json IN");
        if (!file)
            return ExitUsage;
        if (const std::optional<int> refused = lockForWriting(writeLock, *file, parser.isSet(o.force)))
            return *refused;
        return importJson(parser.value(o.importJson), *file);
    }
    if (parser.isSet(o.exportIcs)) {
        const auto file = oneFile("--export-ics OUT");
        return file ? exportIcs(*file, parser.value(o.exportIcs)) : ExitUsage;
    }
    if (parser.isSet(o.exportCsv)) {
        const auto file = oneFile("--export-csv OUT");
        return file ? exportCsv(*file, parser.value(o.exportCsv)) : ExitUsage;
    }
    if (parser.isSet(o.importIcs)) {
        const auto file = oneFile("--import-ics ICS");
        if (!file)
            return ExitUsage;
        if (!parser.isSet(o.dryRun)) {
            if (const std::optional<int> refused = lockForWriting(writeLock, *file, parser.isSet(o.force)))
                return *refused;
        }
        return importIcs(parser.value(o.importIcs), *file, parser.isSet(o.dryRun));
    }
    if (parser.isSet(o.exportPdf)) {
        const auto file = oneFile("--export-pdf OUT");
        return file ? exportPdf(*file, parser.value(o.exportPdf), parser.value(o.sections), parser.value(o.pageSize),
                                parser.isSet(o.landscape))
                    : ExitUsage;
    }
    if (files.size() > 1)
        return usageError(QCoreApplication::translate("cplan::CommandLine", "Give at most one plan FILE."));
    const QString file = files.value(0);
    OpenAs openAs = parser.isSet(o.readOnly) ? OpenAs::ReadOnly : OpenAs::Edit;
    if (parser.isSet(o.review)) {
        if (parser.isSet(o.readOnly))
            return usageError(QCoreApplication::translate("cplan::CommandLine", "Give either --review or --read-only, not both."));
        if (file.isEmpty())
            return usageError(QCoreApplication::translate("cplan::CommandLine", "--review needs a plan FILE."));
        openAs = OpenAs::Review;
    }
    if (parser.isSet(o.screenshot)) {
        const std::optional<QSize> size = parseWindowSize(parser.value(o.size));
        if (!size)
            return usageError(QCoreApplication::translate("cplan::CommandLine",
                                                          "--size takes WIDTHxHEIGHT between 640x480 and 3840x2160, e.g. 1024x700; not '%1'.")
                                  .arg(parser.value(o.size)));
        return takeScreenshot(parser.value(o.screenshot), parser.value(o.view), file, openAs,
                              parser.value(o.compareWith), *size);
    }
    return runGui(file, openAs);
}

} // namespace cplan::app
