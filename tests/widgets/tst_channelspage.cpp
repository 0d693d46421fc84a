// The Channels page driven through its buttons, table and detail form: add, duplicate,
// remove (the question names what goes with the channel), reorder, edit fields; each one undo
// step with a readable name.
#include "channelmodels.h"
#include "channelspage.h"
#include "itemroles.h"
#include "document.h"
#include "planningtestprompts.h"
#include "testplans.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace cplan;
using namespace cplan::testing;

class TestChannelsPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ChannelsPage> m_page;
    PlanningAnswers m_answers;

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    void click(const char *button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
    QStringList channelNames() const
    {
        QStringList names;
        for (const Channel &c : m_document->plan().channels)
            names.append(c.name);
        return names;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init()
    {
        m_answers = PlanningAnswers();
        m_document = std::make_unique<Document>(fullPlan());
        m_page = std::make_unique<ChannelsPage>(m_document.get());
        m_page->setPrompts(std::make_unique<TestPlanningPrompts>(&m_answers));
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    void removingAsksAndSaysWhatGoesWithIt()
    {
        m_page->selectChannel(m_document->plan().channels[0].id);
        m_answers.removeChannel = false;
        click("removeChannelButton");
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("remove Google Ads with 2 roll-out phases, 1 KPI")});
        QCOMPARE(m_document->plan().channels.size(), std::size_t(2)); // the user said no

        m_answers.removeChannel = true;
        click("removeChannelButton");
        QCOMPARE(channelNames(), QStringList{QStringLiteral("Banner")});
        QVERIFY(m_document->plan().phases.empty());
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Remove channel 'Google Ads'"));
        QCOMPARE(m_page->currentChannel(), m_document->plan().channels[0].id); // the next one is selected
        m_document->undoStack()->undo();
        QCOMPARE(channelNames(), (QStringList{QStringLiteral("Google Ads"), QStringLiteral("Banner")}));
        QCOMPARE(m_document->plan().phases.size(), std::size_t(2));
    }

    void addDuplicateAndReorder()
    {
        m_page->selectChannel(m_document->plan().channels[0].id);
        click("addChannelButton");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the name editor
        QCOMPARE(channelNames(), (QStringList{QStringLiteral("Google Ads"), QStringLiteral("New channel"), QStringLiteral("Banner")}));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add channel 'New channel'"));
        QCOMPARE(m_page->currentChannel(), m_document->plan().channels[1].id);

        click("duplicateChannelButton");
        QCOMPARE(channelNames()[2], QStringLiteral("New channel (copy)"));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Duplicate channel 'New channel'"));

        m_page->selectChannel(m_document->plan().channels[3].id); // Banner
        QVERIFY(!child<QPushButton>("moveChannelDownButton")->isEnabled());
        click("moveChannelUpButton");
        click("moveChannelUpButton");
        QCOMPARE(channelNames(), (QStringList{QStringLiteral("Google Ads"), QStringLiteral("Banner"), QStringLiteral("New channel"),
                                              QStringLiteral("New channel (copy)")}));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Move channel 'Banner' up"));
        QCOMPARE(m_document->undoStack()->count(), 4);
        m_document->undoStack()->undo();
        QCOMPARE(channelNames()[2], QStringLiteral("Banner"));
    }

    void detailFormEditsAreUndoSteps()
    {
        m_page->selectChannel(m_document->plan().channels[0].id);
        auto *leadRate = child<QDoubleSpinBox>("leadRateSpin");
        QCOMPARE(leadRate->value(), 6.0);
        leadRate->setValue(8.5);
        QCOMPARE(m_document->plan().channels[0].leadRate, 0.085);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change lead rate"));

        auto *name = child<QLineEdit>("channelNameEdit");
        QCoreApplication::processEvents(); // the form shows the change first
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Search ads"), Qt::NoModifier, 10);
        QCOMPARE(m_document->plan().channels[0].name, QStringLiteral("Google Ads")); // still typing
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(m_document->plan().channels[0].name, QStringLiteral("Search ads"));
        QCOMPARE(m_document->undoStack()->count(), 2); // typing a name is one step
        m_document->undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(name->text(), QStringLiteral("Google Ads"));

        // The banner is paid per thousand impressions: no cost per click field.
        m_page->selectChannel(m_document->plan().channels[1].id);
        QVERIFY(!child<QDoubleSpinBox>("costPerClickSpin")->isVisibleTo(m_page.get()));
        QVERIFY(child<QDoubleSpinBox>("costPerMilleSpin")->isVisibleTo(m_page.get()));
    }

    void tableEditsAndSearch()
    {
        auto *table = child<QTableView>("channelsTable");
        QAbstractItemModel *model = table->model();
        QVERIFY(model->setData(model->index(1, ChannelStatusColumn), QStringLiteral("paused"), Qt::EditRole));
        QCOMPARE(m_document->plan().channels[1].status, ChannelStatus::Paused);
        QTest::keyClicks(child<QLineEdit>("channelSearchEdit"), QStringLiteral("goo"));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ChannelName).data().toString(), QStringLiteral("Google Ads"));
    }

    void teamMembers()
    {
        child<QTabWidget>("channelsTabs")->setCurrentIndex(1);
        click("addMemberButton");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_document->plan().team.size(), std::size_t(2));
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add team member 'New team member'"));
        if (const QString dir = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
            m_page->grab().save(dir + QStringLiteral("/channels-team.png"));
    }

    void channelsShowTheirMoneyAndStatusFromThePhases()
    {
        QAbstractItemModel *model = child<QTableView>("channelsTable")->model();
        // Google Ads: a test (1,500) and a roll-out (12,000), both inside the horizon: 13,500
        // planned. Clicks 13,500 / 0.85, leads x 6 %, customers x 25 %, x 42.90 = 10,220.29
        // revenue; ROI (10,220.29 x 0.55 - 13,500) / 13,500 = -58.4 %.
        QCOMPARE(model->index(0, ChannelPlannedSpend).data().toString(), QStringLiteral("13,500.00\u00a0EUR"));
        QCOMPARE(model->index(0, ChannelForecastRevenue).data().toString(), QStringLiteral("10,220.29\u00a0EUR"));
        QCOMPARE(model->index(0, ChannelForecastRoi).data().toString(), QStringLiteral("-58.4\u00a0%"));
        QCOMPARE(model->index(0, ChannelStatusColumn).data().toString(), QStringLiteral("Rolled out"));
        QVERIFY(!(model->index(0, ChannelPlannedSpend).flags() & Qt::ItemIsEditable));
        // The banner has no phase: it says so, and its status is Planned (the file says testing).
        QCOMPARE(model->index(1, ChannelPlannedSpend).data().toString(), QStringLiteral("no phase yet"));
        QCOMPARE(model->index(1, ChannelStatusColumn).data().toString(), QStringLiteral("Planned"));
        // Status and money are read beside the name, before the rates.
        QHeaderView *header = child<QTableView>("channelsTable")->horizontalHeader();
        QCOMPARE(header->visualIndex(ChannelStatusColumn), 1);
        QCOMPARE(header->visualIndex(ChannelPlannedSpend), 2);
        QCOMPARE(header->visualIndex(ChannelForecastRoi), 4);

        m_page->selectChannel(m_document->plan().channels[0].id);
        auto *figures = child<QLabel>("channelForecastLabel");
        QVERIFY2(figures->text().contains(QStringLiteral("Planned spend: 13,500.00\u00a0EUR")), qPrintable(figures->text()));
        QVERIFY(figures->text().contains(QStringLiteral("Forecast revenue: 10,220.29\u00a0EUR")));
        QVERIFY(figures->text().contains(QStringLiteral("ROI: -58.4\u00a0%")));
        QVERIFY(!child<QPushButton>("addTestPhaseButton")->isVisibleTo(m_page.get()));
        QCOMPARE(child<QComboBox>("channelStatusCombo")->currentText(), QStringLiteral("Rolled out (from its phases)"));
    }

    void aChannelWithoutPhaseOffersATestPhase()
    {
        const RecordId banner = m_document->plan().channels[1].id;
        m_page->selectChannel(banner);
        auto *figures = child<QLabel>("channelForecastLabel");
        QVERIFY2(figures->text().contains(QStringLiteral("No phase planned yet:</b> this channel has no budget, so its forecast is 0.")),
                 qPrintable(figures->text()));
        auto *add = child<QPushButton>("addTestPhaseButton");
        QVERIFY(add->isVisibleTo(m_page.get()) && add->isEnabled());

        // The proposal: a test of the banner for one month from the first day of next month
        // (the plan runs March 2026 - August 2027); the person gives it 640 and says OK.
        std::optional<RolloutPhase> proposed;
        m_answers.editPhase = [&proposed](const RolloutPhase &phase) {
            proposed = phase;
            RolloutPhase typed = phase;
            typed.budget = eur(640);
            return std::optional<RolloutPhase>(typed);
        };
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(proposed);
        const QDate next = QDate::currentDate().addMonths(1);
        Date start = std::max(Date(2026, 3, 1), Date(next.year(), next.month(), 1));
        start = std::min(start, Date(2027, 8, 1));
        QCOMPARE(proposed->channelId, banner);
        QCOMPARE(proposed->kind, PhaseKind::Test);
        QCOMPARE(proposed->name, QStringLiteral("Banner test"));
        QCOMPARE(proposed->start, start);
        QCOMPARE(proposed->end, YearMonth::of(start).lastDay());
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add phase 'Banner test' to 'Banner'"));
        QCOMPARE(m_document->plan().phases.size(), std::size_t(3));

        // 640 / 6.40 per 1000 x 0.8 % = 800 clicks, 48 leads, 12 customers, 514.80 revenue;
        // ROI (514.80 x 0.55 - 640) / 640 = -55.8 %. The channel is testing now.
        QTRY_VERIFY2(figures->text().contains(QStringLiteral("Planned spend: 640.00\u00a0EUR")), qPrintable(figures->text()));
        QVERIFY(figures->text().contains(QStringLiteral("Forecast revenue: 514.80\u00a0EUR")));
        QVERIFY(figures->text().contains(QStringLiteral("ROI: -55.8\u00a0%")));
        QVERIFY(!add->isVisibleTo(m_page.get()));
        QAbstractItemModel *model = child<QTableView>("channelsTable")->model();
        QTRY_COMPARE(model->index(1, ChannelStatusColumn).data().toString(), QStringLiteral("Testing"));
        QCOMPARE(model->index(1, ChannelPlannedSpend).data().toString(), QStringLiteral("640.00\u00a0EUR"));

        m_document->undoStack()->undo();
        QTRY_VERIFY(add->isVisibleTo(m_page.get()));
        QCOMPARE(model->index(1, ChannelStatusColumn).data().toString(), QStringLiteral("Planned"));

        // Cancelling the dialog adds nothing.
        m_answers.editPhase = nullptr;
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(m_document->undoStack()->index(), 0);
        QVERIFY(m_document->undoStack()->canRedo());
        QCOMPARE(m_document->plan().phases.size(), std::size_t(2));
    }

    void pausedAndStoppedAreSetByHand()
    {
        QAbstractItemModel *model = child<QTableView>("channelsTable")->model();
        const QModelIndex status = model->index(0, ChannelStatusColumn);
        QCOMPARE(status.data(ChoicesRole).toList().size(), 3);
        QVERIFY(model->setData(status, QStringLiteral("stopped"), Qt::EditRole));
        QCOMPARE(m_document->plan().channels[0].status, ChannelStatus::Stopped);
        QCOMPARE(status.data().toString(), QStringLiteral("Stopped"));
        QCOMPARE(m_document->undoStack()->count(), 1);
        // Back to following the phases: stored as planned, shown as what the phases make it.
        QVERIFY(model->setData(status, QStringLiteral("planned"), Qt::EditRole));
        QCOMPARE(m_document->plan().channels[0].status, ChannelStatus::Planned);
        QCOMPARE(status.data().toString(), QStringLiteral("Rolled out"));
        // The banner's stored "testing" already follows the phases: choosing that changes nothing.
        const int steps = m_document->undoStack()->count();
        const int at = m_document->undoStack()->index();
        QVERIFY(model->setData(model->index(1, ChannelStatusColumn), QStringLiteral("planned"), Qt::EditRole));
        QCOMPARE(m_document->plan().channels[1].status, ChannelStatus::Testing);
        QCOMPARE(m_document->undoStack()->count(), steps);
        QCOMPARE(m_document->undoStack()->index(), at);
    }

    void readOnlyPlansOfferNoEdits()
    {
        m_document->setReadOnly(true, QStringLiteral("test"));
        QVERIFY(!child<QPushButton>("addChannelButton")->isEnabled());
        QVERIFY(!child<QPushButton>("removeChannelButton")->isEnabled());
        QVERIFY(!child<QDoubleSpinBox>("leadRateSpin")->isEnabled());
        m_page->selectChannel(m_document->plan().channels[1].id);
        QVERIFY(!child<QPushButton>("addTestPhaseButton")->isEnabled());
    }
};

QTEST_MAIN(TestChannelsPage)
#include "tst_channelspage.moc"
