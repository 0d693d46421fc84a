#include "horizonchangedialog.h"
#include "ui_horizonchangedialog.h"

#include "displayformat.h"

#include <QLocale>

#include <cstdlib>

namespace cplan {

namespace {

using What = HorizonAffected::What;

// The first few names of one kind, for "(Search test, Social test and 3 more)".
QString names(const HorizonChange &change, What what) {
  QStringList list;
  int more = 0;
  for (const HorizonAffected &a : change.affected) {
    if (a.what != what)
      continue;
    if (list.size() < 3)
      list.append(a.name.isEmpty() ? HorizonChangeDialog::tr("(no name)")
                                   : a.name);
    else
      ++more;
  }
  const QString joined = QLocale().createSeparatedList(list);
  return more == 0
             ? joined
             : (more == 1
                    ? HorizonChangeDialog::tr("%1 and 1 more")
                    : HorizonChangeDialog::tr("%1 and %n more", nullptr, more))
                   .arg(list.join(QStringLiteral(", ")));
}

} // namespace

HorizonChangeDialog::HorizonChangeDialog(const HorizonChange &change,
                                         QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HorizonChangeDialog>()) {
  m_ui->setupUi(this);
  const PlanSettings &before = change.before;
  const PlanSettings &after = change.after;
  const bool datesChanged =
      before.startMonth != after.startMonth || before.months != after.months;
  const bool currencyChanged = before.currency != after.currency;
  const QString from = formatMonth(after.startMonth);
  const QString to = formatMonth(after.startMonth.addMonths(after.months - 1));

  QString question;
  if (change.shiftMonths != 0) {
    question = change.shiftMonths > 0
                   ? tr("The plan will start in %1, %n months later than %2, "
                        "and run to %3.",
                        nullptr, change.shiftMonths)
                   : tr("The plan will start in %1, %n months earlier than %2, "
                        "and run to %3.",
                        nullptr, -change.shiftMonths);
    if (std::abs(change.shiftMonths) == 1)
      question = change.shiftMonths > 0
                     ? tr("The plan will start in %1, a month later than %2, "
                          "and run to %3.")
                     : tr("The plan will start in %1, a month earlier than %2, "
                          "and run to %3.");
    question = question.arg(from, formatMonth(before.startMonth), to);
  } else if (datesChanged) {
    question = (after.months == 1
                    ? tr("The plan will run for 1 month, %1.").arg(from)
                    : tr("The plan will run for %n months, from %1 to %2.",
                         nullptr, after.months))
                   .arg(from, to);
  } else if (currencyChanged) {
    question = tr("The plan's currency will be %1 instead of %2. Amounts keep "
                  "their figures; they are not converted.")
                   .arg(after.currency, before.currency);
  }
  if (datesChanged)
    question += QLatin1Char(' ') + tr("These lie outside it:");
  m_ui->questionLabel->setText(question);

  Plan money; // formats amounts in the currency they were entered in
  money.settings = before;
  QStringList lines;
  if (const int phases = change.records(What::Phase); phases > 0) {
    QString line =
        (phases == 1 ? tr("1 roll-out phase with %1 of planned spend outside")
                     : tr("%n roll-out phases with %1 of planned spend outside",
                          nullptr, phases))
            .arg(formatMoney(money, change.spendOutside()));
    int partly = 0;
    for (const HorizonAffected &a : change.affected)
      partly += a.what == What::Phase && a.partly ? 1 : 0;
    if (partly > 0)
      line += QLatin1Char(' ') +
              (partly == phases ? tr("(partly)")
                                : tr("(%n of them partly)", nullptr, partly));
    lines.append(line + QStringLiteral(": ") + names(change, What::Phase));
  }
  if (const int targets = change.total(What::KpiTargets); targets > 0)
    lines.append(
        (targets == 1
             ? tr("1 KPI target for a month outside: ")
             : tr("%n KPI targets for months outside: ", nullptr, targets)) +
        names(change, What::KpiTargets));
  if (const int actuals = change.total(What::KpiActuals); actuals > 0)
    lines.append((actuals == 1 ? tr("1 KPI actual dated outside: ")
                               : tr("%n KPI actuals dated outside: ", nullptr,
                                    actuals)) +
                 names(change, What::KpiActuals));
  if (const int items = change.records(What::Content); items > 0)
    lines.append(
        (items == 1 ? tr("1 content item dated outside: ")
                    : tr("%n content items dated outside: ", nullptr, items)) +
        names(change, What::Content));
  if (const int costs = change.records(What::FixedCost); costs > 0)
    lines.append(
        (costs == 1
             ? tr("1 fixed cost with no month inside: ")
             : tr("%n fixed costs with no month inside: ", nullptr, costs)) +
        names(change, What::FixedCost));
  if (const int units = change.records(What::CurrencyUnit); units > 0)
    lines.append((units == 1 ? tr("1 KPI measured in %1: ")
                             : tr("%n KPIs measured in %1: ", nullptr, units))
                     .arg(before.currency) +
                 names(change, What::CurrencyUnit));
  if (change.roundedAmounts > 0)
    lines.append((change.roundedAmounts == 1
                      ? tr("1 amount will be rounded to the digits of %1")
                      : tr("%n amounts will be rounded to the digits of %1",
                           nullptr, change.roundedAmounts))
                     .arg(after.currency));
  m_ui->affectedList->addItems(lines);
  m_ui->affectedList->setMaximumHeight(
      m_ui->affectedList->sizeHintForRow(0) * (int(lines.size()) + 1) + 8);

  QStringList choices;
  const bool unitsOnly =
      !datesChanged && change.records(What::CurrencyUnit) > 0;
  if (datesChanged) {
    const int shift = std::abs(change.shiftMonths);
    if (change.shiftMonths != 0) {
      const QString by =
          shift == 1 ? tr("a month") : tr("%n months", nullptr, shift);
      choices.append((change.shiftMonths > 0
                          ? tr("Move: every date in the plan moves %1 later "
                               "with the start, so the plan keeps its shape.")
                          : tr("Move: every date in the plan moves %1 earlier "
                               "with the start, so the plan keeps its shape."))
                         .arg(by));
    } else
      choices.append(tr("Move: bring them inside by whole months; a phase "
                        "longer than the plan is cut at its edges. "
                        "KPI targets and actuals keep their months."));
    choices.append(tr("Keep: leave them as they are. While outside the plan "
                      "they are not counted, charted or printed."));
    choices.append(tr("Drop: delete them. A phase partly outside is cut at the "
                      "plan's edge and keeps the budget of its days inside."));
  } else if (unitsOnly) {
    m_ui->moveButton->setText(tr("&Use %1").arg(after.currency));
    m_ui->keepButton->setText(tr("&Keep %1").arg(before.currency));
    m_ui->dropButton->hide();
    choices.append(tr("Use %1: the KPIs are measured in the new currency.")
                       .arg(after.currency));
    choices.append(
        tr("Keep %1: the KPIs stay as they are.").arg(before.currency));
  } else {
    // Only amounts are rounded: there is nothing to choose but to go ahead or
    // not.
    m_ui->moveButton->hide();
    m_ui->dropButton->hide();
    m_ui->keepButton->setText(tr("&Change currency"));
    m_ui->keepButton->setDefault(true);
  }
  choices.append(tr("Cancel: leave the setting as it was."));
  m_ui->choicesLabel->setText(choices.join(QLatin1Char('\n')));

  connect(m_ui->moveButton, &QPushButton::clicked, this,
          [this] { choose(HorizonChoice::Move); });
  connect(m_ui->keepButton, &QPushButton::clicked, this,
          [this] { choose(HorizonChoice::Keep); });
  connect(m_ui->dropButton, &QPushButton::clicked, this,
          [this] { choose(HorizonChoice::Drop); });
  connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

HorizonChangeDialog::~HorizonChangeDialog() = default;

void HorizonChangeDialog::choose(HorizonChoice choice) {
  m_choice = choice;
  accept();
}

QString HorizonChangeDialog::question() const {
  return m_ui->questionLabel->text();
}

QStringList HorizonChangeDialog::lines() const {
  QStringList result;
  for (int i = 0; i < m_ui->affectedList->count(); ++i)
    result.append(m_ui->affectedList->item(i)->text());
  return result;
}

QString HorizonChangeDialog::choices() const {
  return m_ui->choicesLabel->text();
}

} // namespace cplan
