#include "icscommand.h"

#include "calendarimport.h"
#include "commands.h"
#include "plandatabase.h"
#include "planfile.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace cplan::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Commands", text);
}

QString whenText(const ContentItem &item)
{
    QString text = toIsoString(item.date);
    if (item.timeMinutes)
        text += QLatin1Char(' ') + minutesToTimeString(*item.timeMinutes);
    if (!item.recurrence.isEmpty())
        text += QStringLiteral(", repeats ") + item.recurrence;
    return text;
}

void printPlan(const CalendarImportPlan &import)
{
    QTextStream out(stdout);
    out << calendarImportCounts(import) << Qt::endl;
    for (const CalendarImportEntry &entry : import.entries) {
        if (entry.action == CalendarImportAction::Add)
            out << tr("Added: %1 (%2)").arg(entry.item.title.simplified(), whenText(entry.item)) << Qt::endl;
    }
    for (const CalendarImportEntry &entry : import.entries) {
        if (entry.action != CalendarImportAction::Update)
            continue;
        QStringList changes;
        for (const CalendarFieldChange &change : entry.changes)
            changes.append(tr("%1: %2 → %3").arg(change.label, change.before.simplified(), change.after.simplified()));
        out << tr("Updated: %1 (%2)").arg(entry.item.title.simplified(), changes.join(QStringLiteral("; "))) << Qt::endl;
    }
    for (const QString &line : import.skipped + import.warnings)
        out << line << Qt::endl;
}

} // namespace

int importIcs(const QString &icsPath, const QString &planPath, bool dryRun)
{
    QString error;
    const std::optional<QByteArray> bytes = readImportFile(icsPath, 64 * 1024 * 1024, tr("Cannot import %1: it is larger than 64 MB, more than a calendar holds."), error);
    if (!bytes)
        return fail(error);
    storage::OpenResult opened = storage::openPlanFile(planPath);
    if (!opened.plan)
        return fail(opened.message);
    const QString shownIcs = QDir::toNativeSeparators(icsPath);
    const QString shownPlan = QDir::toNativeSeparators(planPath);
    const ICalendarImport read = readICalendar(*bytes, *opened.plan);
    if (!read.error.isEmpty())
        return fail(tr("Cannot import %1: %2").arg(shownIcs, read.error));
    if (read.items.empty() && !read.skipped.isEmpty())
        return fail(tr("Cannot import %1: none of its events can be imported.").arg(shownIcs) + QLatin1Char('\n')
                    + read.skipped.join(QLatin1Char('\n')));
    const CalendarImportPlan import = planCalendarImport(*opened.plan, read);
    if (!dryRun && import.changesPlan()) {
        Plan plan = std::move(*opened.plan);
        storage::PlanChanges changes;
        for (const RecordId &id : applyCalendarImport(plan, import))
            changes.touch(RecordKind::Content, id);
        if (const std::vector<Problem> problems = validatePlan(plan); !problems.empty())
            return fail(tr("Cannot import %1 into %2: %3.").arg(shownIcs, shownPlan, problems.front().message));
        std::shared_ptr<storage::PlanDatabase> database = opened.database;
        if (!database || !database->apply(plan, changes, &error))
            return fail(tr("Cannot save %1: %2.").arg(shownPlan, error.isEmpty() ? tr("the plan could not be prepared") : error));
        const storage::SaveResult saved = storage::savePlanDatabase(*database, planPath);
        if (!saved.ok)
            return fail(saved.message);
    }
    printPlan(import);
    if (dryRun)
        QTextStream(stdout) << tr("Dry run: %1 was not changed.").arg(shownPlan) << Qt::endl;
    return ExitOk;
}

} // namespace cplan::app
