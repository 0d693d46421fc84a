// Reading exports as the tools write them (tests/data/csv) into monthly figures, with presets,
// filters, weighted averages, the skipped lines and unreadable rows, and writing the figures as
// one actual per month. Every figure below is added up by hand in the comment beside it.
#include "monthlyimport.h"

#include <QFile>
#include <QTest>

using namespace cplan;

namespace {

QByteArray dataFile(const QString &name)
{
    QFile file(qEnvironmentVariable("CPLAN_SOURCE_DIR") + QStringLiteral("/tests/data/csv/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

MonthlyActualsRead readFile(const QString &name, const MonthlyImportOptions &options = {})
{
    return readMonthlyActuals(dataFile(name), options);
}

double figure(const MonthlyActualsRead &read, const QString &series, int month)
{
    const auto at = read.series.find(series);
    if (at == read.series.end())
        return -1.0;
    const auto figures = at->second.figures();
    const auto value = figures.find(YearMonth{2026, month});
    return value == figures.end() ? -1.0 : value->second;
}

Kpi kpi(const QString &name, const QString &unit)
{
    Kpi k;
    k.id = newRecordId();
    k.name = name;
    k.unit = unit;
    return k;
}

} // namespace

class TestMonthlyImport : public QObject
{
    Q_OBJECT
private slots:
    void ga4DailyRowsSumToTheMonthForOneChannel()
    {
        MonthlyImportOptions options;
        options.filterColumn = QStringLiteral("Session default channel group");
        options.filterValue = QStringLiteral("organic search");
        const MonthlyActualsRead read = readFile(QStringLiteral("ga4-daily-channels.csv"), options);
        QCOMPARE(read.error, QString());
        QCOMPARE(read.preset, QStringLiteral("ga4"));
        QCOMPARE(read.dateFormat, CsvDateFormat::Compact);
        QCOMPARE(read.headerLine, 10);
        QCOMPARE(read.header.size(), 7);
        // The 8 "#" lines above the header are said to be comments, not problem rows.
        QCOMPARE(read.skippedCount, 8);
        QCOMPARE(read.skipped.front().line, 1);
        QCOMPARE(read.skipped.front().reason, QStringLiteral("comment"));
        QCOMPARE(read.problemCount, 0);
        QCOMPARE(read.rows, 7);
        QCOMPARE(read.filteredOut, 3); // Direct ×2, Paid Search
        // Organic Search sessions, March: 120 (1st) + 132 (2nd) + 140 (31st) = 392; April: 150.
        QCOMPARE(figure(read, QStringLiteral("Sessions"), 3), 392.0);
        QCOMPARE(figure(read, QStringLiteral("Sessions"), 4), 150.0);
        // Revenue, March: 150.00 + 210.50 + 300.00 = 660.50.
        QCOMPARE(figure(read, QStringLiteral("Total revenue"), 3), 660.5);
        QCOMPARE(read.series.at(QStringLiteral("Sessions")).aggregation, KpiAggregation::Sum);
        QVERIFY(read.dimensionColumns.contains(QStringLiteral("Session default channel group")));
        // The values offered for the filter come from every row, filtered out or not, in the
        // order of the file.
        QCOMPARE(read.dimensionValues.at(QStringLiteral("Session default channel group")),
                 (QStringList{QStringLiteral("Organic Search"), QStringLiteral("Direct"), QStringLiteral("Paid Search")}));

        // The same file read without a preset: no preset named, the figure columns by their look.
        MonthlyImportOptions plain;
        plain.recognisePreset = false;
        const MonthlyActualsRead unrecognised = readFile(QStringLiteral("ga4-daily-channels.csv"), plain);
        QCOMPARE(unrecognised.preset, QString());
        QCOMPARE(figure(unrecognised, QStringLiteral("Sessions"), 3), 487.0); // every channel: 120 + 40 + 132 + 55 + 140
    }

    void ga4WithoutFilterSumsEveryChannel()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("ga4-daily-channels.csv"));
        // March: 120 + 40 + 132 + 55 + 140 = 487; April: 150 + 45 = 195.
        QCOMPARE(figure(read, QStringLiteral("Sessions"), 3), 487.0);
        QCOMPARE(figure(read, QStringLiteral("Sessions"), 4), 195.0);
    }

    void kpiNamedLikeTheColumnTakesIt()
    {
        // The issue's case: "Organic traffic (visits)" must take Sessions, not Engaged sessions.
        Plan plan;
        plan.kpis.push_back(kpi(QStringLiteral("Organic traffic"), QStringLiteral("visits")));
        plan.kpis.push_back(kpi(QStringLiteral("Revenue"), QStringLiteral("EUR")));
        const MonthlyActualsRead read = readFile(QStringLiteral("ga4-daily-channels.csv"));
        QStringList names;
        for (const auto &[name, series] : read.series)
            names.append(name);
        const auto targets = proposeKpiTargets(plan, names);
        QCOMPARE(targets.at(QStringLiteral("Sessions")), plan.kpis[0].id);
        QCOMPARE(targets.count(QStringLiteral("Engaged sessions")), std::size_t(0));
        // "Total revenue": "total" says nothing, "revenue" matches.
        QCOMPARE(targets.at(QStringLiteral("Total revenue")), plan.kpis[1].id);
        QCOMPARE(kpiMatchScore(plan.kpis[0], QStringLiteral("Sessions")), 1);
        QCOMPARE(kpiMatchScore(plan.kpis[0], QStringLiteral("Engaged sessions")), -1); // 1 − 2
        QCOMPARE(kpiMatchScore(plan.kpis[0], QStringLiteral("organic traffic")), 100);
        const Kpi openRate = kpi(QStringLiteral("Email open rate"), QStringLiteral("%"));
        QVERIFY(kpiMatchScore(openRate, QStringLiteral("Open rate")) > kpiMatchScore(openRate, QStringLiteral("Opens")));
    }

    void kpiShapedLikeARateOrARatioTakesOnlyThat()
    {
        const Kpi openRate = kpi(QStringLiteral("Email open rate"), QStringLiteral("%"));
        const Kpi clickThrough = kpi(QStringLiteral("Click-through rate"), QStringLiteral("%"));
        const Kpi costPerLead = kpi(QStringLiteral("Cost per lead"), QStringLiteral("EUR"));
        // A rate takes a rate: "Open rate" has open and rate (2), the count "Opens" nothing.
        QCOMPARE(kpiMatchScore(openRate, QStringLiteral("Open rate")), 2);
        QCOMPARE(kpiMatchScore(openRate, QStringLiteral("Opens")), 0);
        // CTR is a click-through rate (2), which the open rate is not (1 − 2); "Clicks" is a
        // count, no rate; an e-mail tool's "Click rate" is not a click-through rate (1 − 2).
        QCOMPARE(kpiMatchScore(clickThrough, QStringLiteral("CTR")), 2);
        QCOMPARE(kpiMatchScore(clickThrough, QStringLiteral("CTR (link click-through rate)")), 2);
        QCOMPARE(kpiMatchScore(openRate, QStringLiteral("CTR")), -1);
        QCOMPARE(kpiMatchScore(clickThrough, QStringLiteral("Clicks")), 0);
        QCOMPARE(kpiMatchScore(clickThrough, QStringLiteral("Click rate")), -1);
        // A ratio takes both sides: Google Ads' "Cost / conv." (cost, conversion = lead: 2),
        // "CPA" (cost per conversion: 3), not "Cost" or "Conversions" alone.
        QCOMPARE(kpiMatchScore(costPerLead, QStringLiteral("Cost / conv.")), 2);
        QCOMPARE(kpiMatchScore(costPerLead, QStringLiteral("CPA")), 3);
        QCOMPARE(kpiMatchScore(costPerLead, QStringLiteral("Cost")), 0);
        QCOMPARE(kpiMatchScore(costPerLead, QStringLiteral("Conversions")), 0);
        // The plan's order no longer decides: with both rate KPIs, CTR goes to the click-through rate.
        Plan plan;
        plan.kpis = {openRate, clickThrough, costPerLead};
        const auto targets = proposeKpiTargets(plan, {QStringLiteral("Clicks"), QStringLiteral("Impressions"), QStringLiteral("CTR"),
                                                      QStringLiteral("Position")});
        QCOMPARE(targets.size(), std::size_t(1));
        QCOMPARE(targets.at(QStringLiteral("CTR")), clickThrough.id);
    }

    void searchConsoleCtrIsWeightedByImpressions()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("search-console-dates.csv"));
        QCOMPARE(read.preset, QStringLiteral("search-console"));
        QCOMPARE(figure(read, QStringLiteral("Clicks"), 3), 40.0); // 10 + 30
        QCOMPARE(read.series.at(QStringLiteral("CTR")).weightColumn, QStringLiteral("Impressions"));
        // (5 % × 200 + 3 % × 1000) / 1200 = 4000 / 1200 = 3.333… (the plain mean would say 4)
        QCOMPARE(figure(read, QStringLiteral("CTR"), 3), 4000.0 / 1200.0);
        // Position (8.5 × 200 + 7.5 × 1000) / 1200 = 9200 / 1200 = 7.666…
        QCOMPARE(figure(read, QStringLiteral("Position"), 3), 9200.0 / 1200.0);
        QCOMPARE(figure(read, QStringLiteral("CTR"), 4), 4.5); // "4.5%" reads as 4.5
    }

    void googleAdsTitleAndTotalRowsAreSkipped()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("google-ads-campaigns.csv"));
        QCOMPARE(read.preset, QStringLiteral("google-ads"));
        QCOMPARE(read.headerLine, 3);
        QCOMPARE(read.skippedCount, 4);
        QCOMPARE(read.skipped[0].reason, QStringLiteral("title row above the header"));
        QCOMPARE(read.skipped[1].line, 2);
        QCOMPARE(read.skipped[2].line, 8);
        QCOMPARE(read.skipped[2].reason, QStringLiteral("totals row"));
        QCOMPARE(read.rows, 4);
        QCOMPARE(read.problemCount, 0);
        QCOMPARE(figure(read, QStringLiteral("Clicks"), 3), 100.0);  // 50 + 30 + 20
        QCOMPARE(figure(read, QStringLiteral("Impr."), 3), 2900.0);  // "1,000" + "1,500" + 400
        QCOMPARE(figure(read, QStringLiteral("Cost"), 3), 80.0);     // 40 + 30 + 10
        // CTR by impressions: (5 × 1000 + 2 × 1500 + 5 × 400) / 2900 = 10000 / 2900 (= clicks / impr.)
        QCOMPARE(figure(read, QStringLiteral("CTR"), 3), 10000.0 / 2900.0);
        // Avg. CPC by clicks: (0.80 × 50 + 1.00 × 30 + 0.50 × 20) / 100 = 80 / 100 (= cost / clicks)
        QCOMPARE(figure(read, QStringLiteral("Avg. CPC"), 3), 0.8);

        MonthlyImportOptions options;
        options.filterColumn = QStringLiteral("Campaign");
        options.filterValue = QStringLiteral("Spring sale");
        QCOMPARE(figure(readFile(QStringLiteral("google-ads-campaigns.csv"), options), QStringLiteral("Clicks"), 3), 80.0);
    }

    // Google Ads' "Cost / conv." is a ratio: the month's is its cost over its conversions,
    // (50 + 60) / (10 + 4) = 110 / 14, not the plain mean (5 + 15) / 2 = 10. The preset
    // weights it by the conversions: (5 × 10 + 15 × 4) / 14 = 110 / 14. A column the preset
    // does not know ("Search impr. share") is read as a figure all the same.
    void googleAdsCostPerConversionIsWeightedByConversions()
    {
        const QByteArray csv = "Day,Campaign,Clicks,Impr.,Cost,Conversions,Cost / conv.,Search impr. share\n"
                               "2026-04-01,Spring,100,2000,50.00,10,5.00,60\n"
                               "2026-04-02,Spring,80,1500,60.00,4,15.00,40\n";
        const MonthlyActualsRead read = readMonthlyActuals(csv, {});
        QCOMPARE(read.preset, QStringLiteral("google-ads"));
        QCOMPARE(read.series.at(QStringLiteral("Cost / conv.")).weightColumn, QStringLiteral("Conversions"));
        QCOMPARE(figure(read, QStringLiteral("Cost / conv."), 4), 110.0 / 14.0);
        QCOMPARE(figure(read, QStringLiteral("Search impr. share"), 4), 100.0); // summed by its name: 60 + 40
        Kpi costPerLead = kpi(QStringLiteral("Cost per lead"), QStringLiteral("EUR"));
        QVERIFY(kpiMatchScore(costPerLead, QStringLiteral("Cost / conv.")) > 0);
    }

    // Excel on Windows writes Windows-1252: 0x80 is the euro sign, 0x96 an en dash, 0xFC ü.
    void windows1252TextKeepsEuroAndDashes()
    {
        const QByteArray csv = "Datum;Kampagne;Umsatz (\x80)\n"
                               "05.03.2026;Fr\xFChling \x96 Traffic;12,50\n"
                               "06.03.2026;Herbst;7,50\n";
        MonthlyImportOptions options;
        options.filterColumn = QStringLiteral("Kampagne");
        options.filterValue = QStringLiteral("Fr\u00fchling \u2013 Traffic");
        const MonthlyActualsRead read = readMonthlyActuals(csv, options);
        QCOMPARE(read.encoding, QStringLiteral("Windows-1252 / Latin-1"));
        QCOMPARE(read.header.back(), QStringLiteral("Umsatz (\u20ac)"));
        QCOMPARE(figure(read, QStringLiteral("Umsatz (\u20ac)"), 3), 12.5); // the one spring row
    }

    void metaAdsAmountSpentWithCurrency()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("meta-ads.csv"));
        QCOMPARE(read.preset, QStringLiteral("meta-ads"));
        QCOMPARE(read.dateColumn, QStringLiteral("Reporting starts"));
        QCOMPARE(figure(read, QStringLiteral("Amount spent (EUR)"), 3), 1544.75); // "1,234.50" + 310.25
        QCOMPARE(figure(read, QStringLiteral("Link clicks"), 3), 570.0);          // 450 + 120
        QCOMPARE(figure(read, QStringLiteral("Results"), 3), 38.0); // the empty cell is a day without results
        QCOMPARE(read.problemCount, 0);
    }

    void mailchimpSendTimesAndOpenRateByRecipients()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("mailchimp-campaigns.csv"));
        QCOMPARE(read.preset, QStringLiteral("mailchimp"));
        QCOMPARE(read.dateFormat, CsvDateFormat::MonthNameDate); // "Mar 5, 2026 10:00 am"
        QCOMPARE(read.problemCount, 0);
        QCOMPARE(read.series.at(QStringLiteral("Open rate")).aggregation, KpiAggregation::Average);
        // (45 × 2000 + 30 × 1000) / 3000 = 120000 / 3000 = 40 (the plain mean would say 37.5)
        QCOMPARE(figure(read, QStringLiteral("Open rate"), 3), 40.0);
        // (5 × 2000 + 8 × 1000) / 3000 = 18000 / 3000 = 6
        QCOMPARE(figure(read, QStringLiteral("Click rate"), 3), 6.0);
        QCOMPARE(figure(read, QStringLiteral("Unsubscribes"), 3), 10.0); // 4 + 6
        QCOMPARE(figure(read, QStringLiteral("Open rate"), 4), 40.0);
    }

    void brevoOpenRateByRecipients()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("brevo-campaigns.csv"));
        QCOMPARE(read.preset, QStringLiteral("brevo"));
        // (50 × 500 + 30 × 1500) / 2000 = 70000 / 2000 = 35
        QCOMPARE(figure(read, QStringLiteral("Open rate"), 3), 35.0);
        // (10 × 500 + 5 × 1500) / 2000 = 12500 / 2000 = 6.25
        QCOMPARE(figure(read, QStringLiteral("Click rate"), 3), 6.25);
        QCOMPARE(figure(read, QStringLiteral("Unsubscribed"), 3), 11.0); // 2 + 9
    }

    void socialFollowersTakeTheMonthsLastDay()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("social-profiles.csv"));
        QCOMPARE(read.preset, QStringLiteral("social"));
        QCOMPARE(read.series.at(QStringLiteral("Followers")).aggregation, KpiAggregation::Last);
        // 31 March, both networks: 1510 + 805 = 2315.
        QCOMPARE(figure(read, QStringLiteral("Followers"), 3), 2315.0);
        QCOMPARE(figure(read, QStringLiteral("Impressions"), 3), 12300.0); // 4000 + 2000 + 4200 + 2100
        MonthlyImportOptions options;
        options.filterColumn = QStringLiteral("Network");
        options.filterValue = QStringLiteral("Instagram");
        QCOMPARE(figure(readFile(QStringLiteral("social-profiles.csv"), options), QStringLiteral("Followers"), 3), 1510.0);
    }

    void semicolonsDecimalCommasAndPercent()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("semicolon-decimal-comma-daily.csv"));
        QCOMPARE(read.delimiter, QLatin1Char(';'));
        QCOMPARE(read.decimalSeparator, QLatin1Char(','));
        QCOMPARE(read.dateFormat, CsvDateFormat::DayMonthYear); // dots: always day first
        QVERIFY(!read.datesAmbiguous);
        QCOMPARE(figure(read, QStringLiteral("Besuche"), 3), 3234.5); // "1.234" + "2.000,5"
        // A rate by its name: the mean of 45,5 % and 40 % = 42.75.
        QCOMPARE(figure(read, QStringLiteral("Absprungrate"), 3), 42.75);
    }

    void tabsAndIsoWeeksCountInTheMonthOfTheirThursday()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("iso-weeks.tsv"));
        QCOMPARE(read.delimiter, QLatin1Char('\t'));
        QCOMPARE(read.dateFormat, CsvDateFormat::IsoWeek);
        // W09 (23 Feb – 1 Mar, Thursday 26 Feb): February. W10 (Thursday 5 Mar) and W13
        // (Thursday 26 Mar): March, 35 + 25 = 60. W14 (30 Mar – 5 Apr, Thursday 2 Apr): April.
        QCOMPARE(figure(read, QStringLiteral("Newsletter signups"), 2), 70.0);
        QCOMPARE(figure(read, QStringLiteral("Newsletter signups"), 3), 60.0);
        QCOMPARE(figure(read, QStringLiteral("Newsletter signups"), 4), 40.0);
        QCOMPARE(parseCsvDate(u"2026-W01", CsvDateFormat::IsoWeek), Date(2026, 1, 1)); // Thursday 1 Jan
        QCOMPARE(parseCsvDate(u"2026-W53", CsvDateFormat::IsoWeek), Date(2026, 12, 31)); // 2026 has 53 weeks
        QVERIFY(!parseCsvDate(u"2025-W53", CsvDateFormat::IsoWeek));                   // 2025 has 52
    }

    void pipesAndTextColumnsAsDimensions()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("pipe-leads.csv"));
        QCOMPARE(read.delimiter, QLatin1Char('|'));
        QCOMPARE(read.series.size(), std::size_t(1));
        QCOMPARE(figure(read, QStringLiteral("leads"), 3), 20.0); // 12 + 8
        QCOMPARE(read.dimensionColumns, QStringList{QStringLiteral("channel")});
        // Filtered by it, the column is still offered, so the filter can be changed.
        MonthlyImportOptions options;
        options.filterColumn = QStringLiteral("channel");
        options.filterValue = QStringLiteral("webinar");
        const MonthlyActualsRead filtered = readFile(QStringLiteral("pipe-leads.csv"), options);
        QCOMPARE(filtered.dimensionColumns, QStringList{QStringLiteral("channel")});
        QCOMPARE(filtered.dimensionValues.at(QStringLiteral("channel")), QStringList{QStringLiteral("Webinar")});
        QCOMPARE(figure(filtered, QStringLiteral("leads"), 3), 20.0);
    }

    void quotedFieldsWithCommasAndLineBreaks()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("quoted-newlines.csv"));
        QCOMPARE(read.rows, 2);
        QCOMPARE(figure(read, QStringLiteral("Clicks"), 3), 25.0); // 10 + 15
        MonthlyImportOptions options;
        options.filterColumn = QStringLiteral("Campaign");
        options.filterValue = QStringLiteral("Spring \"big\" sale");
        QCOMPARE(figure(readFile(QStringLiteral("quoted-newlines.csv"), options), QStringLiteral("Clicks"), 3), 15.0);
    }

    void byteOrderMarkIsNotPartOfTheHeader()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("bom-sessions.csv"));
        QCOMPARE(read.encoding, QStringLiteral("UTF-8 with BOM"));
        QCOMPARE(read.header.front(), QStringLiteral("Date"));
        QCOMPARE(figure(read, QStringLiteral("Sessions"), 3), 30.0); // 10 + 20
    }

    void monthFirstDecidedByADayAbove12()
    {
        const MonthlyActualsRead read = readFile(QStringLiteral("dates-month-first.csv"));
        QCOMPARE(read.dateFormat, CsvDateFormat::MonthDayYear); // 03/13/2026
        QVERIFY(!read.datesAmbiguous);
        QCOMPARE(figure(read, QStringLiteral("Signups"), 3), 18.0); // 5 + 6 + 7
        QCOMPARE(figure(read, QStringLiteral("Signups"), 4), 4.0);
    }

    void dayAbove12FarDownTheFileDecidesTheWholeColumn()
    {
        // 25,000 dates that read both ways, then one that only reads month first: beyond the
        // first 256 KB, so only the whole column can tell.
        QByteArray bytes = "Date,Signups\n";
        for (int i = 0; i < 25000; ++i)
            bytes += "03/01/2026,1\n";
        bytes += "03/13/2026,5\n";
        const MonthlyActualsRead read = readMonthlyActuals(bytes, {});
        QVERIFY(bytes.size() > 256 * 1024);
        QCOMPARE(read.dateFormat, CsvDateFormat::MonthDayYear);
        QCOMPARE(read.problemCount, 0);
        QCOMPARE(figure(read, QStringLiteral("Signups"), 3), 25005.0); // 25000 × 1 + 5
    }

    void ambiguousColumnIsSaidAndFollowsTheChoice()
    {
        MonthlyImportOptions options;
        options.dayFirstWhenAmbiguous = true;
        MonthlyActualsRead read = readFile(QStringLiteral("dates-ambiguous.csv"), options);
        QVERIFY(read.datesAmbiguous);
        QCOMPARE(read.dateFormat, CsvDateFormat::DayMonthYear);
        // Day first: 03/01 = 3 January (5), 04/01 = 4 January (4): January 9.
        QCOMPARE(figure(read, QStringLiteral("Signups"), 1), 9.0);
        options.dayFirstWhenAmbiguous = false;
        read = readFile(QStringLiteral("dates-ambiguous.csv"), options);
        QVERIFY(read.datesAmbiguous);
        QCOMPARE(read.dateFormat, CsvDateFormat::MonthDayYear);
        QCOMPARE(figure(read, QStringLiteral("Signups"), 3), 11.0); // 1 and 2 March: 5 + 6
    }

    void rightToLeftAndChineseLabels()
    {
        MonthlyImportOptions options;
        options.filterColumn = QStringLiteral("渠道");
        options.filterValue = QStringLiteral("自然搜索");
        const MonthlyActualsRead read = readFile(QStringLiteral("rtl-chinese-labels.csv"), options);
        QCOMPARE(read.dateColumn, QStringLiteral("التاريخ"));
        QCOMPARE(figure(read, QStringLiteral("الزيارات"), 3), 150.0); // 100 + 50
        QCOMPARE(read.filteredOut, 1);
    }

    void unreadableRowsAreListedAndGoodRowsImport()
    {
        MonthlyImportOptions options;
        options.weightColumn = QStringLiteral("Impressions");
        const MonthlyActualsRead read = readFile(QStringLiteral("unreadable-rows.csv"), options);
        QCOMPARE(read.problemCount, 4);
        QCOMPARE(read.problems[0].line, 3);
        QCOMPARE(read.problems[0].reason, QStringLiteral("Sessions: 'n/a' is not a number"));
        QCOMPARE(read.problems[1].line, 4);
        QCOMPARE(read.problems[1].reason, QStringLiteral("'not a date' is not a date written as 2026-12-31 (ISO)"));
        QCOMPARE(read.problems[2].line, 5);
        QCOMPARE(read.problems[2].reason, QStringLiteral("CTR: its base Impressions 'lots' is not a number; "
                                                         "Impressions: 'lots' is not a number"));
        QCOMPARE(read.problems[3].line, 6);
        QCOMPARE(read.problems[3].reason, QStringLiteral("only 1 column; 4 expected"));
        // Sessions from lines 2, 5, 7: 10 + 14 + 16 = 40.
        QCOMPARE(figure(read, QStringLiteral("Sessions"), 3), 40.0);
        // CTR from lines 2, 3, 7 by impressions 100 each: (5 + 5 + 2) / 3 = 4.
        QCOMPARE(figure(read, QStringLiteral("CTR"), 3), 4.0);
    }

    void wholeFileErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        const QByteArray simple = "Date,Sessions\n2026-03-01,5\n";
        QTest::newRow("empty") << QByteArray("\n\n") << QString() << QString() << QStringLiteral("The file is empty.");
        QTest::newRow("one column") << QByteArray("a\nb\n") << QString() << QString()
                                    << QStringLiteral("Each line has only one column; a file of actuals needs at least a date and a figure.");
        QTest::newRow("unknown preset") << simple << QStringLiteral("preset") << QStringLiteral("ga3") << QStringLiteral(
            "There is no preset 'ga3'; the presets are: ga4, search-console, google-ads, meta-ads, mailchimp, brevo, social.");
        QTest::newRow("no date column") << simple << QStringLiteral("date") << QStringLiteral("Day")
                                        << QStringLiteral("The file has no column named 'Day'; its columns are: Date, Sessions.");
        QTest::newRow("no value column") << simple << QStringLiteral("value") << QStringLiteral("Visits")
                                         << QStringLiteral("The file has no column named 'Visits'; its columns are: Date, Sessions.");
        QTest::newRow("no filter column") << simple << QStringLiteral("filter") << QStringLiteral("Channel")
                                          << QStringLiteral("The file has no column named 'Channel'; its columns are: Date, Sessions.");
        QTest::newRow("no dates") << QByteArray("When,Sessions\nyesterday,5\n") << QString() << QString()
                                  << QStringLiteral("No column holds dates; name the date column.");
        QTest::newRow("date column without dates") << QByteArray("Date,Sessions\nyesterday,5\n") << QString() << QString()
                                                   << QStringLiteral("The column 'Date' holds no dates in a known form (its first value is 'yesterday').");
        QTest::newRow("no figures") << QByteArray("Date,Note\n2026-03-01,fine\n") << QString() << QString()
                                    << QStringLiteral("No column holds figures; name the column to import.");
    }
    void wholeFileErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, error);
        MonthlyImportOptions options;
        if (option == QLatin1String("preset"))
            options.preset = value;
        else if (option == QLatin1String("date"))
            options.dateColumn = value;
        else if (option == QLatin1String("value"))
            options.valueColumns = {value};
        else if (option == QLatin1String("filter"))
            options.filterColumn = value;
        QCOMPARE(readMonthlyActuals(bytes, options).error, error);
    }

    void monthlyFiguresReplaceTheMonthsActuals()
    {
        // March had three daily actuals (the old import's way), April one at its end, May none.
        const std::vector<KpiActual> existing = {{Date(2026, 2, 28), 7.0},
                                                 {Date(2026, 3, 1), 120.0},
                                                 {Date(2026, 3, 2), 132.0},
                                                 {Date(2026, 3, 31), 140.0},
                                                 {Date(2026, 4, 30), 150.0}};
        const std::map<YearMonth, double> figures = {{{2026, 3}, 392.0}, {{2026, 4}, 150.0}, {{2026, 5}, 10.0}};
        const MonthlyMerge merge = mergeMonthlyFigures(existing, figures);
        QCOMPARE(merge.replaced, 1); // March
        QCOMPARE(merge.unchanged, 1); // April
        QCOMPARE(merge.added, 1);    // May
        QCOMPARE(merge.changes.at(YearMonth{2026, 3}), MonthChange::Replace);
        const std::vector<KpiActual> expected = {{Date(2026, 2, 28), 7.0},
                                                 {Date(2026, 3, 31), 392.0},
                                                 {Date(2026, 4, 30), 150.0},
                                                 {Date(2026, 5, 31), 10.0}};
        QCOMPARE(merge.actuals, expected);
    }

    void importingTheSameFileTwiceChangesNothing()
    {
        Plan plan;
        plan.kpis.push_back(kpi(QStringLiteral("Organic traffic"), QStringLiteral("visits")));
        MonthlyImportOptions options;
        options.filterColumn = QStringLiteral("Session default channel group");
        options.filterValue = QStringLiteral("Organic Search");
        const MonthlyActualsRead read = readFile(QStringLiteral("ga4-daily-channels.csv"), options);
        const std::map<RecordId, std::map<YearMonth, double>> figures = {
            {plan.kpis[0].id, read.series.at(QStringLiteral("Sessions")).figures()}};
        const ActualsImport first = planMonthlyImport(plan, figures);
        QCOMPARE(first.added, 2); // March 392, April 150
        QCOMPARE(first.changed.size(), std::size_t(1));
        plan.kpis[0] = first.changed.front();
        const ActualsImport second = planMonthlyImport(plan, figures);
        QCOMPARE(second.added, 0);
        QCOMPARE(second.replaced, 0);
        QCOMPARE(second.unchanged, 2);
        QVERIFY(second.changed.empty());
    }

    void presetKeysAreStable()
    {
        QCOMPARE(csvPresetKeys(), QStringList({QStringLiteral("ga4"), QStringLiteral("search-console"),
                                               QStringLiteral("google-ads"), QStringLiteral("meta-ads"),
                                               QStringLiteral("mailchimp"), QStringLiteral("brevo"),
                                               QStringLiteral("social")}));
        QCOMPARE(findCsvPreset(u"GA4")->key, QStringLiteral("ga4"));
        QVERIFY(!findCsvPreset(u"ga3"));
    }

    void dateForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<CsvDateFormat>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Mar 5, 2026") << QStringLiteral("Mar 5, 2026") << CsvDateFormat::MonthNameDate << QStringLiteral("2026-03-05");
        QTest::newRow("5 Mar 2026") << QStringLiteral("5 Mar 2026") << CsvDateFormat::MonthNameDate << QStringLiteral("2026-03-05");
        QTest::newRow("05-Mar-2026") << QStringLiteral("05-Mar-2026") << CsvDateFormat::MonthNameDate << QStringLiteral("2026-03-05");
        QTest::newRow("with time") << QStringLiteral("Mar 5, 2026 10:00 am") << CsvDateFormat::MonthNameDate << QStringLiteral("2026-03-05");
        QTest::newRow("long name, pm") << QStringLiteral("March 31, 2026 11:59 pm") << CsvDateFormat::MonthNameDate << QStringLiteral("2026-03-31");
        QTest::newRow("30 Feb") << QStringLiteral("Feb 30, 2026") << CsvDateFormat::MonthNameDate << QString();
        QTest::newRow("ISO with Z") << QStringLiteral("2026-03-05T10:00:00Z") << CsvDateFormat::IsoDate << QStringLiteral("2026-03-05");
        QTest::newRow("month") << QStringLiteral("2026-03") << CsvDateFormat::IsoMonth << QStringLiteral("2026-03-31");
        QTest::newRow("week") << QStringLiteral("2026-W10") << CsvDateFormat::IsoWeek << QStringLiteral("2026-03-05");
        QTest::newRow("dots not month first") << QStringLiteral("05.03.2026") << CsvDateFormat::MonthDayYear << QString();
    }
    void dateForms()
    {
        QFETCH(QString, text);
        QFETCH(CsvDateFormat, format);
        QFETCH(QString, expected);
        const std::optional<Date> date = parseCsvDate(text, format);
        QCOMPARE(date ? toIsoString(*date) : QString(), expected);
    }
};

QTEST_GUILESS_MAIN(TestMonthlyImport)
#include "tst_monthlyimport.moc"
