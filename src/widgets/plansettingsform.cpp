#include "plansettingsform.h"
#include "ui_plansettingsform.h"

#include "commands.h"
#include "displayformat.h"
#include "document.h"
#include "validation.h"

namespace cplan {

PlanSettingsForm::PlanSettingsForm(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_ui(std::make_unique<Ui::PlanSettingsForm>())
{
    m_ui->setupUi(this);
    load();
    connect(document, &Document::settingsChanged, this, &PlanSettingsForm::load);
    connect(document, &Document::readOnlyChanged, this, &PlanSettingsForm::load);

    auto edit = [this](auto change, const QString &text, const QString &field) {
        if (m_loading)
            return;
        PlanSettings settings = m_document->plan().settings;
        change(settings);
        apply(settings, text, field);
    };
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [=](const QString &v) {
        edit([&](PlanSettings &s) { s.name = v; }, tr("Rename plan"), QStringLiteral("name"));
    });
    connect(m_ui->authorEdit, &QLineEdit::textEdited, this, [=](const QString &v) {
        edit([&](PlanSettings &s) { s.author = v; }, tr("Change author"), QStringLiteral("author"));
    });
    connect(m_ui->currencyEdit, &QLineEdit::textEdited, this, [=](const QString &v) {
        if (v.size() == 3) // a code is complete only with three letters
            edit([&](PlanSettings &s) { s.currency = v.toUpper(); }, tr("Change currency"), QStringLiteral("currency"));
    });
    connect(m_ui->startEdit, &QDateEdit::dateChanged, this, [=](const QDate &d) {
        edit([&](PlanSettings &s) { s.startMonth = YearMonth{d.year(), d.month()}; }, tr("Change start month"),
             QStringLiteral("startMonth"));
    });
    connect(m_ui->monthsSpin, &QSpinBox::valueChanged, this, [=](int v) {
        edit([&](PlanSettings &s) { s.months = v; }, tr("Change horizon"), QStringLiteral("months"));
    });
    connect(m_ui->marginSpin, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        edit([&](PlanSettings &s) { s.grossMargin = v / 100.0; }, tr("Change gross margin"), QStringLiteral("grossMargin"));
    });
    connect(m_ui->roiSpin, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        edit([&](PlanSettings &s) { s.minimumRoiToScale = v / 100.0; }, tr("Change minimum ROI to scale"),
             QStringLiteral("minimumRoiToScale"));
    });
    connect(m_ui->conservativeSpin, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        edit([&](PlanSettings &s) { s.scenarios.conservative = v; }, tr("Change scenario factors"), QStringLiteral("conservative"));
    });
    connect(m_ui->baseSpin, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        edit([&](PlanSettings &s) { s.scenarios.base = v; }, tr("Change scenario factors"), QStringLiteral("base"));
    });
    connect(m_ui->optimisticSpin, &QDoubleSpinBox::valueChanged, this, [=](double v) {
        edit([&](PlanSettings &s) { s.scenarios.optimistic = v; }, tr("Change scenario factors"), QStringLiteral("optimistic"));
    });
}

PlanSettingsForm::~PlanSettingsForm() = default;

void PlanSettingsForm::apply(const PlanSettings &settings, const QString &commandText, const QString &field)
{
    const std::vector<Problem> problems = validateSettings(settings);
    if (!problems.empty()) {
        m_ui->problemLabel->setText(problems.front().message);
        return;
    }
    m_ui->problemLabel->clear();
    if (settings == m_document->plan().settings)
        return;
    m_document->undoStack()->push(new ChangeSettingsCommand(m_document, settings, commandText, field));
}

void PlanSettingsForm::load()
{
    m_loading = true;
    const PlanSettings &s = m_document->plan().settings;
    // Only overwrite what differs, so the cursor stays where the user types.
    if (m_ui->nameEdit->text() != s.name)
        m_ui->nameEdit->setText(s.name);
    if (m_ui->authorEdit->text() != s.author)
        m_ui->authorEdit->setText(s.author);
    if (m_ui->currencyEdit->text() != s.currency)
        m_ui->currencyEdit->setText(s.currency);
    m_ui->startEdit->setDate(QDate(s.startMonth.year, s.startMonth.month, 1));
    m_ui->monthsSpin->setValue(s.months);
    m_ui->marginSpin->setValue(s.grossMargin * 100.0);
    m_ui->roiSpin->setValue(s.minimumRoiToScale * 100.0);
    m_ui->conservativeSpin->setValue(s.scenarios.conservative);
    m_ui->baseSpin->setValue(s.scenarios.base);
    m_ui->optimisticSpin->setValue(s.scenarios.optimistic);
    const bool editable = !m_document->isReadOnly();
    for (QWidget *field : {static_cast<QWidget *>(m_ui->nameEdit), static_cast<QWidget *>(m_ui->authorEdit),
                           static_cast<QWidget *>(m_ui->currencyEdit), static_cast<QWidget *>(m_ui->startEdit),
                           static_cast<QWidget *>(m_ui->monthsSpin), static_cast<QWidget *>(m_ui->marginSpin),
                           static_cast<QWidget *>(m_ui->roiSpin), static_cast<QWidget *>(m_ui->conservativeSpin),
                           static_cast<QWidget *>(m_ui->baseSpin), static_cast<QWidget *>(m_ui->optimisticSpin)})
        field->setEnabled(editable);
    m_loading = false;
}

} // namespace cplan
