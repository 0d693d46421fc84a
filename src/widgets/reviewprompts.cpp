// The review's questions (declared in userprompts.h with the application's others).
#include "userprompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::UserPrompts", text);
}

} // namespace

QString UserPrompts::askAuthorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Your name"),
                                               tr("Comments and approvals are signed with your name. What is it?\n"
                                                  "(You can change it later in Settings.)"),
                                               QLineEdit::Normal, QString(), &ok);
    return ok ? name.trimmed() : QString();
}

bool UserPrompts::askMoveApprovedPlanToDraft(const QString &change)
{
    QMessageBox box(QMessageBox::Question, tr("Change an approved plan?"),
                    tr("This plan is approved. Changing it (“%1”) moves it back to draft, and it needs to be "
                       "approved again.")
                        .arg(change),
                    QMessageBox::NoButton, m_parent);
    QPushButton *draft = box.addButton(tr("Change and Move to Draft"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(tr("Keep Approved"), QMessageBox::RejectRole);
    box.setInformativeText(tr("“Keep Approved” undoes the change."));
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(draft);
}

bool UserPrompts::confirmDeleteComment(const QString &text, int replies)
{
    QString question = tr("Delete the comment “%1”?").arg(text.left(80));
    if (replies > 0)
        question += QLatin1Char(' ')
                    + (replies == 1 ? tr("Its reply goes too.") : tr("Its %1 replies go too.").arg(replies));
    return QMessageBox::question(m_parent, tr("Delete comment"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

bool UserPrompts::runReviewDialog(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

} // namespace cplan
