#include "diskchangeprompts.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::UserPrompts", text);
}

} // namespace

std::unique_ptr<QMessageBox> makeChangedOnDiskBox(QWidget *parent, const QString &fileName)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Warning, tr("Plan changed on disk"),
                                             tr("“%1” was changed by another program since you opened or last "
                                                "saved it here.")
                                                 .arg(fileName),
                                             QMessageBox::NoButton, parent);
    box->setInformativeText(tr("Saving now would overwrite those changes. Reload the plan as it is on disk "
                               "(your changes here are lost), compare the two versions, or save your version "
                               "as a copy."));
    const auto add = [&box](const QString &text, QMessageBox::ButtonRole role, const char *name) {
        QPushButton *button = box->addButton(text, role);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    add(tr("Reload from Disk"), QMessageBox::DestructiveRole, "reloadButton");
    add(tr("Compare…"), QMessageBox::ActionRole, "compareButton");
    QPushButton *copy = add(tr("Save as Copy…"), QMessageBox::AcceptRole, "saveCopyButton");
    QPushButton *cancel = add(tr("Cancel"), QMessageBox::RejectRole, "cancelButton");
    box->setDefaultButton(copy); // the choice that loses nothing
    box->setEscapeButton(cancel);
    return box;
}

UserPrompts::DiskChangeChoice diskChangeChoice(const QMessageBox &box)
{
    const QAbstractButton *clicked = box.clickedButton();
    const QString name = clicked ? clicked->objectName() : QString();
    if (name == QLatin1String("reloadButton"))
        return UserPrompts::DiskChangeChoice::Reload;
    if (name == QLatin1String("compareButton"))
        return UserPrompts::DiskChangeChoice::Compare;
    if (name == QLatin1String("saveCopyButton"))
        return UserPrompts::DiskChangeChoice::SaveCopy;
    return UserPrompts::DiskChangeChoice::Cancel;
}

UserPrompts::DiskChangeChoice UserPrompts::askChangedOnDisk(const QString &fileName)
{
    const std::unique_ptr<QMessageBox> box = makeChangedOnDiskBox(m_parent, fileName);
    box->exec();
    return diskChangeChoice(*box);
}

bool UserPrompts::confirmTakeOverLock(const QString &planName, const QString &holder)
{
    QMessageBox box(QMessageBox::Warning, tr("Take over the plan?"),
                    tr("“%1” is open in %2, another computer. Campaign Planner cannot check from here whether "
                       "it is still open there.")
                        .arg(planName, holder),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Take it over only if it is no longer open there (that computer was switched off "
                              "or crashed). If it is still open, the one who saves last overwrites the other's "
                              "changes."));
    QPushButton *takeOver = box.addButton(tr("Take Over"), QMessageBox::DestructiveRole);
    takeOver->setObjectName(QStringLiteral("takeOverButton"));
    QPushButton *cancel = box.addButton(tr("Keep Read-Only"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(takeOver);
}

bool UserPrompts::confirmReloadFromDisk(const QString &planName)
{
    QMessageBox box(QMessageBox::Question, tr("Reload from disk?"),
                    tr("Reload “%1” as it is on disk now? The changes you made here and did not save are lost.")
                        .arg(planName),
                    QMessageBox::NoButton, m_parent);
    QPushButton *reload = box.addButton(tr("Reload from Disk"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(reload);
}

} // namespace cplan
