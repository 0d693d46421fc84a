// Typing at a person's pace into every figure and date field of the forms and
// dialogs: the channel form, the roll-out phase dialog, the content item dialog
// and its repeat dialog, and the Settings dialog. Each field gets a decimal value typed key by key (20
// ms a key) and Tab; the test checks the stored value, worked out by hand, and
// that exactly one undo step was made. Also German typing ("2,34") and pasting
// "1,234.50" / "12,5".
#include "channeldetailform.h"
#include "contentitemdialog.h"
#include "document.h"
#include "phasedialog.h"
#include "planningcommands.h"
#include "recurrencedialog.h"
#include "appsettings.h"
#include "settingsdialog.h"
#include "testplans.h"
#include "typing.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSpinBox>
#include <QUndoStack>

using namespace cplan;
using namespace cplan::testing;

namespace {

qint64 minor(const Money &amount)
{
    return amount.minorUnits();
}

} // namespace

class TestTypingAtPace : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Document> m_document;
    std::unique_ptr<ChannelDetailForm> m_form;

    template<typename T>
    T *field(const char *name) const
    {
        T *widget = m_form->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    }
    const Channel &channel(int row) const { return m_document->plan().channels[std::size_t(row)]; }
    // Builds the form only now, so its fields read and write in the pinned
    // locale.
    bool openForm(int row)
    {
        m_document = std::make_unique<Document>(fullPlan());
        m_form = std::make_unique<ChannelDetailForm>(m_document.get());
        m_form->setChannel(channel(row).id);
        m_form->resize(420, 700);
        return activate(m_form.get());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the person's own settings stay untouched
        QSettings().clear();
    }
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup()
    {
        m_form.reset();
        m_document.reset();
        QLocale::setDefault(QLocale::c());
    }

    void channelForm_data()
    {
        QTest::addColumn<int>("row"); // 0: Google Ads, paid per click; 1: Banner,
                                      // per 1000 impressions
        QTest::addColumn<QString>("spin");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<double>("stored"); // money in cents, rates as fractions
        QTest::newRow("cost per click 2.34") << 0 << "costPerClickSpin"
                                             << "2.34" << 234.0;
        QTest::newRow("lead rate 2.5 %") << 0 << "leadRateSpin"
                                         << "2.5" << 0.025;
        QTest::newRow("close rate 1.25 %") << 0 << "closeRateSpin"
                                           << "1.25" << 0.0125;
        QTest::newRow("order value 0.95") << 0 << "orderValueSpin"
                                          << "0.95" << 95.0;
        QTest::newRow("order value 1234.5") << 0 << "orderValueSpin"
                                            << "1234.5" << 123450.0;
        QTest::newRow("target cost per lead 12.75") << 0 << "targetCplSpin"
                                                    << "12.75" << 1275.0;
        QTest::newRow("cost per 1000 impressions 6.45") << 1 << "costPerMilleSpin"
                                                        << "6.45" << 645.0;
        QTest::newRow("click-through rate 0.35 %") << 1 << "clickThroughSpin"
                                                   << "0.35" << 0.0035;
        QTest::newRow("click-through rate 0.125 %") << 1 << "clickThroughSpin"
                                                    << "0.125" << 0.00125;
    }
    void channelForm()
    {
        QFETCH(int, row);
        QFETCH(QString, spin);
        QFETCH(QString, typed);
        QFETCH(double, stored);
        QVERIFY(openForm(row));
        auto *box = field<QDoubleSpinBox>(spin.toLatin1().constData());
        QVERIFY(box->isVisible());
        const int steps = m_document->undoStack()->count();
        typeThenTab(box, typed);
        const Channel &c = channel(row);
        const std::map<QString, double> values = {
            {QStringLiteral("costPerClickSpin"), double(minor(c.costPerClick))},
            {QStringLiteral("costPerMilleSpin"), double(minor(c.costPerMille))},
            {QStringLiteral("orderValueSpin"), double(minor(c.averageOrderValue))},
            {QStringLiteral("targetCplSpin"), double(minor(c.targetCostPerLead.value_or(Money())))},
            {QStringLiteral("leadRateSpin"), c.leadRate},
            {QStringLiteral("closeRateSpin"), c.closeRate},
            {QStringLiteral("clickThroughSpin"), c.clickThroughRate},
        };
        QCOMPARE(values.at(spin), stored);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        QCOMPARE(box->value(),
                 QLocale().toDouble(typed)); // the field shows what was typed, not rounded
    }

    // Two finished edits of one field are two steps: Undo takes back the second only.
    void secondEditOfAFieldIsItsOwnStep()
    {
        QVERIFY(openForm(0));
        auto *cpc = field<QDoubleSpinBox>("costPerClickSpin");
        typeThenTab(cpc, QStringLiteral("2.34"));
        typeThenTab(cpc, QStringLiteral("2.5"));
        QCOMPARE(minor(channel(0).costPerClick), 250);
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        QCOMPARE(minor(channel(0).costPerClick), 234);
    }

    // A channel paid a flat amount: its visits per month.
    void channelFormVisits()
    {
        m_document = std::make_unique<Document>(fullPlan());
        Channel flat = channel(1);
        flat.costModel = CostModel::Flat;
        m_document->undoStack()->push(new ChangeRecordCommand<Channel>(m_document.get(), flat, QStringLiteral("flat")));
        m_form = std::make_unique<ChannelDetailForm>(m_document.get());
        m_form->setChannel(flat.id);
        QVERIFY(activate(m_form.get()));
        auto *visits = field<QDoubleSpinBox>("visitsSpin");
        QVERIFY(visits->isVisible());
        typeThenTab(visits, QStringLiteral("1234.5"));
        QCOMPARE(channel(1).visitsPerMonth, 1234.5);
        QCOMPARE(m_document->undoStack()->count(), 2);
    }

    // Three keys, three pauses of 20 ms, one step: the field is not re-formatted
    // under the cursor.
    void typingCommitsOnlyWhenDone()
    {
        QVERIFY(openForm(0));
        auto *leadRate = field<QDoubleSpinBox>("leadRateSpin");
        selectAllOf(leadRate);
        QTest::keyClicks(leadRate, QStringLiteral("2.5"), Qt::NoModifier, 20);
        QCOMPARE(channel(0).leadRate, 0.06); // not yet: the person is still typing
        QCOMPARE(m_document->undoStack()->count(), 0);
        QTest::keyClick(leadRate, Qt::Key_Return);
        QCOMPARE(channel(0).leadRate, 0.025);
        QCOMPARE(m_document->undoStack()->count(), 1);

        auto *name = field<QLineEdit>("channelNameEdit");
        typeThenTab(name, QStringLiteral("Search ads"));
        QCOMPARE(channel(0).name, QStringLiteral("Search ads"));
        QCOMPARE(m_document->undoStack()->count(), 2);
        QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Rename channel"));
    }

    void germanTyping()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(openForm(0));
        typeThenTab(field<QDoubleSpinBox>("costPerClickSpin"), QStringLiteral("2,34"));
        QCOMPARE(minor(channel(0).costPerClick), 234);
        typeThenTab(field<QDoubleSpinBox>("leadRateSpin"), QStringLiteral("12,5"));
        QCOMPARE(channel(0).leadRate, 0.125);
        QCOMPARE(m_document->undoStack()->count(), 2);
    }

    void pasting()
    {
        QVERIFY(openForm(0));
        pasteThenTab(field<QDoubleSpinBox>("orderValueSpin"), QStringLiteral("1,234.50"));
        QCOMPARE(minor(channel(0).averageOrderValue), 123450);
        QCOMPARE(m_document->undoStack()->count(), 1);
        cleanup();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(openForm(0));
        pasteThenTab(field<QDoubleSpinBox>("closeRateSpin"), QStringLiteral("12,5"));
        QCOMPARE(channel(0).closeRate, 0.125);
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    // The phase dialog: OK makes one step of everything typed in it.
    void phaseDialog()
    {
        m_document = std::make_unique<Document>(fullPlan());
        const RolloutPhase original = m_document->plan().phases[0]; // a test, 2026-03-02 to 2026-04-12
        PhaseDialog dialog(m_document.get(), original);
        QVERIFY(activate(&dialog));
        typeThenTab(dialog.findChild<QDoubleSpinBox *>(QStringLiteral("budgetSpin")), QStringLiteral("1234.5"));
        typeThenTab(dialog.findChild<QLineEdit *>(QStringLiteral("spendEdit")), QStringLiteral("0.95"));
        typeThenTab(dialog.findChild<QLineEdit *>(QStringLiteral("revenueEdit")), QStringLiteral("2.34"));
        typeThenTab(dialog.findChild<QLineEdit *>(QStringLiteral("leadsEdit")), QStringLiteral("12"));
        // A date is typed section by section (month, day, year); each moves on when
        // full.
        typeThenTab(dialog.findChild<QDateEdit *>(QStringLiteral("endEdit")), QStringLiteral("04302026"));
        const std::optional<RolloutPhase> typed = dialog.phase();
        QVERIFY(typed);
        const QString problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_document->undoStack()->push(makeEditPhaseCommand(m_document.get(), *typed));
        const RolloutPhase &stored = m_document->plan().phases[0];
        QCOMPARE(minor(stored.budget), 123450);
        QCOMPARE(minor(*stored.actualSpend), 95);
        QCOMPARE(minor(*stored.actualRevenue), 234);
        QCOMPARE(*stored.actualLeads, 12);
        QCOMPARE(stored.end, Date(2026, 4, 30));
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void contentItemDialog()
    {
        const Plan plan = fullPlan();
        ContentItem item = plan.content[0];
        item.timeMinutes = 9 * 60;
        ContentItemDialog dialog(plan, item, {});
        QVERIFY(activate(&dialog));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
        typeThenTab(date, QStringLiteral("05122027"));
        QCOMPARE(date->text(),
                 QStringLiteral("5/12/2027")); // the whole year, never 1927
        typeThenTab(dialog.findChild<QSpinBox *>(QStringLiteral("durationSpin")), QStringLiteral("45"));
        QCOMPARE(dialog.item().date, Date(2027, 5, 12));
        QCOMPARE(dialog.item().durationMinutes.value_or(0), 45);
    }

    // Dates typed with their separators, as people write them: the field moves on at "/"
    // unless it already did after a part that can take no more digits.
    void datesTypedWithSeparators_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("5/12/2027") << QStringLiteral("5/12/2027") << QDate(2027, 5, 12);
        QTest::newRow("11/3/2027") << QStringLiteral("11/3/2027") << QDate(2027, 11, 3);
        QTest::newRow("1/2/2028") << QStringLiteral("1/2/2028") << QDate(2028, 1, 2);
        QTest::newRow("12/31/2027") << QStringLiteral("12/31/2027") << QDate(2027, 12, 31);
        QTest::newRow("digits only") << QStringLiteral("05122027") << QDate(2027, 5, 12);
    }
    void datesTypedWithSeparators()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        const Plan plan = fullPlan();
        ContentItemDialog dialog(plan, plan.content[0], {});
        QVERIFY(activate(&dialog));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
        typeThenTab(date, typed);
        QCOMPARE(date->date(), expected);
    }

    void recurrenceDialog()
    {
        RecurrenceDialog dialog(QDate(2027, 1, 5), QStringLiteral("FREQ=WEEKLY;BYDAY=TU"));
        QVERIFY(activate(&dialog));
        typeThenTab(dialog.findChild<QSpinBox *>(QStringLiteral("intervalSpin")), QStringLiteral("2"));
        QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("afterRadio")), Qt::LeftButton);
        typeThenTab(dialog.findChild<QSpinBox *>(QStringLiteral("countSpin")), QStringLiteral("12"));
        QCOMPARE(dialog.rule(), QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=12"));
        QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("untilRadio")), Qt::LeftButton);
        typeThenTab(dialog.findChild<QDateEdit *>(QStringLiteral("untilEdit")), QStringLiteral("06292027"));
        QCOMPARE(dialog.rule(), QStringLiteral("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270629"));
    }
    // Settings: the autosave minutes and the default currency typed key by key are
    // what OK keeps; a currency that is not ISO 4217 is explained under the field and
    // nothing is kept until it is fixed.
    void settingsDialog()
    {
        SettingsDialog dialog;
        QVERIFY(activate(&dialog));
        auto *minutes = dialog.findChild<QSpinBox *>(QStringLiteral("autosaveSpin"));
        auto *currency = dialog.findChild<QLineEdit *>(QStringLiteral("currencyEdit"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"));
        typeThenTab(minutes, QStringLiteral("12"));
        typeThenTab(currency, QStringLiteral("xyz")); // three letters, as the field allows, but no currency
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(problem->text(), QStringLiteral("'XYZ' is not an ISO 4217 currency code such as EUR or USD."));
        QCOMPARE(AppSettings::autosaveMinutes(), 2); // still the default
        QCOMPARE(AppSettings::defaultCurrency(), QStringLiteral("EUR"));
        QCOMPARE(currency->text(), QStringLiteral("xyz")); // the person's text stays to be fixed
        typeThenTab(currency, QStringLiteral("chf"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(AppSettings::autosaveMinutes(), 12);
        QCOMPARE(AppSettings::defaultCurrency(), QStringLiteral("CHF"));
    }
};

QTEST_MAIN(TestTypingAtPace)
#include "tst_typingatpace.moc"
