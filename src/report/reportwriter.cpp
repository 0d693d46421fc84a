#include "reportwriter.h"

#include "reportchartobject.h"
#include "richtext.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

namespace cplan {

namespace {

const QColor headingColour(0x1f, 0x3a, 0x5f);
const QColor noteColour(0x5f, 0x63, 0x68);
const QColor headerFill(0xe8, 0xee, 0xf5);
const QColor ruleColour(0xb8, 0xc2, 0xcc);

Qt::Alignment toQt(ReportWriter::Align align)
{
    switch (align) {
    case ReportWriter::Align::Right: return Qt::AlignRight | Qt::AlignAbsolute;
    case ReportWriter::Align::Centre: return Qt::AlignHCenter;
    case ReportWriter::Align::Left: break;
    }
    return Qt::AlignLeading;
}

} // namespace

ReportWriter::ReportWriter(QTextDocument *document, double pointsToUnits)
    : m_document(document), m_pointsToUnits(pointsToUnits), m_cursor(document)
{
}

QTextCharFormat ReportWriter::bodyFormat() const
{
    QTextCharFormat format;
    format.setFont(m_document->defaultFont());
    format.setForeground(Qt::black);
    return format;
}

void ReportWriter::newBlock(const QTextBlockFormat &format, const QTextCharFormat &charFormat)
{
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(charFormat);
        m_cursor.setCharFormat(charFormat);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format, charFormat);
    }
}

void ReportWriter::sectionHeading(ReportSection section, const QString &title)
{
    QTextBlockFormat block;
    if (!m_empty)
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    block.setBottomMargin(units(10));
    block.setHeadingLevel(1);
    QTextCharFormat text = bodyFormat();
    text.setFontPointSize(20);
    text.setFontWeight(QFont::Bold);
    text.setForeground(headingColour);
    newBlock(block, text);
    m_headings.push_back({section, title, m_cursor.block().blockNumber()});
    m_cursor.insertText(title, text);
}

void ReportWriter::subheading(const QString &title)
{
    QTextBlockFormat block;
    block.setTopMargin(units(12));
    block.setBottomMargin(units(4));
    block.setHeadingLevel(2);
    block.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    QTextCharFormat text = bodyFormat();
    text.setFontPointSize(13);
    text.setFontWeight(QFont::Bold);
    text.setForeground(headingColour);
    newBlock(block, text);
    m_subheadings.push_back(m_cursor.block().blockNumber());
    m_cursor.insertText(title, text);
}

void ReportWriter::paragraph(const QString &text, const QTextCharFormat &format)
{
    QTextBlockFormat block;
    block.setBottomMargin(units(4));
    const QTextCharFormat chars = format.isValid() && !format.properties().isEmpty() ? format : bodyFormat();
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void ReportWriter::note(const QString &text)
{
    QTextCharFormat format = bodyFormat();
    format.setFontPointSize(9);
    format.setFontItalic(true);
    format.setForeground(noteColour);
    paragraph(text, format);
}

void ReportWriter::richText(const QString &htmlOrPlain)
{
    if (htmlOrPlain.trimmed().isEmpty()) {
        note(QCoreApplication::translate("cplan::Report", "Not written yet."));
        return;
    }
    newBlock(QTextBlockFormat(), bodyFormat());
    if (isHtml(htmlOrPlain)) {
        m_cursor.insertFragment(QTextDocumentFragment::fromHtml(htmlOrPlain, m_document));
    } else {
        const QStringList lines = htmlOrPlain.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_cursor.insertBlock(QTextBlockFormat(), bodyFormat());
            m_cursor.insertText(lines[i], bodyFormat());
        }
    }
}

void ReportWriter::centredLine(const QString &text, double points, bool bold, double topMargin, const QColor &colour)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(units(topMargin));
    QTextCharFormat chars = bodyFormat();
    chars.setFontPointSize(points);
    chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    chars.setForeground(colour);
    newBlock(block, chars);
    m_cursor.insertText(text, chars);
}

void ReportWriter::chart(ReportChart chart, int index, double heightRatio)
{
    QTextBlockFormat block;
    block.setAlignment(Qt::AlignHCenter);
    block.setTopMargin(units(6));
    block.setBottomMargin(units(6));
    newBlock(block, bodyFormat());
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), reportChartFormat(chart, index, heightRatio));
}

QTextTableFormat ReportWriter::tableFormat(double padding) const
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setCellPadding(units(padding));
    format.setCellSpacing(0);
    format.setBorder(units(0.5));
    format.setBorderBrush(ruleColour);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    return format;
}

void ReportWriter::table(const std::vector<Column> &columns, const std::vector<QStringList> &rows, bool totalRow)
{
    newBlock(QTextBlockFormat(), bodyFormat());
    QTextTableFormat format = tableFormat(2.5);
    format.setHeaderRowCount(1);
    QList<QTextLength> widths;
    for (const Column &column : columns) {
        widths.append(column.widthPercent > 0 ? QTextLength(QTextLength::PercentageLength, column.widthPercent)
                                              : QTextLength(QTextLength::VariableLength, 0));
    }
    format.setColumnWidthConstraints(widths);

    QTextCharFormat cellText = bodyFormat();
    cellText.setFontPointSize(8);
    QTextCharFormat headerText = cellText;
    headerText.setFontWeight(QFont::Bold);
    QTextCharFormat totalText = headerText;

    m_cursor.beginEditBlock();
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(columns.size()), format);
    std::vector<QTextBlockFormat> aligns;
    for (const Column &column : columns) {
        QTextBlockFormat block;
        block.setAlignment(toQt(column.align));
        aligns.push_back(block);
    }
    QTextTableCellFormat headerCell;
    headerCell.setBackground(headerFill);
    for (int c = 0; c < int(columns.size()); ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        cell.setFormat(headerCell);
        QTextCursor at = cell.firstCursorPosition();
        at.setBlockFormat(aligns[std::size_t(c)]);
        at.insertText(columns[std::size_t(c)].title, headerText);
    }
    for (int r = 0; r < int(rows.size()); ++r) {
        const bool total = totalRow && r + 1 == int(rows.size());
        const QStringList &row = rows[std::size_t(r)];
        for (int c = 0; c < int(columns.size()) && c < row.size(); ++c) {
            QTextCursor at = table->cellAt(r + 1, c).firstCursorPosition();
            at.setBlockFormat(aligns[std::size_t(c)]);
            at.insertText(row[c], total ? totalText : cellText);
        }
    }
    m_cursor.endEditBlock();
    m_cursor.movePosition(QTextCursor::End);
}

void ReportWriter::keyValueTable(const std::vector<std::pair<QString, QString>> &pairs)
{
    newBlock(QTextBlockFormat(), bodyFormat());
    QTextTableFormat format = tableFormat(3);
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 45), QTextLength(QTextLength::PercentageLength, 55)});
    QTextCharFormat label = bodyFormat();
    QTextCharFormat value = bodyFormat();
    value.setFontWeight(QFont::Bold);
    QTextTableCellFormat labelCell;
    labelCell.setBackground(headerFill);
    m_cursor.beginEditBlock();
    QTextTable *table = m_cursor.insertTable(int(pairs.size()), 2, format);
    for (int r = 0; r < int(pairs.size()); ++r) {
        QTextTableCell cell = table->cellAt(r, 0);
        cell.setFormat(labelCell);
        cell.firstCursorPosition().insertText(pairs[std::size_t(r)].first, label);
        table->cellAt(r, 1).firstCursorPosition().insertText(pairs[std::size_t(r)].second, value);
    }
    m_cursor.endEditBlock();
    m_cursor.movePosition(QTextCursor::End);
}

} // namespace cplan
