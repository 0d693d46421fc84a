#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "appsettings.h"
#include "money.h"
#include "fieldfeedback.h"
#include "plantemplates.h"
#include "validation.h"

#include <QPushButton>

namespace cplan {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->autosaveSpin->setValue(AppSettings::autosaveMinutes());
    m_ui->currencyEdit->setText(AppSettings::defaultCurrency());
    m_ui->templateCombo->addItem(tr("A blank plan"), QString());
    for (const PlanTemplate &entry : bundledPlans())
        m_ui->templateCombo->addItem(entry.displayName, entry.key);
    m_ui->templateCombo->setCurrentIndex(std::max(0, m_ui->templateCombo->findData(AppSettings::defaultTemplate())));
    // Translations come later; the choice is kept so it applies once they exist.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(AppSettings::language())));
    m_ui->authorEdit->setMaxLength(textlimits::name);
    m_ui->currencyEdit->setMaxLength(3);
    m_ui->authorEdit->setText(AppSettings::authorName());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    const QString currency = m_ui->currencyEdit->text().trimmed().toUpper();
    if (!isKnownCurrency(currency)) {
        fieldfeedback::showProblem(m_ui->currencyEdit,
                                   tr("'%1' is not an ISO 4217 currency code such as EUR or USD.").arg(currency),
                                   m_ui->problemLabel);
        m_ui->currencyEdit->setFocus();
        return;
    }
    fieldfeedback::clearProblem(m_ui->currencyEdit, m_ui->problemLabel);
    AppSettings::setAutosaveMinutes(m_ui->autosaveSpin->value());
    AppSettings::setDefaultCurrency(currency);
    AppSettings::setDefaultTemplate(m_ui->templateCombo->currentData().toString());
    AppSettings::setLanguage(m_ui->languageCombo->currentData().toString());
    AppSettings::setAuthorName(m_ui->authorEdit->text().trimmed());
    QDialog::accept();
}

} // namespace cplan
