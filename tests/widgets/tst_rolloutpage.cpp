// The Roll-out page: the verdict with its numbers in the phases table, the roll-out
// candidates with one-click "Plan roll-out", editing a phase from the timeline, adding and
// removing phases; every change one undo step.
#include "calendardate.h"
#include "document.h"
#include "itemroles.h"
#include "phasedialog.h"
#include "phasemodels.h"
#include "planningtestprompts.h"
#include "rolloutpage.h"
#include "rollouttimeline.h"
#include "testplans.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace cplan;
using namespace cplan::testing;

class TestRolloutPage : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<RolloutPage> m_page;
    PlanningAnswers m_answers;

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }

private slots:
    void init()
    {
        m_answers = PlanningAnswers();
        Plan plan = fullPlan();
        plan.phases.pop_back(); // the Google Ads test, no roll-out yet
        m_document = std::make_unique<Document>(plan);
        m_page = std::make_unique<RolloutPage>(m_document.get());
        m_page->setPrompts(std::make_unique<TestPlanningPrompts>(&m_answers));
        m_page->resize(1300, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    void phasesTableShowsTheVerdictAndItsNumbers()
    {
        QAbstractItemModel *model = child<QTableView>("phasesTable")->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, PhaseVerdict).data().toString(), QStringLiteral("Profitable"));
        const QString reason = model->index(0, PhaseVerdictReason).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("ROI 61.7")) && reason.contains(QStringLiteral("10.93")), qPrintable(reason));
    }

    void planRolloutWithOneClick()
    {
        auto *candidates = child<QTableWidget>("candidatesTable");
        QCOMPARE(candidates->rowCount(), 1);
        QCOMPARE(candidates->item(0, 0)->text(), QStringLiteral("Google Ads"));
        auto *button = qobject_cast<QPushButton *>(candidates->cellWidget(0, 5));
        QVERIFY(button && button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Plan roll-out"));
        child<QTabWidget>("rolloutTabs")->setCurrentIndex(1);
        QTest::mouseClick(button, Qt::LeftButton);

        QCOMPARE(m_document->plan().phases.size(), std::size_t(2));
        const RolloutPhase &rollout = m_document->plan().phases[1];
        QCOMPARE(rollout.kind, PhaseKind::Rollout);
        QCOMPARE(rollout.start, Date(2026, 4, 13)); // the day after the test
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Plan roll-out of 'Google Ads' from 13 Apr"));
        QCOMPARE(m_page->timeline()->selectedPhase(), rollout.id);
        QTRY_COMPARE(qobject_cast<QPushButton *>(candidates->cellWidget(0, 5))->text(), QStringLiteral("Roll-out planned"));
        QVERIFY(!qobject_cast<QPushButton *>(candidates->cellWidget(0, 5))->isEnabled());

        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan().phases.size(), std::size_t(1));
        QTRY_VERIFY(qobject_cast<QPushButton *>(candidates->cellWidget(0, 5))->isEnabled());
    }

    void doubleClickABarToEditThePhase()
    {
        m_answers.editPhase = [](const RolloutPhase &phase) {
            RolloutPhase changed = phase;
            changed.budget = eur(1800);
            changed.actualLeads = 150;
            return std::optional<RolloutPhase>(changed);
        };
        RolloutTimeline *timeline = m_page->timeline();
        const RecordId test = m_document->plan().phases[0].id;
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, timeline->barRect(test).center());
        QCOMPARE(m_answers.asked, QStringList{QStringLiteral("edit Search test")});
        QCOMPARE(m_document->plan().phases[0].budget, eur(1800));
        QCOMPARE(*m_document->plan().phases[0].actualLeads, qint64(150));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Edit phase 'Search test'"));

        // Cancelling the dialog changes nothing.
        m_answers.editPhase = nullptr;
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, timeline->barRect(test).center());
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void phaseDialogShowsTheVerdictAsYouType()
    {
        PhaseDialog dialog(m_document.get(), m_document->plan().phases[0]);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *verdict = dialog.findChild<QLabel *>(QStringLiteral("verdictLabel"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(verdict->text().contains(QStringLiteral("Profitable")));
        if (const QString dir = qEnvironmentVariable("CPLAN_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/phase-dialog.png"));
        // 1432.17 / 100 leads = 14.32 a lead, over the target of 12.50.
        auto *leads = dialog.findChild<QLineEdit *>(QStringLiteral("leadsEdit"));
        leads->selectAll();
        QTest::keyClicks(leads, QStringLiteral("100"));
        QVERIFY2(verdict->text().contains(QStringLiteral("Not profitable")), qPrintable(verdict->text()));
        auto *end = dialog.findChild<QDateEdit *>(QStringLiteral("endEdit"));
        end->setDate(QDate(2026, 2, 1));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("before it starts")));
        end->setDate(QDate(2026, 4, 30));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.phase()->end, Date(2026, 4, 30));
        QCOMPARE(*dialog.phase()->actualLeads, qint64(100));
        leads->setText(QStringLiteral("lots"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.phase());
        QCOMPARE(m_document->undoStack()->count(), 0); // the dialog itself changes nothing
    }

    void addPhaseProposesTheClickedChannelInThePeriodOnScreen()
    {
        std::optional<RolloutPhase> proposed;
        m_answers.editPhase = [&proposed](const RolloutPhase &phase) {
            proposed = phase;
            return std::optional<RolloutPhase>(phase); // OK as proposed
        };
        RolloutTimeline *timeline = m_page->timeline();
        const RecordId banner = m_document->plan().channels[1].id;
        // The whole horizon (March 2026 - August 2027) fits on screen, today too: it starts today.
        timeline->setToday(Date(2026, 6, 15));
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, timeline->channelLabelRect(banner).center());
        QCOMPARE(timeline->selectedChannel(), banner);
        QTest::mouseClick(child<QPushButton>("addPhaseButton"), Qt::LeftButton);
        QVERIFY(proposed);
        QCOMPARE(proposed->channelId, banner);
        QCOMPARE(proposed->kind, PhaseKind::Test);
        QCOMPARE(proposed->start, Date(2026, 6, 15));
        QCOMPARE(proposed->end, Date(2026, 7, 14));
        QCOMPARE(m_document->plan().phases.size(), std::size_t(2));
        QCOMPARE(m_document->plan().phases[1].channelId, banner);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add phase 'Test' to 'Banner'"));
        QCOMPARE(timeline->selectedPhase(), m_document->plan().phases[1].id);

        // Zoomed in on early 2027 (20 px a day, about 55 days around 10 February): today is off
        // screen, so the phase starts on the first month that begins on screen, 1 February 2027.
        // Google Ads is chosen in the filter.
        timeline->setPixelsPerDay(20);
        timeline->scrollToDate(Date(2027, 2, 10));
        auto *filter = child<QComboBox>("phaseChannelFilter");
        filter->setCurrentIndex(filter->findData(m_document->plan().channels[0].id));
        emit filter->activated(filter->currentIndex());
        proposed.reset();
        QTest::mouseClick(child<QPushButton>("addPhaseButton"), Qt::LeftButton);
        QVERIFY(proposed);
        const auto [first, last] = timeline->visiblePeriod();
        QVERIFY2(first < Date(2027, 2, 1) && Date(2027, 2, 1) < last, qPrintable(toIsoString(first) + u' ' + toIsoString(last)));
        QCOMPARE(proposed->channelId, m_document->plan().channels[0].id);
        QCOMPARE(proposed->start, Date(2027, 2, 1));
        QCOMPARE(proposed->end, Date(2027, 2, 28));
        QCOMPARE(m_document->undoStack()->count(), 2);

        // Cancelled: nothing is added.
        m_answers.editPhase = nullptr;
        QTest::mouseClick(child<QPushButton>("addPhaseButton"), Qt::LeftButton);
        QCOMPARE(m_document->undoStack()->count(), 2);
        QCOMPARE(m_document->plan().phases.size(), std::size_t(3));
    }

    void removePhases()
    {
        m_page->timeline()->setSelectedPhase(m_document->plan().phases[0].id);
        QTest::mouseClick(child<QPushButton>("removePhaseButton"), Qt::LeftButton);
        QVERIFY(m_document->plan().phases.empty());
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Remove phase 'Search test'"));
        m_document->undoStack()->undo();
        QCOMPARE(m_document->plan().phases.size(), std::size_t(1));
    }

    void phaseColumnsAreNamedForWhatTheyHold()
    {
        QAbstractItemModel *model = child<QTableView>("phasesTable")->model();
        QStringList headers;
        for (int column = 0; column < model->columnCount(); ++column)
            headers.append(model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers, (QStringList{QStringLiteral("Channel"), QStringLiteral("Phase"), QStringLiteral("Kind"),
                                       QStringLiteral("Start"), QStringLiteral("End"), QStringLiteral("Budget"),
                                       QStringLiteral("Actual spend"), QStringLiteral("Actual revenue"),
                                       QStringLiteral("Actual leads"), QStringLiteral("Verdict"), QStringLiteral("Why this verdict")}));
    }
};

QTEST_MAIN(TestRolloutPage)
#include "tst_rolloutpage.moc"
