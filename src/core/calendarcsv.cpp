#include "calendarcsv.h"

#include "contentschedule.h"
#include "enumnames.h"
#include "occurrences.h"

namespace cplan {

namespace {

template<typename Record>
QString nameOf(const std::vector<Record> &records, const RecordId &id)
{
    if (id.isNull())
        return {};
    const auto found = std::find_if(records.begin(), records.end(), [&id](const Record &r) { return r.id == id; });
    return found == records.end() ? QString() : found->name;
}

} // namespace

QString csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
                       || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
                       || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRow(const QStringList &fields)
{
    QString row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += QLatin1Char(',');
        row += csvField(fields[i]);
    }
    return row + QLatin1String("\r\n");
}

QByteArray writeCalendarCsv(const Plan &plan)
{
    QString text = csvRow({QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("title"), QStringLiteral("type"),
                           QStringLiteral("channel"), QStringLiteral("campaign"), QStringLiteral("owner"),
                           QStringLiteral("status")});
    for (const Occurrence &o : occurrencesBetween(plan, horizonStart(plan.settings), horizonEnd(plan.settings))) {
        const ContentItem &item = plan.content[o.itemIndex];
        text += csvRow({toIsoString(o.date), item.timeMinutes ? minutesToTimeString(*item.timeMinutes) : QString(),
                        item.title, toKey(item.type), nameOf(plan.channels, item.channelId),
                        nameOf(plan.campaigns, item.campaignId), nameOf(plan.team, item.ownerId), toKey(item.status)});
    }
    return text.toUtf8();
}

} // namespace cplan
