#include "reportchartobject.h"

#include "forecastcharts.h"
#include "kpitrendchart.h"
#include "marketsizechart.h"
#include "planningcharts.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QTextDocument>

#include <memory>

namespace cplan {

namespace {

enum Property { ChartProperty = QTextFormat::UserProperty + 1, IndexProperty, HeightProperty };

// Charts are laid out in the units their fonts are measured in on a screen.
constexpr double chartDpi = 96.0;

} // namespace

QTextCharFormat reportChartFormat(ReportChart chart, int index, double heightRatio)
{
    QTextCharFormat format;
    format.setObjectType(reportChartObjectType);
    format.setProperty(ChartProperty, int(chart));
    format.setProperty(IndexProperty, index);
    format.setProperty(HeightProperty, heightRatio);
    return format;
}

ReportChartPainter::ReportChartPainter(const Plan &plan, const Forecast &forecast, double deviceDpi, QObject *parent)
    : QObject(parent), m_plan(plan), m_forecast(forecast), m_deviceDpi(deviceDpi)
{
}

QSizeF ReportChartPainter::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    // A little narrower than the text so the block's own margins never push it to a new line.
    const double width = document->textWidth() * 0.98;
    const double pageHeight = document->pageSize().height();
    const double height = std::min(width * format.doubleProperty(HeightProperty), pageHeight * 0.85);
    return {width, height};
}

QChart *ReportChartPainter::buildChart(ReportChart chart, int index) const
{
    switch (chart) {
    case ReportChart::RevenueSpend: return buildRevenueSpendChart(m_plan, m_forecast);
    case ReportChart::CumulativeProfit: return buildCumulativeProfitChart(m_plan, m_forecast);
    case ReportChart::SpendByChannel: return buildSpendByChannelChart(m_plan, m_forecast);
    case ReportChart::ChannelRoi: return buildChannelRoiChart(m_plan, m_forecast);
    case ReportChart::MarketSize: return buildMarketSizeChart(m_plan);
    case ReportChart::Scenarios: return buildScenarioChart(m_plan);
    case ReportChart::ContentPerMonth: return buildContentPerMonthChart(m_plan);
    case ReportChart::RolloutTimeline: return buildRolloutTimelineChart(m_plan, std::size_t(index), reportTimelinePhases);
    case ReportChart::KpiTrend:
        if (index >= 0 && std::size_t(index) < m_plan.kpis.size())
            return buildKpiTrendChart(m_plan, m_plan.kpis[std::size_t(index)]);
        break;
    }
    return nullptr;
}

void ReportChartPainter::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    // A chart of the next page whose block begins on this one is asked for too, its top a
    // fraction of a pixel above the page's end. Its series would ignore the page's clip (they
    // set their own), so such a chart is left for its page.
    if (!m_page.isNull() && m_page.intersected(rect).height() < 1.0)
        return;
    const auto kind = ReportChart(format.intProperty(ChartProperty));
    QGraphicsScene scene;
    QChart *chart = buildChart(kind, format.intProperty(IndexProperty));
    if (!chart)
        return;
    scene.addItem(chart); // the scene owns it now
    const double scale = m_deviceDpi / chartDpi;
    const QSizeF logical(rect.width() / scale, rect.height() / scale);
    chart->setGeometry(QRectF(QPointF(0, 0), logical));
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    painter->save();
    if (!m_page.isNull())
        painter->setClipRect(m_page, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing);
    scene.render(painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace cplan
