#pragma once

#include "enumnames.h"
#include "plan.h"
#include "recordkind.h"
#include "sqlitedatabase.h"

namespace cplan::storage {

// How each kind of record becomes a row: its table, the statement that writes it (insert or
// replace by id) and the binding of its fields. Records with rows of their own in other
// tables (KPI targets and actuals, excluded dates) write and delete those too.
template<typename Record>
struct Rows;

inline QByteArray idBytes(const RecordId &id)
{
    return id.toByteArray(QUuid::WithoutBraces);
}

inline void bindId(Statement &s, int index, const RecordId &id)
{
    if (id.isNull())
        s.bindNull(index);
    else
        s.bindUtf8(index, idBytes(id));
}

inline void bindMoney(Statement &s, int index, Money amount)
{
    s.bind(index, std::int64_t(amount.minorUnits()));
}

inline void bindMoney(Statement &s, int index, const std::optional<Money> &amount)
{
    if (amount)
        bindMoney(s, index, *amount);
    else
        s.bindNull(index);
}

// ISO text without QString::arg: this runs for every date of every row.
QByteArray isoBytes(const Date &date);
QByteArray isoBytes(const YearMonth &month);
void bindTimestamp(Statement &s, int index, const QDateTime &time);

// No children by default.
template<typename Record>
bool writeChildren(Database &, const Record &)
{
    return true;
}
template<typename Record>
bool deleteChildren(Database &, const RecordId &)
{
    return true;
}
template<>
bool writeChildren<Kpi>(Database &db, const Kpi &kpi);
template<>
bool deleteChildren<Kpi>(Database &db, const RecordId &id);
template<>
bool writeChildren<ContentItem>(Database &db, const ContentItem &item);
template<>
bool deleteChildren<ContentItem>(Database &db, const RecordId &id);
// Tables holding the children of every record of a kind, emptied when the kind is rewritten.
template<typename Record>
const char *childTablesDeleteSql()
{
    return nullptr;
}
template<>
inline const char *childTablesDeleteSql<Kpi>()
{
    return "DELETE FROM kpi_target; DELETE FROM kpi_actual;";
}
template<>
inline const char *childTablesDeleteSql<ContentItem>()
{
    return "DELETE FROM content_exclusion;";
}

#define CPLAN_ROWS(Type, Table, Placeholders)                                                      \
    template<>                                                                                     \
    struct Rows<Type>                                                                              \
    {                                                                                              \
        static constexpr const char *table = Table;                                                \
        static constexpr const char *write = "INSERT OR REPLACE INTO " Table " VALUES (" Placeholders ")"; \
        static constexpr const char *remove = "DELETE FROM " Table " WHERE id = ?1";               \
        static constexpr const char *removeAll = "DELETE FROM " Table;                             \
        static constexpr const char *positionOf = "SELECT position FROM " Table " WHERE id = ?1"; \
        static void bind(Statement &s, const Type &r, double position);                            \
    };

CPLAN_ROWS(Segment, "segment", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9")
CPLAN_ROWS(Persona, "persona", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9")
CPLAN_ROWS(Competitor, "competitor", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9")
CPLAN_ROWS(TeamMember, "team_member", "?1, ?2, ?3, ?4, ?5")
CPLAN_ROWS(Channel, "channel", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16")
CPLAN_ROWS(RolloutPhase, "rollout_phase", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12")
CPLAN_ROWS(Kpi, "kpi", "?1, ?2, ?3, ?4, ?5, ?6, ?7")
CPLAN_ROWS(FixedCost, "fixed_cost", "?1, ?2, ?3, ?4, ?5, ?6, ?7")
CPLAN_ROWS(Campaign, "campaign", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9")
CPLAN_ROWS(ContentItem, "content_item", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13")
CPLAN_ROWS(Comment, "comment", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9")

#undef CPLAN_ROWS

// The rows with one instance per plan.
bool writeSettingsRow(Database &db, const PlanSettings &settings);
bool writeTextsRow(Database &db, const PlanTexts &texts);
bool writeApprovalRows(Database &db, const Approval &approval);

} // namespace cplan::storage
