#include "channeldetailform.h"
#include "ui_channeldetailform.h"

#include "channelmodels.h"
#include "commands.h"
#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "fieldfeedback.h"
#include "forecast.h"
#include "rollout.h"
#include "validation.h"

#include <QTextDocumentFragment>
#include <QTimer>

namespace cplan {

namespace {

template<typename Enum>
void fillCombo(QComboBox *combo)
{
    for (Enum value : allValues<Enum>())
        combo->addItem(displayName(value), int(value));
}

template<typename Enum>
void selectEnum(QComboBox *combo, Enum value)
{
    combo->setCurrentIndex(combo->findData(int(value)));
}

} // namespace

ChannelDetailForm::ChannelDetailForm(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_ui(std::make_unique<Ui::ChannelDetailForm>())
{
    m_ui->setupUi(this);
    fillCombo<ChannelKind>(m_ui->channelKindCombo);
    fillCombo<CostModel>(m_ui->costModelCombo);
    // The heading never sets the form's width: a name without spaces cannot wrap.
    m_ui->channelTitleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // A long name in a list (an owner) must not widen the form.
    for (QComboBox *box : {m_ui->channelKindCombo, m_ui->channelStatusCombo, m_ui->costModelCombo, m_ui->channelOwnerCombo}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    for (QDoubleSpinBox *spin : {m_ui->costPerClickSpin, m_ui->costPerMilleSpin, m_ui->orderValueSpin, m_ui->targetCplSpin,
                                 m_ui->visitsSpin})
        spin->setGroupSeparatorShown(true);
    // A spin box asks for room for its largest value (a billion); everyday figures need far
    // less, so the form fits beside the table on a small screen.
    const int figureWidth = fontMetrics().horizontalAdvance(QStringLiteral("000,000.00 EUR")) + 40;
    for (QAbstractSpinBox *spin : findChildren<QAbstractSpinBox *>())
        spin->setMinimumWidth(figureWidth);
    // Wide ranges: a value out of bounds (a negative cost, 150 %) can be typed and is then
    // explained next to the field by validation, instead of the key being swallowed silently.
    for (QDoubleSpinBox *spin : {m_ui->costPerClickSpin, m_ui->costPerMilleSpin, m_ui->orderValueSpin, m_ui->targetCplSpin})
        spin->setRange(-1e9, 1e9);
    for (QDoubleSpinBox *spin : {m_ui->clickThroughSpin, m_ui->leadRateSpin, m_ui->closeRateSpin}) {
        spin->setRange(-1000.0, 1000.0);
        spin->setDecimals(3); // rates such as 0.125 %
    }
    m_ui->visitsSpin->setRange(-1e9, 1e10);
    m_ui->visitsSpin->setDecimals(1);

    auto combo = [this](QComboBox *box, auto apply, const QString &text, const QString &field) {
        box->setProperty("cplanField", field);
        connect(box, &QComboBox::activated, this, [=, this] {
            const QVariant value = box->currentData();
            edit([&](Channel &c) { apply(c, value); }, text, box);
        });
    };
    combo(m_ui->channelKindCombo, [](Channel &c, const QVariant &v) { c.kind = ChannelKind(v.toInt()); }, tr("Change channel kind"),
          QStringLiteral("kind"));
    combo(m_ui->channelStatusCombo, [](Channel &c, const QVariant &v) { c.status = ChannelStatus(v.toInt()); },
          tr("Change channel status"), QStringLiteral("status"));
    combo(m_ui->costModelCombo, [](Channel &c, const QVariant &v) { c.costModel = CostModel(v.toInt()); },
          tr("Change cost model"), QStringLiteral("costModel"));
    combo(m_ui->channelOwnerCombo, [](Channel &c, const QVariant &v) { c.ownerId = v.toUuid(); }, tr("Change channel owner"),
          QStringLiteral("owner"));

    // Each field commits once, when the person is done with it (Enter, Tab, an arrow step).
    m_ui->channelNameEdit->setMaxLength(textlimits::name);
    commit::whenDone(m_ui->channelNameEdit, [this](const QString &v) {
        edit([&](Channel &c) { c.name = v.trimmed(); }, tr("Rename channel"), m_ui->channelNameEdit);
    });
    auto money = [this](QDoubleSpinBox *spin, Money Channel::*member, const QString &text) {
        commit::whenDone(spin, [=, this](double v) {
            const std::optional<Money> amount = Money::fromMajor(v, m_document->plan().minorDigits());
            if (amount)
                edit([&](Channel &c) { c.*member = *amount; }, text, spin);
        });
    };
    money(m_ui->costPerClickSpin, &Channel::costPerClick, tr("Change cost per click"));
    money(m_ui->costPerMilleSpin, &Channel::costPerMille, tr("Change cost per thousand impressions"));
    money(m_ui->orderValueSpin, &Channel::averageOrderValue, tr("Change average order value"));
    auto percent = [this](QDoubleSpinBox *spin, double Channel::*member, const QString &text) {
        commit::whenDone(spin, [=, this](double v) { edit([&](Channel &c) { c.*member = v / 100.0; }, text, spin); });
    };
    percent(m_ui->clickThroughSpin, &Channel::clickThroughRate, tr("Change click-through rate"));
    percent(m_ui->leadRateSpin, &Channel::leadRate, tr("Change lead rate"));
    percent(m_ui->closeRateSpin, &Channel::closeRate, tr("Change close rate"));
    commit::whenDone(m_ui->visitsSpin, [this](double v) {
        edit([&](Channel &c) { c.visitsPerMonth = v; }, tr("Change visits per month"), m_ui->visitsSpin);
    });
    auto targetCostPerLead = [this] {
        const std::optional<Money> amount = Money::fromMajor(m_ui->targetCplSpin->value(), m_document->plan().minorDigits());
        edit([&](Channel &c) { c.targetCostPerLead = m_ui->targetCplCheck->isChecked() ? amount : std::nullopt; },
             tr("Change target cost per lead"), m_ui->targetCplSpin);
    };
    connect(m_ui->targetCplCheck, &QCheckBox::toggled, this, targetCostPerLead);
    commit::whenDone(m_ui->targetCplSpin, [targetCostPerLead](double) { targetCostPerLead(); });
    commit::whenDone(m_ui->channelNotesEdit, [this](const QString &notes) {
        edit([&](Channel &c) { c.notes = notes; }, tr("Change channel notes"), m_ui->channelNotesEdit);
    });

    connect(m_ui->addTestPhaseButton, &QPushButton::clicked, this, [this] { emit addTestPhaseRequested(m_channelId); });

    // Reload after changes from anywhere (undo, the table); once per command.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &ChannelDetailForm::load);
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
    connect(document, &Document::readOnlyChanged, this, &ChannelDetailForm::load);
    load();
}

ChannelDetailForm::~ChannelDetailForm()
{
    // The notes' pause timer and focus watcher must not commit into a form being destroyed.
    m_ui->channelNotesEdit->document()->setModified(false);
}

void ChannelDetailForm::setChannel(const RecordId &channelId)
{
    m_channelId = channelId;
    clearProblems();
    load();
}

QString ChannelDetailForm::fieldOf(const QWidget *editor) const
{
    // The record's field (JSON name) each editor changes: it names the validation problems.
    const std::pair<const QWidget *, const char *> fields[] = {
        {m_ui->channelNameEdit, "name"},          {m_ui->costPerClickSpin, "costPerClick"},
        {m_ui->costPerMilleSpin, "costPerMille"}, {m_ui->clickThroughSpin, "clickThroughRate"},
        {m_ui->visitsSpin, "visitsPerMonth"},     {m_ui->leadRateSpin, "leadRate"},
        {m_ui->closeRateSpin, "closeRate"},       {m_ui->orderValueSpin, "averageOrderValue"},
        {m_ui->targetCplSpin, "targetCostPerLead"}, {m_ui->channelNotesEdit, "notes"},
    };
    for (const auto &[widget, field] : fields) {
        if (widget == editor)
            return QString::fromLatin1(field);
    }
    return editor->property("cplanField").toString(); // the choices

}

void ChannelDetailForm::edit(const std::function<void(Channel &)> &change, const QString &text, QWidget *editor)
{
    const int index = m_document->indexOf<Channel>(m_channelId);
    if (m_loading || index < 0 || m_document->isReadOnly())
        return;
    const QString field = fieldOf(editor);
    const Channel &current = m_document->plan().channels[std::size_t(index)];
    Channel changed = current;
    change(changed);
    // What the person typed stays in the field, marked, until it can be taken.
    for (const Problem &problem : validateChannel(changed, m_document->plan().minorDigits())) {
        if (problem.field == field) {
            fieldfeedback::showProblem(editor, problem.message, m_ui->channelProblemLabel);
            return;
        }
    }
    fieldfeedback::clearProblem(editor, m_ui->channelProblemLabel, typedFields());
    if (changed == current)
        return;
    // A figure or name commits when the person is done, so each commit is a step of its own;
    // the notes commit at each pause in typing, and those commits make one step.
    const QString mergeField = editor == m_ui->channelNotesEdit ? field : QString();
    m_document->undoStack()->push(new ChangeRecordCommand<Channel>(m_document, changed, text, mergeField));
}

QList<QWidget *> ChannelDetailForm::typedFields() const
{
    return {m_ui->channelNameEdit, m_ui->costPerClickSpin, m_ui->costPerMilleSpin, m_ui->clickThroughSpin,
            m_ui->visitsSpin,      m_ui->leadRateSpin,     m_ui->closeRateSpin,    m_ui->orderValueSpin,
            m_ui->targetCplSpin,   m_ui->channelNotesEdit};
}

void ChannelDetailForm::clearProblems()
{
    for (QWidget *editor : typedFields())
        fieldfeedback::clearProblem(editor, m_ui->channelProblemLabel);
}

void ChannelDetailForm::load()
{
    const int index = m_document->indexOf<Channel>(m_channelId);
    setEnabled(index >= 0);
    if (index < 0) {
        m_ui->channelTitleLabel->setText(tr("<i>Select a channel to see and change its details.</i>"));
        m_ui->channelForecastLabel->clear();
        m_ui->addTestPhaseButton->hide();
        return;
    }
    m_loading = true;
    const Plan &plan = m_document->plan();
    const Channel &c = plan.channels[std::size_t(index)];
    // A long name is shortened in the heading (whole in its tool tip) so the form keeps its width.
    m_ui->channelTitleLabel->setText(QStringLiteral("<h3>%1</h3>").arg(fieldfeedback::elided(c.name, 40).toHtmlEscaped()));
    m_ui->channelTitleLabel->setToolTip(c.name.size() > 40 ? c.name : QString());
    // A field that holds a refused value keeps the person's text until they fix it.
    auto fresh = [](const QWidget *field) { return !fieldfeedback::hasProblem(field); };
    if (fresh(m_ui->channelNameEdit) && m_ui->channelNameEdit->text() != c.name) {
        m_ui->channelNameEdit->setText(c.name);
        m_ui->channelNameEdit->setCursorPosition(0);
    }
    selectEnum(m_ui->channelKindCombo, c.kind);
    // The status follows the phases unless set to Paused or Stopped; the first choice says what
    // the phases make it, and keeps the stored value so choosing it again changes nothing.
    QComboBox *status = m_ui->channelStatusCombo;
    status->clear();
    const QVariantList statusChoices = channelStatusChoices(plan, c);
    for (const QVariant &entry : statusChoices) {
        const QVariantList pair = entry.toList();
        const ChannelStatus value = fromKey<ChannelStatus>(pair.value(1).toString()).value_or(ChannelStatus::Planned);
        status->addItem(pair.value(0).toString(), int(isManualStatus(value) || isManualStatus(c.status) ? value : c.status));
    }
    status->setCurrentIndex(isManualStatus(c.status) ? status->findData(int(c.status)) : 0);
    status->setToolTip(isManualStatus(c.status) ? tr("Set by hand; choose the first entry to let the phases decide again.")
                                                : tr("Follows the phases: a roll-out or scale phase makes it Rolled out, test "
                                                     "phases only make it Testing. Choose Paused or Stopped to decide yourself."));
    selectEnum(m_ui->costModelCombo, c.costModel);
    m_ui->channelOwnerCombo->clear();
    m_ui->channelOwnerCombo->addItem(tr("(nobody)"), QUuid());
    for (const TeamMember &member : plan.team)
        m_ui->channelOwnerCombo->addItem(member.name, member.id);
    m_ui->channelOwnerCombo->setCurrentIndex(std::max(0, m_ui->channelOwnerCombo->findData(c.ownerId)));
    const QString currency = QChar(0x00A0) + plan.settings.currency;
    for (QDoubleSpinBox *spin : {m_ui->costPerClickSpin, m_ui->costPerMilleSpin, m_ui->orderValueSpin, m_ui->targetCplSpin}) {
        spin->setDecimals(plan.minorDigits());
        spin->setSuffix(currency);
    }
    auto showValue = [&fresh](QDoubleSpinBox *spin, double value) {
        if (fresh(spin))
            spin->setValue(value);
    };
    showValue(m_ui->costPerClickSpin, plan.major(c.costPerClick));
    showValue(m_ui->costPerMilleSpin, plan.major(c.costPerMille));
    showValue(m_ui->orderValueSpin, plan.major(c.averageOrderValue));
    showValue(m_ui->clickThroughSpin, c.clickThroughRate * 100.0);
    showValue(m_ui->leadRateSpin, c.leadRate * 100.0);
    showValue(m_ui->closeRateSpin, c.closeRate * 100.0);
    showValue(m_ui->visitsSpin, c.visitsPerMonth);
    m_ui->targetCplCheck->setChecked(c.targetCostPerLead.has_value());
    if (c.targetCostPerLead)
        showValue(m_ui->targetCplSpin, plan.major(*c.targetCostPerLead));
    if (fresh(m_ui->channelNotesEdit) && m_ui->channelNotesEdit->toPlainText() != c.notes) {
        m_ui->channelNotesEdit->setPlainText(c.notes);
        m_ui->channelNotesEdit->document()->setModified(false); // loaded, not typed
    }
    // Only the fields the cost model uses.
    m_ui->formLayout->setRowVisible(m_ui->costPerClickSpin, c.costModel == CostModel::Cpc);
    m_ui->formLayout->setRowVisible(m_ui->costPerMilleSpin, c.costModel == CostModel::Cpm);
    m_ui->formLayout->setRowVisible(m_ui->clickThroughSpin, c.costModel == CostModel::Cpm);
    m_ui->formLayout->setRowVisible(m_ui->visitsSpin, c.costModel == CostModel::Flat);

    showFigures(plan, index);
    const bool editable = !m_document->isReadOnly();
    const QList<QWidget *> fields = {m_ui->channelNameEdit, m_ui->channelKindCombo, m_ui->channelOwnerCombo, m_ui->channelStatusCombo,
                                     m_ui->costModelCombo, m_ui->costPerClickSpin, m_ui->costPerMilleSpin,
                                     m_ui->clickThroughSpin, m_ui->visitsSpin, m_ui->leadRateSpin, m_ui->closeRateSpin,
                                     m_ui->orderValueSpin, m_ui->targetCplCheck, m_ui->channelNotesEdit};
    for (QWidget *field : fields)
        field->setEnabled(editable);
    m_ui->targetCplSpin->setEnabled(editable && c.targetCostPerLead.has_value());
    m_ui->addTestPhaseButton->setEnabled(editable);
    m_loading = false;
}

// What the channel brings, next to its rates: planned spend (its phases' budgets inside the
// horizon), forecast revenue and ROI of the base scenario; without a phase, why it is all 0.
void ChannelDetailForm::showFigures(const Plan &plan, int index)
{
    const Channel &c = plan.channels[std::size_t(index)];
    const auto phases = std::count_if(plan.phases.begin(), plan.phases.end(),
                                      [&](const RolloutPhase &phase) { return phase.channelId == c.id; });
    m_ui->addTestPhaseButton->setVisible(phases == 0);
    if (phases == 0) {
        m_ui->channelForecastLabel->setText(
            tr("<b>No phase planned yet:</b> this channel has no budget, so its forecast is 0."));
        m_ui->channelForecastLabel->setAccessibleName(tr("No phase planned yet: this channel has no budget, so its forecast is 0."));
        return;
    }
    const Forecast forecast = computeForecast(plan);
    const ChannelForecast &f = forecast.channels[std::size_t(index)];
    const QString which = phases == 1 ? tr("the budget of its phase inside the horizon")
                                      : tr("the budgets of its %1 phases inside the horizon").arg(phases);
    QString text = tr("<b>Forecast (base scenario)</b><br>Planned spend: %1 <i>(%2)</i>").arg(formatMoney(plan, f.totalSpend), which);
    text += QStringLiteral("<br>") + tr("Forecast revenue: %1").arg(formatMoney(plan, f.totalRevenue));
    text += QStringLiteral("<br>") + tr("ROI: %1").arg(f.roi ? formatPercent(*f.roi) : tr("none (no spend inside the horizon)"));
    if (f.totalSpend == 0.0)
        text += QStringLiteral("<br><i>") + tr("Its phases have no budget inside the plan's horizon, so its forecast is 0.")
                + QStringLiteral("</i>");
    m_ui->channelForecastLabel->setText(text);
    m_ui->channelForecastLabel->setAccessibleName(QTextDocumentFragment::fromHtml(text).toPlainText());
}

} // namespace cplan
