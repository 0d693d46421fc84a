#include "planlimits.h"

#include "contentschedule.h"
#include "recurrence.h"
#include "richtext.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanLimits", text);
}

// A record as messages name it: "Channel 'Search…'", or its kind alone when it has no name.
struct Who
{
    explicit Who(const char *kind_, const QString *name_ = nullptr, const RecordId &id_ = {},
                 const char *named_ = QT_TRANSLATE_NOOP("cplan::PlanLimits", "%1 '%2'"))
        : kind(kind_), name(name_), id(id_), named(named_)
    {
    }

    const char *kind;
    const QString *name;
    RecordId id;
    const char *named; // the kind, then the name

    QString describe() const
    {
        if (!name || name->trimmed().isEmpty())
            return tr(kind);
        return tr(named).arg(tr(kind), elidedForMessage(name->left(100)));
    }
};

// Checks fields and counts in the plan's order and keeps the first limit broken: one line is
// what a person can act on, and the rest is not worth reading a hostile file for.
class LimitChecker
{
public:
    bool failed() const { return m_problem.has_value(); }
    std::vector<Problem> take()
    {
        if (!m_problem)
            return {};
        return {std::move(*m_problem)};
    }

    // The record's description ("Channel 'Search'") is made only when a limit is broken.
    void text(const Who &who, const char *field, const char *label, const QString &value,
              qsizetype limit, const char *kindOfText)
    {
        if (failed() || value.size() <= limit)
            return;
        fail(who.id, QString::fromLatin1(field),
             tr("%1: %2 characters in %3; the most %4 can hold is %5")
                 .arg(who.describe(), groupedNumber(value.size()), tr(label), tr(kindOfText), groupedNumber(limit)));
    }
    void name(const Who &who, const char *field, const char *label, const QString &value)
    {
        text(who, field, label, value, planlimits::name, QT_TRANSLATE_NOOP("cplan::PlanLimits", "a name or a one-line field"));
    }
    void notes(const Who &who, const char *field, const char *label, const QString &value)
    {
        text(who, field, label, value, planlimits::notes, QT_TRANSLATE_NOOP("cplan::PlanLimits", "a note"));
    }
    void count(std::size_t found, std::size_t limit, const char *what)
    {
        if (failed() || found <= limit)
            return;
        fail({}, QString(),
             tr("the plan has %1 %2; the most a plan can hold is %3")
                 .arg(groupedNumber(qint64(found)), tr(what), groupedNumber(qint64(limit))));
    }
    void entries(const Who &who, const char *field, std::size_t found, const char *what)
    {
        if (failed() || found <= planlimits::datesPerRecord)
            return;
        fail(who.id, QString::fromLatin1(field),
             tr("%1 has %2 %3; the most one record can hold is %4")
                 .arg(who.describe(), groupedNumber(qint64(found)), tr(what), groupedNumber(qint64(planlimits::datesPerRecord))));
    }
    void fail(const RecordId &id, const QString &field, const QString &message)
    {
        m_problem = Problem{id, field, message};
    }

private:
    std::optional<Problem> m_problem;
};

#define LABEL(text) QT_TRANSLATE_NOOP("cplan::PlanLimits", text)

void checkTexts(LimitChecker &c, const Plan &plan)
{
    const Who settings{LABEL("Plan settings")};
    c.name(settings, "name", LABEL("the plan's name"), plan.settings.name);
    c.name(settings, "author", LABEL("the author"), plan.settings.author);
    c.name(settings, "currency", LABEL("the currency"), plan.settings.currency);
    const std::pair<const char *, const QString *> texts[] = {
        {LABEL("the market research notes"), &plan.texts.researchNotes},
        {LABEL("the strategy"), &plan.texts.strategy},
        {LABEL("the rationale"), &plan.texts.rationale},
        {LABEL("the message's audience"), &plan.texts.messageAudience},
        {LABEL("what the message says"), &plan.texts.messageWhatToSay},
        {LABEL("how the message says it"), &plan.texts.messageHowToSay},
        {LABEL("the website objectives"), &plan.texts.websiteObjectives},
        {LABEL("the partnerships"), &plan.texts.partnerships},
        {LABEL("the priorities"), &plan.texts.priorities},
        {LABEL("the recommendations"), &plan.texts.recommendations},
    };
    const Who businessPlan{LABEL("Business plan")};
    for (const auto &[label, value] : texts) {
        c.text(businessPlan, "texts", label, *value, planlimits::richText, LABEL("a business plan text"));
        if (c.failed())
            return;
        const int depth = htmlNestingDepth(*value, planlimits::richTextDepth);
        if (depth > planlimits::richTextDepth)
            c.fail({}, QStringLiteral("texts"),
                   tr("%1: %2 nests its formatting more than %3 levels deep (tags inside tags); the most a text "
                      "can nest is %3")
                       .arg(businessPlan.describe(), tr(label))
                       .arg(planlimits::richTextDepth));
    }
}

void checkRecords(LimitChecker &c, const Plan &plan)
{
    for (const Segment &s : plan.segments) {
        const Who what{LABEL("Segment"), &s.name, s.id};
        c.name(what, "name", LABEL("the name"), s.name);
        c.notes(what, "needs", LABEL("the needs"), s.needs);
        c.notes(what, "notes", LABEL("the notes"), s.notes);
    }
    for (const Persona &p : plan.personas) {
        const Who what{LABEL("Persona"), &p.name, p.id};
        c.name(what, "name", LABEL("the name"), p.name);
        c.notes(what, "motivations", LABEL("the motivations"), p.motivations);
        c.notes(what, "interests", LABEL("the interests"), p.interests);
        c.notes(what, "needs", LABEL("the needs"), p.needs);
        c.notes(what, "whereToReach", LABEL("where to reach them"), p.whereToReach);
        c.notes(what, "notes", LABEL("the notes"), p.notes);
    }
    for (const Competitor &co : plan.competitors) {
        const Who what{LABEL("Competitor"), &co.name, co.id};
        c.name(what, "name", LABEL("the name"), co.name);
        c.notes(what, "offering", LABEL("the offering"), co.offering);
        c.notes(what, "strengths", LABEL("the strengths"), co.strengths);
        c.notes(what, "weaknesses", LABEL("the weaknesses"), co.weaknesses);
        c.name(what, "pricing", LABEL("the pricing"), co.pricing);
        c.name(what, "website", LABEL("the website"), co.website);
        c.notes(what, "notes", LABEL("the notes"), co.notes);
    }
    for (const TeamMember &m : plan.team) {
        const Who what{LABEL("Team member"), &m.name, m.id};
        c.name(what, "name", LABEL("the name"), m.name);
        c.name(what, "role", LABEL("the role"), m.role);
    }
    for (const Channel &ch : plan.channels) {
        const Who what{LABEL("Channel"), &ch.name, ch.id};
        c.name(what, "name", LABEL("the name"), ch.name);
        c.notes(what, "notes", LABEL("the notes"), ch.notes);
    }
    for (const RolloutPhase &p : plan.phases) {
        const Who what{LABEL("Roll-out phase"), &p.name, p.id};
        c.name(what, "name", LABEL("the name"), p.name);
        c.notes(what, "notes", LABEL("the notes"), p.notes);
    }
    for (const Kpi &k : plan.kpis) {
        const Who what{LABEL("KPI"), &k.name, k.id};
        c.name(what, "name", LABEL("the name"), k.name);
        c.name(what, "unit", LABEL("the unit"), k.unit);
        c.entries(what, "targets", k.monthlyTargets.size(), LABEL("monthly targets"));
        c.entries(what, "actuals", k.actuals.size(), LABEL("actuals"));
    }
    for (const FixedCost &f : plan.fixedCosts) {
        const Who what{LABEL("Fixed cost"), &f.name, f.id};
        c.name(what, "name", LABEL("the name"), f.name);
        c.notes(what, "notes", LABEL("the notes"), f.notes);
    }
    for (const Campaign &ca : plan.campaigns) {
        const Who what{LABEL("Campaign"), &ca.name, ca.id};
        c.name(what, "name", LABEL("the name"), ca.name);
        c.name(what, "goal", LABEL("the goal"), ca.goal);
        c.name(what, "colour", LABEL("the colour"), ca.colour);
        c.notes(what, "notes", LABEL("the notes"), ca.notes);
    }
    for (const ContentItem &item : plan.content) {
        if (c.failed())
            return;
        const Who what{LABEL("Content item"), &item.title, item.id};
        c.name(what, "title", LABEL("the title"), item.title);
        c.name(what, "recurrence", LABEL("the repeat rule"), item.recurrence);
        c.notes(what, "notes", LABEL("the notes"), item.notes);
        c.entries(what, "excludedDates", item.excludedDates.size(), LABEL("excluded dates"));
    }
    for (const Comment &co : plan.comments) {
        const Who what{LABEL("A comment"), &co.author, co.id, LABEL("%1 by %2")};
        c.name(what, "author", LABEL("the author"), co.author);
        c.name(what, "section", LABEL("the section"), co.section);
        c.notes(what, "text", LABEL("the text"), co.text);
    }
    const Who approval{LABEL("The approval")};
    c.name(approval, "approval", LABEL("who approved it"), plan.approval.by);
    c.notes(approval, "approval", LABEL("the note"), plan.approval.note);
    for (const ApprovalEvent &event : plan.approval.history) {
        c.name(approval, "approval", LABEL("who approved it"), event.by);
        c.notes(approval, "approval", LABEL("the note"), event.note);
    }
}

void checkCounts(LimitChecker &c, const Plan &plan)
{
    c.count(plan.segments.size(), planlimits::records, LABEL("segments"));
    c.count(plan.personas.size(), planlimits::records, LABEL("personas"));
    c.count(plan.competitors.size(), planlimits::records, LABEL("competitors"));
    c.count(plan.team.size(), planlimits::records, LABEL("team members"));
    c.count(plan.channels.size(), planlimits::records, LABEL("channels"));
    c.count(plan.phases.size(), planlimits::phases, LABEL("roll-out phases"));
    c.count(plan.kpis.size(), planlimits::records, LABEL("KPIs"));
    c.count(plan.fixedCosts.size(), planlimits::records, LABEL("fixed costs"));
    c.count(plan.campaigns.size(), planlimits::records, LABEL("campaigns"));
    c.count(plan.content.size(), planlimits::contentItems, LABEL("content items"));
    c.count(plan.comments.size(), planlimits::comments, LABEL("comments"));
    c.count(plan.approval.history.size(), planlimits::records, LABEL("approval steps"));
}

// The calendar's dates within the horizon, counted item by item and stopped just past the
// limit, so a plan of 100,000 daily items costs one limit's worth of dates, not 70 million.
void checkCalendar(LimitChecker &c, const Plan &plan)
{
    if (plan.settings.months < 1 || plan.settings.months > 120 || plan.settings.startMonth.year < 1900
        || plan.settings.startMonth.year > 2999)
        return; // validateSettings() says what is wrong
    QHash<QString, std::optional<RecurrenceRule>> rules;
    std::size_t counted = 0; // COUNT=… of all rules: a counted rule is walked from its first date
    for (const ContentItem &item : plan.content) {
        if (item.recurrence.isEmpty())
            continue;
        auto found = rules.constFind(item.recurrence);
        if (found == rules.constEnd())
            found = rules.insert(item.recurrence, parseRecurrenceRule(item.recurrence).rule);
        if (found->has_value() && (*found)->count)
            counted += std::size_t(std::max(0, *(*found)->count));
        if (counted > planlimits::repeatCounts) {
            c.fail(item.id, QStringLiteral("recurrence"),
                   tr("the content items' repeat rules count more than %1 dates together (COUNT=…); the most a "
                      "plan can hold is %1")
                       .arg(groupedNumber(qint64(planlimits::repeatCounts))));
            return;
        }
    }
    const Date from = horizonStart(plan.settings);
    const Date to = horizonEnd(plan.settings);
    std::size_t dates = 0;
    for (const ContentItem &item : plan.content) {
        const std::size_t left = planlimits::calendarDates - dates + 1;
        if (item.recurrence.isEmpty()) {
            dates += (from <= item.date && item.date <= to) ? 1 : 0;
        } else if (!(to < item.date)) {
            if (const auto found = rules.constFind(item.recurrence); found != rules.constEnd() && found->has_value())
                dates += expandOccurrences(**found, item.date, from, to, item.excludedDates, left).size();
        }
        if (dates > planlimits::calendarDates) {
            c.fail(item.id, QStringLiteral("recurrence"),
                   tr("the content calendar has more than %1 dates within the plan's %2 months; the most a plan "
                      "can hold is %1")
                       .arg(groupedNumber(qint64(planlimits::calendarDates)))
                       .arg(plan.settings.months));
            return;
        }
    }
}

#undef LABEL

} // namespace

std::vector<Problem> checkPlanLimits(const Plan &plan)
{
    LimitChecker c;
    // Counts first: they cost nothing and a huge list makes every later check slow.
    checkCounts(c, plan);
    if (!c.failed())
        checkTexts(c, plan);
    if (!c.failed())
        checkRecords(c, plan);
    if (!c.failed())
        checkCalendar(c, plan);
    return c.take();
}

QString elidedForMessage(const QString &text, qsizetype longest)
{
    if (text.size() <= longest)
        return text;
    qsizetype cut = longest - 1;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) // never half a character (an emoji)
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString groupedNumber(qint64 number)
{
    QString digits = QString::number(number < 0 ? -number : number);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char(','));
    return number < 0 ? QLatin1Char('-') + digits : digits;
}

} // namespace cplan
