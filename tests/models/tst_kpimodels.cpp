// The KPI models: the KPI list with its status, the targets grid, target against actual per
// month, the actuals list, and the import of actuals as one undo step. Every model runs under
// QAbstractItemModelTester.
#include "kpimodels.h"
#include "kpipresets.h"
#include "monthlyimport.h"
#include "itemroles.h"
#include "planningcommands.h"
#include "testplans.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cplan;

class TestKpiModels : public QObject
{
    Q_OBJECT
private slots:
    void kpiListWithStatus()
    {
        Document document(testing::fullPlan());
        auto *model = makeKpisModel(&document, &document);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        // Cost per lead, April: 11.90 against 12.75, lower is better.
        QCOMPARE(model->index(0, KpiStatusColumn).data(StatusRole).toString(), QStringLiteral("on-track"));
        QCOMPARE(model->index(0, KpiStatusColumn).data().toString(), QStringLiteral("On track"));
        QVERIFY(model->index(0, KpiStatusColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("12.75")));
        QCOMPARE(model->index(1, KpiChannel).data().toString(), QStringLiteral("(whole plan)"));
        QCOMPARE(model->index(1, KpiStatusColumn).data(StatusRole).toString(), QStringLiteral("no-actuals"));

        QVERIFY(model->setData(model->index(0, KpiBetterWhen), QStringLiteral("higher"), Qt::EditRole));
        QCOMPARE(model->index(0, KpiStatusColumn).data(StatusRole).toString(), QStringLiteral("behind"));
        QVERIFY(model->setData(model->index(1, KpiChannel), document.plan().channels[1].id.toString(), Qt::EditRole));
        QCOMPARE(document.plan().kpis[1].channelId, document.plan().channels[1].id);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change KPI channel"));
        QVERIFY(!model->setData(model->index(1, KpiName), QString(), Qt::EditRole));
    }

    void addFromPresetAndRemove()
    {
        Document document(testing::fullPlan());
        auto *model = makeKpisModel(&document, &document);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Kpi followers = kpiFromPreset(*findKpiPreset(QStringLiteral("followers")), document.plan().settings,
                                            document.plan().channels[1].id);
        document.undoStack()->push(makeAddKpiCommand(&document, followers));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add KPI 'Followers'"));
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(2, KpiUnit).data().toString(), QStringLiteral("followers"));
        document.undoStack()->push(makeRemoveKpisCommand(&document, {document.plan().kpis[0].id, followers.id}));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove 2 KPIs"));
        QCOMPARE(model->rowCount(), 1);
        document.undoStack()->undo();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(document.plan().kpis[0].name, QStringLiteral("Cost per lead"));
    }

    void targetsGrid()
    {
        Document document(testing::fullPlan());
        KpiTargetsModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(&model, &KpiTargetsModel::editRefused);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 18); // March 2026 for 18 months
        QCOMPARE(model.monthAt(0), (YearMonth{2026, 3}));
        QCOMPARE(model.index(0, 0).data(Qt::EditRole).toDouble(), 14.0);
        QCOMPARE(model.index(0, 1).data(Qt::EditRole).toDouble(), 12.75);
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("11.9")));
        QVERIFY(model.headerData(0, Qt::Vertical, Qt::DisplayRole).toString().contains(QStringLiteral("Google Ads")));

        QVERIFY(model.setData(model.index(1, 2), QStringLiteral("5000"), Qt::EditRole));
        QCOMPARE(document.plan().kpis[1].monthlyTargets.at(YearMonth{2026, 5}), 5000.0);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change target of 'Organic traffic' for May 2026"));
        QVERIFY(model.setData(model.index(0, 0), QString(), Qt::EditRole)); // clears March
        QCOMPARE(document.plan().kpis[0].monthlyTargets.count(YearMonth{2026, 3}), std::size_t(0));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("lots"), Qt::EditRole));
        QCOMPARE(refused.count(), 1);

        // A longer horizon gives more columns.
        PlanSettings settings = document.plan().settings;
        settings.months = 24;
        document.undoStack()->push(new ChangeSettingsCommand(&document, settings, QStringLiteral("Change horizon")));
        QCOMPARE(model.columnCount(), 24);
    }

    void targetAgainstActualPerMonth()
    {
        Document document(testing::fullPlan());
        KpiMonthsModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setKpi(document.plan().kpis[0].id);
        QCOMPARE(model.rowCount(), 18);
        // March: 13.10 against 14.00, lower is better -> on track, 0.90 better.
        QCOMPARE(model.index(0, KpiMonthActual).data(Qt::EditRole).toDouble(), 13.1);
        QCOMPARE(model.index(0, KpiMonthStatus).data(StatusRole).toString(), QStringLiteral("on-track"));
        QVERIFY(qFuzzyCompare(model.index(0, KpiMonthDifference).data(Qt::EditRole).toDouble(), -0.9));
        QVERIFY(!model.index(2, KpiMonthStatus).data().isValid()); // May: neither

        QVERIFY(model.setData(model.index(2, KpiMonthTarget), 12.0, Qt::EditRole));
        QVERIFY(model.setData(model.index(2, KpiMonthActual), 12.4, Qt::EditRole));
        const Kpi &kpi = document.plan().kpis[0];
        QCOMPARE(kpi.actuals.back().date, Date(2026, 5, 31)); // a month's actual is dated at its end
        QCOMPARE(model.index(2, KpiMonthStatus).data(StatusRole).toString(), QStringLiteral("behind"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change actual of 'Cost per lead' for May 2026"));
        QVERIFY(model.setData(model.index(2, KpiMonthActual), QString(), Qt::EditRole));
        QCOMPARE(document.plan().kpis[0].actuals.size(), std::size_t(2));

        // The KPI goes away: the model empties; undo brings it back.
        document.undoStack()->push(makeRemoveKpisCommand(&document, {kpi.id}));
        QCOMPARE(model.rowCount(), 0);
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 18);
    }

    void actualsList()
    {
        Document document(testing::fullPlan());
        KpiActualsModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refused(&model, &KpiActualsModel::editRefused);
        model.setKpi(document.plan().kpis[0].id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.addActual(), 2);
        QCOMPARE(document.plan().kpis[0].actuals.back().date, Date(2026, 5, 31));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add actual to 'Cost per lead'"));
        QVERIFY(model.setData(model.index(2, KpiActualValue), QStringLiteral("12.2"), Qt::EditRole));
        QCOMPARE(document.plan().kpis[0].actuals.back().value, 12.2);
        // Dates stay unique and sorted.
        QVERIFY(!model.setData(model.index(2, KpiActualDate), QDate(2026, 3, 31), Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        QVERIFY(model.setData(model.index(2, KpiActualDate), QDate(2026, 3, 15), Qt::EditRole));
        QCOMPARE(document.plan().kpis[0].actuals[0].date, Date(2026, 3, 15)); // sorted: 15 Mar comes first
        QVERIFY(validateKpi(document.plan().kpis[0]).empty());
        model.removeActuals({model.index(0, 0), model.index(1, 1)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Remove 2 actuals from 'Cost per lead'"));
    }

    void importIsOneUndoStep()
    {
        Document document(testing::fullPlan());
        KpiActualsModel model(&document);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setKpi(document.plan().kpis[1].id);
        CsvImportOptions options;
        options.kpiColumn = 1;
        options.valueColumn = 2;
        const CsvActuals read = readCsvActuals(QByteArrayLiteral("date,kpi,value\n"
                                                                 "2026-03-31,Organic traffic,900\n"
                                                                 "2026-04-30,organic traffic,1100\n"
                                                                 "2026-04-30,Cost per lead,12.5\n"),
                                               options);
        std::map<QString, RecordId> mapping;
        for (const auto &[name, values] : read.values)
            mapping[name] = matchKpi(document.plan(), name);
        const Plan before = document.plan();
        const ActualsImport import = planActualsImport(document.plan(), read, mapping);
        document.undoStack()->push(makeImportActualsCommand(&document, import, QStringLiteral("analytics.csv")));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import 3 actuals from analytics.csv"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(document.plan().kpis[0].actuals[1].value, 12.5);
        // Importing the same rows again changes nothing: no command at all.
        QVERIFY(!makeImportActualsCommand(&document, planActualsImport(document.plan(), read, mapping), QStringLiteral("analytics.csv")));
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
        QCOMPARE(model.rowCount(), 0);
    }

    // A monthly import that also sets a KPI's aggregation: one step, undone as one.
    void monthlyImportSetsTheAggregationInTheSameStep()
    {
        Document document(testing::fullPlan());
        const Plan before = document.plan();
        const RecordId costPerLead = before.kpis[0].id; // Average, actuals 13.1 (Mar) and 11.9 (Apr)
        const RecordId traffic = before.kpis[1].id;     // Sum, no actuals
        const ActualsImport import = planMonthlyImport(before, {{traffic, {{YearMonth{2026, 3}, 392.0}}}});
        QUndoCommand *command = makeImportMonthlyActualsCommand(
            &document, import, {{traffic, KpiAggregation::Last}, {costPerLead, KpiAggregation::Sum}}, QStringLiteral("ga4.csv"));
        QVERIFY(command);
        document.undoStack()->push(command);
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Import actuals from ga4.csv"));
        QCOMPARE(document.plan().kpis[1].actuals, (std::vector<KpiActual>{{Date(2026, 3, 31), 392.0}}));
        QCOMPARE(document.plan().kpis[1].aggregation, KpiAggregation::Last);
        // Only the aggregation of Cost per lead changes; its actuals stay.
        QCOMPARE(document.plan().kpis[0].aggregation, KpiAggregation::Sum);
        QCOMPARE(document.plan().kpis[0].actuals, before.kpis[0].actuals);
        document.undoStack()->undo();
        QVERIFY(document.plan() == before);
        // Nothing new and every aggregation as it is: no command.
        QVERIFY(!makeImportMonthlyActualsCommand(&document, planMonthlyImport(before, {}),
                                                 {{costPerLead, KpiAggregation::Average}}, QStringLiteral("ga4.csv")));
    }
};

QTEST_GUILESS_MAIN(TestKpiModels)
#include "tst_kpimodels.moc"
