#include "reportrenderer.h"

#include "atomicfile.h"
#include "reportchartobject.h"
#include "reportwriter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Report", text);
}

// Paper margins around the text, in millimetres; the header and footer sit in the top and
// bottom ones.
constexpr double sideMargin = 18.0;
constexpr double topMargin = 22.0;
constexpr double bottomMargin = 20.0;

constexpr int buildShare = 40;  // progress: writing the document
constexpr int layoutShare = 10; // laying it out; the rest is painting the pages

QFont reportFont(double points)
{
    // DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Persian; Chinese takes Noto Sans
    // CJK in its simplified Chinese forms (fontconfig alone would pick the Japanese ones).
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(points);
    // Any letter spacing makes Qt leave out the "fi" and "fl" ligatures, which text extracted
    // from the PDF (search, copy) would otherwise show as one odd character. Scripts that need
    // their ligatures (Arabic, Persian) keep them.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return font;
}

struct PageGeometry
{
    QRectF content; // in the painter's coordinates
    QRectF paper;   // the whole sheet, in the painter's coordinates
};

PageGeometry pageGeometry(QPagedPaintDevice *device)
{
    const QPageLayout layout = device->pageLayout();
    const int dpi = device->logicalDpiY();
    const QRectF full = layout.fullRectPixels(dpi);
    const QRectF paint = layout.paintRectPixels(dpi);
    const double mm = dpi / 25.4;
    PageGeometry geometry;
    geometry.paper = full.translated(-paint.topLeft());
    geometry.content = geometry.paper.adjusted(sideMargin * mm, topMargin * mm, -sideMargin * mm, -bottomMargin * mm);
    return geometry;
}

bool report(const ReportProgress &progress, int done)
{
    return !progress || progress(std::min(done, 100), 100);
}

bool writeSections(ReportWriter &writer, const ReportContext &context, const ReportProgress &progress, QTextTable **contents)
{
    const ReportOptions &options = context.options;
    if (options.has(ReportSection::Cover))
        writeCover(writer, context);
    if (options.has(ReportSection::Contents))
        *contents = writeContents(writer, context);
    using Writer = void (*)(ReportWriter &, const ReportContext &);
    const std::pair<ReportSection, Writer> before[] = {
        {ReportSection::Summary, writeSummary},   {ReportSection::Market, writeMarket},
        {ReportSection::Business, writeBusinessPlan}, {ReportSection::Channels, writeChannels},
        {ReportSection::Forecast, writeForecast}, {ReportSection::Charts, writeCharts},
    };
    for (const auto &[section, write] : before) {
        if (options.has(section))
            write(writer, context);
    }
    if (!report(progress, 5))
        return false;
    if (options.has(ReportSection::Calendar)) {
        const bool done = writeCalendar(writer, context, [&](int month, int months) {
            return report(progress, 5 + (buildShare - 5) * month / std::max(months, 1));
        });
        if (!done)
            return false;
    }
    if (options.has(ReportSection::Kpis))
        writeKpis(writer, context);
    if (options.has(ReportSection::Review))
        writeReview(writer, context);
    return report(progress, buildShare);
}

int pageOf(QTextDocument &document, int blockNumber)
{
    const QTextBlock block = document.findBlockByNumber(blockNumber);
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    return int(std::floor((rect.top() + 1.0) / document.pageSize().height())) + 1;
}

// Writes the page each section starts on into the contents; true when a number changed.
bool fillContents(QTextDocument &document, QTextTable *contents, const std::vector<ReportHeading> &headings)
{
    if (!contents)
        return false;
    bool changed = false;
    int row = 0;
    for (const ReportHeading &heading : headings) {
        if (heading.section == ReportSection::Contents || row >= contents->rows())
            continue;
        QTextCursor cell = contents->cellAt(row++, 1).firstCursorPosition();
        cell.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        const QString page = QString::number(pageOf(document, heading.blockNumber));
        if (cell.selectedText() != page) {
            cell.insertText(page);
            changed = true;
        }
    }
    return changed;
}

// Moves a subheading that would end a page (with less than `room` below it) to the next one.
void keepSubheadingsWithText(QTextDocument &document, const std::vector<int> &subheadings, double room)
{
    const double pageHeight = document.pageSize().height();
    for (int number : subheadings) {
        const QTextBlock block = document.findBlockByNumber(number);
        const QRectF rect = document.documentLayout()->blockBoundingRect(block);
        const double pageEnd = (std::floor(rect.top() / pageHeight) + 1.0) * pageHeight;
        if (pageEnd - rect.bottom() < room) {
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
        }
    }
}

// After the first layout: subheadings kept with their text and the contents numbered, in one
// edit (the document lays itself out again once), then the numbers checked once more.
void finishLayout(QTextDocument &document, const ReportWriter &writer, QTextTable *contents, double room)
{
    QTextCursor edit(&document);
    edit.beginEditBlock();
    keepSubheadingsWithText(document, writer.subheadings(), room);
    fillContents(document, contents, writer.headings());
    edit.endEditBlock();
    QTextCursor check(&document);
    check.beginEditBlock();
    fillContents(document, contents, writer.headings());
    check.endEditBlock();
}

void paintHeaderAndFooter(QPainter &painter, const PageGeometry &geometry, const QString &left, const QString &right,
                          const QString &footerLeft, const QString &footerRight, int dpi)
{
    const double mm = dpi / 25.4;
    painter.save();
    painter.setFont(reportFont(8));
    painter.setPen(QColor(0x5f, 0x63, 0x68));
    const QRectF &content = geometry.content;
    if (!left.isEmpty() || !right.isEmpty()) {
        const QRectF header(content.left(), content.top() - 10 * mm, content.width(), 6 * mm);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignBottom,
                         painter.fontMetrics().elidedText(left, Qt::ElideRight, int(header.width() * 0.6)));
        painter.drawText(header, Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignBottom, right);
        painter.setPen(QPen(QColor(0xb8, 0xc2, 0xcc), 0.3 * mm));
        painter.drawLine(QPointF(content.left(), content.top() - 3 * mm), QPointF(content.right(), content.top() - 3 * mm));
        painter.setPen(QColor(0x5f, 0x63, 0x68));
    }
    const QRectF footer(content.left(), content.bottom() + 5 * mm, content.width(), 6 * mm);
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignTop, footerLeft);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignTop, footerRight);
    painter.restore();
}

} // namespace

ReportResult renderReport(const Plan &plan, const ReportOptions &options, QPagedPaintDevice *device, const ReportProgress &progress)
{
    ReportResult result;
    const Forecast forecast = computeForecast(plan);
    const PageGeometry geometry = pageGeometry(device);
    const int dpi = device->logicalDpiY();

    // The document gets its device and page size only when it is written: a document with a
    // page size lays itself out again on every insertion, which would make writing quadratic.
    QTextDocument document;
    document.setDefaultFont(reportFont(10));
    document.setDocumentMargin(0);
    document.setUndoRedoEnabled(false);

    // The text layout scales frame and table lengths from 96-dpi pixels to the device itself.
    ReportWriter writer(&document, 96.0 / 72.0);
    const ReportContext context{plan, forecast, options};
    QTextTable *contents = nullptr;
    if (!writeSections(writer, context, progress, &contents)) {
        result.cancelled = true;
        return result;
    }
    document.documentLayout()->setPaintDevice(device);
    auto *charts = new ReportChartPainter(plan, forecast, dpi, &document);
    document.documentLayout()->registerHandler(reportChartObjectType, charts);
    document.setPageSize(geometry.content.size());
    document.pageCount(); // lays the document out
    finishLayout(document, writer, contents, 60.0 * dpi / 72.0);
    result.pages = document.pageCount();
    if (!report(progress, buildShare + layoutShare)) {
        result.cancelled = true;
        return result;
    }

    // Which section each page belongs to, for the running header.
    std::vector<QString> sectionOfPage(std::size_t(result.pages) + 1);
    for (const ReportHeading &heading : writer.headings()) {
        const int page = pageOf(document, heading.blockNumber);
        for (int p = page; p <= result.pages; ++p)
            sectionOfPage[std::size_t(p)] = heading.title;
    }

    const QString planName = plan.settings.name.isEmpty() ? tr("Untitled plan") : plan.settings.name;
    const QString printed = tr("Campaign Planner · printed %1").arg(QLocale().toString(options.printedOn, QLocale::ShortFormat));
    const double pageHeight = document.pageSize().height();
    QPainter painter(device);
    for (int page = 1; page <= result.pages; ++page) {
        if (page > 1)
            device->newPage();
        const bool cover = page == 1 && options.has(ReportSection::Cover);
        paintHeaderAndFooter(painter, geometry, cover ? QString() : planName, cover ? QString() : sectionOfPage[std::size_t(page)],
                             printed, tr("page %1 of %2").arg(page).arg(result.pages), dpi);
        painter.save();
        painter.translate(geometry.content.left(), geometry.content.top() - (page - 1) * pageHeight);
        QAbstractTextDocumentLayout::PaintContext paint;
        paint.clip = QRectF(0, (page - 1) * pageHeight, geometry.content.width(), pageHeight);
        paint.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(paint.clip);
        charts->setPage(paint.clip);
        document.documentLayout()->draw(&painter, paint);
        painter.restore();
        if (!report(progress, buildShare + layoutShare + (100 - buildShare - layoutShare) * page / result.pages)) {
            result.cancelled = true;
            break;
        }
    }
    painter.end();
    return result;
}

QByteArray reportPdf(const Plan &plan, const ReportOptions &options, const ReportProgress &progress, ReportResult *result)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ReportResult rendered;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(plan.settings.name);
        writer.setCreator(QStringLiteral("Campaign Planner"));
        rendered = renderReport(plan, options, &writer, progress);
    }
    if (result)
        *result = rendered;
    return rendered.cancelled ? QByteArray() : buffer.data();
}

bool writeReportPdf(const Plan &plan, const ReportOptions &options, const QString &path, QString *error, const ReportProgress &progress)
{
    ReportResult result;
    const QByteArray pdf = reportPdf(plan, options, progress, &result);
    if (result.cancelled) {
        if (error)
            *error = tr("The report was cancelled; %1 was not written.").arg(QFileInfo(path).fileName());
        return false;
    }
    QString why;
    if (!storage::writeFileAtomically(path, pdf, &why)) {
        if (error)
            *error = tr("Could not write the report to %1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace cplan
