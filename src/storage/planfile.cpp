#include "planfile.h"

#include "atomicfile.h"
#include "hotjournal.h"
#include "migrations.h"
#include "pagechecksum.h"
#include "planlimits.h"
#include "planreader.h"
#include "plandatabase.h"
#include "schema.h"
#include "snapshotrows.h"
#include "sqlitedatabase.h"
#include "sqlitemessages.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>
#include <sys/statvfs.h>


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
    // One line, whatever the problem's text held.
    result.message = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), problem.simplified());
    return result;
}

OpenResult damaged(const QString &path, const QString &what)
{
    return failure(OpenError::Damaged, path,
                   tr("the plan is damaged (%1). Open a backup or an earlier copy of the plan.").arg(what));
}

constexpr qsizetype sqliteHeaderSize = 100;

// The checks the first 100 bytes allow, in the order DESIGN.md §3 gives: nothing, not SQLite,
// another application's, a newer version's, no version at all.
std::optional<OpenResult> refuseByHeader(QByteArrayView head, const QString &path)
{
    if (head.isEmpty())
        return failure(OpenError::NotSqlite, path, tr("the file is empty, it holds no plan."));
    if (!hasSqliteMagic(head)) {
        if (head.trimmed().startsWith('{'))
            return failure(OpenError::NotSqlite, path,
                           tr("this is a JSON file, not a plan file. Import it instead "
                              "(File > Import JSON, or --import-json)."));
        return failure(OpenError::NotSqlite, path, tr("this is not a Campaign Planner plan (not an SQLite database)."));
    }
    const std::optional<SqliteHeader> header = readSqliteHeader(head);
    if (!header)
        return damaged(path, tr("the file is cut short"));
    if (header->applicationId != std::uint32_t(planApplicationId))
        return failure(OpenError::OtherApplication, path,
                       tr("this SQLite database was made by another application, not by Campaign Planner."));
    if (header->userVersion > std::uint32_t(currentSchemaVersion))
        return failure(OpenError::NewerVersion, path,
                       tr("the plan was saved by a newer version of Campaign Planner (file format %1; this "
                          "version reads up to %2). Update Campaign Planner to open it.")
                           .arg(header->userVersion)
                           .arg(currentSchemaVersion));
    if (header->userVersion < 1)
        return damaged(path, tr("it has no format version"));
    return std::nullopt;
}

// SQLite's structure check, as one plain phrase (never its up to 100 lines of findings);
// nullopt when it passes.
std::optional<QString> structureProblem(Database &db)
{
    Statement check(db, "PRAGMA quick_check");
    if (!check.isValid() || !check.next())
        return plainSqliteProblem(db);
    if (check.text(0) == QLatin1String("ok"))
        return std::nullopt;
    return plainSqliteProblem(SQLITE_CORRUPT, {});
}

QString foreignSchemaNote(const ForeignSchema &foreign, const QString &path)
{
    QStringList parts;
    const auto count = [&parts](int n, const char *one, const char *many) {
        if (n == 1)
            parts.append(tr(one));
        else if (n > 1)
            parts.append(tr(many).arg(n));
    };
    count(foreign.tables, "1 table", "%1 tables");
    count(foreign.views, "1 view", "%1 views");
    count(foreign.triggers, "1 trigger", "%1 triggers");
    count(foreign.indexes, "1 index", "%1 indexes");
    return tr("%1 holds parts another program added (%2). Campaign Planner does not use them, and leaves "
              "them out when you save the plan.")
        .arg(QFileInfo(path).fileName(), parts.join(QStringLiteral(", ")));
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
    // The header first: a large file of another kind is refused without reading it whole.
    if (std::optional<OpenResult> refused = refuseByHeader(file.read(sqliteHeaderSize), path))
        return std::move(*refused);
    // Read straight into memory that SQLite then takes over: no copy of a large plan.
    ImageBuffer buffer(qsizetype(file.size()));
    if (!buffer.isValid())
        return failure(OpenError::NotReadable, path, tr("there is not enough memory to read it."));
    if (!file.seek(0) || file.read(buffer.data(), buffer.size()) != buffer.size()
        || file.error() != QFileDevice::NoError)
        return failure(OpenError::NotReadable, path, tr("the file cannot be read (%1).").arg(file.errorString()));
    file.close();
    JournalOutcome journal = resolveHotJournal(path, buffer.view());
    switch (journal.kind) {
    case JournalOutcome::Kind::None: break;
    case JournalOutcome::Kind::Busy:
        return failure(OpenError::NotReadable, path,
                       tr("another program is saving changes to it right now. Wait until it is done, then open "
                          "the plan again."));
    case JournalOutcome::Kind::Failed:
        return damaged(path, tr("another program stopped in the middle of changing it, and its change could not "
                                "be undone: %1")
                                 .arg(journal.problem));
    case JournalOutcome::Kind::RolledBack: buffer = std::move(journal.image); break;
    }
    OpenResult result = openPlanImage(std::move(buffer), path);
    if (result.plan && journal.kind == JournalOutcome::Kind::RolledBack)
        result.notes.prepend(tr("Another program stopped in the middle of changing %1; the plan opens as it was "
                                "before that change, and is stored that way when you save it.")
                                 .arg(QFileInfo(path).fileName()));
    return result;
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
    if (std::optional<OpenResult> refused = refuseByHeader(image.first(std::min<qsizetype>(image.size(), sqliteHeaderSize)), path))
        return std::move(*refused);
    const std::optional<SqliteHeader> header = readSqliteHeader(image);
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
    // The checksums find flipped bytes inside rows, which SQLite's structure check does not
    // look at; the structure check runs on every open all the same, because anyone can
    // compute the checksums of a crafted file (a freelist that points at a live page).
    const ChecksumCheck checksums = verifyPageChecksums(image);
    if (checksums.state == ChecksumState::Mismatch)
        return damaged(path, tr("page %1 does not match its checksum").arg(checksums.badPage));
    Database db;
    if (!db.openInMemory(std::move(buffer)))
        return damaged(path, plainSqliteProblem(db));
    if (std::optional<QString> broken = structureProblem(db))
        return damaged(path, *broken);
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
    ForeignSchema foreign;
    if (!dropForeignSchema(db, foreign))
        return damaged(path, tr("it holds a table Campaign Planner cannot take out (%1)").arg(plainSqliteProblem(db)));
    if (foreign.any())
        result.notes.append(foreignSchemaNote(foreign, path));
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
        return damaged(path, plainSqliteProblem(db));
    result.plan = std::move(read.plan);
    result.database = std::make_shared<PlanDatabase>(std::move(db));
    result.database->setSnapshots(std::move(snapshots));
    return result;
}

bool isOnReadOnlyDisk(const QString &path)
{
    const QFileInfo info(path);
    struct statvfs disk;
    const QByteArray where = QFile::encodeName(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    return ::statvfs(where.constData(), &disk) == 0 && (disk.f_flag & ST_RDONLY) != 0;
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
    removeStaleJournal(path);
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
