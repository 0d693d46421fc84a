#include "fuzzentries.h"

#include "calendarimport.h"
#include "contentschedule.h"
#include "icalendar.h"
#include "monthlyimport.h"
#include "occurrences.h"
#include "pagechecksum.h"
#include "planfile.h"
#include "planjson.h"
#include "validation.h"

#include <QFile>
#include <QTimeZone>

namespace cplan::fuzz {

namespace {

const QString shownPath = QStringLiteral("fuzz.cplan");

Outcome refused(const QString &error)
{
    Outcome outcome;
    outcome.error = error;
    if (error.isEmpty())
        outcome.broken = QStringLiteral("refused without saying why");
    return outcome;
}

// The plan a calendar or actuals file is read against: the bundled sample, read once.
const Plan &samplePlan()
{
    static const Plan plan = [] {
        QFile file(QStringLiteral(CPLAN_SAMPLE_PLAN));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", CPLAN_SAMPLE_PLAN);
        JsonImportResult result = planFromJson(file.readAll());
        if (!result.plan)
            qFatal("the sample plan does not import: %s", qPrintable(result.error));
        return std::move(*result.plan);
    }();
    return plan;
}

// A plan that opened must be saved and opened again as the same plan: what a user gets when
// they open the file and save it.
QString reopenProblem(const Plan &plan)
{
    QString error;
    const QByteArray image = storage::planFileImage(plan, &error);
    if (image.isEmpty())
        return QStringLiteral("the plan cannot be saved: ") + error;
    const storage::OpenResult again = storage::openPlanImage(image, shownPath);
    if (!again.plan)
        return QStringLiteral("the saved plan does not open: ") + again.message;
    if (!(*again.plan == plan))
        return QStringLiteral("the saved plan opens different");
    return {};
}

Outcome openOnce(const QByteArray &bytes)
{
    const storage::OpenResult opened = storage::openPlanImage(bytes, shownPath);
    if (!opened.plan) {
        Outcome outcome = refused(opened.message);
        if (opened.error == storage::OpenError::None)
            outcome.broken = QStringLiteral("refused with no error kind: ") + opened.message;
        return outcome;
    }
    Outcome outcome;
    outcome.read = true;
    if (!opened.message.isEmpty())
        outcome.broken = QStringLiteral("opened with an error message: ") + opened.message;
    if (outcome.broken.isEmpty())
        outcome.broken = reopenProblem(*opened.plan);
    return outcome;
}

} // namespace

Outcome openPlanBytes(const QByteArray &bytes)
{
    Outcome outcome = openOnce(bytes);
    const std::optional<storage::SqliteHeader> header = storage::readSqliteHeader(bytes);
    if (!outcome.broken.isEmpty() || !header || header->reservedBytes != storage::reservedBytesPerPage
        || header->pageSize < 512 || bytes.size() % header->pageSize != 0)
        return outcome;
    QByteArray stamped = bytes;
    storage::stampPageChecksums(stamped);
    if (stamped == bytes)
        return outcome;
    // The stamped copy is what counts: it is the deeper of the two.
    return openOnce(stamped);
}

Outcome importPlanJson(const QByteArray &bytes)
{
    JsonImportResult imported = planFromJson(bytes);
    if (!imported.plan)
        return refused(imported.error);
    Outcome outcome;
    outcome.read = true;
    if (!imported.error.isEmpty())
        outcome.broken = QStringLiteral("imported with an error message: ") + imported.error;
    else if (const std::vector<Problem> problems = validatePlan(*imported.plan); !problems.empty())
        outcome.broken = QStringLiteral("imported a plan that does not validate: ") + problems.front().message;
    if (!outcome.broken.isEmpty())
        return outcome;
    // What the calendar and the report show of its content: every date in its horizon.
    occurrencesBetween(*imported.plan, horizonStart(imported.plan->settings), horizonEnd(imported.plan->settings));
    const QByteArray exported = planToJson(*imported.plan);
    JsonImportResult again = planFromJson(exported);
    if (!again.plan)
        outcome.broken = QStringLiteral("the exported plan does not import: ") + again.error;
    else if (!(*again.plan == *imported.plan))
        outcome.broken = QStringLiteral("the exported plan imports different");
    else if (planToJson(*again.plan) != exported)
        outcome.broken = QStringLiteral("export, import, export is not byte-identical");
    else
        outcome.broken = reopenProblem(*imported.plan);
    return outcome;
}

Outcome readActualsCsv(const QByteArray &bytes)
{
    Outcome outcome;
    // The import dialog's path: preview, guess, read column by column.
    const CsvPreview preview = previewCsv(bytes);
    if (preview.problem.isEmpty()) {
        const CsvActuals actuals = readCsvActuals(bytes, CsvImportOptions::fromGuess(preview.guess));
        if (actuals.readable > actuals.rows || actuals.problemCount < qint64(actuals.problems.size()))
            outcome.broken = QStringLiteral("the column reader counts more read rows than rows");
    }
    // --import-actuals' path: recognise the file, collect monthly figures, map them to the
    // sample plan's KPIs and merge them.
    const MonthlyActualsRead read = readMonthlyActuals(bytes, MonthlyImportOptions());
    if (!read.error.isEmpty()) {
        outcome.error = read.error;
        return outcome;
    }
    if (read.readable > read.rows || read.problemCount < qint64(read.problems.size()))
        outcome.broken = QStringLiteral("the monthly reader counts more read rows than rows");
    QStringList names;
    for (const auto &[name, series] : read.series)
        names.append(name);
    std::map<RecordId, std::map<YearMonth, double>> figuresByKpi;
    for (const auto &[name, kpi] : proposeKpiTargets(samplePlan(), names))
        figuresByKpi[kpi] = read.series.at(name).figures();
    // What is written to the file must open again: every figure a valid actual.
    const ActualsImport import = planMonthlyImport(samplePlan(), figuresByKpi);
    outcome.read = true;
    if (import.changed.empty())
        return outcome;
    Plan plan = samplePlan();
    for (const Kpi &changed : import.changed) {
        for (Kpi &kpi : plan.kpis) {
            if (kpi.id == changed.id)
                kpi = changed;
        }
    }
    if (const std::vector<Problem> problems = validatePlan(plan); !problems.empty() && outcome.broken.isEmpty())
        outcome.broken = QStringLiteral("the imported figures make the plan invalid: ") + problems.front().message;
    return outcome;
}

Outcome readCalendarIcs(const QByteArray &bytes)
{
    const ICalendarImport read = readICalendar(bytes, samplePlan(), QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    if (!read.error.isEmpty())
        return refused(read.error);
    Outcome outcome;
    outcome.read = true;
    if (read.items.size() != read.sources.size()) {
        outcome.broken = QStringLiteral("items and their sources differ in number");
        return outcome;
    }
    if (read.items.empty())
        return outcome;
    // What the calendar and the report show of them: every date in the plan's horizon.
    RecurrenceRuleCache rules;
    occurrencesBetween(read.items, horizonStart(samplePlan().settings), horizonEnd(samplePlan().settings), rules);
    Plan plan = samplePlan();
    applyCalendarImport(plan, planCalendarImport(plan, read));
    if (const std::vector<Problem> problems = validatePlan(plan); !problems.empty())
        outcome.broken = QStringLiteral("the imported items make the plan invalid: ") + problems.front().message;
    return outcome;
}

Entry entryFor(const QString &target)
{
    if (target == u"planfile")
        return &openPlanBytes;
    if (target == u"json")
        return &importPlanJson;
    if (target == u"csv")
        return &readActualsCsv;
    if (target == u"ics")
        return &readCalendarIcs;
    return nullptr;
}

QStringList targetNames()
{
    return {QStringLiteral("planfile"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("ics")};
}

} // namespace cplan::fuzz
