#include "reportrenderer.h"

#include "atomicfile.h"
#include "reportcalendarpages.h"
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

// The report's text before the calendar (cover to charts) and after it (KPIs, comments).
bool writeSections(ReportWriter &before, ReportWriter &after, const ReportContext &context, const ReportProgress &progress,
                   QTextTable **contents)
{
    const ReportOptions &options = context.options;
    if (options.has(ReportSection::Cover))
        writeCover(before, context);
    if (options.has(ReportSection::Contents))
        *contents = writeContents(before, context);
    using Writer = void (*)(ReportWriter &, const ReportContext &);
    const std::pair<ReportSection, Writer> sections[] = {
        {ReportSection::Summary, writeSummary},   {ReportSection::Market, writeMarket},
        {ReportSection::Business, writeBusinessPlan}, {ReportSection::Channels, writeChannels},
        {ReportSection::Forecast, writeForecast}, {ReportSection::Charts, writeCharts},
    };
    for (const auto &[section, write] : sections) {
        if (options.has(section))
            write(before, context);
    }
    if (!report(progress, buildShare / 2))
        return false;
    if (options.has(ReportSection::Kpis))
        writeKpis(after, context);
    if (options.has(ReportSection::Review))
        writeReview(after, context);
    return report(progress, buildShare);
}

int pageOf(QTextDocument &document, int blockNumber)
{
    const QTextBlock block = document.findBlockByNumber(blockNumber);
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    return int(std::floor((rect.top() + 1.0) / document.pageSize().height())) + 1;
}

// Writes the pages the sections start on into the contents, in order; true when one changed.
bool fillContents(QTextTable *contents, const std::vector<int> &pages)
{
    if (!contents)
        return false;
    bool changed = false;
    for (int row = 0; row < contents->rows() && row < int(pages.size()); ++row) {
        QTextCursor cell = contents->cellAt(row, 1).firstCursorPosition();
        cell.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        const QString page = QString::number(pages[std::size_t(row)]);
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
    QTextCursor edit(&document);
    edit.beginEditBlock(); // the document lays itself out again once, not after every change
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
    edit.endEditBlock();
}

// A run of the report's text: its document, what was written into it, where its pages go.
struct TextPart
{
    QTextDocument document;
    ReportWriter writer{&document, 96.0 / 72.0}; // formats' lengths are 96-dpi pixels
    ReportChartPainter *charts = nullptr;
    int pages = 0;
    int firstPage = 1;

    TextPart()
    {
        // The document gets its device and page size only when it is written: with a page
        // size it lays itself out again on every insertion, which would make writing quadratic.
        document.setDefaultFont(reportFont(10));
        document.setDocumentMargin(0);
        document.setUndoRedoEnabled(false);
    }

    void layOut(QPagedPaintDevice *device, const Plan &plan, const Forecast &forecast, const QSizeF &page, int dpi)
    {
        if (writer.isEmpty())
            return;
        document.documentLayout()->setPaintDevice(device);
        charts = new ReportChartPainter(plan, forecast, dpi, &document);
        document.documentLayout()->registerHandler(reportChartObjectType, charts);
        document.setPageSize(page);
        document.pageCount();
        keepSubheadingsWithText(document, writer.subheadings(), 60.0 * dpi / 72.0);
        pages = document.pageCount();
    }

    int pageOfHeading(const ReportHeading &heading) { return firstPage - 1 + pageOf(document, heading.blockNumber); }

    void paintPage(QPainter &painter, const QRectF &content, int page)
    {
        const double pageHeight = document.pageSize().height();
        const int local = page - firstPage;
        painter.save();
        painter.translate(content.left(), content.top() - local * pageHeight);
        QAbstractTextDocumentLayout::PaintContext paint;
        paint.clip = QRectF(0, local * pageHeight, content.width(), pageHeight);
        paint.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(paint.clip);
        charts->setPage(paint.clip);
        document.documentLayout()->draw(&painter, paint);
        painter.restore();
    }
};

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
    const ReportContext context{plan, forecast, options};

    // The calendar is painted by itself between the text before it and after it.
    TextPart before;
    TextPart after;
    QTextTable *contents = nullptr;
    if (!writeSections(before.writer, after.writer, context, progress, &contents)) {
        result.cancelled = true;
        return result;
    }
    before.layOut(device, plan, forecast, geometry.content.size(), dpi);
    std::unique_ptr<CalendarPages> calendar;
    if (options.has(ReportSection::Calendar))
        calendar = std::make_unique<CalendarPages>(plan, geometry.content.size(), dpi);
    const int calendarPages = calendar ? calendar->pageCount() : 0;
    after.layOut(device, plan, forecast, geometry.content.size(), dpi);

    // Page numbers run through the three parts; the contents get them, and should that move
    // the text before the calendar by a page, they are worked out once more.
    std::vector<std::pair<QString, int>> headings; // title and first page, in order
    for (int round = 0; round < 2; ++round) {
        after.firstPage = before.pages + calendarPages + 1;
        headings.clear();
        for (const ReportHeading &heading : before.writer.headings())
            headings.emplace_back(heading.title, before.pageOfHeading(heading));
        if (calendar)
            headings.emplace_back(reportSectionTitle(ReportSection::Calendar), before.pages + 1);
        for (const ReportHeading &heading : after.writer.headings())
            headings.emplace_back(heading.title, after.pageOfHeading(heading));
        std::vector<int> pages;
        for (const auto &[title, page] : headings) {
            if (title != reportSectionTitle(ReportSection::Contents))
                pages.push_back(page);
        }
        QTextCursor edit(&before.document);
        edit.beginEditBlock();
        const bool changed = fillContents(contents, pages);
        edit.endEditBlock();
        const int pagesBefore = before.pages;
        if (changed && !before.writer.isEmpty())
            before.pages = before.document.pageCount();
        if (before.pages == pagesBefore)
            break;
    }
    result.pages = before.pages + calendarPages + after.pages;
    if (!report(progress, buildShare + layoutShare)) {
        result.cancelled = true;
        return result;
    }

    // Which section each page belongs to, for the running header.
    std::vector<QString> sectionOfPage(std::size_t(result.pages) + 1);
    for (const auto &[title, first] : headings) {
        for (int p = std::max(first, 1); p <= result.pages; ++p)
            sectionOfPage[std::size_t(p)] = title;
    }

    const QString planName = plan.settings.name.isEmpty() ? tr("Untitled plan") : shownName(plan.settings.name);
    const QString printed = tr("Campaign Planner · printed %1").arg(QLocale().toString(options.printedOn, QLocale::ShortFormat));
    QPainter painter(device);
    for (int page = 1; page <= result.pages; ++page) {
        if (page > 1)
            device->newPage();
        const bool cover = page == 1 && options.has(ReportSection::Cover);
        paintHeaderAndFooter(painter, geometry, cover ? QString() : planName, cover ? QString() : sectionOfPage[std::size_t(page)],
                             printed, tr("page %1 of %2").arg(page).arg(result.pages), dpi);
        if (page <= before.pages) {
            before.paintPage(painter, geometry.content, page);
        } else if (page <= before.pages + calendarPages) {
            painter.save();
            painter.translate(geometry.content.topLeft());
            calendar->paintPage(painter, page - before.pages - 1);
            painter.restore();
        } else {
            after.paintPage(painter, geometry.content, page);
        }
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
        writer.setTitle(shownName(plan.settings.name));
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
