#include "icalendarzones.h"

#include <QRegularExpression>

#include <algorithm>

namespace cplan {

namespace {

// Seconds since 1970-01-01 00:00 of a wall-clock time, as if it were UTC.
qint64 wallSeconds(const Date &date, int seconds)
{
    return QDateTime(QDate(date.year(), date.month(), date.day()), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + seconds;
}

struct Onset
{
    qint64 utc = 0; // the instant of the change
    int offsetFrom = 0;
    int offsetTo = 0;
};

} // namespace

std::optional<int> parseUtcOffset(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([+-])(\\d{2})(\\d{2})(\\d{2})?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch() || m.captured(2).toInt() > 23 || m.captured(3).toInt() > 59)
        return std::nullopt;
    const int seconds = m.captured(2).toInt() * 3600 + m.captured(3).toInt() * 60 + m.captured(4).toInt();
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

int ICalZoneDefinition::offsetAtLocal(const Date &date, int seconds) const
{
    // Every change up to a year after the date, as instants; a VTIMEZONE's rules are yearly,
    // so even one starting in 1601 gives a few hundred.
    const Date until(std::min(9999, int(date.year()) + 1), 12, 31);
    std::vector<Onset> onsets;
    for (const ICalZoneObservance &part : observances) {
        auto add = [&](const Date &day, int at) {
            onsets.push_back({wallSeconds(day, at) - part.offsetFromSeconds, part.offsetFromSeconds, part.offsetToSeconds});
        };
        if (part.start <= until)
            add(part.start, part.startSeconds); // DTSTART is always the first onset (RFC 5545 §3.6.5)
        if (part.rule) {
            for (const Date &day : expandOccurrences(*part.rule, part.start, part.start, until, {}, 20000)) {
                if (day != part.start)
                    add(day, part.startSeconds);
            }
        }
        for (const auto &[day, at] : part.extraOnsets)
            add(day, at);
    }
    if (onsets.empty())
        return 0;
    std::sort(onsets.begin(), onsets.end(), [](const Onset &a, const Onset &b) { return a.utc < b.utc; });
    // A change counts once the wall time, read in the offset after it, is past its instant: a
    // skipped hour keeps the offset before the change, a repeated hour takes the one after,
    // which for daylight saving time is standard time both ways, as pytz's localize() does.
    const qint64 wall = wallSeconds(date, seconds);
    int offset = onsets.front().offsetFrom;
    for (const Onset &onset : onsets) {
        if (wall - onset.offsetTo < onset.utc)
            break;
        offset = onset.offsetTo;
    }
    return offset;
}

void ICalZones::addDefinition(ICalZoneDefinition definition)
{
    const QString id = definition.id;
    m_definitions[id] = std::move(definition);
}

std::optional<QTimeZone> ICalZones::systemZone(const QString &tzid) const
{
    const QByteArray id = tzid.trimmed().toUtf8();
    if (id.isEmpty())
        return std::nullopt;
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id);
    if (!iana.isEmpty() && QTimeZone::isTimeZoneIdAvailable(iana))
        return QTimeZone(iana);
    return std::nullopt;
}

bool ICalZones::isKnown(const QString &tzid) const
{
    return systemZone(tzid) || m_definitions.count(tzid);
}

QString ICalZones::describe(const QString &tzid) const
{
    if (const std::optional<QTimeZone> zone = systemZone(tzid))
        return QString::fromUtf8(zone->id());
    return tzid;
}

std::optional<QDateTime> ICalZones::toInstant(const QString &tzid, const Date &date, int seconds) const
{
    const qint64 wall = wallSeconds(date, seconds);
    if (const std::optional<QTimeZone> zone = systemZone(tzid)) {
        // The same choice as for a VTIMEZONE in the hour a change skips or repeats: standard time.
        const int standard = zone->standardTimeOffset(QDateTime::fromSecsSinceEpoch(wall, Qt::UTC));
        const qint64 first = wall - standard;
        const int offset = zone->offsetFromUtc(QDateTime::fromSecsSinceEpoch(first, Qt::UTC));
        const qint64 second = wall - offset;
        const bool consistent = zone->offsetFromUtc(QDateTime::fromSecsSinceEpoch(second, Qt::UTC)) == offset;
        return QDateTime::fromSecsSinceEpoch(consistent ? second : first, Qt::UTC);
    }
    const auto definition = m_definitions.find(tzid);
    if (definition == m_definitions.end())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(wall - definition->second.offsetAtLocal(date, seconds), Qt::UTC);
}

} // namespace cplan
