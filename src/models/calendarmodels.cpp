#include "calendarmodels.h"

#include "displayformat.h"
#include "enumnames.h"
#include "recurrence.h"

#include <QColor>
#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::CalendarModels", text);
}

QVariant shown(int role, const QString &display, const QVariant &edit)
{
    if (role == Qt::DisplayRole)
        return display;
    if (role == Qt::EditRole)
        return edit;
    return {};
}

bool setText(QString &field, const QVariant &value)
{
    field = value.toString();
    return true;
}

bool setDate(Date &field, const QVariant &value)
{
    QDate date = value.toDate();
    if (!date.isValid() && value.typeId() == QMetaType::QString) {
        if (const std::optional<Date> iso = parseIsoDate(value.toString().trimmed()))
            date = toQDate(*iso);
        else
            date = QLocale().toDate(value.toString().trimmed(), QLocale::ShortFormat);
    }
    if (!date.isValid())
        return false;
    field = fromQDate(date);
    return true;
}

// An enum value by its shown name or its key, in any case.
template<typename Enum>
bool setEnum(Enum &field, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    for (Enum candidate : allValues<Enum>()) {
        if (text.compare(displayName(candidate), Qt::CaseInsensitive) == 0
            || text.compare(toKey(candidate), Qt::CaseInsensitive) == 0) {
            field = candidate;
            return true;
        }
    }
    return false;
}

template<typename Record>
QString nameOf(const std::vector<Record> &records, const RecordId &id)
{
    for (const Record &record : records) {
        if (record.id == id)
            return record.name;
    }
    return {};
}

// A reference by the record's id or its name; an empty text clears it.
template<typename Record>
bool setReference(RecordId &field, const std::vector<Record> &records, const QVariant &value)
{
    if (value.typeId() == QMetaType::QUuid) {
        field = value.toUuid();
        return field.isNull() || !nameOf(records, field).isNull();
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        field = {};
        return true;
    }
    for (const Record &record : records) {
        if (record.name.compare(text, Qt::CaseInsensitive) == 0) {
            field = record.id;
            return true;
        }
    }
    return false;
}

QString repeatsInWords(const ContentItem &item)
{
    if (item.recurrence.isEmpty())
        return tr("Does not repeat");
    const RecurrenceParseResult rule = parseRecurrenceRule(item.recurrence);
    return rule.rule ? describeRecurrence(*rule.rule) : item.recurrence;
}

} // namespace

RecordTableModel<ContentItem> *makeContentItemsModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<ContentItem>> columns = {
        {tr("Title"), QStringLiteral("title"), tr("Rename content item"),
         [](const Plan &, const ContentItem &c, int role) { return shown(role, c.title, c.title); },
         [](ContentItem &c, const QVariant &v) { return setText(c.title, v); }},
        {tr("Type"), QStringLiteral("type"), tr("Change content type"),
         [](const Plan &, const ContentItem &c, int role) { return shown(role, displayName(c.type), displayName(c.type)); },
         [](ContentItem &c, const QVariant &v) { return setEnum(c.type, v); }},
        {tr("Date"), QStringLiteral("date"), tr("Change date"),
         [](const Plan &, const ContentItem &c, int role) { return shown(role, formatDate(c.date), toQDate(c.date)); },
         [](ContentItem &c, const QVariant &v) { return setDate(c.date, v); }},
        {tr("Time"), QStringLiteral("time"), tr("Change time"),
         [](const Plan &, const ContentItem &c, int role) {
             const QString text = c.timeMinutes ? minutesToTimeString(*c.timeMinutes) : QString();
             return shown(role, text, text);
         },
         [](ContentItem &c, const QVariant &v) {
             const QString text = v.toString().trimmed();
             if (text.isEmpty()) {
                 c.timeMinutes.reset();
                 c.durationMinutes.reset();
                 return true;
             }
             const std::optional<int> minutes = parseTimeString(text);
             if (!minutes)
                 return false;
             c.timeMinutes = minutes;
             return true;
         }},
        {tr("Duration (min)"), QStringLiteral("durationMinutes"), tr("Change duration"),
         [](const Plan &, const ContentItem &c, int role) {
             if (role == Qt::TextAlignmentRole)
                 return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
             return shown(role, c.durationMinutes ? formatNumber(*c.durationMinutes) : QString(),
                          c.durationMinutes ? QVariant(*c.durationMinutes) : QVariant(QString()));
         },
         [](ContentItem &c, const QVariant &v) {
             if (v.toString().trimmed().isEmpty()) {
                 c.durationMinutes.reset();
                 return true;
             }
             const std::optional<double> minutes = parseNumber(v);
             if (!minutes || *minutes != std::trunc(*minutes) || std::fabs(*minutes) > 1e6)
                 return false;
             c.durationMinutes = int(*minutes);
             return true;
         }},
        {tr("Repeats"), QStringLiteral("recurrence"), tr("Change repeat rule"),
         [](const Plan &, const ContentItem &c, int role) { return shown(role, repeatsInWords(c), c.recurrence); },
         [](ContentItem &c, const QVariant &v) {
             QString text = v.toString().trimmed();
             if (text.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
                 text = text.mid(6);
             if (!text.isEmpty()) {
                 const RecurrenceParseResult rule = parseRecurrenceRule(text);
                 if (rule.rule)
                     text = toRRuleString(*rule.rule); // else the validator says what is wrong
             }
             c.recurrence = text;
             if (text.isEmpty())
                 c.excludedDates.clear();
             return true;
         }},
        {tr("Channel"), QStringLiteral("channel"), tr("Change channel"),
         [](const Plan &p, const ContentItem &c, int role) {
             const QString name = nameOf(p.channels, c.channelId);
             return shown(role, name, name);
         },
         nullptr},
        {tr("Campaign"), QStringLiteral("campaign"), tr("Change campaign"),
         [](const Plan &p, const ContentItem &c, int role) {
             const QString name = nameOf(p.campaigns, c.campaignId);
             if (role == Qt::DecorationRole && !c.campaignId.isNull()) {
                 for (const Campaign &campaign : p.campaigns) {
                     if (campaign.id == c.campaignId)
                         return QVariant(QColor::fromString(campaign.colour));
                 }
             }
             return shown(role, name, name);
         },
         nullptr},
        {tr("Owner"), QStringLiteral("owner"), tr("Change owner"),
         [](const Plan &p, const ContentItem &c, int role) {
             const QString name = nameOf(p.team, c.ownerId);
             return shown(role, name, name);
         },
         nullptr},
        {tr("Status"), QStringLiteral("status"), tr("Change status"),
         [](const Plan &, const ContentItem &c, int role) { return shown(role, displayName(c.status), displayName(c.status)); },
         [](ContentItem &c, const QVariant &v) { return setEnum(c.status, v); }},
        {tr("Notes"), QStringLiteral("notes"), tr("Change notes"),
         [](const Plan &, const ContentItem &c, int role) { return shown(role, c.notes, c.notes); },
         [](ContentItem &c, const QVariant &v) { return setText(c.notes, v); }},
    };
    // References are looked up in the plan, so their setters are bound to the document here.
    columns[ContentChannel].setData = [document](ContentItem &c, const QVariant &v) {
        return setReference(c.channelId, document->plan().channels, v);
    };
    columns[ContentCampaign].setData = [document](ContentItem &c, const QVariant &v) {
        return setReference(c.campaignId, document->plan().campaigns, v);
    };
    columns[ContentOwner].setData = [document](ContentItem &c, const QVariant &v) {
        return setReference(c.ownerId, document->plan().team, v);
    };
    return new RecordTableModel<ContentItem>(
        document, std::move(columns), [](const Plan &, const ContentItem &c) { return validateContentItem(c); }, parent);
}

RecordTableModel<Campaign> *makeCampaignsModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<Campaign>> columns = {
        {tr("Campaign"), QStringLiteral("name"), tr("Rename campaign"),
         [](const Plan &, const Campaign &c, int role) { return shown(role, c.name, c.name); },
         [](Campaign &c, const QVariant &v) { return setText(c.name, v); }},
        {tr("Goal"), QStringLiteral("goal"), tr("Change campaign goal"),
         [](const Plan &, const Campaign &c, int role) { return shown(role, c.goal, c.goal); },
         [](Campaign &c, const QVariant &v) { return setText(c.goal, v); }},
        {tr("Start"), QStringLiteral("start"), tr("Change campaign start"),
         [](const Plan &, const Campaign &c, int role) { return shown(role, formatDate(c.start), toQDate(c.start)); },
         [](Campaign &c, const QVariant &v) { return setDate(c.start, v); }},
        {tr("End"), QStringLiteral("end"), tr("Change campaign end"),
         [](const Plan &, const Campaign &c, int role) { return shown(role, formatDate(c.end), toQDate(c.end)); },
         [](Campaign &c, const QVariant &v) { return setDate(c.end, v); }},
        {tr("Colour"), QStringLiteral("colour"), tr("Change campaign colour"),
         [](const Plan &, const Campaign &c, int role) {
             if (role == Qt::DecorationRole)
                 return QVariant(QColor::fromString(c.colour));
             return shown(role, c.colour, c.colour);
         },
         [](Campaign &c, const QVariant &v) {
             const QColor colour = v.typeId() == QMetaType::QColor ? v.value<QColor>() : QColor::fromString(v.toString().trimmed());
             if (!colour.isValid())
                 return false;
             c.colour = colour.name(QColor::HexRgb);
             return true;
         }},
        {tr("Budget"), QStringLiteral("budget"), tr("Change campaign budget"),
         [](const Plan &p, const Campaign &c, int role) {
             if (role == Qt::TextAlignmentRole)
                 return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
             return shown(role, formatMoney(p, c.budget), p.major(c.budget));
         },
         nullptr},
        {tr("Notes"), QStringLiteral("notes"), tr("Change campaign notes"),
         [](const Plan &, const Campaign &c, int role) { return shown(role, c.notes, c.notes); },
         [](Campaign &c, const QVariant &v) { return setText(c.notes, v); }},
    };
    columns[CampaignBudget].setData = [document](Campaign &c, const QVariant &v) {
        const std::optional<Money> amount = parseMoney(document->plan(), v);
        if (!amount)
            return false;
        c.budget = *amount;
        return true;
    };
    // A start after the end is the start's problem when the start was edited.
    return new RecordTableModel<Campaign>(
        document, std::move(columns),
        [](const Plan &plan, const Campaign &c) {
            std::vector<Problem> problems = validateCampaign(c, plan.minorDigits());
            const std::size_t count = problems.size();
            for (std::size_t i = 0; i < count; ++i) {
                if (problems[i].field == QLatin1String("end"))
                    problems.push_back({problems[i].recordId, QStringLiteral("start"), problems[i].message});
            }
            return problems;
        },
        parent);
}

RecordTableModel<TeamMember> *makeCalendarTeamModel(Document *document, QObject *parent)
{
    std::vector<RecordColumn<TeamMember>> columns = {
        {tr("Name"), QStringLiteral("name"), tr("Rename team member"),
         [](const Plan &, const TeamMember &m, int role) { return shown(role, m.name, m.name); },
         [](TeamMember &m, const QVariant &v) { return setText(m.name, v); }},
        {tr("Role"), QStringLiteral("role"), tr("Change role"),
         [](const Plan &, const TeamMember &m, int role) { return shown(role, m.role, m.role); },
         [](TeamMember &m, const QVariant &v) { return setText(m.role, v); }},
        {tr("Weekly capacity (h)"), QStringLiteral("weeklyCapacityHours"), tr("Change weekly capacity"),
         [](const Plan &, const TeamMember &m, int role) {
             if (role == Qt::TextAlignmentRole)
                 return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
             return shown(role, formatNumber(m.weeklyCapacityHours, m.weeklyCapacityHours == std::trunc(m.weeklyCapacityHours) ? 0 : 1),
                          m.weeklyCapacityHours);
         },
         [](TeamMember &m, const QVariant &v) {
             const std::optional<double> hours = parseNumber(v);
             if (!hours)
                 return false;
             m.weeklyCapacityHours = *hours;
             return true;
         }},
    };
    return new RecordTableModel<TeamMember>(
        document, std::move(columns), [](const Plan &, const TeamMember &m) { return validateTeamMember(m); }, parent);
}

} // namespace cplan
