// Typing at a person's pace into the figure cells of every table: segments,
// channels and the team, roll-out phases, KPIs (per month, actuals, the targets
// grid) and fixed costs. The cell's editor is opened as a double-click would, a
// decimal value is typed key by key and Tab is pressed; the stored value
// (worked out by hand) and exactly one undo step are checked. Also German
// typing ("12,5") and pasting "1,234.50" and "12,5" into a cell.
#include "channelmodels.h"
#include "channelspage.h"
#include "document.h"
#include "fixedcostsmodel.h"
#include "forecastpage.h"
#include "kpimodels.h"
#include "kpispage.h"
#include "marketmodels.h"
#include "marketpage.h"
#include "phasemodels.h"
#include "recordlistpanel.h"
#include "rolloutpage.h"
#include "testplans.h"
#include "typing.h"

#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace cplan;
using namespace cplan::testing;

class TestTypingInCells : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Document> m_document;

    const Plan &plan() const { return m_document->plan(); }
    int steps() const { return m_document->undoStack()->count(); }
    // Types into the cell (row, column) of a table and checks that one step was
    // made.
    void type(QTableView *table, int row, int column, const QString &text)
    {
        const int before = steps();
        typeInCell(table, table->model()->index(row, column), text);
        QCOMPARE(steps(), before + 1);
    }
    template<typename Page>
    std::unique_ptr<Page> open()
    {
        m_document = std::make_unique<Document>(fullPlan());
        auto page = std::make_unique<Page>(m_document.get());
        page->resize(1400, 900);
        if (!activate(page.get()))
            qWarning("the page did not become active");
        return page;
    }
    template<typename Page>
    QTableView *table(Page *page, const char *name)
    {
        auto *view = page->template findChild<QTableView *>(QLatin1String(name));
        if (!view)
            qFatal("no %s", name);
        return view;
    }

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup()
    {
        m_document.reset();
        QLocale::setDefault(QLocale::c());
    }

    void segments()
    {
        auto page = open<MarketPage>();
        QTableView *view = page->segmentsPanel()->view();
        type(view, 0, SegmentCustomers, QStringLiteral("1234"));
        QCOMPARE(plan().segments[0].customers, 1234);
        type(view, 0, SegmentSpend, QStringLiteral("45.5"));
        QCOMPARE(plan().segments[0].annualSpendPerCustomer.minorUnits(), 4550);
        type(view, 0, SegmentServiceable, QStringLiteral("12.5"));
        QCOMPARE(plan().segments[0].serviceableShare, 0.125);
        type(view, 0, SegmentObtainable, QStringLiteral("2.34"));
        QCOMPARE(plan().segments[0].obtainableShare, 0.0234);
    }

    void channelsAndTeam()
    {
        auto page = open<ChannelsPage>();
        QTableView *view = table(page.get(), "channelsTable");
        type(view, 0, ChannelCostPerClick, QStringLiteral("2.34"));
        QCOMPARE(plan().channels[0].costPerClick.minorUnits(), 234);
        type(view, 0, ChannelLeadRate, QStringLiteral("2.5"));
        QCOMPARE(plan().channels[0].leadRate, 0.025);
        type(view, 0, ChannelCloseRate, QStringLiteral("1.25"));
        QCOMPARE(plan().channels[0].closeRate, 0.0125);
        type(view, 0, ChannelOrderValue, QStringLiteral("0.95"));
        QCOMPARE(plan().channels[0].averageOrderValue.minorUnits(), 95);
        type(view, 0, ChannelTargetCostPerLead, QStringLiteral("12.75"));
        QCOMPARE(plan().channels[0].targetCostPerLead->minorUnits(), 1275);
        type(view, 1, ChannelCostPerMille, QStringLiteral("6.45"));
        QCOMPARE(plan().channels[1].costPerMille.minorUnits(), 645);
        type(view, 1, ChannelClickThroughRate, QStringLiteral("0.35"));
        QCOMPARE(plan().channels[1].clickThroughRate, 0.0035);
        type(view, 1, ChannelVisitsPerMonth, QStringLiteral("1234.5"));
        QCOMPARE(plan().channels[1].visitsPerMonth, 1234.5);

        QTableView *team = table(page.get(), "teamTable");
        type(team, 0, TeamCapacity, QStringLiteral("37.5")); // was 32.5
        QCOMPARE(plan().team[0].weeklyCapacityHours, 37.5);
    }

    void rolloutPhases()
    {
        auto page = open<RolloutPage>();
        QTableView *view = table(page.get(), "phasesTable");
        type(view, 0, PhaseBudget, QStringLiteral("1234.5"));
        QCOMPARE(plan().phases[0].budget.minorUnits(), 123450);
        type(view, 0, PhaseActualSpend, QStringLiteral("0.95"));
        QCOMPARE(plan().phases[0].actualSpend->minorUnits(), 95);
        type(view, 0, PhaseActualRevenue, QStringLiteral("2.34"));
        QCOMPARE(plan().phases[0].actualRevenue->minorUnits(), 234);
        type(view, 0, PhaseActualLeads, QStringLiteral("12"));
        QCOMPARE(*plan().phases[0].actualLeads, 12);
    }

    void kpis()
    {
        auto page = open<KpisPage>();
        // The first KPI ("Cost per lead") is selected; its months start with the
        // plan's.
        QTableView *months = table(page.get(), "monthsTable");
        const YearMonth first = plan().settings.startMonth;
        type(months, 0, KpiMonthTarget, QStringLiteral("2.34"));
        QCOMPARE(plan().kpis[0].monthlyTargets.at(first), 2.34);
        QTableView *actuals = table(page.get(), "actualsTable");
        type(actuals, 0, KpiActualValue,
             QStringLiteral("12.5")); // the actual of 2026-03-31
        QCOMPARE(plan().kpis[0].actuals[0].value, 12.5);
        QTableView *targets = table(page.get(), "targetsTable");
        auto *grid = qobject_cast<KpiTargetsModel *>(targets->model());
        QVERIFY(grid);
        type(targets, 1, 2,
             QStringLiteral("1234.5")); // "Organic traffic", the third month
        QCOMPARE(plan().kpis[1].monthlyTargets.at(grid->monthAt(2)), 1234.5);
    }

    void fixedCosts()
    {
        auto page = open<ForecastPage>();
        auto *panel = page->findChild<RecordListPanel *>(QStringLiteral("fixedCostsPanel"));
        QVERIFY(panel);
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            if (tabs->indexOf(panel) >= 0)
                tabs->setCurrentWidget(panel);
        }
        QVERIFY(panel->isVisible());
        type(panel->view(), 0, FixedCostAmount, QStringLiteral("79.95"));
        QCOMPARE(plan().fixedCosts[0].monthlyAmount.minorUnits(), 7995);
    }

    void germanCells()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        auto page = open<MarketPage>();
        QTableView *view = page->segmentsPanel()->view();
        type(view, 0, SegmentServiceable, QStringLiteral("12,5"));
        QCOMPARE(plan().segments[0].serviceableShare, 0.125);
        type(view, 0, SegmentSpend, QStringLiteral("2,34"));
        QCOMPARE(plan().segments[0].annualSpendPerCustomer.minorUnits(), 234);
        // The cell's editor shows the stored figure the German way.
        QWidget *editor = openCell(view, view->model()->index(0, SegmentServiceable));
        QCOMPARE(qobject_cast<QLineEdit *>(editor)->text(), QStringLiteral("12,5"));
        QTest::keyClick(editor, Qt::Key_Escape);
    }

    void pastingIntoCells()
    {
        auto page = open<MarketPage>();
        QTableView *view = page->segmentsPanel()->view();
        pasteThenTab(openCell(view, view->model()->index(0, SegmentSpend)), QStringLiteral("1,234.50"));
        QCOMPARE(plan().segments[0].annualSpendPerCustomer.minorUnits(), 123450);
        QCOMPARE(steps(), 1);
        page.reset();
        cleanup();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        page = open<MarketPage>();
        view = page->segmentsPanel()->view();
        pasteThenTab(openCell(view, view->model()->index(0, SegmentObtainable)), QStringLiteral("12,5"));
        QCOMPARE(plan().segments[0].obtainableShare, 0.125);
        QCOMPARE(steps(), 1);
    }
};

QTEST_MAIN(TestTypingInCells)
#include "tst_typingincells.moc"
