#include "plansettingsform.h"
#include "ui_plansettingsform.h"

#include "commands.h"
#include "document.h"
#include "fieldfeedback.h"
#include "horizonchangecommand.h"
#include "plansettingsprompts.h"
#include "validation.h"

#include <QUndoStack>

namespace cplan {

PlanSettingsForm::PlanSettingsForm(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_ui(std::make_unique<Ui::PlanSettingsForm>()),
      m_prompts(std::make_unique<PlanSettingsPrompts>(this))
{
    m_ui->setupUi(this);
    load();
    connect(document, &Document::settingsChanged, this, &PlanSettingsForm::load);
    connect(document, &Document::readOnlyChanged, this, &PlanSettingsForm::load);

    // Each editor changes one field of the stored settings; `change` says how.
    auto current = [this] { return m_document->plan().settings; };
    commit::whenDone(m_ui->nameEdit, [=, this](const QString &v) {
        PlanSettings s = current();
        s.name = v.trimmed();
        commit(s, tr("Rename plan"), m_ui->nameEdit);
    });
    commit::whenDone(m_ui->authorEdit, [=, this](const QString &v) {
        PlanSettings s = current();
        s.author = v.trimmed();
        commit(s, tr("Change author"), m_ui->authorEdit);
    });
    commit::whenDone(m_ui->currencyEdit, [=, this](const QString &v) {
        PlanSettings s = current();
        s.currency = v.trimmed().toUpper();
        commitHorizon(s, tr("Change currency to %1").arg(s.currency), m_ui->currencyEdit);
    });
    commit::whenDone(m_ui->startEdit, [=, this](const QDate &d) {
        if (m_loading)
            return;
        PlanSettings s = current();
        s.startMonth = YearMonth{d.year(), d.month()};
        commitHorizon(s, tr("Change start month"), m_ui->startEdit);
    });
    commit::whenDone(m_ui->monthsSpin, [=, this](int v) {
        if (m_loading)
            return;
        PlanSettings s = current();
        s.months = v;
        commitHorizon(s, tr("Change horizon to %n months", nullptr, v), m_ui->monthsSpin);
    });
    commit::whenDone(m_ui->marginSpin, [=, this](double v) {
        if (m_loading)
            return;
        PlanSettings s = current();
        s.grossMargin = v / 100.0;
        commit(s, tr("Change gross margin"), m_ui->marginSpin);
    });
    commit::whenDone(m_ui->roiSpin, [=, this](double v) {
        if (m_loading)
            return;
        PlanSettings s = current();
        s.minimumRoiToScale = v / 100.0;
        commit(s, tr("Change minimum ROI to scale"), m_ui->roiSpin);
    });
    const std::pair<QDoubleSpinBox *, double ScenarioFactors::*> factors[] = {
        {m_ui->conservativeSpin, &ScenarioFactors::conservative},
        {m_ui->baseSpin, &ScenarioFactors::base},
        {m_ui->optimisticSpin, &ScenarioFactors::optimistic},
    };
    for (const auto &[spin, member] : factors) {
        commit::whenDone(spin, [=, this, spin = spin, member = member](double v) {
            if (m_loading)
                return;
            PlanSettings s = current();
            s.scenarios.*member = v;
            commit(s, tr("Change scenario factors"), spin);
        });
    }
}

PlanSettingsForm::~PlanSettingsForm() = default;

void PlanSettingsForm::setScenarioFactorsVisible(bool visible)
{
    m_ui->scenarioLabel->setVisible(visible);
    for (QWidget *spin : {m_ui->conservativeSpin, m_ui->baseSpin, m_ui->optimisticSpin})
        spin->setVisible(visible);
}

void PlanSettingsForm::setPrompts(std::unique_ptr<PlanSettingsPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

QLabel *PlanSettingsForm::problemLabelFor(QWidget *field) const
{
    if (field == m_ui->nameEdit)
        return m_ui->nameProblem;
    if (field == m_ui->currencyEdit)
        return m_ui->currencyProblem;
    return m_ui->problemLabel;
}

bool PlanSettingsForm::commit(const PlanSettings &settings, const QString &commandText, QWidget *field)
{
    if (m_loading || m_document->isReadOnly())
        return false;
    QLabel *label = problemLabelFor(field);
    const std::vector<Problem> problems = validateSettings(settings);
    if (!problems.empty()) {
        // The person's text stays so they can fix it; nothing is stored meanwhile.
        fieldfeedback::showProblem(field, problems.front().message, label);
        return false;
    }
    fieldfeedback::clearProblem(field, label);
    label->setVisible(label == m_ui->problemLabel);
    if (settings == m_document->plan().settings)
        return false;
    m_document->undoStack()->push(new ChangeSettingsCommand(m_document, settings, commandText));
    return true;
}

void PlanSettingsForm::commitHorizon(const PlanSettings &settings, const QString &commandText, QWidget *field)
{
    if (m_loading || m_document->isReadOnly())
        return;
    QLabel *label = problemLabelFor(field);
    const std::vector<Problem> problems = validateSettings(settings);
    if (!problems.empty()) {
        fieldfeedback::showProblem(field, problems.front().message, label);
        return;
    }
    fieldfeedback::clearProblem(field, label);
    label->setVisible(label == m_ui->problemLabel);
    const PlanSettings &before = m_document->plan().settings;
    if (settings == before)
        return;
    const HorizonChange change = describeHorizonChange(m_document->plan(), settings);
    HorizonChoice choice = HorizonChoice::Keep; // nothing to decide: only the setting changes
    if (!change.isEmpty()) {
        const std::optional<HorizonChoice> answer = m_prompts->askHorizonChange(change);
        if (!answer) {
            // Cancelled: the field shows the stored value again.
            m_shown = PlanSettings();
            load();
            return;
        }
        choice = *answer;
    }
    // One step even when records change with it; money keeps its figures in a currency with
    // other minor digits, whatever the answer.
    m_document->undoStack()->push(makeHorizonChangeCommand(m_document, settings, choice, commandText));
}

void PlanSettingsForm::load()
{
    m_loading = true;
    const PlanSettings &s = m_document->plan().settings;
    // A field is rewritten only when the stored value changed since it was shown, so a
    // person's rejected text stays in its field until they fix it (or undo changes it).
    auto text = [&](QLineEdit *edit, const QString &stored, const QString &shown) {
        if (stored == shown && fieldfeedback::hasProblem(edit))
            return;
        if (edit->text() != stored)
            edit->setText(stored);
        fieldfeedback::clearProblem(edit, problemLabelFor(edit));
        problemLabelFor(edit)->hide();
    };
    text(m_ui->nameEdit, s.name, m_shown.name);
    text(m_ui->authorEdit, s.author, m_shown.author);
    text(m_ui->currencyEdit, s.currency, m_shown.currency);
    m_ui->startEdit->setDate(QDate(s.startMonth.year, s.startMonth.month, 1));
    m_ui->monthsSpin->setValue(s.months);
    m_ui->marginSpin->setValue(s.grossMargin * 100.0);
    m_ui->roiSpin->setValue(s.minimumRoiToScale * 100.0);
    m_ui->conservativeSpin->setValue(s.scenarios.conservative);
    m_ui->baseSpin->setValue(s.scenarios.base);
    m_ui->optimisticSpin->setValue(s.scenarios.optimistic);
    const bool editable = !m_document->isReadOnly();
    for (QWidget *field : std::initializer_list<QWidget *>{m_ui->nameEdit, m_ui->authorEdit, m_ui->currencyEdit,
                                                           m_ui->startEdit, m_ui->monthsSpin, m_ui->marginSpin,
                                                           m_ui->roiSpin, m_ui->conservativeSpin, m_ui->baseSpin,
                                                           m_ui->optimisticSpin})
        field->setEnabled(editable);
    m_shown = s;
    m_loading = false;
}

} // namespace cplan
