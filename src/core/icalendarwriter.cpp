#include "icalendar.h"

#include "contentschedule.h"
#include "enumnames.h"
#include "recurrence.h"

#include <QStringList>

namespace cplan {

namespace {

QString compactDate(const Date &date)
{
    return QStringLiteral("%1%2%3")
        .arg(int(date.year()), 4, 10, QLatin1Char('0'))
        .arg(int(date.month()), 2, 10, QLatin1Char('0'))
        .arg(int(date.day()), 2, 10, QLatin1Char('0'));
}

QString compactTime(int minutes)
{
    return QStringLiteral("T%1%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'))
           + QLatin1String("00");
}

// DATE for an item without a time, floating local DATE-TIME otherwise: the plan has no time
// zone, and the team posts at 09:30 wherever the calendar is opened.
QString dateValue(const Date &date, const std::optional<int> &time)
{
    return time ? compactDate(date) + compactTime(*time) : compactDate(date);
}

QString durationValue(int minutes)
{
    QString text = QStringLiteral("P");
    if (minutes >= 24 * 60) {
        text += QString::number(minutes / (24 * 60)) + QLatin1Char('D');
        minutes %= 24 * 60;
    }
    if (minutes > 0) {
        text += QLatin1Char('T');
        if (minutes >= 60)
            text += QString::number(minutes / 60) + QLatin1Char('H');
        if (minutes % 60 > 0)
            text += QString::number(minutes % 60) + QLatin1Char('M');
    }
    return text;
}

template<typename Record>
QString nameOf(const std::vector<Record> &records, const RecordId &id)
{
    if (id.isNull())
        return {};
    for (const Record &record : records) {
        if (record.id == id)
            return record.name;
    }
    return {};
}

class Writer
{
public:
    void line(const QString &text) { m_bytes += foldICalLine(text); }
    void text(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            line(QLatin1String(name) + QLatin1Char(':') + escapeICalText(value));
    }
    QByteArray take() { return std::move(m_bytes); }

private:
    QByteArray m_bytes;
};

void writeEvent(Writer &out, const Plan &plan, const ContentItem &item, const QString &stamp)
{
    Date start = item.date;
    QString rrule;
    if (!item.recurrence.isEmpty()) {
        const RecurrenceParseResult parsed = parseRecurrenceRule(item.recurrence);
        if (!parsed.rule)
            return;
        // Calendar programs count DTSTART as the first occurrence even when it does not match
        // the rule (RFC 5545 leaves that case undefined); starting at the first date the rule
        // gives makes every program agree. The rule's periods stay aligned: that date lies
        // a whole number of intervals after the item's date.
        const std::vector<Date> first = expandOccurrences(*parsed.rule, item.date, item.date,
                                                          Date(9999, 12, 31), {}, 1);
        if (first.empty())
            return;
        start = first.front();
        RecurrenceRule rule = *parsed.rule;
        const std::optional<Date> until = rule.until;
        rule.until.reset();
        rrule = toRRuleString(rule);
        // UNTIL must have the value type of DTSTART; the whole last day counts.
        if (until)
            rrule += QStringLiteral(";UNTIL=") + compactDate(*until) + (item.timeMinutes ? QStringLiteral("T235959") : QString());
    } else if (itemOccurrences(item, item.date, item.date).empty()) {
        return; // a one-off item whose only date is excluded does not happen
    }

    out.line(QStringLiteral("BEGIN:VEVENT"));
    out.line(QStringLiteral("UID:") + icalUid(item.id));
    out.line(QStringLiteral("DTSTAMP:") + stamp);
    if (item.timeMinutes) {
        out.line(QStringLiteral("DTSTART:") + dateValue(start, item.timeMinutes));
        if (item.durationMinutes && *item.durationMinutes > 0)
            out.line(QStringLiteral("DURATION:") + durationValue(*item.durationMinutes));
    } else {
        out.line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(start, std::nullopt));
        out.line(QStringLiteral("DURATION:P1D"));
    }
    if (!rrule.isEmpty()) {
        out.line(QStringLiteral("RRULE:") + rrule);
        QStringList excluded;
        for (const Date &date : item.excludedDates)
            excluded.append(dateValue(date, item.timeMinutes));
        if (!excluded.isEmpty())
            out.line((item.timeMinutes ? QStringLiteral("EXDATE:") : QStringLiteral("EXDATE;VALUE=DATE:"))
                     + excluded.join(QLatin1Char(',')));
    }
    out.text("SUMMARY", item.title);
    out.text("DESCRIPTION", item.notes);
    const QString campaign = nameOf(plan.campaigns, item.campaignId);
    const QString channel = nameOf(plan.channels, item.channelId);
    QStringList categories;
    for (const QString &category : {displayName(item.type), campaign, channel}) {
        if (!category.isEmpty())
            categories.append(escapeICalText(category));
    }
    out.line(QStringLiteral("CATEGORIES:") + categories.join(QLatin1Char(',')));
    out.line(QStringLiteral("STATUS:")
             + (item.status == ContentStatus::Idea ? QStringLiteral("TENTATIVE") : QStringLiteral("CONFIRMED")));
    out.line(QStringLiteral("X-CPLAN-TYPE:") + toKey(item.type));
    out.line(QStringLiteral("X-CPLAN-STATUS:") + toKey(item.status));
    out.text("X-CPLAN-CHANNEL", channel);
    out.text("X-CPLAN-CAMPAIGN", campaign);
    out.text("X-CPLAN-OWNER", nameOf(plan.team, item.ownerId));
    out.line(QStringLiteral("END:VEVENT"));
}

} // namespace

QString escapeICalText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\': out += QLatin1String("\\\\"); break;
        case u';': out += QLatin1String("\\;"); break;
        case u',': out += QLatin1String("\\,"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QLatin1String("\\n");
            break;
        case u'\t': out += c; break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
                out += c;
        }
    }
    return out;
}

QString unescapeICalText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
    }
    return out;
}

QByteArray foldICalLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 70 * 3 + 2);
    qsizetype position = 0;
    qsizetype room = 75; // the first line; continuation lines spend one octet on the space
    while (bytes.size() - position > room) {
        qsizetype end = position + room;
        while (end > position && (quint8(bytes.at(end)) & 0xC0) == 0x80)
            --end; // never cut a UTF-8 sequence
        out += bytes.mid(position, end - position);
        out += "\r\n ";
        position = end;
        room = 74;
    }
    out += bytes.mid(position);
    out += "\r\n";
    return out;
}

QString icalUid(const RecordId &id)
{
    return id.toString(QUuid::WithoutBraces) + QStringLiteral("@campaign-planner");
}

QByteArray writeICalendar(const Plan &plan, const QDateTime &stamp)
{
    Writer out;
    out.line(QStringLiteral("BEGIN:VCALENDAR"));
    out.line(QStringLiteral("VERSION:2.0"));
    out.line(QStringLiteral("PRODID:-//Campaign Planner//Campaign Planner %1//EN").arg(QStringLiteral(CPLAN_VERSION)));
    out.line(QStringLiteral("CALSCALE:GREGORIAN"));
    out.line(QStringLiteral("METHOD:PUBLISH"));
    out.text("X-WR-CALNAME", plan.settings.name);
    const QString stampText = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    for (const ContentItem &item : plan.content)
        writeEvent(out, plan, item, stampText);
    out.line(QStringLiteral("END:VCALENDAR"));
    return out.take();
}

} // namespace cplan
