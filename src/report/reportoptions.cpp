#include "reportoptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Report", text);
}

} // namespace

const std::vector<ReportSectionInfo> &allReportSections()
{
    static const std::vector<ReportSectionInfo> sections = {
        {ReportSection::Cover, QStringLiteral("cover"), tr("Cover")},
        {ReportSection::Contents, QStringLiteral("contents"), tr("Contents")},
        {ReportSection::Summary, QStringLiteral("summary"), tr("Executive summary")},
        {ReportSection::Market, QStringLiteral("market"), tr("Market research")},
        {ReportSection::Business, QStringLiteral("business"), tr("Business plan")},
        {ReportSection::Channels, QStringLiteral("channels"), tr("Channels and roll-out")},
        {ReportSection::Forecast, QStringLiteral("forecast"), tr("Forecast and profit and loss")},
        {ReportSection::Charts, QStringLiteral("charts"), tr("Charts")},
        {ReportSection::Calendar, QStringLiteral("calendar"), tr("Content calendar")},
        {ReportSection::Kpis, QStringLiteral("kpis"), tr("Key performance indicators")},
        {ReportSection::Review, QStringLiteral("review"), tr("Comments and approval")},
    };
    return sections;
}

QString reportSectionTitle(ReportSection section)
{
    for (const ReportSectionInfo &info : allReportSections()) {
        if (info.section == section)
            return info.title;
    }
    return {};
}

std::set<ReportSection> ReportOptions::allSections()
{
    std::set<ReportSection> sections;
    for (const ReportSectionInfo &info : allReportSections())
        sections.insert(info.section);
    return sections;
}

std::optional<std::set<ReportSection>> parseReportSections(const QString &list, QString *error)
{
    std::set<ReportSection> sections;
    QStringList keys;
    for (const ReportSectionInfo &info : allReportSections())
        keys.append(info.key);
    for (const QString &part : list.split(QLatin1Char(','))) {
        const QString key = part.trimmed().toLower();
        if (key.isEmpty())
            continue;
        const auto found = std::find_if(allReportSections().begin(), allReportSections().end(),
                                        [&](const ReportSectionInfo &info) { return info.key == key; });
        if (found == allReportSections().end()) {
            if (error)
                *error = tr("There is no report section \"%1\". The sections are: %2.").arg(part.trimmed(), keys.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        sections.insert(found->section);
    }
    if (sections.empty()) {
        if (error)
            *error = tr("No report section was chosen. The sections are: %1.").arg(keys.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return sections;
}

} // namespace cplan
