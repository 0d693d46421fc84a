#include "recurrencedialog.h"
#include "ui_recurrencedialog.h"

#include "displayformat.h"
#include "fieldfeedback.h"

#include <QLocale>
#include <QPushButton>
#include <QToolButton>

namespace cplan {

namespace {

int weekdayOf(const QDate &date)
{
    return date.dayOfWeek() - 1; // Monday = 0
}

// The ordinal combo's rows: first .. fourth, last.
int ordinalRow(int ordinal)
{
    return ordinal < 0 ? 4 : std::clamp(ordinal, 1, 4) - 1;
}

int ordinalOfRow(int row)
{
    return row == 4 ? -1 : row + 1;
}

} // namespace

RecurrenceDialog::RecurrenceDialog(const QDate &start, const QString &rule, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RecurrenceDialog>()), m_start(start.isValid() ? start : QDate::currentDate())
{
    m_ui->setupUi(this);
    commit::useFullYear(m_ui->untilEdit);
    const QLocale locale;
    // Days in the locale's order, months in a 2 × 6 grid.
    const int first = int(locale.firstDayOfWeek()) - 1;
    m_weekdayButtons.resize(7);
    for (int i = 0; i < 7; ++i) {
        const int weekday = (first + i) % 7;
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setText(locale.dayName(weekday + 1, QLocale::ShortFormat));
        button->setAccessibleName(locale.dayName(weekday + 1, QLocale::LongFormat));
        button->setMinimumWidth(40);
        m_ui->weekdaysLayout->addWidget(button);
        m_weekdayButtons[std::size_t(weekday)] = button;
        connect(button, &QToolButton::toggled, this, &RecurrenceDialog::fromChoices);
    }
    m_ui->weekdaysLayout->addStretch();
    for (int month = 1; month <= 12; ++month) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setText(locale.monthName(month, QLocale::ShortFormat));
        button->setAccessibleName(locale.monthName(month, QLocale::LongFormat));
        button->setMinimumWidth(44);
        m_ui->monthsLayout->addWidget(button, (month - 1) / 6, (month - 1) % 6);
        m_monthButtons.push_back(button);
        connect(button, &QToolButton::toggled, this, &RecurrenceDialog::fromChoices);
    }
    // A chosen day or month must stand out in every style.
    const QString chosen = QStringLiteral("QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); "
                                          "border: 1px solid palette(highlight); border-radius: 3px; }");
    m_ui->weekdaysBox->setStyleSheet(chosen);
    m_ui->monthsBox->setStyleSheet(chosen);
    for (int weekday = 0; weekday < 7; ++weekday)
        m_ui->weekdayCombo->addItem(locale.dayName(weekday + 1, QLocale::LongFormat));

    // Defaults that follow the start date: its weekday, its day, its month.
    m_ui->intervalSpin->setValue(1);
    m_weekdayButtons[std::size_t(weekdayOf(m_start))]->setChecked(true);
    m_monthButtons[std::size_t(m_start.month() - 1)]->setChecked(true);
    m_ui->dayOfMonthRadio->setChecked(true);
    m_ui->dayOfMonthSpin->setValue(m_start.day());
    m_ui->ordinalCombo->setCurrentIndex(m_start.day() + 7 > m_start.daysInMonth() ? 4 : (m_start.day() - 1) / 7);
    m_ui->weekdayCombo->setCurrentIndex(weekdayOf(m_start));
    m_ui->neverRadio->setChecked(true);
    m_ui->untilEdit->setDate(m_start.addMonths(3));
    m_ui->untilEdit->setMinimumDate(m_start);

    connect(m_ui->repeatsCombo, &QComboBox::currentIndexChanged, this, &RecurrenceDialog::fromChoices);
    connect(m_ui->intervalSpin, &QSpinBox::valueChanged, this, &RecurrenceDialog::fromChoices);
    connect(m_ui->dayOfMonthSpin, &QSpinBox::valueChanged, this, &RecurrenceDialog::fromChoices);
    connect(m_ui->ordinalCombo, &QComboBox::currentIndexChanged, this, &RecurrenceDialog::fromChoices);
    connect(m_ui->weekdayCombo, &QComboBox::currentIndexChanged, this, &RecurrenceDialog::fromChoices);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &RecurrenceDialog::fromChoices);
    connect(m_ui->untilEdit, &QDateEdit::dateChanged, this, &RecurrenceDialog::fromChoices);
    for (QRadioButton *radio : {m_ui->dayOfMonthRadio, m_ui->weekdayOfMonthRadio, m_ui->lastDayRadio, m_ui->neverRadio,
                                m_ui->afterRadio, m_ui->untilRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                fromChoices();
        });
    connect(m_ui->ruleEdit, &QLineEdit::textEdited, this, &RecurrenceDialog::fromText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_ui->ruleEdit->setText(rule);
    fromText(rule);
    if (rule.trimmed().isEmpty()) {
        m_updating = true;
        m_ui->repeatsCombo->setCurrentIndex(0);
        m_updating = false;
        fromChoices();
    }
}

RecurrenceDialog::~RecurrenceDialog() = default;

QString RecurrenceDialog::rule() const
{
    return m_rule;
}

QString RecurrenceDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

QStringList RecurrenceDialog::nextDates() const
{
    return m_ui->nextDatesLabel->property("dates").toStringList();
}

void RecurrenceDialog::updateVisibility()
{
    const int repeats = m_ui->repeatsCombo->currentIndex();
    const bool any = repeats > 0;
    const bool weekly = repeats == 2;
    const bool monthly = repeats == 3;
    const bool yearly = repeats == 4;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->intervalLabel), static_cast<QWidget *>(m_ui->intervalSpin),
                       static_cast<QWidget *>(m_ui->intervalUnitLabel), static_cast<QWidget *>(m_ui->endsLabel),
                       static_cast<QWidget *>(m_ui->endsBox)})
        w->setVisible(any);
    m_ui->weekdaysLabel->setVisible(weekly);
    m_ui->weekdaysBox->setVisible(weekly);
    m_ui->monthsLabel->setVisible(yearly);
    m_ui->monthsBox->setVisible(yearly);
    m_ui->dayLabel->setVisible(monthly || yearly);
    m_ui->dayBox->setVisible(monthly || yearly);
    const int n = m_ui->intervalSpin->value();
    static const char *const units[][2] = {{QT_TR_NOOP("day"), QT_TR_NOOP("days")},
                                           {QT_TR_NOOP("week"), QT_TR_NOOP("weeks")},
                                           {QT_TR_NOOP("month"), QT_TR_NOOP("months")},
                                           {QT_TR_NOOP("year"), QT_TR_NOOP("years")}};
    if (any)
        m_ui->intervalUnitLabel->setText(tr(units[repeats - 1][n == 1 ? 0 : 1]));
    m_ui->dayOfMonthSpin->setEnabled(m_ui->dayOfMonthRadio->isChecked());
    m_ui->ordinalCombo->setEnabled(m_ui->weekdayOfMonthRadio->isChecked());
    m_ui->weekdayCombo->setEnabled(m_ui->weekdayOfMonthRadio->isChecked());
    m_ui->countSpin->setEnabled(m_ui->afterRadio->isChecked());
    m_ui->untilEdit->setEnabled(m_ui->untilRadio->isChecked());
}

void RecurrenceDialog::fromChoices()
{
    if (m_updating)
        return;
    updateVisibility();
    const int repeats = m_ui->repeatsCombo->currentIndex();
    if (repeats == 0) {
        m_ui->ruleEdit->setText({});
        showResult(std::nullopt, {});
        return;
    }
    RecurrenceRule rule;
    rule.frequency = std::array{Frequency::Daily, Frequency::Weekly, Frequency::Monthly, Frequency::Yearly}[std::size_t(repeats - 1)];
    rule.interval = m_ui->intervalSpin->value();
    if (rule.frequency == Frequency::Weekly) {
        for (int weekday = 0; weekday < 7; ++weekday) {
            if (m_weekdayButtons[std::size_t(weekday)]->isChecked())
                rule.byDay.push_back({weekday, 0});
        }
    }
    if (rule.frequency == Frequency::Yearly) {
        for (int month = 1; month <= 12; ++month) {
            if (m_monthButtons[std::size_t(month - 1)]->isChecked())
                rule.byMonth.push_back(month);
        }
    }
    if (rule.frequency == Frequency::Monthly || rule.frequency == Frequency::Yearly) {
        if (m_ui->dayOfMonthRadio->isChecked())
            rule.byMonthDay = {m_ui->dayOfMonthSpin->value()};
        else if (m_ui->weekdayOfMonthRadio->isChecked())
            rule.byDay = {{m_ui->weekdayCombo->currentIndex(), ordinalOfRow(m_ui->ordinalCombo->currentIndex())}};
        else
            rule.byMonthDay = {-1};
    }
    if (m_ui->afterRadio->isChecked())
        rule.count = m_ui->countSpin->value();
    else if (m_ui->untilRadio->isChecked())
        rule.until = fromQDate(m_ui->untilEdit->date());
    const QString problem = validateRecurrenceRule(rule);
    if (problem.isEmpty())
        m_ui->ruleEdit->setText(toRRuleString(rule));
    showResult(problem.isEmpty() ? std::optional<RecurrenceRule>(rule) : std::nullopt, problem);
}

void RecurrenceDialog::fromText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_updating = true;
        m_ui->repeatsCombo->setCurrentIndex(0);
        m_updating = false;
        updateVisibility();
        showResult(std::nullopt, {});
        return;
    }
    const RecurrenceParseResult parsed = parseRecurrenceRule(text);
    if (!parsed.rule) {
        showResult(std::nullopt, parsed.error);
        return;
    }
    const bool complete = showInChoices(parsed.rule);
    showResult(parsed.rule, {});
    if (!complete)
        m_ui->problemLabel->setText(tr("The choices above cannot show every part of this rule; it is kept as typed."));
}

// Sets the choices to show `rule`; false when it has parts they cannot show (BYSETPOS, several
// days of the month ...).
bool RecurrenceDialog::showInChoices(const std::optional<RecurrenceRule> &rule)
{
    if (!rule)
        return false;
    m_updating = true;
    bool complete = rule->bySetPos.empty() && rule->weekStart == 0;
    m_ui->repeatsCombo->setCurrentIndex(int(rule->frequency) + 1);
    m_ui->intervalSpin->setValue(rule->interval);
    if (rule->frequency == Frequency::Weekly) {
        for (int weekday = 0; weekday < 7; ++weekday)
            m_weekdayButtons[std::size_t(weekday)]->setChecked(false);
        for (const WeekdayRule &day : rule->byDay)
            m_weekdayButtons[std::size_t(day.weekday)]->setChecked(true);
        if (rule->byDay.empty())
            m_weekdayButtons[std::size_t(weekdayOf(m_start))]->setChecked(true);
        complete = complete && rule->byMonthDay.empty() && rule->byMonth.empty();
    } else if (rule->frequency == Frequency::Monthly || rule->frequency == Frequency::Yearly) {
        if (rule->frequency == Frequency::Yearly) {
            for (int month = 1; month <= 12; ++month)
                m_monthButtons[std::size_t(month - 1)]->setChecked(
                    rule->byMonth.empty() ? month == m_start.month()
                                          : std::find(rule->byMonth.begin(), rule->byMonth.end(), month) != rule->byMonth.end());
        } else {
            complete = complete && rule->byMonth.empty();
        }
        if (rule->byMonthDay.size() == 1 && rule->byDay.empty() && rule->byMonthDay[0] == -1) {
            m_ui->lastDayRadio->setChecked(true);
        } else if (rule->byMonthDay.size() == 1 && rule->byDay.empty() && rule->byMonthDay[0] > 0) {
            m_ui->dayOfMonthRadio->setChecked(true);
            m_ui->dayOfMonthSpin->setValue(rule->byMonthDay[0]);
        } else if (rule->byDay.size() == 1 && rule->byMonthDay.empty() && rule->byDay[0].ordinal != 0
                   && rule->byDay[0].ordinal >= -1 && rule->byDay[0].ordinal <= 4) {
            m_ui->weekdayOfMonthRadio->setChecked(true);
            m_ui->ordinalCombo->setCurrentIndex(ordinalRow(rule->byDay[0].ordinal));
            m_ui->weekdayCombo->setCurrentIndex(rule->byDay[0].weekday);
        } else if (rule->byDay.empty() && rule->byMonthDay.empty()) {
            m_ui->dayOfMonthRadio->setChecked(true);
            m_ui->dayOfMonthSpin->setValue(m_start.day());
        } else {
            complete = false;
        }
    } else {
        complete = complete && rule->byDay.empty() && rule->byMonthDay.empty() && rule->byMonth.empty();
    }
    if (rule->count) {
        m_ui->afterRadio->setChecked(true);
        m_ui->countSpin->setValue(*rule->count);
    } else if (rule->until) {
        m_ui->untilRadio->setChecked(true);
        m_ui->untilEdit->setDate(toQDate(*rule->until));
    } else {
        m_ui->neverRadio->setChecked(true);
    }
    m_updating = false;
    updateVisibility();
    return complete;
}

void RecurrenceDialog::showResult(const std::optional<RecurrenceRule> &rule, const QString &problem)
{
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    QStringList dates;
    if (!rule) {
        m_rule.clear();
        m_ui->summaryLabel->setText(problem.isEmpty() ? tr("Does not repeat.") : QString());
        m_ui->nextDatesLabel->clear();
        m_ui->nextDatesLabel->setProperty("dates", dates);
        return;
    }
    m_rule = toRRuleString(*rule);
    m_ui->summaryLabel->setText(QStringLiteral("<b>%1</b>").arg(describeRecurrence(*rule).toHtmlEscaped()));
    const QDate from = std::max(m_start, QDate::currentDate());
    const std::vector<Date> next = expandOccurrences(*rule, fromQDate(m_start), fromQDate(from), Date(9999, 12, 31), {}, 5);
    for (const Date &date : next)
        dates.append(QLocale().toString(toQDate(date), QLocale::LongFormat));
    m_ui->nextDatesLabel->setProperty("dates", dates);
    if (dates.isEmpty())
        m_ui->nextDatesLabel->setText(tr("No dates from %1 on.").arg(QLocale().toString(from, QLocale::ShortFormat)));
    else
        m_ui->nextDatesLabel->setText(tr("Next dates:") + QStringLiteral("\n• ") + dates.join(QStringLiteral("\n• ")));
}

void RecurrenceDialog::setFrequency(std::optional<Frequency> frequency)
{
    m_ui->repeatsCombo->setCurrentIndex(frequency ? int(*frequency) + 1 : 0);
}

void RecurrenceDialog::setInterval(int interval)
{
    m_ui->intervalSpin->setValue(interval);
}

void RecurrenceDialog::setWeekdays(const std::vector<int> &weekdays)
{
    for (int weekday = 0; weekday < 7; ++weekday)
        m_weekdayButtons[std::size_t(weekday)]->setChecked(std::find(weekdays.begin(), weekdays.end(), weekday) != weekdays.end());
}

void RecurrenceDialog::setMonths(const std::vector<int> &months)
{
    for (int month = 1; month <= 12; ++month)
        m_monthButtons[std::size_t(month - 1)]->setChecked(std::find(months.begin(), months.end(), month) != months.end());
}

void RecurrenceDialog::setMonthDay(MonthDay kind, int dayOrOrdinal, int weekday)
{
    switch (kind) {
    case MonthDay::DayOfMonth:
        m_ui->dayOfMonthSpin->setValue(dayOrOrdinal);
        m_ui->dayOfMonthRadio->setChecked(true);
        break;
    case MonthDay::WeekdayOfMonth:
        m_ui->ordinalCombo->setCurrentIndex(ordinalRow(dayOrOrdinal));
        m_ui->weekdayCombo->setCurrentIndex(weekday);
        m_ui->weekdayOfMonthRadio->setChecked(true);
        break;
    case MonthDay::LastDay: m_ui->lastDayRadio->setChecked(true); break;
    }
    fromChoices();
}

void RecurrenceDialog::setEndAfter(int count)
{
    m_ui->countSpin->setValue(count);
    m_ui->afterRadio->setChecked(true);
}

void RecurrenceDialog::setEndOn(const QDate &date)
{
    m_ui->untilEdit->setDate(date);
    m_ui->untilRadio->setChecked(true);
}

void RecurrenceDialog::setEndNever()
{
    m_ui->neverRadio->setChecked(true);
}

} // namespace cplan
