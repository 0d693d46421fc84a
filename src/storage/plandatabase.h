#pragma once

#include "planchanges.h"
#include "plansnapshot.h"
#include "sqlitedatabase.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace cplan::storage {

// The plan as an SQLite database in memory, kept in step with the open document: each save
// writes only the records that changed, then the database's pages go to disk as they are.
// Saving a large plan after a small edit costs about as much as copying the file.
class PlanDatabase
{
public:
    // Takes over an in-memory database that already holds a plan of the current schema
    // (what openPlanImage read).
    explicit PlanDatabase(Database database);
    // Writes the whole plan into a new in-memory database.
    static std::unique_ptr<PlanDatabase> build(const Plan &plan, QString *error);

    // The snapshots kept in the file, as read on open or last written.
    const std::vector<PlanSnapshot> &snapshots() const { return m_snapshots; }
    void setSnapshots(std::vector<PlanSnapshot> snapshots) { m_snapshots = std::move(snapshots); }
    // Writes `snapshots` in place of the file's (one transaction).
    bool replaceSnapshots(const std::vector<PlanSnapshot> &snapshots, QString *error);

    // Brings the database in step with `plan`, given what changed since the last call.
    bool apply(const Plan &plan, const PlanChanges &changes, QString *error);
    // The file's bytes: the pages, with checksums. Empty on failure.
    QByteArray image(QString *error);
    // Writes the file atomically (see writeFileAtomically) without copying the pages first.
    bool writeTo(const QString &path, QString *error);

private:
    template<typename Record>
    bool applyList(const std::vector<Record> &records, const QSet<RecordId> &changed);
    template<typename Record>
    bool rewriteList(const std::vector<Record> &records);

    Database m_db;
    std::vector<PlanSnapshot> m_snapshots;
};

// Writes every record of the plan into a database that has the current schema (one
// transaction). Used for a new database and by the import.
bool writePlan(Database &db, const Plan &plan);

} // namespace cplan::storage
