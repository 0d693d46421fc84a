#include "contentitemdialog.h"
#include "ui_contentitemdialog.h"

#include "displayformat.h"
#include "enumnames.h"
#include "fieldfeedback.h"
#include "recurrence.h"
#include "recurrencedialog.h"
#include "validation.h"

#include <QPushButton>

namespace cplan {

namespace {

template<typename Record>
void fillReferences(QComboBox *combo, const std::vector<Record> &records, const RecordId &current, const QString &none)
{
    combo->addItem(none, QUuid());
    for (const Record &record : records)
        combo->addItem(record.name, record.id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

ContentItemDialog::ContentItemDialog(const Plan &plan, const ContentItem &item, const QDate &occurrence, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ContentItemDialog>()), m_plan(plan), m_item(item),
      m_recurrence(item.recurrence)
{
    m_ui->setupUi(this);
    commit::useFullYear(m_ui->dateEdit);
    setWindowTitle(item.title.isEmpty() ? tr("New content item") : tr("Edit “%1”").arg(fieldfeedback::elided(item.title, 60)));
    for (ContentType type : allValues<ContentType>())
        m_ui->typeCombo->addItem(displayName(type), int(type));
    for (ContentStatus status : allValues<ContentStatus>())
        m_ui->statusCombo->addItem(displayName(status), int(status));
    m_ui->titleEdit->setMaxLength(textlimits::name);
    m_ui->titleEdit->setText(item.title);
    m_ui->typeCombo->setCurrentIndex(m_ui->typeCombo->findData(int(item.type)));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(item.status)));
    m_ui->dateEdit->setDate(occurrence.isValid() ? occurrence : toQDate(item.date));
    m_ui->timedCheck->setChecked(item.timeMinutes.has_value());
    m_ui->timeEdit->setTime(QTime(0, 0).addSecs(60 * item.timeMinutes.value_or(9 * 60)));
    m_ui->durationSpin->setValue(item.durationMinutes.value_or(0));
    for (QComboBox *box : {m_ui->channelCombo, m_ui->campaignCombo, m_ui->ownerCombo}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // long names stay in
        box->setMinimumContentsLength(20);
    }
    fillReferences(m_ui->channelCombo, plan.channels, item.channelId, tr("No channel"));
    fillReferences(m_ui->campaignCombo, plan.campaigns, item.campaignId, tr("No campaign"));
    fillReferences(m_ui->ownerCombo, plan.team, item.ownerId, tr("Nobody yet"));
    m_ui->notesEdit->setPlainText(item.notes);
    showRepeats();

    const auto timed = [this](bool on) {
        m_ui->timeEdit->setEnabled(on);
        m_ui->durationSpin->setEnabled(on);
        m_ui->durationLabel->setEnabled(on);
    };
    timed(item.timeMinutes.has_value());
    connect(m_ui->timedCheck, &QCheckBox::toggled, this, timed);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &ContentItemDialog::check);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &ContentItemDialog::check);
    connect(m_ui->repeatsButton, &QPushButton::clicked, this, &ContentItemDialog::chooseRepeats);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

ContentItemDialog::~ContentItemDialog() = default;

ContentItem ContentItemDialog::item() const
{
    ContentItem item = m_item;
    item.title = m_ui->titleEdit->text().trimmed();
    item.type = ContentType(m_ui->typeCombo->currentData().toInt());
    item.status = ContentStatus(m_ui->statusCombo->currentData().toInt());
    item.date = fromQDate(m_ui->dateEdit->date());
    if (m_ui->timedCheck->isChecked()) {
        item.timeMinutes = m_ui->timeEdit->time().hour() * 60 + m_ui->timeEdit->time().minute();
        item.durationMinutes = m_ui->durationSpin->value() > 0 ? std::optional<int>(m_ui->durationSpin->value()) : std::nullopt;
    } else {
        item.timeMinutes.reset();
        item.durationMinutes.reset();
    }
    item.channelId = m_ui->channelCombo->currentData().toUuid();
    item.campaignId = m_ui->campaignCombo->currentData().toUuid();
    item.ownerId = m_ui->ownerCombo->currentData().toUuid();
    item.notes = m_ui->notesEdit->toPlainText();
    item.recurrence = m_recurrence;
    if (m_recurrence.isEmpty())
        item.excludedDates.clear();
    return item;
}

void ContentItemDialog::setReadOnly(bool readOnly)
{
    for (QWidget *field : {static_cast<QWidget *>(m_ui->titleEdit), static_cast<QWidget *>(m_ui->typeCombo),
                           static_cast<QWidget *>(m_ui->statusCombo), static_cast<QWidget *>(m_ui->dateEdit),
                           static_cast<QWidget *>(m_ui->timedCheck), static_cast<QWidget *>(m_ui->repeatsButton),
                           static_cast<QWidget *>(m_ui->channelCombo), static_cast<QWidget *>(m_ui->campaignCombo),
                           static_cast<QWidget *>(m_ui->ownerCombo)})
        field->setEnabled(!readOnly);
    m_ui->timeEdit->setEnabled(!readOnly && m_ui->timedCheck->isChecked());
    m_ui->durationSpin->setEnabled(!readOnly && m_ui->timedCheck->isChecked());
    m_ui->notesEdit->setReadOnly(readOnly);
    if (readOnly) {
        m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
        m_ui->problemLabel->setText(tr("The plan is open read-only."));
    }
}

void ContentItemDialog::chooseRepeats()
{
    // A series starts on its own date; a new rule on a one-off starts on the date chosen here.
    const QDate start = m_item.recurrence.isEmpty() ? m_ui->dateEdit->date() : toQDate(m_item.date);
    RecurrenceDialog dialog(start, m_recurrence, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_recurrence = dialog.rule();
        showRepeats();
        check();
    }
}

void ContentItemDialog::showRepeats()
{
    if (m_recurrence.isEmpty()) {
        m_ui->repeatsText->setText(tr("Does not repeat"));
        return;
    }
    const RecurrenceParseResult rule = parseRecurrenceRule(m_recurrence);
    m_ui->repeatsText->setText(rule.rule ? describeRecurrence(*rule.rule) : m_recurrence);
}

void ContentItemDialog::check()
{
    QString problem;
    QString field;
    for (const Problem &p : validateContentItem(item())) {
        problem = p.message;
        field = p.field;
        break;
    }
    // An empty title on a new item needs no telling off, only a disabled OK.
    const bool untitled = m_ui->titleEdit->text().trimmed().isEmpty();
    const std::pair<const char *, QWidget *> editors[] = {{"title", m_ui->titleEdit}, {"date", m_ui->dateEdit},
                                                          {"time", m_ui->timeEdit},   {"durationMinutes", m_ui->durationSpin},
                                                          {"notes", m_ui->notesEdit}};
    for (const auto &[name, editor] : editors) {
        if (field == QLatin1String(name) && !untitled)
            fieldfeedback::showProblem(editor, problem);
        else
            fieldfeedback::clearProblem(editor);
    }
    m_ui->problemLabel->setText(untitled ? QString() : problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !untitled);
}

} // namespace cplan
