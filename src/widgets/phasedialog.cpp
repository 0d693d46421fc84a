#include "phasedialog.h"
#include "ui_phasedialog.h"

#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "validation.h"
#include "verdict.h"

#include <QPushButton>

namespace cplan {

PhaseDialog::PhaseDialog(Document *document, const RolloutPhase &phase, QWidget *parent)
    : QDialog(parent), m_document(document), m_original(phase), m_ui(std::make_unique<Ui::PhaseDialog>())
{
    m_ui->setupUi(this);
    const Plan &plan = document->plan();
    setWindowTitle(tr("Phase “%1”").arg(phase.name));
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

void PhaseDialog::update()
{
    const bool test = PhaseKind(m_ui->kindCombo->currentData().toInt()) == PhaseKind::Test;
    m_ui->actualsGroup->setVisible(test);
    const std::optional<RolloutPhase> p = phase();
    QString problem;
    if (!p) {
        problem = tr("Actual spend and revenue are amounts, leads a whole number; leave a field empty when it is not known yet.");
    } else if (const std::vector<Problem> problems = validatePhase(*p); !problems.empty()) {
        problem = problems.front().message;
    } else if (test) {
        const TestVerdict verdict = testVerdict(m_document->plan(), *p);
        m_ui->verdictLabel->setText(tr("Verdict: <b>%1</b><br>%2").arg(displayName(verdict.outcome), verdict.reason.toHtmlEscaped()));
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_document->isReadOnly());
}

} // namespace cplan
