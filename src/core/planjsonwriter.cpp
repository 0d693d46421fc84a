#include "enumnames.h"
#include "planjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cplan {

namespace {

QJsonValue idValue(const RecordId &id)
{
    if (id.isNull())
        return QJsonValue(QJsonValue::Null);
    return id.toString(QUuid::WithoutBraces);
}

class Writer
{
public:
    explicit Writer(const Plan &plan) : m_plan(plan) { }

    QJsonValue money(Money amount) const { return m_plan.major(amount); }
    QJsonValue money(const std::optional<Money> &amount) const
    {
        return amount ? money(*amount) : QJsonValue(QJsonValue::Null);
    }

    QJsonObject settings() const
    {
        const PlanSettings &s = m_plan.settings;
        return {
            {QStringLiteral("name"), s.name},
            {QStringLiteral("author"), s.author},
            {QStringLiteral("currency"), s.currency},
            {QStringLiteral("startMonth"), toIsoString(s.startMonth)},
            {QStringLiteral("months"), s.months},
            {QStringLiteral("grossMargin"), s.grossMargin},
            {QStringLiteral("minimumRoiToScale"), s.minimumRoiToScale},
            {QStringLiteral("scenarios"),
             QJsonObject{{QStringLiteral("conservative"), s.scenarios.conservative},
                         {QStringLiteral("base"), s.scenarios.base},
                         {QStringLiteral("optimistic"), s.scenarios.optimistic}}},
        };
    }

    QJsonObject texts() const
    {
        const PlanTexts &t = m_plan.texts;
        return {
            {QStringLiteral("researchNotes"), t.researchNotes},
            {QStringLiteral("strategy"), t.strategy},
            {QStringLiteral("rationale"), t.rationale},
            {QStringLiteral("messageAudience"), t.messageAudience},
            {QStringLiteral("messageWhatToSay"), t.messageWhatToSay},
            {QStringLiteral("messageHowToSay"), t.messageHowToSay},
            {QStringLiteral("websiteObjectives"), t.websiteObjectives},
            {QStringLiteral("partnerships"), t.partnerships},
            {QStringLiteral("priorities"), t.priorities},
            {QStringLiteral("recommendations"), t.recommendations},
        };
    }

    QJsonObject segment(const Segment &s) const
    {
        return {{QStringLiteral("id"), idValue(s.id)},
                {QStringLiteral("name"), s.name},
                {QStringLiteral("needs"), s.needs},
                {QStringLiteral("customers"), s.customers},
                {QStringLiteral("annualSpendPerCustomer"), money(s.annualSpendPerCustomer)},
                {QStringLiteral("serviceableShare"), s.serviceableShare},
                {QStringLiteral("obtainableShare"), s.obtainableShare},
                {QStringLiteral("notes"), s.notes}};
    }

    QJsonObject persona(const Persona &p) const
    {
        return {{QStringLiteral("id"), idValue(p.id)},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("segment"), idValue(p.segmentId)},
                {QStringLiteral("motivations"), p.motivations},
                {QStringLiteral("interests"), p.interests},
                {QStringLiteral("needs"), p.needs},
                {QStringLiteral("whereToReach"), p.whereToReach},
                {QStringLiteral("notes"), p.notes}};
    }

    QJsonObject competitor(const Competitor &c) const
    {
        return {{QStringLiteral("id"), idValue(c.id)},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("offering"), c.offering},
                {QStringLiteral("strengths"), c.strengths},
                {QStringLiteral("weaknesses"), c.weaknesses},
                {QStringLiteral("pricing"), c.pricing},
                {QStringLiteral("website"), c.website},
                {QStringLiteral("notes"), c.notes}};
    }

    QJsonObject teamMember(const TeamMember &m) const
    {
        return {{QStringLiteral("id"), idValue(m.id)},
                {QStringLiteral("name"), m.name},
                {QStringLiteral("role"), m.role},
                {QStringLiteral("weeklyCapacityHours"), m.weeklyCapacityHours}};
    }

    QJsonObject channel(const Channel &c) const
    {
        return {{QStringLiteral("id"), idValue(c.id)},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("kind"), toKey(c.kind)},
                {QStringLiteral("owner"), idValue(c.ownerId)},
                {QStringLiteral("status"), toKey(c.status)},
                {QStringLiteral("costModel"), toKey(c.costModel)},
                {QStringLiteral("costPerClick"), money(c.costPerClick)},
                {QStringLiteral("costPerMille"), money(c.costPerMille)},
                {QStringLiteral("clickThroughRate"), c.clickThroughRate},
                {QStringLiteral("visitsPerMonth"), c.visitsPerMonth},
                {QStringLiteral("leadRate"), c.leadRate},
                {QStringLiteral("closeRate"), c.closeRate},
                {QStringLiteral("averageOrderValue"), money(c.averageOrderValue)},
                {QStringLiteral("targetCostPerLead"), money(c.targetCostPerLead)},
                {QStringLiteral("notes"), c.notes}};
    }

    QJsonObject phase(const RolloutPhase &p) const
    {
        return {{QStringLiteral("id"), idValue(p.id)},
                {QStringLiteral("channel"), idValue(p.channelId)},
                {QStringLiteral("name"), p.name},
                {QStringLiteral("kind"), toKey(p.kind)},
                {QStringLiteral("start"), toIsoString(p.start)},
                {QStringLiteral("end"), toIsoString(p.end)},
                {QStringLiteral("budget"), money(p.budget)},
                {QStringLiteral("actualSpend"), money(p.actualSpend)},
                {QStringLiteral("actualRevenue"), money(p.actualRevenue)},
                {QStringLiteral("actualLeads"),
                 p.actualLeads ? QJsonValue(*p.actualLeads) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("notes"), p.notes}};
    }

    QJsonObject kpi(const Kpi &k) const
    {
        QJsonObject targets;
        for (const auto &[month, value] : k.monthlyTargets)
            targets.insert(toIsoString(month), value);
        QJsonArray actuals;
        for (const KpiActual &a : k.actuals)
            actuals.append(QJsonObject{{QStringLiteral("date"), toIsoString(a.date)},
                                       {QStringLiteral("value"), a.value}});
        return {{QStringLiteral("id"), idValue(k.id)},
                {QStringLiteral("channel"), idValue(k.channelId)},
                {QStringLiteral("name"), k.name},
                {QStringLiteral("unit"), k.unit},
                {QStringLiteral("betterWhen"), toKey(k.betterWhen)},
                {QStringLiteral("aggregation"), toKey(k.aggregation)},
                {QStringLiteral("targets"), targets},
                {QStringLiteral("actuals"), actuals}};
    }

    QJsonObject fixedCost(const FixedCost &f) const
    {
        return {{QStringLiteral("id"), idValue(f.id)},
                {QStringLiteral("name"), f.name},
                {QStringLiteral("monthlyAmount"), money(f.monthlyAmount)},
                {QStringLiteral("startMonth"), toIsoString(f.startMonth)},
                {QStringLiteral("endMonth"),
                 f.endMonth ? QJsonValue(toIsoString(*f.endMonth)) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("notes"), f.notes}};
    }

    QJsonObject campaign(const Campaign &c) const
    {
        return {{QStringLiteral("id"), idValue(c.id)},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("goal"), c.goal},
                {QStringLiteral("start"), toIsoString(c.start)},
                {QStringLiteral("end"), toIsoString(c.end)},
                {QStringLiteral("colour"), c.colour},
                {QStringLiteral("budget"), money(c.budget)},
                {QStringLiteral("notes"), c.notes}};
    }

    QJsonObject contentItem(const ContentItem &c) const
    {
        QJsonArray excluded;
        for (const Date &d : c.excludedDates)
            excluded.append(toIsoString(d));
        return {{QStringLiteral("id"), idValue(c.id)},
                {QStringLiteral("title"), c.title},
                {QStringLiteral("type"), toKey(c.type)},
                {QStringLiteral("channel"), idValue(c.channelId)},
                {QStringLiteral("campaign"), idValue(c.campaignId)},
                {QStringLiteral("owner"), idValue(c.ownerId)},
                {QStringLiteral("status"), toKey(c.status)},
                {QStringLiteral("date"), toIsoString(c.date)},
                {QStringLiteral("time"), c.timeMinutes ? QJsonValue(minutesToTimeString(*c.timeMinutes))
                                                       : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("durationMinutes"),
                 c.durationMinutes ? QJsonValue(*c.durationMinutes) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("recurrence"), c.recurrence},
                {QStringLiteral("excludedDates"), excluded},
                {QStringLiteral("notes"), c.notes}};
    }

    static QJsonValue timestamp(const QDateTime &t)
    {
        if (!t.isValid())
            return QJsonValue(QJsonValue::Null);
        // Milliseconds only when there are some: the plan file keeps them, so must the JSON.
        const QDateTime utc = t.toUTC();
        return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
    }

    QJsonObject comment(const Comment &c) const
    {
        return {{QStringLiteral("id"), idValue(c.id)},
                {QStringLiteral("parent"), idValue(c.parentId)},
                {QStringLiteral("section"), c.section},
                {QStringLiteral("record"), idValue(c.recordId)},
                {QStringLiteral("author"), c.author},
                {QStringLiteral("createdAt"), timestamp(c.createdAt)},
                {QStringLiteral("text"), c.text},
                {QStringLiteral("resolved"), c.resolved}};
    }

    static QJsonObject approvalEvent(ApprovalStatus status, const QString &by, const QDateTime &at,
                                     const QString &note)
    {
        return {{QStringLiteral("status"), toKey(status)},
                {QStringLiteral("by"), by},
                {QStringLiteral("at"), timestamp(at)},
                {QStringLiteral("note"), note}};
    }

    QJsonObject approval() const
    {
        const Approval &a = m_plan.approval;
        QJsonObject object = approvalEvent(a.status, a.by, a.at, a.note);
        QJsonArray history;
        for (const ApprovalEvent &e : a.history)
            history.append(approvalEvent(e.status, e.by, e.at, e.note));
        object.insert(QStringLiteral("history"), history);
        return object;
    }

    template<typename Record, typename Function>
    QJsonArray list(const std::vector<Record> &records, Function toObject) const
    {
        QJsonArray array;
        for (const Record &record : records)
            array.append((this->*toObject)(record));
        return array;
    }

private:
    const Plan &m_plan;
};

} // namespace

QByteArray planToJson(const Plan &plan)
{
    const Writer w(plan);
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("campaign-planner")},
        {QStringLiteral("version"), jsonFormatVersion},
        {QStringLiteral("settings"), w.settings()},
        {QStringLiteral("texts"), w.texts()},
        {QStringLiteral("segments"), w.list(plan.segments, &Writer::segment)},
        {QStringLiteral("personas"), w.list(plan.personas, &Writer::persona)},
        {QStringLiteral("competitors"), w.list(plan.competitors, &Writer::competitor)},
        {QStringLiteral("team"), w.list(plan.team, &Writer::teamMember)},
        {QStringLiteral("channels"), w.list(plan.channels, &Writer::channel)},
        {QStringLiteral("phases"), w.list(plan.phases, &Writer::phase)},
        {QStringLiteral("kpis"), w.list(plan.kpis, &Writer::kpi)},
        {QStringLiteral("fixedCosts"), w.list(plan.fixedCosts, &Writer::fixedCost)},
        {QStringLiteral("campaigns"), w.list(plan.campaigns, &Writer::campaign)},
        {QStringLiteral("content"), w.list(plan.content, &Writer::contentItem)},
        {QStringLiteral("comments"), w.list(plan.comments, &Writer::comment)},
        {QStringLiteral("approval"), w.approval()},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace cplan
