#include "calendarprompts.h"

#include <QCoreApplication>
#include <QDate>
#include <QDialog>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::CalendarPrompts", text);
}

} // namespace

std::optional<OccurrenceScope> CalendarPrompts::askOccurrenceScope(Action action, const QString &title, const QDate &date)
{
    const QString day = QLocale().toString(date, QLocale::LongFormat);
    QString question;
    switch (action) {
    case Action::Move: question = tr("“%1” repeats. Move only the date of %2, or more dates?"); break;
    case Action::Edit: question = tr("“%1” repeats. Change only the date of %2, or more dates?"); break;
    case Action::Delete: question = tr("“%1” repeats. Delete only the date of %2, or more dates?"); break;
    }
    QMessageBox box(QMessageBox::Question, tr("Repeating item"), question.arg(title.simplified(), day),
                    QMessageBox::Cancel, m_parent);
    QPushButton *one = box.addButton(tr("Only this date"), QMessageBox::AcceptRole);
    QPushButton *following = box.addButton(tr("This and the following dates"), QMessageBox::AcceptRole);
    QPushButton *all = box.addButton(tr("All dates"), QMessageBox::AcceptRole);
    box.setInformativeText(action == Action::Delete
                               ? tr("Deleting the following dates ends the series the day before.")
                               : tr("A change to this date only makes it an item of its own."));
    box.setDefaultButton(one);
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(one))
        return OccurrenceScope::ThisOne;
    if (box.clickedButton() == static_cast<QAbstractButton *>(following))
        return OccurrenceScope::ThisAndFollowing;
    if (box.clickedButton() == static_cast<QAbstractButton *>(all))
        return OccurrenceScope::All;
    return std::nullopt;
}

bool CalendarPrompts::confirmDelete(const QString &title)
{
    return QMessageBox::question(m_parent, tr("Delete item"), tr("Delete “%1”?").arg(title.simplified()),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
           == QMessageBox::Yes;
}

bool CalendarPrompts::runDialog(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

QString CalendarPrompts::calendarSaveFileName(const QString &title, const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, title, suggested, filter);
}

QString CalendarPrompts::calendarOpenFileName(const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(m_parent, title,
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), filter);
}

void CalendarPrompts::showInformation(const QString &title, const QString &message)
{
    QMessageBox::information(m_parent, title, message);
}

} // namespace cplan
