#include "diffcommand.h"

#include "commands.h"
#include "planfile.h"
#include "plandiff.h"

#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace cplan::app {

int comparePlanFiles(const QString &oldPath, const QString &newPath, bool json)
{
    // Both files are checked before anything is printed: a bad NEW never leaves half an answer.
    storage::OpenResult older = storage::openPlanFile(oldPath);
    if (!older.plan) {
        QTextStream(stderr) << older.message << Qt::endl;
        return ExitFailed;
    }
    storage::OpenResult newer = storage::openPlanFile(newPath);
    if (!newer.plan) {
        QTextStream(stderr) << newer.message << Qt::endl;
        return ExitFailed;
    }
    // Output that scripts can read the same on every machine: 1500.00, no thousands separator.
    QLocale::setDefault(QLocale::c());
    const PlanDiff diff = comparePlans(*older.plan, *newer.plan);
    const QString oldName = QDir::toNativeSeparators(oldPath);
    const QString newName = QDir::toNativeSeparators(newPath);
    const QByteArray out = json ? QJsonDocument(diffJson(diff, oldName, newName)).toJson(QJsonDocument::Indented)
                                : diffText(diff, oldName, newName).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fflush(stdout);
    return ExitOk;
}

} // namespace cplan::app
