#include "channelmodels.h"

#include "forecast.h"
#include "modelcells.h"
#include "rollout.h"

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

// The base forecast per channel, computed once per change of the plan (the table asks for it
// cell by cell). It is told of a change before the table is, so no view reads old figures.
class ChannelFiguresCache : public QObject
{
public:
    explicit ChannelFiguresCache(Document *document) : m_document(document)
    {
        auto changed = [this] { m_valid = false; };
        connect(document, &Document::recordChanged, this, changed);
        connect(document, &Document::recordsInserted, this, changed);
        connect(document, &Document::recordsRemoved, this, changed);
        connect(document, &Document::recordsMoved, this, changed);
        connect(document, &Document::settingsChanged, this, changed);
        connect(document, &Document::planChanged, this, changed);
    }
    const ChannelForecast *of(const Channel &channel)
    {
        if (!m_valid) {
            m_forecast = computeForecast(m_document->plan());
            m_valid = true;
        }
        const int index = m_document->indexOf<Channel>(channel.id);
        if (index < 0 || index >= int(m_forecast.channels.size()))
            return nullptr;
        return &m_forecast.channels[std::size_t(index)];
    }

private:
    Document *m_document;
    Forecast m_forecast;
    bool m_valid = false;
};

bool hasPhase(const Plan &plan, const Channel &channel)
{
    return std::any_of(plan.phases.begin(), plan.phases.end(),
                       [&](const RolloutPhase &phase) { return phase.channelId == channel.id; });
}

// A derived figure: read only, and "no phase yet" rather than a zero that looks like a plan.
QVariant figure(int role, const Plan &plan, const Channel &channel, const QString &display, double value)
{
    if (!hasPhase(plan, channel)) {
        switch (role) {
        case Qt::DisplayRole: return tr("no phase yet");
        case Qt::ToolTipRole: return tr("No phase planned yet: this channel has no budget, so its forecast is 0.");
        case Qt::ForegroundRole: return cells::neutralColour();
        default: break;
        }
    }
    return cells::number(role, display, value);
}

QVariant statusCell(int role, const Plan &plan, const Channel &channel)
{
    const ChannelStatus status = effectiveChannelStatus(plan, channel);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: return displayName(status);
    case Qt::EditRole: return isManualStatus(channel.status) ? toKey(channel.status) : toKey(ChannelStatus::Planned);
    case ChoicesRole: return channelStatusChoices(plan, channel);
    case Qt::ToolTipRole:
        return isManualStatus(channel.status)
                   ? tr("Set by hand. Choose \"%1\" to let the phases decide again.").arg(followsPhasesText(plan, channel))
                   : tr("Follows the phases: a roll-out or scale phase makes it Rolled out, test phases only make it "
                        "Testing. Set Paused or Stopped to decide yourself.");
    default: return {};
    }
}

} // namespace

QString followsPhasesText(const Plan &plan, const Channel &channel)
{
    Channel following = channel;
    following.status = ChannelStatus::Planned;
    return tr("%1 (from its phases)").arg(displayName(effectiveChannelStatus(plan, following)));
}

QVariantList channelStatusChoices(const Plan &plan, const Channel &channel)
{
    return {choice(followsPhasesText(plan, channel), toKey(ChannelStatus::Planned)),
            choice(displayName(ChannelStatus::Paused), toKey(ChannelStatus::Paused)),
            choice(displayName(ChannelStatus::Stopped), toKey(ChannelStatus::Stopped))};
}

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
    // Made before the model so that it hears of every change first; the model owns it.
    auto *cache = new ChannelFiguresCache(document);
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
         [](const Plan &p, const Channel &c, int role) { return statusCell(role, p, c); },
         [](Channel &c, const QVariant &v) {
             ChannelStatus chosen = c.status;
             if (!cells::setEnumeration(chosen, v))
                 return false;
             // Testing and Rolled out come from the phases; any of the three means "follow them".
             if (isManualStatus(chosen) || isManualStatus(c.status))
                 c.status = isManualStatus(chosen) ? chosen : ChannelStatus::Planned;
             return true;
         }},
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
        {tr("Planned spend"), QStringLiteral("plannedSpend"), {},
         [cache](const Plan &p, const Channel &c, int role) -> QVariant {
             if (role == Qt::ToolTipRole && hasPhase(p, c))
                 return tr("The budgets of its phases inside the plan's horizon.");
             const ChannelForecast *f = cache->of(c);
             return f ? figure(role, p, c, formatMoney(p, f->totalSpend), f->totalSpend) : QVariant();
         },
         nullptr},
        {tr("Forecast revenue"), QStringLiteral("forecastRevenue"), {},
         [cache](const Plan &p, const Channel &c, int role) -> QVariant {
             if (role == Qt::ToolTipRole && hasPhase(p, c))
                 return tr("Revenue over the horizon in the base scenario.");
             const ChannelForecast *f = cache->of(c);
             return f ? figure(role, p, c, formatMoney(p, f->totalRevenue), f->totalRevenue) : QVariant();
         },
         nullptr},
        {tr("ROI"), QStringLiteral("forecastRoi"), {},
         [cache](const Plan &p, const Channel &c, int role) -> QVariant {
             const ChannelForecast *f = cache->of(c);
             if (!f)
                 return {};
             if (role == Qt::ToolTipRole && hasPhase(p, c))
                 return f->roi ? tr("(Gross profit − spend) / spend over the horizon, base scenario.")
                               : tr("No spend inside the horizon, so no ROI.");
             if (!f->roi && hasPhase(p, c))
                 return cells::number(role, tr("none"), -1e300); // sorts below every ROI
             return figure(role, p, c, f->roi ? formatPercent(*f->roi) : QString(), f->roi.value_or(-1e300));
         },
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
    auto *model = new RecordTableModel<Channel>(
        document, std::move(columns), [](const Plan &plan, const Channel &c) { return validateChannel(c, plan.minorDigits()); }, parent);
    cache->setParent(model);
    // The status and the figures follow the phases and the settings too, not only the channel.
    QObject::connect(document, &Document::planChanged, model, [model] {
        if (model->rowCount() == 0)
            return;
        const int last = model->rowCount() - 1;
        emit model->dataChanged(model->index(0, ChannelStatusColumn), model->index(last, ChannelStatusColumn));
        emit model->dataChanged(model->index(0, ChannelPlannedSpend), model->index(last, ChannelForecastRoi));
    });
    return model;
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
