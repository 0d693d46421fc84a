#include "commands.h"

#include "atomicfile.h"
#include "planfile.h"
#include "planjson.h"
#include "planlimits.h"
#include "summary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <limits>

namespace cplan::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Commands", text);
}

void printError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

std::optional<Plan> openOrReport(const QString &path)
{
    storage::OpenResult result = storage::openPlanFile(path);
    if (!result.plan)
        printError(result.message);
    return std::move(result.plan);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

int checkPlan(const QString &path)
{
    const std::optional<Plan> plan = openOrReport(path);
    if (!plan)
        return ExitFailed;
    const QJsonObject counts = planCounts(*plan);
    auto n = [&](const char *key) { return counts.value(QLatin1String(key)).toInteger(); };
    // "name: count" pairs read the same for 0, 1 or many.
    const QString line = tr("OK: %1: plan \"%2\", %3 months from %4; segments %5, personas %6, "
                            "competitors %7, team members %8, channels %9, roll-out phases %10, KPIs %11, "
                            "fixed costs %12, campaigns %13, content items %14 (dates in the horizon %15), "
                            "comments %16")
                             .arg(native(path), elidedForMessage(plan->settings.name, 200))
                             .arg(plan->settings.months)
                             .arg(toIsoString(plan->settings.startMonth))
                             .arg(n("segments")).arg(n("personas")).arg(n("competitors")).arg(n("team"))
                             .arg(n("channels")).arg(n("phases")).arg(n("kpis")).arg(n("fixedCosts"))
                             .arg(n("campaigns")).arg(n("content")).arg(n("occurrences")).arg(n("comments"));
    QTextStream(stdout) << line << Qt::endl;
    return ExitOk;
}

int printSummary(const QString &path)
{
    const std::optional<Plan> plan = openOrReport(path);
    if (!plan)
        return ExitFailed;
    printOut(QJsonDocument(planSummary(*plan)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int exportJson(const QString &planPath, const QString &outPath)
{
    const std::optional<Plan> plan = openOrReport(planPath);
    if (!plan)
        return ExitFailed;
    const QByteArray json = planToJson(*plan);
    if (outPath == QLatin1String("-")) {
        printOut(json);
        return ExitOk;
    }
    QString error;
    if (!storage::writeFileAtomically(outPath, json, &error)) {
        printError(tr("Cannot write %1: %2.").arg(native(outPath), error));
        return ExitFailed;
    }
    return ExitOk;
}

int importJson(const QString &jsonPath, const QString &outPath)
{
    QByteArray json;
    if (jsonPath == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(tr("Cannot read the standard input."));
            return ExitFailed;
        }
        json = in.readAll();
    } else {
        QString error;
        std::optional<QByteArray> read = readImportFile(jsonPath, std::numeric_limits<qint64>::max(), {}, error);
        if (!read) {
            printError(error);
            return ExitFailed;
        }
        json = std::move(*read);
    }
    if (json.trimmed().isEmpty()) {
        printError(tr("Cannot import %1: the file is empty.").arg(native(jsonPath)));
        return ExitFailed;
    }
    JsonImportResult result = planFromJson(std::move(json));
    if (!result.plan) {
        printError(tr("Cannot import %1: %2").arg(native(jsonPath), result.error));
        return ExitFailed;
    }
    const storage::SaveResult saved = storage::savePlanFile(*result.plan, outPath);
    result.plan.reset();
    if (!saved.ok) {
        printError(saved.message);
        return ExitFailed;
    }
    return ExitOk;
}

int fail(const QString &message)
{
    printError(message);
    return ExitFailed;
}

std::optional<QByteArray> readImportFile(const QString &path, qint64 maxBytes, const QString &tooLarge, QString &error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        error = tr("Cannot import %1: the file does not exist. Check the name and the folder.").arg(native(path));
        return std::nullopt;
    }
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot import %1: the file cannot be read (%2).")
                    .arg(native(path), info.isDir() ? tr("it is a folder") : file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        error = tooLarge.arg(native(path));
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        error = tr("Cannot import %1: the file cannot be read (%2).").arg(native(path), file.errorString());
        return std::nullopt;
    }
    return bytes;
}

} // namespace cplan::app
