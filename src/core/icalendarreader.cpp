#include "icalendar.h"

#include "contentschedule.h"
#include "enumnames.h"
#include "icalendarparts.h"
#include "icalendarzones.h"
#include "occurrenceedit.h"
#include "occurrences.h"
#include "recurrence.h"
#include "validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <map>

namespace cplan {

using namespace ical;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::ICalendar", text);
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

// A date or time of the file brought into the plan's zone.
struct Moment
{
    WallTime wall;                   // as written, in the event's own zone
    Date date{1970, 1, 1};           // in the plan
    std::optional<int> minutes;      // in the plan; nullopt for a date
    std::optional<QDateTime> instant; // for UTC and TZID times
};

// Why one event cannot be imported.
struct Skip
{
    int line = 0;
    QString why;
};

class Reader
{
public:
    Reader(const Plan &context, const QTimeZone &planZone, ICalendarImport &result)
        : m_context(context), m_planZone(planZone), m_result(result)
    {
    }

    void readZones(const Component &calendar)
    {
        for (const Component &zone : calendar.children) {
            if (zone.name != QLatin1String("VTIMEZONE") || !zone.find("TZID"))
                continue;
            ICalZoneDefinition definition;
            definition.id = zone.find("TZID")->value.trimmed();
            for (const Component &part : zone.children) {
                const ContentLine *start = part.find("DTSTART");
                const ContentLine *from = part.find("TZOFFSETFROM");
                const ContentLine *to = part.find("TZOFFSETTO");
                const std::optional<WallTime> when = start ? parseWallTime(start->value) : std::nullopt;
                const std::optional<int> offsetFrom = from ? parseUtcOffset(from->value) : std::nullopt;
                const std::optional<int> offsetTo = to ? parseUtcOffset(to->value) : std::nullopt;
                if (!when || !offsetTo) {
                    warn(part.lineNumber, tr("a part of the time zone %1 has no readable DTSTART or TZOFFSETTO and was left out.")
                                              .arg(definition.id));
                    continue;
                }
                ICalZoneObservance observance{when->date, when->seconds.value_or(0), offsetFrom.value_or(*offsetTo), *offsetTo, {}, {}};
                if (const ContentLine *rule = part.find("RRULE"))
                    observance.rule = parseRecurrenceRule(rule->value).rule;
                for (const ContentLine &line : part.properties) {
                    if (line.name != QLatin1String("RDATE"))
                        continue;
                    for (const QString &value : line.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                        if (const std::optional<WallTime> onset = parseWallTime(value))
                            observance.extraOnsets.emplace_back(onset->date, onset->seconds.value_or(0));
                    }
                }
                definition.observances.push_back(std::move(observance));
            }
            m_zones.addDefinition(std::move(definition));
        }
    }

    // One VEVENT or VTODO: its item, or why it cannot be one.
    std::optional<Skip> toItem(const Component &event, ContentItem &item, ICalendarSource &source)
    {
        const bool todo = event.name == QLatin1String("VTODO");
        if (!event.broken.isEmpty())
            return Skip{event.brokenLine, event.broken};
        const ContentLine *start = event.find("DTSTART");
        if (!start && todo)
            start = event.find("DUE");
        if (!start)
            return Skip{event.lineNumber, todo ? tr("the to-do has no date (DTSTART or DUE).")
                                               : tr("the event has no start date (DTSTART).")};
        const std::optional<Moment> when = readMoment(*start, start->value);
        if (!when)
            return Skip{start->lineNumber, tr("'%1' is not a date (%2).").arg(start->value, start->name)};
        m_start = *when;
        m_startLine = start;
        source.line = event.lineNumber;
        item.id = event.find("UID") ? idForUid(event.find("UID")->value.trimmed()) : newRecordId();
        item.date = when->date;
        item.timeMinutes = when->minutes;
        const ContentLine *summary = event.find("SUMMARY");
        item.title = summary ? unescapeICalText(summary->value).trimmed() : QString();
        if (!item.title.isEmpty())
            source.stated |= StatesTitle;
        else
            item.title = tr("(no title)");
        if (const ContentLine *description = event.find("DESCRIPTION")) {
            item.notes = unescapeICalText(description->value);
            source.stated |= StatesNotes;
        }
        item.type = ContentType::Other;
        item.status = ContentStatus::Planned;
        if (const ContentLine *type = event.find("X-CPLAN-TYPE")) {
            item.type = fromKey<ContentType>(type->value.trimmed()).value_or(ContentType::Other);
            source.stated |= StatesType;
        }
        if (const ContentLine *status = event.find("X-CPLAN-STATUS")) {
            item.status = fromKey<ContentStatus>(status->value.trimmed()).value_or(ContentStatus::Planned);
            source.stated |= StatesStatus;
        } else if (const ContentLine *icalStatus = event.find("STATUS")) {
            const QString value = icalStatus->value.trimmed().toUpper();
            item.status = value == QLatin1String("TENTATIVE")   ? ContentStatus::Idea
                          : value == QLatin1String("COMPLETED") ? ContentStatus::Published
                          : value == QLatin1String("IN-PROCESS") ? ContentStatus::InProgress
                                                                  : ContentStatus::Planned;
            source.stated |= StatesCalendarStatus;
        }
        auto byName = [&](const char *property, auto &records, RecordId &id, unsigned flag) {
            if (const ContentLine *line = event.find(property)) {
                id = findByName(records, unescapeICalText(line->value));
                if (!id.isNull())
                    source.stated |= flag;
            }
        };
        byName("X-CPLAN-CHANNEL", m_context.channels, item.channelId, StatesChannel);
        byName("X-CPLAN-CAMPAIGN", m_context.campaigns, item.campaignId, StatesCampaign);
        byName("X-CPLAN-OWNER", m_context.team, item.ownerId, StatesOwner);
        readDuration(event, todo ? "DUE" : "DTEND", item);
        return readRepeats(event, item);
    }

    // The one-off items of an event's RDATEs (extra dates), with the series' fields.
    std::vector<ContentItem> extraDates(const Component &event, const ContentItem &series, const QString &uid,
                                        const QSet<QString> &overridden, std::vector<Skip> &skips)
    {
        std::vector<ContentItem> items;
        for (const ContentLine &line : event.properties) {
            if (line.name != QLatin1String("RDATE"))
                continue;
            const bool period = line.parameter("VALUE").compare(QLatin1String("PERIOD"), Qt::CaseInsensitive) == 0;
            for (const QString &value : line.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString startText = period ? value.section(QLatin1Char('/'), 0, 0) : value;
                const std::optional<Moment> when = readMoment(line, startText);
                if (!when) {
                    skips.push_back({line.lineNumber, tr("'%1' is not a date (RDATE); that date was left out.").arg(value)});
                    continue;
                }
                const bool excluded = std::binary_search(series.excludedDates.begin(), series.excludedDates.end(), when->date);
                const bool repeated = when->minutes == series.timeMinutes && !series.recurrence.isEmpty()
                                      && !itemOccurrences(series, when->date, when->date).empty();
                const bool sameAsStart = series.recurrence.isEmpty() && when->date == series.date
                                         && when->minutes == series.timeMinutes;
                if (excluded || repeated || sameAsStart || overridden.contains(toIsoString(when->date)))
                    continue;
                ContentItem item = series;
                item.id = uid.isEmpty() ? newRecordId() : idForUid(uid, QStringLiteral("/RDATE/") + value.trimmed());
                item.recurrence.clear();
                item.excludedDates.clear();
                item.date = when->date;
                item.timeMinutes = when->minutes;
                if (!when->minutes)
                    item.durationMinutes.reset();
                if (period && when->minutes) {
                    const QString rest = value.section(QLatin1Char('/'), 1);
                    std::optional<int> minutes = parseDuration(rest);
                    if (!minutes) {
                        const std::optional<Moment> end = readMoment(line, rest);
                        if (end && end->instant && when->instant)
                            minutes = int(when->instant->secsTo(*end->instant) / 60);
                    }
                    if (minutes && *minutes > 0 && *minutes <= 7 * 24 * 60)
                        item.durationMinutes = minutes;
                }
                items.push_back(std::move(item));
            }
        }
        return items;
    }

    std::optional<Moment> readMoment(const ContentLine &line, const QString &value)
    {
        const bool isDate = line.parameter("VALUE").compare(QLatin1String("DATE"), Qt::CaseInsensitive) == 0;
        const std::optional<WallTime> wall = parseWallTime(value, isDate);
        if (!wall)
            return std::nullopt;
        Moment moment{*wall, wall->date, {}, {}};
        if (!wall->seconds)
            return moment;
        moment.minutes = *wall->seconds / 60;
        const QString tzid = line.parameter("TZID").trimmed();
        if (wall->utc) {
            moment.instant = QDateTime(QDate(wall->date.year(), wall->date.month(), wall->date.day()), QTime(0, 0), Qt::UTC)
                                 .addSecs(*wall->seconds);
        } else if (!tzid.isEmpty()) {
            moment.instant = m_zones.toInstant(tzid, wall->date, *wall->seconds);
            if (!moment.instant && !m_unknownZones.contains(tzid)) {
                m_unknownZones.insert(tzid);
                warn(line.lineNumber, tr("the time zone '%1' is unknown and the file does not describe it (VTIMEZONE); "
                                         "its times were kept as written.").arg(tzid));
            }
        }
        if (moment.instant) {
            const QDateTime local = moment.instant->toTimeZone(m_planZone);
            moment.date = Date(local.date().year(), local.date().month(), local.date().day());
            moment.minutes = local.time().hour() * 60 + local.time().minute();
        }
        return moment;
    }

    void warn(int line, const QString &message) { m_result.warnings.append(tr("Line %1: %2").arg(line).arg(message)); }

private:
    void readDuration(const Component &event, const char *endProperty, ContentItem &item)
    {
        if (!item.timeMinutes)
            return; // all-day items have no duration
        std::optional<int> minutes;
        if (const ContentLine *duration = event.find("DURATION")) {
            minutes = parseDuration(duration->value);
            if (!minutes)
                warn(duration->lineNumber, tr("'%1' is not a duration; the event's length was left out.").arg(duration->value));
        } else if (const ContentLine *end = event.find(endProperty); end && end != m_startLine) {
            if (const std::optional<Moment> until = readMoment(*end, end->value); until && until->minutes) {
                if (until->instant && m_start.instant) // across a change of clocks: the real length
                    minutes = int(m_start.instant->secsTo(*until->instant) / 60);
                else
                    minutes = int((until->date - m_start.date).days()) * 24 * 60 + *until->minutes - *m_start.minutes;
            }
        }
        if (minutes && *minutes > 0 && *minutes <= 7 * 24 * 60)
            item.durationMinutes = minutes;
    }

    // The instant of the series' time on a date of its own zone (or the wall time itself as
    // if UTC, for floating times), to compare with an UNTIL.
    std::optional<QDateTime> seriesInstant(const Date &wallDate) const
    {
        const int seconds = m_start.wall.seconds.value_or(0);
        const QDateTime asUtc = QDateTime(QDate(wallDate.year(), wallDate.month(), wallDate.day()), QTime(0, 0), Qt::UTC).addSecs(seconds);
        if (m_start.wall.utc || !m_start.instant)
            return asUtc;
        return m_zones.toInstant(m_startLine->parameter("TZID").trimmed(), wallDate, seconds);
    }

    std::optional<Skip> readRepeats(const Component &event, ContentItem &item)
    {
        const ContentLine *rrule = nullptr;
        for (const ContentLine &line : event.properties) {
            if (line.name != QLatin1String("RRULE"))
                continue;
            if (rrule)
                warn(line.lineNumber, tr("only the first repeat rule (RRULE) of an event is used."));
            else
                rrule = &line;
        }
        if (!rrule)
            return std::nullopt;
        RecurrenceParseResult parsed = parseRecurrenceRule(rrule->value);
        if (!parsed.rule)
            return Skip{rrule->lineNumber, tr("its repeat rule cannot be used (%1).").arg(parsed.error)};
        // An UNTIL with a time ends the series at its last date not after that instant.
        static const QRegularExpression untilPart(QStringLiteral("UNTIL=([0-9TZ]+)"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch until = untilPart.match(rrule->value);
        const std::optional<WallTime> end = until.hasMatch() ? parseWallTime(until.captured(1)) : std::nullopt;
        if (end && end->seconds && m_start.wall.seconds && parsed.rule->until) {
            QDateTime limit = QDateTime(QDate(end->date.year(), end->date.month(), end->date.day()), QTime(0, 0), Qt::UTC).addSecs(*end->seconds);
            if (!end->utc && m_start.instant && !m_start.wall.utc) // a local UNTIL, against the rules, in the start's zone
                limit = seriesInstant(end->date).value_or(limit).addSecs(*end->seconds - *m_start.wall.seconds);
            Date last = end->date + boost::gregorian::days(1);
            while (last >= end->date - boost::gregorian::days(1)) {
                const std::optional<QDateTime> at = seriesInstant(last);
                if (at && *at <= limit)
                    break;
                last -= boost::gregorian::days(1);
            }
            parsed.rule->until = last;
        }
        // The rule's dates are those of the event's own zone; moved with the start when the
        // plan's zone puts it on another day.
        RecurrenceRule rule = *parsed.rule;
        if (m_start.wall.date != item.date)
            rule = moveRule(rule, m_start.wall.date, item.date);
        item.recurrence = toRRuleString(rule);
        for (const ContentLine &line : event.properties) {
            if (line.name != QLatin1String("EXDATE"))
                continue;
            for (const QString &value : line.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const std::optional<Moment> date = readMoment(line, value);
                if (!date)
                    return Skip{line.lineNumber, tr("'%1' is not a date (EXDATE).").arg(value)};
                item.excludedDates.push_back(date->date);
            }
        }
        std::sort(item.excludedDates.begin(), item.excludedDates.end());
        item.excludedDates.erase(std::unique(item.excludedDates.begin(), item.excludedDates.end()), item.excludedDates.end());
        checkSteadyTime(rule, item);
        return std::nullopt;
    }

    // The plan keeps one time for a whole series. When the event's zone and the plan's change
    // their clocks on different days, some dates are an hour off: said, with the first one.
    void checkSteadyTime(const RecurrenceRule &rule, const ContentItem &item)
    {
        if (!m_start.instant || !m_start.wall.seconds)
            return;
        const Date from = m_start.wall.date;
        const Date to = std::min(Date(9999, 12, 31), from + boost::gregorian::days(3 * 366));
        const RecurrenceRule inZone = *parseRecurrenceRule(wallRule(rule, item)).rule;
        for (const Date &day : expandOccurrences(inZone, from, from, to, {}, 500)) {
            const std::optional<QDateTime> at = seriesInstant(day);
            if (!at)
                return;
            const QDateTime local = at->toTimeZone(m_planZone);
            const int shift = int((Date(local.date().year(), local.date().month(), local.date().day()) - day).days());
            const int minutes = local.time().hour() * 60 + local.time().minute();
            if (shift != int((item.date - from).days()) || minutes != *item.timeMinutes) {
                warn(m_startLine->lineNumber,
                     tr("'%1' repeats at a fixed time in another time zone, which changes its clocks on other days than "
                        "this computer's; every date was kept at %2, which is %3 on %4.")
                         .arg(item.title, minutesToTimeString(*item.timeMinutes), minutesToTimeString(minutes),
                              toIsoString(Date(local.date().year(), local.date().month(), local.date().day()))));
                return;
            }
        }
    }

    // The rule as written in the event's zone (before it was moved to the plan's dates).
    QString wallRule(const RecurrenceRule &moved, const ContentItem &item) const
    {
        return toRRuleString(m_start.wall.date != item.date ? moveRule(moved, item.date, m_start.wall.date) : moved);
    }

    const Plan &m_context;
    QTimeZone m_planZone;
    ICalendarImport &m_result;
    ICalZones m_zones;
    QSet<QString> m_unknownZones;
    Moment m_start;
    const ContentLine *m_startLine = nullptr;
};

QString titleOf(const Component &event)
{
    const ContentLine *summary = event.find("SUMMARY");
    const QString title = summary ? unescapeICalText(summary->value).trimmed() : QString();
    return title.isEmpty() ? tr("no title") : title.left(60);
}

} // namespace

ICalendarImport readICalendar(const QByteArray &bytes, const Plan &context, const QTimeZone &planZone)
{
    ICalendarImport result;
    const ParsedFile file = parseComponents(bytes);
    if (!file.error.isEmpty()) {
        result.error = file.error;
        return result;
    }
    Reader reader(context, planZone.isValid() ? planZone : QTimeZone::systemTimeZone(), result);
    for (const auto &[line, why] : file.ignored)
        reader.warn(line, why);
    auto skip = [&](const Component &event, int line, const QString &why) {
        result.skipped.append(tr("Line %1 (%2): %3").arg(line).arg(titleOf(event), why));
    };
    auto add = [&](ContentItem item, ICalendarSource source, const Component &event) {
        if (const std::vector<Problem> problems = validateContentItem(item); !problems.empty()) {
            skip(event, event.lineNumber, problems.front().message);
            return;
        }
        result.items.push_back(std::move(item));
        result.sources.push_back(source);
    };
    QSet<QString> seenUids;
    for (const Component &calendar : file.calendars) {
        reader.readZones(calendar);
        // Series first, then their changed occurrences (RECURRENCE-ID), which exclude a date
        // from the series and become items of their own.
        struct Series
        {
            const Component *event;
            ContentItem item;
            ICalendarSource source;
        };
        std::map<QString, Series> series;
        std::map<QString, QSet<QString>> overridden; // the dates each UID's overrides replace
        std::vector<Series> overrides;
        for (const Component &event : calendar.children) {
            const bool todo = event.name == QLatin1String("VTODO");
            if (event.name != QLatin1String("VEVENT") && !todo) {
                if (event.name == QLatin1String("VJOURNAL"))
                    reader.warn(event.lineNumber, tr("VJOURNAL is a journal entry, not an event, and was left out."));
                continue;
            }
            const QString uid = event.find("UID") ? event.find("UID")->value.trimmed() : QString();
            const ContentLine *recurrenceId = event.find("RECURRENCE-ID");
            ContentItem item;
            ICalendarSource source;
            if (recurrenceId) {
                const std::optional<Moment> original = reader.readMoment(*recurrenceId, recurrenceId->value);
                if (!original) {
                    skip(event, recurrenceId->lineNumber, tr("'%1' is not a date (RECURRENCE-ID).").arg(recurrenceId->value));
                    continue;
                }
                overridden[uid].insert(toIsoString(original->date));
                const ContentLine *status = event.find("STATUS");
                if (status && status->value.trimmed().compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0)
                    continue; // a cancelled occurrence is only an excluded date
                if (const std::optional<Skip> why = reader.toItem(event, item, source)) {
                    skip(event, why->line, why->why);
                    continue;
                }
                item.id = idForUid(uid, QStringLiteral("/") + recurrenceId->value.trimmed());
                item.recurrence.clear();
                item.excludedDates.clear();
                overrides.push_back({&event, std::move(item), source});
                continue;
            }
            if (!uid.isEmpty() && seenUids.contains(uid)) {
                skip(event, event.lineNumber, tr("a second event with the UID %1 was left out.").arg(uid));
                continue;
            }
            if (const std::optional<Skip> why = reader.toItem(event, item, source)) {
                skip(event, why->line, why->why);
                continue;
            }
            if (!uid.isEmpty())
                seenUids.insert(uid);
            const QString key = uid.isEmpty() ? QString::number(event.lineNumber) : uid;
            series[key] = {&event, std::move(item), source};
        }
        for (auto &[uid, entry] : series) {
            ContentItem &item = entry.item;
            for (const QString &date : overridden[uid]) {
                // A RECURRENCE-ID outside the years a plan holds (6220) names no date of the
                // series: nothing to exclude.
                const std::optional<Date> original = parseIsoDate(date);
                if (original && !item.recurrence.isEmpty()
                    && !std::binary_search(item.excludedDates.begin(), item.excludedDates.end(), *original))
                    item.excludedDates.insert(std::upper_bound(item.excludedDates.begin(), item.excludedDates.end(), *original), *original);
            }
        }
        // In the file's order, so that the plan lists them as the calendar program did.
        for (const Component &event : calendar.children) {
            const QString uid = event.find("UID") ? event.find("UID")->value.trimmed() : QString();
            const auto found = series.find(uid.isEmpty() ? QString::number(event.lineNumber) : uid);
            if (found == series.end() || found->second.event != &event)
                continue;
            const ContentItem &item = found->second.item;
            std::vector<Skip> rdateSkips;
            const std::vector<ContentItem> extra = reader.extraDates(event, item, uid, overridden[uid], rdateSkips);
            for (const Skip &why : rdateSkips)
                reader.warn(why.line, why.why);
            add(item, found->second.source, event);
            for (const ContentItem &date : extra)
                add(date, found->second.source, event);
        }
        for (Series &changed : overrides)
            add(std::move(changed.item), changed.source, *changed.event);
    }
    return result;
}

} // namespace cplan
