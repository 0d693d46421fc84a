// Bad input is explained where it was typed: for each refused value the field
// (or the cell's editor) is marked and carries the plain-language message from
// validation, the form's label or the label under the table and the status bar
// say it too, what was typed stays so it can be fixed, and nothing is committed
// (the undo stack and the stored value are unchanged) until it is fixed; then
// the mark clears and one step is made.
#include "channeldetailform.h"
#include "channelmodels.h"
#include "channelspage.h"
#include "document.h"
#include "fieldfeedback.h"
#include "marketmodels.h"
#include "marketpage.h"
#include "phasedialog.h"
#include "recordlistpanel.h"
#include "testplans.h"
#include "typing.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace cplan;
using namespace cplan::testing;

class TestFieldProblems : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QMainWindow> m_window; // for the status bar

    const Plan &plan() const { return m_document->plan(); }
    int steps() const { return m_document->undoStack()->count(); }
    template<typename Page>
    Page *open()
    {
        m_document = std::make_unique<Document>(fullPlan());
        m_window = std::make_unique<QMainWindow>();
        auto *page = new Page(m_document.get());
        m_window->setCentralWidget(page);
        m_window->resize(1400, 900);
        if (!activate(m_window.get()))
            qWarning("the window did not become active");
        return page;
    }
    QString statusBarText() const { return m_window->statusBar()->currentMessage(); }

    // Types a refused value into a segment cell and checks it is explained and
    // kept.
    void refusedInSegmentCell(int column, const QString &typed, const QString &message)
    {
        auto *page = open<MarketPage>();
        QTableView *view = page->segmentsPanel()->view();
        const Segment before = plan().segments[0];
        typeInCell(view, view->model()->index(0, column), typed);
        auto *editor = qobject_cast<QLineEdit *>(cellEditor(view));
        QVERIFY2(editor, "the cell's editor closed");
        QCOMPARE(editor->text(), typed);
        QVERIFY(fieldfeedback::hasProblem(editor));
        QCOMPARE(editor->toolTip(), message);
        QCOMPARE(page->segmentsPanel()->findChild<QLabel *>(QStringLiteral("tableProblemLabel"))->text(), message);
        QCOMPARE(statusBarText(), message);
        QCOMPARE(steps(), 0);
        QVERIFY(plan().segments[0] == before);
    }

private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup()
    {
        m_window.reset();
        m_document.reset();
        QLocale::setDefault(QLocale::c());
    }

    void segmentShareAbove100()
    {
        refusedInSegmentCell(SegmentServiceable, QStringLiteral("150"),
                             QStringLiteral("Segment 'Students': serviceable share "
                                            "must be between 0 and 100 %"));
        // Fixed in the same editor: taken, one step.
        QTableView *view = m_window->findChild<MarketPage *>()->segmentsPanel()->view();
        typeThenTab(cellEditor(view), QStringLiteral("15"));
        QCOMPARE(plan().segments[0].serviceableShare, 0.15);
        QCOMPARE(steps(), 1);
    }

    void negativeCustomers()
    {
        refusedInSegmentCell(SegmentCustomers, QStringLiteral("-500"),
                             QStringLiteral("Segment 'Students': the number of "
                                            "customers must not be negative"));
    }

    void emptySegmentName()
    {
        refusedInSegmentCell(SegmentName, QString(), QStringLiteral("Segment: the name must not be empty"));
    }

    void notANumberInACell()
    {
        refusedInSegmentCell(SegmentSpend, QStringLiteral("lots"),
                             QStringLiteral("'lots' is not a valid annual spend per customer."));
    }

    // Clicking another cell does not lose what was typed: the refused cell's
    // editor opens again.
    void refusedCellOpensAgainAfterClickingAway()
    {
        auto *page = open<MarketPage>();
        QTableView *view = page->segmentsPanel()->view();
        QWidget *editor = openCell(view, view->model()->index(0, SegmentServiceable));
        selectAllOf(editor);
        QTest::keyClicks(editor, QStringLiteral("150"), Qt::NoModifier, 20);
        view->setCurrentIndex(view->model()->index(0, SegmentName)); // the person clicks elsewhere
        QTRY_VERIFY(cellEditor(view) && qobject_cast<QLineEdit *>(cellEditor(view))->text() == QStringLiteral("150"));
        QCOMPARE(view->currentIndex().column(), int(SegmentServiceable));
        QVERIFY(fieldfeedback::hasProblem(cellEditor(view)));
        QCOMPARE(steps(), 0);
    }

    void longNameInACellIsRefused()
    {
        auto *page = open<ChannelsPage>();
        auto *view = page->findChild<QTableView *>(QStringLiteral("channelsTable"));
        pasteThenTab(openCell(view, view->model()->index(0, ChannelName)), QString(10000, QLatin1Char('x')));
        QWidget *editor = cellEditor(view);
        QVERIFY(editor);
        // The record is quoted as typed, shortened to 59 characters and an
        // ellipsis.
        QCOMPARE(editor->toolTip(), QStringLiteral("Channel '%1…': the name is 10000 characters long; at most 200 fit")
                                        .arg(QString(59, QLatin1Char('x'))));
        QCOMPARE(plan().channels[0].name, QStringLiteral("Google Ads"));
        QCOMPARE(steps(), 0);
    }

    void channelFormRates()
    {
        auto *page = open<ChannelsPage>();
        page->selectChannel(plan().channels[0].id);
        auto *leadRate = page->findChild<QDoubleSpinBox *>(QStringLiteral("leadRateSpin"));
        auto *label = page->findChild<QLabel *>(QStringLiteral("channelProblemLabel"));
        typeThenTab(leadRate, QStringLiteral("150"));
        const QString message = QStringLiteral("Channel 'Google Ads': lead rate must be between 0 and 100 %");
        QVERIFY(fieldfeedback::hasProblem(leadRate));
        QCOMPARE(leadRate->toolTip(), message);
        QCOMPARE(label->text(), message);
        QCOMPARE(leadRate->value(), 150.0); // what was typed stays
        QCOMPARE(plan().channels[0].leadRate, 0.06);
        QCOMPARE(steps(), 0);
        typeThenTab(leadRate, QStringLiteral("15"));
        QVERIFY(!fieldfeedback::hasProblem(leadRate));
        QVERIFY(label->text().isEmpty());
        QCOMPARE(plan().channels[0].leadRate, 0.15);
        QCOMPARE(steps(), 1);

        auto *cost = page->findChild<QDoubleSpinBox *>(QStringLiteral("costPerClickSpin"));
        typeThenTab(cost, QStringLiteral("-2"));
        QCOMPARE(cost->toolTip(), QStringLiteral("Channel 'Google Ads': cost per click must not be negative"));
        QCOMPARE(plan().channels[0].costPerClick.minorUnits(), 85);
        QCOMPARE(steps(), 1);
    }

    void channelFormNames()
    {
        auto *page = open<ChannelsPage>();
        page->selectChannel(plan().channels[0].id);
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("channelNameEdit"));
        auto *label = page->findChild<QLabel *>(QStringLiteral("channelProblemLabel"));
        typeThenTab(name, QStringLiteral("  "));
        QCOMPARE(label->text(), QStringLiteral("Channel: the name must not be empty"));
        QCOMPARE(name->toolTip(), label->text());
        QCOMPARE(name->text(), QStringLiteral("  "));
        QCOMPARE(plan().channels[0].name, QStringLiteral("Google Ads"));
        QCOMPARE(steps(), 0);
        // A pasted page of text is limited to the 200 characters a name may have.
        pasteThenTab(name, QString(10000, QLatin1Char('n')));
        QCOMPARE(plan().channels[0].name, QString(200, QLatin1Char('n')));
        QVERIFY(!fieldfeedback::hasProblem(name));
        QCOMPARE(steps(), 1);
        // The heading shows it shortened, so the form keeps its width.
        auto *title = page->findChild<QLabel *>(QStringLiteral("channelTitleLabel"));
        QTRY_VERIFY(title->text().contains(QString(39, QLatin1Char('n')) + QChar(0x2026)));
        QCOMPARE(title->sizePolicy().horizontalPolicy(), QSizePolicy::Ignored);
    }

    void competitorWebsite()
    {
        auto *page = open<MarketPage>();
        page->tabs()->setCurrentIndex(2);
        RecordListPanel *competitors = page->competitorsPanel();
        competitors->view()->setCurrentIndex(competitors->view()->model()->index(0, 0));
        auto *website = page->findChild<QLineEdit *>(QStringLiteral("competitorWebsiteEdit"));
        auto *label = page->findChild<QLabel *>(QStringLiteral("competitorMessageLabel"));
        typeThenTab(website, QStringLiteral("not a url at all"));
        const QString message = QStringLiteral("Competitor 'TeaCo': 'not a url at all' is not a web "
                                               "address; type one such "
                                               "as https://example.com or example.com");
        QCOMPARE(label->text(), message);
        QCOMPARE(website->toolTip(), message);
        QCOMPARE(website->text(), QStringLiteral("not a url at all"));
        QCOMPARE(plan().competitors[0].website, QStringLiteral("https://teaco.example"));
        QCOMPARE(steps(), 0);
        typeThenTab(website, QStringLiteral("teaco.de"));
        QCOMPARE(plan().competitors[0].website, QStringLiteral("https://teaco.de"));
        QVERIFY(!fieldfeedback::hasProblem(website));
        QVERIFY(label->text().isEmpty());
        QCOMPARE(steps(), 1);
        QTRY_COMPARE(website->text(), QStringLiteral("https://teaco.de"));
    }

    void personaName()
    {
        auto *page = open<MarketPage>();
        page->tabs()->setCurrentIndex(1);
        RecordListPanel *personas = page->personasPanel();
        personas->view()->setCurrentIndex(personas->view()->model()->index(0, 0));
        auto *name = page->findChild<QLineEdit *>(QStringLiteral("personaNameEdit"));
        QCOMPARE(name->maxLength(), 200);
        typeThenTab(name, QString());
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("personaMessageLabel"))->text(),
                 QStringLiteral("Persona: the name must not be empty"));
        QCOMPARE(plan().personas[0].name, QStringLiteral("Lena"));
        QCOMPARE(steps(), 0);
        typeThenTab(name, QStringLiteral("Lena B."));
        QCOMPARE(plan().personas[0].name, QStringLiteral("Lena B."));
        QCOMPARE(steps(), 1);
    }

    void phaseDialogBudget()
    {
        m_document = std::make_unique<Document>(fullPlan());
        PhaseDialog dialog(m_document.get(), plan().phases[0]);
        QVERIFY(activate(&dialog));
        auto *budget = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin"));
        typeThenTab(budget, QStringLiteral("-100"));
        const QString message = QStringLiteral("Roll-out phase 'Search test': the budget must not be negative");
        QCOMPARE(budget->toolTip(), message);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text(), message);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        auto *leads = dialog.findChild<QLineEdit *>(QStringLiteral("leadsEdit"));
        typeThenTab(budget, QStringLiteral("100"));
        typeThenTab(leads, QStringLiteral("12.5"));
        QVERIFY(fieldfeedback::hasProblem(leads));
        QVERIFY(!fieldfeedback::hasProblem(budget));
        QCOMPARE(leads->toolTip(), QStringLiteral("'12.5' is not a whole number of leads; leave it "
                                                  "empty while it is not known."));
        typeThenTab(leads, QStringLiteral("12"));
        QVERIFY(!fieldfeedback::hasProblem(leads));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
};

QTEST_MAIN(TestFieldProblems)
#include "tst_fieldproblems.moc"
