#include "reportcalendarpages.h"

#include "contentschedule.h"
#include "displayformat.h"
#include "enumnames.h"
#include "reportoptions.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <array>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Report", text);
}

const QColor headingColour(0x1f, 0x3a, 0x5f);
const QColor noteColour(0x5f, 0x63, 0x68);
const QColor headerFill(0xe8, 0xee, 0xf5);
const QColor ruleColour(0xb8, 0xc2, 0xcc);

// The columns, as shares of the width.
const std::array<double, 8> columnShares = {0.12, 0.065, 0.25, 0.10, 0.125, 0.105, 0.12, 0.115};

QFont font(double points, bool bold = false, bool italic = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // no "fi" ligatures: text stays searchable
    return f;
}

template<typename Record>
QHash<RecordId, QString> namesById(const std::vector<Record> &records)
{
    QHash<RecordId, QString> names;
    for (const Record &record : records)
        names.insert(record.id, shownName(record.name));
    return names;
}

} // namespace

CalendarPages::CalendarPages(const Plan &plan, const QSizeF &page, int dpi)
    : m_plan(plan), m_page(page), m_point(dpi / 72.0),
      m_dates(occurrencesBetween(plan, horizonStart(plan.settings), horizonEnd(plan.settings))),
      m_channels(namesById(plan.channels)), m_campaigns(namesById(plan.campaigns)), m_team(namesById(plan.team))
{
    m_datesPerMonth.assign(std::size_t(std::max(plan.settings.months, 0)), 0);
    m_lines.push_back({LineKind::Title});
    m_lines.push_back({LineKind::Note, -1}); // how many dates
    std::size_t next = 0;
    const std::size_t perMonth = printedPerMonth(plan.settings.months);
    for (int m = 0; m < plan.settings.months; ++m) {
        const YearMonth month = plan.settings.startMonth.addMonths(m);
        m_lines.push_back({LineKind::Month, m});
        const std::size_t first = next;
        while (next < m_dates.size() && YearMonth::of(m_dates[next].date) == month)
            ++next;
        m_datesPerMonth[std::size_t(m)] = int(next - first);
        if (next > first)
            m_lines.push_back({LineKind::Header, m});
        else
            m_lines.push_back({LineKind::Note, m}); // "Nothing planned this month."
        const std::size_t shown = std::min(next - first, perMonth);
        for (std::size_t d = first; d < first + shown; ++d)
            m_lines.push_back({LineKind::Entry, m, d});
        if (next - first > shown) {
            m_lines.push_back({LineKind::More, m, next - first - shown});
            m_shortened = true;
        }
    }
    paginate();
}

std::size_t CalendarPages::printedPerMonth(int months)
{
    return std::max<std::size_t>(100, printedDates / std::size_t(std::max(months, 1)));
}

double CalendarPages::height(LineKind kind) const
{
    switch (kind) {
    case LineKind::Title: return 38 * m_point;
    case LineKind::Note:
    case LineKind::More: return 16 * m_point;
    case LineKind::Month: return 30 * m_point;
    case LineKind::Header:
    case LineKind::Entry: return 15 * m_point;
    }
    return 0;
}

void CalendarPages::paginate()
{
    const double available = m_page.height();
    double used = 0;
    Page page;
    auto startPage = [&] {
        if (page.count > 0)
            m_pages.push_back(page);
        page = {page.first + page.count, 0};
        used = 0;
    };
    for (std::size_t i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines[i];
        double needed = height(line.kind);
        // A month's title keeps its header and first lines with it.
        if (line.kind == LineKind::Month)
            needed += height(LineKind::Header) + 3 * height(LineKind::Entry);
        if (used > 0 && used + needed > available)
            startPage();
        if (used == 0 && line.kind == LineKind::Entry)
            used += height(LineKind::Header); // the header row is repeated on a new page
        used += height(line.kind);
        ++page.count;
    }
    if (page.count > 0)
        m_pages.push_back(page);
}

QString CalendarPages::monthTitle(int month) const
{
    const YearMonth ym = m_plan.settings.startMonth.addMonths(month);
    const int count = m_datesPerMonth[std::size_t(month)];
    return tr("%1 · %2").arg(QLocale().standaloneMonthName(ym.month) + QLatin1Char(' ') + QString::number(ym.year),
                             countOf(count, "one date", "%1 dates"));
}

void CalendarPages::paintLine(QPainter &painter, const Line &line, double top) const
{
    const double width = m_page.width();
    const double lineHeight = height(line.kind);
    const QRectF box(0, top, width, lineHeight);
    switch (line.kind) {
    case LineKind::Title:
        painter.setFont(font(20, true));
        painter.setPen(headingColour);
        painter.drawText(box, Qt::AlignLeading | Qt::AlignTop, reportSectionTitle(ReportSection::Calendar));
        return;
    case LineKind::Note: {
        painter.setFont(font(9, false, true));
        painter.setPen(noteColour);
        QString text = line.month < 0
                           ? tr("%1 in the horizon, month by month.").arg(countOf(int(m_dates.size()), "One date", "%1 dates"))
                           : tr("Nothing planned this month.");
        if (line.month < 0 && m_shortened)
            text += QLatin1Char(' ')
                    + tr("The report lists the first %1 of each month.")
                          .arg(QLocale().toString(qulonglong(printedPerMonth(m_plan.settings.months))));
        painter.drawText(box, Qt::AlignLeading | Qt::AlignVCenter, text);
        return;
    }
    case LineKind::More:
        painter.setFont(font(9, false, true));
        painter.setPen(noteColour);
        painter.drawText(box, Qt::AlignLeading | Qt::AlignVCenter,
                         tr("… and %1 this month. Export the calendar (CSV or iCalendar) for every date.")
                             .arg(countOf(int(line.date), "one more date", "%1 more dates")));
        return;
    case LineKind::Month:
        painter.setFont(font(13, true));
        painter.setPen(headingColour);
        painter.drawText(box.adjusted(0, 12 * m_point, 0, 0), Qt::AlignLeading | Qt::AlignVCenter, monthTitle(line.month));
        return;
    case LineKind::Header:
    case LineKind::Entry:
        break;
    }
    QStringList cells;
    if (line.kind == LineKind::Header) {
        cells = {tr("Date"), tr("Time"), tr("Title"), tr("Type"), tr("Channel"), tr("Campaign"), tr("Owner"), tr("Status")};
        painter.fillRect(box, headerFill);
        painter.setFont(font(8, true));
    } else {
        const Occurrence &date = m_dates[line.date];
        const ContentItem &item = m_plan.content[date.itemIndex];
        cells = {QLocale().toString(toQDate(date.date), QStringLiteral("ddd d MMM")),
                 item.timeMinutes ? minutesToTimeString(*item.timeMinutes) : QString(), item.title, displayName(item.type),
                 m_channels.value(item.channelId), m_campaigns.value(item.campaignId), m_team.value(item.ownerId),
                 displayName(item.status)};
        painter.setFont(font(8));
    }
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double padding = 2.5 * m_point;
    double left = 0;
    for (std::size_t c = 0; c < columnShares.size(); ++c) {
        const double columnWidth = columnShares[c] * width;
        const QRectF cell(left + padding, top, columnWidth - 2 * padding, lineHeight);
        painter.drawText(cell, Qt::AlignLeading | Qt::AlignVCenter, metrics.elidedText(cells[qsizetype(c)], Qt::ElideRight, cell.width()));
        left += columnWidth;
    }
    painter.setPen(QPen(ruleColour, 0.5 * m_point));
    painter.drawLine(QPointF(0, box.bottom()), QPointF(width, box.bottom()));
}

void CalendarPages::paintPage(QPainter &painter, int index) const
{
    const Page &page = m_pages[std::size_t(index)];
    painter.save();
    double top = 0;
    if (index > 0 && m_lines[page.first].kind == LineKind::Entry) {
        // A month continued from the page before: its header row again.
        paintLine(painter, {LineKind::Header, m_lines[page.first].month}, top);
        top += height(LineKind::Header);
    }
    for (std::size_t i = page.first; i < page.first + page.count; ++i) {
        paintLine(painter, m_lines[i], top);
        top += height(m_lines[i].kind);
    }
    painter.restore();
}

} // namespace cplan
