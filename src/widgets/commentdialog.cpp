#include "commentdialog.h"

#include "appsettings.h"
#include "ui_commentdialog.h"

#include "fieldfeedback.h"
#include "validation.h"

#include <QLocale>
#include <QPushButton>

namespace cplan {

CommentDialog::CommentDialog(Mode mode, const Comment &anchor, const QString &recordName,
                             const QString &sectionTitle, const QString &context, QWidget *parent)
    : QDialog(parent), m_anchor(anchor), m_ui(std::make_unique<Ui::CommentDialog>())
{
    m_ui->setupUi(this);
    switch (mode) {
    case Mode::New: setWindowTitle(tr("Add Comment")); break;
    case Mode::Reply: setWindowTitle(tr("Reply")); break;
    case Mode::Edit: setWindowTitle(tr("Edit Comment")); break;
    }
    m_ui->contextLabel->setText(context);
    m_ui->contextLabel->setVisible(!context.isEmpty());
    m_ui->anchorBox->setVisible(mode == Mode::New);
    m_ui->recordButton->setText(recordName);
    m_ui->recordButton->setVisible(!anchor.recordId.isNull());
    m_ui->sectionButton->setText(tr("The section %1").arg(sectionTitle));
    m_ui->sectionButton->setVisible(!anchor.section.isEmpty());
    if (!anchor.recordId.isNull())
        m_ui->recordButton->setChecked(true);
    else if (!anchor.section.isEmpty())
        m_ui->sectionButton->setChecked(true);
    else
        m_ui->planButton->setChecked(true);
    m_ui->signatureLabel->setText(tr("Signed %1").arg(AppSettings::authorName()));
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &CommentDialog::update);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->textEdit->setFocus();
    update();
}

CommentDialog::~CommentDialog() = default;

void CommentDialog::setText(const QString &text)
{
    m_ui->textEdit->setPlainText(text);
}

QString CommentDialog::text() const
{
    return m_ui->textEdit->toPlainText().trimmed();
}

QString CommentDialog::section() const
{
    return m_ui->planButton->isChecked() ? QString() : m_anchor.section;
}

RecordId CommentDialog::recordId() const
{
    return m_ui->recordButton->isChecked() ? m_anchor.recordId : RecordId();
}

void CommentDialog::chooseAnchor(Anchor anchor)
{
    switch (anchor) {
    case Anchor::Record: m_ui->recordButton->setChecked(true); break;
    case Anchor::Section: m_ui->sectionButton->setChecked(true); break;
    case Anchor::Plan: m_ui->planButton->setChecked(true); break;
    }
}

void CommentDialog::update()
{
    const qsizetype length = m_ui->textEdit->toPlainText().size();
    const bool tooLong = length > textlimits::notes;
    if (tooLong)
        fieldfeedback::showProblem(m_ui->textEdit, tr("The comment is %1 characters long; at most %2 fit.")
                                                       .arg(QLocale().toString(length), QLocale().toString(textlimits::notes)));
    else
        fieldfeedback::clearProblem(m_ui->textEdit);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty() && !tooLong);
}

} // namespace cplan
