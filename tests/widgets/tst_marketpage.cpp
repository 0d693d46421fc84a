#include "document.h"
#include "marketmodels.h"
#include "marketpage.h"
#include "recordlistpanel.h"
#include "testplans.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace cplan;

namespace {

QPushButton *button(QWidget *panel, const QString &text)
{
    for (QPushButton *b : panel->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestMarketPage : public QObject
{
    Q_OBJECT
private slots:
    void addEditAndUndoASegment()
    {
        Document document(testing::fullPlan());
        MarketPage page(&document);
        page.resize(1200, 800);
        page.show();
        RecordListPanel *segments = page.segmentsPanel();
        QTableView *view = segments->view();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::mouseClick(button(segments, QStringLiteral("Add")), Qt::LeftButton);
        QCOMPARE(document.plan().segments.size(), std::size_t(2));
        QCOMPARE(document.plan().segments[1].name, QStringLiteral("New segment"));
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Add segment"));

        // Typing into cells goes through the model: 1,000 customers x 50 = 50,000 TAM.
        QAbstractItemModel *model = view->model();
        QVERIFY(model->setData(model->index(1, SegmentCustomers), QStringLiteral("1000"), Qt::EditRole));
        QVERIFY(model->setData(model->index(1, SegmentSpend), QStringLiteral("50"), Qt::EditRole));
        QVERIFY(model->setData(model->index(1, SegmentServiceable), QStringLiteral("40"), Qt::EditRole));
        QCOMPARE(model->index(1, SegmentTam).data(Qt::EditRole).toDouble(), 50000.0);
        QCOMPARE(model->index(1, SegmentSam).data(Qt::EditRole).toDouble(), 20000.0);
        // The totals follow: 10,140,000 + 50,000 TAM.
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("marketTotals"))->text().contains(QStringLiteral("10,190,000.00")));

        // An impossible share is refused and explained; the plan keeps the last good value.
        QVERIFY(!model->setData(model->index(1, SegmentObtainable), QStringLiteral("120"), Qt::EditRole));
        QLabel *problem = nullptr;
        for (QLabel *label : segments->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("between 0 and 100")))
                problem = label;
        }
        QVERIFY(problem && problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("Segment 'New segment': obtainable share must be between 0 and 100 %"));
        QCOMPARE(document.plan().segments[1].obtainableShare, 0.0);

        for (int i = 0; i < 4; ++i)
            document.undoStack()->undo();
        QCOMPARE(document.plan().segments.size(), std::size_t(1));
    }

    void searchAndMoveOnlyInPlanOrder()
    {
        Plan plan = testing::fullPlan();
        plan.competitors.push_back({newRecordId(), QStringLiteral("Chai Club"), {}, {}, {}, {}, {}, {}});
        Document document(plan);
        MarketPage page(&document);
        page.show();
        RecordListPanel *competitors = page.competitorsPanel();
        QTableView *view = competitors->view();
        view->setCurrentIndex(view->model()->index(1, 0));
        QPushButton *up = button(competitors, QStringLiteral("Move Up"));
        QVERIFY(up->isEnabled());
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(document.plan().competitors[0].name, QStringLiteral("Chai Club"));
        QCOMPARE(competitors->currentId(), document.plan().competitors[0].id); // selection follows
        QLineEdit *search = competitors->findChild<QLineEdit *>();
        QTest::keyClicks(search, QStringLiteral("teaco"));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(!button(competitors, QStringLiteral("Move Down"))->isEnabled()); // filtered: no moving
        search->clear();
        view->sortByColumn(CompetitorName, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("TeaCo"));
        QVERIFY(!up->isEnabled());
        QCOMPARE(document.plan().competitors[0].name, QStringLiteral("Chai Club")); // sorting is only a view
    }

    void personaFormWritesThroughCommands()
    {
        Document document(testing::fullPlan());
        MarketPage page(&document);
        page.show();
        page.tabs()->setCurrentIndex(1);
        RecordListPanel *personas = page.personasPanel();
        personas->view()->setCurrentIndex(personas->view()->model()->index(0, 0));
        auto *segment = page.findChild<QComboBox *>();
        QVERIFY(segment);
        QCOMPARE(segment->currentText(), QStringLiteral("Students"));
        segment->setCurrentIndex(0);
        emit segment->activated(0); // "(no segment)"
        QVERIFY(document.plan().personas[0].segmentId.isNull());
        QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change persona's segment"));
        document.undoStack()->undo();
        QCOMPARE(document.plan().personas[0].segmentId, document.plan().segments[0].id);
        QTRY_COMPARE(segment->currentText(), QStringLiteral("Students"));
    }

    void removingASegmentUnlinksItsPersonas()
    {
        Document document(testing::fullPlan());
        MarketPage page(&document);
        page.show();
        RecordListPanel *segments = page.segmentsPanel();
        segments->view()->setCurrentIndex(segments->view()->model()->index(0, 0));
        QTest::mouseClick(button(segments, QStringLiteral("Remove")), Qt::LeftButton);
        QVERIFY(document.plan().segments.empty());
        QVERIFY(document.plan().personas[0].segmentId.isNull());
        document.undoStack()->undo();
        QCOMPARE(document.plan().personas[0].segmentId, document.plan().segments[0].id);
    }

    void readOnlyPlanOffersNoEditing()
    {
        Document document(testing::fullPlan());
        document.setReadOnly(true, QStringLiteral("read-only"));
        MarketPage page(&document);
        page.show();
        QVERIFY(!button(page.segmentsPanel(), QStringLiteral("Add"))->isEnabled());
        QAbstractItemModel *model = page.segmentsPanel()->view()->model();
        QVERIFY(!(model->flags(model->index(0, SegmentName)) & Qt::ItemIsEditable));
    }
};

QTEST_MAIN(TestMarketPage)
#include "tst_marketpage.moc"
