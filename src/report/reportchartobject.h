#pragma once

#include "forecast.h"
#include "reportwriter.h"

#include <QObject>
#include <QTextObjectInterface>

class QChart;

namespace cplan {

// The object type of a chart inside the report's QTextDocument.
constexpr int reportChartObjectType = QTextFormat::UserObject + 1;

// How many roll-out phases one timeline chart of the report shows.
constexpr std::size_t reportTimelinePhases = 20;

QTextCharFormat reportChartFormat(ReportChart chart, int index, double heightRatio);

// Draws the report's charts into the document's pages as vectors (the PDF keeps their text as
// text): each chart is built by the same builders as the screen's, laid out at the size it has
// on paper and painted through a graphics scene.
class ReportChartPainter : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // `screenDpi` is what the charts' fonts are measured in; `deviceDpi` the paper's.
    ReportChartPainter(const Plan &plan, const Forecast &forecast, double deviceDpi, QObject *parent = nullptr);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

    QChart *buildChart(ReportChart chart, int index) const;
    // The part of the document on the page being painted, in the document's coordinates.
    void setPage(const QRectF &page) { m_page = page; }

private:
    const Plan &m_plan;
    const Forecast &m_forecast;
    double m_deviceDpi;
    QRectF m_page;
};

} // namespace cplan
