#include "channelmodels.h"

#include "modelcells.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::ChannelModels", text);
}

QString teamMemberName(const Plan &plan, const RecordId &id)
{
    for (const TeamMember &member : plan.team) {
        if (member.id == id)
            return member.name;
    }
    return {};
}

QVariant money(int role, const Plan &plan, Money amount)
{
    return cells::number(role, formatMoney(plan, amount), plan.major(amount));
}

// Money setters need the plan's currency digits, so they are bound to the document.
std::function<bool(Channel &, const QVariant &)> setMoney(Document *document, Money Channel::*field)
{
    return [document, field](Channel &channel, const QVariant &value) {
        const std::optional<Money> amount = parseMoney(document->plan(), value);
        if (!amount)
            return false;
        channel.*field = *amount;
        return true;
    };
}

} // namespace

std::optional<RecordId> parseRecordId(const QVariant &value)
{
    if (value.typeId() == QMetaType::QUuid)
        return value.toUuid();
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return RecordId();
    const RecordId id = QUuid::fromString(text);
    if (id.isNull())
        return std::nullopt;
    return id;
}

QVariantList ownerChoices(const Plan &plan)
{
    QVariantList list{choice(tr("(nobody)"), QString())};
    for (const TeamMember &member : plan.team)
        list.append(choice(member.name, member.id.toString(QUuid::WithoutBraces)));
    return list;
}

QVariantList channelChoices(const Plan &plan, bool wholePlan)
{
    QVariantList list;
    if (wholePlan)
        list.append(choice(tr("(whole plan)"), QString()));
    for (const Channel &channel : plan.channels)
        list.append(choice(channel.name, channel.id.toString(QUuid::WithoutBraces)));
    return list;
}

RecordTableModel<Channel> *makeChannelsModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<Channel>> columns = {
        {tr("Channel"), QStringLiteral("name"), tr("Rename channel"),
         [](const Plan &, const Channel &c, int role) { return cells::text(role, c.name); },
         [](Channel &c, const QVariant &v) { c.name = v.toString(); return true; }},
        {tr("Kind"), QStringLiteral("kind"), tr("Change channel kind"),
         [](const Plan &, const Channel &c, int role) { return cells::enumeration(role, c.kind); },
         [](Channel &c, const QVariant &v) { return cells::setEnumeration(c.kind, v); }},
        {tr("Owner"), QStringLiteral("owner"), tr("Change channel owner"),
         [](const Plan &p, const Channel &c, int role) -> QVariant {
             if (role == ChoicesRole)
                 return ownerChoices(p);
             if (role == Qt::EditRole)
                 return c.ownerId.isNull() ? QString() : c.ownerId.toString(QUuid::WithoutBraces);
             return cells::text(role, teamMemberName(p, c.ownerId));
         },
         nullptr},
        {tr("Status"), QStringLiteral("status"), tr("Change channel status"),
         [](const Plan &, const Channel &c, int role) { return cells::enumeration(role, c.status); },
         [](Channel &c, const QVariant &v) { return cells::setEnumeration(c.status, v); }},
        {tr("Cost model"), QStringLiteral("costModel"), tr("Change cost model"),
         [](const Plan &, const Channel &c, int role) { return cells::enumeration(role, c.costModel); },
         [](Channel &c, const QVariant &v) { return cells::setEnumeration(c.costModel, v); }},
        {tr("Cost per click"), QStringLiteral("costPerClick"), tr("Change cost per click"),
         [](const Plan &p, const Channel &c, int role) { return money(role, p, c.costPerClick); },
         setMoney(document, &Channel::costPerClick)},
        {tr("Cost per 1000"), QStringLiteral("costPerMille"), tr("Change cost per thousand impressions"),
         [](const Plan &p, const Channel &c, int role) { return money(role, p, c.costPerMille); },
         setMoney(document, &Channel::costPerMille)},
        {tr("Click-through"), QStringLiteral("clickThroughRate"), tr("Change click-through rate"),
         [](const Plan &, const Channel &c, int role) { return cells::percent(role, c.clickThroughRate); },
         [](Channel &c, const QVariant &v) { return cells::setPercent(c.clickThroughRate, v); }},
        {tr("Visits / month"), QStringLiteral("visitsPerMonth"), tr("Change visits per month"),
         [](const Plan &, const Channel &c, int role) {
             return cells::number(role, formatNumber(c.visitsPerMonth), c.visitsPerMonth);
         },
         [](Channel &c, const QVariant &v) {
             const std::optional<double> n = parseNumber(v);
             if (!n)
                 return false;
             c.visitsPerMonth = *n;
             return true;
         }},
        {tr("Lead rate"), QStringLiteral("leadRate"), tr("Change lead rate"),
         [](const Plan &, const Channel &c, int role) { return cells::percent(role, c.leadRate); },
         [](Channel &c, const QVariant &v) { return cells::setPercent(c.leadRate, v); }},
        {tr("Close rate"), QStringLiteral("closeRate"), tr("Change close rate"),
         [](const Plan &, const Channel &c, int role) { return cells::percent(role, c.closeRate); },
         [](Channel &c, const QVariant &v) { return cells::setPercent(c.closeRate, v); }},
        {tr("Order value"), QStringLiteral("averageOrderValue"), tr("Change average order value"),
         [](const Plan &p, const Channel &c, int role) { return money(role, p, c.averageOrderValue); },
         setMoney(document, &Channel::averageOrderValue)},
        {tr("Target cost per lead"), QStringLiteral("targetCostPerLead"), tr("Change target cost per lead"),
         [](const Plan &p, const Channel &c, int role) { return cells::optionalMoney(role, p, c.targetCostPerLead); },
         nullptr},
    };
    columns[ChannelOwner].setData = [document](Channel &c, const QVariant &v) {
        const std::optional<RecordId> id = parseRecordId(v);
        if (!id || (!id->isNull() && document->indexOf<TeamMember>(*id) < 0))
            return false;
        c.ownerId = *id;
        return true;
    };
    columns[ChannelTargetCostPerLead].setData = [document](Channel &c, const QVariant &v) {
        return cells::setOptionalMoney(document->plan(), c.targetCostPerLead, v);
    };
    return new RecordTableModel<Channel>(
        document, std::move(columns), [](const Plan &, const Channel &c) { return validateChannel(c); }, parent);
}

RecordTableModel<TeamMember> *makeTeamModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<TeamMember>> columns = {
        {tr("Name"), QStringLiteral("name"), tr("Rename team member"),
         [](const Plan &, const TeamMember &m, int role) { return cells::text(role, m.name); },
         [](TeamMember &m, const QVariant &v) { m.name = v.toString(); return true; }},
        {tr("Role"), QStringLiteral("role"), tr("Change role"),
         [](const Plan &, const TeamMember &m, int role) { return cells::text(role, m.role); },
         [](TeamMember &m, const QVariant &v) { m.role = v.toString(); return true; }},
        {tr("Hours / week"), QStringLiteral("weeklyCapacityHours"), tr("Change weekly capacity"),
         [](const Plan &, const TeamMember &m, int role) {
             return cells::number(role, formatNumber(m.weeklyCapacityHours, 1), m.weeklyCapacityHours);
         },
         [](TeamMember &m, const QVariant &v) {
             const std::optional<double> n = parseNumber(v);
             if (!n)
                 return false;
             m.weeklyCapacityHours = *n;
             return true;
         }},
    };
    return new RecordTableModel<TeamMember>(
        document, std::move(columns), [](const Plan &, const TeamMember &m) { return validateTeamMember(m); }, parent);
}

} // namespace cplan
