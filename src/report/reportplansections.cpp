// The report's sections on the plan itself: market, business plan, channels, forecast.
#include "reportsections.h"

#include "displayformat.h"
#include "reportchartobject.h"
#include "enumnames.h"
#include "rollout.h"
#include "verdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cplan {

namespace {

using Align = ReportWriter::Align;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cplan::Report", text, disambiguation, n);
}

// Amounts in tables go without the currency code (a note says which); the code in every cell
// would not leave room for nine columns on a portrait page.
QString amount(const Plan &plan, double major)
{
    return formatNumber(major, plan.minorDigits());
}

QString amount(const Plan &plan, const std::optional<Money> &money)
{
    return money ? amount(plan, plan.major(*money)) : QString();
}

QString nameOf(const std::vector<TeamMember> &team, const RecordId &id)
{
    for (const TeamMember &member : team) {
        if (member.id == id)
            return shownName(member.name);
    }
    return {};
}

QString costModelShort(CostModel model)
{
    switch (model) {
    case CostModel::Cpc: return tr("CPC");
    case CostModel::Cpm: return tr("CPM");
    case CostModel::Flat: return tr("flat");
    }
    return {};
}

void amountsNote(ReportWriter &writer, const Plan &plan)
{
    writer.note(tr("Amounts in %1.").arg(plan.settings.currency));
}

// The P&L month rows as printed, and their totals.
std::vector<QStringList> profitAndLossRows(const Plan &plan, const Forecast &forecast)
{
    std::vector<QStringList> rows;
    for (const MonthFigures &m : forecast.months) {
        rows.push_back({formatMonth(m.month), amount(plan, m.spend), formatNumber(m.leads, 0), formatNumber(m.customers, 1),
                        amount(plan, m.revenue), amount(plan, m.grossProfit), amount(plan, m.fixedCosts),
                        amount(plan, m.operatingProfit), amount(plan, m.cumulativeProfit)});
    }
    const ForecastTotals &t = forecast.totals;
    rows.push_back({tr("Total"), amount(plan, t.spend), formatNumber(t.leads, 0), formatNumber(t.customers, 1), amount(plan, t.revenue),
                    amount(plan, t.grossProfit), amount(plan, t.fixedCosts), amount(plan, t.operatingProfit), QString()});
    return rows;
}

} // namespace

void writeMarket(ReportWriter &writer, const ReportContext &context)
{
    const Plan &plan = context.plan;
    writer.sectionHeading(ReportSection::Market, reportSectionTitle(ReportSection::Market));
    writer.subheading(tr("Research notes"));
    writer.richText(plan.texts.researchNotes);

    writer.subheading(tr("Segments and market size"));
    if (plan.segments.empty()) {
        writer.note(tr("No segments yet."));
    } else {
        std::vector<QStringList> rows;
        for (const Segment &segment : plan.segments) {
            const MarketSize size = segmentMarketSize(segment, plan.minorDigits());
            rows.push_back({shownName(segment.name), QLocale().toString(segment.customers), amount(plan, plan.major(segment.annualSpendPerCustomer)),
                            formatPercent(segment.serviceableShare), formatPercent(segment.obtainableShare),
                            formatNumber(size.tam), formatNumber(size.sam), formatNumber(size.som)});
        }
        const MarketSize total = marketSize(plan);
        rows.push_back({tr("Total"), {}, {}, {}, {}, formatNumber(total.tam), formatNumber(total.sam), formatNumber(total.som)});
        writer.table({{tr("Segment"), 19}, {tr("Customers"), 11, Align::Right}, {tr("Yearly spend"), 10, Align::Right},
                      {tr("SAM share"), 8, Align::Right}, {tr("SOM share"), 8, Align::Right},
                      {tr("TAM"), 15, Align::Right}, {tr("SAM"), 15, Align::Right}, {tr("SOM"), 14, Align::Right}},
                     rows, true);
        writer.note(tr("Amounts in %1. Yearly spend is per customer. TAM, the total market = customers × yearly spend; SAM, "
                       "the serviceable market = TAM × SAM share; SOM, the obtainable market = SAM × SOM share.")
                        .arg(plan.settings.currency));
        for (const Segment &segment : plan.segments) {
            if (!segment.needs.isEmpty())
                writer.paragraph(tr("%1 — needs: %2").arg(shownName(segment.name), segment.needs));
        }
    }

    writer.subheading(tr("Personas"));
    if (plan.personas.empty()) {
        writer.note(tr("No personas yet."));
    } else {
        std::vector<QStringList> rows;
        for (const Persona &persona : plan.personas) {
            QString segmentName;
            for (const Segment &segment : plan.segments) {
                if (segment.id == persona.segmentId)
                    segmentName = shownName(segment.name);
            }
            rows.push_back({shownName(persona.name), segmentName, persona.motivations, persona.needs, persona.whereToReach});
        }
        writer.table({{tr("Persona"), 15}, {tr("Segment"), 15}, {tr("Motivations"), 24}, {tr("Needs"), 24}, {tr("Where to reach"), 22}}, rows);
    }

    writer.subheading(tr("Competitors"));
    if (plan.competitors.empty()) {
        writer.note(tr("No competitors yet."));
    } else {
        std::vector<QStringList> rows;
        for (const Competitor &competitor : plan.competitors)
            rows.push_back({shownName(competitor.name), competitor.offering, competitor.strengths, competitor.weaknesses, competitor.pricing});
        writer.table({{tr("Competitor"), 16}, {tr("Offering"), 22}, {tr("Strengths"), 22}, {tr("Weaknesses"), 22}, {tr("Pricing"), 18}}, rows);
    }
}

void writeBusinessPlan(ReportWriter &writer, const ReportContext &context)
{
    const PlanTexts &texts = context.plan.texts;
    writer.sectionHeading(ReportSection::Business, reportSectionTitle(ReportSection::Business));
    const std::pair<QString, const QString *> parts[] = {
        {tr("Strategy"), &texts.strategy},
        {tr("Rationale"), &texts.rationale},
        {tr("Message: the audience"), &texts.messageAudience},
        {tr("Message: what to say"), &texts.messageWhatToSay},
        {tr("Message: how to say it"), &texts.messageHowToSay},
        {tr("Website objectives"), &texts.websiteObjectives},
        {tr("Partnerships"), &texts.partnerships},
    };
    for (const auto &[title, text] : parts) {
        writer.subheading(title);
        writer.richText(*text);
    }
}

void writeChannels(ReportWriter &writer, const ReportContext &context)
{
    const Plan &plan = context.plan;
    const Forecast &forecast = context.forecast;
    writer.sectionHeading(ReportSection::Channels, reportSectionTitle(ReportSection::Channels));
    writer.subheading(tr("Channels"));
    if (plan.channels.empty()) {
        writer.note(tr("No channels yet."));
    } else {
        std::vector<QStringList> rows;
        for (std::size_t c = 0; c < plan.channels.size(); ++c) {
            const Channel &channel = plan.channels[c];
            const ChannelForecast &figures = forecast.channels[c];
            rows.push_back({shownName(channel.name), displayName(channel.kind), displayName(effectiveChannelStatus(plan, channel)), nameOf(plan.team, channel.ownerId),
                            costModelShort(channel.costModel), amount(plan, figures.totalSpend), amount(plan, figures.totalRevenue),
                            figures.roi ? formatPercent(*figures.roi) : tr("none")});
        }
        writer.table({{tr("Channel"), 22}, {tr("Kind"), 13}, {tr("Status"), 11}, {tr("Owner"), 12}, {tr("Cost"), 7},
                      {tr("Spend"), 12, Align::Right}, {tr("Revenue"), 13, Align::Right}, {tr("ROI"), 10, Align::Right}},
                     rows);
        writer.note(tr("Amounts in %1, over the horizon. Cost: CPC paid per click, CPM per thousand impressions, flat for "
                       "organic channels.").arg(plan.settings.currency));
    }

    writer.subheading(tr("Roll-out phases"));
    if (plan.phases.empty()) {
        writer.note(tr("No roll-out phases yet."));
        return;
    }
    std::vector<QStringList> rows;
    for (const RolloutPhase &phase : plan.phases) {
        const Channel *channel = plan.findChannel(phase.channelId);
        const QString verdict = phase.kind == PhaseKind::Test ? displayName(testVerdict(plan, phase).outcome) : QString();
        rows.push_back({channel ? shownName(channel->name) : QString(), shownName(phase.name), displayName(phase.kind), formatDate(phase.start),
                        formatDate(phase.end), amount(plan, plan.major(phase.budget)), amount(plan, phase.actualSpend),
                        amount(plan, phase.actualRevenue), verdict});
    }
    writer.table({{tr("Channel"), 13}, {tr("Phase"), 14}, {tr("Kind"), 8}, {tr("Start"), 12}, {tr("End"), 12},
                  {tr("Budget"), 10, Align::Right}, {tr("Actual spend"), 10, Align::Right},
                  {tr("Actual revenue"), 10, Align::Right}, {tr("Test verdict"), 11}},
                 rows);
    amountsNote(writer, plan);

    const std::vector<RolloutCandidate> candidates = rolloutCandidates(plan);
    writer.subheading(tr("Roll-out candidates"));
    if (candidates.empty()) {
        writer.note(tr("No channel has passed a test yet."));
    } else {
        std::vector<QStringList> candidateRows;
        for (const RolloutCandidate &candidate : candidates) {
            const Channel *channel = plan.findChannel(candidate.channelId);
            candidateRows.push_back({channel ? channel->name : QString(), candidate.verdict.reason,
                                     candidate.rolloutPlanned ? tr("planned") : tr("not planned yet")});
        }
        writer.table({{tr("Channel"), 20}, {tr("Why it qualifies"), 60}, {tr("Roll-out"), 20}}, candidateRows);
    }

    // No subheading: the charts carry their own title, and a heading alone at the foot of a
    // page would be cut off from a chart that needs the next one.
    // A bar needs about a line of height, or the chart shortens every name to "...": twenty
    // phases fill a page.
    const std::size_t inside = phasesInHorizon(plan).size();
    for (std::size_t first = 0; first < inside; first += reportTimelinePhases) {
        const std::size_t shown = std::min(reportTimelinePhases, inside - first);
        writer.chart(ReportChart::RolloutTimeline, int(first), 0.3 + 0.045 * double(shown));
    }
    if (inside < plan.phases.size())
        writer.note(plan.phases.size() - inside == 1
                        ? tr("One phase lies wholly outside the plan's months and is not drawn.")
                        : tr("%1 phases lie wholly outside the plan's months and are not drawn.").arg(plan.phases.size() - inside));
}

void writeForecast(ReportWriter &writer, const ReportContext &context)
{
    const Plan &plan = context.plan;
    const Forecast &forecast = context.forecast;
    writer.sectionHeading(ReportSection::Forecast, reportSectionTitle(ReportSection::Forecast));
    const ScenarioFactors &factors = plan.settings.scenarios;
    writer.keyValueTable({
        {tr("Scenario shown"), displayName(forecast.scenario)},
        {tr("Gross margin"), formatPercent(plan.settings.grossMargin)},
        {tr("Minimum ROI to roll out a tested channel"), formatPercent(plan.settings.minimumRoiToScale)},
        {tr("Scenario factors on customers"), tr("conservative %1, base %2, optimistic %3")
                                                   .arg(formatNumber(factors.conservative, 2), formatNumber(factors.base, 2),
                                                        formatNumber(factors.optimistic, 2))},
    });

    writer.subheading(tr("Profit and loss by month"));
    writer.table({{tr("Month"), 10}, {tr("Marketing spend"), 11, Align::Right}, {tr("Leads"), 8, Align::Right},
                  {tr("Customers"), 11, Align::Right}, {tr("Revenue"), 12, Align::Right}, {tr("Gross profit"), 12, Align::Right},
                  {tr("Fixed costs"), 11, Align::Right}, {tr("Operating profit"), 12, Align::Right},
                  {tr("Cumulative profit"), 13, Align::Right}},
                 profitAndLossRows(plan, forecast), true);
    const std::optional<YearMonth> breakEven = forecast.breakEvenMonth();
    writer.note(tr("Amounts in %1. Gross profit = revenue × gross margin; operating profit = gross profit − marketing spend − fixed costs. %2")
                    .arg(plan.settings.currency, breakEven ? tr("Break-even: %1.").arg(formatMonth(*breakEven))
                                                           : tr("No break-even within the horizon.")));

    writer.subheading(tr("Forecast by channel"));
    if (plan.channels.empty()) {
        writer.note(tr("No channels yet."));
    } else {
        std::vector<QStringList> rows;
        for (std::size_t c = 0; c < plan.channels.size(); ++c) {
            const ChannelForecast &f = forecast.channels[c];
            double clicks = 0.0;
            double leads = 0.0;
            double customers = 0.0;
            for (std::size_t m = 0; m < f.clicks.size(); ++m) {
                clicks += f.clicks[m];
                leads += f.leads[m];
                customers += f.customers[m];
            }
            rows.push_back({shownName(plan.channels[c].name), amount(plan, f.totalSpend), formatNumber(clicks, 0), formatNumber(leads, 0),
                            formatNumber(customers, 1), amount(plan, f.totalRevenue), f.roi ? formatPercent(*f.roi) : tr("none")});
        }
        writer.table({{tr("Channel"), 22}, {tr("Spend"), 13, Align::Right}, {tr("Clicks"), 12, Align::Right},
                      {tr("Leads"), 11, Align::Right}, {tr("Customers"), 11, Align::Right}, {tr("Revenue"), 17, Align::Right},
                      {tr("ROI"), 14, Align::Right}},
                     rows);
    }

    writer.subheading(tr("Fixed costs"));
    if (plan.fixedCosts.empty()) {
        writer.note(tr("No fixed costs."));
    } else {
        std::vector<QStringList> rows;
        for (const FixedCost &cost : plan.fixedCosts) {
            rows.push_back({shownName(cost.name), amount(plan, plan.major(cost.monthlyAmount)), formatMonth(cost.startMonth),
                            cost.endMonth ? formatMonth(*cost.endMonth) : tr("open-ended"), cost.notes});
        }
        writer.table({{tr("Cost"), 25}, {tr("Per month"), 15, Align::Right}, {tr("From"), 15}, {tr("Until"), 15}, {tr("Notes"), 30}}, rows);
    }
}

} // namespace cplan
