#include "planreader.h"

#include "sqlitemessages.h"

#include "enumnames.h"
#include "rowreader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cplan::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanFile", text);
}

// Set when an id was written another way than the writer writes it ({braces}, upper case).
thread_local bool nonCanonicalIdsSeen = false;

// Reads every row of a query with `read`, stopping at the first problem.
template<typename Read>
bool readRows(Database &db, const char *table, const char *sql, QString &error, Read read, int nameColumn = -1,
              RowReader::Rows rows = RowReader::Rows::Many)
{
    Statement statement(db, sql);
    if (!statement.isValid()) {
        error = tr("table %1 cannot be read: %2").arg(QLatin1String(table), plainSqliteProblem(db));
        return false;
    }
    RowReader row(statement, table, nameColumn, rows);
    while (statement.next()) {
        read(row);
        if (!row.error().isEmpty()) {
            error = row.error();
            return false;
        }
        row.nextRow();
    }
    if (row.sawNonCanonicalIds())
        nonCanonicalIdsSeen = true;
    if (statement.failed()) {
        error = tr("table %1 cannot be read: %2").arg(QLatin1String(table), plainSqliteProblem(db));
        return false;
    }
    return true;
}

// Reads a list and puts it in the user's order (positions are any increasing numbers).
template<typename Record, typename Read>
bool readList(Database &db, const char *table, const char *sql, QString &error, std::vector<Record> &list, Read read,
              int nameColumn = -1)
{
    std::vector<double> positions;
    const QByteArray count = QByteArrayLiteral("SELECT count(*) FROM ") + table;
    if (const std::optional<std::int64_t> rows = db.pragmaInteger(count.constData()); rows && *rows > 0) {
        list.reserve(std::size_t(*rows));
        positions.reserve(std::size_t(*rows));
    }
    if (!readRows(db, table, sql, error, [&](RowReader &r) {
            read(r);
            positions.push_back(r.position());
        }, nameColumn))
        return false;
    if (std::is_sorted(positions.begin(), positions.end()))
        return true; // as written by a save: already in order
    std::vector<std::size_t> order(list.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return positions[a] < positions[b]; });
    std::vector<Record> sorted;
    sorted.reserve(list.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(list[i]));
    list = std::move(sorted);
    return true;
}

bool readSettings(Database &db, Plan &plan, QString &error)
{
    int rows = 0;
    const bool ok = readRows(db, "plan_settings",
                             "SELECT name, author, currency, start_month, months, gross_margin, "
                             "minimum_roi_to_scale, scenario_conservative, scenario_base, "
                             "scenario_optimistic FROM plan_settings",
                             error, [&](RowReader &r) {
                                 PlanSettings &s = plan.settings;
                                 s.name = r.text(0);
                                 s.author = r.text(1);
                                 s.currency = r.text(2);
                                 s.startMonth = r.month(3);
                                 s.months = r.wholeInt(4);
                                 s.grossMargin = r.real(5);
                                 s.minimumRoiToScale = r.real(6);
                                 s.scenarios = {r.real(7), r.real(8), r.real(9)};
                                 ++rows;
                             }, -1, RowReader::Rows::One);
    if (ok && rows != 1) {
        error = tr("the plan settings are missing");
        return false;
    }
    if (!ok)
        return false;
    return readRows(db, "plan_texts",
                    "SELECT research_notes, strategy, rationale, message_audience, message_what_to_say, "
                    "message_how_to_say, website_objectives, partnerships, priorities, recommendations "
                    "FROM plan_texts",
                    error, [&](RowReader &r) {
                        PlanTexts &t = plan.texts;
                        t = {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4),
                             r.text(5), r.text(6), r.text(7), r.text(8), r.text(9)};
                    }, -1, RowReader::Rows::One);
}

bool readMarket(Database &db, Plan &plan, QString &error)
{
    return readList(db, "segment",
                    "SELECT id, name, needs, customers, annual_spend_per_customer, serviceable_share, "
                    "obtainable_share, notes, position FROM segment",
                    error, plan.segments, [&](RowReader &r) {
                        plan.segments.push_back({r.id(0), r.text(1), r.text(2), r.integer(3), r.money(4),
                                                 r.real(5), r.real(6), r.text(7)});
                    }, 1)
           && readList(db, "persona",
                       "SELECT id, name, segment_id, motivations, interests, needs, where_to_reach, notes "
                       ", position FROM persona",
                       error, plan.personas, [&](RowReader &r) {
                           plan.personas.push_back({r.id(0), r.text(1), r.id(2), r.text(3), r.text(4),
                                                    r.text(5), r.text(6), r.text(7)});
                       }, 1)
           && readList(db, "competitor",
                       "SELECT id, name, offering, strengths, weaknesses, pricing, website, notes "
                       ", position FROM competitor",
                       error, plan.competitors, [&](RowReader &r) {
                           plan.competitors.push_back({r.id(0), r.text(1), r.text(2), r.text(3), r.text(4),
                                                       r.text(5), r.text(6), r.text(7)});
                       }, 1)
           && readList(db, "team_member",
                       "SELECT id, name, role, weekly_capacity_hours, position FROM team_member",
                       error, plan.team, [&](RowReader &r) {
                           plan.team.push_back({r.id(0), r.text(1), r.text(2), r.real(3)});
                       }, 1);
}

bool readChannels(Database &db, Plan &plan, QString &error)
{
    return readList(db, "channel",
                    "SELECT id, name, kind, owner_id, status, cost_model, cost_per_click, cost_per_mille, "
                    "click_through_rate, visits_per_month, lead_rate, close_rate, average_order_value, "
                    "target_cost_per_lead, notes, position FROM channel",
                    error, plan.channels, [&](RowReader &r) {
                        Channel c;
                        c.id = r.id(0);
                        c.name = r.text(1);
                        c.kind = r.key<ChannelKind>(2);
                        c.ownerId = r.id(3);
                        c.status = r.key<ChannelStatus>(4);
                        c.costModel = r.key<CostModel>(5);
                        c.costPerClick = r.money(6);
                        c.costPerMille = r.money(7);
                        c.clickThroughRate = r.real(8);
                        c.visitsPerMonth = r.real(9);
                        c.leadRate = r.real(10);
                        c.closeRate = r.real(11);
                        c.averageOrderValue = r.money(12);
                        c.targetCostPerLead = r.optionalMoney(13);
                        c.notes = r.text(14);
                        plan.channels.push_back(std::move(c));
                    }, 1)
           && readList(db, "rollout_phase",
                       "SELECT id, channel_id, name, kind, start_date, end_date, budget, actual_spend, "
                       "actual_revenue, actual_leads, notes, position FROM rollout_phase",
                       error, plan.phases, [&](RowReader &r) {
                           RolloutPhase p;
                           p.id = r.id(0);
                           p.channelId = r.id(1);
                           p.name = r.text(2);
                           p.kind = r.key<PhaseKind>(3);
                           p.start = r.date(4);
                           p.end = r.date(5);
                           p.budget = r.money(6);
                           p.actualSpend = r.optionalMoney(7);
                           p.actualRevenue = r.optionalMoney(8);
                           p.actualLeads = r.optionalInteger(9);
                           p.notes = r.text(10);
                           plan.phases.push_back(std::move(p));
                       }, 2);
}

bool readKpis(Database &db, Plan &plan, QString &error)
{
    QHash<RecordId, std::size_t> index;
    const bool ok = readList(db, "kpi",
                             "SELECT id, channel_id, name, unit, better_when, aggregation, position FROM kpi",
                             error, plan.kpis, [&](RowReader &r) {
                                 Kpi k;
                                 k.id = r.id(0);
                                 k.channelId = r.id(1);
                                 k.name = r.text(2);
                                 k.unit = r.text(3);
                                 k.betterWhen = r.key<BetterWhen>(4);
                                 k.aggregation = r.key<KpiAggregation>(5);
                                 plan.kpis.push_back(std::move(k));
                             }, 2);
    for (std::size_t i = 0; ok && i < plan.kpis.size(); ++i)
        index.insert(plan.kpis[i].id, i);
    auto kpiOf = [&](RowReader &r) -> Kpi * {
        const RecordId id = r.id(0);
        const auto it = index.constFind(id);
        if (it == index.cend()) {
            r.problem(0, tr("refers to a KPI that is not in the plan"));
            return nullptr;
        }
        return &plan.kpis[*it];
    };
    return ok
           && readRows(db, "kpi_target", "SELECT kpi_id, month, value FROM kpi_target ORDER BY kpi_id, month",
                       error, [&](RowReader &r) {
                           if (Kpi *kpi = kpiOf(r))
                               kpi->monthlyTargets[r.month(1)] = r.real(2);
                       })
           && readRows(db, "kpi_actual", "SELECT kpi_id, date, value FROM kpi_actual ORDER BY kpi_id, date",
                       error, [&](RowReader &r) {
                           if (Kpi *kpi = kpiOf(r))
                               kpi->actuals.push_back({r.date(1), r.real(2)});
                       });
}

bool readCalendar(Database &db, Plan &plan, QString &error)
{
    QHash<RecordId, std::size_t> index;
    return readList(db, "fixed_cost",
                    "SELECT id, name, monthly_amount, start_month, end_month, notes, position FROM fixed_cost",
                    error, plan.fixedCosts, [&](RowReader &r) {
                        plan.fixedCosts.push_back({r.id(0), r.text(1), r.money(2), r.month(3),
                                                   r.optionalMonth(4), r.text(5)});
                    }, 1)
           && readList(db, "campaign",
                       "SELECT id, name, goal, start_date, end_date, colour, budget, notes, position FROM campaign",
                       error, plan.campaigns, [&](RowReader &r) {
                           plan.campaigns.push_back({r.id(0), r.text(1), r.text(2), r.date(3), r.date(4),
                                                     r.text(5), r.money(6), r.text(7)});
                       }, 1)
           && readList(db, "content_item",
                       "SELECT id, title, type, channel_id, campaign_id, owner_id, status, date, time_minutes, "
                       "duration_minutes, recurrence, notes, position FROM content_item",
                       error, plan.content, [&](RowReader &r) {
                           ContentItem c;
                           c.id = r.id(0);
                           c.title = r.text(1);
                           c.type = r.key<ContentType>(2);
                           c.channelId = r.id(3);
                           c.campaignId = r.id(4);
                           c.ownerId = r.id(5);
                           c.status = r.key<ContentStatus>(6);
                           c.date = r.date(7);
                           c.timeMinutes = r.optionalInt(8);
                           c.durationMinutes = r.optionalInt(9);
                           c.recurrence = r.text(10);
                           c.notes = r.text(11);
                           plan.content.push_back(std::move(c));
                       }, 1)
           && [&] {
                  for (std::size_t i = 0; i < plan.content.size(); ++i)
                      index.insert(plan.content[i].id, i);
                  return true;
              }()
           && readRows(db, "content_exclusion",
                       "SELECT item_id, date FROM content_exclusion ORDER BY item_id, date", error,
                       [&](RowReader &r) {
                           const auto it = index.constFind(r.id(0));
                           if (it == index.cend())
                               r.problem(0, tr("refers to a content item that is not in the plan"));
                           else
                               plan.content[*it].excludedDates.push_back(r.date(1));
                       });
}

bool readReview(Database &db, Plan &plan, QString &error)
{
    return readList(db, "comment",
                    "SELECT id, parent_id, section, record_id, author, created_at, text, resolved "
                    ", position FROM comment",
                    error, plan.comments, [&](RowReader &r) {
                        plan.comments.push_back({r.id(0), r.id(1), r.text(2), r.id(3), r.text(4),
                                                 r.timestamp(5), r.text(6), r.flag(7)});
                    }, 4)
           && readRows(db, "approval", "SELECT status, by_name, at, note FROM approval", error,
                       [&](RowReader &r) {
                           Approval &a = plan.approval;
                           a.status = r.key<ApprovalStatus>(0);
                           a.by = r.text(1);
                           a.at = r.timestamp(2);
                           a.note = r.text(3);
                       }, -1, RowReader::Rows::One)
           && readList(db, "approval_event",
                       "SELECT status, by_name, at, note, position FROM approval_event", error, plan.approval.history,
                       [&](RowReader &r) {
                           plan.approval.history.push_back(
                               {r.key<ApprovalStatus>(0), r.text(1), r.timestamp(2), r.text(3)});
                       });
}

} // namespace

bool normaliseIds(Database &db)
{
    static const char *const columns[][2] = {
        {"segment", "id"}, {"persona", "id"}, {"persona", "segment_id"}, {"competitor", "id"},
        {"team_member", "id"}, {"channel", "id"}, {"channel", "owner_id"}, {"rollout_phase", "id"},
        {"rollout_phase", "channel_id"}, {"kpi", "id"}, {"kpi", "channel_id"}, {"kpi_target", "kpi_id"},
        {"kpi_actual", "kpi_id"}, {"fixed_cost", "id"}, {"campaign", "id"}, {"content_item", "id"},
        {"content_item", "channel_id"}, {"content_item", "campaign_id"}, {"content_item", "owner_id"},
        {"content_exclusion", "item_id"}, {"comment", "id"}, {"comment", "parent_id"}, {"comment", "record_id"}};
    // Parents and the references to them change one after the other: no checks in between.
    if (!db.execute("PRAGMA foreign_keys=OFF"))
        return false;
    for (const auto &column : columns) {
        // Table and column names are fixed here, never from the file.
        const QByteArray sql = QByteArrayLiteral("UPDATE ") + column[0] + " SET " + column[1] + " = lower(trim("
                               + column[1] + ", '{}')) WHERE " + column[1] + " <> lower(trim(" + column[1] + ", '{}'))";
        if (!db.execute(sql.constData()))
            return false;
    }
    return true;
}

ReadResult readPlan(Database &db)
{
    nonCanonicalIdsSeen = false;
    Plan plan;
    QString error;
    if (readSettings(db, plan, error) && readMarket(db, plan, error) && readChannels(db, plan, error)
        && readKpis(db, plan, error) && readCalendar(db, plan, error) && readReview(db, plan, error))
        return {std::move(plan), {}, nonCanonicalIdsSeen};
    return {std::nullopt, error, false};
}

} // namespace cplan::storage
