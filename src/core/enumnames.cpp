#include "enumnames.h"

#include <QCoreApplication>

#include <utility>

namespace cplan {

namespace {

struct Names
{
    const char *key;
    const char *display;
};

template<typename Enum>
struct EnumTable;

#define CPLAN_TR(text) QT_TRANSLATE_NOOP("cplan::Enum", text)

template<>
struct EnumTable<ChannelKind>
{
    static constexpr std::pair<ChannelKind, Names> entries[] = {
        {ChannelKind::Seo, {"seo", CPLAN_TR("SEO")}},
        {ChannelKind::ContentBlog, {"content", CPLAN_TR("Content / blog")}},
        {ChannelKind::Social, {"social", CPLAN_TR("Social media")}},
        {ChannelKind::Email, {"email", CPLAN_TR("Email")}},
        {ChannelKind::Display, {"display", CPLAN_TR("Display / banner")}},
        {ChannelKind::PaidSearch, {"paid-search", CPLAN_TR("Paid search")}},
        {ChannelKind::Affiliate, {"affiliate", CPLAN_TR("Affiliate / link exchange")}},
        {ChannelKind::Print, {"print", CPLAN_TR("Print")}},
        {ChannelKind::MediaAds, {"media-ads", CPLAN_TR("Media ads")}},
        {ChannelKind::PR, {"pr", CPLAN_TR("PR")}},
        {ChannelKind::Events, {"events", CPLAN_TR("Events")}},
        {ChannelKind::Other, {"other", CPLAN_TR("Other")}},
    };
};

template<>
struct EnumTable<ChannelStatus>
{
    static constexpr std::pair<ChannelStatus, Names> entries[] = {
        {ChannelStatus::Planned, {"planned", CPLAN_TR("Planned")}},
        {ChannelStatus::Testing, {"testing", CPLAN_TR("Testing")}},
        {ChannelStatus::RolledOut, {"rolled-out", CPLAN_TR("Rolled out")}},
        {ChannelStatus::Paused, {"paused", CPLAN_TR("Paused")}},
        {ChannelStatus::Stopped, {"stopped", CPLAN_TR("Stopped")}},
    };
};

template<>
struct EnumTable<CostModel>
{
    static constexpr std::pair<CostModel, Names> entries[] = {
        {CostModel::Cpc, {"cpc", CPLAN_TR("Cost per click")}},
        {CostModel::Cpm, {"cpm", CPLAN_TR("Cost per thousand impressions")}},
        {CostModel::Flat, {"flat", CPLAN_TR("Flat (organic)")}},
    };
};

template<>
struct EnumTable<PhaseKind>
{
    static constexpr std::pair<PhaseKind, Names> entries[] = {
        {PhaseKind::Test, {"test", CPLAN_TR("Test")}},
        {PhaseKind::Rollout, {"rollout", CPLAN_TR("Roll-out")}},
        {PhaseKind::Scale, {"scale", CPLAN_TR("Scale")}},
    };
};

template<>
struct EnumTable<BetterWhen>
{
    static constexpr std::pair<BetterWhen, Names> entries[] = {
        {BetterWhen::Higher, {"higher", CPLAN_TR("Higher is better")}},
        {BetterWhen::Lower, {"lower", CPLAN_TR("Lower is better")}},
    };
};

template<>
struct EnumTable<ContentType>
{
    static constexpr std::pair<ContentType, Names> entries[] = {
        {ContentType::BlogPost, {"blog-post", CPLAN_TR("Blog post")}},
        {ContentType::SocialPost, {"social-post", CPLAN_TR("Social post")}},
        {ContentType::Email, {"email", CPLAN_TR("Email")}},
        {ContentType::Video, {"video", CPLAN_TR("Video")}},
        {ContentType::Banner, {"banner", CPLAN_TR("Banner")}},
        {ContentType::PressRelease, {"press-release", CPLAN_TR("Press release")}},
        {ContentType::Event, {"event", CPLAN_TR("Event")}},
        {ContentType::Other, {"other", CPLAN_TR("Other")}},
    };
};

template<>
struct EnumTable<ContentStatus>
{
    static constexpr std::pair<ContentStatus, Names> entries[] = {
        {ContentStatus::Idea, {"idea", CPLAN_TR("Idea")}},
        {ContentStatus::Planned, {"planned", CPLAN_TR("Planned")}},
        {ContentStatus::InProgress, {"in-progress", CPLAN_TR("In progress")}},
        {ContentStatus::Ready, {"ready", CPLAN_TR("Ready")}},
        {ContentStatus::Published, {"published", CPLAN_TR("Published")}},
    };
};

template<>
struct EnumTable<ApprovalStatus>
{
    static constexpr std::pair<ApprovalStatus, Names> entries[] = {
        {ApprovalStatus::Draft, {"draft", CPLAN_TR("Draft")}},
        {ApprovalStatus::InReview, {"in-review", CPLAN_TR("In review")}},
        {ApprovalStatus::Approved, {"approved", CPLAN_TR("Approved")}},
        {ApprovalStatus::ChangesRequested, {"changes-requested", CPLAN_TR("Changes requested")}},
    };
};

template<typename Enum>
const Names &namesOf(Enum value)
{
    for (const auto &entry : EnumTable<Enum>::entries) {
        if (entry.first == value)
            return entry.second;
    }
    return EnumTable<Enum>::entries[0].second;
}

template<typename Enum>
QString keyOf(Enum value)
{
    return QString::fromLatin1(namesOf(value).key);
}

template<typename Enum>
QString displayOf(Enum value)
{
    return QCoreApplication::translate("cplan::Enum", namesOf(value).display);
}

} // namespace

template<typename Enum>
std::optional<Enum> fromKey(const QString &key)
{
    for (const auto &entry : EnumTable<Enum>::entries) {
        if (key == QLatin1String(entry.second.key))
            return entry.first;
    }
    return std::nullopt;
}

template<typename Enum>
const std::vector<Enum> &allValues()
{
    static const std::vector<Enum> values = [] {
        std::vector<Enum> list;
        for (const auto &entry : EnumTable<Enum>::entries)
            list.push_back(entry.first);
        return list;
    }();
    return values;
}

#define CPLAN_ENUM_FUNCTIONS(Enum)                                                                 \
    QString toKey(Enum value) { return keyOf(value); }                                             \
    QString displayName(Enum value) { return displayOf(value); }                                   \
    template std::optional<Enum> fromKey<Enum>(const QString &);                                   \
    template const std::vector<Enum> &allValues<Enum>();

CPLAN_ENUM_FUNCTIONS(ChannelKind)
CPLAN_ENUM_FUNCTIONS(ChannelStatus)
CPLAN_ENUM_FUNCTIONS(CostModel)
CPLAN_ENUM_FUNCTIONS(PhaseKind)
CPLAN_ENUM_FUNCTIONS(BetterWhen)
CPLAN_ENUM_FUNCTIONS(ContentType)
CPLAN_ENUM_FUNCTIONS(ContentStatus)
CPLAN_ENUM_FUNCTIONS(ApprovalStatus)

template<>
std::optional<KpiAggregation> fromKey<KpiAggregation>(const QString &key)
{
    return kpiAggregationFromKey(key);
}

template<>
const std::vector<KpiAggregation> &allValues<KpiAggregation>()
{
    return allKpiAggregations();
}

} // namespace cplan
