// Plans made big on purpose, through the real binary: each hostile plan of issue 15 is refused
// at both doors (.cplan and JSON) with one short line, and a plan big but within the limits
// opens, prints and exports. Big plans are made here, at test time, not kept in tests/data.
#include "apprun.h"
#include "planfile.h"
#include "planjson.h"
#include "planlimits.h"
#include "testplans.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

using testing::Run;
using testing::run;

namespace {

QString nested(int depth)
{
    return QStringLiteral("<b>").repeated(depth) + QStringLiteral("deep") + QStringLiteral("</b>").repeated(depth);
}

// The full plan (March 2026, 18 months) with `count` more items that repeat every day.
Plan withDailyItems(int count)
{
    Plan plan = testing::fullPlan();
    ContentItem daily;
    daily.title = QStringLiteral("Daily post");
    daily.date = Date(2026, 3, 1);
    daily.recurrence = QStringLiteral("FREQ=DAILY");
    for (int i = 0; i < count; ++i) {
        daily.id = newRecordId();
        plan.content.push_back(daily);
    }
    return plan;
}

} // namespace

class TestLargePlans : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The plan as a .cplan and as JSON; each command that reads it says `problem` in one line
    // naming the file, exits 1 and writes nothing.
    void expectRefused(const Plan &plan, const QString &name, const QString &problem)
    {
        const QString file = path(name + QStringLiteral(".cplan"));
        const QString json = path(name + QStringLiteral(".json"));
        QVERIFY(storage::savePlanFile(plan, file).ok);
        {
            QFile out(json);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(planToJson(plan));
        }
        const storage::OpenResult opened = storage::openPlanFile(file);
        QVERIFY(!opened.plan);
        QCOMPARE(opened.error, storage::OpenError::Damaged); // the message says what, not "damaged"
        QVERIFY(!opened.message.contains(QStringLiteral("damaged")));

        const QString out = path(name + QStringLiteral("-out"));
        const QList<QStringList> commands = {
            {QStringLiteral("--check"), file},
            {QStringLiteral("--summary"), file},
            {QStringLiteral("--export-pdf"), out, file},
            {QStringLiteral("--export-json"), out, file},
            {QStringLiteral("--export-csv"), out, file},
            {QStringLiteral("--export-ics"), out, file},
        };
        for (const QStringList &command : commands) {
            const Run r = run(command);
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err, QStringLiteral("Cannot open %1: %2\n").arg(file, problem));
            QVERIFY(!QFileInfo::exists(out));
        }
        const Run imported = run({QStringLiteral("--import-json"), json, out});
        QCOMPARE(imported.exitCode, 1);
        QCOMPARE(imported.err, QStringLiteral("Cannot import %1: %2\n").arg(json, problem));
        QVERIFY(!QFileInfo::exists(out));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // "--export-pdf took 79 s on a 0.46 MB plan whose strategy text is 100,000 nested <b> tags."
    void deeplyNestedText()
    {
        Plan plan = testing::fullPlan();
        plan.texts.strategy = nested(100000);
        expectRefused(plan, QStringLiteral("nested"),
                      QStringLiteral("Business plan: the strategy nests its formatting more than 32 levels deep "
                                     "(tags inside tags); the most a text can nest is 32"));
    }

    // "a plan with a 50 MB name (and --check took 15 s printing it)": the message quotes 59
    // characters of it.
    void fiftyMillionCharacterName()
    {
        Plan plan = testing::fullPlan();
        plan.channels[0].name = QString(50000000, QLatin1Char('n'));
        expectRefused(plan, QStringLiteral("long-name"),
                      QStringLiteral("Channel '%1': 50,000,000 characters in the name; the most a name or a "
                                     "one-line field can hold is 10,000")
                          .arg(QString(59, QLatin1Char('n')) + QChar(0x2026)));
    }

    // "one with 100,000 daily-recurring items": 54.9 million dates in 18 months.
    void hundredThousandDailyItems()
    {
        expectRefused(withDailyItems(100000), QStringLiteral("daily"),
                      QStringLiteral("the content calendar has more than 1,000,000 dates within the plan's 18 months; "
                                     "the most a plan can hold is 1,000,000"));
    }

    // Big but within the limits: a 1,000,000-character strategy nested 32 deep, a 10,000-character
    // channel name and 1,000 daily items (549,000 dates) open and export; --check names the
    // plan in at most 200 characters.
    void bigButWithinTheLimits()
    {
        Plan plan = withDailyItems(1000);
        plan.settings.name = QString(5000, QLatin1Char('p'));
        plan.channels[0].name = QString(planlimits::name, QLatin1Char('n'));
        const QString paragraph = QStringLiteral("<p>Grow the <b>online</b> share with tea lovers.</p>");
        plan.texts.strategy = QStringLiteral("<html><body>") + paragraph.repeated(19000) + QStringLiteral("</body></html>");
        plan.texts.rationale = nested(planlimits::richTextDepth - 2) + paragraph; // html, body around it
        QVERIFY(plan.texts.strategy.size() <= planlimits::richText);
        const QString file = path(QStringLiteral("big.cplan"));
        QVERIFY(storage::savePlanFile(plan, file).ok);

        const Run check = run({QStringLiteral("--check"), file});
        QCOMPARE(check.exitCode, 0);
        QVERIFY2(check.out.contains(QStringLiteral("plan \"%1\", 18 months").arg(QString(199, QLatin1Char('p')) + QChar(0x2026))),
                 qPrintable(check.out.left(400)));
        // 1,000 x 549 days + the weekly item's 8 dates.
        QVERIFY2(check.out.contains(QStringLiteral("content items 1002 (dates in the horizon 549008)")), qPrintable(check.out.right(200)));

        const QString csv = path(QStringLiteral("big.csv"));
        const Run exported = run({QStringLiteral("--export-csv"), csv, file});
        QCOMPARE(exported.exitCode, 0);
        QFile rows(csv);
        QVERIFY(rows.open(QIODevice::ReadOnly));
        // Rows start with their date; the weekly item's title runs over two lines.
        qint64 dated = 0;
        while (!rows.atEnd()) {
            const QByteArray line = rows.readLine();
            dated += line.startsWith("2026-") || line.startsWith("2027-") ? 1 : 0;
        }
        QCOMPARE(dated, 549008);

        const QString pdf = path(QStringLiteral("big.pdf"));
        const Run printed = run({QStringLiteral("--export-pdf"), pdf, file});
        QCOMPARE(printed.exitCode, 0);
        QVERIFY(printed.err.isEmpty()); // no progress when stderr is not a terminal
        QFile report(pdf);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.read(5) == "%PDF-");
    }
};

QTEST_GUILESS_MAIN(TestLargePlans)
#include "tst_largeplans.moc"
