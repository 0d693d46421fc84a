// The PDF report read back with poppler's tools: pages, paper, the sections chosen and no
// others, running header and footer, the contents' page numbers, the P&L figures against the
// summary and a P&L worked out by hand, Chinese and Persian text, and the error paths.
#include "displayformat.h"
#include "planjson.h"
#include "reportrenderer.h"
#include "summary.h"
#include "testplans.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using cplan::testing::eur;

namespace {

QString tool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int page = 0, bool layout = false)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << pdf << QStringLiteral("-");
    return tool(QStringLiteral("pdftotext"), arguments);
}

QString pdfInfo(const QString &pdf, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.+)$").arg(field), QRegularExpression::MultilineOption);
    return line.match(tool(QStringLiteral("pdfinfo"), {pdf})).captured(1).trimmed();
}

// A plan small enough to work out on paper: one pay-per-click channel, one phase in January,
// one fixed cost, two months.
Plan handWorkedPlan()
{
    Plan plan = makeBlankPlan(QStringLiteral("Hand-worked plan"));
    plan.settings.startMonth = {2027, 1};
    plan.settings.months = 2;
    plan.settings.grossMargin = 0.6;
    Channel ads;
    ads.id = newRecordId();
    ads.name = QStringLiteral("Search ads");
    ads.costModel = CostModel::Cpc;
    ads.costPerClick = eur(1.0);
    ads.leadRate = 0.1;
    ads.closeRate = 0.5;
    ads.averageOrderValue = eur(100.0);
    plan.channels = {ads};
    RolloutPhase phase;
    phase.id = newRecordId();
    phase.channelId = ads.id;
    phase.name = QStringLiteral("January push");
    phase.kind = PhaseKind::Rollout;
    phase.start = Date(2027, 1, 1);
    phase.end = Date(2027, 1, 31);
    phase.budget = eur(1000.0);
    plan.phases = {phase};
    FixedCost shop{newRecordId(), QStringLiteral("Shop"), eur(200.0), {2027, 1}, std::nullopt, {}};
    plan.fixedCosts = {shop};
    return plan;
}

// The figures of a P&L line of `pdftotext -layout`, thousands separators removed.
QList<double> figuresOf(const QString &line)
{
    QList<double> figures;
    static const QRegularExpression number(QStringLiteral("(-?[0-9][0-9,]*(?:\\.[0-9]+)?)(?=\\s|$)"));
    auto it = number.globalMatch(line.section(QStringLiteral("   "), 1)); // after the month
    while (it.hasNext())
        figures.append(it.next().captured(1).remove(QLatin1Char(',')).toDouble());
    return figures;
}

QString lineStarting(const QString &text, const QString &start)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(start))
            return line.trimmed();
    }
    return {};
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString exportPdf(const Plan &plan, const ReportOptions &options, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!writeReportPdf(plan, options, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QProcess::execute(QStringLiteral("pdfinfo"), {QStringLiteral("-v")}) == 0,
                 "poppler-utils (pdftotext, pdfinfo, pdffonts) are needed: scripts/install-deps.sh installs them");
    }

    void sectionListsAreParsed()
    {
        QString error;
        const auto chosen = parseReportSections(QStringLiteral(" Summary, forecast ,cover"), &error);
        QVERIFY(chosen);
        QCOMPARE(*chosen, (std::set<ReportSection>{ReportSection::Cover, ReportSection::Summary, ReportSection::Forecast}));

        QVERIFY(!parseReportSections(QStringLiteral("cover,budget"), &error));
        QVERIFY2(error.contains(QStringLiteral("\"budget\"")) && error.contains(QStringLiteral("cover, contents, summary")), qPrintable(error));
        QVERIFY(!parseReportSections(QStringLiteral(" , "), &error));
        QVERIFY2(error.startsWith(QStringLiteral("No report section was chosen")), qPrintable(error));
    }

    void onlyTheChosenSectionsArePrinted()
    {
        const Plan plan = testing::fullPlan();
        ReportOptions options;
        options.sections = {ReportSection::Summary, ReportSection::Forecast};
        const QString pdf = exportPdf(plan, options, QStringLiteral("chosen.pdf"));
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
        const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY(pages >= 2);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Executive summary")));
        QVERIFY(text.contains(QStringLiteral("Forecast and profit and loss")));
        for (ReportSection absent : {ReportSection::Contents, ReportSection::Market, ReportSection::Business, ReportSection::Channels,
                                     ReportSection::Charts, ReportSection::Calendar, ReportSection::Kpis, ReportSection::Review})
            QVERIFY2(!text.contains(reportSectionTitle(absent)), qPrintable(reportSectionTitle(absent)));
        QVERIFY(text.contains(QStringLiteral("page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("page %1 of %1").arg(pages)));
        // The running header carries the plan's name (its first line) on every page.
        const QString firstLine = plan.settings.name.section(QLatin1Char('\n'), 0, 0).left(20);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(pdfText(pdf, page).contains(firstLine), qPrintable(QString::number(page)));
    }

    void letterLandscape()
    {
        ReportOptions options;
        options.sections = {ReportSection::Cover};
        options.pageSize = QPageSize::Letter;
        options.orientation = QPageLayout::Landscape;
        const QString pdf = exportPdf(testing::fullPlan(), options, QStringLiteral("letter.pdf"));
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("792 x 612 pts (letter)"));
        QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")), QStringLiteral("1"));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Prepared by Maya Lindqvist")));
    }

    void contentsGivesThePageEachSectionStartsOn()
    {
        const Plan plan = testing::fullPlan();
        const QString pdf = exportPdf(plan, ReportOptions(), QStringLiteral("all.pdf"));
        const QString contents = pdfText(pdf, 2, true);
        int checked = 0;
        for (const ReportSectionInfo &info : allReportSections()) {
            if (info.section == ReportSection::Cover || info.section == ReportSection::Contents)
                continue;
            const QString line = lineStarting(contents, info.title);
            QVERIFY2(!line.isEmpty(), qPrintable(info.title));
            const int page = line.section(QLatin1Char(' '), -1).toInt();
            QVERIFY2(page > 2, qPrintable(line));
            // The section's page begins with its heading, right under the running header.
            const QStringList lines = pdfText(pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(lines.contains(info.title), qPrintable(info.title + QStringLiteral(" on page ") + QString::number(page)));
            ++checked;
        }
        QCOMPARE(checked, 9);
    }

    void profitAndLossWorkedOutByHand()
    {
        ReportOptions options;
        options.sections = {ReportSection::Forecast};
        const QString text = pdfText(exportPdf(handWorkedPlan(), options, QStringLiteral("hand.pdf")), 0, true);
        // January: 1,000 EUR at 1 EUR a click = 1,000 clicks, 10 % leads = 100, half of them
        // buy = 50 customers × 100 EUR = 5,000 revenue; 60 % margin = 3,000 gross profit;
        // less 1,000 spend and 200 fixed = 1,800. February: only the 200 fixed cost. Over both
        // months: 3,000 − 1,000 − 400 = 1,600.
        QCOMPARE(figuresOf(lineStarting(text, formatMonth({2027, 1}))),
                 (QList<double>{1000.00, 100, 50.0, 5000.00, 3000.00, 200.00, 1800.00, 1800.00}));
        QCOMPARE(figuresOf(lineStarting(text, formatMonth({2027, 2}))),
                 (QList<double>{0.00, 0, 0.0, 0.00, 0.00, 200.00, -200.00, 1600.00}));
        QCOMPARE(figuresOf(lineStarting(text, QStringLiteral("Total"))),
                 (QList<double>{1000.00, 100, 50.0, 5000.00, 3000.00, 400.00, 1600.00}));
    }

    void profitAndLossEqualsTheSummary()
    {
        const Plan plan = testing::fullPlan();
        ReportOptions options;
        options.sections = {ReportSection::Forecast};
        const QString text = pdfText(exportPdf(plan, options, QStringLiteral("pl.pdf")), 0, true);
        const QJsonArray months = planSummary(plan)[QStringLiteral("forecast")][QStringLiteral("months")].toArray();
        QCOMPARE(months.size(), 18);
        auto cents = [](double value) { return qRound64(value * 100.0); };
        for (const QJsonValue &value : months) {
            const QJsonObject month = value.toObject();
            const QString key = month[QStringLiteral("month")].toString();
            const QList<double> printed = figuresOf(lineStarting(text, formatMonth(*parseIsoMonth(key))));
            QVERIFY2(printed.size() == 8, qPrintable(key));
            const char *fields[] = {"spend", "revenue", "grossProfit", "fixedCosts", "operatingProfit", "cumulativeProfit"};
            const int columns[] = {0, 3, 4, 5, 6, 7};
            for (int i = 0; i < 6; ++i)
                QVERIFY2(cents(printed[columns[i]]) == cents(month[QLatin1String(fields[i])].toDouble()),
                         qPrintable(key + QLatin1Char(' ') + QLatin1String(fields[i])));
        }
    }

    void chineseAndPersianKeepTheirText()
    {
        Plan plan = testing::fullPlan();
        const QString chinese = QStringLiteral("春季茶叶推广计划");
        const QString persian = QStringLiteral("برنامه بازاریابی فصل بهار");
        plan.settings.name = chinese;
        plan.texts.strategy = QStringLiteral("<p>%1</p>").arg(persian);
        ReportOptions options;
        options.sections = {ReportSection::Cover, ReportSection::Business};
        const QString pdf = exportPdf(plan, options, QStringLiteral("intl.pdf"));
        const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.contains(QRegularExpression(QStringLiteral("NotoSansCJK\\S*\\s.*\\syes\\s"))), qPrintable(fonts));
        QVERIFY2(fonts.contains(QRegularExpression(QStringLiteral("DejaVuSans\\s.*\\syes\\s"))), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QRegularExpression(QStringLiteral("\\sno\\s+no\\s+no\\s"))), qPrintable(fonts));
        // The PDF's fonts map shaped Persian letters back to their presentation forms and some
        // ideographs to look-alike radicals; compatibility normalisation gives the typed text.
        QString text = pdfText(pdf).normalized(QString::NormalizationForm_KC);
        text.remove(QRegularExpression(QStringLiteral("[\\x{202A}-\\x{202E}]")));
        QVERIFY2(text.contains(chinese), qPrintable(text.left(200)));
        QVERIFY2(text.contains(persian), qPrintable(text.left(400)));
    }

    void calendarListsEveryDateByMonth()
    {
        Plan plan = handWorkedPlan(); // January and February 2027
        ContentItem weekly;
        weekly.id = newRecordId();
        weekly.title = QStringLiteral("Tea of the week");
        weekly.date = Date(2027, 1, 4); // a Monday
        weekly.recurrence = QStringLiteral("FREQ=WEEKLY");
        ContentItem once;
        once.id = newRecordId();
        once.title = QStringLiteral("Monthly report");
        once.date = Date(2027, 1, 31);
        plan.content = {weekly, once};
        ReportOptions options;
        options.sections = {ReportSection::Calendar};
        const QString text = pdfText(exportPdf(plan, options, QStringLiteral("calendar.pdf")));
        // Mondays 4, 11, 18 and 25 January and the report on the 31st; 1, 8, 15, 22 February.
        QVERIFY2(text.contains(QStringLiteral("9 dates in the horizon")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("January 2027 · 5 dates")));
        QVERIFY(text.contains(QStringLiteral("February 2027 · 4 dates")));
        for (const char *day : {"Mon 4 Jan", "Mon 25 Jan", "Sun 31 Jan", "Mon 1 Feb", "Mon 22 Feb"})
            QVERIFY2(text.contains(QLatin1String(day)), day);
        QVERIFY(!text.contains(QStringLiteral("Mon 29 Mar")));
        QCOMPARE(text.count(QStringLiteral("Tea of the week")), 8);

        // A daily item for a year runs over many pages; each one repeats the header row.
        plan.settings.months = 12;
        plan.content = {weekly};
        plan.content[0].recurrence = QStringLiteral("FREQ=DAILY");
        const QString pdf = exportPdf(plan, options, QStringLiteral("daily.pdf"));
        const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 8, qPrintable(QString::number(pages)));
        for (int page = 2; page <= pages; ++page)
            QVERIFY2(pdfText(pdf, page).contains(QStringLiteral("Status")), qPrintable(QString::number(page))); // only the header says it
        QCOMPARE(pdfText(pdf).count(QStringLiteral("Tea of the week")), 365 - 3); // from 4 January
    }

    // A busy calendar lists the first dates of each month: 20,000 lines shared by 120 months
    // is 166 a month. Six daily items in January (186 dates) and February 2027 (168).
    void busyCalendarListsTheFirstDatesOfEachMonth()
    {
        Plan plan = handWorkedPlan();
        plan.settings.months = 120;
        plan.content.clear();
        for (int i = 1; i <= 6; ++i) {
            ContentItem daily;
            daily.id = newRecordId();
            daily.title = QStringLiteral("Daily tip %1").arg(i);
            daily.date = Date(2027, 1, 1);
            daily.recurrence = QStringLiteral("FREQ=DAILY;UNTIL=20270228");
            plan.content.push_back(daily);
        }
        ReportOptions options;
        options.sections = {ReportSection::Calendar};
        const QString text = pdfText(exportPdf(plan, options, QStringLiteral("busy.pdf")));
        QVERIFY2(text.contains(QStringLiteral("354 dates in the horizon, month by month. The report lists the first 166 of "
                                              "each month.")),
                 qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("January 2027 · 186 dates")));
        QVERIFY(text.contains(QStringLiteral("… and 20 more dates this month. Export the calendar (CSV or iCalendar) for "
                                             "every date.")));
        QVERIFY(text.contains(QStringLiteral("February 2027 · 168 dates")));
        QVERIFY(text.contains(QStringLiteral("… and 2 more dates this month.")));
        // 166 + 166 lines; by day and then in the plan's order, January stops at 28 January's
        // first four items (27 x 6 = 162, + 4).
        QCOMPARE(text.count(QStringLiteral("Daily tip")), 2 * 166);
        QVERIFY(text.contains(QStringLiteral("Thu 28 Jan")));
        QVERIFY(!text.contains(QStringLiteral("Fri 29 Jan")));
        QCOMPARE(text.count(QStringLiteral("Nothing planned this month.")), 118);
    }

    // A name longer than anyone can type (from a file) is printed by its first 199 characters.
    void longNamesAreShortened()
    {
        Plan plan = handWorkedPlan();
        plan.channels[0].name = QString(10000, QChar(0x0416)); // Ж
        ReportOptions options;
        options.sections = {ReportSection::Channels};
        const QString text = pdfText(exportPdf(plan, options, QStringLiteral("long-name.pdf")));
        // The channels table and the roll-out phases table name it once each.
        QCOMPARE(text.count(QChar(0x0416)), 2 * 199);
        QCOMPARE(text.count(QChar(0x2026)), 2);
    }

    void emptyPlanSaysNoDataYet()
    {
        ReportOptions options;
        options.sections = {ReportSection::Charts};
        const QString text = pdfText(exportPdf(makeBlankPlan(QStringLiteral("Empty")), options, QStringLiteral("empty.pdf")));
        QVERIFY2(text.contains(QStringLiteral("Revenue and spend: no data yet")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Content per month: no data yet")));
    }

    void templatePromptsAreNotPrinted()
    {
        // The templates' questions ("List the five things that must happen…") are placeholder
        // text in the editor, not content: a plan started from a template prints none of them.
        for (const QString &key : {QStringLiteral("product-launch"), QStringLiteral("local-shop")}) {
            QFile json(qEnvironmentVariable("CPLAN_SOURCE_DIR") + QStringLiteral("/resources/plans/%1.json").arg(key));
            QVERIFY2(json.open(QIODevice::ReadOnly), "the templates are not found (CPLAN_SOURCE_DIR)");
            JsonImportResult read = planFromJson(json.readAll());
            QVERIFY2(read.plan, qPrintable(read.error));
            ReportOptions options;
            options.sections = {ReportSection::Summary, ReportSection::Market, ReportSection::Business};
            const QString text = pdfText(exportPdf(*read.plan, options, key + QStringLiteral(".pdf"))).simplified();
            QVERIFY2(text.contains(reportSectionTitle(ReportSection::Business)), qPrintable(text.left(400)));
            for (const char *prompt : {"List the five things", "List three to five things", "Who lives, works and passes by",
                                       "What do you know about the market", "How will you launch?", "Why this strategy?",
                                       "What makes your shop worth the walk?", "Fill this in after the tests"})
                QVERIFY2(!text.contains(QLatin1String(prompt)), prompt);
            // Each unwritten part says so instead: research notes, seven business plan parts,
            // priorities and recommendations.
            QCOMPARE(text.count(QStringLiteral("Not written yet.")), 10);
        }
    }

    void keptFiguresOutsideTheHorizonAreNotShown()
    {
        // The hand-worked plan covers January–February 2027. "Kept" after a change of horizon:
        // a phase in May 2027 and a KPI actual of 900 in June 2027, both outside. Inside: 400
        // visits in February against a target of 500 -> the PDF says February, 400, Behind.
        Plan plan = handWorkedPlan();
        RolloutPhase may = plan.phases.front();
        may.id = newRecordId();
        may.name = QStringLiteral("May scale-up");
        may.start = Date(2027, 5, 1);
        may.end = Date(2027, 5, 31);
        plan.phases.push_back(may);
        Kpi visits;
        visits.id = newRecordId();
        visits.name = QStringLiteral("Visits");
        visits.unit = QStringLiteral("visits");
        visits.monthlyTargets = {{{2027, 2}, 500.0}, {{2027, 6}, 800.0}};
        visits.actuals = {{Date(2027, 2, 28), 400.0}, {Date(2027, 6, 30), 900.0}};
        plan.kpis = {visits};
        ReportOptions options;
        options.sections = {ReportSection::Channels, ReportSection::Kpis};
        const QString text = pdfText(exportPdf(plan, options, QStringLiteral("kept.pdf"))).simplified();
        QVERIFY2(text.contains(QStringLiteral("One phase lies wholly outside the plan's months and is not drawn.")),
                 qPrintable(text));
        // The timeline draws only "January push": its title is the plain one, the May bar's
        // label is printed once (in the phase table), not a second time on the chart's axis.
        QCOMPARE(text.count(QStringLiteral("May scale-up")), 1);
        // The KPI table's row breaks after the month: "… Higher is better Feb 2027 Actual
        // Target Status 400 500 Behind".
        QVERIFY2(text.contains(QStringLiteral("Higher is better %1").arg(formatMonth({2027, 2}))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("400 500 Behind")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("900")));
    }

    void cancelLeavesTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the report from last week");
        old.close();
        int calls = 0;
        QString error;
        QVERIFY(!writeReportPdf(testing::fullPlan(), ReportOptions(), path, &error, [&](int done, int total) {
            ++calls;
            return done < total / 2;
        }));
        QVERIFY(calls > 1);
        QVERIFY2(error.contains(QStringLiteral("cancelled")) && error.contains(QStringLiteral("kept.pdf")), qPrintable(error));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the report from last week"));
    }

    void missingFolderIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
        QString error;
        QVERIFY(!writeReportPdf(testing::fullPlan(), ReportOptions(), path, &error));
        QVERIFY2(error.startsWith(QStringLiteral("Could not write the report to ") + path), qPrintable(error));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
