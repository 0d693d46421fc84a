// The report's sections that list many things: charts, the content calendar, KPIs, comments.
#include "reportsections.h"

#include "contentschedule.h"
#include "displayformat.h"
#include "enumnames.h"
#include "kpistatus.h"
#include "occurrences.h"
#include "reviewcomments.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace cplan {

namespace {

using Align = ReportWriter::Align;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cplan::Report", text, disambiguation, n);
}

template<typename Record>
QHash<RecordId, QString> namesById(const std::vector<Record> &records)
{
    QHash<RecordId, QString> names;
    names.reserve(qsizetype(records.size()));
    for (const Record &record : records)
        names.insert(record.id, shownName(record.name));
    return names;
}

QString formatValue(double value)
{
    return QLocale().toString(value, 'g', 10);
}

QString formatTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

} // namespace

void writeCharts(ReportWriter &writer, const ReportContext &context)
{
    writer.sectionHeading(ReportSection::Charts, reportSectionTitle(ReportSection::Charts));
    writer.chart(ReportChart::RevenueSpend);
    writer.chart(ReportChart::CumulativeProfit);
    writer.chart(ReportChart::SpendByChannel);
    std::size_t withRoi = 0;
    for (const ChannelForecast &channel : context.forecast.channels)
        withRoi += channel.roi ? 1 : 0;
    writer.chart(ReportChart::ChannelRoi, 0, 0.3 + 0.045 * double(std::min<std::size_t>(withRoi, 25)));
    writer.chart(ReportChart::MarketSize);
    writer.chart(ReportChart::Scenarios);
    writer.chart(ReportChart::ContentPerMonth);
}

void writeKpis(ReportWriter &writer, const ReportContext &context)
{
    const Plan &plan = context.plan;
    writer.sectionHeading(ReportSection::Kpis, reportSectionTitle(ReportSection::Kpis));
    if (plan.kpis.empty()) {
        writer.note(tr("No KPIs yet."));
        return;
    }
    const QHash<RecordId, QString> channels = namesById(plan.channels);
    std::vector<QStringList> rows;
    for (const Kpi &kpi : plan.kpis) {
        const KpiStatus status = kpiStatus(kpi, plan.settings);
        rows.push_back({shownName(kpi.name), kpi.channelId.isNull() ? tr("whole plan") : channels.value(kpi.channelId), kpi.unit,
                        displayName(kpi.betterWhen), status.month ? formatMonth(*status.month) : QString(),
                        status.actual ? formatValue(*status.actual) : QString(), status.target ? formatValue(*status.target) : QString(),
                        displayName(status.track)});
    }
    writer.table({{tr("KPI"), 18}, {tr("Channel"), 14}, {tr("Unit"), 9}, {tr("Better when"), 9}, {tr("Latest month"), 13},
                  {tr("Actual"), 11, Align::Right}, {tr("Target"), 11, Align::Right}, {tr("Status"), 15}},
                 rows);
    constexpr std::size_t mostCharts = 24;
    writer.subheading(tr("Targets and actuals"));
    for (std::size_t k = 0; k < plan.kpis.size() && k < mostCharts; ++k)
        writer.chart(ReportChart::KpiTrend, int(k), 0.42);
    if (plan.kpis.size() > mostCharts)
        writer.note(tr("Charts of the first %1 KPIs; the table above has all %2.").arg(mostCharts).arg(plan.kpis.size()));
}

void writeReview(ReportWriter &writer, const ReportContext &context)
{
    const Plan &plan = context.plan;
    writer.sectionHeading(ReportSection::Review, reportSectionTitle(ReportSection::Review));
    const Approval &approval = plan.approval;
    writer.keyValueTable({{tr("Status"), displayName(approval.status)},
                          {tr("Set by"), approval.by},
                          {tr("On"), formatTime(approval.at)},
                          {tr("Note"), approval.note}});
    writer.subheading(tr("History"));
    if (approval.history.empty()) {
        writer.note(tr("The status has not changed yet."));
    } else {
        std::vector<QStringList> rows;
        for (const ApprovalEvent &event : approval.history)
            rows.push_back({formatTime(event.at), displayName(event.status), event.by, event.note});
        writer.table({{tr("When"), 20}, {tr("Status"), 18}, {tr("By"), 18}, {tr("Note"), 44}}, rows);
    }
    writer.subheading(tr("Comments"));
    if (plan.comments.empty()) {
        writer.note(tr("No comments."));
        return;
    }
    std::vector<QStringList> rows;
    for (const CommentListEntry &entry : listComments(plan)) {
        const Comment &comment = entry.comment;
        const QString indent = entry.depth > 0 ? QStringLiteral("↳ ") : QString();
        rows.push_back({entry.depth == 0 ? entry.anchorName : QString(), comment.author, formatTime(comment.createdAt),
                        indent + comment.text, entry.depth > 0 ? QString() : entry.threadResolved ? tr("resolved") : tr("open")});
    }
    writer.table({{tr("About"), 22}, {tr("Author"), 13}, {tr("When"), 15}, {tr("Comment"), 40}, {tr("State"), 10}}, rows);
}

} // namespace cplan
