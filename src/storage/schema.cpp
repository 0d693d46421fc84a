#include "schema.h"

#include "sqlitedatabase.h"

#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace cplan::storage {

// Money columns hold integer minor units of the plan's currency; shares and rates are
// fractions 0..1; dates are ISO text (2026-03-01), months 2026-03. "position" keeps the
// user's order of a list: any increasing numbers, so a record inserted or moved between two
// others gets a position between theirs and no other row changes. References are deferred
// so rows can be written in any order.
const char *schemaSql()
{
    return R"sql(
CREATE TABLE plan_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL, author TEXT NOT NULL, currency TEXT NOT NULL,
    start_month TEXT NOT NULL, months INTEGER NOT NULL,
    gross_margin REAL NOT NULL, minimum_roi_to_scale REAL NOT NULL,
    scenario_conservative REAL NOT NULL, scenario_base REAL NOT NULL,
    scenario_optimistic REAL NOT NULL);
CREATE TABLE plan_texts (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    research_notes TEXT NOT NULL, strategy TEXT NOT NULL, rationale TEXT NOT NULL,
    message_audience TEXT NOT NULL, message_what_to_say TEXT NOT NULL,
    message_how_to_say TEXT NOT NULL, website_objectives TEXT NOT NULL,
    partnerships TEXT NOT NULL, priorities TEXT NOT NULL, recommendations TEXT NOT NULL);
CREATE TABLE segment (
    id TEXT PRIMARY KEY, position REAL NOT NULL, name TEXT NOT NULL, needs TEXT NOT NULL,
    customers INTEGER NOT NULL, annual_spend_per_customer INTEGER NOT NULL,
    serviceable_share REAL NOT NULL, obtainable_share REAL NOT NULL, notes TEXT NOT NULL);
CREATE TABLE persona (
    id TEXT PRIMARY KEY, position REAL NOT NULL, name TEXT NOT NULL,
    segment_id TEXT REFERENCES segment(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    motivations TEXT NOT NULL, interests TEXT NOT NULL, needs TEXT NOT NULL,
    where_to_reach TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE competitor (
    id TEXT PRIMARY KEY, position REAL NOT NULL, name TEXT NOT NULL, offering TEXT NOT NULL,
    strengths TEXT NOT NULL, weaknesses TEXT NOT NULL, pricing TEXT NOT NULL,
    website TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE team_member (
    id TEXT PRIMARY KEY, position REAL NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL,
    weekly_capacity_hours REAL NOT NULL);
CREATE TABLE channel (
    id TEXT PRIMARY KEY, position REAL NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    owner_id TEXT REFERENCES team_member(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL, cost_model TEXT NOT NULL, cost_per_click INTEGER NOT NULL,
    cost_per_mille INTEGER NOT NULL, click_through_rate REAL NOT NULL,
    visits_per_month REAL NOT NULL, lead_rate REAL NOT NULL, close_rate REAL NOT NULL,
    average_order_value INTEGER NOT NULL, target_cost_per_lead INTEGER, notes TEXT NOT NULL);
CREATE TABLE rollout_phase (
    id TEXT PRIMARY KEY, position REAL NOT NULL,
    channel_id TEXT NOT NULL REFERENCES channel(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL, kind TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL,
    budget INTEGER NOT NULL, actual_spend INTEGER, actual_revenue INTEGER, actual_leads INTEGER,
    notes TEXT NOT NULL);
CREATE TABLE kpi (
    id TEXT PRIMARY KEY, position REAL NOT NULL,
    channel_id TEXT REFERENCES channel(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL, unit TEXT NOT NULL, better_when TEXT NOT NULL, aggregation TEXT NOT NULL);
CREATE TABLE kpi_target (
    kpi_id TEXT NOT NULL REFERENCES kpi(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    month TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (kpi_id, month)) WITHOUT ROWID;
CREATE TABLE kpi_actual (
    kpi_id TEXT NOT NULL REFERENCES kpi(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    date TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (kpi_id, date)) WITHOUT ROWID;
CREATE TABLE fixed_cost (
    id TEXT PRIMARY KEY, position REAL NOT NULL, name TEXT NOT NULL,
    monthly_amount INTEGER NOT NULL, start_month TEXT NOT NULL, end_month TEXT, notes TEXT NOT NULL);
CREATE TABLE campaign (
    id TEXT PRIMARY KEY, position REAL NOT NULL, name TEXT NOT NULL, goal TEXT NOT NULL,
    start_date TEXT NOT NULL, end_date TEXT NOT NULL, colour TEXT NOT NULL,
    budget INTEGER NOT NULL, notes TEXT NOT NULL);
CREATE TABLE content_item (
    id TEXT PRIMARY KEY, position REAL NOT NULL, title TEXT NOT NULL, type TEXT NOT NULL,
    channel_id TEXT REFERENCES channel(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    campaign_id TEXT REFERENCES campaign(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    owner_id TEXT REFERENCES team_member(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
    status TEXT NOT NULL, date TEXT NOT NULL, time_minutes INTEGER, duration_minutes INTEGER,
    recurrence TEXT NOT NULL, notes TEXT NOT NULL);
CREATE TABLE content_exclusion (
    item_id TEXT NOT NULL REFERENCES content_item(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    date TEXT NOT NULL, PRIMARY KEY (item_id, date)) WITHOUT ROWID;
CREATE TABLE comment (
    id TEXT PRIMARY KEY, position REAL NOT NULL,
    parent_id TEXT REFERENCES comment(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
    section TEXT NOT NULL, record_id TEXT, author TEXT NOT NULL, created_at TEXT,
    text TEXT NOT NULL, resolved INTEGER NOT NULL);
CREATE TABLE approval (
    id INTEGER PRIMARY KEY CHECK (id = 1), status TEXT NOT NULL, by_name TEXT NOT NULL,
    at TEXT, note TEXT NOT NULL);
CREATE TABLE approval_event (
    position INTEGER PRIMARY KEY, status TEXT NOT NULL, by_name TEXT NOT NULL, at TEXT,
    note TEXT NOT NULL);
CREATE TABLE snapshot (
    id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL, created_at TEXT NOT NULL,
    plan_json TEXT NOT NULL);
)sql";
}

const char *const *requiredTables()
{
    static const char *const tables[] = {
        "plan_settings", "plan_texts", "segment", "persona", "competitor", "team_member",
        "channel", "rollout_phase", "kpi", "kpi_target", "kpi_actual", "fixed_cost", "campaign",
        "content_item", "content_exclusion", "comment", "approval", "approval_event", "snapshot", nullptr};
    return tables;
}

namespace {

using SchemaObject = std::pair<QString, QString>; // type, name

std::vector<SchemaObject> schemaObjects(Database &db)
{
    std::vector<SchemaObject> objects;
    Statement statement(db, "SELECT type, name FROM sqlite_schema");
    while (statement.next())
        objects.emplace_back(statement.text(0), statement.text(1));
    return objects;
}

// Our own objects, tables and the indexes SQLite makes for their keys, read from a database
// built from schemaSql(): nothing to keep in step by hand.
const QSet<QString> &ownObjects()
{
    static const QSet<QString> own = [] {
        QSet<QString> names;
        Database scratch;
        if (scratch.createInMemory() && scratch.execute(schemaSql())) {
            for (const auto &[type, name] : schemaObjects(scratch))
                names.insert(type + QLatin1Char(' ') + name);
        }
        return names;
    }();
    return own;
}

} // namespace

bool dropForeignSchema(Database &db, ForeignSchema &dropped)
{
    const QSet<QString> &own = ownObjects();
    std::vector<SchemaObject> foreign;
    for (auto &object : schemaObjects(db)) {
        // SQLite's own tables (sqlite_sequence, sqlite_stat1) hold no code and no plan data.
        if (!object.second.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive)
            && !own.contains(object.first + QLatin1Char(' ') + object.second))
            foreign.push_back(std::move(object));
    }
    if (foreign.empty())
        return true;
    if (!db.execute("PRAGMA foreign_keys=OFF"))
        return false;
    // Triggers and indexes first: dropping a table takes its own with it.
    static const char *const order[] = {"trigger", "view", "index", "table"};
    for (const char *type : order) {
        for (const auto &[objectType, name] : foreign) {
            if (objectType != QLatin1String(type))
                continue;
            // A name cannot be a bound parameter; it is quoted as an identifier instead.
            QString quoted = name;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            const QByteArray sql = QByteArrayLiteral("DROP ") + QByteArray(type).toUpper() + QByteArrayLiteral(" IF EXISTS main.\"")
                                   + quoted.toUtf8() + '"';
            if (!db.execute(sql.constData()))
                return false;
            int &count = objectType == QLatin1String("trigger") ? dropped.triggers
                         : objectType == QLatin1String("view")  ? dropped.views
                         : objectType == QLatin1String("index") ? dropped.indexes
                                                                : dropped.tables;
            ++count;
        }
    }
    return db.execute("PRAGMA foreign_keys=ON");
}

} // namespace cplan::storage
