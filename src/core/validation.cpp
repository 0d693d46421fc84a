#include "validation.h"

#include "enumnames.h"
#include "planlimits.h"
#include "recurrence.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>
#include <functional>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Validation", text);
}

// A name as messages quote it: a pasted page of text would make the message unreadable.
QString shortened(const QString &name)
{
    constexpr int longest = 60;
    if (name.size() <= longest)
        return name;
    qsizetype cut = longest - 1;
    if (name.at(cut - 1).isHighSurrogate()) // never half a character (an emoji)
        --cut;
    return name.left(cut) + QChar(0x2026);
}

// Collects the problems of one record, each prefixed with what the record is. The prefix
// ("Segment 'Students'") is made only when there is a problem: most records have none.
class Checker
{
public:
    Checker(const char *kind, const QString &name, const RecordId &id) : m_kind(kind), m_name(&name), m_id(id) { }
    Checker(std::function<QString()> describe, const RecordId &id) : m_describe(std::move(describe)), m_id(id) { }

    QString what() const
    {
        if (m_describe)
            return m_describe();
        // A record whose name was emptied is called by its kind alone ("Channel: the name …").
        return m_name && !m_name->trimmed().isEmpty() ? QStringLiteral("%1 '%2'").arg(tr(m_kind), shortened(*m_name))
                                                      : tr(m_kind);
    }
    void add(const char *field, const QString &message)
    {
        m_problems.push_back({m_id, QString::fromLatin1(field), what() + QStringLiteral(": ") + message});
    }
    void share(const char *field, const char *label, double value)
    {
        if (!std::isfinite(value) || value < 0.0 || value > 1.0)
            add(field, tr("%1 must be between 0 and 100 %").arg(tr(label)));
    }
    void notNegative(const char *field, const char *label, double value)
    {
        if (!std::isfinite(value) || value < 0.0)
            add(field, tr("%1 must not be negative").arg(tr(label)));
    }
    void money(const char *field, const char *label, Money value)
    {
        if (value.isNegative())
            add(field, tr("%1 must not be negative").arg(tr(label)));
        else if (!value.isInRange())
            add(field, tr("%1 must be at most %2").arg(tr(label), largestAmountText(m_minorDigits)));
    }
    void setMinorDigits(int digits) { m_minorDigits = digits; }
    void name(const QString &value, const char *label = QT_TRANSLATE_NOOP("cplan::Validation", "the name"))
    {
        if (value.trimmed().isEmpty())
            add("name", tr("%1 must not be empty").arg(tr(label)));
    }
    // Files hold years 1900 to 2999; anything else is a typing slip that would not read back.
    void year(const char *field, int value, const QString &shown)
    {
        if (value < 1900 || value > 2999)
            add(field, tr("%1 is outside the years 1900 to 2999").arg(shown));
    }
    void date(const char *field, const Date &value) { year(field, int(value.year()), toIsoString(value)); }
    void month(const char *field, const YearMonth &value) { year(field, value.year, toIsoString(value)); }
    void period(const Date &start, const Date &end)
    {
        date("start", start);
        date("end", end);
        if (end < start)
            add("end", tr("it ends (%1) before it starts (%2)").arg(toIsoString(end), toIsoString(start)));
    }
    // Too long to be what the person meant; said with both lengths so they know how much to cut.
    void length(const char *field, const char *label, const QString &value, int limit)
    {
        if (value.size() > limit) {
            add(field, tr("%1 is %2 characters long; at most %3 fit").arg(tr(label)).arg(value.size()).arg(limit));
            m_problems.back().typingRule = true;
        }
    }
    void markTypingRule() { m_problems.back().typingRule = true; }
    void nameLength(const QString &value, const char *label = QT_TRANSLATE_NOOP("cplan::Validation", "the name"))
    {
        length("name", label, value, textlimits::name);
    }
    void shortText(const char *field, const char *label, const QString &value)
    {
        length(field, label, value, textlimits::shortText);
    }
    void notes(const char *field, const char *label, const QString &value)
    {
        length(field, label, value, textlimits::notes);
    }
    std::vector<Problem> take() { return std::move(m_problems); }

private:
    const char *m_kind = nullptr;
    const QString *m_name = nullptr;
    std::function<QString()> m_describe;
    RecordId m_id;
    int m_minorDigits = 2;
    std::vector<Problem> m_problems;
};

QString quoted(const QString &what, const QString &name)
{
    return QStringLiteral("%1 '%2'").arg(what, shortened(name));
}

void append(std::vector<Problem> &to, std::vector<Problem> from)
{
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

} // namespace

QString largestAmountText(int minorDigits)
{
    qint64 unit = 1;
    for (int i = 0; i < minorDigits; ++i)
        unit *= 10;
    const qint64 largest = Money::maximumMinorUnits;
    QString text = groupedNumber(largest / unit);
    if (minorDigits > 0)
        text += QLatin1Char('.') + QString::number(largest % unit).rightJustified(minorDigits, QLatin1Char('0'));
    return text;
}

std::vector<Problem> validateSettings(const PlanSettings &s)
{
    Checker c([] { return tr("Plan settings"); }, {});
    if (s.name.trimmed().isEmpty())
        c.add("name", tr("the plan needs a name"));
    if (!isKnownCurrency(s.currency))
        c.add("currency", tr("'%1' is not an ISO 4217 currency code such as EUR or USD").arg(s.currency));
    if (s.months < 1 || s.months > 120)
        c.add("months", tr("the horizon must be between 1 and 120 months (found %1)").arg(s.months));
    if (s.startMonth.year < 1900 || s.startMonth.year > 2999 || s.startMonth.month < 1
        || s.startMonth.month > 12)
        c.add("startMonth", tr("the start month is not a valid month"));
    c.share("grossMargin", QT_TRANSLATE_NOOP("cplan::Validation", "the gross margin"), s.grossMargin);
    if (!std::isfinite(s.minimumRoiToScale) || s.minimumRoiToScale < -1.0 || s.minimumRoiToScale > 100.0)
        c.add("minimumRoiToScale", tr("the minimum ROI to scale must be between -100 % and 10,000 %"));
    const double factors[] = {s.scenarios.conservative, s.scenarios.base, s.scenarios.optimistic};
    for (double factor : factors) {
        if (!std::isfinite(factor) || factor < 0.0 || factor > 10.0) {
            c.add("scenarios", tr("scenario factors must be between 0 and 10"));
            break;
        }
    }
    return c.take();
}

std::vector<Problem> validateSegment(const Segment &s, int minorDigits)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "Segment"), s.name, s.id);
    c.setMinorDigits(minorDigits);
    c.name(s.name);
    c.nameLength(s.name);
    c.notes("needs", QT_TRANSLATE_NOOP("cplan::Validation", "the needs"), s.needs);
    c.notes("notes", QT_TRANSLATE_NOOP("cplan::Validation", "the notes"), s.notes);
    if (s.customers < 0)
        c.add("customers", tr("the number of customers must not be negative"));
    else if (s.customers > valueranges::customers)
        c.add("customers", tr("the number of customers must be at most %1").arg(groupedNumber(valueranges::customers)));
    c.money("annualSpendPerCustomer", QT_TRANSLATE_NOOP("cplan::Validation", "annual spend per customer"),
            s.annualSpendPerCustomer);
    c.share("serviceableShare", QT_TRANSLATE_NOOP("cplan::Validation", "serviceable share"), s.serviceableShare);
    c.share("obtainableShare", QT_TRANSLATE_NOOP("cplan::Validation", "obtainable share"), s.obtainableShare);
    return c.take();
}

std::vector<Problem> validatePersona(const Persona &p)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "Persona"), p.name, p.id);
    c.name(p.name);
    c.nameLength(p.name);
    c.notes("motivations", QT_TRANSLATE_NOOP("cplan::Validation", "the motivations"), p.motivations);
    c.notes("interests", QT_TRANSLATE_NOOP("cplan::Validation", "the interests"), p.interests);
    c.notes("needs", QT_TRANSLATE_NOOP("cplan::Validation", "the needs"), p.needs);
    c.notes("whereToReach", QT_TRANSLATE_NOOP("cplan::Validation", "where to reach them"), p.whereToReach);
    c.notes("notes", QT_TRANSLATE_NOOP("cplan::Validation", "the notes"), p.notes);
    return c.take();
}

std::vector<Problem> validateCompetitor(const Competitor &co)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "Competitor"), co.name, co.id);
    c.name(co.name);
    c.nameLength(co.name);
    c.notes("offering", QT_TRANSLATE_NOOP("cplan::Validation", "the offering"), co.offering);
    c.notes("strengths", QT_TRANSLATE_NOOP("cplan::Validation", "the strengths"), co.strengths);
    c.notes("weaknesses", QT_TRANSLATE_NOOP("cplan::Validation", "the weaknesses"), co.weaknesses);
    c.shortText("pricing", QT_TRANSLATE_NOOP("cplan::Validation", "the pricing"), co.pricing);
    c.shortText("website", QT_TRANSLATE_NOOP("cplan::Validation", "the website"), co.website);
    if (!isWebsite(co.website)) {
        c.add("website", tr("'%1' is not a web address; type one such as https://example.com or example.com")
                             .arg(shortened(co.website)));
        c.markTypingRule();
    }
    c.notes("notes", QT_TRANSLATE_NOOP("cplan::Validation", "the notes"), co.notes);
    return c.take();
}

std::vector<Problem> validateTeamMember(const TeamMember &m)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "Team member"), m.name, m.id);
    c.name(m.name);
    c.nameLength(m.name);
    c.shortText("role", QT_TRANSLATE_NOOP("cplan::Validation", "the role"), m.role);
    if (!std::isfinite(m.weeklyCapacityHours) || m.weeklyCapacityHours < 0.0 || m.weeklyCapacityHours > 168.0)
        c.add("weeklyCapacityHours", tr("weekly capacity must be between 0 and 168 hours"));
    return c.take();
}

std::vector<Problem> validateChannel(const Channel &ch, int minorDigits)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "Channel"), ch.name, ch.id);
    c.setMinorDigits(minorDigits);
    c.name(ch.name);
    c.nameLength(ch.name);
    c.notes("notes", QT_TRANSLATE_NOOP("cplan::Validation", "the notes"), ch.notes);
    c.money("costPerClick", QT_TRANSLATE_NOOP("cplan::Validation", "cost per click"), ch.costPerClick);
    c.money("costPerMille", QT_TRANSLATE_NOOP("cplan::Validation", "cost per thousand impressions"),
            ch.costPerMille);
    c.share("clickThroughRate", QT_TRANSLATE_NOOP("cplan::Validation", "click-through rate"), ch.clickThroughRate);
    c.notNegative("visitsPerMonth", QT_TRANSLATE_NOOP("cplan::Validation", "visits per month"), ch.visitsPerMonth);
    if (ch.visitsPerMonth > valueranges::visitsPerMonth)
        c.add("visitsPerMonth", tr("visits per month must be at most %1")
                                    .arg(groupedNumber(qint64(valueranges::visitsPerMonth))));
    c.share("leadRate", QT_TRANSLATE_NOOP("cplan::Validation", "lead rate"), ch.leadRate);
    c.share("closeRate", QT_TRANSLATE_NOOP("cplan::Validation", "close rate"), ch.closeRate);
    c.money("averageOrderValue", QT_TRANSLATE_NOOP("cplan::Validation", "average order value"),
            ch.averageOrderValue);
    if (ch.targetCostPerLead)
        c.money("targetCostPerLead", QT_TRANSLATE_NOOP("cplan::Validation", "target cost per lead"),
                *ch.targetCostPerLead);
    if (ch.costModel == CostModel::Cpc && ch.costPerClick.minorUnits() <= 0)
        c.add("costPerClick", tr("a channel paid per click needs a cost per click above zero"));
    if (ch.costModel == CostModel::Cpm && ch.costPerMille.minorUnits() <= 0)
        c.add("costPerMille", tr("a channel paid per thousand impressions needs a cost per thousand above zero"));
    return c.take();
}

std::vector<Problem> validatePhase(const RolloutPhase &p, int minorDigits)
{
    Checker c([&p] { return quoted(tr("Roll-out phase"), p.name.isEmpty() ? displayName(p.kind) : p.name); }, p.id);
    c.setMinorDigits(minorDigits);
    c.nameLength(p.name);
    c.notes("notes", QT_TRANSLATE_NOOP("cplan::Validation", "the notes"), p.notes);
    c.period(p.start, p.end);
    c.money("budget", QT_TRANSLATE_NOOP("cplan::Validation", "the budget"), p.budget);
    if (p.actualSpend)
        c.money("actualSpend", QT_TRANSLATE_NOOP("cplan::Validation", "actual spend"), *p.actualSpend);
    if (p.actualRevenue)
        c.money("actualRevenue", QT_TRANSLATE_NOOP("cplan::Validation", "actual revenue"), *p.actualRevenue);
    if (p.actualLeads && *p.actualLeads < 0)
        c.add("actualLeads", tr("actual leads must not be negative"));
    else if (p.actualLeads && *p.actualLeads > valueranges::leads)
        c.add("actualLeads", tr("actual leads must be at most %1").arg(groupedNumber(valueranges::leads)));
    if (p.channelId.isNull())
        c.add("channel", tr("the phase must belong to a channel"));
    return c.take();
}

std::vector<Problem> validateKpi(const Kpi &k)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "KPI"), k.name, k.id);
    c.name(k.name);
    c.nameLength(k.name);
    c.shortText("unit", QT_TRANSLATE_NOOP("cplan::Validation", "the unit"), k.unit);
    for (const auto &[month, value] : k.monthlyTargets) {
        c.month("targets", month);
        if (!std::isfinite(value))
            c.add("targets", tr("the target for %1 is not a number").arg(toIsoString(month)));
        else if (std::fabs(value) > valueranges::kpiFigure)
            c.add("targets", tr("the target for %1 must be between -%2 and %2")
                                 .arg(toIsoString(month), groupedNumber(qint64(valueranges::kpiFigure))));
    }
    for (std::size_t i = 0; i < k.actuals.size(); ++i) {
        c.date("actuals", k.actuals[i].date);
        if (!std::isfinite(k.actuals[i].value))
            c.add("actuals", tr("the actual for %1 is not a number").arg(toIsoString(k.actuals[i].date)));
        else if (std::fabs(k.actuals[i].value) > valueranges::kpiFigure)
            c.add("actuals", tr("the actual for %1 must be between -%2 and %2")
                                 .arg(toIsoString(k.actuals[i].date), groupedNumber(qint64(valueranges::kpiFigure))));
        if (i > 0 && !(k.actuals[i - 1].date < k.actuals[i].date))
            c.add("actuals", tr("actuals must be in date order, one per date (%1)").arg(toIsoString(k.actuals[i].date)));
    }
    return c.take();
}

std::vector<Problem> validateFixedCost(const FixedCost &f, int minorDigits)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "Fixed cost"), f.name, f.id);
    c.setMinorDigits(minorDigits);
    c.name(f.name);
    c.nameLength(f.name);
    c.notes("notes", QT_TRANSLATE_NOOP("cplan::Validation", "the notes"), f.notes);
    c.money("monthlyAmount", QT_TRANSLATE_NOOP("cplan::Validation", "the monthly amount"), f.monthlyAmount);
    c.month("startMonth", f.startMonth);
    if (f.endMonth)
        c.month("endMonth", *f.endMonth);
    if (f.endMonth && *f.endMonth < f.startMonth)
        c.add("endMonth", tr("it ends (%1) before it starts (%2)").arg(toIsoString(*f.endMonth), toIsoString(f.startMonth)));
    return c.take();
}

std::vector<Problem> validateCampaign(const Campaign &ca, int minorDigits)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "Campaign"), ca.name, ca.id);
    c.setMinorDigits(minorDigits);
    c.name(ca.name);
    c.nameLength(ca.name);
    c.shortText("goal", QT_TRANSLATE_NOOP("cplan::Validation", "the goal"), ca.goal);
    c.notes("notes", QT_TRANSLATE_NOOP("cplan::Validation", "the notes"), ca.notes);
    c.period(ca.start, ca.end);
    c.money("budget", QT_TRANSLATE_NOOP("cplan::Validation", "the budget"), ca.budget);
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colour.match(ca.colour).hasMatch())
        c.add("colour", tr("the colour must look like #3b82f6"));
    return c.take();
}

std::vector<Problem> validateContentItem(const ContentItem &item)
{
    Checker c(QT_TRANSLATE_NOOP("cplan::Validation", "Content item"), item.title, item.id);
    if (item.title.trimmed().isEmpty())
        c.add("title", tr("the title must not be empty"));
    c.length("title", QT_TRANSLATE_NOOP("cplan::Validation", "the title"), item.title, textlimits::name);
    c.notes("notes", QT_TRANSLATE_NOOP("cplan::Validation", "the notes"), item.notes);
    c.date("date", item.date);
    for (const Date &excluded : item.excludedDates)
        c.date("excludedDates", excluded);
    if (item.timeMinutes && (*item.timeMinutes < 0 || *item.timeMinutes >= 24 * 60))
        c.add("time", tr("the time must be between 00:00 and 23:59"));
    if (item.durationMinutes && (*item.durationMinutes <= 0 || *item.durationMinutes > 7 * 24 * 60))
        c.add("durationMinutes", tr("the duration must be between 1 minute and 7 days"));
    if (!item.recurrence.isEmpty()) {
        const RecurrenceParseResult rule = parseRecurrenceRule(item.recurrence);
        if (!rule.rule)
            c.add("recurrence", tr("the repeat rule is not valid: %1").arg(rule.error));
    }
    for (std::size_t i = 1; i < item.excludedDates.size(); ++i) {
        if (!(item.excludedDates[i - 1] < item.excludedDates[i])) {
            c.add("excludedDates", tr("excluded dates must be in order, each once"));
            break;
        }
    }
    return c.take();
}

std::vector<Problem> validateComment(const Comment &co)
{
    Checker c([&co] { return tr("Comment by %1").arg(co.author.isEmpty() ? tr("someone") : co.author); }, co.id);
    if (co.text.trimmed().isEmpty())
        c.add("text", tr("the comment is empty"));
    c.notes("text", QT_TRANSLATE_NOOP("cplan::Validation", "the comment"), co.text);
    return c.take();
}

QString normalisedWebsite(const QString &typed)
{
    const QString text = typed.trimmed();
    // A bare domain ("example.com", "www.example.com/pricing"): a letter or digit first, a dot
    // in the host and no scheme; people type them so and mean the https site.
    static const QRegularExpression bareDomain(QStringLiteral("^[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(\\.[\\p{L}\\p{N}-]+)+(:[0-9]+)?([/?#]\\S*)?$"));
    if (!text.contains(QLatin1String("://")) && bareDomain.match(text).hasMatch())
        return QStringLiteral("https://") + text;
    return text;
}

bool isWebsite(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    const QString host = url.host();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || host.isEmpty())
        return false;
    // A host with a dot (example.com) or the machine itself; "http://intranet" is kept out as a
    // typing slip more often than a real address.
    return host.contains(QLatin1Char('.')) || host == QLatin1String("localhost");
}

std::vector<Problem> validatePlan(const Plan &plan)
{
    // Limits first: a plan beyond them is refused before anything slow reads its texts.
    if (std::vector<Problem> tooLarge = checkPlanLimits(plan); !tooLarge.empty())
        return tooLarge;
    std::vector<Problem> problems = validateSettings(plan.settings);
    QSet<RecordId> ids;
    QSet<RecordId> segments, team, channels, campaigns, comments;
    // `what` makes the description only when a problem is found.
    auto checkId = [&](const RecordId &id, const auto &what) {
        if (id.isNull())
            problems.push_back({id, QStringLiteral("id"), tr("%1 has no id").arg(what())});
        else if (ids.contains(id))
            problems.push_back({id, QStringLiteral("id"), tr("%1 has the same id as another record").arg(what())});
        ids.insert(id);
    };
    auto checkRef = [&](const RecordId &ref, const QSet<RecordId> &in, const RecordId &owner, const char *field,
                        const auto &what, const char *target) {
        if (!ref.isNull() && !in.contains(ref))
            problems.push_back({owner, QString::fromLatin1(field),
                                tr("%1 refers to a %2 that is not in the plan").arg(what(), tr(target))});
    };
    const int digits = plan.minorDigits();
    for (const Segment &s : plan.segments) {
        checkId(s.id, [&] { return quoted(tr("Segment"), s.name); });
        segments.insert(s.id);
        append(problems, validateSegment(s, digits));
    }
    for (const TeamMember &m : plan.team) {
        checkId(m.id, [&] { return quoted(tr("Team member"), m.name); });
        team.insert(m.id);
        append(problems, validateTeamMember(m));
    }
    for (const Persona &p : plan.personas) {
        checkId(p.id, [&] { return quoted(tr("Persona"), p.name); });
        checkRef(p.segmentId, segments, p.id, "segment", [&] { return quoted(tr("Persona"), p.name); }, QT_TRANSLATE_NOOP("cplan::Validation", "segment"));
        append(problems, validatePersona(p));
    }
    for (const Competitor &co : plan.competitors) {
        checkId(co.id, [&] { return quoted(tr("Competitor"), co.name); });
        append(problems, validateCompetitor(co));
    }
    for (const Channel &ch : plan.channels) {
        checkId(ch.id, [&] { return quoted(tr("Channel"), ch.name); });
        channels.insert(ch.id);
        checkRef(ch.ownerId, team, ch.id, "owner", [&] { return quoted(tr("Channel"), ch.name); }, QT_TRANSLATE_NOOP("cplan::Validation", "team member"));
        append(problems, validateChannel(ch, digits));
    }
    for (const RolloutPhase &p : plan.phases) {
        const auto what = [&p] { return quoted(tr("Roll-out phase"), p.name); };
        checkId(p.id, what);
        checkRef(p.channelId, channels, p.id, "channel", what, QT_TRANSLATE_NOOP("cplan::Validation", "channel"));
        append(problems, validatePhase(p, digits));
    }
    for (const Kpi &k : plan.kpis) {
        checkId(k.id, [&] { return quoted(tr("KPI"), k.name); });
        checkRef(k.channelId, channels, k.id, "channel", [&] { return quoted(tr("KPI"), k.name); }, QT_TRANSLATE_NOOP("cplan::Validation", "channel"));
        append(problems, validateKpi(k));
    }
    for (const FixedCost &f : plan.fixedCosts) {
        checkId(f.id, [&] { return quoted(tr("Fixed cost"), f.name); });
        append(problems, validateFixedCost(f, digits));
    }
    for (const Campaign &ca : plan.campaigns) {
        checkId(ca.id, [&] { return quoted(tr("Campaign"), ca.name); });
        campaigns.insert(ca.id);
        append(problems, validateCampaign(ca, digits));
    }
    for (const ContentItem &item : plan.content) {
        const auto what = [&item] { return quoted(tr("Content item"), item.title); };
        checkId(item.id, what);
        checkRef(item.channelId, channels, item.id, "channel", what, QT_TRANSLATE_NOOP("cplan::Validation", "channel"));
        checkRef(item.campaignId, campaigns, item.id, "campaign", what, QT_TRANSLATE_NOOP("cplan::Validation", "campaign"));
        checkRef(item.ownerId, team, item.id, "owner", what, QT_TRANSLATE_NOOP("cplan::Validation", "team member"));
        append(problems, validateContentItem(item));
    }
    for (const Comment &co : plan.comments) {
        const auto aComment = [] { return tr("A comment"); };
        checkId(co.id, aComment);
        comments.insert(co.id);
        append(problems, validateComment(co));
    }
    for (const Comment &co : plan.comments) {
        const auto aComment = [] { return tr("A comment"); };
        checkRef(co.parentId, comments, co.id, "parent", aComment, QT_TRANSLATE_NOOP("cplan::Validation", "comment"));
        if (!co.parentId.isNull() && co.parentId == co.id)
            problems.push_back({co.id, QStringLiteral("parent"), tr("A comment cannot reply to itself")});
        // A comment on a record: any record of the plan (a channel, a phase, a segment ...).
        checkRef(co.recordId, ids, co.id, "record", aComment, QT_TRANSLATE_NOOP("cplan::Validation", "record"));
    }
    // Rules for typing (lengths, web addresses) are not applied to what a file already holds.
    std::erase_if(problems, [](const Problem &p) { return p.typingRule; });
    return problems;
}

} // namespace cplan
