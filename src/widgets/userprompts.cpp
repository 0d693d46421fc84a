#include "userprompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::UserPrompts", text);
}

QString planFilter()
{
    return tr("Campaign plans (*.cplan);;JSON plans (*.json);;All files (*)");
}

} // namespace

UserPrompts::SaveChoice UserPrompts::askSaveChanges(const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Save changes?"),
                    tr("Do you want to save the changes to “%1”?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return SaveChoice::Save;
    case QMessageBox::Discard: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
    }
}

bool UserPrompts::askRestoreRecovery(const QString &planName, const QDateTime &savedAt)
{
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved changes?"),
                    tr("Campaign Planner closed before “%1” was saved. A recovery copy from %2 has changes "
                       "that are not in the saved plan.")
                        .arg(planName, QLocale().toString(savedAt.toLocalTime(), QLocale::LongFormat)),
                    QMessageBox::NoButton, m_parent);
    QPushButton *restore = box.addButton(tr("Restore the Changes"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard the Copy"), QMessageBox::RejectRole);
    box.setInformativeText(tr("Restored changes are not saved yet: the copy is kept until you save the plan. "
                              "Discard deletes the copy; the saved plan stays as it is."));
    box.setDefaultButton(restore);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(restore);
}

QString UserPrompts::askSnapshotName(const QString &suggested)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Save a Snapshot"),
                                               tr("A snapshot keeps this version of the plan in its file, to compare "
                                                  "with later. Name it after the occasion:"),
                                               QLineEdit::Normal, suggested, &ok);
    return ok ? name.trimmed() : QString();
}

void UserPrompts::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(m_parent, title, message);
}

bool UserPrompts::askReplaceFile(const QString &path)
{
    return QMessageBox::question(m_parent, tr("Replace the file?"),
                                 tr("“%1” already exists. Do you want to replace it?").arg(QFileInfo(path).fileName()),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

QString UserPrompts::openFileName(const QString &title)
{
    return QFileDialog::getOpenFileName(m_parent, title,
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                        planFilter());
}

QString UserPrompts::saveFileName(const QString &title, const QString &suggested)
{
    QFileDialog dialog(m_parent, title, suggested, tr("Campaign plans (*.cplan)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("cplan")); // so "Replace?" is asked of the real name
    dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace cplan
