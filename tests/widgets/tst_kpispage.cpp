// The KPIs page: the on-track status and trend chart of the selected KPI, adding KPIs from
// the presets, the monthly targets grid, how a month's actual is made (chosen by keyboard,
// one undo step), typing at a person's pace into every figure and date cell, and importing
// actuals from a CSV file through the page's button as one undo step.
#include "document.h"
#include "itemroles.h"
#include "kpimodels.h"
#include "kpispage.h"
#include "planfile.h"
#include "planningtestprompts.h"
#include "testplans.h"
#include "typing.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cplan;
using namespace cplan::testing;

class TestKpisPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<KpisPage> m_page;
    PlanningAnswers m_answers;
    QTemporaryDir m_dir;

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    // With CPLAN_SCREENSHOT_DIR set, the test leaves pictures of what it checked.
    void screenshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // The page on `plan`, built after the locale is pinned so its cells read and write in it.
    void openPage(const Plan &plan)
    {
        m_page.reset();
        m_document = std::make_unique<Document>(plan);
        m_page = std::make_unique<KpisPage>(m_document.get());
        m_page->setPrompts(std::make_unique<TestPlanningPrompts>(&m_answers));
        m_page->resize(1250, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    // Cost per lead (averaged, lower is better, April's target 12.75) with two April figures:
    // 12.5 on 10 April and 11.9 on 30 April.
    static Plan planWithTwoAprilActuals()
    {
        Plan plan = fullPlan();
        plan.kpis[0].actuals = {{Date(2026, 3, 31), 13.1}, {Date(2026, 4, 10), 12.5}, {Date(2026, 4, 30), 11.9}};
        return plan;
    }
    const Kpi &costPerLead() const { return m_document->plan().kpis[0]; }
    int steps() const { return m_document->undoStack()->count(); }
    // What the pages show for April: the months table's actual and the KPI table's latest figure.
    double aprilActualShown() const
    {
        const QAbstractItemModel *months = child<QTableView>("monthsTable")->model();
        return months->index(1, KpiMonthActual).data(Qt::EditRole).toDouble();
    }
    QString latestShown() const
    {
        const QAbstractItemModel *kpis = child<QTableView>("kpisTable")->model();
        return kpis->index(0, KpiLatest).data(Qt::DisplayRole).toString();
    }

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_answers = PlanningAnswers();
        openPage(fullPlan());
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
        QLocale::setDefault(QLocale::c());
    }

    void statusAndTrendOfTheSelectedKpi()
    {
        QCOMPARE(m_page->currentKpi(), m_document->plan().kpis[0].id);
        const QString status = child<QLabel>("kpiStatusLabel")->text();
        QVERIFY2(status.contains(QStringLiteral("On track")) && status.contains(QStringLiteral("Cost per lead")), qPrintable(status));
        QChart *chart = m_page->findChild<QChartView *>()->chart();
        QVERIFY(chart);
        QCOMPARE(chart->series().size(), 4);
        auto *target = qobject_cast<QLineSeries *>(chart->series()[0]);
        QCOMPARE(target->count(), 2); // March and April targets
        QCOMPARE(target->at(1).y(), 12.75);
        screenshot(m_page.get(), QStringLiteral("kpis-page"));

        m_page->selectKpi(m_document->plan().kpis[1].id);
        QVERIFY(child<QLabel>("kpiStatusLabel")->text().contains(QStringLiteral("No actuals")));
    }

    void addKpisFromPresets()
    {
        QMenu *menu = child<QToolButton>("addKpiButton")->menu();
        QAction *followers = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->text() == QStringLiteral("Followers"))
                followers = action;
        }
        QVERIFY(followers);
        QCOMPARE(menu->actions().size(), 19); // 17 presets, a separator, custom
        followers->trigger();
        QCOMPARE(m_document->plan().kpis.size(), std::size_t(3));
        const Kpi &kpi = m_document->plan().kpis[2];
        QCOMPARE(kpi.name, QStringLiteral("Followers"));
        QCOMPARE(kpi.aggregation, KpiAggregation::Last); // a level: the month's last value
        QTRY_COMPARE(child<QComboBox>("aggregationCombo")->currentText(), displayName(KpiAggregation::Last));
        QCOMPARE(kpi.channelId, m_document->plan().channels[0].id); // the selected KPI's channel
        QCOMPARE(m_page->currentKpi(), kpi.id);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add KPI 'Followers'"));
        QTest::mouseClick(child<QPushButton>("removeKpiButton"), Qt::LeftButton);
        QCOMPARE(m_document->plan().kpis.size(), std::size_t(2));
    }

    void monthlyTargetsGrid()
    {
        auto *grid = child<QTableView>("targetsTable");
        child<QTabWidget>("kpiTabs")->setCurrentIndex(1);
        QCOMPARE(grid->model()->columnCount(), 18);
        QVERIFY(grid->model()->setData(grid->model()->index(1, 0), QStringLiteral("2500"), Qt::EditRole));
        QCOMPARE(m_document->plan().kpis[1].monthlyTargets.at(YearMonth{2026, 3}), 2500.0);
        screenshot(m_page.get(), QStringLiteral("kpis-targets"));
    }

    void monthlyActualIsChosenByKeyboard()
    {
        openPage(planWithTwoAprilActuals());
        QVERIFY(activate(m_page.get()));
        auto *combo = child<QComboBox>("aggregationCombo");
        auto *label = child<QLabel>("aggregationLabel");
        QCOMPARE(label->buddy(), combo);
        QCOMPARE(label->text(), QStringLiteral("&Monthly actual is:"));
        QCOMPARE(combo->accessibleName(), QStringLiteral("Monthly actual is"));
        QCOMPARE(combo->count(), 3);
        QCOMPARE(combo->itemText(0), displayName(KpiAggregation::Sum));
        QCOMPARE(combo->itemText(1), displayName(KpiAggregation::Average));
        QCOMPARE(combo->itemText(2), displayName(KpiAggregation::Last));
        // Averaged: April is (12.5 + 11.9) / 2 = 12.2, within 12.75.
        QCOMPARE(combo->currentText(), displayName(KpiAggregation::Average));
        QVERIFY(qFuzzyCompare(aprilActualShown(), 12.2));
        QVERIFY2(latestShown().contains(QStringLiteral("12.20 / 12.75")), qPrintable(latestShown()));

        // Alt+M, the label's mnemonic, reaches the combo; Down moves to "last value": April is
        // 30 April's 11.9. One step.
        QTest::keyClick(m_page.get(), Qt::Key_M, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), combo);
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(costPerLead().aggregation, KpiAggregation::Last);
        QCOMPARE(steps(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change how Cost per lead's monthly actual is made"));
        QCOMPARE(aprilActualShown(), 11.9);
        QVERIFY2(latestShown().contains(QStringLiteral("11.90 / 12.75")), qPrintable(latestShown()));
        // Down at the end of the list changes nothing: no step.
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(steps(), 1);

        // Typing the name picks "Sum over the month": 12.5 + 11.9 = 24.4, above 12.75 where
        // lower is better: behind. One more step, however many keys.
        QTest::keyClicks(combo, QStringLiteral("Sum"), Qt::NoModifier, 20);
        QCOMPARE(costPerLead().aggregation, KpiAggregation::Sum);
        QCOMPARE(steps(), 2);
        QVERIFY(qFuzzyCompare(aprilActualShown(), 24.4));
        QVERIFY2(child<QLabel>("kpiStatusLabel")->text().contains(QStringLiteral("Behind")),
                 qPrintable(child<QLabel>("kpiStatusLabel")->text()));

        // The page shows the plan again once the change has settled, hence QTRY.
        m_document->undoStack()->undo();
        QCOMPARE(costPerLead().aggregation, KpiAggregation::Last);
        QTRY_COMPARE(combo->currentText(), displayName(KpiAggregation::Last));
        m_document->undoStack()->undo();
        QCOMPARE(costPerLead().aggregation, KpiAggregation::Average);
        QTRY_COMPARE(combo->currentText(), displayName(KpiAggregation::Average));
        QVERIFY(qFuzzyCompare(aprilActualShown(), 12.2));
        m_document->undoStack()->redo();
        QCOMPARE(costPerLead().aggregation, KpiAggregation::Last);
        QTRY_COMPARE(combo->currentText(), displayName(KpiAggregation::Last));
        QCOMPARE(aprilActualShown(), 11.9);

        // Saved in the file and read back.
        const QString file = m_dir.filePath(QStringLiteral("aggregation.cplan"));
        QVERIFY(storage::savePlanFile(m_document->plan(), file).ok);
        const storage::OpenResult opened = storage::openPlanFile(file);
        QVERIFY2(opened.plan, qPrintable(opened.message));
        QCOMPARE(opened.plan->kpis[0].aggregation, KpiAggregation::Last);
        screenshot(m_page.get(), QStringLiteral("kpis-aggregation"));
    }

    // Without a KPI, or in a read-only plan, there is nothing to choose.
    void noChoiceWithoutAKpiOrReadOnly()
    {
        auto *combo = child<QComboBox>("aggregationCombo");
        QVERIFY(combo->isEnabled());
        m_document->setReadOnly(true);
        QVERIFY(!combo->isEnabled());
        Plan plan = fullPlan();
        plan.kpis.clear();
        openPage(plan);
        QVERIFY(!child<QComboBox>("aggregationCombo")->isEnabled());
        QCOMPARE(child<QComboBox>("aggregationCombo")->currentIndex(), -1);
    }

    // Every figure and date cell of the page, typed key by key at 20 ms and left with Tab:
    // the stored value as typed, exactly one undo step each.
    void typingAtPaceIntoEveryCell()
    {
        openPage(planWithTwoAprilActuals());
        QVERIFY(activate(m_page.get()));
        auto *months = child<QTableView>("monthsTable");
        auto *actuals = child<QTableView>("actualsTable");
        auto *targets = child<QTableView>("targetsTable");

        // Target vs. actual, March's target (was 14): 2.34.
        typeInCell(months, months->model()->index(0, KpiMonthTarget), QStringLiteral("2.34"));
        QCOMPARE(costPerLead().monthlyTargets.at({2026, 3}), 2.34);
        QCOMPARE(steps(), 1);
        // May's actual, none yet: 2.34 dated 31 May.
        typeInCell(months, months->model()->index(2, KpiMonthActual), QStringLiteral("2.34"));
        QCOMPARE(costPerLead().actuals.back(), (KpiActual{Date(2026, 5, 31), 2.34}));
        QCOMPARE(steps(), 2);
        // April's actual, averaged from two figures: the 12.34 typed replaces both, on 30
        // April, so April reads 12.34.
        typeInCell(months, months->model()->index(1, KpiMonthActual), QStringLiteral("12.34"));
        QCOMPARE(costPerLead().actuals, (std::vector<KpiActual>{{Date(2026, 3, 31), 13.1}, {Date(2026, 4, 30), 12.34},
                                                                {Date(2026, 5, 31), 2.34}}));
        QCOMPARE(steps(), 3);
        QCOMPARE(aprilActualShown(), 12.34);

        // Actuals tab: the first value (13.1 on 31 March) becomes 2.34, then its date 15 March
        // (typed month, day, year).
        child<QTabWidget>("detailTabs")->setCurrentWidget(child<QWidget>("actualsTab"));
        typeInCell(actuals, actuals->model()->index(0, KpiActualValue), QStringLiteral("2.34"));
        QCOMPARE(costPerLead().actuals[0].value, 2.34);
        QCOMPARE(steps(), 4);
        typeInCell(actuals, actuals->model()->index(0, KpiActualDate), QStringLiteral("03152026"));
        QCOMPARE(costPerLead().actuals[0], (KpiActual{Date(2026, 3, 15), 2.34}));
        QCOMPARE(steps(), 5);

        // Monthly targets grid: Organic traffic's March target, 2.34.
        child<QTabWidget>("kpiTabs")->setCurrentIndex(1);
        typeInCell(targets, targets->model()->index(1, 0), QStringLiteral("2.34"));
        QCOMPARE(m_document->plan().kpis[1].monthlyTargets.at({2026, 3}), 2.34);
        QCOMPARE(steps(), 6);
    }

    void importActualsThroughThePage()
    {
        const QString file = m_dir.filePath(QStringLiteral("analytics.csv"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Datum;Kennzahl;Wert\r\n31.05.2026;Cost per lead;10,80\r\n31.05.2026;Organic traffic;1.500\r\n"
                  "30.06.2026;Organic traffic;n/a\r\n");
        out.close();
        m_answers.actualsFile = file;
        QTest::mouseClick(child<QPushButton>("importActualsButton"), Qt::LeftButton);
        QCOMPARE(m_answers.asked, (QStringList{QStringLiteral("csv file"), QStringLiteral("import ") + file}));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Import actuals from analytics.csv"));
        QCOMPARE(m_document->plan().kpis[0].actuals.back().value, 10.8);
        QCOMPARE(m_document->plan().kpis[1].actuals.front().value, 1500.0);
        // Again: nothing new, no second step.
        m_answers.importDialog = [](CsvImportDialog &dialog) {
            QSignalSpy finished(&dialog, &CsvImportDialog::readingFinished);
            QVERIFY(finished.wait(10000));
            QVERIFY(!dialog.importNow());
        };
        QTest::mouseClick(child<QPushButton>("importActualsButton"), Qt::LeftButton);
        QCOMPARE(m_document->undoStack()->count(), 1);
        // Cancelled file choice: nothing asked further.
        m_answers.actualsFile.clear();
        m_answers.asked.clear();
        QTest::mouseClick(child<QPushButton>("importActualsButton"), Qt::LeftButton);
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("csv file")});
    }
};

QTEST_MAIN(TestKpisPage)
#include "tst_kpispage.moc"
