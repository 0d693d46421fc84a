#include "document.h"
#include "commands.h"
#include "overviewpage.h"
#include "testplans.h"

#include <QFrame>
#include <QSignalSpy>
#include <QTest>

using namespace cplan;

class TestOverviewPage : public QObject
{
    Q_OBJECT
private slots:
    void cardsShowTheHeadlineFigures()
    {
        Document document(testing::fullPlan());
        OverviewPage page(&document);
        // Spend 1,500 + 12,000 = 13,500; both channels testing, none rolled out. Of the two
        // KPIs, cost per lead was 11.90 in April against 12.75 (lower is better): on track; the
        // other has no actuals: so none behind.
        QCOMPARE(page.cardValue(QStringLiteral("budget")), QStringLiteral("13,500.00\u00a0EUR"));
        QCOMPARE(page.cardValue(QStringLiteral("channels")), QStringLiteral("2 / 0"));
        QCOMPARE(page.cardValue(QStringLiteral("kpis")), QStringLiteral("0 of 2"));
        QCOMPARE(page.cardValue(QStringLiteral("breakEven")), QStringLiteral("not reached"));
    }

    void cardsFollowEditsAndLeadToTheirViews()
    {
        Document document(testing::fullPlan());
        OverviewPage page(&document);
        page.resize(1200, 800);
        page.show();
        Channel channel = document.plan().channels[1];
        channel.status = ChannelStatus::RolledOut;
        document.undoStack()->push(new ChangeRecordCommand<Channel>(&document, channel, QStringLiteral("Roll out")));
        QTRY_COMPARE(page.cardValue(QStringLiteral("channels")), QStringLiteral("1 / 1"));
        QSignalSpy requested(&page, &OverviewPage::viewRequested);
        QTest::mouseClick(page.findChild<QFrame *>(QStringLiteral("kpisCard")), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).value<View>(), View::Kpis);
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
