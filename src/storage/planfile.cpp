#include "planfile.h"

#include "atomicfile.h"
#include "migrations.h"
#include "pagechecksum.h"
#include "planlimits.h"
#include "planreader.h"
#include "plandatabase.h"
#include "schema.h"
#include "snapshotrows.h"
#include "sqlitedatabase.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>


namespace cplan::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanFile", text);
}

OpenResult failure(OpenError error, const QString &path, const QString &problem)
{
    OpenResult result;
    result.error = error;
    result.message = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), problem);
    return result;
}

OpenResult damaged(const QString &path, const QString &what)
{
    return failure(OpenError::Damaged, path,
                   tr("the plan is damaged (%1). Open a backup or an earlier copy of the plan.").arg(what));
}

} // namespace

OpenResult openPlanFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(OpenError::NotFound, path, tr("the file does not exist. Check the name and the folder."));
    if (info.isDir())
        return failure(OpenError::NotReadable, path, tr("this is a folder, not a plan file."));
    const QFileInfo log(path + QStringLiteral("-wal"));
    if (log.exists() && log.size() > 0)
        return failure(OpenError::NotReadable, path,
                       tr("another program (an SQLite browser?) has unsaved changes to it. Close that program, "
                          "then open the plan again."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(OpenError::NotReadable, path,
                       tr("the file cannot be read (%1). Check that you may read it.").arg(file.errorString()));
    // Read straight into memory that SQLite then takes over: no copy of a large plan.
    ImageBuffer buffer(qsizetype(file.size()));
    if (!buffer.isValid())
        return failure(OpenError::NotReadable, path, tr("there is not enough memory to read it."));
    if (file.read(buffer.data(), buffer.size()) != buffer.size() || file.error() != QFileDevice::NoError)
        return failure(OpenError::NotReadable, path, tr("the file cannot be read (%1).").arg(file.errorString()));
    return openPlanImage(std::move(buffer), path);
}

OpenResult openPlanImage(const QByteArray &bytes, const QString &path)
{
    ImageBuffer buffer(bytes.size());
    if (!buffer.isValid())
        return failure(OpenError::NotReadable, path, tr("there is not enough memory to read it."));
    memcpy(buffer.data(), bytes.constData(), size_t(bytes.size()));
    return openPlanImage(std::move(buffer), path);
}

OpenResult openPlanImage(ImageBuffer buffer, const QString &path)
{
    const QByteArrayView image = buffer.view(); // valid until the buffer goes to SQLite
    if (image.isEmpty())
        return failure(OpenError::NotSqlite, path, tr("the file is empty, it holds no plan."));
    if (!hasSqliteMagic(image)) {
        if (QByteArrayView(image).trimmed().startsWith('{'))
            return failure(OpenError::NotSqlite, path,
                           tr("this is a JSON file, not a plan file. Import it instead "
                              "(File > Import JSON, or --import-json)."));
        return failure(OpenError::NotSqlite, path, tr("this is not a Campaign Planner plan (not an SQLite database)."));
    }
    const std::optional<SqliteHeader> header = readSqliteHeader(image);
    if (!header)
        return damaged(path, tr("the file is cut short"));
    if (header->applicationId != std::uint32_t(planApplicationId))
        return failure(OpenError::OtherApplication, path,
                       tr("this SQLite database was made by another application, not by Campaign Planner."));
    if (header->userVersion > std::uint32_t(currentSchemaVersion))
        return failure(OpenError::NewerVersion, path,
                       tr("the plan was saved by a newer version of Campaign Planner (file format %1; this "
                          "version reads up to %2). Update Campaign Planner to open it.")
                           .arg(header->userVersion).arg(currentSchemaVersion));
    if (header->userVersion < 1)
        return damaged(path, tr("it has no format version"));
    if (header->pageSize < 512 || image.size() % header->pageSize != 0
        || qint64(header->pageCount) * header->pageSize > image.size())
        return damaged(path, tr("the file is cut short"));

    // A file another SQLite program switched to write-ahead logging reads the same once the
    // header says "rollback journal" again (our copy only; openPlanFile refuses a file whose
    // log still holds changes).
    if (image.size() >= 20 && buffer.data()[18] == 2 && buffer.data()[19] == 2) {
        buffer.data()[18] = 1;
        buffer.data()[19] = 1;
    }
    // Pages whose checksums match are exactly what a save wrote: SQLite's own structure check
    // adds nothing then. A file changed by another program gets it.
    const ChecksumCheck checksums = verifyPageChecksums(image);
    if (checksums.state == ChecksumState::Mismatch)
        return damaged(path, tr("page %1 does not match its checksum").arg(checksums.badPage));
    Database db;
    if (!db.openInMemory(std::move(buffer)))
        return damaged(path, db.lastError());
    if (checksums.state != ChecksumState::Valid) {
        Statement check(db, "PRAGMA quick_check");
        if (!check.isValid() || !check.next())
            return damaged(path, db.lastError());
        if (check.text(0) != QLatin1String("ok"))
            return damaged(path, tr("SQLite reports: %1").arg(check.text(0)));
    }
    OpenResult result;
    result.fileSchemaVersion = int(header->userVersion);
    if (header->userVersion < std::uint32_t(currentSchemaVersion)) {
        QString error;
        if (!migrate(db, int(header->userVersion), &error))
            return damaged(path, tr("it could not be brought up to date: %1").arg(error));
        result.migrated = true;
    }
    for (const char *const *table = requiredTables(); *table; ++table) {
        if (!db.tableExists(QString::fromLatin1(*table)))
            return damaged(path, tr("the table %1 is missing").arg(QLatin1String(*table)));
    }
    ReadResult read = readPlan(db);
    if (!read.plan)
        return damaged(path, read.error);
    // Beyond the limits is not damage: the file is too large for a plan, said as such.
    if (const std::vector<Problem> tooLarge = checkPlanLimits(*read.plan); !tooLarge.empty())
        return failure(OpenError::Damaged, path, tooLarge.front().message);
    const std::vector<Problem> problems = validatePlan(*read.plan);
    if (!problems.empty())
        return damaged(path, problems.front().message);
    std::vector<PlanSnapshot> snapshots;
    QString snapshotError;
    if (!readSnapshots(db, snapshots, &snapshotError))
        return damaged(path, snapshotError);
    if (read.nonCanonicalIds && !normaliseIds(db))
        return damaged(path, db.lastError());
    result.plan = std::move(read.plan);
    result.database = std::make_shared<PlanDatabase>(std::move(db));
    result.database->setSnapshots(std::move(snapshots));
    return result;
}

QByteArray planFileImage(const Plan &plan, QString *error)
{
    QString message;
    const std::unique_ptr<PlanDatabase> database = PlanDatabase::build(plan, &message);
    QByteArray image = database ? database->image(&message) : QByteArray();
    if (image.isEmpty() && error)
        *error = message;
    return image;
}

SaveResult savePlanDatabase(PlanDatabase &database, const QString &path)
{
    QString error;
    if (!database.writeTo(path, &error))
        return {false, tr("Cannot save %1: %2.").arg(QDir::toNativeSeparators(path), error)};
    return {true, {}};
}

SaveResult savePlanFile(const Plan &plan, const QString &path)
{
    QString error;
    const std::unique_ptr<PlanDatabase> database = PlanDatabase::build(plan, &error);
    if (!database)
        return {false, tr("Cannot save %1: %2.").arg(QDir::toNativeSeparators(path), error)};
    return savePlanDatabase(*database, path);
}

} // namespace cplan::storage
