#pragma once

#include "calendardate.h"
#include "kpiaggregation.h"
#include "money.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <map>
#include <optional>
#include <vector>

namespace cplan {

// Every record carries a stable id that survives saving, JSON and reordering, so two versions
// of a plan can be compared record by record.
using RecordId = QUuid;
RecordId newRecordId();

struct ScenarioFactors
{
    double conservative = 0.8;
    double base = 1.0;
    double optimistic = 1.2;
    friend bool operator==(const ScenarioFactors &, const ScenarioFactors &) = default;
};

struct PlanSettings
{
    QString name;
    QString author;
    QString currency = QStringLiteral("EUR"); // ISO 4217
    YearMonth startMonth;
    int months = 12;                          // 1..120
    double grossMargin = 0.6;                 // 0..1
    double minimumRoiToScale = 0.0;           // a test is profitable at ROI >= this
    ScenarioFactors scenarios;
    friend bool operator==(const PlanSettings &, const PlanSettings &) = default;
};

// The business plan's written parts, as rich text (HTML from the editors, or plain text).
struct PlanTexts
{
    QString researchNotes;
    QString strategy;
    QString rationale;
    QString messageAudience;
    QString messageWhatToSay;
    QString messageHowToSay;
    QString websiteObjectives;
    QString partnerships;
    QString priorities;
    QString recommendations;
    friend bool operator==(const PlanTexts &, const PlanTexts &) = default;
};

struct Segment
{
    RecordId id;
    QString name;
    QString needs;
    qint64 customers = 0;
    Money annualSpendPerCustomer;
    double serviceableShare = 0.0; // 0..1
    double obtainableShare = 0.0;  // 0..1
    QString notes;
    friend bool operator==(const Segment &, const Segment &) = default;
};

struct Persona
{
    RecordId id;
    QString name;
    RecordId segmentId; // null when not linked
    QString motivations;
    QString interests;
    QString needs;
    QString whereToReach;
    QString notes;
    friend bool operator==(const Persona &, const Persona &) = default;
};

struct Competitor
{
    RecordId id;
    QString name;
    QString offering;
    QString strengths;
    QString weaknesses;
    QString pricing;
    QString website;
    QString notes;
    friend bool operator==(const Competitor &, const Competitor &) = default;
};

struct TeamMember
{
    RecordId id;
    QString name;
    QString role;
    double weeklyCapacityHours = 40.0;
    friend bool operator==(const TeamMember &, const TeamMember &) = default;
};

enum class ChannelKind {
    Seo, ContentBlog, Social, Email, Display, PaidSearch, Affiliate, Print, MediaAds, PR, Events,
    Other
};
enum class ChannelStatus { Planned, Testing, RolledOut, Paused, Stopped };
enum class CostModel { Cpc, Cpm, Flat };

struct Channel
{
    RecordId id;
    QString name;
    ChannelKind kind = ChannelKind::Other;
    RecordId ownerId; // a team member, or null
    ChannelStatus status = ChannelStatus::Planned;
    CostModel costModel = CostModel::Cpc;
    Money costPerClick;         // cpc
    Money costPerMille;         // cpm: cost of 1000 impressions
    double clickThroughRate = 0.0; // cpm: clicks per impression, 0..1
    double visitsPerMonth = 0.0;   // flat: visits in a fully covered month
    double leadRate = 0.0;         // leads per click, 0..1
    double closeRate = 0.0;        // customers per lead, 0..1
    Money averageOrderValue;
    std::optional<Money> targetCostPerLead;
    QString notes;
    friend bool operator==(const Channel &, const Channel &) = default;
};

enum class PhaseKind { Test, Rollout, Scale };

struct RolloutPhase
{
    RecordId id;
    RecordId channelId;
    QString name;
    PhaseKind kind = PhaseKind::Test;
    Date start{2026, 1, 1};
    Date end{2026, 1, 31}; // inclusive
    Money budget;
    std::optional<Money> actualSpend;
    std::optional<Money> actualRevenue;
    std::optional<qint64> actualLeads;
    QString notes;
    friend bool operator==(const RolloutPhase &, const RolloutPhase &) = default;
};

enum class BetterWhen { Higher, Lower };

struct KpiActual
{
    Date date{2026, 1, 1};
    double value = 0.0;
    friend bool operator==(const KpiActual &, const KpiActual &) = default;
};

struct Kpi
{
    RecordId id;
    RecordId channelId; // null for a plan-wide KPI
    QString name;
    QString unit;
    BetterWhen betterWhen = BetterWhen::Higher;
    KpiAggregation aggregation = KpiAggregation::Sum; // how a month's figures make its actual
    std::map<YearMonth, double> monthlyTargets;
    std::vector<KpiActual> actuals; // sorted by date, at most one per date
    friend bool operator==(const Kpi &, const Kpi &) = default;
};

struct FixedCost
{
    RecordId id;
    QString name;
    Money monthlyAmount;
    YearMonth startMonth;
    std::optional<YearMonth> endMonth; // inclusive; open-ended when absent
    QString notes;
    friend bool operator==(const FixedCost &, const FixedCost &) = default;
};

struct Campaign
{
    RecordId id;
    QString name;
    QString goal;
    Date start{2026, 1, 1};
    Date end{2026, 12, 31};
    QString colour = QStringLiteral("#3b82f6"); // #rrggbb
    Money budget;
    QString notes;
    friend bool operator==(const Campaign &, const Campaign &) = default;
};

enum class ContentType { BlogPost, SocialPost, Email, Video, Banner, PressRelease, Event, Other };
enum class ContentStatus { Idea, Planned, InProgress, Ready, Published };

struct ContentItem
{
    RecordId id;
    QString title;
    ContentType type = ContentType::BlogPost;
    RecordId channelId;
    RecordId campaignId;
    RecordId ownerId;
    ContentStatus status = ContentStatus::Idea;
    Date date{2026, 1, 1};
    std::optional<int> timeMinutes;     // minutes after midnight
    std::optional<int> durationMinutes; // with a time
    QString recurrence;                 // RFC 5545 RRULE value, empty when it does not repeat
    std::vector<Date> excludedDates;    // EXDATE, sorted
    QString notes;
    friend bool operator==(const ContentItem &, const ContentItem &) = default;
};

// What a comment is attached to: a record (by id) in a section, a whole section, or the plan.
struct Comment
{
    RecordId id;
    RecordId parentId; // the comment this replies to, or null
    QString section;   // e.g. "channels", "market"; empty for the plan as a whole
    RecordId recordId; // the record within the section, or null
    QString author;
    QDateTime createdAt; // UTC
    QString text;
    bool resolved = false;
    friend bool operator==(const Comment &, const Comment &) = default;
};

enum class ApprovalStatus { Draft, InReview, Approved, ChangesRequested };

struct ApprovalEvent
{
    ApprovalStatus status = ApprovalStatus::Draft;
    QString by;
    QDateTime at; // UTC
    QString note;
    friend bool operator==(const ApprovalEvent &, const ApprovalEvent &) = default;
};

struct Approval
{
    ApprovalStatus status = ApprovalStatus::Draft;
    QString by;
    QDateTime at;
    QString note;
    std::vector<ApprovalEvent> history; // oldest first
    friend bool operator==(const Approval &, const Approval &) = default;
};

struct Plan
{
    PlanSettings settings;
    PlanTexts texts;
    std::vector<Segment> segments;
    std::vector<Persona> personas;
    std::vector<Competitor> competitors;
    std::vector<TeamMember> team;
    std::vector<Channel> channels;
    std::vector<RolloutPhase> phases;
    std::vector<Kpi> kpis;
    std::vector<FixedCost> fixedCosts;
    std::vector<Campaign> campaigns;
    std::vector<ContentItem> content;
    std::vector<Comment> comments;
    Approval approval;
    friend bool operator==(const Plan &, const Plan &) = default;

    int minorDigits() const { return currencyMinorDigits(settings.currency); }
    double major(Money amount) const { return amount.toMajor(minorDigits()); }
    const Channel *findChannel(const RecordId &id) const;
};

// A blank plan with sensible defaults: this month, 12 months, EUR, 60 % margin.
Plan makeBlankPlan(const QString &name, const QString &currency = QStringLiteral("EUR"));

} // namespace cplan
