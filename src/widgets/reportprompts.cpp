// The report's questions (userprompts.h).
#include "userprompts.h"

#include <QDialog>
#include <QFileDialog>

namespace cplan {

QString UserPrompts::savePdfFileName(const QString &suggested)
{
    QFileDialog dialog(m_parent, QObject::tr("Export the report as PDF"), suggested, QObject::tr("PDF documents (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    dialog.selectFile(suggested);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

bool UserPrompts::runReportDialog(QDialog *dialog)
{
    return dialog->exec() == QDialog::Accepted;
}

} // namespace cplan
