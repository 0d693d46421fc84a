#include "plandatabase.h"

#include "sqlitemessages.h"

#include "atomicfile.h"
#include "pagechecksum.h"
#include "planrows.h"
#include "schema.h"
#include "snapshotrows.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>

namespace cplan::storage {

namespace {

template<typename Record>
bool writeRecord(Database &db, const Record &record, double position)
{
    Statement &statement = db.cached(Rows<Record>::write);
    Rows<Record>::bind(statement, record, position);
    return statement.exec() && writeChildren(db, record);
}

template<typename Record>
bool removeRecord(Database &db, const RecordId &id)
{
    Statement &statement = db.cached(Rows<Record>::remove);
    statement.bindUtf8(1, idBytes(id));
    return statement.exec() && deleteChildren<Record>(db, id);
}

template<typename Record>
std::optional<double> positionOf(Database &db, const RecordId &id)
{
    Statement &statement = db.cached(Rows<Record>::positionOf);
    statement.bindUtf8(1, idBytes(id));
    if (!statement.next())
        return std::nullopt;
    return statement.real(0);
}

template<typename Function>
bool forEachList(const Plan &plan, Function apply)
{
    return apply(plan.segments) && apply(plan.personas) && apply(plan.competitors) && apply(plan.team)
           && apply(plan.channels) && apply(plan.phases) && apply(plan.kpis) && apply(plan.fixedCosts)
           && apply(plan.campaigns) && apply(plan.content) && apply(plan.comments);
}

} // namespace

PlanDatabase::PlanDatabase(Database database) : m_db(std::move(database))
{
    // References are checked by validatePlan; enforcing them here would make "insert or
    // replace" cascade into other tables.
    m_db.execute("PRAGMA foreign_keys=OFF");
}

bool writePlan(Database &db, const Plan &plan)
{
    if (!db.execute("BEGIN"))
        return false;
    const bool written = writeSettingsRow(db, plan.settings) && writeTextsRow(db, plan.texts)
                         && writeApprovalRows(db, plan.approval) && forEachList(plan, [&db](const auto &records) {
                                for (std::size_t i = 0; i < records.size(); ++i) {
                                    if (!writeRecord(db, records[i], double(i)))
                                        return false;
                                }
                                return true;
                            });
    // On failure the database is thrown away by the caller: no rollback, which would also
    // replace the error message that says what went wrong.
    return written && db.execute("COMMIT");
}

std::unique_ptr<PlanDatabase> PlanDatabase::build(const Plan &plan, QString *error)
{
    Database db;
    if (!db.createInMemory()) {
        *error = plainSqliteProblem(db);
        return nullptr;
    }
    int reserved = reservedBytesPerPage;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserved);
    const QByteArray pragmas = QByteArrayLiteral("PRAGMA foreign_keys=OFF; PRAGMA journal_mode=OFF; PRAGMA application_id=")
                               + QByteArray::number(planApplicationId) + QByteArrayLiteral("; PRAGMA user_version=")
                               + QByteArray::number(currentSchemaVersion) + ';';
    if (!db.execute(pragmas.constData()) || !db.execute(schemaSql()) || !writePlan(db, plan)) {
        *error = plainSqliteProblem(db);
        return nullptr;
    }
    return std::make_unique<PlanDatabase>(std::move(db));
}

template<typename Record>
bool PlanDatabase::rewriteList(const std::vector<Record> &records)
{
    if (!m_db.execute(Rows<Record>::removeAll))
        return false;
    if (const char *children = childTablesDeleteSql<Record>(); children && !m_db.execute(children))
        return false;
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!writeRecord(m_db, records[i], double(i)))
            return false;
    }
    return true;
}

// Changed records that are still in the list are written with a position between their
// neighbours' (which stay as they are); removed ones are deleted. When many records changed,
// or positions get too close to split, the whole list is written again.
template<typename Record>
bool PlanDatabase::applyList(const std::vector<Record> &records, const QSet<RecordId> &changed)
{
    if (changed.isEmpty())
        return true;
    if (std::size_t(changed.size()) > std::max<std::size_t>(256, records.size() / 8))
        return rewriteList(records);
    QHash<RecordId, int> index;
    index.reserve(qsizetype(records.size()));
    for (std::size_t i = 0; i < records.size(); ++i)
        index.insert(records[i].id, int(i));
    std::vector<int> present;
    for (const RecordId &id : changed) {
        const auto it = index.constFind(id);
        if (it == index.cend()) {
            if (!removeRecord<Record>(m_db, id))
                return false;
        } else {
            present.push_back(*it);
        }
    }
    std::sort(present.begin(), present.end());
    QHash<int, double> assigned;
    for (const int i : present) {
        const bool hasPrevious = i > 0;
        double previous = 0.0;
        if (hasPrevious) {
            const std::optional<double> known = assigned.contains(i - 1)
                                                    ? std::optional<double>(assigned.value(i - 1))
                                                    : positionOf<Record>(m_db, records[std::size_t(i - 1)].id);
            if (!known)
                return rewriteList(records); // not in step: start this list afresh
            previous = *known;
        }
        std::size_t next = std::size_t(i) + 1;
        while (next < records.size() && changed.contains(records[next].id))
            ++next;
        const bool hasFollowing = next < records.size();
        double following = 0.0;
        if (hasFollowing) {
            const std::optional<double> known = positionOf<Record>(m_db, records[next].id);
            if (!known)
                return rewriteList(records);
            following = *known;
        }
        double position = 0.0;
        if (hasPrevious && hasFollowing)
            position = previous + (following - previous) / 2.0;
        else if (hasPrevious)
            position = previous + 1.0;
        else if (hasFollowing)
            position = following - 1.0;
        if (hasPrevious && hasFollowing && !(previous < position && position < following))
            return rewriteList(records); // no room left between them
        if (!deleteChildren<Record>(m_db, records[std::size_t(i)].id) || !writeRecord(m_db, records[std::size_t(i)], position))
            return false;
        assigned.insert(i, position);
    }
    return true;
}

bool PlanDatabase::apply(const Plan &plan, const PlanChanges &changes, QString *error)
{
    if (!changes.any())
        return true;
    if (!m_db.execute("BEGIN")) {
        *error = plainSqliteProblem(m_db);
        return false;
    }
    bool ok = (!changes.settings || writeSettingsRow(m_db, plan.settings))
              && (!changes.texts || writeTextsRow(m_db, plan.texts))
              && (!changes.approval || writeApprovalRows(m_db, plan.approval))
              && forEachList(plan, [&](const auto &records) {
                     using Record = typename std::decay_t<decltype(records)>::value_type;
                     return applyList(records, changes.records[std::size_t(RecordTraits<Record>::kind)]);
                 });
    if (!ok) {
        *error = plainSqliteProblem(m_db);
        m_db.execute("ROLLBACK");
        return false;
    }
    if (!m_db.execute("COMMIT")) {
        *error = plainSqliteProblem(m_db);
        return false;
    }
    return true;
}

bool PlanDatabase::replaceSnapshots(const std::vector<PlanSnapshot> &snapshots, QString *error)
{
    if (!m_db.execute("BEGIN") || !writeSnapshots(m_db, snapshots)) {
        *error = plainSqliteProblem(m_db);
        m_db.execute("ROLLBACK");
        return false;
    }
    if (!m_db.execute("COMMIT")) {
        *error = plainSqliteProblem(m_db);
        return false;
    }
    m_snapshots = snapshots;
    return true;
}

namespace {

// The database's pages without a copy where SQLite allows it (an in-memory database that
// came from a file image), else a copy; stamped with page checksums.
struct Pages
{
    unsigned char *data = nullptr;
    sqlite3_int64 size = 0;
    bool owned = false;
    ~Pages()
    {
        if (owned)
            sqlite3_free(data);
    }
};

bool serialize(Database &db, Pages &pages)
{
    pages.data = sqlite3_serialize(db.handle(), "main", &pages.size, SQLITE_SERIALIZE_NOCOPY);
    if (!pages.data) {
        pages.data = sqlite3_serialize(db.handle(), "main", &pages.size, 0);
        pages.owned = true;
    }
    if (!pages.data)
        return false;
    // The reserved bytes at the end of each page belong to us; SQLite ignores them.
    stampPageChecksums(reinterpret_cast<char *>(pages.data), qsizetype(pages.size));
    return true;
}

} // namespace

QByteArray PlanDatabase::image(QString *error)
{
    Pages pages;
    if (!serialize(m_db, pages)) {
        *error = QCoreApplication::translate("cplan::PlanFile", "out of memory");
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(pages.data), qsizetype(pages.size));
}

bool PlanDatabase::writeTo(const QString &path, QString *error)
{
    Pages pages;
    if (!serialize(m_db, pages)) {
        *error = QCoreApplication::translate("cplan::PlanFile", "out of memory");
        return false;
    }
    return writeFileAtomically(path, QByteArray::fromRawData(reinterpret_cast<const char *>(pages.data), qsizetype(pages.size)),
                               error);
}

} // namespace cplan::storage
