// CSV import of KPI actuals with files as analytics tools write them (tests/data/csv), the
// guessing, the row errors with their reasons, re-import without doubling, and a 50 MB file
// read in chunks with progress and cancel.
#include "actualsimport.h"
#include "csvreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>

using namespace cplan;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(qEnvironmentVariable("CPLAN_SOURCE_DIR") + QStringLiteral("/tests/data/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

// Guess from the preview, then read the whole file with that guess.
CsvActuals readWithGuess(const QByteArray &bytes, CsvPreview *previewOut = nullptr)
{
    const CsvPreview preview = previewCsv(bytes);
    if (previewOut)
        *previewOut = preview;
    return readCsvActuals(bytes, CsvImportOptions::fromGuess(preview.guess));
}

Kpi kpiNamed(const QString &name)
{
    Kpi kpi;
    kpi.id = newRecordId();
    kpi.name = name;
    return kpi;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT
private slots:
    void semicolonsAndDecimalCommas()
    {
        CsvPreview preview;
        const CsvActuals read = readWithGuess(dataFile(QStringLiteral("semicolon-decimal-comma.csv")), &preview);
        QCOMPARE(preview.guess.delimiter, QLatin1Char(';'));
        QCOMPARE(preview.guess.decimalSeparator, QLatin1Char(','));
        QVERIFY(preview.guess.hasHeader);
        QCOMPARE(preview.guess.dateColumn, 0); // "Datum"
        QCOMPARE(preview.guess.kpiColumn, 1);  // "Kennzahl"
        QCOMPARE(preview.guess.valueColumn, 2);
        QCOMPARE(preview.guess.dateFormat, CsvDateFormat::DayMonthYear); // 01.03.2026
        QCOMPARE(read.rows, 4);
        QCOMPARE(read.problemCount, 0);
        const auto &traffic = read.values.at(QStringLiteral("Organic traffic"));
        QCOMPARE(traffic.at(Date(2026, 3, 1)), 1234.5); // "1.234,5"
        QCOMPARE(traffic.at(Date(2026, 4, 1)), 1310.25);
        QCOMPARE(read.values.at(QStringLiteral("Email open rate")).at(Date(2026, 3, 1)), 42.7);
    }

    void utf8ByteOrderMark()
    {
        CsvPreview preview;
        const CsvActuals read = readWithGuess(dataFile(QStringLiteral("utf8-bom.csv")), &preview);
        QCOMPARE(preview.encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(preview.records.front().front(), QStringLiteral("date")); // no U+FEFF in front
        QCOMPARE(preview.guess.dateColumn, 0);
        QCOMPARE(read.values.at(QStringLiteral("Followers")).at(Date(2026, 4, 1)), 1604.0);
        QCOMPARE(read.readable, 2);
    }

    void quotedFieldsWithCommasQuotesAndLineBreaks()
    {
        CsvPreview preview;
        const CsvActuals read = readWithGuess(dataFile(QStringLiteral("quoted-commas.csv")), &preview);
        QCOMPARE(preview.guess.delimiter, QLatin1Char(','));
        QCOMPARE(preview.guess.kpiColumn, 1);
        QCOMPARE(preview.guess.valueColumn, 2);
        QCOMPARE(preview.guess.decimalSeparator, QLatin1Char('.')); // "2,005.75"
        QCOMPARE(preview.records[2][3], QStringLiteral("says \"great\" month"));
        QCOMPARE(preview.records[3][3], QStringLiteral("two\nlines"));
        const auto &revenue = read.values.at(QStringLiteral("Revenue, online shop"));
        QCOMPARE(revenue.size(), std::size_t(3));
        QCOMPARE(revenue.at(Date(2026, 3, 1)), 1234.5);
        QCOMPARE(revenue.at(Date(2026, 4, 1)), 2005.75);
        // The row after the quoted line break starts on line 6 of the file.
        QCOMPARE(read.problemCount, 1);
        QCOMPARE(read.problems.front().line, 6);
        QCOMPARE(read.problems.front().reason, QStringLiteral("'oops' is not a number"));
    }

    void windowsLineEndings()
    {
        const QByteArray bytes = dataFile(QStringLiteral("windows-crlf.csv"));
        QVERIFY(bytes.contains("\r\n")); // the checkout kept them (tests/data/.gitattributes)
        CsvPreview preview;
        const CsvActuals read = readWithGuess(bytes, &preview);
        for (const QStringList &record : preview.records) {
            for (const QString &field : record)
                QVERIFY2(!field.contains(QLatin1Char('\r')), qPrintable(field));
        }
        QCOMPARE(read.rows, 4); // the blank line is no row
        QCOMPARE(read.readable, 3);
        QCOMPARE(read.problems.size(), std::size_t(1));
        QCOMPARE(read.problems.front().line, 5);
        QCOMPARE(read.values.at(QStringLiteral("Impressions")).at(Date(2026, 6, 1)), 150250.0);
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<CsvDateFormat>("format");
        QTest::addColumn<Date>("first");
        QTest::newRow("2026-03-01") << QStringLiteral("dates-iso.csv") << CsvDateFormat::IsoDate << Date(2026, 3, 1);
        QTest::newRow("01/03/2026") << QStringLiteral("dates-day-first.csv") << CsvDateFormat::DayMonthYear << Date(2026, 3, 1);
        // A month's figure is dated at the month's end, like the sample plan's actuals.
        QTest::newRow("Mar 2026") << QStringLiteral("dates-month-name.csv") << CsvDateFormat::MonthName << Date(2026, 3, 31);
    }
    void dateFormats()
    {
        QFETCH(QString, file);
        QFETCH(CsvDateFormat, format);
        QFETCH(Date, first);
        CsvPreview preview;
        const CsvActuals read = readWithGuess(dataFile(file), &preview);
        QCOMPARE(preview.guess.dateFormat, format);
        QCOMPARE(preview.guess.kpiColumn, -1); // no KPI column: the user picks the KPI
        QCOMPARE(read.problemCount, 0);
        const auto &values = read.values.at(QString());
        QCOMPARE(values.begin()->first, first);
        QCOMPARE(values.rbegin()->second, 12.5);
    }

    void parseDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CsvDateFormat>("format");
        QTest::addColumn<QString>("expected"); // empty: not a date
        QTest::newRow("iso") << QStringLiteral("2026-03-01") << CsvDateFormat::IsoDate << QStringLiteral("2026-03-01");
        QTest::newRow("iso with time") << QStringLiteral("2026-03-01 00:00:00") << CsvDateFormat::IsoDate << QStringLiteral("2026-03-01");
        QTest::newRow("iso 30 Feb") << QStringLiteral("2026-02-30") << CsvDateFormat::IsoDate << QString();
        QTest::newRow("day first") << QStringLiteral("31/12/2026") << CsvDateFormat::DayMonthYear << QStringLiteral("2026-12-31");
        QTest::newRow("day first dots") << QStringLiteral("1.3.2026") << CsvDateFormat::DayMonthYear << QStringLiteral("2026-03-01");
        QTest::newRow("day first short year") << QStringLiteral("01/03/26") << CsvDateFormat::DayMonthYear << QStringLiteral("2026-03-01");
        QTest::newRow("day first 31 Feb") << QStringLiteral("31/02/2026") << CsvDateFormat::DayMonthYear << QString();
        QTest::newRow("month first") << QStringLiteral("03/31/2026") << CsvDateFormat::MonthDayYear << QStringLiteral("2026-03-31");
        QTest::newRow("month name") << QStringLiteral("Mar 2026") << CsvDateFormat::MonthName << QStringLiteral("2026-03-31");
        QTest::newRow("long month name") << QStringLiteral("February 2028") << CsvDateFormat::MonthName << QStringLiteral("2028-02-29");
        QTest::newRow("month name dash") << QStringLiteral("Dec-26") << CsvDateFormat::MonthName << QStringLiteral("2026-12-31");
        QTest::newRow("not a month") << QStringLiteral("Foo 2026") << CsvDateFormat::MonthName << QString();
        QTest::newRow("iso month") << QStringLiteral("2026-03") << CsvDateFormat::IsoMonth << QStringLiteral("2026-03-31");
        QTest::newRow("compact") << QStringLiteral("20260301") << CsvDateFormat::Compact << QStringLiteral("2026-03-01");
        QTest::newRow("text") << QStringLiteral("n/a") << CsvDateFormat::IsoDate << QString();
    }
    void parseDates()
    {
        QFETCH(QString, text);
        QFETCH(CsvDateFormat, format);
        QFETCH(QString, expected);
        const std::optional<Date> date = parseCsvDate(text, format);
        QCOMPARE(date ? toIsoString(*date) : QString(), expected);
    }

    void parseNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<double>("expected"); // NaN: not a number
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("plain") << QStringLiteral("1234") << QChar(QLatin1Char('.')) << 1234.0;
        QTest::newRow("point") << QStringLiteral("12.5") << QChar(QLatin1Char('.')) << 12.5;
        QTest::newRow("comma") << QStringLiteral("12,5") << QChar(QLatin1Char(',')) << 12.5;
        QTest::newRow("thousands, point") << QStringLiteral("1,234,567.89") << QChar(QLatin1Char('.')) << 1234567.89;
        QTest::newRow("thousands. comma") << QStringLiteral("1.234.567,89") << QChar(QLatin1Char(',')) << 1234567.89;
        QTest::newRow("thousands space") << QStringLiteral("1 234,5") << QChar(QLatin1Char(',')) << 1234.5;
        QTest::newRow("percent") << QStringLiteral("45.2 %") << QChar(QLatin1Char('.')) << 45.2;
        QTest::newRow("euro") << QStringLiteral("€ 12,50") << QChar(QLatin1Char(',')) << 12.5;
        QTest::newRow("negative") << QStringLiteral("-3.5") << QChar(QLatin1Char('.')) << -3.5;
        QTest::newRow("text") << QStringLiteral("n/a") << QChar(QLatin1Char('.')) << nan;
        QTest::newRow("words after") << QStringLiteral("12 apples") << QChar(QLatin1Char('.')) << nan;
        QTest::newRow("two decimals") << QStringLiteral("1.2.3") << QChar(QLatin1Char('.')) << nan;
        QTest::newRow("empty") << QString() << QChar(QLatin1Char('.')) << nan;
    }
    void parseNumbers()
    {
        QFETCH(QString, text);
        QFETCH(QChar, decimal);
        QFETCH(double, expected);
        const std::optional<double> number = parseCsvNumber(text, decimal);
        if (std::isnan(expected))
            QVERIFY2(!number, qPrintable(text));
        else
            QCOMPARE(number.value_or(-999.0), expected);
    }

    void textInTheValueColumnIsReportedWithItsLine()
    {
        const CsvActuals read = readWithGuess(dataFile(QStringLiteral("text-in-value.csv")));
        QCOMPARE(read.rows, 5);
        QCOMPARE(read.readable, 2);
        QCOMPARE(read.problemCount, 3);
        QCOMPARE(read.problems[0].line, 3);
        QCOMPARE(read.problems[0].reason, QStringLiteral("'n/a' is not a number"));
        QCOMPARE(read.problems[1].line, 4);
        QCOMPARE(read.problems[1].reason, QStringLiteral("no value"));
        QCOMPARE(read.problems[2].line, 5);
        QVERIFY(read.problems[2].reason.startsWith(QStringLiteral("'2026-13-01' is not a date")));
        QCOMPARE(read.values.at(QStringLiteral("Shares")).size(), std::size_t(2));
    }

    void emptyFile()
    {
        const QByteArray bytes = dataFile(QStringLiteral("empty.csv"));
        QVERIFY(bytes.isEmpty());
        const CsvPreview preview = previewCsv(bytes);
        QCOMPARE(preview.problem, QStringLiteral("The file is empty."));
        QVERIFY(preview.records.empty());
        const CsvActuals read = readCsvActuals(bytes, CsvImportOptions());
        QCOMPARE(read.rows, 0);
        QVERIFY(read.values.empty());
    }

    void missingColumnsAreAReason()
    {
        CsvImportOptions options;
        options.kpiColumn = 1;
        options.valueColumn = 2;
        const CsvActualRow row = readActualRow({QStringLiteral("2026-03-01"), QStringLiteral("Shares")}, options);
        QCOMPARE(row.problem, QStringLiteral("only 2 columns; 3 expected"));
    }

    void textArrivingInPiecesSplitsTheSame()
    {
        // A CRLF, a quote and a "" cut between two pieces.
        const QString text = QStringLiteral("a,\"b \"\"x\"\", c\"\r\n1,\"2\r\n3\",4\r\nlast,line");
        std::vector<QStringList> whole;
        std::vector<QStringList> pieces;
        CsvRecordReader reader1(QLatin1Char(','), [&](const QStringList &f, qint64) { whole.push_back(f); return true; });
        reader1.feed(text);
        reader1.finish();
        CsvRecordReader reader2(QLatin1Char(','), [&](const QStringList &f, qint64) { pieces.push_back(f); return true; });
        for (qsizetype i = 0; i < text.size(); ++i)
            reader2.feed(QStringView(text).mid(i, 1));
        reader2.finish();
        QCOMPARE(pieces, whole);
        QCOMPARE(whole.size(), std::size_t(3));
        QCOMPARE(whole[0], (QStringList{QStringLiteral("a"), QStringLiteral("b \"x\", c")}));
        QCOMPARE(whole[1], (QStringList{QStringLiteral("1"), QStringLiteral("2\n3"), QStringLiteral("4")}));
        QCOMPARE(whole[2], (QStringList{QStringLiteral("last"), QStringLiteral("line")}));
    }

    void latin1FileIsRead()
    {
        const QByteArray bytes = "date;kpi;value\n2026-03-01;Abonnenten M\xfcnchen;12\n";
        CsvPreview preview;
        const CsvActuals read = readWithGuess(bytes, &preview);
        QCOMPARE(preview.encoding, QStringLiteral("Windows-1252 / Latin-1"));
        QVERIFY(read.values.count(QStringLiteral("Abonnenten M\u00fcnchen")) == 1);
    }

    void reimportReplacesInsteadOfDoubling()
    {
        Plan plan = makeBlankPlan(QStringLiteral("Import"));
        plan.kpis = {kpiNamed(QStringLiteral("Organic traffic")), kpiNamed(QStringLiteral("Email open rate"))};
        plan.kpis[0].actuals = {{Date(2026, 2, 1), 1000.0}, {Date(2026, 3, 1), 1200.0}};
        const CsvActuals read = readWithGuess(dataFile(QStringLiteral("semicolon-decimal-comma.csv")));
        std::map<QString, RecordId> mapping;
        for (const auto &[name, values] : read.values)
            mapping[name] = matchKpi(plan, name);
        QCOMPARE(mapping.at(QStringLiteral("Organic traffic")), plan.kpis[0].id);

        const ActualsImport first = planActualsImport(plan, read, mapping);
        QCOMPARE(first.changed.size(), std::size_t(2));
        QCOMPARE(first.added, 3);    // April traffic, March and April open rate
        QCOMPARE(first.replaced, 1); // March traffic: 1200 -> 1234.5
        for (const Kpi &kpi : first.changed)
            plan.kpis[std::size_t(kpi.name == plan.kpis[0].name ? 0 : 1)] = kpi;
        QCOMPARE(plan.kpis[0].actuals.size(), std::size_t(3));
        QCOMPARE(plan.kpis[0].actuals[1].value, 1234.5);

        // The same file again: nothing changes, nothing doubles.
        const ActualsImport again = planActualsImport(plan, read, mapping);
        QVERIFY(again.changed.empty());
        QCOMPARE(again.unchanged, 4);
        QCOMPARE(again.added, 0);
    }

    void mergeKeepsDateOrder()
    {
        const ActualsMerge merge = mergeActuals({{Date(2026, 1, 31), 1.0}, {Date(2026, 3, 31), 3.0}},
                                                {{Date(2026, 2, 28), 2.0}, {Date(2026, 3, 31), 4.0}, {Date(2026, 4, 30), 5.0}});
        QCOMPARE(merge.actuals.size(), std::size_t(4));
        QCOMPARE(merge.actuals[1].date, Date(2026, 2, 28));
        QCOMPARE(merge.actuals[2].value, 4.0);
        QCOMPARE(merge.added, 2);
        QCOMPARE(merge.replaced, 1);
    }

    // 50 MB of daily values for four KPIs over several years: read in chunks, with progress
    // after each, in a few seconds; cancelling stops at the next chunk.
    void fiftyMegabytesWithProgressAndCancel()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        const char *names[] = {"Organic traffic", "Blog traffic", "Impressions", "Shares"};
        QByteArray block;
        block.reserve(1 << 20);
        qint64 rows = 0;
        file.write("date,kpi,value\n");
        Date day(2000, 1, 1);
        while (file.size() + block.size() < 50LL * 1024 * 1024) {
            for (const char *name : names) {
                block += toIsoString(day).toLatin1() + ',' + name + ',' + QByteArray::number(rows % 9973) + ".5\n";
                ++rows;
            }
            day += boost::gregorian::days(1);
            if (day.year() > 2030)
                day = Date(2000, 1, 1);
            if (block.size() > (1 << 20) - 100) {
                file.write(block);
                block.clear();
            }
        }
        file.write(block);
        file.flush();
        QVERIFY(file.size() >= 50LL * 1024 * 1024);
        file.seek(0);

        const CsvPreview preview = previewCsv(file);
        QVERIFY(preview.truncated);
        file.seek(0);
        std::vector<qint64> reports;
        QElapsedTimer timer;
        timer.start();
        const CsvActuals read = readCsvActuals(file, CsvImportOptions::fromGuess(preview.guess), [&](qint64 done, qint64 total) {
            reports.push_back(done);
            return total > 0;
        });
        const qint64 elapsed = timer.elapsed();
        qInfo("read %lld rows (%lld bytes) in %lld ms, %zu progress reports", read.rows, file.size(), elapsed, reports.size());
        QCOMPARE(read.rows, rows);
        QCOMPARE(read.problemCount, 0);
        QVERIFY(reports.size() >= 50);
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));
        QCOMPARE(reports.back(), file.size());
        QCOMPARE(read.values.size(), std::size_t(4));
        QVERIFY(read.repeated > 0); // the years repeat: later rows replace earlier ones

        file.seek(0);
        int calls = 0;
        timer.restart();
        const CsvActuals cancelled = readCsvActuals(file, CsvImportOptions::fromGuess(preview.guess), [&](qint64, qint64) {
            return ++calls < 3;
        });
        QVERIFY(cancelled.cancelled);
        QCOMPARE(calls, 3);
        QVERIFY2(timer.elapsed() < 2000, "cancelling takes effect at the next chunk");
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
