#include "recordfields.h"

#include "enumnames.h"
#include "recordkind.h"
#include "richtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::RecordFields", text);
}

// A decimal number with at most `decimals` digits after the point, trailing zeros dropped.
QString decimalText(double value, int decimals)
{
    const QLocale locale;
    QString text = locale.toString(value, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString exact(double value)
{
    return QString::number(value, 'g', 17);
}

QString timestampText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : QString();
}

template<typename Record>
QString nameOf(const Plan &plan, const RecordId &id)
{
    for (const Record &record : RecordTraits<Record>::list(plan)) {
        if (record.id == id)
            return recordName(record);
    }
    return {};
}

// The name of whatever record a comment is attached to.
QString anyRecordName(const Plan &plan, const RecordId &id)
{
    QString name;
    auto look = [&](auto tag) {
        using Record = decltype(tag);
        if (name.isEmpty())
            name = nameOf<Record>(plan, id);
    };
    look(Segment{});
    look(Persona{});
    look(Competitor{});
    look(TeamMember{});
    look(Channel{});
    look(RolloutPhase{});
    look(Kpi{});
    look(FixedCost{});
    look(Campaign{});
    look(ContentItem{});
    look(Comment{});
    return name;
}

// Collects the fields of one record with the formatting rules of the comparison.
class Fields
{
public:
    explicit Fields(const Plan &plan) : m_plan(plan) { }

    void add(const QString &key, const QString &label, const QString &text, const QJsonValue &value,
             const QString &identity)
    {
        m_fields.push_back({key, label, text, value, identity});
    }
    void text(const char *key, const char *label, const QString &value)
    {
        add(QLatin1String(key), tr(label), value, value, value);
    }
    void richText(const char *key, const char *label, const QString &value)
    {
        const QString plain = plainTextOf(value);
        add(QLatin1String(key), tr(label), plain, plain, value);
    }
    void money(const char *key, const char *label, Money amount)
    {
        const double major = m_plan.major(amount);
        add(QLatin1String(key), tr(label), moneyText(major, m_plan.settings.currency), major,
            QString::number(amount.minorUnits()));
    }
    void money(const char *key, const char *label, const std::optional<Money> &amount)
    {
        if (amount)
            money(key, label, *amount);
        else
            add(QLatin1String(key), tr(label), tr("none"), QJsonValue::Null, QString());
    }
    void number(const char *key, const char *label, double value, int decimals = 2)
    {
        add(QLatin1String(key), tr(label), decimalText(value, decimals), value, exact(value));
    }
    void count(const char *key, const char *label, const std::optional<qint64> &value)
    {
        if (value)
            add(QLatin1String(key), tr(label), QLocale().toString(*value), double(*value), QString::number(*value));
        else
            add(QLatin1String(key), tr(label), tr("none"), QJsonValue::Null, QString());
    }
    void percent(const char *key, const char *label, double fraction)
    {
        add(QLatin1String(key), tr(label), decimalText(fraction * 100.0, 2) + QStringLiteral(" %"), fraction,
            exact(fraction));
    }
    void date(const char *key, const char *label, const Date &value)
    {
        const QString iso = toIsoString(value);
        add(QLatin1String(key), tr(label), iso, iso, iso);
    }
    void month(const char *key, const char *label, const std::optional<YearMonth> &value, const char *whenNone)
    {
        const QString iso = value ? toIsoString(*value) : QString();
        add(QLatin1String(key), tr(label), value ? iso : tr(whenNone), value ? QJsonValue(iso) : QJsonValue::Null, iso);
    }
    template<typename Enum>
    void choice(const char *key, const char *label, Enum value)
    {
        add(QLatin1String(key), tr(label), displayName(value), toKey(value), toKey(value));
    }
    void flag(const char *key, const char *label, bool value)
    {
        add(QLatin1String(key), tr(label), value ? tr("yes") : tr("no"), value, value ? QStringLiteral("1") : QString());
    }
    template<typename Record>
    void reference(const char *key, const char *label, const RecordId &id, const char *whenNone)
    {
        reference(key, label, id, id.isNull() ? QString() : nameOf<Record>(m_plan, id), whenNone);
    }
    void reference(const char *key, const char *label, const RecordId &id, const QString &name, const char *whenNone)
    {
        const QString text = id.isNull() ? tr(whenNone) : name;
        add(QLatin1String(key), tr(label), text, id.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(name),
            id.toString(QUuid::WithoutBraces));
    }

    FieldList take() { return std::move(m_fields); }

private:
    const Plan &m_plan;
    FieldList m_fields;
};

} // namespace

QString plainTextOf(const QString &richText)
{
    QString plain = richText;
    if (isHtml(plain)) {
        static const QRegularExpression breaks(QStringLiteral("<(br|/p|/li|/h[1-6]|/div)\\b[^>]*>"),
                                               QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        static const QRegularExpression head(QStringLiteral("<head>.*</head>"),
                                             QRegularExpression::DotMatchesEverythingOption
                                                 | QRegularExpression::CaseInsensitiveOption);
        plain.remove(head);
        plain.replace(breaks, QStringLiteral(" "));
        plain.remove(tags);
        plain.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        plain.replace(QLatin1String("&lt;"), QLatin1String("<"));
        plain.replace(QLatin1String("&gt;"), QLatin1String(">"));
        plain.replace(QLatin1String("&quot;"), QLatin1String("\""));
        plain.replace(QLatin1String("&#39;"), QLatin1String("'"));
        plain.replace(QLatin1String("&amp;"), QLatin1String("&"));
    }
    return plain.simplified();
}

QString moneyText(double major, const QString &currency)
{
    return QLocale().toString(major, 'f', currencyMinorDigits(currency)) + QLatin1Char(' ') + currency;
}

QString recordName(const Segment &record) { return record.name; }
QString recordName(const Persona &record) { return record.name; }
QString recordName(const Competitor &record) { return record.name; }
QString recordName(const TeamMember &record) { return record.name; }
QString recordName(const Channel &record) { return record.name; }
QString recordName(const RolloutPhase &record) { return record.name; }
QString recordName(const Kpi &record) { return record.name; }
QString recordName(const FixedCost &record) { return record.name; }
QString recordName(const Campaign &record) { return record.name; }
QString recordName(const ContentItem &record) { return record.title; }
QString recordName(const Comment &record)
{
    return tr("%1, %2").arg(record.author, timestampText(record.createdAt));
}

FieldList settingsFields(const Plan &plan)
{
    const PlanSettings &s = plan.settings;
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Plan name"), s.name);
    f.text("author", QT_TR_NOOP("Author"), s.author);
    f.text("currency", QT_TR_NOOP("Currency"), s.currency);
    f.month("startMonth", QT_TR_NOOP("First month"), s.startMonth, "");
    f.number("months", QT_TR_NOOP("Months in the plan"), s.months, 0);
    f.percent("grossMargin", QT_TR_NOOP("Gross margin"), s.grossMargin);
    f.percent("minimumRoiToScale", QT_TR_NOOP("Minimum ROI to roll out"), s.minimumRoiToScale);
    f.number("scenarioConservative", QT_TR_NOOP("Conservative scenario factor"), s.scenarios.conservative);
    f.number("scenarioBase", QT_TR_NOOP("Base scenario factor"), s.scenarios.base);
    f.number("scenarioOptimistic", QT_TR_NOOP("Optimistic scenario factor"), s.scenarios.optimistic);
    return f.take();
}

FieldList textFields(const Plan &plan)
{
    const PlanTexts &t = plan.texts;
    Fields f(plan);
    f.richText("researchNotes", QT_TR_NOOP("Research notes"), t.researchNotes);
    f.richText("strategy", QT_TR_NOOP("Strategy"), t.strategy);
    f.richText("rationale", QT_TR_NOOP("Rationale"), t.rationale);
    f.richText("messageAudience", QT_TR_NOOP("Message: audience"), t.messageAudience);
    f.richText("messageWhatToSay", QT_TR_NOOP("Message: what to say"), t.messageWhatToSay);
    f.richText("messageHowToSay", QT_TR_NOOP("Message: how to say it"), t.messageHowToSay);
    f.richText("websiteObjectives", QT_TR_NOOP("Website objectives"), t.websiteObjectives);
    f.richText("partnerships", QT_TR_NOOP("Partnerships"), t.partnerships);
    f.richText("priorities", QT_TR_NOOP("Priorities"), t.priorities);
    f.richText("recommendations", QT_TR_NOOP("Recommendations"), t.recommendations);
    return f.take();
}

FieldList approvalFields(const Plan &plan)
{
    const Approval &a = plan.approval;
    Fields f(plan);
    f.choice("status", QT_TR_NOOP("Approval status"), a.status);
    f.text("by", QT_TR_NOOP("Decided by"), a.by);
    const QString at = timestampText(a.at);
    f.add(QStringLiteral("at"), tr("Decided on"), at, at, at);
    f.text("note", QT_TR_NOOP("Note"), a.note);
    for (std::size_t i = 0; i < a.history.size(); ++i) {
        const ApprovalEvent &event = a.history[i];
        QString text = tr("%1 by %2, %3").arg(displayName(event.status), event.by, timestampText(event.at));
        if (!event.note.isEmpty())
            text += QStringLiteral(": ") + event.note;
        f.add(QStringLiteral("history %1").arg(i + 1), tr("History, step %1").arg(i + 1), text, text, text);
    }
    return f.take();
}

FieldList recordFields(const Plan &plan, const Segment &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.text("needs", QT_TR_NOOP("Needs"), r.needs);
    f.count("customers", QT_TR_NOOP("Customers"), r.customers);
    f.money("annualSpendPerCustomer", QT_TR_NOOP("Yearly spend per customer"), r.annualSpendPerCustomer);
    f.percent("serviceableShare", QT_TR_NOOP("Serviceable share"), r.serviceableShare);
    f.percent("obtainableShare", QT_TR_NOOP("Obtainable share"), r.obtainableShare);
    f.text("notes", QT_TR_NOOP("Notes"), r.notes);
    return f.take();
}

FieldList recordFields(const Plan &plan, const Persona &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.reference<Segment>("segment", QT_TR_NOOP("Segment"), r.segmentId, QT_TR_NOOP("none"));
    f.text("motivations", QT_TR_NOOP("Motivations"), r.motivations);
    f.text("interests", QT_TR_NOOP("Interests"), r.interests);
    f.text("needs", QT_TR_NOOP("Needs"), r.needs);
    f.text("whereToReach", QT_TR_NOOP("Where to reach them"), r.whereToReach);
    f.text("notes", QT_TR_NOOP("Notes"), r.notes);
    return f.take();
}

FieldList recordFields(const Plan &plan, const Competitor &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.text("offering", QT_TR_NOOP("Offering"), r.offering);
    f.text("strengths", QT_TR_NOOP("Strengths"), r.strengths);
    f.text("weaknesses", QT_TR_NOOP("Weaknesses"), r.weaknesses);
    f.text("pricing", QT_TR_NOOP("Pricing"), r.pricing);
    f.text("website", QT_TR_NOOP("Website"), r.website);
    f.text("notes", QT_TR_NOOP("Notes"), r.notes);
    return f.take();
}

FieldList recordFields(const Plan &plan, const TeamMember &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.text("role", QT_TR_NOOP("Role"), r.role);
    f.number("weeklyCapacityHours", QT_TR_NOOP("Hours a week"), r.weeklyCapacityHours);
    return f.take();
}

FieldList recordFields(const Plan &plan, const Channel &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.choice("kind", QT_TR_NOOP("Kind"), r.kind);
    f.reference<TeamMember>("owner", QT_TR_NOOP("Owner"), r.ownerId, QT_TR_NOOP("nobody"));
    f.choice("status", QT_TR_NOOP("Status"), r.status);
    f.choice("costModel", QT_TR_NOOP("Cost model"), r.costModel);
    f.money("costPerClick", QT_TR_NOOP("Cost per click"), r.costPerClick);
    f.money("costPerMille", QT_TR_NOOP("Cost per 1000 impressions"), r.costPerMille);
    f.percent("clickThroughRate", QT_TR_NOOP("Click-through rate"), r.clickThroughRate);
    f.number("visitsPerMonth", QT_TR_NOOP("Visits a month"), r.visitsPerMonth);
    f.percent("leadRate", QT_TR_NOOP("Lead rate"), r.leadRate);
    f.percent("closeRate", QT_TR_NOOP("Close rate"), r.closeRate);
    f.money("averageOrderValue", QT_TR_NOOP("Average order value"), r.averageOrderValue);
    f.money("targetCostPerLead", QT_TR_NOOP("Target cost per lead"), r.targetCostPerLead);
    f.text("notes", QT_TR_NOOP("Notes"), r.notes);
    return f.take();
}

FieldList recordFields(const Plan &plan, const RolloutPhase &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.reference<Channel>("channel", QT_TR_NOOP("Channel"), r.channelId, QT_TR_NOOP("none"));
    f.choice("kind", QT_TR_NOOP("Kind"), r.kind);
    f.date("start", QT_TR_NOOP("Start"), r.start);
    f.date("end", QT_TR_NOOP("End"), r.end);
    f.money("budget", QT_TR_NOOP("Budget"), r.budget);
    f.money("actualSpend", QT_TR_NOOP("Actual spend"), r.actualSpend);
    f.money("actualRevenue", QT_TR_NOOP("Actual revenue"), r.actualRevenue);
    f.count("actualLeads", QT_TR_NOOP("Actual leads"), r.actualLeads);
    f.text("notes", QT_TR_NOOP("Notes"), r.notes);
    return f.take();
}

FieldList recordFields(const Plan &plan, const Kpi &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.reference<Channel>("channel", QT_TR_NOOP("Channel"), r.channelId, QT_TR_NOOP("whole plan"));
    f.text("unit", QT_TR_NOOP("Unit"), r.unit);
    f.choice("betterWhen", QT_TR_NOOP("Better when"), r.betterWhen);
    f.choice("aggregation", QT_TR_NOOP("Monthly actual is"), r.aggregation);
    // One field per month and per date: a changed target reads "Target for 2026-04: 12 → 14".
    for (const auto &[month, value] : r.monthlyTargets) {
        const QString iso = toIsoString(month);
        f.add(QStringLiteral("target ") + iso, tr("Target for %1").arg(iso), decimalText(value, 4), value,
              exact(value));
    }
    for (const KpiActual &actual : r.actuals) {
        const QString iso = toIsoString(actual.date);
        f.add(QStringLiteral("actual ") + iso, tr("Actual on %1").arg(iso), decimalText(actual.value, 4),
              actual.value, exact(actual.value));
    }
    return f.take();
}

FieldList recordFields(const Plan &plan, const FixedCost &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.money("monthlyAmount", QT_TR_NOOP("Amount a month"), r.monthlyAmount);
    f.month("startMonth", QT_TR_NOOP("From"), r.startMonth, "");
    f.month("endMonth", QT_TR_NOOP("Until"), r.endMonth, QT_TR_NOOP("open-ended"));
    f.text("notes", QT_TR_NOOP("Notes"), r.notes);
    return f.take();
}

FieldList recordFields(const Plan &plan, const Campaign &r)
{
    Fields f(plan);
    f.text("name", QT_TR_NOOP("Name"), r.name);
    f.text("goal", QT_TR_NOOP("Goal"), r.goal);
    f.date("start", QT_TR_NOOP("Start"), r.start);
    f.date("end", QT_TR_NOOP("End"), r.end);
    f.text("colour", QT_TR_NOOP("Colour"), r.colour);
    f.money("budget", QT_TR_NOOP("Budget"), r.budget);
    f.text("notes", QT_TR_NOOP("Notes"), r.notes);
    return f.take();
}

FieldList recordFields(const Plan &plan, const ContentItem &r)
{
    Fields f(plan);
    f.text("title", QT_TR_NOOP("Title"), r.title);
    f.choice("type", QT_TR_NOOP("Type"), r.type);
    f.reference<Channel>("channel", QT_TR_NOOP("Channel"), r.channelId, QT_TR_NOOP("none"));
    f.reference<Campaign>("campaign", QT_TR_NOOP("Campaign"), r.campaignId, QT_TR_NOOP("none"));
    f.reference<TeamMember>("owner", QT_TR_NOOP("Owner"), r.ownerId, QT_TR_NOOP("nobody"));
    f.choice("status", QT_TR_NOOP("Status"), r.status);
    f.date("date", QT_TR_NOOP("Date"), r.date);
    const QString time = r.timeMinutes ? minutesToTimeString(*r.timeMinutes) : QString();
    f.add(QStringLiteral("time"), tr("Time"), r.timeMinutes ? time : tr("all day"),
          r.timeMinutes ? QJsonValue(time) : QJsonValue::Null, time);
    f.count("durationMinutes", QT_TR_NOOP("Duration (minutes)"),
            r.durationMinutes ? std::optional<qint64>(*r.durationMinutes) : std::nullopt);
    f.add(QStringLiteral("recurrence"), tr("Repeats"), r.recurrence.isEmpty() ? tr("does not repeat") : r.recurrence,
          r.recurrence, r.recurrence);
    QStringList skipped;
    for (const Date &date : r.excludedDates)
        skipped.append(toIsoString(date));
    const QString dates = skipped.join(QStringLiteral(", "));
    f.add(QStringLiteral("excludedDates"), tr("Skipped dates"), skipped.isEmpty() ? tr("none") : dates,
          QJsonValue::fromVariant(skipped), dates);
    f.text("notes", QT_TR_NOOP("Notes"), r.notes);
    return f.take();
}

FieldList recordFields(const Plan &plan, const Comment &r)
{
    Fields f(plan);
    f.text("author", QT_TR_NOOP("Author"), r.author);
    const QString at = timestampText(r.createdAt);
    f.add(QStringLiteral("createdAt"), tr("Written on"), at, at, at);
    f.text("section", QT_TR_NOOP("On the view"), r.section);
    f.reference("record", QT_TR_NOOP("On the record"), r.recordId,
                r.recordId.isNull() ? QString() : anyRecordName(plan, r.recordId), QT_TR_NOOP("none"));
    f.reference("parent", QT_TR_NOOP("Reply to"), r.parentId,
                r.parentId.isNull() ? QString() : nameOf<Comment>(plan, r.parentId), QT_TR_NOOP("none"));
    f.text("text", QT_TR_NOOP("Text"), r.text);
    f.flag("resolved", QT_TR_NOOP("Resolved"), r.resolved);
    return f.take();
}

} // namespace cplan
