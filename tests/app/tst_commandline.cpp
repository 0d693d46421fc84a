// Drives the real campaign-planner binary: exit codes, messages and that bad input writes nothing.
#include "planfile.h"
#include "planjson.h"
#include "planlock.h"
#include "sqlitedatabase.h"
#include "apprun.h"
#include "testplans.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

using testing::Run;
using testing::run;

class TestCommandLine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static void write(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    // --check and --summary both refuse the file: exit 1, one line naming it on stderr,
    // nothing on stdout.
    void expectBadFile(const QString &file, const QString &problem)
    {
        for (const QString &command : {QStringLiteral("--check"), QStringLiteral("--summary")}) {
            const Run r = run({command, file});
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.startsWith(QStringLiteral("Cannot open ") + file), qPrintable(r.err));
            QVERIFY2(r.err.contains(problem), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void checkPrintsCounts()
    {
        const QString file = path(QStringLiteral("full.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), file).ok);
        const Run r = run({QStringLiteral("--check"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QVERIFY2(r.out.startsWith(QStringLiteral("OK: ") + file), qPrintable(r.out));
        // 2 channels, 2 phases; the weekly item has 10 dates minus 2 excluded = 8, plus one
        // item on 28 Feb 2026, before the horizon (March 2026) starts.
        QVERIFY2(r.out.contains(QStringLiteral("channels 2, roll-out phases 2")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("content items 2 (dates in the horizon 8)")), qPrintable(r.out));
    }

    void summaryIsConsistentJson()
    {
        const QString file = path(QStringLiteral("summary.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), file).ok);
        const Run r = run({QStringLiteral("--summary"), file});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
        QCOMPARE(summary.value(QStringLiteral("startMonth")).toString(), QStringLiteral("2026-03"));
        QCOMPARE(summary.value(QStringLiteral("months")).toInt(), 18);
        // Market: 120,000 x 84.50 = 10,140,000; x 35 % = 3,549,000; x 4 % = 141,960.
        const QJsonObject market = summary.value(QStringLiteral("market")).toObject();
        QCOMPARE(market.value(QStringLiteral("tam")).toDouble(), 10140000.0);
        QCOMPARE(market.value(QStringLiteral("sam")).toDouble(), 3549000.0);
        QCOMPARE(market.value(QStringLiteral("som")).toDouble(), 141960.0);
        const QJsonObject forecast = summary.value(QStringLiteral("forecast")).toObject();
        const QJsonArray months = forecast.value(QStringLiteral("months")).toArray();
        QCOMPARE(months.size(), 18);
        double spend = 0.0;
        for (const QJsonValue &month : months)
            spend += month.toObject().value(QStringLiteral("spend")).toDouble();
        // Phases: 1,500 + 12,000, all inside the horizon.
        QVERIFY(qAbs(spend - 13500.0) < 1e-4);
        // The relations a reviewer recomputes: each month's gross profit is revenue x margin,
        // operating profit is gross profit - spend - fixed costs, cumulative is the running sum,
        // and the months add up to the totals.
        double revenue = 0.0;
        double cumulative = 0.0;
        for (const QJsonValue &value : months) {
            const QJsonObject m = value.toObject();
            auto f = [&m](const char *key) { return m.value(QLatin1String(key)).toDouble(); };
            QVERIFY(qAbs(f("grossProfit") - f("revenue") * 0.55) < 1e-5);
            QVERIFY(qAbs(f("operatingProfit") - (f("grossProfit") - f("spend") - f("fixedCosts"))) < 1e-5);
            cumulative += f("operatingProfit");
            QVERIFY(qAbs(f("cumulativeProfit") - cumulative) < 1e-4);
            revenue += f("revenue");
        }
        const QJsonObject totals = forecast.value(QStringLiteral("totals")).toObject();
        QVERIFY(qAbs(totals.value(QStringLiteral("revenue")).toDouble() - revenue) < 1e-4);
        QVERIFY(qAbs(totals.value(QStringLiteral("operatingProfit")).toDouble() - cumulative) < 1e-4);
        QCOMPARE(forecast.value(QStringLiteral("totals")).toObject().value(QStringLiteral("spend")).toDouble(), 13500.0);
        QCOMPARE(summary.value(QStringLiteral("scenarios")).toArray().size(), 3);
        // The test phase: (4210.50 x 0.55 - 1432.17) / 1432.17 = 883.605 / 1432.17 = 0.6169694; 1432.17 / 131 =
        // 10.93 per lead <= 12.50 target -> profitable.
        const QJsonObject test = summary.value(QStringLiteral("channels")).toArray().at(0).toObject()
                                     .value(QStringLiteral("tests")).toArray().at(0).toObject();
        QCOMPARE(test.value(QStringLiteral("verdict")).toString(), QStringLiteral("profitable"));
        QVERIFY(qAbs(test.value(QStringLiteral("roi")).toDouble() - 0.6169694) < 1e-6);
    }

    void summaryListsEachKpisMonthsByItsAggregation()
    {
        // A plan of March to May 2026 with three KPIs recorded a few times a month.
        Plan plan;
        plan.settings.name = QStringLiteral("Aggregation");
        plan.settings.currency = QStringLiteral("EUR");
        plan.settings.startMonth = {2026, 3};
        plan.settings.months = 3;
        auto kpi = [](const char *name, const char *unit, KpiAggregation aggregation, std::map<YearMonth, double> targets,
                      std::vector<KpiActual> actuals) {
            Kpi k;
            k.id = newRecordId();
            k.name = QLatin1String(name);
            k.unit = QLatin1String(unit);
            k.aggregation = aggregation;
            k.monthlyTargets = std::move(targets);
            k.actuals = std::move(actuals);
            return k;
        };
        // Visits, summed. 27 Feb is before the horizon: not listed. March: 120 + 135 + 128 + 141
        // + 126 = 650; April: 150 + 160 = 310; May: nothing.
        plan.kpis.push_back(kpi("Visits", "visits", KpiAggregation::Sum,
                                {{{2026, 3}, 600.0}, {{2026, 4}, 350.0}, {{2026, 5}, 400.0}},
                                {{Date(2026, 2, 27), 99.0}, {Date(2026, 3, 2), 120.0}, {Date(2026, 3, 9), 135.0},
                                 {Date(2026, 3, 16), 128.0}, {Date(2026, 3, 23), 141.0}, {Date(2026, 3, 30), 126.0},
                                 {Date(2026, 4, 6), 150.0}, {Date(2026, 4, 20), 160.0}}));
        // Click-through rate, averaged. March: (2.4 + 2.9 + 3.1) / 3 = 8.4 / 3 = 2.8; April: 3.3.
        plan.kpis.push_back(kpi("CTR", "%", KpiAggregation::Average, {{{2026, 4}, 3.0}},
                                {{Date(2026, 3, 3), 2.4}, {Date(2026, 3, 17), 2.9}, {Date(2026, 3, 31), 3.1},
                                 {Date(2026, 4, 1), 3.3}}));
        // Followers, the last value. March: 830 (31 Mar); April: 860 (30 Apr); May: 870 (12 May).
        plan.kpis.push_back(kpi("Followers", "followers", KpiAggregation::Last, {{{2026, 3}, 820.0}, {{2026, 5}, 900.0}},
                                {{Date(2026, 3, 1), 800.0}, {Date(2026, 3, 15), 815.0}, {Date(2026, 3, 31), 830.0},
                                 {Date(2026, 4, 10), 845.0}, {Date(2026, 4, 30), 860.0}, {Date(2026, 5, 12), 870.0}}));
        const QString file = path(QStringLiteral("aggregation.cplan"));
        QVERIFY(storage::savePlanFile(plan, file).ok);
        const Run r = run({QStringLiteral("--summary"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonArray kpis = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("kpis")).toArray();
        QCOMPARE(kpis.size(), 3);

        const QJsonValue null(QJsonValue::Null);
        struct Expected
        {
            const char *aggregation;
            QJsonValue targets[3];
            QJsonValue actuals[3];
        };
        const Expected expected[] = {
            {"sum", {600.0, 350.0, 400.0}, {650.0, 310.0, null}},
            {"average", {null, 3.0, null}, {2.8, 3.3, null}},
            {"last", {820.0, null, 900.0}, {830.0, 860.0, 870.0}},
        };
        const QString monthNames[] = {QStringLiteral("2026-03"), QStringLiteral("2026-04"), QStringLiteral("2026-05")};
        for (qsizetype k = 0; k < kpis.size(); ++k) {
            const QJsonObject object = kpis.at(k).toObject();
            const Expected &e = expected[k];
            QCOMPARE(object.value(QStringLiteral("aggregation")).toString(), QLatin1String(e.aggregation));
            const QJsonArray months = object.value(QStringLiteral("months")).toArray();
            QCOMPARE(months.size(), 3); // the horizon's months only, in order
            for (int m = 0; m < 3; ++m) {
                const QJsonObject month = months.at(m).toObject();
                QCOMPARE(month.value(QStringLiteral("month")).toString(), monthNames[m]);
                QCOMPARE(month.value(QStringLiteral("target")), e.targets[m]);
                if (e.actuals[m].isNull())
                    QVERIFY(month.value(QStringLiteral("actual")).isNull());
                else // 2.8 is 8.4 / 3 rounded to a millionth
                    QVERIFY(qAbs(month.value(QStringLiteral("actual")).toDouble() - e.actuals[m].toDouble()) < 1e-9);
            }
        }
        // The existing keys stay: April's 310 visits against 350 is behind.
        const QJsonObject visits = kpis.at(0).toObject();
        QCOMPARE(visits.value(QStringLiteral("status")).toString(), QStringLiteral("behind"));
        QCOMPARE(visits.value(QStringLiteral("month")).toString(), QStringLiteral("2026-04"));
        QCOMPARE(visits.value(QStringLiteral("actual")).toDouble(), 310.0);
        QCOMPARE(visits.value(QStringLiteral("target")).toDouble(), 350.0);
    }

    void jsonExportImportRoundTrip()
    {
        const QString file = path(QStringLiteral("round.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), file).ok);
        QCOMPARE(run({QStringLiteral("--export-json"), path(QStringLiteral("a.json")), file}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--import-json"), path(QStringLiteral("a.json")), path(QStringLiteral("b.cplan"))}).exitCode, 0);
        QCOMPARE(run({QStringLiteral("--export-json"), path(QStringLiteral("b.json")), path(QStringLiteral("b.cplan"))}).exitCode, 0);
        QFile a(path(QStringLiteral("a.json")));
        QFile b(path(QStringLiteral("b.json")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    void badFilesAreRefused()
    {
        expectBadFile(path(QStringLiteral("missing.cplan")), QStringLiteral("does not exist"));
        expectBadFile(m_dir.path(), QStringLiteral("is a folder"));
        write(path(QStringLiteral("empty.cplan")), {});
        expectBadFile(path(QStringLiteral("empty.cplan")), QStringLiteral("empty"));
        write(path(QStringLiteral("text.cplan")), "just some text\n");
        expectBadFile(path(QStringLiteral("text.cplan")), QStringLiteral("not an SQLite database"));
        const QString newer = path(QStringLiteral("newer.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), newer).ok);
        storage::Database db;
        QVERIFY(db.create(newer) && db.execute("PRAGMA user_version = 7"));
        db.close();
        expectBadFile(newer, QStringLiteral("newer version"));
    }

    void badJsonCreatesNothing()
    {
        const QString out = path(QStringLiteral("never.cplan"));
        write(path(QStringLiteral("broken.json")), "{ \"format\": \"campaign-planner\", ");
        Run r = run({QStringLiteral("--import-json"), path(QStringLiteral("broken.json")), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("Cannot import ") + path(QStringLiteral("broken.json")) + QStringLiteral(": line 1, column")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        QByteArray json = planToJson(testing::fullPlan());
        write(path(QStringLiteral("newer.json")), QByteArray(json).replace("\"version\": 1", "\"version\": 3"));
        r = run({QStringLiteral("--import-json"), path(QStringLiteral("newer.json")), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("newer version")));
        QVERIFY(!QFile::exists(out));

        write(path(QStringLiteral("range.json")), QByteArray(json).replace("\"months\": 18", "\"months\": 999"));
        r = run({QStringLiteral("--import-json"), path(QStringLiteral("range.json")), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("the horizon must be between 1 and 120 months (found 999)")));
        QVERIFY(!QFile::exists(out));
    }

    void badImportLeavesAnExistingPlanAlone()
    {
        const QString out = path(QStringLiteral("keep.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), out).ok);
        QFile before(out);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        write(path(QStringLiteral("bad.json")), "[]");
        QCOMPARE(run({QStringLiteral("--import-json"), path(QStringLiteral("bad.json")), out}).exitCode, 1);
        QFile after(out);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    // A window has the plan open (its lock): --import-json into it, even by another name (a
    // symbolic link), is refused with one line naming the file and the window; --force writes,
    // through the link into the real file, and the link stays a link.
    void writingAPlanOpenInAWindowIsRefusedUnlessForced()
    {
        const QString plan = path(QStringLiteral("open-in-window.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), plan).ok);
        const QString link = path(QStringLiteral("window-link.cplan"));
        QVERIFY(QFile::link(plan, link));
        Plan imported = testing::fullPlan();
        imported.settings.name = QStringLiteral("From JSON");
        write(path(QStringLiteral("forced.json")), planToJson(imported));
        QFile original(plan);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();

        storage::PlanLock window(plan);
        QCOMPARE(window.tryLock(), storage::PlanLock::Result::Locked);
        Run r = run({QStringLiteral("--import-json"), path(QStringLiteral("forced.json")), link});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("Cannot write %1: it is open in %2. Close it there, or give --force to write it "
                                       "anyway (that window then asks before it saves).\n")
                            .arg(link, window.holder()));
        QVERIFY(r.out.isEmpty());
        QFile unchanged(plan);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), before);

        r = run({QStringLiteral("--import-json"), path(QStringLiteral("forced.json")), link, QStringLiteral("--force")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(storage::openPlanFile(plan).plan->settings.name, QStringLiteral("From JSON"));
        QVERIFY(window.isLocked());

        r = run({QStringLiteral("--check"), plan, QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("--force goes with --import-json, --import-actuals or --import-ics.\n")),
                 qPrintable(r.err));
    }

    void exportPdfWritesTheReport()
    {
        const QString file = path(QStringLiteral("report.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), file).ok);
        const QString pdf = path(QStringLiteral("report.pdf"));
        const Run ok = run({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--sections"), QStringLiteral("cover,summary"),
                            QStringLiteral("--page-size"), QStringLiteral("letter"), file});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.err.isEmpty());
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.read(5), QByteArray("%PDF-"));

        // An unknown section or paper is wrong usage (2) and writes nothing.
        const QString other = path(QStringLiteral("other.pdf"));
        const Run section = run({QStringLiteral("--export-pdf"), other, QStringLiteral("--sections"), QStringLiteral("cover,budget"), file});
        QCOMPARE(section.exitCode, 2);
        QVERIFY2(section.err.contains(QStringLiteral("There is no report section \"budget\"")), qPrintable(section.err));
        const Run paper = run({QStringLiteral("--export-pdf"), other, QStringLiteral("--page-size"), QStringLiteral("A3"), file});
        QCOMPARE(paper.exitCode, 2);
        QVERIFY2(paper.err.contains(QStringLiteral("\"A3\" is not known")), qPrintable(paper.err));
        QVERIFY(!QFile::exists(other));

        // A file that is not a plan is bad input (1), named in the message.
        write(path(QStringLiteral("notes.cplan")), "shopping list");
        const Run bad = run({QStringLiteral("--export-pdf"), other, path(QStringLiteral("notes.cplan"))});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.startsWith(QStringLiteral("Cannot open ") + path(QStringLiteral("notes.cplan"))), qPrintable(bad.err));
        QVERIFY(!QFile::exists(other));
    }

    void wrongUsageExitsWithTwo()
    {
        QCOMPARE(run({QStringLiteral("--check")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--frobnicate")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--check"), QStringLiteral("a"), QStringLiteral("b")}).exitCode, 2);
        const Run both = run({QStringLiteral("--check"), QStringLiteral("--summary"), QStringLiteral("a")});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.err.contains(QStringLiteral("one command at a time")));
        const Run view = run({QStringLiteral("--screenshot"), path(QStringLiteral("x.png")), QStringLiteral("--view"), QStringLiteral("nope")});
        QCOMPARE(view.exitCode, 2);
        QVERIFY(view.err.contains(QStringLiteral("Unknown view 'nope'")));
        const Run size = run({QStringLiteral("--screenshot"), path(QStringLiteral("x.png")), QStringLiteral("--size"), QStringLiteral("1024by700")});
        QCOMPARE(size.exitCode, 2);
        QVERIFY2(size.err.contains(QStringLiteral("--size takes WIDTHxHEIGHT")), qPrintable(size.err));
        QCOMPARE(run({QStringLiteral("--screenshot"), path(QStringLiteral("x.png")), QStringLiteral("--size"), QStringLiteral("100x100")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("--check"), QStringLiteral("a"), QStringLiteral("--size"), QStringLiteral("1024x700")}).exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.png"))));
    }

    void helpAndVersion()
    {
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("--export-json")));
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(CPLAN_VERSION)));
    }

    void screenshotOfEveryView()
    {
        const QString file = path(QStringLiteral("shots.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), file).ok);
        for (const char *view : {"overview", "business", "market", "channels", "rollout", "calendar", "forecast", "kpis", "review"}) {
            const QString png = path(QStringLiteral("view-%1.png").arg(QLatin1String(view)));
            const Run r = run({QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QLatin1String(view), file});
            QCOMPARE(r.exitCode, 0);
            QImage image(png);
            QCOMPARE(image.size(), QSize(1400, 900));
        }
        const QString small = path(QStringLiteral("small.png"));
        QCOMPARE(run({QStringLiteral("--screenshot"), small, QStringLiteral("--size"), QStringLiteral("1024x700"), file}).exitCode, 0);
        QCOMPARE(QImage(small).size(), QSize(1024, 700));
    }

    void reviewOnTheCommandLine()
    {
        const QString file = path(QStringLiteral("review.cplan"));
        QVERIFY(storage::savePlanFile(testing::fullPlan(), file).ok);
        QFile original(file);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();
        const QString png = path(QStringLiteral("review.png"));
        const Run shot = run({QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("review"),
                              QStringLiteral("--review"), file});
        QCOMPARE(shot.exitCode, 0);
        QCOMPARE(QImage(png).size(), QSize(1400, 900));
        // The banner's blue, not the yellow of a read-only plan, runs across the top.
        const QImage image(png);
        bool blue = false;
        for (int y = 30; y < 120 && !blue; ++y)
            blue = image.pixelColor(700, y) == QColor(0xdb, 0xea, 0xfe);
        QVERIFY(blue);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), bytes); // reviewing writes nothing by itself

        const Run noFile = run({QStringLiteral("--review")});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains(QStringLiteral("--review needs a plan FILE")));
        const Run both = run({QStringLiteral("--review"), QStringLiteral("--read-only"), file});
        QCOMPARE(both.exitCode, 2);
        const Run missing = run({QStringLiteral("--screenshot"), png, QStringLiteral("--review"), path(QStringLiteral("gone.cplan"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("gone.cplan")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
