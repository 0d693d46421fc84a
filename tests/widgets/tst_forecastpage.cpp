#include "displayformat.h"
#include "document.h"
#include "fixedcostsmodel.h"
#include "forecastpage.h"
#include "plansettingsform.h"
#include "plansettingstestprompts.h"
#include "profitandlossmodel.h"
#include "testplans.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cplan;

namespace {

int rowOf(const QAbstractItemModel &model, const QString &label)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.headerData(row, Qt::Vertical, Qt::DisplayRole).toString().trimmed() == label)
            return row;
    }
    return -1;
}

} // namespace

class TestForecastPage : public QObject
{
    Q_OBJECT
private slots:
    void profitAndLossFollowsEdits()
    {
        Document document(testing::fullPlan());
        ForecastPage page(&document);
        page.resize(1400, 900);
        page.show();
        ProfitAndLossModel *model = page.profitAndLoss();
        // 18 months and a total.
        QCOMPARE(model->columnCount(), 19);
        QCOMPARE(model->headerData(18, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("Total"));
        // Fixed costs: shop platform 79 a month for 18 months = 1,422; designer 1,200.01 for
        // June-September = 4,800.04; total 6,222.04. In March 2026 only the platform: 79.
        const int fixed = rowOf(*model, QStringLiteral("Fixed costs"));
        QVERIFY(fixed >= 0);
        QCOMPARE(model->index(fixed, 18).data(Qt::EditRole).toDouble(), 6222.04);
        QCOMPARE(model->index(fixed, 0).data(Qt::EditRole).toDouble(), 79.0);
        QCOMPARE(model->index(fixed, 3).data(Qt::EditRole).toDouble(), 1279.01);
        // Marketing spend total: 1,500 + 12,000 = 13,500; Google Ads has its own line.
        QCOMPARE(model->index(rowOf(*model, QStringLiteral("Marketing spend")), 18).data(Qt::EditRole).toDouble(), 13500.0);
        QVERIFY(rowOf(*model, QStringLiteral("Google Ads")) > 0);

        // A shorter horizon from the settings form: the table follows, and undo restores.
        // The roll-out phase runs past June: the form asks, and keeping it changes only the horizon.
        testing::PlanSettingsAnswers answers;
        answers.choice = HorizonChoice::Keep;
        page.findChild<PlanSettingsForm *>()->setPrompts(std::make_unique<testing::TestPlanSettingsPrompts>(&answers));
        auto *months = page.findChild<QSpinBox *>(QStringLiteral("monthsSpin"));
        months->setValue(6);
        QCOMPARE(answers.asked.size(), 1);
        QTRY_COMPARE(model->columnCount(), 7);
        document.undoStack()->undo();
        QTRY_COMPARE(model->columnCount(), 19);
    }

    void scenarioChoiceChangesTheFigures()
    {
        Document document(testing::fullPlan());
        ForecastPage page(&document);
        ProfitAndLossModel *model = page.profitAndLoss();
        const int revenue = rowOf(*model, QStringLiteral("Revenue"));
        const double base = model->index(revenue, 18).data(Qt::EditRole).toDouble();
        page.scenarioChoice()->setCurrentIndex(2); // optimistic x 1.35 in the test plan
        QVERIFY(qFuzzyCompare(model->index(revenue, 18).data(Qt::EditRole).toDouble(), base * 1.35));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("forecastHeadline"))->text().contains(formatPercent(*model->forecast().roi)));
    }

    void fixedCostsAreEditedWithValidation()
    {
        Document document(testing::fullPlan());
        ForecastPage page(&document);
        RecordTableModel<FixedCost> *costs = makeFixedCostsModel(&document, this);
        QVERIFY(costs->setData(costs->index(0, FixedCostUntil), QStringLiteral("2026-05"), Qt::EditRole));
        QCOMPARE(*document.plan().fixedCosts[0].endMonth, (YearMonth{2026, 5}));
        // Ending before it starts, or a month that is not a month: refused, nothing changes.
        QVERIFY(!costs->setData(costs->index(0, FixedCostUntil), QStringLiteral("2025-12"), Qt::EditRole));
        QVERIFY(!costs->setData(costs->index(0, FixedCostFrom), QStringLiteral("March"), Qt::EditRole));
        QVERIFY(!costs->setData(costs->index(0, FixedCostAmount), QStringLiteral("-5"), Qt::EditRole));
        QCOMPARE(*document.plan().fixedCosts[0].endMonth, (YearMonth{2026, 5}));
        QVERIFY(costs->setData(costs->index(0, FixedCostUntil), QString(), Qt::EditRole));
        QVERIFY(!document.plan().fixedCosts[0].endMonth.has_value()); // open-ended again
        // Shop platform from March to May 2026: 3 x 79 = 237 of it left; total 237 + 4,800.04.
        QVERIFY(costs->setData(costs->index(0, FixedCostUntil), QStringLiteral("2026-05"), Qt::EditRole));
        const int fixed = rowOf(*page.profitAndLoss(), QStringLiteral("Fixed costs"));
        QTRY_COMPARE(page.profitAndLoss()->index(fixed, 18).data(Qt::EditRole).toDouble(), 5037.04);
    }

    void csvExportMatchesTheTable()
    {
        Document document(testing::fullPlan());
        ForecastPage page(&document);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pl.csv"));
        QString error;
        QVERIFY(page.exportCsv(file, &error));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines[0].startsWith("Line (EUR),2026-03,2026-04,"));
        QVERIFY(lines[0].trimmed().endsWith(",2027-08,Total"));
        bool found = false;
        for (const QByteArray &line : lines) {
            if (line.startsWith("Fixed costs,")) {
                QVERIFY(line.trimmed().endsWith(",6222.04"));
                QVERIFY(line.startsWith("Fixed costs,79.00,79.00,79.00,1279.01,"));
                found = true;
            }
        }
        QVERIFY(found);
        QVERIFY(!page.exportCsv(dir.filePath(QStringLiteral("missing/pl.csv")), &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
    }

    void snapshotsWhenAsked()
    {
        const QString folder = qEnvironmentVariable("CPLAN_SNAPSHOTS");
        if (folder.isEmpty())
            QSKIP("set CPLAN_SNAPSHOTS to a folder to get pictures of the charts tab");
        Document document(testing::fullPlan());
        ForecastPage page(&document);
        page.resize(1400, 900);
        page.show();
        page.findChild<QTabWidget *>()->setCurrentIndex(1);
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("forecast-charts.png"))));
    }
};

QTEST_MAIN(TestForecastPage)
#include "tst_forecastpage.moc"
