#include "jsonvaluereader.h"
#include "planjson.h"
#include "validation.h"

#include <QJsonDocument>

#include <limits>

namespace cplan {

namespace {

using Reader = JsonValueReader;

void readSettings(Reader &r, const QJsonObject &o, PlanSettings &s)
{
    const auto scope = r.field(QStringLiteral("settings"));
    r.checkKeys(o, {"name", "author", "currency", "startMonth", "months", "grossMargin",
                    "minimumRoiToScale", "scenarios"});
    s.name = r.text(o, "name");
    s.author = r.text(o, "author");
    s.currency = r.text(o, "currency", s.currency);
    s.startMonth = r.month(o, "startMonth");
    // Beyond an int the number cannot be the horizon; validation says what the range is.
    s.months = int(qBound(qint64(std::numeric_limits<int>::min()), r.wholeNumber(o, "months", 12),
                          qint64(std::numeric_limits<int>::max())));
    s.grossMargin = r.number(o, "grossMargin", s.grossMargin);
    s.minimumRoiToScale = r.number(o, "minimumRoiToScale", 0.0);
    const QJsonObject scenarios = r.objectAt(o, "scenarios");
    const auto inner = r.field(QStringLiteral("scenarios"));
    r.checkKeys(scenarios, {"conservative", "base", "optimistic"});
    s.scenarios.conservative = r.number(scenarios, "conservative", s.scenarios.conservative);
    s.scenarios.base = r.number(scenarios, "base", s.scenarios.base);
    s.scenarios.optimistic = r.number(scenarios, "optimistic", s.scenarios.optimistic);
}

void readTexts(Reader &r, const QJsonObject &o, PlanTexts &t)
{
    const auto scope = r.field(QStringLiteral("texts"));
    r.checkKeys(o, {"researchNotes", "strategy", "rationale", "messageAudience", "messageWhatToSay",
                    "messageHowToSay", "websiteObjectives", "partnerships", "priorities",
                    "recommendations"});
    t.researchNotes = r.text(o, "researchNotes");
    t.strategy = r.text(o, "strategy");
    t.rationale = r.text(o, "rationale");
    t.messageAudience = r.text(o, "messageAudience");
    t.messageWhatToSay = r.text(o, "messageWhatToSay");
    t.messageHowToSay = r.text(o, "messageHowToSay");
    t.websiteObjectives = r.text(o, "websiteObjectives");
    t.partnerships = r.text(o, "partnerships");
    t.priorities = r.text(o, "priorities");
    t.recommendations = r.text(o, "recommendations");
}

Approval readApproval(Reader &r, const QJsonObject &o)
{
    const auto scope = r.field(QStringLiteral("approval"));
    r.checkKeys(o, {"status", "by", "at", "note", "history"});
    Approval a;
    a.status = r.enumValue(o, "status", ApprovalStatus::Draft);
    a.by = r.text(o, "by");
    a.at = r.timestamp(o, "at").value_or(QDateTime());
    a.note = r.text(o, "note");
    a.history = r.list<ApprovalEvent>(o, "history", [&r](const QJsonObject &e) {
        r.checkKeys(e, {"status", "by", "at", "note"});
        return ApprovalEvent{r.enumValue(e, "status", ApprovalStatus::Draft), r.text(e, "by"),
                             r.timestamp(e, "at").value_or(QDateTime()), r.text(e, "note")};
    });
    return a;
}

void readRecords(Reader &r, const QJsonObject &root, Plan &plan)
{
    plan.segments = r.list<Segment>(root, "segments", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "name", "needs", "customers", "annualSpendPerCustomer",
                        "serviceableShare", "obtainableShare", "notes"});
        return Segment{r.id(o), r.text(o, "name"), r.text(o, "needs"), r.wholeNumber(o, "customers"),
                       r.money(o, "annualSpendPerCustomer"), r.number(o, "serviceableShare"),
                       r.number(o, "obtainableShare"), r.text(o, "notes")};
    });
    plan.personas = r.list<Persona>(root, "personas", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "name", "segment", "motivations", "interests", "needs",
                        "whereToReach", "notes"});
        return Persona{r.id(o), r.text(o, "name"), r.reference(o, "segment"),
                       r.text(o, "motivations"), r.text(o, "interests"), r.text(o, "needs"),
                       r.text(o, "whereToReach"), r.text(o, "notes")};
    });
    plan.competitors = r.list<Competitor>(root, "competitors", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "name", "offering", "strengths", "weaknesses", "pricing", "website",
                        "notes"});
        return Competitor{r.id(o), r.text(o, "name"), r.text(o, "offering"),
                          r.text(o, "strengths"), r.text(o, "weaknesses"), r.text(o, "pricing"),
                          r.text(o, "website"), r.text(o, "notes")};
    });
    plan.team = r.list<TeamMember>(root, "team", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "name", "role", "weeklyCapacityHours"});
        return TeamMember{r.id(o), r.text(o, "name"), r.text(o, "role"),
                          r.number(o, "weeklyCapacityHours", 40.0)};
    });
    plan.channels = r.list<Channel>(root, "channels", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "name", "kind", "owner", "status", "costModel", "costPerClick",
                        "costPerMille", "clickThroughRate", "visitsPerMonth", "leadRate",
                        "closeRate", "averageOrderValue", "targetCostPerLead", "notes"});
        Channel c;
        c.id = r.id(o);
        c.name = r.text(o, "name");
        c.kind = r.enumValue(o, "kind", ChannelKind::Other);
        c.ownerId = r.reference(o, "owner");
        c.status = r.enumValue(o, "status", ChannelStatus::Planned);
        c.costModel = r.enumValue(o, "costModel", CostModel::Cpc);
        c.costPerClick = r.money(o, "costPerClick");
        c.costPerMille = r.money(o, "costPerMille");
        c.clickThroughRate = r.number(o, "clickThroughRate");
        c.visitsPerMonth = r.number(o, "visitsPerMonth");
        c.leadRate = r.number(o, "leadRate");
        c.closeRate = r.number(o, "closeRate");
        c.averageOrderValue = r.money(o, "averageOrderValue");
        c.targetCostPerLead = r.optionalMoney(o, "targetCostPerLead");
        c.notes = r.text(o, "notes");
        return c;
    });
    plan.phases = r.list<RolloutPhase>(root, "phases", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "channel", "name", "kind", "start", "end", "budget", "actualSpend",
                        "actualRevenue", "actualLeads", "notes"});
        RolloutPhase p;
        p.id = r.id(o);
        p.channelId = r.reference(o, "channel");
        p.name = r.text(o, "name");
        p.kind = r.enumValue(o, "kind", PhaseKind::Test);
        p.start = r.date(o, "start");
        p.end = r.date(o, "end");
        p.budget = r.money(o, "budget");
        p.actualSpend = r.optionalMoney(o, "actualSpend");
        p.actualRevenue = r.optionalMoney(o, "actualRevenue");
        p.actualLeads = r.optionalWholeNumber(o, "actualLeads");
        p.notes = r.text(o, "notes");
        return p;
    });
    plan.kpis = r.list<Kpi>(root, "kpis", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "channel", "name", "unit", "betterWhen", "aggregation", "targets", "actuals"});
        Kpi k;
        k.id = r.id(o);
        k.channelId = r.reference(o, "channel");
        k.name = r.text(o, "name");
        k.unit = r.text(o, "unit");
        k.betterWhen = r.enumValue(o, "betterWhen", BetterWhen::Higher);
        // Files written before KPIs had an aggregation get the one their unit suggests.
        k.aggregation = r.enumValue(o, "aggregation", defaultAggregation(k.name, k.unit));
        const QJsonObject targets = r.objectAt(o, "targets");
        for (auto it = targets.begin(); it != targets.end() && !r.failed(); ++it) {
            const auto scope = r.field(QStringLiteral("targets.") + it.key());
            const std::optional<YearMonth> month = parseIsoMonth(it.key());
            if (!month)
                r.fail(trJson("'%1' is not a month like 2026-03").arg(it.key()));
            else if (!it.value().isDouble())
                r.fail(trJson("expected a number, %1").arg(Reader::found(it.value())));
            else
                k.monthlyTargets[*month] = it.value().toDouble();
        }
        k.actuals = r.list<KpiActual>(o, "actuals", [&r](const QJsonObject &a) {
            r.checkKeys(a, {"date", "value"});
            return KpiActual{r.date(a, "date"), r.number(a, "value")};
        });
        return k;
    });
    plan.fixedCosts = r.list<FixedCost>(root, "fixedCosts", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "name", "monthlyAmount", "startMonth", "endMonth", "notes"});
        return FixedCost{r.id(o), r.text(o, "name"), r.money(o, "monthlyAmount"),
                         r.month(o, "startMonth"), r.optionalMonth(o, "endMonth"), r.text(o, "notes")};
    });
    plan.campaigns = r.list<Campaign>(root, "campaigns", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "name", "goal", "start", "end", "colour", "budget", "notes"});
        Campaign c;
        c.id = r.id(o);
        c.name = r.text(o, "name");
        c.goal = r.text(o, "goal");
        c.start = r.date(o, "start");
        c.end = r.date(o, "end");
        c.colour = r.text(o, "colour", c.colour);
        c.budget = r.money(o, "budget");
        c.notes = r.text(o, "notes");
        return c;
    });
    plan.content = r.list<ContentItem>(root, "content", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "title", "type", "channel", "campaign", "owner", "status", "date",
                        "time", "durationMinutes", "recurrence", "excludedDates", "notes"});
        ContentItem c;
        c.id = r.id(o);
        c.title = r.text(o, "title");
        c.type = r.enumValue(o, "type", ContentType::BlogPost);
        c.channelId = r.reference(o, "channel");
        c.campaignId = r.reference(o, "campaign");
        c.ownerId = r.reference(o, "owner");
        c.status = r.enumValue(o, "status", ContentStatus::Idea);
        c.date = r.date(o, "date");
        const QString time = r.optionalText(o, "time").value_or(QString());
        if (!time.isEmpty()) {
            c.timeMinutes = parseTimeString(time);
            if (!c.timeMinutes) {
                const auto scope = r.field(QStringLiteral("time"));
                r.fail(trJson("'%1' is not a time like 09:30").arg(time));
            }
        }
        const std::optional<qint64> duration = r.optionalWholeNumber(o, "durationMinutes");
        if (duration)
            c.durationMinutes = int(qBound(qint64(-1), *duration, qint64(1000000)));
        c.recurrence = r.text(o, "recurrence");
        const QJsonArray excluded = r.arrayAt(o, "excludedDates");
        const auto scope = r.field(QStringLiteral("excludedDates"));
        for (qsizetype i = 0; i < excluded.size() && !r.failed(); ++i) {
            const auto at = r.element(i);
            const std::optional<Date> date = parseIsoDate(excluded.at(i).toString());
            if (!date)
                r.fail(trJson("expected a date like 2026-03-01, %1").arg(Reader::found(excluded.at(i))));
            else
                c.excludedDates.push_back(*date);
        }
        c.notes = r.text(o, "notes");
        return c;
    });
    plan.comments = r.list<Comment>(root, "comments", [&r](const QJsonObject &o) {
        r.checkKeys(o, {"id", "parent", "section", "record", "author", "createdAt", "text", "resolved"});
        return Comment{r.id(o), r.reference(o, "parent"), r.text(o, "section"),
                       r.reference(o, "record"), r.text(o, "author"),
                       r.timestamp(o, "createdAt").value_or(QDateTime()), r.text(o, "text"),
                       r.boolean(o, "resolved")};
    });
}

// Line and column of a byte offset, for syntax errors people can find in an editor.
QString position(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else if ((json[i] & 0xC0) != 0x80) {
            ++column;
        }
    }
    return trJson("line %1, column %2").arg(line).arg(column);
}

} // namespace

JsonImportResult planFromJson(QByteArray json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, position(json, parseError.offset) + QStringLiteral(": ")
                                  + trJson("the JSON is not well formed (%1)").arg(parseError.errorString())};
    json = QByteArray(); // parsed: a large plan's text need not stay while it is read
    if (!document.isObject())
        return {std::nullopt, trJson("the file is JSON but not a plan: expected an object at the top")};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("campaign-planner"))
        return {std::nullopt, trJson("the file is JSON but not a Campaign Planner plan "
                                     "(\"format\": \"campaign-planner\" is missing)")};
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != std::trunc(version.toDouble()) || version.toDouble() < 1)
        return {std::nullopt, trJson("version: expected a whole number such as 1")};
    if (version.toDouble() > jsonFormatVersion)
        return {std::nullopt, trJson("the plan was written by a newer version of Campaign Planner "
                                     "(JSON format %1; this version reads up to %2). "
                                     "Update Campaign Planner to open it.")
                                  .arg(version.toInt()).arg(jsonFormatVersion)};

    Plan plan;
    Reader reader(2);
    reader.checkKeys(root, {"format", "version", "settings", "texts", "segments", "personas",
                            "competitors", "team", "channels", "phases", "kpis", "fixedCosts",
                            "campaigns", "content", "comments", "approval"});
    readSettings(reader, reader.objectAt(root, "settings"), plan.settings);
    // Money is read in the plan's currency, so settings come first.
    reader.setMinorDigits(plan.minorDigits());
    readTexts(reader, reader.objectAt(root, "texts"), plan.texts);
    readRecords(reader, root, plan);
    plan.approval = readApproval(reader, reader.objectAt(root, "approval"));
    if (reader.failed())
        return {std::nullopt, reader.error()};

    const std::vector<Problem> problems = validatePlan(plan);
    if (!problems.empty())
        return {std::nullopt, problems.front().message};
    return {std::move(plan), {}};
}

} // namespace cplan
