#pragma once

#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <optional>
#include <set>
#include <vector>

namespace cplan {

// The parts of the printed report, in the order they are printed.
enum class ReportSection { Cover, Contents, Summary, Market, Business, Channels, Forecast, Charts, Calendar, Kpis, Review };

struct ReportSectionInfo
{
    ReportSection section;
    QString key;   // on the command line: --sections cover,summary,forecast
    QString title; // the section's heading, in the contents and the running header
};

const std::vector<ReportSectionInfo> &allReportSections();
QString reportSectionTitle(ReportSection section);

// "cover,summary,forecast" (any order, spaces allowed); nullopt and a message naming the
// unknown part, with the known keys, otherwise.
std::optional<std::set<ReportSection>> parseReportSections(const QString &list, QString *error);

struct ReportOptions
{
    std::set<ReportSection> sections = allSections();
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QDate printedOn = QDate::currentDate();

    bool has(ReportSection section) const { return sections.count(section) > 0; }
    static std::set<ReportSection> allSections();
};

} // namespace cplan
