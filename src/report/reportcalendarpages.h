#pragma once

#include "occurrences.h"
#include "plan.h"

#include <QFont>
#include <QHash>
#include <QSizeF>
#include <QString>

#include <vector>

class QPainter;

namespace cplan {

// The content calendar of the report, month by month, one line per date. A plan of thousands
// of items has tens of thousands of dates: they are paginated here with arithmetic (every line
// has the same height; long titles are shortened with "…") and painted page by page, instead
// of being laid out as text tables, which grow slower than the dates do. A plan may hold a
// million dates (planlimits.h): the report lists at most `printedDates` of them, shared out
// month by month, and says for each month how many more there are.
class CalendarPages
{
public:
    // `page` is the text area of a page in device pixels; `dpi` the device's resolution.
    CalendarPages(const Plan &plan, const QSizeF &page, int dpi);

    // About 400 pages of dates; at most this many lines of dates, and at least 100 a month.
    static constexpr std::size_t printedDates = 20000;
    static std::size_t printedPerMonth(int months);

    int pageCount() const { return int(m_pages.size()); }
    // Paints page `index` (0-based) with the painter at the text area's top-left corner.
    void paintPage(QPainter &painter, int index) const;

private:
    enum class LineKind { Title, Note, Month, Header, Entry, More };
    struct Line
    {
        LineKind kind;
        int month = 0;           // index of the month in the horizon (Month, Header, Date)
        std::size_t date = 0;    // index into m_dates (Entry); the dates left out (More)
    };
    struct Page
    {
        std::size_t first = 0; // into m_lines
        std::size_t count = 0;
    };

    double height(LineKind kind) const;
    void paginate();
    QString monthTitle(int month) const;
    void paintLine(QPainter &painter, const Line &line, double top) const;

    const Plan &m_plan;
    QSizeF m_page;
    double m_point; // device pixels per typographic point
    std::vector<Occurrence> m_dates;
    std::vector<int> m_datesPerMonth;
    bool m_shortened = false; // some month lists only printedPerMonth() dates
    std::vector<Line> m_lines;
    std::vector<Page> m_pages;
    QHash<RecordId, QString> m_channels;
    QHash<RecordId, QString> m_campaigns;
    QHash<RecordId, QString> m_team;
};

} // namespace cplan
