#include "hotjournal.h"

#include "pagechecksum.h"
#include "sqlitemessages.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <sqlite3.h>

namespace cplan::storage {

namespace {

constexpr int journalHeaderSize = 28;
constexpr char journalMagic[] = "\xd9\xd5\x05\xf9\x20\xa1\x63\xd7";

// Beside the file a symbolic link points at, as SQLite looks for it.
QString journalPathFor(const QString &planPath)
{
    const QString target = QFileInfo(planPath).canonicalFilePath();
    return (target.isEmpty() ? planPath : target) + QStringLiteral("-journal");
}

// The journal's header as SQLite wrote it: magic, record count, nonce, the
// plan's size in pages before the change, sector size, page size (all
// big-endian).
bool journalBelongs(const QString &journalPath, int planPageSize)
{
    QFile journal(journalPath);
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = journal.read(journalHeaderSize);
    // SQLite writes the magic last, just before the first page of the plan
    // changes: a journal that starts with a zero byte is not hot, one with other
    // bytes there is not a journal.
    if (header.size() < journalHeaderSize || header.at(0) == 0 || !header.startsWith(QByteArrayView(journalMagic, 8)))
        return false;
    return int(qFromBigEndian<std::uint32_t>(header.constData() + 24)) == planPageSize;
}

// Asks SQLite itself whether it would roll the journal back: a connection that
// may not write refuses to read such a plan with SQLITE_READONLY_ROLLBACK.
// Read-only, so nothing on disk changes; a plan another program holds the
// reserved lock on is being written, not abandoned.
JournalOutcome::Kind askSqlite(const QString &planPath)
{
    Database probe;
    if (!probe.openReadOnly(planPath))
        return JournalOutcome::Kind::None;
    if (probe.execute("SELECT count(*) FROM sqlite_schema"))
        return JournalOutcome::Kind::None;
    if (probe.lastErrorCode() == SQLITE_READONLY_ROLLBACK)
        return JournalOutcome::Kind::RolledBack;
    if ((probe.lastErrorCode() & 0xff) == SQLITE_BUSY || (probe.lastErrorCode() & 0xff) == SQLITE_LOCKED)
        return JournalOutcome::Kind::Busy;
    return JournalOutcome::Kind::None; // the plan's own checks say what else is
                                       // wrong
}

JournalOutcome failed(const QString &problem)
{
    JournalOutcome outcome;
    outcome.kind = JournalOutcome::Kind::Failed;
    outcome.problem = problem;
    return outcome;
}

// SQLite rolls back the plan and journal copied into a private folder; the copy
// is then read.
JournalOutcome rollBackCopy(const QString &planPath, QByteArrayView fileImage)
{
    const QTemporaryDir folder; // 0700, removed afterwards: the plan is confidential
    if (!folder.isValid())
        return failed(QCoreApplication::translate("cplan::PlanFile", "no private temporary folder for the rollback"));
    const QString plan = folder.filePath(QStringLiteral("plan.cplan"));
    const QString journal = journalPathFor(plan);
    QFile planCopy(plan);
    if (!planCopy.open(QIODevice::WriteOnly) || planCopy.write(fileImage.data(), fileImage.size()) != fileImage.size()
        || !planCopy.flush())
        return failed(plainSqliteProblem(SQLITE_FULL, {}));
    planCopy.close();
    if (!QFile::copy(journalPathFor(planPath), journal))
        return failed(plainSqliteProblem(SQLITE_IOERR, {}));
    QFile::setPermissions(journal, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        Database db;
        if (!db.openExisting(plan))
            return failed(plainSqliteProblem(db));
        if (!db.execute("SELECT count(*) FROM sqlite_schema"))
            return failed(plainSqliteProblem(db));
    }
    if (QFile::exists(journal)) // SQLite deletes a journal it has played back
        return failed(plainSqliteProblem(SQLITE_CORRUPT, {}));
    QFile rolledBack(plan);
    if (!rolledBack.open(QIODevice::ReadOnly))
        return failed(plainSqliteProblem(SQLITE_IOERR, {}));
    JournalOutcome outcome;
    outcome.image = ImageBuffer(qsizetype(rolledBack.size()));
    if (!outcome.image.isValid())
        return failed(plainSqliteProblem(SQLITE_NOMEM, {}));
    if (rolledBack.read(outcome.image.data(), outcome.image.size()) != outcome.image.size())
        return failed(plainSqliteProblem(SQLITE_IOERR, {}));
    outcome.kind = JournalOutcome::Kind::RolledBack;
    return outcome;
}

} // namespace

JournalOutcome resolveHotJournal(const QString &planPath, QByteArrayView fileImage)
{
    const QFileInfo journal(journalPathFor(planPath));
    if (!journal.isFile() || journal.size() < journalHeaderSize)
        return {};
    const std::optional<SqliteHeader> header = readSqliteHeader(fileImage);
    // A plan in write-ahead-log mode keeps no rollback journal.
    if (!header || fileImage.at(18) != 1 || !journalBelongs(journal.filePath(), header->pageSize))
        return {};
    if (verifyPageChecksums(fileImage).state == ChecksumState::Valid)
        return {};
    switch (askSqlite(planPath)) {
    case JournalOutcome::Kind::RolledBack: return rollBackCopy(planPath, fileImage);
    case JournalOutcome::Kind::Busy: {
        JournalOutcome outcome;
        outcome.kind = JournalOutcome::Kind::Busy;
        return outcome;
    }
    default: return {};
    }
}

void removeStaleJournal(const QString &planPath)
{
    const QString journal = journalPathFor(planPath);
    if (QFileInfo(journal).isFile())
        QFile::remove(journal);
}

} // namespace cplan::storage
