#include "csvpresets.h"

#include <QCoreApplication>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::CsvPresets", text);
}

CsvPresetColumn sum(QStringList names)
{
    return {std::move(names), KpiAggregation::Sum, {}};
}

CsvPresetColumn average(QStringList names, QString weight = {})
{
    return {std::move(names), KpiAggregation::Average, std::move(weight)};
}

CsvPresetColumn last(QStringList names)
{
    return {std::move(names), KpiAggregation::Last, {}};
}

QString simplified(const QString &text)
{
    return text.simplified().toCaseFolded();
}

std::vector<CsvPreset> makePresets()
{
    std::vector<CsvPreset> presets;
    using L = QStringList;
    // GA4 "Download file → CSV": "#" lines with the property and the date range above the
    // table, dates as 20260305, one row per day (and per channel group when that is added).
    // Users summed over days count a returning user once a day; GA4's own monthly figure is lower.
    presets.push_back({QStringLiteral("ga4"), tr("Google Analytics 4 report"), L{QStringLiteral("Date")},
                       CsvDateFormat::Compact,
                       L{QStringLiteral("Session default channel group"), QStringLiteral("Session primary channel group"),
                         QStringLiteral("First user default channel group"), QStringLiteral("Session source / medium"),
                         QStringLiteral("Session source"), QStringLiteral("Session campaign"), QStringLiteral("Country"),
                         QStringLiteral("Device category")},
                       {sum({QStringLiteral("Sessions")}), sum({QStringLiteral("Engaged sessions")}),
                        sum({QStringLiteral("Total users"), QStringLiteral("Users"), QStringLiteral("Active users")}),
                        sum({QStringLiteral("New users")}),
                        sum({QStringLiteral("Key events"), QStringLiteral("Conversions")}),
                        sum({QStringLiteral("Total revenue"), QStringLiteral("Purchase revenue")}),
                        sum({QStringLiteral("Views"), QStringLiteral("Screen page views")}),
                        sum({QStringLiteral("Event count")}),
                        average({QStringLiteral("Engagement rate")}, QStringLiteral("Sessions")),
                        average({QStringLiteral("Average engagement time per session")}, QStringLiteral("Sessions"))},
                       L{QStringLiteral("Session default channel group"), QStringLiteral("Engaged sessions"),
                         QStringLiteral("Sessions"), QStringLiteral("Engagement rate"), QStringLiteral("Key events"),
                         QStringLiteral("Total users"), QStringLiteral("Active users"), QStringLiteral("Total revenue")},
                       2});
    // Search Console "Performance → Export": Dates.csv with CTR as "4.5%" and an average position.
    presets.push_back({QStringLiteral("search-console"), tr("Google Search Console performance"),
                       L{QStringLiteral("Date")}, CsvDateFormat::IsoDate,
                       L{QStringLiteral("Country"), QStringLiteral("Device"), QStringLiteral("Search appearance")},
                       {sum({QStringLiteral("Clicks")}), sum({QStringLiteral("Impressions")}),
                        average({QStringLiteral("CTR")}, QStringLiteral("Impressions")),
                        average({QStringLiteral("Position")}, QStringLiteral("Impressions"))},
                       L{QStringLiteral("Clicks"), QStringLiteral("Impressions"), QStringLiteral("CTR"),
                         QStringLiteral("Position")},
                       4});
    // Google Ads "Download → CSV": a report title and a date range above the header, "Total:"
    // rows at the end.
    presets.push_back({QStringLiteral("google-ads"), tr("Google Ads report"),
                       L{QStringLiteral("Day"), QStringLiteral("Date"), QStringLiteral("Week"), QStringLiteral("Month")},
                       CsvDateFormat::IsoDate,
                       L{QStringLiteral("Campaign"), QStringLiteral("Ad group"), QStringLiteral("Network"),
                         QStringLiteral("Campaign type")},
                       {sum({QStringLiteral("Clicks")}), sum({QStringLiteral("Impr."), QStringLiteral("Impressions")}),
                        average({QStringLiteral("CTR")}, QStringLiteral("Impr.")),
                        average({QStringLiteral("Avg. CPC")}, QStringLiteral("Clicks")),
                        sum({QStringLiteral("Cost")}), sum({QStringLiteral("Conversions")}),
                        average({QStringLiteral("Conv. rate")}, QStringLiteral("Clicks")),
                        // Weighted by conversions, the month's cost per conversion is its cost
                        // over its conversions.
                        average({QStringLiteral("Cost / conv."), QStringLiteral("Cost per conversion")},
                                QStringLiteral("Conversions")),
                        sum({QStringLiteral("Conv. value"), QStringLiteral("Conversion value")})},
                       L{QStringLiteral("Impr."), QStringLiteral("Avg. CPC"), QStringLiteral("Day"),
                         QStringLiteral("Conv. rate"), QStringLiteral("Campaign"), QStringLiteral("Cost")},
                       3});
    // Meta Ads Manager "Export table data": one row per campaign and reporting period.
    presets.push_back({QStringLiteral("meta-ads"), tr("Meta Ads report"),
                       L{QStringLiteral("Reporting starts"), QStringLiteral("Day")}, CsvDateFormat::IsoDate,
                       L{QStringLiteral("Campaign name"), QStringLiteral("Ad set name"), QStringLiteral("Ad name")},
                       {sum({QStringLiteral("Reach")}), sum({QStringLiteral("Impressions")}),
                        sum({QStringLiteral("Link clicks")}), sum({QStringLiteral("Amount spent")}),
                        sum({QStringLiteral("Results")}),
                        average({QStringLiteral("Cost per result")}, QStringLiteral("Results")),
                        average({QStringLiteral("CTR (link click-through rate)")}, QStringLiteral("Impressions"))},
                       L{QStringLiteral("Reporting starts"), QStringLiteral("Reporting ends"),
                         QStringLiteral("Campaign name"), QStringLiteral("Amount spent"), QStringLiteral("Link clicks"),
                         QStringLiteral("Results")},
                       2});
    // Mailchimp campaign reports: one row per campaign, sent "Mar 5, 2026 10:00 am".
    presets.push_back({QStringLiteral("mailchimp"), tr("Mailchimp campaign report"),
                       L{QStringLiteral("Send date"), QStringLiteral("Send time"), QStringLiteral("Date")},
                       CsvDateFormat::MonthNameDate,
                       L{QStringLiteral("Title"), QStringLiteral("Campaign"), QStringLiteral("Audience"),
                         QStringLiteral("List")},
                       {sum({QStringLiteral("Emails sent"), QStringLiteral("Total recipients"),
                             QStringLiteral("Recipients")}),
                        sum({QStringLiteral("Successful deliveries")}),
                        sum({QStringLiteral("Opens"), QStringLiteral("Unique opens")}),
                        average({QStringLiteral("Open rate")}, QStringLiteral("Emails sent")),
                        sum({QStringLiteral("Clicks"), QStringLiteral("Unique clicks")}),
                        average({QStringLiteral("Click rate")}, QStringLiteral("Emails sent")),
                        sum({QStringLiteral("Unsubscribes")})},
                       L{QStringLiteral("Send date"), QStringLiteral("Send weekday"), QStringLiteral("Emails sent"),
                         QStringLiteral("Total recipients"), QStringLiteral("Unique opens"), QStringLiteral("Open rate"),
                         QStringLiteral("Click rate"), QStringLiteral("Unsubscribes")},
                       3});
    // Brevo (formerly Sendinblue) campaign statistics export.
    presets.push_back({QStringLiteral("brevo"), tr("Brevo campaign report"),
                       L{QStringLiteral("Sent date"), QStringLiteral("Send date"), QStringLiteral("Date")},
                       std::nullopt, L{QStringLiteral("Campaign name"), QStringLiteral("Campaign")},
                       {sum({QStringLiteral("Recipients"), QStringLiteral("Sent")}),
                        sum({QStringLiteral("Delivered")}),
                        sum({QStringLiteral("Opens"), QStringLiteral("Unique opens"), QStringLiteral("Opened")}),
                        average({QStringLiteral("Open rate")}, QStringLiteral("Recipients")),
                        sum({QStringLiteral("Clicks"), QStringLiteral("Unique clicks"), QStringLiteral("Clicked")}),
                        average({QStringLiteral("Click rate")}, QStringLiteral("Recipients")),
                        sum({QStringLiteral("Unsubscribed"), QStringLiteral("Unsubscriptions")})},
                       L{QStringLiteral("Sent date"), QStringLiteral("Recipients"), QStringLiteral("Delivered"),
                         QStringLiteral("Unsubscribed"), QStringLiteral("Unsubscriptions"), QStringLiteral("Open rate"),
                         QStringLiteral("Click rate")},
                       4});
    // A social media tool's profile export: followers are a level read off each day.
    presets.push_back({QStringLiteral("social"), tr("Social media export"), L{QStringLiteral("Date")}, std::nullopt,
                       L{QStringLiteral("Network"), QStringLiteral("Platform"), QStringLiteral("Profile"),
                         QStringLiteral("Channel")},
                       {last({QStringLiteral("Followers"), QStringLiteral("Fans")}), sum({QStringLiteral("Impressions")}),
                        sum({QStringLiteral("Engagements")}), sum({QStringLiteral("Posts")}),
                        average({QStringLiteral("Engagement rate")}, QStringLiteral("Impressions"))},
                       L{QStringLiteral("Followers"), QStringLiteral("Engagements"), QStringLiteral("Engagement rate"),
                         QStringLiteral("Fans")},
                       1});
    return presets;
}

} // namespace

const std::vector<CsvPreset> &csvPresets()
{
    static const std::vector<CsvPreset> presets = makePresets();
    return presets;
}

const CsvPreset *findCsvPreset(QStringView key)
{
    for (const CsvPreset &preset : csvPresets()) {
        if (key.trimmed().compare(preset.key, Qt::CaseInsensitive) == 0)
            return &preset;
    }
    return nullptr;
}

QStringList csvPresetKeys()
{
    QStringList keys;
    for (const CsvPreset &preset : csvPresets())
        keys.append(preset.key);
    return keys;
}

bool isColumnNamed(const QString &headerCell, const QString &name)
{
    const QString cell = simplified(headerCell);
    const QString wanted = simplified(name);
    if (cell == wanted)
        return true;
    // "Amount spent (EUR)", "Cost (USD)": the name and a bracketed note.
    return cell.startsWith(wanted + QStringLiteral(" (")) && cell.endsWith(QLatin1Char(')'));
}

int findColumn(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names) { // the preferred name first
        for (int c = 0; c < header.size(); ++c) {
            if (isColumnNamed(header[c], name))
                return c;
        }
    }
    return -1;
}

const CsvPresetColumn *presetColumn(const CsvPreset &preset, const QString &headerCell)
{
    for (const CsvPresetColumn &column : preset.columns) {
        for (const QString &name : column.names) {
            if (isColumnNamed(headerCell, name))
                return &column;
        }
    }
    return nullptr;
}

const CsvPreset *recogniseCsvPreset(const QStringList &header)
{
    const CsvPreset *best = nullptr;
    int bestHits = 0;
    for (const CsvPreset &preset : csvPresets()) {
        if (findColumn(header, preset.dateColumns) < 0)
            continue;
        int hits = 0;
        for (const QString &name : preset.signature)
            hits += findColumn(header, {name}) >= 0 ? 1 : 0;
        if (hits >= preset.signatureNeeded && hits > bestHits) {
            best = &preset;
            bestHits = hits;
        }
    }
    return best;
}

} // namespace cplan
