#include "planningprompts.h"

#include "csvimportdialog.h"
#include "phasedialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanningPrompts", text);
}

} // namespace

bool PlanningPrompts::confirmRemoveChannel(const QString &channelName, const QString &dependents)
{
    QMessageBox box(QMessageBox::Question, tr("Remove channel?"), tr("Remove the channel “%1”?").arg(channelName),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(dependents.isEmpty() ? tr("Nothing else in the plan uses it. You can undo this.")
                                                : tr("Going with it: %1. You can undo this.").arg(dependents));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(remove);
}

std::optional<RolloutPhase> PlanningPrompts::editPhase(Document *document, const RolloutPhase &phase)
{
    PhaseDialog dialog(document, phase, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.phase();
}

QString PlanningPrompts::actualsFileName()
{
    return QFileDialog::getOpenFileName(m_parent, tr("Import actuals"),
                                        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
                                        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
}

void PlanningPrompts::importActuals(Document *document, const QString &fileName, const RecordId &preferredKpi)
{
    CsvImportDialog dialog(document, fileName, m_parent);
    dialog.setDefaultKpi(preferredKpi);
    dialog.exec();
}

} // namespace cplan
