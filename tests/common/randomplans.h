#pragma once

// Random valid plans for property tests: seeded, so a failure names the plan that shows it.
// Every kind of record, every optional field both set and absent, and the values at the edges
// of their ranges (docs/file-format.md, "Ranges") as often as values in between.
#include "enumnames.h"
#include "plan.h"
#include "validation.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QString>

#include <algorithm>
#include <tuple>

namespace cplan::testing {

class RandomPlans
{
public:
    // Plans lean to the edges: Edges::Lowest and Edges::Highest put every ranged value at its
    // limit; Edges::Mixed picks limits or values in between, field by field.
    enum class Edges { Mixed, Lowest, Highest };

    explicit RandomPlans(quint32 seed) : m_random(seed) { }

    Plan next(Edges edges = Edges::Mixed)
    {
        m_edges = edges;
        static const char *const currencies[] = {"EUR", "JPY", "KWD", "CLF", "USD"};
        Plan plan;
        PlanSettings &s = plan.settings;
        s.name = name();
        s.author = text();
        s.currency = QString::fromLatin1(currencies[below(5)]);
        s.startMonth = month();
        s.months = int(whole(1, 120));
        s.grossMargin = share();
        s.minimumRoiToScale = between(-1.0, 100.0);
        s.scenarios = {between(0.0, 10.0), between(0.0, 10.0), between(0.0, 10.0)};
        plan.texts = {text(), text(), text(), text(), text(), text(), text(), text(), text(), text()};

        for (int i = below(4); i > 0; --i)
            plan.segments.push_back({id(), name(), text(), whole(0, valueranges::customers), money(), share(), share(), text()});
        for (int i = below(4); i > 0; --i)
            plan.personas.push_back({id(), name(), pick(plan.segments), text(), text(), text(), text(), text()});
        for (int i = below(3); i > 0; --i)
            plan.competitors.push_back({id(), name(), text(), text(), text(), text(), website(), text()});
        for (int i = below(4); i > 0; --i)
            plan.team.push_back({id(), name(), text(), between(0.0, 168.0)});
        for (int i = below(4); i > 0; --i)
            plan.channels.push_back(channel(plan));
        for (int i = plan.channels.empty() ? 0 : below(5); i > 0; --i)
            plan.phases.push_back(phase(plan));
        for (int i = below(4); i > 0; --i)
            plan.kpis.push_back(kpi(plan));
        for (int i = below(4); i > 0; --i) {
            const YearMonth from = month();
            std::optional<YearMonth> until;
            if (chance(50))
                until = std::max(from, month());
            plan.fixedCosts.push_back({id(), name(), money(), from, until, text()});
        }
        for (int i = below(4); i > 0; --i) {
            const auto [start, end] = period();
            plan.campaigns.push_back({id(), name(), text(), start, end, colour(), money(), text()});
        }
        for (int i = below(5); i > 0; --i)
            plan.content.push_back(contentItem(plan));
        for (int i = below(5); i > 0; --i)
            plan.comments.push_back(comment(plan));
        plan.approval = {status(), text(), timestamp(), text(), {}};
        for (int i = below(4); i > 0; --i)
            plan.approval.history.push_back({status(), text(), timestamp(), text()});
        return plan;
    }

private:
    int below(int n) { return int(m_random.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    // Lowest, highest, or (in a mixed plan) anything in between; limits two times in five.
    int edge()
    {
        if (m_edges == Edges::Lowest)
            return 0;
        if (m_edges == Edges::Highest)
            return 1;
        const int roll = below(5);
        return roll < 2 ? roll : 2;
    }
    qint64 whole(qint64 lowest, qint64 highest)
    {
        switch (edge()) {
        case 0:
            return lowest;
        case 1:
            return highest;
        default:
            return lowest + qint64(m_random.bounded(quint64(highest - lowest) + 1));
        }
    }
    double between(double lowest, double highest)
    {
        switch (edge()) {
        case 0:
            return lowest;
        case 1:
            return highest;
        default:
            // Full precision, so the doors must carry every bit of a double.
            return lowest + m_random.generateDouble() * (highest - lowest);
        }
    }
    double share() { return chance(5) ? 1e-300 : between(0.0, 1.0); }
    Money money() { return Money::fromMinorUnits(whole(0, Money::maximumMinorUnits)); }
    Money positiveMoney() { return Money::fromMinorUnits(whole(1, Money::maximumMinorUnits)); }
    std::optional<Money> optionalMoney()
    {
        return chance(30) ? std::nullopt : std::optional<Money>(money());
    }
    RecordId id()
    {
        char bytes[16];
        for (char &b : bytes)
            b = char(m_random.bounded(256));
        return QUuid::fromRfc4122(QByteArrayView(bytes, 16));
    }
    template<typename Record>
    RecordId pick(const std::vector<Record> &records)
    {
        return records.empty() || chance(25) ? RecordId() : records[std::size_t(below(int(records.size())))].id;
    }
    // Text that has broken naive code: quotes, SQL, HTML, emoji, right-to-left, control
    // characters, a NUL, spaces at the ends.
    QString text()
    {
        static const QString pieces[] = {
            QString(),
            QStringLiteral("It's \"quoted\""),
            QStringLiteral("'); DROP TABLE channel; --"),
            QStringLiteral("<b>&amp;</b><p>para</p>"),
            QStringLiteral("🚀 营销计划"),
            QStringLiteral("برنامه بازاریابی"),
            QStringLiteral("line 1\r\nline 2\ttab"),
            QStringLiteral("  spaces  "),
            QStringLiteral("nul") + QChar(0) + QStringLiteral("in the middle"),
            QStringLiteral("\\ backslash / slash \u00e9\u0301"),
        };
        QString result;
        for (int i = below(3); i >= 0; --i)
            result += pieces[below(int(std::size(pieces)))];
        return result;
    }
    QString name() { return QStringLiteral("N%1 ").arg(below(1000)) + text(); }
    QString website() { return chance(50) ? QString() : QStringLiteral("https://example.com/p%1").arg(below(100)); }
    QString colour()
    {
        static const char *const colours[] = {"#3b82f6", "#000000", "#FFFFFF", "#a1B2c3"};
        return QString::fromLatin1(colours[below(4)]);
    }
    Date date()
    {
        const Date first(1900, 1, 1);
        const Date last(2999, 12, 31);
        return first + boost::gregorian::days(long(whole(0, (last - first).days())));
    }
    YearMonth month()
    {
        const Date d = date();
        return {int(d.year()), int(d.month())};
    }
    std::pair<Date, Date> period()
    {
        const Date a = date();
        const Date b = date();
        return {std::min(a, b), std::max(a, b)};
    }
    QDateTime timestamp()
    {
        if (chance(20))
            return {};
        const qint64 day = qint64(m_random.bounded(365 * 60)) * 86'400'000;
        const qint64 ms = chance(50) ? qint64(m_random.bounded(86'400'000)) : qint64(m_random.bounded(86'400)) * 1000;
        return QDateTime::fromMSecsSinceEpoch(day + ms, QTimeZone::utc());
    }
    ApprovalStatus status() { return allValues<ApprovalStatus>()[std::size_t(below(4))]; }
    template<typename Enum>
    Enum any()
    {
        const auto values = allValues<Enum>();
        return values[std::size_t(below(int(values.size())))];
    }

    Channel channel(const Plan &plan)
    {
        Channel c;
        c.id = id();
        c.name = name();
        c.kind = any<ChannelKind>();
        c.ownerId = pick(plan.team);
        c.status = any<ChannelStatus>();
        c.costModel = any<CostModel>();
        c.costPerClick = c.costModel == CostModel::Cpc ? positiveMoney() : money();
        c.costPerMille = c.costModel == CostModel::Cpm ? positiveMoney() : money();
        c.clickThroughRate = share();
        c.visitsPerMonth = between(0.0, valueranges::visitsPerMonth);
        c.leadRate = share();
        c.closeRate = share();
        c.averageOrderValue = money();
        c.targetCostPerLead = optionalMoney();
        c.notes = text();
        return c;
    }
    RolloutPhase phase(const Plan &plan)
    {
        RolloutPhase p;
        p.id = id();
        p.channelId = plan.channels[std::size_t(below(int(plan.channels.size())))].id;
        p.name = chance(20) ? QString() : name();
        p.kind = any<PhaseKind>();
        std::tie(p.start, p.end) = period();
        p.budget = money();
        p.actualSpend = optionalMoney();
        p.actualRevenue = optionalMoney();
        if (chance(60))
            p.actualLeads = whole(0, valueranges::leads);
        p.notes = text();
        return p;
    }
    Kpi kpi(const Plan &plan)
    {
        Kpi k;
        k.id = id();
        k.channelId = pick(plan.channels);
        k.name = name();
        k.unit = text();
        k.betterWhen = any<BetterWhen>();
        k.aggregation = any<KpiAggregation>();
        for (int i = below(4); i > 0; --i)
            k.monthlyTargets[month()] = between(-valueranges::kpiFigure, valueranges::kpiFigure);
        std::vector<Date> dates;
        for (int i = below(4); i > 0; --i)
            dates.push_back(date());
        std::sort(dates.begin(), dates.end());
        dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
        for (const Date &d : dates)
            k.actuals.push_back({d, between(-valueranges::kpiFigure, valueranges::kpiFigure)});
        return k;
    }
    ContentItem contentItem(const Plan &plan)
    {
        static const char *const rules[] = {"", "FREQ=WEEKLY;BYDAY=TU", "FREQ=MONTHLY;BYDAY=1MO;COUNT=6",
                                            "FREQ=MONTHLY;BYMONTHDAY=-1", "FREQ=DAILY;INTERVAL=3;COUNT=10",
                                            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"};
        ContentItem c;
        c.id = id();
        c.title = name();
        c.type = any<ContentType>();
        c.channelId = pick(plan.channels);
        c.campaignId = pick(plan.campaigns);
        c.ownerId = pick(plan.team);
        c.status = any<ContentStatus>();
        c.date = date();
        if (chance(60))
            c.timeMinutes = int(whole(0, 24 * 60 - 1));
        if (chance(50))
            c.durationMinutes = int(whole(1, 7 * 24 * 60));
        c.recurrence = QString::fromLatin1(rules[below(int(std::size(rules)))]);
        for (int i = below(4); i > 0; --i)
            c.excludedDates.push_back(date());
        std::sort(c.excludedDates.begin(), c.excludedDates.end());
        c.excludedDates.erase(std::unique(c.excludedDates.begin(), c.excludedDates.end()), c.excludedDates.end());
        c.notes = text();
        return c;
    }
    Comment comment(const Plan &plan)
    {
        // Any record of the plan may carry a comment.
        std::vector<RecordId> records;
        auto collect = [&records](const auto &list) {
            for (const auto &record : list)
                records.push_back(record.id);
        };
        collect(plan.segments);
        collect(plan.channels);
        collect(plan.phases);
        collect(plan.content);
        collect(plan.comments);
        Comment c;
        c.id = id();
        c.parentId = pick(plan.comments);
        c.section = chance(50) ? QString() : QStringLiteral("channels");
        c.recordId = records.empty() || chance(30) ? RecordId() : records[std::size_t(below(int(records.size())))];
        c.author = text();
        c.createdAt = timestamp();
        c.text = QStringLiteral("Comment ") + text();
        c.resolved = chance(50);
        return c;
    }

    QRandomGenerator m_random;
    Edges m_edges = Edges::Mixed;
};

} // namespace cplan::testing
