#pragma once

#include "reportoptions.h"

#include <QString>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextTableFormat>

#include <vector>

class QTextDocument;
class QTextTable;

namespace cplan {

// What the report's chart objects draw (reportchartobject.h); `index` picks a KPI or a slice
// of the roll-out phases.
enum class ReportChart {
    RevenueSpend, CumulativeProfit, SpendByChannel, ChannelRoi, MarketSize, Scenarios, ContentPerMonth,
    RolloutTimeline, KpiTrend
};

// A heading written into the report, for the contents page and the running header.
struct ReportHeading
{
    ReportSection section;
    QString title;
    int blockNumber = 0;
};

// Writes the report's parts into a QTextDocument that is laid out for one paint device (the
// PDF writer or the printer): headings that start a page, paragraphs, rich text, tables that
// repeat their header row on every page, and charts drawn as vectors.
class ReportWriter
{
public:
    enum class Align { Left, Right, Centre };
    struct Column
    {
        QString title;
        double widthPercent = 0; // 0: shares what is left
        Align align = Align::Left;
    };

    // `pointsToUnits` converts typographic points to the lengths of the document's formats.
    ReportWriter(QTextDocument *document, double pointsToUnits);

    QTextDocument *document() const { return m_document; }
    bool isEmpty() const { return m_empty; }
    double units(double points) const { return points * m_pointsToUnits; }

    void sectionHeading(ReportSection section, const QString &title);
    void subheading(const QString &title);
    void paragraph(const QString &text, const QTextCharFormat &format = {});
    void note(const QString &text); // small grey text: an explanation or "nothing yet"
    // Business-plan text as the editors stored it (a clean HTML subset or plain text).
    void richText(const QString &htmlOrPlain);
    // A centred line of its own size and colour, `topMargin` points below the one before: the cover.
    void centredLine(const QString &text, double points, bool bold, double topMargin, const QColor &colour);
    // A chart as tall as `heightRatio` × the text width.
    void chart(ReportChart chart, int index = 0, double heightRatio = 0.58);

    // A table with one header row (repeated on each page) and `rows`; a last row in bold when
    // `totalRow` is set.
    void table(const std::vector<Column> &columns, const std::vector<QStringList> &rows, bool totalRow = false);
    // Two columns, label and value, without a header row: key figures.
    void keyValueTable(const std::vector<std::pair<QString, QString>> &pairs);

    const std::vector<ReportHeading> &headings() const { return m_headings; }
    // Block numbers of the subheadings, which should not end a page.
    const std::vector<int> &subheadings() const { return m_subheadings; }
    QTextCursor &cursor() { return m_cursor; }

    QTextCharFormat bodyFormat() const;

private:
    void newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat);
    // A full-width table with thin ruled cells, `padding` points inside each.
    QTextTableFormat tableFormat(double padding) const;

    QTextDocument *m_document;
    double m_pointsToUnits;
    QTextCursor m_cursor;
    bool m_empty = true;
    std::vector<ReportHeading> m_headings;
    std::vector<int> m_subheadings;
};

} // namespace cplan
