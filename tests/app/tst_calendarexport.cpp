// --export-ics and --export-csv of the real binary, checked against another ecosystem: Python's
// icalendar reads the exported ICS and python-dateutil expands its rules; the dates, times and
// titles must be exactly the CSV's rows. Then the errors: a missing plan, a folder that does
// not exist, wrong usage.
#include "planfile.h"
#include "testplans.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

Run runPlanner(const QStringList &arguments)
{
    return run(QStringLiteral(CPLAN_BINARY), arguments);
}

// RFC 4180: fields separated by commas, rows by CRLF; a quoted field may hold commas, line
// breaks and doubled quotes.
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.push_back(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.push_back(row);
    }
    return rows;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestCalendarExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Exports `plan` both ways and compares Python's reading of the ICS with the CSV.
    void compareWithPython(const QString &plan)
    {
        const QString python = u"/usr/bin/python3"_s;
        if (!QFile::exists(python))
            QSKIP("/usr/bin/python3 is not installed");
        const QString ics = plan + u".ics"_s;
        const QString csv = plan + u".csv"_s;
        QCOMPARE(runPlanner({u"--export-ics"_s, ics, plan}).exitCode, 0);
        QCOMPARE(runPlanner({u"--export-csv"_s, csv, plan}).exitCode, 0);

        // The horizon, and how many dates the plan says it has in it.
        const Run summary = runPlanner({u"--summary"_s, plan});
        QCOMPARE(summary.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(summary.out).object();
        const QDate first = QDate::fromString(object.value(u"startMonth"_s).toString() + u"-01"_s, Qt::ISODate);
        const QDate last = first.addMonths(object.value(u"months"_s).toInt()).addDays(-1);
        const int occurrences = object.value(u"counts"_s).toObject().value(u"occurrences"_s).toInt();

        QElapsedTimer timer;
        timer.start();
        const Run read = run(python, {qEnvironmentVariable("CPLAN_SOURCE_DIR") + u"/tests/app/ics_occurrences.py"_s, ics,
                                      first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
        if (read.exitCode == 3)
            QSKIP("python3-icalendar or python3-dateutil is not installed");
        QVERIFY2(read.exitCode == 0, qPrintable(read.err));
        QVERIFY2(timer.elapsed() < 10000, "Python took more than 10 s");
        QStringList fromPython;
        for (const QJsonValue &value : QJsonDocument::fromJson(read.out).array()) {
            const QJsonArray row = value.toArray();
            fromPython.append(row[0].toString() + u'\t' + row[1].toString() + u'\t' + row[2].toString());
        }

        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::vector<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QVERIFY(!rows.empty());
        QCOMPARE(rows.front(), (QStringList{u"date"_s, u"time"_s, u"title"_s, u"type"_s, u"channel"_s, u"campaign"_s,
                                            u"owner"_s, u"status"_s}));
        QStringList fromCsv;
        QString previous;
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), 8);
            fromCsv.append(rows[i][0] + u'\t' + rows[i][1] + u'\t' + rows[i][2]);
            const QString key = rows[i][0] + rows[i][1];
            QVERIFY2(previous <= key, "rows are in date and time order");
            previous = key;
        }
        QCOMPARE(fromCsv.size(), occurrences);
        QCOMPARE(sorted(fromPython), sorted(fromCsv));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The bundled sample: 12 months of 2027 with weekly, fortnightly, monthly (first Monday,
    // last day, third Friday, last Wednesday), daily and COUNT/UNTIL rules and excluded dates.
    void sampleAgreesWithPython()
    {
        const QString plan = path(u"sample.cplan"_s);
        const Run imported = runPlanner({u"--import-json"_s, qEnvironmentVariable("CPLAN_SOURCE_DIR") + u"/resources/plans/sample.json"_s, plan});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        compareWithPython(plan);
    }

    // Titles with quotes, semicolons, commas, a line break, a tab, emoji and right-to-left text.
    void awkwardTextAgreesWithPython()
    {
        const QString plan = path(u"full.cplan"_s);
        QVERIFY(storage::savePlanFile(testing::fullPlan(), plan).ok);
        compareWithPython(plan);
    }

    void writesToStandardOutput()
    {
        const QString plan = path(u"out.cplan"_s);
        QVERIFY(storage::savePlanFile(testing::fullPlan(), plan).ok);
        const Run ics = runPlanner({u"--export-ics"_s, u"-"_s, plan});
        QCOMPARE(ics.exitCode, 0);
        QVERIFY(ics.out.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.out.endsWith("END:VCALENDAR\r\n"));
        const Run csv = runPlanner({u"--export-csv"_s, u"-"_s, plan});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("date,time,title,type,channel,campaign,owner,status\r\n2026-03-03,09:30,"));
    }

    void errorsNameTheFile()
    {
        const QString missing = path(u"missing.cplan"_s);
        for (const QString &option : {u"--export-ics"_s, u"--export-csv"_s}) {
            Run r = runPlanner({option, path(u"x.out"_s), missing});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith(u"Cannot open "_s + missing), qPrintable(r.err));
            QVERIFY(!QFile::exists(path(u"x.out"_s)));

            const QString plan = path(u"ok.cplan"_s);
            QVERIFY(storage::savePlanFile(testing::fullPlan(), plan).ok);
            const QString nowhere = path(u"no-such-folder/calendar.out"_s);
            r = runPlanner({option, nowhere, plan});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.startsWith(u"Cannot write "_s + QDir::toNativeSeparators(nowhere) + u": "_s), qPrintable(r.err));

            r = runPlanner({option, path(u"x.out"_s)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(option + u" OUT needs exactly one plan FILE."_s), qPrintable(r.err));
            r = runPlanner({option, path(u"x.out"_s), u"--check"_s, plan});
            QCOMPARE(r.exitCode, 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestCalendarExport)
#include "tst_calendarexport.moc"
