#include "planrows.h"

namespace cplan::storage {

namespace {

void putDigits(char *out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

} // namespace

QByteArray isoBytes(const Date &date)
{
    char text[10];
    putDigits(text, int(date.year()), 4);
    text[4] = '-';
    putDigits(text + 5, int(date.month()), 2);
    text[7] = '-';
    putDigits(text + 8, int(date.day()), 2);
    return QByteArray(text, 10);
}

QByteArray isoBytes(const YearMonth &month)
{
    char text[7];
    putDigits(text, month.year, 4);
    text[4] = '-';
    putDigits(text + 5, month.month, 2);
    return QByteArray(text, 7);
}

void bindTimestamp(Statement &s, int index, const QDateTime &time)
{
    if (time.isValid())
        s.bind(index, time.toUTC().toString(Qt::ISODateWithMs));
    else
        s.bindNull(index);
}

void Rows<Segment>::bind(Statement &s, const Segment &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    s.bind(3, r.name);
    s.bind(4, r.needs);
    s.bind(5, std::int64_t(r.customers));
    bindMoney(s, 6, r.annualSpendPerCustomer);
    s.bind(7, r.serviceableShare);
    s.bind(8, r.obtainableShare);
    s.bind(9, r.notes);
}

void Rows<Persona>::bind(Statement &s, const Persona &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    s.bind(3, r.name);
    bindId(s, 4, r.segmentId);
    s.bind(5, r.motivations);
    s.bind(6, r.interests);
    s.bind(7, r.needs);
    s.bind(8, r.whereToReach);
    s.bind(9, r.notes);
}

void Rows<Competitor>::bind(Statement &s, const Competitor &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    s.bind(3, r.name);
    s.bind(4, r.offering);
    s.bind(5, r.strengths);
    s.bind(6, r.weaknesses);
    s.bind(7, r.pricing);
    s.bind(8, r.website);
    s.bind(9, r.notes);
}

void Rows<TeamMember>::bind(Statement &s, const TeamMember &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    s.bind(3, r.name);
    s.bind(4, r.role);
    s.bind(5, r.weeklyCapacityHours);
}

void Rows<Channel>::bind(Statement &s, const Channel &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    s.bind(3, r.name);
    s.bind(4, toKey(r.kind));
    bindId(s, 5, r.ownerId);
    s.bind(6, toKey(r.status));
    s.bind(7, toKey(r.costModel));
    bindMoney(s, 8, r.costPerClick);
    bindMoney(s, 9, r.costPerMille);
    s.bind(10, r.clickThroughRate);
    s.bind(11, r.visitsPerMonth);
    s.bind(12, r.leadRate);
    s.bind(13, r.closeRate);
    bindMoney(s, 14, r.averageOrderValue);
    bindMoney(s, 15, r.targetCostPerLead);
    s.bind(16, r.notes);
}

void Rows<RolloutPhase>::bind(Statement &s, const RolloutPhase &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    bindId(s, 3, r.channelId);
    s.bind(4, r.name);
    s.bind(5, toKey(r.kind));
    s.bindUtf8(6, isoBytes(r.start));
    s.bindUtf8(7, isoBytes(r.end));
    bindMoney(s, 8, r.budget);
    bindMoney(s, 9, r.actualSpend);
    bindMoney(s, 10, r.actualRevenue);
    s.bind(11, r.actualLeads ? std::optional<std::int64_t>(*r.actualLeads) : std::nullopt);
    s.bind(12, r.notes);
}

void Rows<Kpi>::bind(Statement &s, const Kpi &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    bindId(s, 3, r.channelId);
    s.bind(4, r.name);
    s.bind(5, r.unit);
    s.bind(6, toKey(r.betterWhen));
    s.bind(7, toKey(r.aggregation));
}

void Rows<FixedCost>::bind(Statement &s, const FixedCost &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    s.bind(3, r.name);
    bindMoney(s, 4, r.monthlyAmount);
    s.bindUtf8(5, isoBytes(r.startMonth));
    if (r.endMonth)
        s.bindUtf8(6, isoBytes(*r.endMonth));
    else
        s.bindNull(6);
    s.bind(7, r.notes);
}

void Rows<Campaign>::bind(Statement &s, const Campaign &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    s.bind(3, r.name);
    s.bind(4, r.goal);
    s.bindUtf8(5, isoBytes(r.start));
    s.bindUtf8(6, isoBytes(r.end));
    s.bind(7, r.colour);
    bindMoney(s, 8, r.budget);
    s.bind(9, r.notes);
}

void Rows<ContentItem>::bind(Statement &s, const ContentItem &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    s.bind(3, r.title);
    s.bind(4, toKey(r.type));
    bindId(s, 5, r.channelId);
    bindId(s, 6, r.campaignId);
    bindId(s, 7, r.ownerId);
    s.bind(8, toKey(r.status));
    s.bindUtf8(9, isoBytes(r.date));
    s.bind(10, r.timeMinutes);
    s.bind(11, r.durationMinutes);
    s.bind(12, r.recurrence);
    s.bind(13, r.notes);
}

void Rows<Comment>::bind(Statement &s, const Comment &r, double position)
{
    bindId(s, 1, r.id);
    s.bind(2, position);
    bindId(s, 3, r.parentId);
    s.bind(4, r.section);
    bindId(s, 5, r.recordId);
    s.bind(6, r.author);
    bindTimestamp(s, 7, r.createdAt);
    s.bind(8, r.text);
    s.bind(9, std::int64_t(r.resolved ? 1 : 0));
}

template<>
bool writeChildren<Kpi>(Database &db, const Kpi &kpi)
{
    if (kpi.monthlyTargets.empty() && kpi.actuals.empty())
        return true;
    Statement &target = db.cached("INSERT INTO kpi_target VALUES (?1, ?2, ?3)");
    Statement &actual = db.cached("INSERT INTO kpi_actual VALUES (?1, ?2, ?3)");
    if (!target.isValid() || !actual.isValid())
        return false;
    const QByteArray id = idBytes(kpi.id);
    for (const auto &[month, value] : kpi.monthlyTargets) {
        target.bindUtf8(1, id);
        target.bindUtf8(2, isoBytes(month));
        target.bind(3, value);
        if (!target.exec())
            return false;
        target.reset();
    }
    for (const KpiActual &a : kpi.actuals) {
        actual.bindUtf8(1, id);
        actual.bindUtf8(2, isoBytes(a.date));
        actual.bind(3, a.value);
        if (!actual.exec())
            return false;
        actual.reset();
    }
    return true;
}

template<>
bool deleteChildren<Kpi>(Database &db, const RecordId &id)
{
    Statement &targets = db.cached("DELETE FROM kpi_target WHERE kpi_id = ?1");
    Statement &actuals = db.cached("DELETE FROM kpi_actual WHERE kpi_id = ?1");
    targets.bindUtf8(1, idBytes(id));
    actuals.bindUtf8(1, idBytes(id));
    return targets.exec() && actuals.exec();
}

template<>
bool writeChildren<ContentItem>(Database &db, const ContentItem &item)
{
    if (item.excludedDates.empty())
        return true;
    Statement &exclusion = db.cached("INSERT INTO content_exclusion VALUES (?1, ?2)");
    if (!exclusion.isValid())
        return false;
    const QByteArray id = idBytes(item.id);
    for (const Date &date : item.excludedDates) {
        exclusion.bindUtf8(1, id);
        exclusion.bindUtf8(2, isoBytes(date));
        if (!exclusion.exec())
            return false;
        exclusion.reset();
    }
    return true;
}

template<>
bool deleteChildren<ContentItem>(Database &db, const RecordId &id)
{
    Statement &exclusions = db.cached("DELETE FROM content_exclusion WHERE item_id = ?1");
    exclusions.bindUtf8(1, idBytes(id));
    return exclusions.exec();
}

bool writeSettingsRow(Database &db, const PlanSettings &s)
{
    Statement st(db, "INSERT OR REPLACE INTO plan_settings VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, s.name);
    st.bind(2, s.author);
    st.bind(3, s.currency);
    st.bindUtf8(4, isoBytes(s.startMonth));
    st.bind(5, s.months);
    st.bind(6, s.grossMargin);
    st.bind(7, s.minimumRoiToScale);
    st.bind(8, s.scenarios.conservative);
    st.bind(9, s.scenarios.base);
    st.bind(10, s.scenarios.optimistic);
    return st.exec();
}

bool writeTextsRow(Database &db, const PlanTexts &t)
{
    Statement st(db, "INSERT OR REPLACE INTO plan_texts VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    const QString *texts[] = {&t.researchNotes, &t.strategy, &t.rationale, &t.messageAudience,
                              &t.messageWhatToSay, &t.messageHowToSay, &t.websiteObjectives,
                              &t.partnerships, &t.priorities, &t.recommendations};
    for (int i = 0; i < 10; ++i)
        st.bind(i + 1, *texts[i]);
    return st.exec();
}

bool writeApprovalRows(Database &db, const Approval &a)
{
    Statement approval(db, "INSERT OR REPLACE INTO approval VALUES (1, ?1, ?2, ?3, ?4)");
    approval.bind(1, toKey(a.status));
    approval.bind(2, a.by);
    bindTimestamp(approval, 3, a.at);
    approval.bind(4, a.note);
    if (!approval.exec() || !db.execute("DELETE FROM approval_event"))
        return false;
    Statement event(db, "INSERT INTO approval_event VALUES (?1, ?2, ?3, ?4, ?5)");
    for (std::size_t i = 0; i < a.history.size(); ++i) {
        const ApprovalEvent &e = a.history[i];
        event.bind(1, std::int64_t(i));
        event.bind(2, toKey(e.status));
        event.bind(3, e.by);
        bindTimestamp(event, 4, e.at);
        event.bind(5, e.note);
        if (!event.exec())
            return false;
        event.reset();
    }
    return true;
}

} // namespace cplan::storage
