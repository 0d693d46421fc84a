// The loader's door refuses what the JSON door refuses: a cell of the wrong type is an error
// naming the table, the record and the field, never a silent 0; a value out of range is refused
// with the application's own message. Each plan is a saved plan changed with SQL, as another
// program could change it.
#include "planfile.h"
#include "sqlitedatabase.h"
#include "testplans.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;
using namespace cplan::storage;

class TestLoaderChecks : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString savedPlan()
    {
        const QString file = m_dir.filePath(QStringLiteral("plan%1.cplan").arg(++m_files));
        const SaveResult result = savePlanFile(testing::fullPlan(), file);
        if (!result.ok)
            qFatal("%s", qPrintable(result.message));
        return file;
    }

    static QByteArray bytesOf(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale::c());
    }

    void wrongCellsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("problem");

        // The cases of the issue.
        QTest::newRow("budget 2^63-1") << QByteArray("UPDATE rollout_phase SET budget = 9223372036854775807 "
                                                     "WHERE name = 'Search test'")
                                       << QStringLiteral("Roll-out phase 'Search test': the budget must be at most "
                                                         "100,000,000,000.00");
        QTest::newRow("REAL 1e300 in a money column")
            << QByteArray("UPDATE campaign SET budget = 1e300")
            << QStringLiteral("table campaign, record 'Spring', field budget: expected an amount in whole minor "
                              "units (cents), found the number 1e+300");
        QTest::newRow("customers 2^63-1") << QByteArray("UPDATE segment SET customers = 9223372036854775807")
                                          << QStringLiteral("Segment 'Students': the number of customers must be at "
                                                            "most 10,000,000,000");
        QTest::newRow("gross margin 'abc'")
            << QByteArray("UPDATE plan_settings SET gross_margin = 'abc'")
            << QStringLiteral("table plan_settings, field gross margin: expected a number, found text 'abc'");
        QTest::newRow("months 1.5")
            << QByteArray("UPDATE plan_settings SET months = 1.5")
            << QStringLiteral("table plan_settings, field months: expected a whole number, found the number 1.5");

        // Every kind of reading that can fail.
        QTest::newRow("text in a rate") << QByteArray("UPDATE channel SET lead_rate = 'abc' WHERE name = 'Google Ads'")
                                        << QStringLiteral("table channel, record 'Google Ads', field lead rate: "
                                                          "expected a number, found text 'abc'");
        // Another program rebuilt the column without NOT NULL and left it empty.
        QTest::newRow("NULL in a rate") << QByteArray("ALTER TABLE channel RENAME COLUMN close_rate TO old_close_rate; "
                                                      "ALTER TABLE channel ADD COLUMN close_rate")
                                        << QStringLiteral("table channel, record 'Google Ads', field close rate: "
                                                          "expected a number, found nothing (NULL)");
        QTest::newRow("binary data in a text")
            << QByteArray("UPDATE competitor SET notes = x'00ff'")
            << QStringLiteral("table competitor, record 'TeaCo', field notes: expected text, found binary data");
        QTest::newRow("a number in a money column")
            << QByteArray("UPDATE channel SET target_cost_per_lead = 12.5 WHERE name = 'Google Ads'")
            << QStringLiteral("table channel, record 'Google Ads', field target cost per lead: expected an amount "
                              "in whole minor units (cents), found the number 12.5");
        QTest::newRow("text in a money column")
            << QByteArray("UPDATE fixed_cost SET monthly_amount = '79 EUR' WHERE name = 'Shop platform'")
            << QStringLiteral("table fixed_cost, record 'Shop platform', field monthly amount: expected an amount "
                              "in whole minor units (cents), found text '79 EUR'");
        QTest::newRow("a fraction of a lead")
            << QByteArray("UPDATE rollout_phase SET actual_leads = 2.5 WHERE name = 'Search test'")
            << QStringLiteral("table rollout_phase, record 'Search test', field actual leads: expected a whole "
                              "number, found the number 2.5");
        QTest::newRow("a phase without a name is called by its row")
            << QByteArray("UPDATE rollout_phase SET name = '', actual_spend = 'x' WHERE name = 'Roll-out'")
            << QStringLiteral("table rollout_phase, row 2, field actual spend: expected an amount in whole minor "
                              "units (cents), found text 'x'");
        QTest::newRow("a minute count beyond any day")
            << QByteArray("UPDATE content_item SET time_minutes = 99999999 WHERE title = 'Press release'")
            << QStringLiteral("table content_item, record 'Press release', field time minutes: the number 99999999 "
                              "is out of range");
        QTest::newRow("resolved is yes or no")
            << QByteArray("UPDATE comment SET resolved = 2 WHERE author = 'Maya'")
            << QStringLiteral("table comment, record 'Maya', field resolved: expected 1 (yes) or 0 (no), found the "
                              "whole number 2");
        QTest::newRow("resolved as text")
            << QByteArray("UPDATE comment SET resolved = 'yes' WHERE author = 'Anna'")
            << QStringLiteral("table comment, record 'Anna', field resolved: expected a whole number, found text "
                              "'yes'");
        QTest::newRow("a KPI target that is not a number")
            << QByteArray("UPDATE kpi_target SET value = 'high' WHERE month = '2026-04'")
            << QStringLiteral("table kpi_target, row 2, field value: expected a number, found text 'high'");
        QTest::newRow("a list position that is not a number")
            << QByteArray("UPDATE team_member SET position = 'first'")
            << QStringLiteral("table team_member, record 'Jonas', field position: expected a number, found text "
                              "'first'");
        QTest::newRow("a long text is shortened in the message")
            << QByteArray("UPDATE segment SET serviceable_share = 'Forty percent of all students who drink tea daily'")
            << QStringLiteral("table segment, record 'Students', field serviceable share: expected a number, found "
                              "text 'Forty percent of all students who drink…'");
        QTest::newRow("the scenario factor as text")
            << QByteArray("UPDATE plan_settings SET scenario_base = '1,0'")
            << QStringLiteral("table plan_settings, field scenario base: expected a number, found text '1,0'");

        // Ranges: the same messages as a JSON import and as typing.
        QTest::newRow("visits beyond the range")
            << QByteArray("UPDATE channel SET visits_per_month = 2e10 WHERE name = 'Banner'")
            << QStringLiteral("Channel 'Banner': visits per month must be at most 10,000,000,000");
        QTest::newRow("leads beyond the range")
            << QByteArray("UPDATE rollout_phase SET actual_leads = 10000000001 WHERE name = 'Search test'")
            << QStringLiteral("Roll-out phase 'Search test': actual leads must be at most 10,000,000,000");
        QTest::newRow("a KPI actual beyond the range")
            << QByteArray("UPDATE kpi_actual SET value = -1e16 WHERE date = '2026-03-31'")
            << QStringLiteral("KPI 'Cost per lead': the actual for 2026-03-31 must be between "
                              "-1,000,000,000,000,000 and 1,000,000,000,000,000");
        QTest::newRow("a yearly spend one cent too high")
            << QByteArray("UPDATE segment SET annual_spend_per_customer = 10000000000001")
            << QStringLiteral("Segment 'Students': annual spend per customer must be at most 100,000,000,000.00");
        QTest::newRow("the lowest 64-bit amount")
            << QByteArray("UPDATE channel SET average_order_value = -9223372036854775808 WHERE name = 'Banner'")
            << QStringLiteral("Channel 'Banner': average order value must not be negative");
    }

    void wrongCellsAreRefused()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, problem);
        const QString file = savedPlan();
        {
            Database db;
            QVERIFY(db.create(file));
            QVERIFY2(db.execute(sql.constData()), qPrintable(db.lastError()));
        }
        const QByteArray before = bytesOf(file);
        const OpenResult result = openPlanFile(file);
        QVERIFY(!result.plan);
        QCOMPARE(int(result.error), int(OpenError::Damaged));
        // One line: the file, what is wrong, what to do.
        QCOMPARE(result.message, QStringLiteral("Cannot open %1: the plan is damaged (%2). Open a backup or an "
                                                "earlier copy of the plan.")
                                     .arg(QDir::toNativeSeparators(file), problem));
        QCOMPARE(bytesOf(file), before); // nothing written, nothing lost
    }

    void theLargestValuesOpen()
    {
        // The limits themselves are allowed: 10^13 minor units, 10^10 customers and leads.
        const QString file = savedPlan();
        {
            Database db;
            QVERIFY(db.create(file));
            QVERIFY(db.execute("UPDATE rollout_phase SET budget = 10000000000000, actual_leads = 10000000000 "
                               "WHERE name = 'Search test'; UPDATE segment SET customers = 10000000000; "
                               "UPDATE channel SET visits_per_month = 1e10"));
        }
        const OpenResult result = openPlanFile(file);
        QVERIFY2(result.plan, qPrintable(result.message));
        QCOMPARE(result.plan->phases[0].budget.minorUnits(), Money::maximumMinorUnits);
        QCOMPARE(*result.plan->phases[0].actualLeads, qint64(10'000'000'000));
        QCOMPARE(result.plan->segments[0].customers, qint64(10'000'000'000));
        QCOMPARE(result.plan->channels[1].visitsPerMonth, 1e10);
    }

    void aWholeNumberInARateColumnIsANumber()
    {
        // SQLite keeps 1 as an integer in a column another program made without a type:
        // a rate of 1 is 100 %, as in JSON, where 1 and 1.0 are the same number.
        const QString file = savedPlan();
        {
            Database db;
            QVERIFY(db.create(file));
            QVERIFY(db.execute("ALTER TABLE segment RENAME COLUMN obtainable_share TO old_share; "
                               "ALTER TABLE segment ADD COLUMN obtainable_share; "
                               "UPDATE segment SET obtainable_share = 1"));
            Statement type(db, "SELECT typeof(obtainable_share) FROM segment");
            QVERIFY(type.next());
            QCOMPARE(type.text(0), QStringLiteral("integer"));
        }
        const OpenResult result = openPlanFile(file);
        QVERIFY2(result.plan, qPrintable(result.message));
        QCOMPARE(result.plan->segments[0].obtainableShare, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestLoaderChecks)
#include "tst_loaderchecks.moc"
