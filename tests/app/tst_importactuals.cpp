// --import-actuals through the real binary: a GA4 daily export narrowed to one channel group
// becomes monthly actuals in the file (with nothing else in it lost), --dry-run writes nothing,
// and every refusal names the file and the problem and leaves the plan byte for byte as it was.
#include "apprun.h"
#include "plandatabase.h"
#include "planfile.h"
#include "planlock.h"
#include "plansnapshot.h"
#include "testplans.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

using testing::Run;
using testing::run;

namespace {

// A GA4 "Traffic acquisition" download: "#" lines above the table, a blank line, one row per
// day and channel group, dates as 20260301, and a totals row at the end.
//
// Only the Organic Search rows count with --where "Session default channel group=Organic Search":
// Sessions, March: 100 (line 11) + 100 (line 13) + 200 (line 15) = 400; line 14's 'n/a' is
//   unreadable and left out; April: 200 (line 16) + 50 (line 18) = 250.
// Engagement rate, averaged weighted by Sessions (GA4 preset):
//   March (0.4·100 + 0.6·100 + 0.7·200) / 400 = 240 / 400 = 0.6 (unweighted it would be 0.5667);
//   April (0.75·200 + 0.5·50) / 250 = 175 / 250 = 0.7 (unweighted 0.625).
// Last value of Sessions: March 31 → 200, April 2 → 50.
// The Direct rows (lines 12 and 17) add 40 and 30 sessions without the filter: 440 and 280.
const QByteArray ga4Export = "# ----------------------------------------\n"
                             "# Traffic acquisition: Session default channel group\n"
                             "# Account: Example shop\n"
                             "# Property: www.example.com\n"
                             "# ----------------------------------------\n"
                             "#\n"
                             "# Start date: 20260301\n"
                             "# End date: 20260430\n"
                             "\n"
                             "Date,Session default channel group,Sessions,Engaged sessions,Engagement rate\n"
                             "20260301,Organic Search,100,40,0.4\n"
                             "20260301,Direct,40,10,0.25\n"
                             "20260302,Organic Search,100,60,0.6\n"
                             "20260315,Organic Search,n/a,70,0.7\n"
                             "20260331,Organic Search,200,140,0.7\n"
                             "20260401,Organic Search,200,150,0.75\n"
                             "20260401,Direct,30,15,0.5\n"
                             "20260402,Organic Search,50,25,0.5\n"
                             ",Grand total,720,440,0.611\n";

const QString organicSearch = QStringLiteral("Session default channel group=Organic Search");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const Kpi *kpiNamed(const Plan &plan, const QString &name)
{
    for (const Kpi &kpi : plan.kpis) {
        if (kpi.name == name)
            return &kpi;
    }
    return nullptr;
}

} // namespace

class TestImportActuals : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_csv;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    // fullPlan() (KPIs "Cost per lead" and "Organic traffic") with an "Engagement rate" KPI,
    // actuals already in February, March and April, and a snapshot kept in the file.
    static Plan planWithActuals()
    {
        Plan plan = testing::fullPlan();
        plan.kpis[1].actuals = {{Date(2026, 2, 28), 2500.0}, {Date(2026, 3, 15), 132.0}};
        plan.kpis.push_back({newRecordId(), {}, QStringLiteral("Engagement rate"), QStringLiteral("%"), BetterWhen::Higher,
                             KpiAggregation::Average, {}, {{Date(2026, 4, 30), 0.7}}});
        return plan;
    }

    // Writes the plan with a snapshot "Sent to Anna" of it; the snapshot as written.
    PlanSnapshot writePlan(const QString &file, const Plan &plan)
    {
        const PlanSnapshot snapshot =
            makeSnapshot(plan, QStringLiteral("Sent to Anna"), QDateTime(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC));
        writeDatabase(file, plan, snapshot);
        return snapshot;
    }

    static void writeDatabase(const QString &file, const Plan &plan, const PlanSnapshot &snapshot)
    {
        QString error;
        const std::unique_ptr<storage::PlanDatabase> database = storage::PlanDatabase::build(plan, &error);
        QVERIFY2(database, qPrintable(error));
        QVERIFY2(database->replaceSnapshots({snapshot}, &error), qPrintable(error));
        QVERIFY2(database->writeTo(file, &error), qPrintable(error));
    }

    // The command refuses: the exit code, every part of the message on stderr, nothing on
    // stdout, and the plan's bytes as before.
    void expectRefused(const QStringList &arguments, const QString &plan, int exitCode, const QStringList &message)
    {
        const QByteArray before = readAll(plan);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        for (const QString &part : message)
            QVERIFY2(r.err.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, r.err)));
        QCOMPARE(readAll(plan), before);
        QVERIFY(!QFileInfo::exists(storage::PlanLock::lockPathFor(plan)));
    }

    QString freshPlan(const QString &name)
    {
        const QString file = path(name);
        writePlan(file, planWithActuals());
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = path(QStringLiteral("ga4-traffic.csv"));
        write(m_csv, ga4Export);
    }

    void ga4ExportBecomesMonthlyActuals()
    {
        const QString file = path(QStringLiteral("ga4.cplan"));
        const Plan before = planWithActuals();
        const PlanSnapshot snapshot = writePlan(file, before);
        const Run r = run({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--where"), organicSearch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        for (const QString &line :
             {QStringLiteral("Read %1 (Google Analytics 4 report): 8 rows, 6 with figures; dates in \"Date\" written "
                             "20261231 (digits only); only rows where \"Session default channel group\" is \"Organic "
                             "Search\" (2 other rows left out).")
                  .arg(m_csv),
              QStringLiteral("KPI \"Organic traffic\" from column \"Sessions\", sum over the month: 1 added (2026-04: 250), "
                             "1 replaced (2026-03: 400), 0 unchanged."),
              QStringLiteral("KPI \"Engagement rate\" from column \"Engagement rate\", average over the month, weighted "
                             "by Sessions: 1 added (2026-03: 0.6), 0 replaced, 1 unchanged (2026-04: 0.7)."),
              QStringLiteral("Not imported: \"Engaged sessions\" (no KPI chosen for them)."),
              QStringLiteral("Skipped: lines 1-8 (comment); line 19 (totals row)."),
              QStringLiteral("Line 14: Sessions: 'n/a' is not a number; Engagement rate: its base Sessions 'n/a' is not "
                             "a number"),
              QStringLiteral("Saved %1.").arg(file)})
            QVERIFY2(r.out.contains(line + QLatin1Char('\n')), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(line, r.out)));

        storage::OpenResult after = storage::openPlanFile(file);
        QVERIFY2(after.plan, qPrintable(after.message));
        // Sums and weighted averages as worked out above; February stays, the daily March
        // figure gives way to the month's.
        const Kpi *traffic = kpiNamed(*after.plan, QStringLiteral("Organic traffic"));
        QVERIFY(traffic);
        const std::vector<KpiActual> trafficActuals = {
            {Date(2026, 2, 28), 2500.0}, {Date(2026, 3, 31), 400.0}, {Date(2026, 4, 30), 250.0}};
        QCOMPARE(traffic->actuals, trafficActuals);
        const Kpi *rate = kpiNamed(*after.plan, QStringLiteral("Engagement rate"));
        QVERIFY(rate);
        QCOMPARE(rate->actuals.size(), std::size_t(2));
        QCOMPARE(rate->actuals[0].date, Date(2026, 3, 31));
        QVERIFY(qAbs(rate->actuals[0].value - 0.6) < 1e-12);
        QCOMPARE(rate->actuals[1], (KpiActual{Date(2026, 4, 30), 0.7}));
        // Everything else is as it was: the other KPI, the rest of the plan, the snapshot.
        Plan expected = before;
        expected.kpis[1].actuals = trafficActuals;
        expected.kpis[2].actuals = rate->actuals;
        QVERIFY(*after.plan == expected);
        QCOMPARE(after.database->snapshots().size(), std::size_t(1));
        QVERIFY(after.database->snapshots().front() == snapshot);
        QVERIFY(!QFileInfo::exists(storage::PlanLock::lockPathFor(file)));

        // The same import again finds every month already there.
        const QByteArray imported = readAll(file);
        const Run again = run({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--where"), organicSearch});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("sum over the month: 0 added, 0 replaced, 2 unchanged (2026-03: 400, 2026-04: 250).")),
                 qPrintable(again.out));
        QVERIFY2(again.out.contains(QStringLiteral("%1 already holds these figures; nothing written.").arg(file)),
                 qPrintable(again.out));
        QCOMPARE(readAll(file), imported);
    }

    void oneColumnIntoOneKpiAsLastValue()
    {
        const QString file = freshPlan(QStringLiteral("last.cplan"));
        const Run r = run({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--kpi"),
                           QStringLiteral("ORGANIC traffic"), QStringLiteral("--column"), QStringLiteral("sessions"),
                           QStringLiteral("--where"), organicSearch, QStringLiteral("--aggregate"), QStringLiteral("last"),
                           QStringLiteral("--preset"), QStringLiteral("ga4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("KPI \"Organic traffic\" from column \"Sessions\", last value in the month: "
                                               "1 added (2026-04: 50), 1 replaced (2026-03: 200), 0 unchanged.\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Line 14: 'n/a' is not a number\n")), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("Not imported")), qPrintable(r.out));
        const storage::OpenResult after = storage::openPlanFile(file);
        QVERIFY2(after.plan, qPrintable(after.message));
        // The last Organic Search day of March is the 31st (200), of April the 2nd (50).
        const std::vector<KpiActual> expected = {{Date(2026, 2, 28), 2500.0}, {Date(2026, 3, 31), 200.0}, {Date(2026, 4, 30), 50.0}};
        QCOMPARE(kpiNamed(*after.plan, QStringLiteral("Organic traffic"))->actuals, expected);
        // The KPI "Engagement rate" was not asked for.
        QCOMPARE(kpiNamed(*after.plan, QStringLiteral("Engagement rate"))->actuals, (std::vector<KpiActual>{{Date(2026, 4, 30), 0.7}}));
    }

    void isoWeeksAndALongFile()
    {
        const QString file = freshPlan(QStringLiteral("weeks.cplan"));
        // A week counts in the month of its Thursday: 2026-W10 Thu 5 Mar, W13 Thu 26 Mar → March
        // 700 + 720 = 1420; W14 (Mon 30 Mar - Sun 5 Apr) Thu 2 Apr, W18 (Mon 27 Apr - Sun 3 May)
        // Thu 30 Apr → April 800 + 810 = 1610.
        const QString weeks = path(QStringLiteral("weeks.csv"));
        write(weeks, "Week,Sessions\n2026-W10,700\n2026-W13,720\n2026-W14,800\n2026-W18,810\n");
        const Run r = run({QStringLiteral("--import-actuals"), weeks, file, QStringLiteral("--kpi"), QStringLiteral("organic traffic")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 added (2026-04: 1610), 1 replaced (2026-03: 1420), 0 unchanged.\n")),
                 qPrintable(r.out));
        storage::OpenResult after = storage::openPlanFile(file);
        QVERIFY2(after.plan, qPrintable(after.message));
        QCOMPARE(kpiNamed(*after.plan, QStringLiteral("Organic traffic"))->actuals,
                 (std::vector<KpiActual>{{Date(2026, 2, 28), 2500.0}, {Date(2026, 3, 31), 1420.0}, {Date(2026, 4, 30), 1610.0}}));

        // One row per KPI and month, `;` with decimal commas: each name goes to the KPI of that
        // name (any case): 1.234,5 = 1234.5 visits in March; April's engagement rate 0,65 and
        // cost per lead 12,5 replace 0.7 and 11.9; "Newsletter sign-ups" fits no KPI.
        const QString long_ = path(QStringLiteral("long.csv"));
        write(long_, "Month;KPI;Value\n2026-03;organic traffic;1.234,5\n2026-04;Engagement rate;\"0,65\"\n"
                     "2026-04;Cost per lead;12,5\n2026-04;Newsletter sign-ups;31\n");
        const Run l = run({QStringLiteral("--import-actuals"), long_, file});
        QVERIFY2(l.exitCode == 0, qPrintable(l.err));
        QVERIFY2(l.out.contains(QStringLiteral("KPI \"Organic traffic\" from \"organic traffic\" in column \"Value\", sum "
                                               "over the month: 0 added, 1 replaced (2026-03: 1234.5), 0 unchanged.\n")),
                 qPrintable(l.out));
        QVERIFY2(l.out.contains(QStringLiteral("Not imported: \"Newsletter sign-ups\" (no KPI chosen for them).\n")), qPrintable(l.out));
        after = storage::openPlanFile(file);
        QVERIFY2(after.plan, qPrintable(after.message));
        QCOMPARE(kpiNamed(*after.plan, QStringLiteral("Organic traffic"))->actuals,
                 (std::vector<KpiActual>{{Date(2026, 2, 28), 2500.0}, {Date(2026, 3, 31), 1234.5}, {Date(2026, 4, 30), 1610.0}}));
        QCOMPARE(kpiNamed(*after.plan, QStringLiteral("Engagement rate"))->actuals, (std::vector<KpiActual>{{Date(2026, 4, 30), 0.65}}));
        QCOMPARE(kpiNamed(*after.plan, QStringLiteral("Cost per lead"))->actuals,
                 (std::vector<KpiActual>{{Date(2026, 3, 31), 13.1}, {Date(2026, 4, 30), 12.5}}));
    }

    void presetAggregationBeforeTheKpis()
    {
        // "Organic traffic" set to take the last value: a GA4 column keeps its preset's sum
        // (400 and 250 as above), a column no preset knows follows the KPI (the week of the
        // month's last Thursday: W13 720 in March, W18 810 in April), as the import dialog does.
        Plan plan = planWithActuals();
        plan.kpis[1].aggregation = KpiAggregation::Last;
        const QString file = path(QStringLiteral("lastkpi.cplan"));
        writePlan(file, plan);
        const Run ga4 = run({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--where"), organicSearch,
                             QStringLiteral("--dry-run")});
        QVERIFY2(ga4.exitCode == 0, qPrintable(ga4.err));
        QVERIFY2(ga4.out.contains(QStringLiteral("KPI \"Organic traffic\" from column \"Sessions\", sum over the month: "
                                                 "1 added (2026-04: 250), 1 replaced (2026-03: 400), 0 unchanged.\n")),
                 qPrintable(ga4.out));
        const QString weeks = path(QStringLiteral("weeks-last.csv"));
        write(weeks, "Week,Sessions\n2026-W10,700\n2026-W13,720\n2026-W14,800\n2026-W18,810\n");
        const Run own = run({QStringLiteral("--import-actuals"), weeks, file, QStringLiteral("--dry-run")});
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        QVERIFY2(own.out.contains(QStringLiteral("KPI \"Organic traffic\" from column \"Sessions\", last value in the month: "
                                                 "1 added (2026-04: 810), 1 replaced (2026-03: 720), 0 unchanged.\n")),
                 qPrintable(own.out));
    }

    void mailchimpReportAveragedByRecipients()
    {
        // One row per campaign, sent "Mar 5, 2026 10:00 am", open rates in percent. March:
        // (45.45 × 2000 + 35.35 × 1000) / 3000 = 126250 / 3000 = 42.0833… (the plain mean would
        // be 40.4); April: the one campaign's 40.68. Each title names one row, so no line says
        // that titles were taken together.
        Plan plan = planWithActuals();
        plan.kpis.push_back({newRecordId(), {}, QStringLiteral("Email open rate"), QStringLiteral("%"), BetterWhen::Higher,
                             KpiAggregation::Average, {}, {}});
        const QString file = path(QStringLiteral("mailchimp.cplan"));
        writePlan(file, plan);
        const QString report = path(QStringLiteral("mailchimp.csv"));
        write(report, "Title,Send date,Send weekday,Total recipients,Successful deliveries,Unique opens,Open rate,"
                      "Total clicks,Unique clicks,Click rate,Unsubscribes\n"
                      "\"Spring teas, part 1\",\"Mar 5, 2026 10:00 am\",Thursday,2000,1980,900,\"45.45%\",200,150,\"7.58%\",4\n"
                      "\"Spring teas, part 2\",\"Mar 19, 2026 10:00 am\",Thursday,1000,990,350,\"35.35%\",80,60,\"6.06%\",2\n"
                      "\"April news\",\"Apr 2, 2026 9:30 am\",Thursday,3000,2950,1200,\"40.68%\",250,180,\"6.10%\",7\n");
        const Run r = run({QStringLiteral("--import-actuals"), report, file, QStringLiteral("--kpi"), QStringLiteral("email open rate")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Read %1 (Mailchimp campaign report): 3 rows, 3 with figures; dates in \"Send "
                                                 "date\" written Dec 31, 2026 or 31 Dec 2026.\n"
                                                 "KPI \"Email open rate\" from column \"Open rate\", average over the month, "
                                                 "weighted by Total recipients: 2 added (2026-03: 42.0833, 2026-04: 40.68), 0 "
                                                 "replaced, 0 unchanged.\n")
                                      .arg(report)),
                 qPrintable(r.out));
        const storage::OpenResult after = storage::openPlanFile(file);
        QVERIFY2(after.plan, qPrintable(after.message));
        const Kpi *openRate = kpiNamed(*after.plan, QStringLiteral("Email open rate"));
        QVERIFY(openRate);
        QCOMPARE(openRate->actuals.size(), std::size_t(2));
        QCOMPARE(openRate->actuals[0].date, Date(2026, 3, 31));
        QVERIFY(qAbs(openRate->actuals[0].value - 126250.0 / 3000.0) < 1e-9);
        QCOMPARE(openRate->actuals[1].date, Date(2026, 4, 30));
        QVERIFY(qAbs(openRate->actuals[1].value - 40.68) < 1e-9);
    }

    void dryRunWritesNothing()
    {
        const QString file = freshPlan(QStringLiteral("dry.cplan"));
        const QByteArray before = readAll(file);
        const Run r = run({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--where"), organicSearch,
                           QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("KPI \"Organic traffic\" from column \"Sessions\", sum over the month: "
                                               "1 added (2026-04: 250), 1 replaced (2026-03: 400), 0 unchanged.\n")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Line 14: ")), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QStringLiteral("Dry run: %1 is unchanged.\n").arg(file)), qPrintable(r.out));
        QCOMPARE(readAll(file), before);

        // One row left out is said in the singular.
        const QString two = path(QStringLiteral("two-channels.csv"));
        write(two, "Date,Channel,Sessions\n2026-03-01,Organic,10\n2026-03-02,Direct,5\n");
        const Run one = run({QStringLiteral("--import-actuals"), two, file, QStringLiteral("--where"),
                             QStringLiteral("Channel=Organic"), QStringLiteral("--dry-run")});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QVERIFY2(one.out.contains(QStringLiteral("only rows where \"Channel\" is \"Organic\" (1 other row left out).")),
                 qPrintable(one.out));
        QCOMPARE(readAll(file), before);

        // A window holding the plan does not stop a dry run, which writes nothing.
        storage::PlanLock window(file);
        QCOMPARE(window.tryLock(), storage::PlanLock::Result::Locked);
        const Run locked = run({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--dry-run")});
        QVERIFY2(locked.exitCode == 0, qPrintable(locked.err));
        // Without --where every channel group's sessions add up, and the report says how to narrow them.
        QVERIFY2(locked.out.contains(QStringLiteral("KPI \"Organic traffic\" from column \"Sessions\", sum over the "
                                                    "month: 1 added (2026-04: 280), 1 replaced (2026-03: 440), 0 unchanged.\n")),
                 qPrintable(locked.out));
        QVERIFY2(locked.out.contains(QStringLiteral("Rows of every \"Session default channel group\" (\"Organic Search\", \"Direct\") were taken together; "
                                                    "for one of them, add --where \"Session default channel group=VALUE\".\n")),
                 qPrintable(locked.out));
        QCOMPARE(readAll(file), before);
    }

    void badCsvRefused()
    {
        const QString file = freshPlan(QStringLiteral("badcsv.cplan"));
        const QString missing = path(QStringLiteral("nowhere.csv"));
        expectRefused({QStringLiteral("--import-actuals"), missing, file}, file, 1,
                      {QStringLiteral("Cannot import %1: the file does not exist.").arg(missing)});
        const QString empty = path(QStringLiteral("empty.csv"));
        write(empty, "\n  \n");
        expectRefused({QStringLiteral("--import-actuals"), empty, file}, file, 1,
                      {QStringLiteral("Cannot import %1: the file is empty.").arg(empty)});
        const QString folder = path(QStringLiteral("folder.csv"));
        QVERIFY(QDir().mkpath(folder));
        expectRefused({QStringLiteral("--import-actuals"), folder, file}, file, 1,
                      {QStringLiteral("Cannot import %1: the file cannot be read (it is a folder).").arg(folder)});
        const QString oneColumn = path(QStringLiteral("list.csv"));
        write(oneColumn, "Sessions\n120\n130\n");
        expectRefused({QStringLiteral("--import-actuals"), oneColumn, file}, file, 1,
                      {QStringLiteral("Cannot import %1: each line has only one column; a file of actuals needs at "
                                      "least a date and a figure.")
                           .arg(oneColumn)});
        const QString unreadable = path(QStringLiteral("unreadable.csv"));
        write(unreadable, "Date,Sessions\nyesterday,120\ntomorrow,130\n");
        expectRefused({QStringLiteral("--import-actuals"), unreadable, file}, file, 1,
                      {QStringLiteral("Cannot import %1: the column 'Date' holds no dates in a known form (its first "
                                      "value is 'yesterday').")
                           .arg(unreadable)});
        const QString noFigures = path(QStringLiteral("nofigures.csv"));
        write(noFigures, "Date,Sessions\n2026-03-01,n/a\n2026-03-02,\n");
        expectRefused({QStringLiteral("--import-actuals"), noFigures, file, QStringLiteral("--column"), QStringLiteral("Sessions")},
                      file, 1,
                      {QStringLiteral("Cannot import %1: none of its 2 rows gives a figure. The first problem: line 2: "
                                      "'n/a' is not a number.")
                           .arg(noFigures)});
    }

    void unknownNamesRefused()
    {
        const QString file = freshPlan(QStringLiteral("names.cplan"));
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--kpi"), QStringLiteral("Visits")},
                      file, 1,
                      {QStringLiteral("Cannot import into %1: the plan has no KPI named \"Visits\". Its KPIs are: "
                                      "\"Cost per lead\", \"Organic traffic\", \"Engagement rate\".")
                           .arg(file)});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--column"), QStringLiteral("Visits")},
                      file, 1,
                      {QStringLiteral("Cannot import %1: the file has no column named 'Visits'; its columns are: Date, "
                                      "Session default channel group, Sessions, Engaged sessions, Engagement rate.")
                           .arg(m_csv)});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--preset"), QStringLiteral("ga3")},
                      file, 1,
                      {QStringLiteral("Cannot import %1: there is no preset \"ga3\". The presets are: ga4, "
                                      "search-console, google-ads, meta-ads, mailchimp, brevo, social.")
                           .arg(m_csv)});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--where"), QStringLiteral("Channel=Organic Search")},
                      file, 1,
                      {QStringLiteral("Cannot import %1: the file has no column named 'Channel'; its columns are: Date,")
                           .arg(m_csv)});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--where"),
                       QStringLiteral("Session default channel group=Organic Social")},
                      file, 1,
                      {QStringLiteral("Cannot import %1: no row has \"Organic Social\" in the column \"Session default "
                                      "channel group\"; it holds \"Organic Search\", \"Direct\".")
                           .arg(m_csv)});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--kpi"), QStringLiteral("cost per lead")},
                      file, 1,
                      {QStringLiteral("Cannot import %1: none of its columns \"Engaged sessions\", \"Engagement rate\", "
                                      "\"Sessions\" fits the KPI \"Cost per lead\" by name. Choose the column with --column NAME.")
                           .arg(m_csv)});
        const QString signups = path(QStringLiteral("signups.csv"));
        write(signups, "Date,Signups\n2026-03-01,5\n2026-03-02,7\n");
        expectRefused({QStringLiteral("--import-actuals"), signups, file}, file, 1,
                      {QStringLiteral("Cannot import %1 into %2: no column of the file (\"Signups\") fits a KPI of the "
                                      "plan (\"Cost per lead\", \"Organic traffic\", \"Engagement rate\") by name.")
                           .arg(signups, file)});
        expectRefused({QStringLiteral("--import-actuals"), signups, file, QStringLiteral("--kpi"), QStringLiteral("organic traffic"),
                       QStringLiteral("--column"), QStringLiteral("Signups"), QStringLiteral("--date-column"),
                       QStringLiteral("Day")},
                      file, 1,
                      {QStringLiteral("Cannot import %1: the file has no column named 'Day'; its columns are: Date, Signups.")
                           .arg(signups)});
    }

    void badPlanRefused()
    {
        const QString missing = path(QStringLiteral("missing.cplan"));
        expectRefused({QStringLiteral("--import-actuals"), m_csv, missing}, missing, 1,
                      {QStringLiteral("Cannot open %1: the file does not exist.").arg(missing)});
        QVERIFY(!QFileInfo::exists(missing));
        const QString notes = path(QStringLiteral("notes.cplan"));
        write(notes, "Remember to buy tea.\n");
        expectRefused({QStringLiteral("--import-actuals"), m_csv, notes}, notes, 1,
                      {QStringLiteral("Cannot open %1: this is not a Campaign Planner plan").arg(notes)});

        // A window has the plan open for editing: its save would undo ours, so nothing is written.
        const QString open = freshPlan(QStringLiteral("open.cplan"));
        storage::PlanLock window(open);
        QCOMPARE(window.tryLock(), storage::PlanLock::Result::Locked);
        const QByteArray before = readAll(open);
        const Run r = run({QStringLiteral("--import-actuals"), m_csv, open, QStringLiteral("--where"), organicSearch});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("Cannot write %1: it is open in ").arg(open)), qPrintable(r.err));
        QVERIFY2(r.err.endsWith(QStringLiteral(". Close it there, or give --force to write it anyway (that window then asks "
                                               "before it saves).\n")),
                 qPrintable(r.err));
        QCOMPARE(readAll(open), before);
        QVERIFY(window.isLocked());
        // --force: written all the same; the window finds the file changed before it saves.
        const Run forced = run({QStringLiteral("--import-actuals"), m_csv, open, QStringLiteral("--where"), organicSearch,
                                QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QVERIFY(readAll(open) != before);
        QVERIFY(window.isLocked());
    }

    void planWithoutKpisRefused()
    {
        const QString file = path(QStringLiteral("nokpis.cplan"));
        Plan plan = testing::fullPlan();
        plan.kpis.clear();
        writePlan(file, plan);
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file}, file, 1,
                      {QStringLiteral("Cannot import into %1: the plan has no KPIs yet. Add the KPIs first.").arg(file)});
    }

    void wrongUsageRefused()
    {
        const QString file = freshPlan(QStringLiteral("usage.cplan"));
        const QString hint = QStringLiteral("Try campaign-planner --help.");
        expectRefused({QStringLiteral("--import-actuals"), m_csv}, file, 2,
                      {QStringLiteral("--import-actuals CSV needs exactly one plan FILE to write into."), hint});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, file}, file, 2,
                      {QStringLiteral("--import-actuals CSV needs exactly one plan FILE to write into.")});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--aggregate"), QStringLiteral("median")},
                      file, 2, {QStringLiteral("--aggregate takes sum, average or last; not 'median'."), hint});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--where"), QStringLiteral("Organic Search")},
                      file, 2,
                      {QStringLiteral("--where takes COLUMN=VALUE, e.g. \"Session default channel group=Organic Search\"; "
                                      "not 'Organic Search'.")});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--where"), QStringLiteral("=Organic Search")},
                      file, 2, {QStringLiteral("--where takes COLUMN=VALUE")});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--kpi"), QStringLiteral(" ")}, file, 2,
                      {QStringLiteral("--kpi needs a name.")});
        expectRefused({QStringLiteral("--check"), file, QStringLiteral("--dry-run")}, file, 2,
                      {QStringLiteral("--dry-run goes with --import-actuals or --import-ics.")});
        expectRefused({QStringLiteral("--import-actuals"), m_csv, file, QStringLiteral("--check")}, file, 2,
                      {QStringLiteral("Give one command at a time.")});
    }
};

QTEST_GUILESS_MAIN(TestImportActuals)
#include "tst_importactuals.moc"
