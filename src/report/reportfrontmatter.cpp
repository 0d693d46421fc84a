// The report's first pages: cover, contents and the executive summary.
#include "planlimits.h"
#include "reportsections.h"

#include "contentschedule.h"
#include "displayformat.h"
#include "enumnames.h"
#include "kpistatus.h"
#include "rollout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace cplan {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cplan::Report", text, disambiguation, n);
}

} // namespace

QString countOf(int n, const char *one, const char *many)
{
    return n == 1 ? tr(one) : tr(many).arg(QLocale().toString(n));
}

QString shownName(const QString &name)
{
    return elidedForMessage(name, textlimits::name);
}

namespace {

QString horizonText(const PlanSettings &settings)
{
    return tr("%1 – %2 (%3)")
        .arg(formatMonth(settings.startMonth), formatMonth(settings.startMonth.addMonths(settings.months - 1)),
             countOf(settings.months, "one month", "%1 months"));
}

QString approvalText(const Approval &approval)
{
    QString text = displayName(approval.status);
    if (!approval.by.isEmpty() && approval.at.isValid())
        text = tr("%1 by %2 on %3").arg(text, approval.by, QLocale().toString(approval.at.toLocalTime().date(), QLocale::LongFormat));
    else if (!approval.by.isEmpty())
        text = tr("%1 by %2").arg(text, approval.by);
    return text;
}

} // namespace

void writeCover(ReportWriter &writer, const ReportContext &context)
{
    const Plan &plan = context.plan;
    const QColor ink(0x1f, 0x3a, 0x5f);
    const QColor grey(0x5f, 0x63, 0x68);
    writer.centredLine(tr("Marketing campaign plan"), 14, false, 150, grey);
    writer.centredLine(plan.settings.name.isEmpty() ? tr("Untitled plan") : shownName(plan.settings.name), 30, true, 14, ink);
    writer.centredLine(horizonText(plan.settings), 13, false, 18, grey);
    if (!plan.settings.author.isEmpty())
        writer.centredLine(tr("Prepared by %1").arg(plan.settings.author), 13, false, 90, Qt::black);
    writer.centredLine(tr("Printed on %1").arg(QLocale().toString(context.options.printedOn, QLocale::LongFormat)), 12, false,
              plan.settings.author.isEmpty() ? 90 : 6, Qt::black);
    writer.centredLine(tr("Approval: %1").arg(approvalText(plan.approval)), 12, true, 6, ink);
    if (!plan.approval.note.isEmpty())
        writer.centredLine(plan.approval.note, 11, false, 4, grey);
}

QTextTable *writeContents(ReportWriter &writer, const ReportContext &context)
{
    writer.sectionHeading(ReportSection::Contents, reportSectionTitle(ReportSection::Contents));
    std::vector<std::pair<QString, QString>> rows;
    for (const ReportSectionInfo &info : allReportSections()) {
        if (info.section != ReportSection::Cover && info.section != ReportSection::Contents && context.options.has(info.section))
            rows.emplace_back(info.title, QStringLiteral("…"));
    }
    if (rows.empty()) {
        writer.note(tr("No other section was chosen."));
        return nullptr;
    }
    QTextCursor &cursor = writer.cursor();
    writer.paragraph(QString());
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorder(0);
    format.setCellPadding(writer.units(4));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 85), QTextLength(QTextLength::PercentageLength, 15)});
    QTextTable *table = cursor.insertTable(int(rows.size()), 2, format);
    QTextCharFormat chars = writer.bodyFormat();
    chars.setFontPointSize(12);
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
    for (int r = 0; r < int(rows.size()); ++r) {
        table->cellAt(r, 0).firstCursorPosition().insertText(rows[std::size_t(r)].first, chars);
        QTextCursor page = table->cellAt(r, 1).firstCursorPosition();
        page.setBlockFormat(right);
        page.insertText(rows[std::size_t(r)].second, chars);
    }
    cursor.movePosition(QTextCursor::End);
    return table;
}

void writeSummary(ReportWriter &writer, const ReportContext &context)
{
    const Plan &plan = context.plan;
    const Forecast &forecast = context.forecast;
    writer.sectionHeading(ReportSection::Summary, reportSectionTitle(ReportSection::Summary));
    const std::optional<YearMonth> breakEven = forecast.breakEvenMonth();
    const ChannelStatusCounts statusCounts = channelStatusCounts(plan); // follows the phases
    int behind = 0;
    for (const Kpi &kpi : plan.kpis)
        behind += kpiStatus(kpi, plan.settings).track == KpiTrack::Behind ? 1 : 0;

    QString story = tr("The plan invests %1 in marketing over %2 across %3")
                        .arg(formatMoney(plan, forecast.totals.spend), horizonText(plan.settings),
                             countOf(int(plan.channels.size()), "one channel", "%1 channels"));
    story += tr(" and forecasts %1 of revenue and %2 of operating profit.")
                 .arg(formatMoney(plan, forecast.totals.revenue), formatMoney(plan, forecast.totals.operatingProfit));
    story += QLatin1Char(' ');
    story += forecast.roi ? tr("Marketing returns %1 on what it costs.").arg(formatPercent(*forecast.roi))
                          : tr("No marketing spend is planned yet.");
    story += QLatin1Char(' ');
    story += breakEven ? tr("The plan breaks even in %1.").arg(formatMonth(*breakEven))
                       : tr("The plan does not break even within its horizon.");
    writer.paragraph(story);

    const MarketSize market = marketSize(plan);
    writer.subheading(tr("Key figures"));
    writer.keyValueTable({
        {tr("Planning horizon"), horizonText(plan.settings)},
        {tr("Marketing budget"), formatMoney(plan, forecast.totals.spend)},
        {tr("Forecast revenue"), formatMoney(plan, forecast.totals.revenue)},
        {tr("Gross profit"), formatMoney(plan, forecast.totals.grossProfit)},
        {tr("Fixed costs"), formatMoney(plan, forecast.totals.fixedCosts)},
        {tr("Operating profit"), formatMoney(plan, forecast.totals.operatingProfit)},
        {tr("Marketing ROI"), forecast.roi ? formatPercent(*forecast.roi) : tr("none (no spend)")},
        {tr("Break-even month"), breakEven ? formatMonth(*breakEven) : tr("not within the horizon")},
        {tr("Market size (total / serviceable / obtainable)"),
         QStringLiteral("%1 / %2 / %3").arg(formatMoney(plan, market.tam), formatMoney(plan, market.sam), formatMoney(plan, market.som))},
        {tr("Channels (in test / rolled out)"), tr("%1 (%2 / %3)").arg(plan.channels.size()).arg(statusCounts.testing).arg(statusCounts.rolledOut)},
        {tr("Content dates in the horizon"), QLocale().toString(qulonglong(occurrencesInHorizon(plan)))},
        {tr("KPIs behind target"), tr("%1 of %2").arg(behind).arg(plan.kpis.size())},
    });

    writer.subheading(tr("Scenarios"));
    std::vector<QStringList> rows;
    for (Scenario scenario : {Scenario::Conservative, Scenario::Base, Scenario::Optimistic}) {
        const Forecast f = scenario == forecast.scenario ? forecast : computeForecast(plan, scenario);
        const std::optional<YearMonth> month = f.breakEvenMonth();
        rows.push_back({displayName(scenario), formatNumber(scenarioFactor(plan.settings, scenario), 2),
                        formatMoney(plan, f.totals.revenue), formatMoney(plan, f.totals.operatingProfit),
                        f.roi ? formatPercent(*f.roi) : tr("none"), month ? formatMonth(*month) : tr("not reached")});
    }
    writer.table({{tr("Scenario"), 18}, {tr("Factor"), 12, ReportWriter::Align::Right},
                  {tr("Revenue"), 20, ReportWriter::Align::Right}, {tr("Operating profit"), 20, ReportWriter::Align::Right},
                  {tr("ROI"), 12, ReportWriter::Align::Right}, {tr("Break-even"), 18, ReportWriter::Align::Right}},
                 rows);

    writer.subheading(tr("Priorities"));
    writer.richText(plan.texts.priorities);
    writer.subheading(tr("Recommendations"));
    writer.richText(plan.texts.recommendations);
}

} // namespace cplan
