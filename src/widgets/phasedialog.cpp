#include "phasedialog.h"
#include "ui_phasedialog.h"

#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "fieldfeedback.h"
#include "validation.h"
#include "verdict.h"

#include <QPushButton>

#include <cmath>
#include <tuple>

namespace cplan {

PhaseDialog::PhaseDialog(Document *document, const RolloutPhase &phase, QWidget *parent)
    : QDialog(parent), m_document(document), m_original(phase), m_ui(std::make_unique<Ui::PhaseDialog>())
{
    m_ui->setupUi(this);
    commit::useFullYear(m_ui->startEdit);
    commit::useFullYear(m_ui->endEdit);
    const Plan &plan = document->plan();
    setWindowTitle(tr("Phase “%1”").arg(fieldfeedback::elided(phase.name, 60)));
    m_ui->channelCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // long names stay in
    m_ui->channelCombo->setMinimumContentsLength(20);
    m_ui->nameEdit->setMaxLength(textlimits::name);
    m_ui->nameEdit->setText(phase.name);
    for (const Channel &channel : plan.channels)
        m_ui->channelCombo->addItem(channel.name, channel.id);
    m_ui->channelCombo->setCurrentIndex(std::max(0, m_ui->channelCombo->findData(phase.channelId)));
    for (PhaseKind kind : allValues<PhaseKind>())
        m_ui->kindCombo->addItem(displayName(kind), int(kind));
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(phase.kind)));
    m_ui->startEdit->setDate(toQDate(phase.start));
    m_ui->endEdit->setDate(toQDate(phase.end));
    m_ui->budgetSpin->setDecimals(plan.minorDigits());
    m_ui->budgetSpin->setGroupSeparatorShown(true);
    m_ui->budgetSpin->setMinimum(-1e12); // a negative budget can be typed, and is then explained
    m_ui->budgetSpin->setSuffix(QChar(0x00A0) + plan.settings.currency);
    m_ui->budgetSpin->setValue(plan.major(phase.budget));
    auto money = [&plan](const std::optional<Money> &amount) {
        return amount ? QLocale().toString(plan.major(*amount), 'f', plan.minorDigits()) : QString();
    };
    m_ui->spendEdit->setText(money(phase.actualSpend));
    m_ui->revenueEdit->setText(money(phase.actualRevenue));
    m_ui->leadsEdit->setText(phase.actualLeads ? QLocale().toString(*phase.actualLeads) : QString());
    m_ui->notesEdit->setPlainText(phase.notes);

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->spendEdit, m_ui->revenueEdit, m_ui->leadsEdit})
        connect(edit, &QLineEdit::textChanged, this, &PhaseDialog::update);
    connect(m_ui->channelCombo, &QComboBox::currentIndexChanged, this, &PhaseDialog::update);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &PhaseDialog::update);
    connect(m_ui->startEdit, &QDateEdit::dateChanged, this, &PhaseDialog::update);
    connect(m_ui->endEdit, &QDateEdit::dateChanged, this, &PhaseDialog::update);
    connect(m_ui->budgetSpin, &QDoubleSpinBox::valueChanged, this, &PhaseDialog::update);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &PhaseDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (document->isReadOnly()) {
        for (QWidget *field : findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field) || qobject_cast<QAbstractSpinBox *>(field)
                || qobject_cast<QPlainTextEdit *>(field))
                field->setEnabled(false);
        }
    }
    update();
}

PhaseDialog::~PhaseDialog() = default;

std::optional<RolloutPhase> PhaseDialog::phase() const
{
    const Plan &plan = m_document->plan();
    RolloutPhase p = m_original;
    p.name = m_ui->nameEdit->text().trimmed();
    p.channelId = m_ui->channelCombo->currentData().toUuid();
    p.kind = PhaseKind(m_ui->kindCombo->currentData().toInt());
    p.start = fromQDate(m_ui->startEdit->date());
    p.end = fromQDate(m_ui->endEdit->date());
    const std::optional<Money> budget = Money::fromMajor(m_ui->budgetSpin->value(), plan.minorDigits());
    if (!budget)
        return std::nullopt;
    p.budget = *budget;
    auto readMoney = [&plan](const QString &text, std::optional<Money> &field) {
        if (text.trimmed().isEmpty()) {
            field.reset();
            return true;
        }
        field = parseMoney(plan, text);
        return field.has_value();
    };
    if (!readMoney(m_ui->spendEdit->text(), p.actualSpend) || !readMoney(m_ui->revenueEdit->text(), p.actualRevenue))
        return std::nullopt;
    const QString leads = m_ui->leadsEdit->text().trimmed();
    if (leads.isEmpty()) {
        p.actualLeads.reset();
    } else {
        const std::optional<double> number = parseNumber(leads);
        if (!number || *number != std::trunc(*number))
            return std::nullopt;
        p.actualLeads = qint64(*number);
    }
    p.notes = m_ui->notesEdit->toPlainText();
    return p;
}

QWidget *PhaseDialog::fieldEditor(const QString &field) const
{
    const std::pair<const char *, QWidget *> editors[] = {
        {"name", m_ui->nameEdit},          {"channel", m_ui->channelCombo},   {"start", m_ui->startEdit},
        {"end", m_ui->endEdit},            {"budget", m_ui->budgetSpin},      {"actualSpend", m_ui->spendEdit},
        {"actualRevenue", m_ui->revenueEdit}, {"actualLeads", m_ui->leadsEdit}, {"notes", m_ui->notesEdit},
    };
    for (const auto &[name, editor] : editors) {
        if (field == QLatin1String(name))
            return editor;
    }
    return nullptr;
}

// The first field that cannot be read as typed, with the reason; empty when all can.
std::pair<QString, QString> PhaseDialog::unreadableField() const
{
    const Plan &plan = m_document->plan();
    auto unreadableMoney = [&plan](const QLineEdit *edit) {
        return !edit->text().trimmed().isEmpty() && !parseMoney(plan, edit->text());
    };
    if (unreadableMoney(m_ui->spendEdit))
        return {QStringLiteral("actualSpend"), tr("'%1' is not an amount; type one such as %2, or leave it empty while it is not known.")
                                                   .arg(m_ui->spendEdit->text(), QLocale().toString(1234.5, 'f', 2))};
    if (unreadableMoney(m_ui->revenueEdit))
        return {QStringLiteral("actualRevenue"), tr("'%1' is not an amount; type one such as %2, or leave it empty while it is not known.")
                                                     .arg(m_ui->revenueEdit->text(), QLocale().toString(1234.5, 'f', 2))};
    const QString leads = m_ui->leadsEdit->text().trimmed();
    const std::optional<double> number = leads.isEmpty() ? std::optional<double>(0) : parseNumber(leads);
    if (!number || *number != std::trunc(*number))
        return {QStringLiteral("actualLeads"), tr("'%1' is not a whole number of leads; leave it empty while it is not known.").arg(leads)};
    return {};
}

void PhaseDialog::update()
{
    const bool test = PhaseKind(m_ui->kindCombo->currentData().toInt()) == PhaseKind::Test;
    m_ui->actualsGroup->setVisible(test);
    const std::optional<RolloutPhase> p = phase();
    QString problem;
    QString field;
    if (!p) {
        std::tie(field, problem) = unreadableField();
    } else if (const std::vector<Problem> problems = validatePhase(*p, m_document->plan().minorDigits()); !problems.empty()) {
        problem = problems.front().message;
        field = problems.front().field;
    } else if (test) {
        const TestVerdict verdict = testVerdict(m_document->plan(), *p);
        m_ui->verdictLabel->setText(tr("Verdict: <b>%1</b><br>%2").arg(displayName(verdict.outcome), verdict.reason.toHtmlEscaped()));
    }
    // The field the problem is about is marked, with the reason as its tool tip and under the form.
    for (const char *each : {"name", "channel", "start", "end", "budget", "actualSpend", "actualRevenue", "actualLeads", "notes"}) {
        if (QWidget *editor = fieldEditor(QLatin1String(each)); editor && field != QLatin1String(each))
            fieldfeedback::clearProblem(editor);
    }
    if (QWidget *editor = fieldEditor(field))
        fieldfeedback::showProblem(editor, problem);
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_document->isReadOnly());
}

} // namespace cplan
