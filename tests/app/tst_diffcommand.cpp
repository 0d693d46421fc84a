// campaign-planner --diff OLD NEW [--json], run as a user runs it.
#include "planfile.h"
#include "sqlitedatabase.h"
#include "apprun.h"
#include "testplans.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace cplan;

namespace {

using testing::Run;
using testing::run;

} // namespace

class TestDiffCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Plan m_plan = testing::fullPlan();
    QString m_old;
    QString m_new;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_old = path(QStringLiteral("old.cplan"));
        m_new = path(QStringLiteral("new.cplan"));
        QVERIFY(storage::savePlanFile(m_plan, m_old).ok);
        QVERIFY(storage::savePlanFile(testing::withFourEdits(m_plan), m_new).ok);
    }

    void textReportsExactlyTheFourEdits()
    {
        const Run r = run({QStringLiteral("--diff"), m_old, m_new});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QCOMPARE(lines.first(), QStringLiteral("Changes from %1 to %2: 4 changes").arg(m_old, m_new));
        QVERIFY(lines.contains(QStringLiteral("  Marketing budget: 13500.00 EUR \u2192 16500.00 EUR (+3000.00 EUR)")));
        QVERIFY(lines.contains(QStringLiteral("  ~ Channel \u201CBanner\u201D: Name \u201CBanner\u201D \u2192 \u201CDisplay banner\u201D")));
        QVERIFY(lines.contains(QStringLiteral("  ~ Roll-out phase \u201CSearch test\u201D:")));
        QVERIFY(lines.contains(QStringLiteral("      Start \u201C2026-03-02\u201D \u2192 \u201C2026-03-09\u201D")));
        QVERIFY(lines.contains(QStringLiteral("      End \u201C2026-04-12\u201D \u2192 \u201C2026-04-19\u201D")));
        QVERIFY(lines.contains(QStringLiteral("  ~ Roll-out phase \u201CRoll-out\u201D: Budget \u201C12000.00 EUR\u201D \u2192 \u201C15000.00 EUR\u201D")));
        QVERIFY(lines.contains(QStringLiteral("  - Content item \u201CPress release\u201D removed")));
        // Nothing else: one line per record change, and the record lines are exactly these.
        const auto changeLines = std::count_if(lines.begin(), lines.end(), [](const QString &line) {
            return line.startsWith(QLatin1String("  ~ ")) || line.startsWith(QLatin1String("  + "))
                   || line.startsWith(QLatin1String("  - "));
        });
        QCOMPARE(changeLines, 4);
    }

    void jsonReportsTheSame()
    {
        const Run r = run({QStringLiteral("--diff"), m_old, m_new, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("changeCount")).toInt(), 4);
        const QJsonObject budget = json.value(QStringLiteral("headline")).toObject().value(QStringLiteral("budget")).toObject();
        QCOMPARE(budget.value(QStringLiteral("change")).toDouble(), 3000.0);
        QStringList seen;
        for (const QJsonValue &section : json.value(QStringLiteral("sections")).toArray()) {
            for (const QJsonValue &value : section.toObject().value(QStringLiteral("changes")).toArray()) {
                const QJsonObject change = value.toObject();
                QStringList fields;
                for (const QJsonValue &field : change.value(QStringLiteral("fields")).toArray())
                    fields << field.toObject().value(QStringLiteral("field")).toString();
                seen << change.value(QStringLiteral("change")).toString() + QLatin1Char(' ')
                            + change.value(QStringLiteral("kind")).toString() + QLatin1Char(' ')
                            + change.value(QStringLiteral("name")).toString()
                            + (change.value(QStringLiteral("change")).toString() == QLatin1String("changed")
                                   ? QLatin1Char(' ') + fields.join(QLatin1Char(','))
                                   : QString());
            }
        }
        QCOMPARE(seen, QStringList({QStringLiteral("changed channel Banner name"),
                                    QStringLiteral("changed phase Search test start,end"),
                                    QStringLiteral("changed phase Roll-out budget"),
                                    QStringLiteral("removed content Press release")}));
    }

    void reorderedRowsAreNoChange()
    {
        Plan reordered = m_plan;
        std::reverse(reordered.channels.begin(), reordered.channels.end());
        std::reverse(reordered.phases.begin(), reordered.phases.end());
        std::reverse(reordered.content.begin(), reordered.content.end());
        std::reverse(reordered.kpis.begin(), reordered.kpis.end());
        const QString file = path(QStringLiteral("reordered.cplan"));
        QVERIFY(storage::savePlanFile(reordered, file).ok);
        Run r = run({QStringLiteral("--diff"), m_old, file});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), QStringLiteral("Changes from %1 to %2: none").arg(m_old, file));
        QVERIFY(!r.out.contains(QStringLiteral("\u2192")));
        r = run({QStringLiteral("--diff"), m_old, file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("changeCount")).toInt(), 0);
        QVERIFY(json.value(QStringLiteral("sections")).toArray().isEmpty());
    }

    void badInputIsRefusedPlainly_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        const QString text = path(QStringLiteral("notes.txt"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Meeting notes, not a plan\n");
        notes.close();
        const QString newer = path(QStringLiteral("newer.cplan"));
        QVERIFY(storage::savePlanFile(m_plan, newer).ok);
        {
            storage::Database db;
            QVERIFY(db.create(newer) && db.execute("PRAGMA user_version = 42"));
        }
        QTest::newRow("not a plan") << text << QStringLiteral("not a Campaign Planner plan");
        QTest::newRow("newer version") << newer << QStringLiteral("saved by a newer version of Campaign Planner (file format 42");
        QTest::newRow("missing") << path(QStringLiteral("missing.cplan")) << QStringLiteral("does not exist");
    }

    void badInputIsRefusedPlainly()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        // Either side: exit 1, one line naming the bad file on stderr, nothing on stdout.
        for (const QStringList &arguments : {QStringList{QStringLiteral("--diff"), file, m_new},
                                             QStringList{QStringLiteral("--diff"), m_old, file, QStringLiteral("--json")}}) {
            const Run r = run(arguments);
            QCOMPARE(r.exitCode, 1);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.startsWith(QStringLiteral("Cannot open ") + file + QLatin1Char(':')), qPrintable(r.err));
            QVERIFY2(r.err.contains(problem), qPrintable(r.err));
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
    }

    void wrongUsageExitsTwo()
    {
        for (const QStringList &arguments : {QStringList{QStringLiteral("--diff"), m_old},
                                             QStringList{QStringLiteral("--diff"), m_old, m_new, m_new},
                                             QStringList{QStringLiteral("--json"), m_old},
                                             QStringList{QStringLiteral("--diff"), m_old, m_new, QStringLiteral("--check")}}) {
            const Run r = run(arguments);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.err.contains(QStringLiteral("Try campaign-planner --help.")), qPrintable(r.err));
        }
    }

    void helpSaysDifferencesAreNotAFailure()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--diff")), qPrintable(r.out));
        QVERIFY2(r.out.simplified().contains(QStringLiteral("Exits 0 also when they differ.")), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestDiffCommand)
#include "tst_diffcommand.moc"
