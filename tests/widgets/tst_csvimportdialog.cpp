// The CSV import dialog on the monthly import: a GA4 export with comment lines filtered to Organic
// Search, an e-mail report with "Mar 5, 2026 10:00 am" dates and a weighted open rate, followers
// taking the month's last value (and the KPI's aggregation set in the same step), a bad row listed
// by its line while the good rows import, dates that read both ways asked, Add/Replace/Keep in the
// month preview, one undo step, cancel writing nothing, an empty file, and a 50 MB file read on a
// worker thread while the window keeps answering.
#include "csvimportdialog.h"
#include "displayformat.h"
#include "document.h"
#include "testplans.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace cplan;

namespace {

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("CPLAN_SOURCE_DIR") + QStringLiteral("/tests/data/csv/") + name;
}

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

// Picks an item the way a person does with the keyboard: Down or Up until the combo shows it.
void chooseByKeyboard(QComboBox *combo, const QString &text)
{
    const int wanted = combo->findText(text);
    QVERIFY2(wanted >= 0, qPrintable(QStringLiteral("'%1' is not offered").arg(text)));
    for (int step = 0; step < combo->count() && combo->currentIndex() != wanted; ++step)
        QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up, Qt::NoModifier, 20);
    QCOMPARE(combo->currentText(), text);
}

int mappingRow(QWidget *dialog, const QString &series)
{
    auto *mapping = child<QTableWidget>(dialog, "mappingTable");
    for (int row = 0; row < mapping->rowCount(); ++row) {
        if (mapping->item(row, 0)->text() == series)
            return row;
    }
    return -1;
}

QComboBox *targetCombo(QWidget *dialog, const QString &series)
{
    const int row = mappingRow(dialog, series);
    return row < 0 ? nullptr : qobject_cast<QComboBox *>(child<QTableWidget>(dialog, "mappingTable")->cellWidget(row, 1));
}

QComboBox *aggregationCombo(QWidget *dialog, const QString &series)
{
    const int row = mappingRow(dialog, series);
    return row < 0 ? nullptr : qobject_cast<QComboBox *>(child<QTableWidget>(dialog, "mappingTable")->cellWidget(row, 2));
}

// The month preview as lines "Mar 2026 | 520 | 520 | Keep: already in the plan".
QStringList monthLines(QWidget *dialog)
{
    auto *months = child<QTableWidget>(dialog, "monthsTable");
    QStringList lines;
    for (int row = 0; row < months->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < months->columnCount(); ++c)
            cells.append(months->item(row, c)->text());
        lines.append(cells.join(QStringLiteral(" | ")));
    }
    return lines;
}

Kpi planWideKpi(const QString &name, const QString &unit, KpiAggregation aggregation)
{
    return Kpi{newRecordId(), {}, name, unit, BetterWhen::Higher, aggregation, {}, {}};
}

void screenshot(QDialog &dialog, const QSize &size, const QString &name)
{
    const QString dir = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    dialog.resize(size);
    QTest::qWait(50);
    dialog.grab().save(dir + QLatin1Char('/') + name);
}

} // namespace

class TestCsvImportDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // GA4 "Traffic acquisition" by day and channel group, filtered to Organic Search, into "Organic
    // traffic (visits)", which has 520 in March (the same) and 140 in April already. Organic Search
    // sessions by hand from ga4-organic-dialog.csv:
    //   February: 101 (27th) + 99 (28th)                          = 200 (before
    //   the plan starts) March:    120 (1st) + 132 (2nd) + 128 (3rd) + 140 (31st)
    //   = 520 April:    150 (1st)                                       = 150
    // Every channel, March: 520 + 40 (Direct) + 55 (Paid Search) = 615.
    void ga4OrganicSearchIntoOrganicTraffic()
    {
        Plan plan = testing::fullPlan();
        plan.kpis[1].actuals = {{Date(2026, 3, 31), 520.0}, {Date(2026, 4, 30), 140.0}};
        Document document(plan);
        const Plan before = document.plan();
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("ga4-organic-dialog.csv")));
        dialog.show();
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));

        QCOMPARE(child<QLabel>(&dialog, "presetNote")->text(), QStringLiteral("Recognised: Google Analytics 4 report"));
        QCOMPARE(child<QComboBox>(&dialog, "presetCombo")->currentData().toString(), QStringLiteral("ga4"));
        QCOMPARE(child<QComboBox>(&dialog, "delimiterCombo")->currentText(), QStringLiteral("Comma ( , )"));
        QCOMPARE(child<QComboBox>(&dialog, "dateFormatCombo")->currentData().toInt(), int(CsvDateFormat::Compact));
        QCOMPARE(child<QComboBox>(&dialog, "dateColumnCombo")->currentText(), QStringLiteral("Date"));
        QVERIFY(child<QComboBox>(&dialog, "dateOrderCombo")->isHidden()); // 20260301 reads one way only
        QCOMPARE(child<QLabel>(&dialog, "skippedLabel")->text(), QStringLiteral("5 comment lines skipped."));
        QVERIFY(child<QPushButton>(&dialog, "problemsButton")->isHidden());

        // Sessions go to Organic traffic (visits = sessions), summed as GA4's preset says.
        QCOMPARE(targetCombo(&dialog, QStringLiteral("Sessions"))->currentText(), QStringLiteral("Organic traffic (visits)"));
        QCOMPARE(aggregationCombo(&dialog, QStringLiteral("Sessions"))->currentText(), QStringLiteral("Sum over the month"));
        QCOMPARE(targetCombo(&dialog, QStringLiteral("Engaged sessions"))->currentText(), QStringLiteral("Do not import"));
        QCOMPARE(monthLines(&dialog).value(1), QStringLiteral("Mar 2026 | 615 | 520 | Replace 520"));

        // Only the rows of Organic Search: the column, then its value (the first in the file).
        chooseByKeyboard(child<QComboBox>(&dialog, "filterColumnCombo"), QStringLiteral("Session default channel group"));
        QVERIFY(finished.wait(10000));
        auto *values = child<QComboBox>(&dialog, "filterValueCombo");
        QCOMPARE(values->count(), 3); // Organic Search, Direct, Paid Search
        chooseByKeyboard(values, QStringLiteral("Direct"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(monthLines(&dialog).value(1), QStringLiteral("Mar 2026 | 40 | 520 | Replace 520"));
        chooseByKeyboard(child<QComboBox>(&dialog, "filterValueCombo"), QStringLiteral("Organic Search"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
                 QStringLiteral("11 rows, 4 left out by the filter, 7 with figures."));

        // Engaged sessions into the same KPI: two figures for one KPI cannot be imported.
        auto *import = child<QPushButton>(&dialog, "importButton");
        QVERIFY(import->isEnabled());
        chooseByKeyboard(targetCombo(&dialog, QStringLiteral("Engaged sessions")), QStringLiteral("Organic traffic (visits)"));
        QVERIFY(!import->isEnabled());
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
                 QStringLiteral("Two figures go into Organic traffic: choose one."));
        QCOMPARE(monthLines(&dialog).value(1),
                 QStringLiteral("Mar 2026 | 350 | 520 | Replace 520")); // 80 + 90 + 85 + 95
        chooseByKeyboard(targetCombo(&dialog, QStringLiteral("Engaged sessions")), QStringLiteral("Do not import"));
        QVERIFY(import->isEnabled());
        QCOMPARE(targetCombo(&dialog, QStringLiteral("Key events"))->currentText(), QStringLiteral("Do not import"));

        QCOMPARE(child<QTableWidget>(&dialog, "mappingTable")->currentRow(),
                 mappingRow(&dialog, QStringLiteral("Engaged sessions")));
        child<QTableWidget>(&dialog, "mappingTable")->setFocus();
        QTest::keyClick(child<QTableWidget>(&dialog, "mappingTable"), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(child<QLabel>(&dialog, "monthsLabel")->text(),
                 QStringLiteral("Sessions into Organic traffic (visits), sum over the month:"));
        QCOMPARE(monthLines(&dialog), (QStringList{QStringLiteral("Feb 2026 | 200 | — | Add (outside the plan)"),
                                                   QStringLiteral("Mar 2026 | 520 | 520 | Keep (the same)"),
                                                   QStringLiteral("Apr 2026 | 150 | 140 | Replace 140")}));
        QVERIFY(document.plan() == before); // nothing written before Import
        QCOMPARE(document.undoStack()->count(), 0);

        // It fits a small screen, and a large one gives the tables the room.
        QVERIFY(dialog.minimumSizeHint().width() <= 1024);
        QVERIFY(dialog.minimumSizeHint().height() <= 700);
        screenshot(dialog, QSize(1024, 700), QStringLiteral("csvdialog-ga4-1024x700.png"));
        screenshot(dialog, QSize(1600, 1000), QStringLiteral("csvdialog-ga4-1600x1000.png"));

        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import actuals from ga4-organic-dialog.csv"));
        QCOMPARE(document.plan().kpis[1].actuals,
                 (std::vector<KpiActual>{{Date(2026, 2, 28), 200.0}, {Date(2026, 3, 31), 520.0}, {Date(2026, 4, 30), 150.0}}));
        QCOMPARE(document.plan().kpis[0],
                 before.kpis[0]); // Cost per lead untouched
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
    }

    // Mailchimp's campaign report: sent "Mar 5, 2026 10:00 am"; the open rate averaged by the
    // e-mails sent. March: (2,000 × 45 % + 1,000 × 30 %) / 3,000 = 40 % (a plain average would be
    // 37.5); April: one campaign, 40 %.
    void emailOpenRateAveragedByEmailsSent()
    {
        Plan plan = testing::fullPlan();
        plan.kpis.push_back(planWideKpi(QStringLiteral("Newsletter open rate"), QStringLiteral("%"), KpiAggregation::Average));
        Document document(plan);
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("mailchimp-campaigns.csv")));
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(child<QLabel>(&dialog, "presetNote")->text(), QStringLiteral("Recognised: Mailchimp campaign report"));
        QCOMPARE(child<QComboBox>(&dialog, "dateFormatCombo")->currentData().toInt(), int(CsvDateFormat::MonthNameDate));
        QCOMPARE(child<QComboBox>(&dialog, "dateColumnCombo")->currentText(), QStringLiteral("Send Date"));
        QCOMPARE(targetCombo(&dialog, QStringLiteral("Open rate"))->currentText(), QStringLiteral("Newsletter open rate (%)"));
        QCOMPARE(aggregationCombo(&dialog, QStringLiteral("Open rate"))->currentText(),
                 QStringLiteral("Average weighted by Emails sent"));
        QCOMPARE(monthLines(&dialog),
                 (QStringList{QStringLiteral("Mar 2026 | 40 | — | Add"), QStringLiteral("Apr 2026 | 40 | — | Add")}));
        QVERIFY(dialog.importNow());
        QCOMPARE(document.plan().kpis[2].actuals, (std::vector<KpiActual>{{Date(2026, 3, 31), 40.0}, {Date(2026, 4, 30), 40.0}}));
        QCOMPARE(document.plan().kpis[2].aggregation, KpiAggregation::Average);
        QCOMPARE(document.undoStack()->count(), 1);
    }

    // Followers are a level: the month's last date counts. Instagram only: March 1,510 (31st),
    // April 1,520. Both networks, March: 1,510 + 805 = 2,315 (rows of the last date added). The KPI
    // was summed; the import makes it "last value" in the same undo step.
    void followersTakeTheLastValue()
    {
        Plan plan = testing::fullPlan();
        plan.kpis.push_back(planWideKpi(QStringLiteral("Instagram followers"), QStringLiteral("followers"), KpiAggregation::Sum));
        Document document(plan);
        const Plan before = document.plan();
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("social-profiles.csv")));
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(targetCombo(&dialog, QStringLiteral("Followers"))->currentText(),
                 QStringLiteral("Instagram followers (followers)"));
        QCOMPARE(aggregationCombo(&dialog, QStringLiteral("Followers"))->currentText(),
                 QStringLiteral("Last value in the month"));
        QCOMPARE(monthLines(&dialog).value(0), QStringLiteral("Mar 2026 | 2,315 | — | Add"));
        chooseByKeyboard(child<QComboBox>(&dialog, "filterColumnCombo"), QStringLiteral("Network"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(child<QComboBox>(&dialog, "filterValueCombo")->currentText(), QStringLiteral("Instagram"));
        QCOMPARE(monthLines(&dialog),
                 (QStringList{QStringLiteral("Mar 2026 | 1,510 | — | Add"), QStringLiteral("Apr 2026 | 1,520 | — | Add")}));
        // Summed, the two March days would count twice: 1,500 (30th) + 1,510 (31st) = 3,010.
        chooseByKeyboard(aggregationCombo(&dialog, QStringLiteral("Followers")), QStringLiteral("Sum over the month"));
        QCOMPARE(monthLines(&dialog).value(0), QStringLiteral("Mar 2026 | 3,010 | — | Add"));
        chooseByKeyboard(aggregationCombo(&dialog, QStringLiteral("Followers")), QStringLiteral("Last value in the month"));
        QCOMPARE(monthLines(&dialog).value(0), QStringLiteral("Mar 2026 | 1,510 | — | Add"));
        QTest::mouseClick(child<QPushButton>(&dialog, "importButton"), Qt::LeftButton);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.plan().kpis[2].actuals,
                 (std::vector<KpiActual>{{Date(2026, 3, 31), 1510.0}, {Date(2026, 4, 30), 1520.0}}));
        QCOMPARE(document.plan().kpis[2].aggregation, KpiAggregation::Last);
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
    }

    // Line 3 says "n/a": listed with its line and reason; the other rows import. Sessions by hand:
    // March 10 + 12 = 22, April 7; the "Total" line is skipped as a totals row.
    void badRowListedGoodRowsImport()
    {
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("sessions-one-bad-row.csv")));
        dialog.show();
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(child<QLabel>(&dialog, "presetNote")->text().startsWith(QStringLiteral("Not a known tool")));
        QCOMPARE(child<QLabel>(&dialog, "skippedLabel")->text(), QStringLiteral("1 totals row skipped."));
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(), QStringLiteral("4 rows, 3 with figures, 1 cannot be read."));
        auto *show = child<QPushButton>(&dialog, "problemsButton");
        QCOMPARE(show->text(), QStringLiteral("Show the row that cannot be read"));
        QVERIFY(!child<QGroupBox>(&dialog, "problemsGroup")->isVisible());
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(child<QGroupBox>(&dialog, "problemsGroup")->isVisible());
        auto *problems = child<QTableWidget>(&dialog, "problemsTable");
        QCOMPARE(problems->rowCount(), 1);
        QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("'n/a' is not a number"));
        screenshot(dialog, QSize(1024, 700), QStringLiteral("csvdialog-bad-row-1024x700.png"));
        QCOMPARE(targetCombo(&dialog, QStringLiteral("Sessions"))->currentText(), QStringLiteral("Organic traffic (visits)"));
        QVERIFY(dialog.importNow());
        QCOMPARE(document.plan().kpis[1].actuals, (std::vector<KpiActual>{{Date(2026, 3, 31), 22.0}, {Date(2026, 4, 30), 7.0}}));

        // The same file again: nothing new, no second step.
        CsvImportDialog again(&document, dataFile(QStringLiteral("sessions-one-bad-row.csv")));
        QSignalSpy finishedAgain(&again, &CsvImportDialog::readingFinished);
        QVERIFY(finishedAgain.wait(10000));
        QCOMPARE(monthLines(&again).value(0), QStringLiteral("Mar 2026 | 22 | 22 | Keep (the same)"));
        QVERIFY(!again.importNow());
        QCOMPARE(child<QLabel>(&again, "summaryLabel")->text(),
                 QStringLiteral("Nothing new: every month is in the plan already."));
        QCOMPARE(document.undoStack()->count(), 1);
    }

    // 03/01/2026, 03/02/2026, 04/01/2026 read both ways: the dialog asks. Day first (British
    // English): January 5 + 4 = 9, February 6. Month first: March 5 + 6 = 11, April 4.
    void ambiguousDatesAreAsked()
    {
        Plan plan = testing::fullPlan();
        plan.kpis.push_back(planWideKpi(QStringLiteral("Signups"), QStringLiteral("signups"), KpiAggregation::Sum));
        Document document(plan);
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("dates-ambiguous.csv")));
        dialog.show();
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        auto *order = child<QComboBox>(&dialog, "dateOrderCombo");
        QVERIFY(order->isVisible());
        QCOMPARE(order->currentText(), QStringLiteral("Dates are day first (31/12/2026)"));
        QCOMPARE(monthLines(&dialog).value(0), QStringLiteral("Jan 2026 | 9 | — | Add (outside the plan)"));
        chooseByKeyboard(order, QStringLiteral("Dates are month first (12/31/2026)"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(child<QComboBox>(&dialog, "dateOrderCombo")->currentText(),
                 QStringLiteral("Dates are month first (12/31/2026)"));
        QCOMPARE(monthLines(&dialog),
                 (QStringList{QStringLiteral("Mar 2026 | 11 | — | Add"), QStringLiteral("Apr 2026 | 4 | — | Add")}));
    }

    // A file with one figure that fits no KPI by name goes to the KPI selected on the KPIs page;
    // with several figures none is guessed that way.
    void singleFigureGoesToTheSelectedKpi()
    {
        Document document(testing::fullPlan()); // no KPI called anything like "Signups"
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("dates-ambiguous.csv")));
        dialog.setDefaultKpi(document.plan().kpis[1].id);
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(targetCombo(&dialog, QStringLiteral("Signups"))->currentText(), QStringLiteral("Organic traffic (visits)"));
        QCOMPARE(dialog.target(QStringLiteral("Signups")), document.plan().kpis[1].id);

        CsvImportDialog several(&document, dataFile(QStringLiteral("mailchimp-campaigns.csv")));
        several.setDefaultKpi(document.plan().kpis[1].id);
        QSignalSpy finishedSeveral(&several, &CsvImportDialog::readingFinished);
        QVERIFY(finishedSeveral.wait(10000));
        QCOMPARE(several.target(QStringLiteral("Opens")), RecordId());
        QVERIFY(!child<QPushButton>(&several, "importButton")->isEnabled());
        QVERIFY(!several.importNow());
        QCOMPARE(child<QLabel>(&several, "summaryLabel")->text(), QStringLiteral("Nothing to import: choose a KPI for a figure."));
    }

    // A date column that holds no dates: the reading says so and nothing can be imported until
    // the right column is chosen.
    void dateColumnWithoutDates()
    {
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("ga4-organic-dialog.csv")));
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        chooseByKeyboard(child<QComboBox>(&dialog, "dateColumnCombo"), QStringLiteral("Sessions"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(),
                 QStringLiteral("The column 'Sessions' holds no dates in a known form (its first value is '101')."));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        QCOMPARE(child<QTableWidget>(&dialog, "mappingTable")->rowCount(), 0);
        QVERIFY(!dialog.importNow());
        chooseByKeyboard(child<QComboBox>(&dialog, "dateColumnCombo"), QStringLiteral("Date"));
        QVERIFY(finished.wait(10000));
        QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    // No preset: the file is read again with the columns as they are.
    void choosingNoPresetReadsTheColumnsAsTheyAre()
    {
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("ga4-organic-dialog.csv")));
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        chooseByKeyboard(child<QComboBox>(&dialog, "presetCombo"), QStringLiteral("No known tool: read the columns as they are"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(dialog.reading()->preset, QString());
        QCOMPARE(child<QLabel>(&dialog, "presetNote")->text(), QString());
        QCOMPARE(child<QComboBox>(&dialog, "presetCombo")->currentData().toString(), QString());
        // Without GA4's date rule the digits-only dates are still found from the column.
        QCOMPARE(child<QComboBox>(&dialog, "dateFormatCombo")->currentData().toInt(), int(CsvDateFormat::Compact));
        QCOMPARE(child<QComboBox>(&dialog, "filterColumnCombo")->findText(QStringLiteral("Session default channel group")), 1);
    }

    // A plan under review takes no actuals: the dialog reads and shows, but does not import.
    void readOnlyPlanImportsNothing()
    {
        Document document(testing::fullPlan());
        document.setReadOnly(true, QStringLiteral("approved"));
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("ga4-organic-dialog.csv")));
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(child<QTableWidget>(&dialog, "monthsTable")->rowCount() > 0);
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        QVERIFY(!dialog.importNow());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    // Every control says what it is: a label with it as buddy, an accessible name, or its text.
    void everyControlIsNamed()
    {
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("sessions-one-bad-row.csv")));
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        QSet<const QWidget *> buddies;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        QStringList unnamed;
        int controls = 0;
        for (QWidget *widget : dialog.findChildren<QWidget *>()) {
            const bool control = qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractButton *>(widget)
                                 || (qobject_cast<QAbstractItemView *>(widget) && !qobject_cast<QHeaderView *>(widget));
            // The list of a combo's popup is named through the combo, a table's corner button through
            // the table.
            bool inside = widget->inherits("QTableCornerButton");
            for (QWidget *parent = widget->parentWidget(); parent && parent != &dialog; parent = parent->parentWidget())
                inside = inside || qobject_cast<QComboBox *>(parent) || parent->inherits("QComboBoxPrivateContainer");
            if (!control || inside)
                continue;
            ++controls;
            const auto *button = qobject_cast<QAbstractButton *>(widget);
            if (buddies.contains(widget) || !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()))
                continue;
            unnamed.append(widget->objectName() + QLatin1Char('/') + QLatin1String(widget->metaObject()->className()));
        }
        QCOMPARE(unnamed.join(QStringLiteral(", ")), QString());
        QVERIFY(controls >= 15); // 9 combos above, 2 in the mapping row, 3 tables, 4 buttons
    }

    void cancellingWritesNothing()
    {
        Document document(testing::fullPlan());
        const Plan before = document.plan();
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("ga4-organic-dialog.csv")));
        dialog.show();
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(child<QPushButton>(&dialog, "importButton")->isEnabled());
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), QDialog::Rejected);
        QVERIFY(document.plan() == before);
        QCOMPARE(document.undoStack()->count(), 0);
    }

    void emptyFile()
    {
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, dataFile(QStringLiteral("empty.csv")));
        QCOMPARE(child<QLabel>(&dialog, "summaryLabel")->text(), QStringLiteral("The file is empty."));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
        QVERIFY(!dialog.isReading());
    }

    // A 50 MB export: the window keeps answering while a worker reads it, the progress bar moves,
    // and the stop button ends the reading.
    void fiftyMegabytesDoNotFreezeTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("date,kpi,value\n");
            QByteArray block;
            const Date first(2020, 1, 1);
            for (int row = 0; block.size() < 1024 * 1024; ++row) {
                const Date day = first + boost::gregorian::days(row % 2000);
                block += toIsoString(day).toLatin1() + (row % 2 ? ",Organic traffic," : ",Cost per lead,")
                         + QByteArray::number(row % 977) + ".25\n";
            }
            for (int i = 0; i < 50; ++i)
                file.write(block);
        }
        Document document(testing::fullPlan());
        CsvImportDialog dialog(&document, path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
        QTRY_VERIFY(dialog.isReading());

        // Ticks of a 20 ms timer on the GUI thread while the file is read.
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 longestGap = 0;
        int ticks = 0;
        QList<int> progress;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            longestGap = std::max(longestGap, now - last);
            last = now;
            ++ticks;
            progress.append(child<QProgressBar>(&dialog, "progressBar")->value());
        });
        ticker.start();
        QVERIFY(finished.wait(60000));
        ticker.stop();
        qInfo("50 MB read in the dialog in %lld ms; GUI ticks: %d, longest gap "
              "%lld ms",
              clock.elapsed(), ticks, longestGap);
        QVERIFY(ticks >= 3);
        QVERIFY2(longestGap < 500, "the window must keep answering while the file is read");
        QVERIFY(progress.back() > progress.front());
        QVERIFY(dialog.reading());
        QCOMPARE(dialog.reading()->problemCount, 0);
        QVERIFY(dialog.reading()->rows > 1'000'000);
        QCOMPARE(dialog.target(QStringLiteral("Organic traffic")), document.plan().kpis[1].id);

        // Read again (another decimal setting) and stop half-way.
        chooseByKeyboard(child<QComboBox>(&dialog, "decimalCombo"), QStringLiteral("Comma: 1.234,5"));
        QTRY_VERIFY(dialog.isReading());
        QTest::mouseClick(child<QPushButton>(&dialog, "stopButton"), Qt::LeftButton);
        QVERIFY(!dialog.isReading());
        QVERIFY(!dialog.reading());
        QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(QStringLiteral("stopped")));
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    }
};

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
