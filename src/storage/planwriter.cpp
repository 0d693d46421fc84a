#include "planwriter.h"

#include "enumnames.h"

namespace cplan::storage {

namespace {

QString idText(const RecordId &id)
{
    return id.toString(QUuid::WithoutBraces);
}

void bindReference(Statement &s, int index, const RecordId &id)
{
    if (id.isNull())
        s.bindNull(index);
    else
        s.bind(index, idText(id));
}

void bindMoney(Statement &s, int index, const std::optional<Money> &amount)
{
    if (amount)
        s.bind(index, std::int64_t(amount->minorUnits()));
    else
        s.bindNull(index);
}

void bindTimestamp(Statement &s, int index, const QDateTime &time)
{
    if (time.isValid())
        s.bind(index, time.toUTC().toString(Qt::ISODateWithMs));
    else
        s.bindNull(index);
}

// Runs one prepared insert per record; stops at the first failure.
template<typename Record, typename Bind>
bool insertAll(Database &db, const char *sql, const std::vector<Record> &records, Bind bindRow)
{
    Statement statement(db, sql);
    if (!statement.isValid())
        return false;
    for (std::size_t i = 0; i < records.size(); ++i) {
        bindRow(statement, records[i], std::int64_t(i));
        if (!statement.exec())
            return false;
        statement.reset();
    }
    return true;
}

bool writeSettings(Database &db, const Plan &plan)
{
    const PlanSettings &s = plan.settings;
    Statement st(db, "INSERT INTO plan_settings VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st.bind(1, s.name);
    st.bind(2, s.author);
    st.bind(3, s.currency);
    st.bind(4, toIsoString(s.startMonth));
    st.bind(5, s.months);
    st.bind(6, s.grossMargin);
    st.bind(7, s.minimumRoiToScale);
    st.bind(8, s.scenarios.conservative);
    st.bind(9, s.scenarios.base);
    st.bind(10, s.scenarios.optimistic);
    if (!st.exec())
        return false;
    const PlanTexts &t = plan.texts;
    Statement tx(db, "INSERT INTO plan_texts VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    const QString *texts[] = {&t.researchNotes, &t.strategy, &t.rationale, &t.messageAudience,
                              &t.messageWhatToSay, &t.messageHowToSay, &t.websiteObjectives,
                              &t.partnerships, &t.priorities, &t.recommendations};
    for (int i = 0; i < 10; ++i)
        tx.bind(i + 1, *texts[i]);
    return tx.exec();
}

bool writeMarket(Database &db, const Plan &plan)
{
    return insertAll(db, "INSERT INTO segment VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", plan.segments,
                     [](Statement &s, const Segment &r, std::int64_t i) {
                         s.bind(1, idText(r.id));
                         s.bind(2, i);
                         s.bind(3, r.name);
                         s.bind(4, r.needs);
                         s.bind(5, std::int64_t(r.customers));
                         s.bind(6, std::int64_t(r.annualSpendPerCustomer.minorUnits()));
                         s.bind(7, r.serviceableShare);
                         s.bind(8, r.obtainableShare);
                         s.bind(9, r.notes);
                     })
           && insertAll(db, "INSERT INTO persona VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", plan.personas,
                        [](Statement &s, const Persona &r, std::int64_t i) {
                            s.bind(1, idText(r.id));
                            s.bind(2, i);
                            s.bind(3, r.name);
                            bindReference(s, 4, r.segmentId);
                            s.bind(5, r.motivations);
                            s.bind(6, r.interests);
                            s.bind(7, r.needs);
                            s.bind(8, r.whereToReach);
                            s.bind(9, r.notes);
                        })
           && insertAll(db, "INSERT INTO competitor VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        plan.competitors, [](Statement &s, const Competitor &r, std::int64_t i) {
                            s.bind(1, idText(r.id));
                            s.bind(2, i);
                            s.bind(3, r.name);
                            s.bind(4, r.offering);
                            s.bind(5, r.strengths);
                            s.bind(6, r.weaknesses);
                            s.bind(7, r.pricing);
                            s.bind(8, r.website);
                            s.bind(9, r.notes);
                        })
           && insertAll(db, "INSERT INTO team_member VALUES (?1, ?2, ?3, ?4, ?5)", plan.team,
                        [](Statement &s, const TeamMember &r, std::int64_t i) {
                            s.bind(1, idText(r.id));
                            s.bind(2, i);
                            s.bind(3, r.name);
                            s.bind(4, r.role);
                            s.bind(5, r.weeklyCapacityHours);
                        });
}

bool writeChannels(Database &db, const Plan &plan)
{
    return insertAll(db, "INSERT INTO channel VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                         "?13, ?14, ?15, ?16)",
                     plan.channels,
                     [](Statement &s, const Channel &r, std::int64_t i) {
                         s.bind(1, idText(r.id));
                         s.bind(2, i);
                         s.bind(3, r.name);
                         s.bind(4, toKey(r.kind));
                         bindReference(s, 5, r.ownerId);
                         s.bind(6, toKey(r.status));
                         s.bind(7, toKey(r.costModel));
                         s.bind(8, std::int64_t(r.costPerClick.minorUnits()));
                         s.bind(9, std::int64_t(r.costPerMille.minorUnits()));
                         s.bind(10, r.clickThroughRate);
                         s.bind(11, r.visitsPerMonth);
                         s.bind(12, r.leadRate);
                         s.bind(13, r.closeRate);
                         s.bind(14, std::int64_t(r.averageOrderValue.minorUnits()));
                         bindMoney(s, 15, r.targetCostPerLead);
                         s.bind(16, r.notes);
                     })
           && insertAll(db, "INSERT INTO rollout_phase VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                        plan.phases, [](Statement &s, const RolloutPhase &r, std::int64_t i) {
                            s.bind(1, idText(r.id));
                            s.bind(2, i);
                            bindReference(s, 3, r.channelId);
                            s.bind(4, r.name);
                            s.bind(5, toKey(r.kind));
                            s.bind(6, toIsoString(r.start));
                            s.bind(7, toIsoString(r.end));
                            s.bind(8, std::int64_t(r.budget.minorUnits()));
                            bindMoney(s, 9, r.actualSpend);
                            bindMoney(s, 10, r.actualRevenue);
                            s.bind(11, r.actualLeads ? std::optional<std::int64_t>(*r.actualLeads) : std::nullopt);
                            s.bind(12, r.notes);
                        });
}

bool writeKpis(Database &db, const Plan &plan)
{
    if (!insertAll(db, "INSERT INTO kpi VALUES (?1, ?2, ?3, ?4, ?5, ?6)", plan.kpis,
                   [](Statement &s, const Kpi &r, std::int64_t i) {
                       s.bind(1, idText(r.id));
                       s.bind(2, i);
                       bindReference(s, 3, r.channelId);
                       s.bind(4, r.name);
                       s.bind(5, r.unit);
                       s.bind(6, toKey(r.betterWhen));
                   }))
        return false;
    Statement target(db, "INSERT INTO kpi_target VALUES (?1, ?2, ?3)");
    Statement actual(db, "INSERT INTO kpi_actual VALUES (?1, ?2, ?3)");
    if (!target.isValid() || !actual.isValid())
        return false;
    for (const Kpi &kpi : plan.kpis) {
        const QString id = idText(kpi.id);
        for (const auto &[month, value] : kpi.monthlyTargets) {
            target.bind(1, id);
            target.bind(2, toIsoString(month));
            target.bind(3, value);
            if (!target.exec())
                return false;
            target.reset();
        }
        for (const KpiActual &a : kpi.actuals) {
            actual.bind(1, id);
            actual.bind(2, toIsoString(a.date));
            actual.bind(3, a.value);
            if (!actual.exec())
                return false;
            actual.reset();
        }
    }
    return true;
}

bool writeCalendar(Database &db, const Plan &plan)
{
    if (!insertAll(db, "INSERT INTO fixed_cost VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", plan.fixedCosts,
                   [](Statement &s, const FixedCost &r, std::int64_t i) {
                       s.bind(1, idText(r.id));
                       s.bind(2, i);
                       s.bind(3, r.name);
                       s.bind(4, std::int64_t(r.monthlyAmount.minorUnits()));
                       s.bind(5, toIsoString(r.startMonth));
                       s.bind(6, r.endMonth ? std::optional<QString>(toIsoString(*r.endMonth)) : std::nullopt);
                       s.bind(7, r.notes);
                   })
        || !insertAll(db, "INSERT INTO campaign VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", plan.campaigns,
                      [](Statement &s, const Campaign &r, std::int64_t i) {
                          s.bind(1, idText(r.id));
                          s.bind(2, i);
                          s.bind(3, r.name);
                          s.bind(4, r.goal);
                          s.bind(5, toIsoString(r.start));
                          s.bind(6, toIsoString(r.end));
                          s.bind(7, r.colour);
                          s.bind(8, std::int64_t(r.budget.minorUnits()));
                          s.bind(9, r.notes);
                      })
        || !insertAll(db, "INSERT INTO content_item VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                      plan.content, [](Statement &s, const ContentItem &r, std::int64_t i) {
                          s.bind(1, idText(r.id));
                          s.bind(2, i);
                          s.bind(3, r.title);
                          s.bind(4, toKey(r.type));
                          bindReference(s, 5, r.channelId);
                          bindReference(s, 6, r.campaignId);
                          bindReference(s, 7, r.ownerId);
                          s.bind(8, toKey(r.status));
                          s.bind(9, toIsoString(r.date));
                          s.bind(10, r.timeMinutes);
                          s.bind(11, r.durationMinutes);
                          s.bind(12, r.recurrence);
                          s.bind(13, r.notes);
                      }))
        return false;
    Statement exclusion(db, "INSERT INTO content_exclusion VALUES (?1, ?2)");
    if (!exclusion.isValid())
        return false;
    for (const ContentItem &item : plan.content) {
        for (const Date &date : item.excludedDates) {
            exclusion.bind(1, idText(item.id));
            exclusion.bind(2, toIsoString(date));
            if (!exclusion.exec())
                return false;
            exclusion.reset();
        }
    }
    return true;
}

bool writeReview(Database &db, const Plan &plan)
{
    if (!insertAll(db, "INSERT INTO comment VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", plan.comments,
                   [](Statement &s, const Comment &r, std::int64_t i) {
                       s.bind(1, idText(r.id));
                       s.bind(2, i);
                       bindReference(s, 3, r.parentId);
                       s.bind(4, r.section);
                       bindReference(s, 5, r.recordId);
                       s.bind(6, r.author);
                       bindTimestamp(s, 7, r.createdAt);
                       s.bind(8, r.text);
                       s.bind(9, std::int64_t(r.resolved ? 1 : 0));
                   }))
        return false;
    const Approval &a = plan.approval;
    Statement approval(db, "INSERT INTO approval VALUES (1, ?1, ?2, ?3, ?4)");
    approval.bind(1, toKey(a.status));
    approval.bind(2, a.by);
    bindTimestamp(approval, 3, a.at);
    approval.bind(4, a.note);
    if (!approval.exec())
        return false;
    return insertAll(db, "INSERT INTO approval_event VALUES (?1, ?2, ?3, ?4, ?5)", a.history,
                     [](Statement &s, const ApprovalEvent &r, std::int64_t i) {
                         s.bind(1, i);
                         s.bind(2, toKey(r.status));
                         s.bind(3, r.by);
                         bindTimestamp(s, 4, r.at);
                         s.bind(5, r.note);
                     });
}

} // namespace

bool writePlan(Database &db, const Plan &plan)
{
    if (!db.execute("BEGIN"))
        return false;
    const bool written = writeSettings(db, plan) && writeMarket(db, plan) && writeChannels(db, plan)
                         && writeKpis(db, plan) && writeCalendar(db, plan) && writeReview(db, plan);
    // On failure the half-written database is discarded by the caller, so no rollback (which
    // would also replace the error message that says what went wrong).
    if (!written)
        return false;
    return db.execute("COMMIT");
}

} // namespace cplan::storage
