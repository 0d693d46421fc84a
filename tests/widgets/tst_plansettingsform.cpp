// The plan settings on the Overview (and the Forecast page), typed like a
// person types them: each editor commits once when the person is done, bad
// values are explained next to their field, and moving the start, the horizon
// or the currency asks what to do with the records that fall outside, as one
// undo step that Undo takes back whole.
#include "commands.h"
#include "document.h"
#include "fieldfeedback.h"
#include "forecastpage.h"
#include "horizonchangedialog.h"
#include "overviewpage.h"
#include "plansettingsform.h"
#include "plansettingstestprompts.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace cplan;

namespace {

Money eur(std::int64_t cents) { return Money::fromMinorUnits(cents); }

// Jan–Dec 2027: a phase wholly in January and February, a phase inside, KPI
// targets for January to March, a KPI in euros, a launch post on 5 January.
Plan makePlan() {
  Plan plan = makeBlankPlan(QStringLiteral("Launch"));
  plan.settings.startMonth = YearMonth{2027, 1};
  plan.settings.months = 12;
  Channel channel;
  channel.id = newRecordId();
  channel.name = QStringLiteral("Search ads");
  channel.costPerClick = eur(150);
  plan.channels.push_back(channel);
  RolloutPhase test;
  test.id = newRecordId();
  test.channelId = channel.id;
  test.name = QStringLiteral("Search test");
  test.start = Date(2027, 1, 10);
  test.end = Date(2027, 2, 20);
  test.budget = eur(420000);
  plan.phases.push_back(test);
  RolloutPhase rollout = test;
  rollout.id = newRecordId();
  rollout.name = QStringLiteral("Search roll-out");
  rollout.kind = PhaseKind::Rollout;
  rollout.start = Date(2027, 3, 1);
  rollout.end = Date(2027, 6, 30);
  rollout.budget = eur(1200000);
  plan.phases.push_back(rollout);
  Kpi visits;
  visits.id = newRecordId();
  visits.name = QStringLiteral("Visits");
  visits.unit = QStringLiteral("visits");
  visits.monthlyTargets = {{YearMonth{2027, 1}, 1000},
                           {YearMonth{2027, 2}, 1200},
                           {YearMonth{2027, 3}, 1500}};
  plan.kpis.push_back(visits);
  Kpi cpl;
  cpl.id = newRecordId();
  cpl.name = QStringLiteral("Cost per lead");
  cpl.unit = QStringLiteral("EUR");
  plan.kpis.push_back(cpl);
  ContentItem post;
  post.id = newRecordId();
  post.title = QStringLiteral("Launch post");
  post.date = Date(2027, 1, 5);
  plan.content.push_back(post);
  Comment note;
  note.id = newRecordId();
  note.section = QStringLiteral("rollout");
  note.recordId = test.id;
  note.author = QStringLiteral("Ann");
  note.createdAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
  note.text = QStringLiteral("Start small");
  plan.comments.push_back(note);
  return plan;
}

template <typename T> T *field(QWidget *form, const char *name) {
  T *widget = form->findChild<T *>(QString::fromLatin1(name));
  if (!widget)
    qFatal("no field %s", name);
  return widget;
}

// Selects what the field holds and types `text` at a person's pace, then `key`.
void retype(QWidget *widget, const QString &text, Qt::Key key = Qt::Key_Tab) {
  widget->setFocus();
  QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
  QTest::keyClicks(widget, text, Qt::NoModifier, 20);
  QTest::keyClick(widget, key);
}

} // namespace

class TestPlanSettingsForm : public QObject {
  Q_OBJECT
private slots:
  void init() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  }

  void overviewAndForecastShowTheSameSettings() {
    Document document(makePlan());
    OverviewPage overview(&document);
    ForecastPage forecast(&document);
    PlanSettingsForm *onOverview = overview.settingsForm();
    QVERIFY(onOverview);
    auto *onForecast = forecast.findChild<PlanSettingsForm *>();
    QVERIFY(onForecast);
    QCOMPARE(field<QLineEdit>(onOverview, "nameEdit")->text(),
             QStringLiteral("Launch"));
    QCOMPARE(field<QLineEdit>(onOverview, "currencyEdit")->text(),
             QStringLiteral("EUR"));
    QCOMPARE(field<QDateEdit>(onOverview, "startEdit")->date(),
             QDate(2027, 1, 1));
    QCOMPARE(field<QSpinBox>(onOverview, "monthsSpin")->value(), 12);
    QVERIFY(field<QDoubleSpinBox>(onOverview, "conservativeSpin")
                ->isHidden()); // forecast only
    QVERIFY(!field<QDoubleSpinBox>(onForecast, "conservativeSpin")->isHidden());
    overview.show();
    retype(field<QLineEdit>(onOverview, "authorEdit"),
           QStringLiteral("Maria Lopez"));
    QCOMPARE(document.plan().settings.author, QStringLiteral("Maria Lopez"));
    QCOMPARE(field<QLineEdit>(onForecast, "authorEdit")->text(),
             QStringLiteral("Maria Lopez"));
  }

  void grossMarginTypedAtAPaceIsOneStep_data() {
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                             << QStringLiteral("35.5");
    QTest::newRow("German")
        << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("35,5");
  }

  void grossMarginTypedAtAPaceIsOneStep() {
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QLocale::setDefault(locale);
    Document document(makePlan());
    OverviewPage page(&document);
    page.show();
    auto *margin = field<QDoubleSpinBox>(page.settingsForm(), "marginSpin");
    retype(margin, typed);
    QCOMPARE(document.plan().settings.grossMargin, 0.355);
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->text(0),
             QStringLiteral("Change gross margin"));
    // A second value is a second step, not merged into the first.
    retype(field<QDoubleSpinBox>(page.settingsForm(), "roiSpin"),
           locale.toString(12.5, 'f', 1));
    QCOMPARE(document.plan().settings.minimumRoiToScale, 0.125);
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.plan().settings.grossMargin, 0.6);
    QCOMPARE(margin->value(), 60.0);
  }

  void theNameCommitsOnEnterNotPerKeystroke() {
    Document document(makePlan());
    OverviewPage page(&document);
    page.show();
    auto *name = field<QLineEdit>(page.settingsForm(), "nameEdit");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(name, QStringLiteral("Spring launch"), Qt::NoModifier, 20);
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.plan().settings.name, QStringLiteral("Launch"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(document.plan().settings.name, QStringLiteral("Spring launch"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->text(0), QStringLiteral("Rename plan"));
  }

  void anEmptyNameIsExplainedAndNotStored() {
    Document document(makePlan());
    OverviewPage page(&document);
    page.show();
    auto *name = field<QLineEdit>(page.settingsForm(), "nameEdit");
    auto *problem = field<QLabel>(page.settingsForm(), "nameProblem");
    retype(name, QStringLiteral("   "));
    QVERIFY(fieldfeedback::hasProblem(name));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("needs a name")),
             qPrintable(problem->text()));
    QCOMPARE(name->text(), QStringLiteral("   "));
    QCOMPARE(document.plan().settings.name, QStringLiteral("Launch"));
    QCOMPARE(document.undoStack()->count(), 0);
    retype(name, QStringLiteral("Autumn"));
    QVERIFY(!fieldfeedback::hasProblem(name));
    QVERIFY(!problem->isVisible());
    QCOMPARE(document.plan().settings.name, QStringLiteral("Autumn"));
    QCOMPARE(document.undoStack()->count(), 1);
  }

  void anUnknownCurrencyIsExplainedAndAKnownOneAsksAboutItsKpis() {
    Document document(makePlan());
    OverviewPage page(&document);
    testing::PlanSettingsAnswers answers;
    answers.choice = HorizonChoice::Move;
    page.settingsForm()->setPrompts(
        std::make_unique<testing::TestPlanSettingsPrompts>(&answers));
    page.show();
    auto *currency = field<QLineEdit>(page.settingsForm(), "currencyEdit");
    auto *problem = field<QLabel>(page.settingsForm(), "currencyProblem");
    retype(currency, QStringLiteral("XYZ"));
    QVERIFY(fieldfeedback::hasProblem(currency));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(
                 QStringLiteral("'XYZ' is not an ISO 4217 currency code")),
             qPrintable(problem->text()));
    QCOMPARE(currency->text(), QStringLiteral("XYZ"));
    QCOMPARE(document.plan().settings.currency, QStringLiteral("EUR"));
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(answers.asked.isEmpty());

    const Plan before = document.plan();
    retype(currency, QStringLiteral("usd"));
    QVERIFY(!fieldfeedback::hasProblem(currency));
    QVERIFY(!problem->isVisible());
    QCOMPARE(answers.asked.size(), 1);
    QCOMPARE(answers.asked[0].records(HorizonAffected::What::CurrencyUnit), 1);
    QCOMPARE(document.plan().settings.currency, QStringLiteral("USD"));
    QCOMPARE(currency->text(), QStringLiteral("USD"));
    QCOMPARE(document.plan().kpis[1].unit, QStringLiteral("USD"));
    QCOMPARE(document.plan().kpis[0].unit, QStringLiteral("visits"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.plan(), before);
    QCOMPARE(currency->text(), QStringLiteral("EUR"));
  }

  void movingTheStartMovesThePlanAsOneStep() {
    Document document(makePlan());
    OverviewPage page(&document);
    testing::PlanSettingsAnswers answers;
    answers.choice = HorizonChoice::Move;
    page.settingsForm()->setPrompts(
        std::make_unique<testing::TestPlanSettingsPrompts>(&answers));
    page.show();
    const Plan before = document.plan();
    auto *start = field<QDateEdit>(page.settingsForm(), "startEdit");
    start->setFocus();
    start->setCurrentSection(QDateTimeEdit::MonthSection);
    QTest::keyClick(start,
                    Qt::Key_Up); // January -> February 2027: one month later
    QCOMPARE(answers.asked.size(), 1);
    const HorizonChange &asked = answers.asked[0];
    QCOMPARE(asked.shiftMonths, 1);
    // Feb 2027 – Jan 2028: the test's 10–31 January (22 of its 42 days:
    // 2,200.00 of 4,200.00), the January target and the 5 January post fall
    // before it.
    QCOMPARE(asked.records(HorizonAffected::What::Phase), 1);
    QCOMPARE(asked.spendOutside(), eur(220000));
    QCOMPARE(asked.total(HorizonAffected::What::KpiTargets), 1);
    QCOMPARE(asked.records(HorizonAffected::What::Content), 1);

    const Plan &after = document.plan();
    QCOMPARE(after.settings.startMonth, (YearMonth{2027, 2}));
    QCOMPARE(after.phases[0].start, Date(2027, 2, 10));
    QCOMPARE(after.phases[0].end, Date(2027, 3, 20));
    QCOMPARE(after.phases[1].start, Date(2027, 4, 1));
    QCOMPARE(after.phases[1].end, Date(2027, 7, 30));
    const std::map<YearMonth, double> targets{{YearMonth{2027, 2}, 1000},
                                              {YearMonth{2027, 3}, 1200},
                                              {YearMonth{2027, 4}, 1500}};
    QCOMPARE(after.kpis[0].monthlyTargets, targets);
    QCOMPARE(after.content[0].date, Date(2027, 2, 5));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->text(0),
             QStringLiteral("Change start month"));

    document.undoStack()->undo();
    QCOMPARE(document.plan(), before);
    QCOMPARE(start->date(), QDate(2027, 1, 1));
    document.undoStack()->redo();
    QCOMPARE(document.plan().phases[0].start, Date(2027, 2, 10));
  }

  void aShorterHorizonCanDropWhatFallsOutside() {
    Document document(makePlan());
    OverviewPage page(&document);
    testing::PlanSettingsAnswers answers;
    answers.choice = HorizonChoice::Drop;
    page.settingsForm()->setPrompts(
        std::make_unique<testing::TestPlanSettingsPrompts>(&answers));
    page.show();
    Plan before = document.plan();
    // Move the test phase to November–December so that a 10-month horizon cuts
    // it off.
    RolloutPhase late = before.phases[0];
    late.start = Date(2027, 11, 1);
    late.end = Date(2027, 12, 31);
    document.undoStack()->push(new ChangeRecordCommand<RolloutPhase>(
        &document, late, QStringLiteral("Move phase")));
    before = document.plan();
    retype(field<QSpinBox>(page.settingsForm(), "monthsSpin"),
           QStringLiteral("10"));
    QCOMPARE(answers.asked.size(), 1);
    QCOMPARE(document.plan().settings.months, 10);
    QCOMPARE(document.plan().phases.size(), std::size_t(1));
    QCOMPARE(document.plan().phases[0].name, QStringLiteral("Search roll-out"));
    QVERIFY(
        document.plan()
            .comments.empty()); // the comment on the dropped phase went with it
    QCOMPARE(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    QCOMPARE(document.plan(), before);
  }

  void keepChangesOnlyTheSettingAndCancelPutsTheOldValueBack() {
    Document document(makePlan());
    OverviewPage page(&document);
    testing::PlanSettingsAnswers answers;
    page.settingsForm()->setPrompts(
        std::make_unique<testing::TestPlanSettingsPrompts>(&answers));
    page.show();
    const Plan before = document.plan();
    auto *months = field<QSpinBox>(page.settingsForm(), "monthsSpin");
    answers.choice = std::nullopt; // Cancel
    retype(months, QStringLiteral("2"));
    QCOMPARE(answers.asked.size(), 1);
    QCOMPARE(document.plan(), before);
    QCOMPARE(months->value(), 12);
    QCOMPARE(document.undoStack()->count(), 0);

    answers.choice = HorizonChoice::Keep;
    retype(months, QStringLiteral("2"));
    QCOMPARE(answers.asked.size(), 2);
    Plan expected = before;
    expected.settings.months = 2;
    QCOMPARE(document.plan(), expected);
    QCOMPARE(document.undoStack()->count(), 1);

    // Longer again: nothing falls outside, nothing is asked.
    retype(months, QStringLiteral("24"));
    QCOMPARE(answers.asked.size(), 2);
    QCOMPARE(document.plan().settings.months, 24);
    QCOMPARE(document.undoStack()->count(), 2);
  }

  void theDialogSaysWhatFallsOutsideInWords() {
    Plan plan = makePlan();
    PlanSettings after = plan.settings;
    after.startMonth = YearMonth{2027, 3};
    HorizonChangeDialog dialog(describeHorizonChange(plan, after));
    QCOMPARE(
        dialog.question(),
        QStringLiteral(
            "The plan will start in Mar 2027, 2 months later than Jan 2027, "
            "and run to Feb 2028. These lie outside it:"));
    const QStringList expected = {
        QStringLiteral("1 roll-out phase with 4,200.00\u00a0EUR of planned "
                       "spend outside: Search test"),
        QStringLiteral("2 KPI targets for months outside: Visits"),
        QStringLiteral("1 content item dated outside: Launch post"),
    };
    QCOMPARE(dialog.lines(), expected);
    QVERIFY(dialog.choices().contains(
        QStringLiteral("Move: every date in the plan moves 2 months later")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("dropButton"))
                 ->isHidden());
    QTest::mouseClick(
        dialog.findChild<QPushButton *>(QStringLiteral("dropButton")),
        Qt::LeftButton);
    QCOMPARE(dialog.choice(), HorizonChoice::Drop);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    HorizonChangeDialog cancelled(describeHorizonChange(plan, after));
    QTest::mouseClick(
        cancelled.findChild<QPushButton *>(QStringLiteral("cancelButton")),
        Qt::LeftButton);
    QCOMPARE(cancelled.choice(), std::nullopt);
    QCOMPARE(cancelled.result(), int(QDialog::Rejected));

    PlanSettings dollars = plan.settings;
    dollars.currency = QStringLiteral("USD");
    HorizonChangeDialog currency(describeHorizonChange(plan, dollars));
    QCOMPARE(currency.lines(), QStringList{QStringLiteral(
                                   "1 KPI measured in EUR: Cost per lead")});
    QVERIFY(currency.findChild<QPushButton *>(QStringLiteral("dropButton"))
                ->isHidden());
    QCOMPARE(
        currency.findChild<QPushButton *>(QStringLiteral("moveButton"))->text(),
        QStringLiteral("&Use USD"));
  }
};

QTEST_MAIN(TestPlanSettingsForm)
#include "tst_plansettingsform.moc"
