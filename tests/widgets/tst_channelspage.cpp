// The Channels page driven through its buttons, table and detail form: add, duplicate,
// remove (the question names what goes with the channel), reorder, edit fields; each one undo
// step with a readable name.
#include "channelmodels.h"
#include "channelspage.h"
#include "document.h"
#include "planningtestprompts.h"
#include "testplans.h"

#include <QDoubleSpinBox>
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

    void readOnlyPlansOfferNoEdits()
    {
        m_document->setReadOnly(true, QStringLiteral("test"));
        QVERIFY(!child<QPushButton>("addChannelButton")->isEnabled());
        QVERIFY(!child<QPushButton>("removeChannelButton")->isEnabled());
        QVERIFY(!child<QDoubleSpinBox>("leadRateSpin")->isEnabled());
    }
};

QTEST_MAIN(TestChannelsPage)
#include "tst_channelspage.moc"
