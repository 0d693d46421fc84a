#include "icalendar.h"

#include "enumnames.h"
#include "recurrence.h"
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::ICalendar", text);
}

struct ContentLine
{
    int lineNumber = 0; // of the first physical line
    QString name;       // upper case
    std::map<QString, QString> parameters; // names upper case, values without quotes
    QString value;
};

// Unfolds the physical lines (CRLF or LF; a line starting with a space or tab continues the
// one before) into content lines. Unfolding works on bytes: a careless writer may have
// folded inside a UTF-8 sequence.
std::vector<std::pair<int, QByteArray>> unfold(const QByteArray &bytes)
{
    std::vector<std::pair<int, QByteArray>> lines;
    int number = 0;
    qsizetype position = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        position = 3;
    while (position < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', position);
        if (end < 0)
            end = bytes.size();
        QByteArray physical = bytes.mid(position, end - position);
        if (physical.endsWith('\r'))
            physical.chop(1);
        ++number;
        position = end + 1;
        if (!physical.isEmpty() && (physical.at(0) == ' ' || physical.at(0) == '\t') && !lines.empty())
            lines.back().second += physical.mid(1);
        else if (!physical.trimmed().isEmpty())
            lines.emplace_back(number, physical);
    }
    return lines;
}

// name *(";" param) ":" value, where a parameter value may be quoted and hold ; and :.
std::optional<ContentLine> parseContentLine(int number, const QString &text)
{
    ContentLine line;
    line.lineNumber = number;
    qsizetype i = 0;
    while (i < text.size() && text.at(i) != u';' && text.at(i) != u':')
        ++i;
    line.name = text.left(i).trimmed().toUpper();
    if (line.name.isEmpty() || i == text.size())
        return std::nullopt;
    while (i < text.size() && text.at(i) == u';') {
        ++i;
        const qsizetype equals = text.indexOf(u'=', i);
        if (equals < 0)
            return std::nullopt;
        const QString name = text.mid(i, equals - i).trimmed().toUpper();
        i = equals + 1;
        QString value;
        bool quoted = false;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c == u'"') {
                quoted = !quoted;
            } else if (!quoted && (c == u';' || c == u':')) {
                break;
            } else {
                value += c;
            }
            ++i;
        }
        line.parameters[name] = value;
    }
    if (i == text.size() || text.at(i) != u':')
        return std::nullopt;
    line.value = text.mid(i + 1);
    return line;
}

struct DateTimeValue
{
    Date date{1970, 1, 1};
    std::optional<int> minutes; // nullopt for a DATE
};

// 20270112, 20270112T093000 (floating or with TZID: the wall time counts) or
// 20270112T083000Z (UTC: shown in this computer's time zone).
std::optional<DateTimeValue> parseDateTime(QString text, bool forceDate = false)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z?))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid() || date.year() < 1400 || date.year() > 9999)
        return std::nullopt;
    DateTimeValue result;
    if (m.capturedLength(4) == 0 || forceDate) {
        result.date = Date(date.year(), date.month(), date.day());
        return result;
    }
    const int hour = m.captured(4).toInt(), minute = m.captured(5).toInt(), second = m.captured(6).toInt();
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    QDateTime moment(date, QTime(hour, minute, std::min(second, 59)), m.capturedLength(7) ? Qt::UTC : Qt::LocalTime);
    moment = moment.toLocalTime();
    result.date = Date(moment.date().year(), moment.date().month(), moment.date().day());
    result.minutes = moment.time().hour() * 60 + moment.time().minute();
    return result;
}

// [+]P nW | nD [T nH nM nS] | T nH nM nS, in minutes; nullopt when unreadable or negative.
std::optional<int> parseDuration(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\+?P(?:(\\d+)W|(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?)$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toUpper());
    if (!m.hasMatch() || text.trimmed().size() < 3)
        return std::nullopt;
    const qint64 minutes = m.captured(1).toLongLong() * 7 * 24 * 60 + m.captured(2).toLongLong() * 24 * 60
                           + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong() + m.captured(5).toLongLong() / 60;
    return int(std::min<qint64>(minutes, 1 << 30));
}

template<typename Record>
RecordId findByName(const std::vector<Record> &records, const QString &name)
{
    if (name.isEmpty())
        return {};
    for (const Record &record : records) {
        if (record.name.compare(name, Qt::CaseInsensitive) == 0)
            return record.id;
    }
    return {};
}

// One VEVENT as read, before it becomes an item.
struct Event
{
    int lineNumber = 0;
    QString uid;
    std::vector<ContentLine> properties;
};

const ContentLine *find(const Event &event, const char *name)
{
    for (const ContentLine &line : event.properties) {
        if (line.name == QLatin1String(name))
            return &line;
    }
    return nullptr;
}

RecordId idForUid(const QString &uid, const QString &suffix = {})
{
    if (suffix.isEmpty() && uid.endsWith(QLatin1String("@campaign-planner"))) {
        const QUuid id(QStringView(uid).chopped(int(qstrlen("@campaign-planner"))));
        if (!id.isNull())
            return id;
    }
    // Foreign UIDs: the same UID gives the same id on every import.
    static const QUuid ns(QStringLiteral("6b1f4f0e-2a1c-4d7e-9a57-43504c4e4943"));
    return QUuid::createUuidV5(ns, uid + suffix);
}

class Reader
{
public:
    Reader(const Plan &context, ICalendarImport &result) : m_context(context), m_result(result) { }

    // Fills `item` from the event; false (with an error or a warning said) when it cannot be.
    bool toItem(const Event &event, ContentItem &item)
    {
        const ContentLine *start = find(event, "DTSTART");
        if (!start) {
            fail(event.lineNumber, tr("the event has no start date (DTSTART)."));
            return false;
        }
        const bool isDate = start->parameters.count(QStringLiteral("VALUE"))
                            && start->parameters.at(QStringLiteral("VALUE")).compare(QLatin1String("DATE"), Qt::CaseInsensitive) == 0;
        const std::optional<DateTimeValue> when = parseDateTime(start->value, isDate);
        if (!when) {
            fail(start->lineNumber, tr("'%1' is not a date (DTSTART).").arg(start->value));
            return false;
        }
        item.id = event.uid.isEmpty() ? newRecordId() : idForUid(event.uid);
        item.date = when->date;
        item.timeMinutes = when->minutes;
        const ContentLine *summary = find(event, "SUMMARY");
        item.title = summary ? unescapeICalText(summary->value).trimmed() : QString();
        if (item.title.isEmpty())
            item.title = tr("(no title)");
        if (const ContentLine *description = find(event, "DESCRIPTION"))
            item.notes = unescapeICalText(description->value);
        item.type = ContentType::Other;
        item.status = ContentStatus::Planned;
        if (const ContentLine *type = find(event, "X-CPLAN-TYPE"))
            item.type = fromKey<ContentType>(type->value.trimmed()).value_or(ContentType::Other);
        if (const ContentLine *status = find(event, "X-CPLAN-STATUS"))
            item.status = fromKey<ContentStatus>(status->value.trimmed()).value_or(ContentStatus::Planned);
        else if (const ContentLine *icalStatus = find(event, "STATUS"))
            item.status = icalStatus->value.trimmed().compare(QLatin1String("TENTATIVE"), Qt::CaseInsensitive) == 0
                              ? ContentStatus::Idea : ContentStatus::Planned;
        if (const ContentLine *channel = find(event, "X-CPLAN-CHANNEL"))
            item.channelId = findByName(m_context.channels, unescapeICalText(channel->value));
        if (const ContentLine *campaign = find(event, "X-CPLAN-CAMPAIGN"))
            item.campaignId = findByName(m_context.campaigns, unescapeICalText(campaign->value));
        if (const ContentLine *owner = find(event, "X-CPLAN-OWNER"))
            item.ownerId = findByName(m_context.team, unescapeICalText(owner->value));
        readDuration(event, *when, item);
        return readRepeats(event, item);
    }

    void fail(int line, const QString &message)
    {
        if (m_result.error.isEmpty())
            m_result.error = tr("Line %1: %2").arg(line).arg(message);
    }
    void warn(int line, const QString &message) { m_result.warnings.append(tr("Line %1: %2").arg(line).arg(message)); }

private:
    void readDuration(const Event &event, const DateTimeValue &start, ContentItem &item)
    {
        if (!item.timeMinutes)
            return; // all-day items have no duration
        std::optional<int> minutes;
        if (const ContentLine *duration = find(event, "DURATION")) {
            minutes = parseDuration(duration->value);
            if (!minutes)
                warn(duration->lineNumber, tr("'%1' is not a duration; the event's length was left out.").arg(duration->value));
        } else if (const ContentLine *end = find(event, "DTEND")) {
            if (const std::optional<DateTimeValue> until = parseDateTime(end->value); until && until->minutes)
                minutes = int((until->date - start.date).days()) * 24 * 60 + *until->minutes - *start.minutes;
        }
        if (minutes && *minutes > 0 && *minutes <= 7 * 24 * 60)
            item.durationMinutes = minutes;
    }

    bool readRepeats(const Event &event, ContentItem &item)
    {
        const ContentLine *rrule = nullptr;
        for (const ContentLine &line : event.properties) {
            if (line.name == QLatin1String("RRULE")) {
                if (rrule)
                    warn(line.lineNumber, tr("only the first repeat rule (RRULE) of an event is used."));
                else
                    rrule = &line;
            } else if (line.name == QLatin1String("RDATE")) {
                warn(line.lineNumber, tr("extra dates (RDATE) are not supported and were left out."));
            }
        }
        if (!rrule)
            return true;
        RecurrenceParseResult parsed = parseRecurrenceRule(rrule->value);
        if (!parsed.rule) {
            warn(rrule->lineNumber, tr("the event '%1' was left out: its repeat rule cannot be used (%2).")
                                        .arg(item.title, parsed.error));
            return false;
        }
        // An UNTIL at a time of day before the start's time ends the series the day before.
        static const QRegularExpression untilPart(QStringLiteral("UNTIL=([0-9TZ]+)"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch until = untilPart.match(rrule->value);
        if (until.hasMatch() && item.timeMinutes && parsed.rule->until) {
            const std::optional<DateTimeValue> end = parseDateTime(until.captured(1));
            if (end && end->minutes) {
                parsed.rule->until = end->date;
                if (*end->minutes < *item.timeMinutes)
                    parsed.rule->until = end->date - boost::gregorian::days(1);
            }
        }
        item.recurrence = toRRuleString(*parsed.rule);
        for (const ContentLine &line : event.properties) {
            if (line.name != QLatin1String("EXDATE"))
                continue;
            for (const QString &value : line.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const std::optional<DateTimeValue> date = parseDateTime(value);
                if (!date) {
                    fail(line.lineNumber, tr("'%1' is not a date (EXDATE).").arg(value));
                    return false;
                }
                item.excludedDates.push_back(date->date);
            }
        }
        std::sort(item.excludedDates.begin(), item.excludedDates.end());
        item.excludedDates.erase(std::unique(item.excludedDates.begin(), item.excludedDates.end()), item.excludedDates.end());
        return true;
    }

    const Plan &m_context;
    ICalendarImport &m_result;
};

} // namespace

ICalendarImport readICalendar(const QByteArray &bytes, const Plan &context)
{
    ICalendarImport result;
    Reader reader(context, result);
    const std::vector<std::pair<int, QByteArray>> physical = unfold(bytes);
    if (physical.empty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    std::vector<std::pair<QString, int>> open; // components with the line they began on
    std::vector<Event> events;
    Event current;
    for (const auto &[number, raw] : physical) {
        const std::optional<ContentLine> parsed = parseContentLine(number, QString::fromUtf8(raw));
        if (!parsed) {
            reader.fail(number, tr("'%1' is not an iCalendar line (NAME:value).").arg(QString::fromUtf8(raw.left(60))));
            break;
        }
        const ContentLine &line = *parsed;
        if (open.empty() && !(line.name == QLatin1String("BEGIN") && line.value.trimmed().toUpper() == QLatin1String("VCALENDAR"))) {
            reader.fail(number, tr("this is not an iCalendar file: it does not start with BEGIN:VCALENDAR."));
            break;
        }
        if (line.name == QLatin1String("BEGIN")) {
            const QString component = line.value.trimmed().toUpper();
            if (component == QLatin1String("VEVENT")) {
                current = Event();
                current.lineNumber = number;
            } else if (component == QLatin1String("VTODO") || component == QLatin1String("VJOURNAL")) {
                reader.warn(number, tr("%1 is not an event and was left out.").arg(component));
            }
            open.emplace_back(component, number);
            continue;
        }
        if (line.name == QLatin1String("END")) {
            const QString component = line.value.trimmed().toUpper();
            if (open.empty() || open.back().first != component) {
                reader.fail(number, tr("END:%1 does not close %2.")
                                        .arg(component, open.empty() ? tr("anything") : QStringLiteral("BEGIN:") + open.back().first));
                break;
            }
            open.pop_back();
            if (component == QLatin1String("VEVENT"))
                events.push_back(std::move(current));
            if (open.empty())
                break; // what follows the calendar is not read
            continue;
        }
        if (open.back().first == QLatin1String("VEVENT")) {
            if (line.name == QLatin1String("UID"))
                current.uid = line.value.trimmed();
            current.properties.push_back(line);
        }
    }
    if (result.error.isEmpty() && !open.empty())
        result.error = tr("Line %1: BEGIN:%2 is never closed; the file may be cut off.").arg(open.back().second).arg(open.back().first);
    if (!result.error.isEmpty())
        return result;

    // Series first, then their changed occurrences (RECURRENCE-ID), which exclude a date from
    // the series and become items of their own.
    std::map<QString, std::size_t> seriesByUid;
    std::vector<int> lines; // where each item's event begins
    for (const Event &event : events) {
        if (find(event, "RECURRENCE-ID"))
            continue;
        ContentItem item;
        if (!reader.toItem(event, item)) {
            if (!result.error.isEmpty())
                return {{}, result.error, {}};
            continue;
        }
        if (!event.uid.isEmpty()) {
            if (seriesByUid.count(event.uid)) {
                reader.warn(event.lineNumber, tr("a second event with the UID %1 was left out.").arg(event.uid));
                continue;
            }
            seriesByUid[event.uid] = result.items.size();
        }
        result.items.push_back(std::move(item));
        lines.push_back(event.lineNumber);
    }
    for (const Event &event : events) {
        const ContentLine *recurrenceId = find(event, "RECURRENCE-ID");
        if (!recurrenceId)
            continue;
        const std::optional<DateTimeValue> original = parseDateTime(recurrenceId->value);
        if (!original) {
            reader.fail(recurrenceId->lineNumber, tr("'%1' is not a date (RECURRENCE-ID).").arg(recurrenceId->value));
            return {{}, result.error, {}};
        }
        const auto series = seriesByUid.find(event.uid);
        if (series != seriesByUid.end()) {
            std::vector<Date> &excluded = result.items[series->second].excludedDates;
            if (!std::binary_search(excluded.begin(), excluded.end(), original->date))
                excluded.insert(std::upper_bound(excluded.begin(), excluded.end(), original->date), original->date);
        }
        const ContentLine *status = find(event, "STATUS");
        if (status && status->value.trimmed().compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0)
            continue; // a cancelled occurrence is only an excluded date
        ContentItem item;
        if (!reader.toItem(event, item)) {
            if (!result.error.isEmpty())
                return {{}, result.error, {}};
            continue;
        }
        item.id = idForUid(event.uid, QStringLiteral("/") + recurrenceId->value.trimmed());
        item.recurrence.clear();
        item.excludedDates.clear();
        result.items.push_back(std::move(item));
        lines.push_back(event.lineNumber);
    }
    // What the plan could not hold (a date in another century ...) stays out, said why.
    std::vector<ContentItem> valid;
    for (std::size_t i = 0; i < result.items.size(); ++i) {
        const std::vector<Problem> problems = validateContentItem(result.items[i]);
        if (problems.empty())
            valid.push_back(std::move(result.items[i]));
        else
            reader.warn(lines[i], tr("the event was left out: %1.").arg(problems.front().message));
    }
    result.items = std::move(valid);
    return result;
}

} // namespace cplan
