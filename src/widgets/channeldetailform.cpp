#include "channeldetailform.h"
#include "ui_channeldetailform.h"

#include "commands.h"
#include "displayformat.h"
#include "document.h"
#include "enumnames.h"
#include "forecast.h"
#include "validation.h"

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
    fillCombo<ChannelStatus>(m_ui->channelStatusCombo);
    fillCombo<CostModel>(m_ui->costModelCombo);
    for (QDoubleSpinBox *spin : {m_ui->costPerClickSpin, m_ui->costPerMilleSpin, m_ui->orderValueSpin, m_ui->targetCplSpin,
                                 m_ui->visitsSpin})
        spin->setGroupSeparatorShown(true);

    auto combo = [this](QComboBox *box, auto apply, const QString &text, const QString &field) {
        connect(box, &QComboBox::activated, this, [=, this] {
            const QVariant value = box->currentData();
            edit([&](Channel &c) { apply(c, value); }, text, field);
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

    connect(m_ui->channelNameEdit, &QLineEdit::textEdited, this, [this](const QString &v) {
        edit([&](Channel &c) { c.name = v; }, tr("Rename channel"), QStringLiteral("name"));
    });
    auto money = [this](QDoubleSpinBox *spin, Money Channel::*member, const QString &text, const QString &field) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
            const std::optional<Money> amount = Money::fromMajor(v, m_document->plan().minorDigits());
            if (amount)
                edit([&](Channel &c) { c.*member = *amount; }, text, field);
        });
    };
    money(m_ui->costPerClickSpin, &Channel::costPerClick, tr("Change cost per click"), QStringLiteral("costPerClick"));
    money(m_ui->costPerMilleSpin, &Channel::costPerMille, tr("Change cost per thousand impressions"), QStringLiteral("costPerMille"));
    money(m_ui->orderValueSpin, &Channel::averageOrderValue, tr("Change average order value"), QStringLiteral("averageOrderValue"));
    auto percent = [this](QDoubleSpinBox *spin, double Channel::*member, const QString &text, const QString &field) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, [=, this](double v) {
            edit([&](Channel &c) { c.*member = v / 100.0; }, text, field);
        });
    };
    percent(m_ui->clickThroughSpin, &Channel::clickThroughRate, tr("Change click-through rate"), QStringLiteral("clickThroughRate"));
    percent(m_ui->leadRateSpin, &Channel::leadRate, tr("Change lead rate"), QStringLiteral("leadRate"));
    percent(m_ui->closeRateSpin, &Channel::closeRate, tr("Change close rate"), QStringLiteral("closeRate"));
    connect(m_ui->visitsSpin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        edit([&](Channel &c) { c.visitsPerMonth = v; }, tr("Change visits per month"), QStringLiteral("visitsPerMonth"));
    });
    auto targetCostPerLead = [this] {
        const std::optional<Money> amount = Money::fromMajor(m_ui->targetCplSpin->value(), m_document->plan().minorDigits());
        edit([&](Channel &c) { c.targetCostPerLead = m_ui->targetCplCheck->isChecked() ? amount : std::nullopt; },
             tr("Change target cost per lead"), QStringLiteral("targetCostPerLead"));
    };
    connect(m_ui->targetCplCheck, &QCheckBox::toggled, this, targetCostPerLead);
    connect(m_ui->targetCplSpin, &QDoubleSpinBox::valueChanged, this, targetCostPerLead);
    connect(m_ui->channelNotesEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString notes = m_ui->channelNotesEdit->toPlainText();
        edit([&](Channel &c) { c.notes = notes; }, tr("Change channel notes"), QStringLiteral("notes"));
    });

    // Reload after changes from anywhere (undo, the table); once per command.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &ChannelDetailForm::load);
    connect(document, &Document::planChanged, timer, qOverload<>(&QTimer::start));
    connect(document, &Document::readOnlyChanged, this, &ChannelDetailForm::load);
    load();
}

ChannelDetailForm::~ChannelDetailForm() = default;

void ChannelDetailForm::setChannel(const RecordId &channelId)
{
    m_channelId = channelId;
    m_ui->channelProblemLabel->clear();
    load();
}

void ChannelDetailForm::edit(const std::function<void(Channel &)> &change, const QString &text, const QString &field)
{
    const int index = m_document->indexOf<Channel>(m_channelId);
    if (m_loading || index < 0 || m_document->isReadOnly())
        return;
    const Channel &current = m_document->plan().channels[std::size_t(index)];
    Channel changed = current;
    change(changed);
    if (changed == current)
        return;
    const std::vector<Problem> problems = validateChannel(changed);
    for (const Problem &problem : problems) {
        if (problem.field == field) {
            m_ui->channelProblemLabel->setText(problem.message);
            return;
        }
    }
    m_ui->channelProblemLabel->setText(problems.empty() ? QString() : problems.front().message);
    m_document->undoStack()->push(new ChangeRecordCommand<Channel>(m_document, changed, text, field));
}

void ChannelDetailForm::load()
{
    const int index = m_document->indexOf<Channel>(m_channelId);
    setEnabled(index >= 0);
    if (index < 0) {
        m_ui->channelTitleLabel->setText(tr("<i>Select a channel to see and change its details.</i>"));
        m_ui->channelForecastLabel->clear();
        return;
    }
    m_loading = true;
    const Plan &plan = m_document->plan();
    const Channel &c = plan.channels[std::size_t(index)];
    m_ui->channelTitleLabel->setText(QStringLiteral("<h3>%1</h3>").arg(c.name.toHtmlEscaped()));
    if (m_ui->channelNameEdit->text() != c.name)
        m_ui->channelNameEdit->setText(c.name);
    selectEnum(m_ui->channelKindCombo, c.kind);
    selectEnum(m_ui->channelStatusCombo, c.status);
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
    m_ui->costPerClickSpin->setValue(plan.major(c.costPerClick));
    m_ui->costPerMilleSpin->setValue(plan.major(c.costPerMille));
    m_ui->orderValueSpin->setValue(plan.major(c.averageOrderValue));
    m_ui->clickThroughSpin->setValue(c.clickThroughRate * 100.0);
    m_ui->leadRateSpin->setValue(c.leadRate * 100.0);
    m_ui->closeRateSpin->setValue(c.closeRate * 100.0);
    m_ui->visitsSpin->setValue(c.visitsPerMonth);
    m_ui->targetCplCheck->setChecked(c.targetCostPerLead.has_value());
    if (c.targetCostPerLead)
        m_ui->targetCplSpin->setValue(plan.major(*c.targetCostPerLead));
    if (m_ui->channelNotesEdit->toPlainText() != c.notes)
        m_ui->channelNotesEdit->setPlainText(c.notes);
    // Only the fields the cost model uses.
    m_ui->formLayout->setRowVisible(m_ui->costPerClickSpin, c.costModel == CostModel::Cpc);
    m_ui->formLayout->setRowVisible(m_ui->costPerMilleSpin, c.costModel == CostModel::Cpm);
    m_ui->formLayout->setRowVisible(m_ui->clickThroughSpin, c.costModel == CostModel::Cpm);
    m_ui->formLayout->setRowVisible(m_ui->visitsSpin, c.costModel == CostModel::Flat);

    const Forecast forecast = computeForecast(plan);
    const ChannelForecast &f = forecast.channels[std::size_t(index)];
    m_ui->channelForecastLabel->setText(tr("<b>Forecast (base scenario)</b><br>Spend %1 · revenue %2 · ROI %3")
                                     .arg(formatMoney(plan, f.totalSpend), formatMoney(plan, f.totalRevenue),
                                          f.roi ? formatPercent(*f.roi) : tr("none (no spend)")));
    const bool editable = !m_document->isReadOnly();
    const QList<QWidget *> fields = {m_ui->channelNameEdit, m_ui->channelKindCombo, m_ui->channelOwnerCombo, m_ui->channelStatusCombo,
                                     m_ui->costModelCombo, m_ui->costPerClickSpin, m_ui->costPerMilleSpin,
                                     m_ui->clickThroughSpin, m_ui->visitsSpin, m_ui->leadRateSpin, m_ui->closeRateSpin,
                                     m_ui->orderValueSpin, m_ui->targetCplCheck, m_ui->channelNotesEdit};
    for (QWidget *field : fields)
        field->setEnabled(editable);
    m_ui->targetCplSpin->setEnabled(editable && c.targetCostPerLead.has_value());
    m_loading = false;
}

} // namespace cplan
