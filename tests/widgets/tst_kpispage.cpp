// The KPIs page: the on-track status and trend chart of the selected KPI, adding KPIs from
// the presets, the monthly targets grid, and importing actuals from a CSV file through the
// page's button as one undo step.
#include "document.h"
#include "kpimodels.h"
#include "kpispage.h"
#include "planningtestprompts.h"
#include "testplans.h"

#include <QAction>
#include <QChart>
#include <QChartView>
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

private slots:
    void init()
    {
        m_answers = PlanningAnswers();
        m_document = std::make_unique<Document>(fullPlan());
        m_page = std::make_unique<KpisPage>(m_document.get());
        m_page->setPrompts(std::make_unique<TestPlanningPrompts>(&m_answers));
        m_page->resize(1250, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
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
        QCOMPARE(menu->actions().size(), 14); // 12 presets, a separator, custom
        followers->trigger();
        QCOMPARE(m_document->plan().kpis.size(), std::size_t(3));
        const Kpi &kpi = m_document->plan().kpis[2];
        QCOMPARE(kpi.name, QStringLiteral("Followers"));
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
