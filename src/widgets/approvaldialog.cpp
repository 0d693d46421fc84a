#include "approvaldialog.h"

#include "enumnames.h"
#include "fieldfeedback.h"
#include "ui_approvaldialog.h"
#include "validation.h"

#include <QLocale>
#include <QPushButton>

namespace cplan {

ApprovalDialog::ApprovalDialog(const Approval &current, const QString &author, QWidget *parent)
    : QDialog(parent), m_current(current), m_ui(std::make_unique<Ui::ApprovalDialog>())
{
    m_ui->setupUi(this);
    for (ApprovalStatus status : allValues<ApprovalStatus>())
        m_ui->statusCombo->addItem(displayName(status), int(status));
    QString now = tr("Current status: %1.").arg(displayName(current.status));
    if (!current.by.isEmpty() && current.at.isValid())
        now = tr("Current status: %1 (%2, %3).")
                  .arg(displayName(current.status), current.by,
                       QLocale().toString(current.at.toLocalTime(), QLocale::ShortFormat));
    m_ui->currentLabel->setText(now);
    m_ui->signatureLabel->setText(tr("Signed %1, now.").arg(author));
    // The usual next step: a draft goes for review, a plan in review gets approved.
    setStatus(current.status == ApprovalStatus::InReview ? ApprovalStatus::Approved : ApprovalStatus::InReview);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &ApprovalDialog::update);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &ApprovalDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

ApprovalDialog::~ApprovalDialog() = default;

ApprovalStatus ApprovalDialog::status() const
{
    return ApprovalStatus(m_ui->statusCombo->currentData().toInt());
}

void ApprovalDialog::setStatus(ApprovalStatus status)
{
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(status)));
}

QString ApprovalDialog::note() const
{
    return m_ui->noteEdit->toPlainText().trimmed();
}

void ApprovalDialog::setNote(const QString &note)
{
    m_ui->noteEdit->setPlainText(note);
}

void ApprovalDialog::update()
{
    // Requesting changes without saying which would leave the author guessing.
    const bool needsNote = status() == ApprovalStatus::ChangesRequested && note().isEmpty();
    const bool changes = status() != m_current.status || !note().isEmpty();
    const qsizetype length = m_ui->noteEdit->toPlainText().size();
    const bool tooLong = length > textlimits::notes;
    if (tooLong)
        fieldfeedback::showProblem(m_ui->noteEdit, tr("The note is %1 characters long; at most %2 fit.")
                                                       .arg(QLocale().toString(length), QLocale().toString(textlimits::notes)));
    else
        fieldfeedback::clearProblem(m_ui->noteEdit);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(changes && !needsNote && !tooLong);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setToolTip(
        needsNote ? tr("Say in the note what has to change.") : QString());
}

} // namespace cplan
