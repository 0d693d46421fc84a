#include "snapshotrows.h"

#include "sqlitemessages.h"

#include <QCoreApplication>

namespace cplan::storage {

bool readSnapshots(Database &db, std::vector<PlanSnapshot> &snapshots, QString *error)
{
    snapshots.clear();
    Statement s(db, "SELECT id, name, created_at, plan_json FROM snapshot ORDER BY position");
    if (!s.isValid()) {
        *error = plainSqliteProblem(db);
        return false;
    }
    while (s.next()) {
        PlanSnapshot snapshot;
        snapshot.id = QUuid::fromString(s.text(0));
        snapshot.name = s.text(1);
        snapshot.createdAt = QDateTime::fromString(s.text(2), Qt::ISODateWithMs).toUTC();
        const QByteArrayView json = s.utf8(3);
        snapshot.planJson = QByteArray(json.data(), json.size());
        if (snapshot.id.isNull() || !snapshot.createdAt.isValid() || snapshot.planJson.isEmpty()) {
            *error = QCoreApplication::translate("cplan::PlanFile", "the snapshot \u201C%1\u201D cannot be read")
                         .arg(snapshot.name);
            return false;
        }
        snapshots.push_back(std::move(snapshot));
    }
    if (s.failed()) {
        *error = plainSqliteProblem(db);
        return false;
    }
    return true;
}

bool writeSnapshots(Database &db, const std::vector<PlanSnapshot> &snapshots)
{
    if (!db.execute("DELETE FROM snapshot"))
        return false;
    Statement &insert = db.cached("INSERT INTO snapshot (id, position, name, created_at, plan_json) VALUES (?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
        const PlanSnapshot &snapshot = snapshots[i];
        insert.reset();
        insert.bindUtf8(1, snapshot.id.toByteArray(QUuid::WithoutBraces));
        insert.bind(2, std::int64_t(i));
        insert.bind(3, snapshot.name);
        insert.bind(4, snapshot.createdAt.toUTC().toString(Qt::ISODateWithMs));
        insert.bindUtf8(5, snapshot.planJson);
        if (!insert.exec())
            return false;
    }
    return true;
}

} // namespace cplan::storage
