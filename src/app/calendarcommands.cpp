#include "calendarcommands.h"

#include "atomicfile.h"
#include "calendarcsv.h"
#include "commands.h"
#include "icalendar.h"
#include "planfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

namespace cplan::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Commands", text);
}

int exportCalendar(const QString &planPath, const QString &outPath, const std::function<QByteArray(const Plan &)> &write)
{
    storage::OpenResult opened = storage::openPlanFile(planPath);
    if (!opened.plan) {
        QTextStream(stderr) << opened.message << Qt::endl;
        return ExitFailed;
    }
    const QByteArray bytes = write(*opened.plan);
    if (outPath == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QString error;
    if (!storage::writeFileAtomically(outPath, bytes, &error)) {
        QTextStream(stderr) << tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(outPath), error) << Qt::endl;
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace

int exportIcs(const QString &planPath, const QString &outPath)
{
    return exportCalendar(planPath, outPath,
                          [](const Plan &plan) { return writeICalendar(plan, QDateTime::currentDateTimeUtc()); });
}

int exportCsv(const QString &planPath, const QString &outPath)
{
    return exportCalendar(planPath, outPath, [](const Plan &plan) { return writeCalendarCsv(plan); });
}

} // namespace cplan::app
