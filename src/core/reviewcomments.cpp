#include "reviewcomments.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::ReviewComments", text);
}

QString named(const QString &kind, const QString &name)
{
    return tr("%1 “%2”").arg(kind, name.isEmpty() ? tr("(unnamed)") : name);
}

template<typename Record, typename Describe>
std::optional<RecordAnchor> findIn(const std::vector<Record> &records, const RecordId &id, const char *section,
                                   Describe describe)
{
    for (const Record &record : records) {
        if (record.id == id)
            return RecordAnchor{QString::fromLatin1(section), describe(record)};
    }
    return std::nullopt;
}

} // namespace

const std::vector<CommentSection> &commentSections()
{
    // The same keys and titles as the main window's views.
    static const std::vector<CommentSection> sections = [] {
        auto view = [](const char *text) { return QCoreApplication::translate("cplan::Views", text); };
        return std::vector<CommentSection>{
            {QString(), tr("Whole plan")},
            {QStringLiteral("overview"), view("Overview")},
            {QStringLiteral("business"), view("Business plan")},
            {QStringLiteral("market"), view("Market")},
            {QStringLiteral("channels"), view("Channels")},
            {QStringLiteral("rollout"), view("Roll-out")},
            {QStringLiteral("calendar"), view("Calendar")},
            {QStringLiteral("forecast"), view("Forecast")},
            {QStringLiteral("kpis"), view("KPIs")},
        };
    }();
    return sections;
}

QString commentSectionTitle(const QString &key)
{
    for (const CommentSection &section : commentSections()) {
        if (section.key == key)
            return section.title;
    }
    return key;
}

std::optional<RecordAnchor> findRecordAnchor(const Plan &plan, const RecordId &id)
{
    if (id.isNull())
        return std::nullopt;
    if (auto a = findIn(plan.channels, id, "channels", [](const Channel &c) { return named(tr("Channel"), c.name); }))
        return a;
    if (auto a = findIn(plan.phases, id, "rollout", [&plan](const RolloutPhase &p) {
            const Channel *channel = plan.findChannel(p.channelId);
            const QString phase = named(tr("Phase"), p.name);
            return channel ? tr("%1 of %2").arg(phase, channel->name) : phase;
        }))
        return a;
    if (auto a = findIn(plan.segments, id, "market", [](const Segment &s) { return named(tr("Segment"), s.name); }))
        return a;
    if (auto a = findIn(plan.personas, id, "market", [](const Persona &p) { return named(tr("Customer profile"), p.name); }))
        return a;
    if (auto a = findIn(plan.competitors, id, "market", [](const Competitor &c) { return named(tr("Competitor"), c.name); }))
        return a;
    if (auto a = findIn(plan.content, id, "calendar", [](const ContentItem &c) { return named(tr("Content item"), c.title); }))
        return a;
    if (auto a = findIn(plan.campaigns, id, "calendar", [](const Campaign &c) { return named(tr("Campaign"), c.name); }))
        return a;
    if (auto a = findIn(plan.team, id, "calendar", [](const TeamMember &m) { return named(tr("Team member"), m.name); }))
        return a;
    if (auto a = findIn(plan.kpis, id, "kpis", [](const Kpi &k) { return named(tr("KPI"), k.name); }))
        return a;
    if (auto a = findIn(plan.fixedCosts, id, "forecast", [](const FixedCost &f) { return named(tr("Fixed cost"), f.name); }))
        return a;
    return std::nullopt;
}

std::vector<CommentListEntry> listComments(const Plan &plan)
{
    QHash<RecordId, std::vector<const Comment *>> replies;
    QHash<RecordId, const Comment *> byId;
    for (const Comment &c : plan.comments)
        byId.insert(c.id, &c);
    std::vector<const Comment *> roots;
    for (const Comment &c : plan.comments) {
        // A reply whose comment is gone (a damaged file) still shows, as a thread of its own.
        if (!c.parentId.isNull() && byId.contains(c.parentId) && c.parentId != c.id)
            replies[c.parentId].push_back(&c);
        else
            roots.push_back(&c);
    }
    const auto byTime = [](const Comment *a, const Comment *b) { return a->createdAt < b->createdAt; };
    std::stable_sort(roots.begin(), roots.end(), byTime);
    for (auto &list : replies)
        std::stable_sort(list.begin(), list.end(), byTime);

    std::vector<CommentListEntry> entries;
    entries.reserve(plan.comments.size());
    for (const Comment *root : roots) {
        const std::optional<RecordAnchor> record = findRecordAnchor(plan, root->recordId);
        CommentListEntry first;
        first.threadId = root->id;
        first.threadResolved = root->resolved;
        first.section = root->section.isEmpty() && record ? record->section : root->section;
        first.sectionTitle = commentSectionTitle(first.section);
        if (record)
            first.anchorName = record->name;
        else if (!root->recordId.isNull())
            first.anchorName = tr("Removed record");
        else if (!first.section.isEmpty())
            first.anchorName = tr("Section %1").arg(first.sectionTitle);
        else
            first.anchorName = tr("Whole plan");
        // Depth first; the set guards against a reply loop in a damaged file.
        QSet<RecordId> seen;
        std::vector<std::pair<const Comment *, int>> stack{{root, 0}};
        while (!stack.empty()) {
            const auto [comment, depth] = stack.back();
            stack.pop_back();
            if (seen.contains(comment->id))
                continue;
            seen.insert(comment->id);
            CommentListEntry entry = first;
            entry.comment = *comment;
            entry.depth = depth;
            entries.push_back(std::move(entry));
            const std::vector<const Comment *> children = replies.value(comment->id);
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                stack.push_back({*it, depth + 1});
        }
    }
    return entries;
}

int countReplies(const Plan &plan, const RecordId &commentId)
{
    QSet<RecordId> gone{commentId};
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Comment &c : plan.comments) {
            if (!gone.contains(c.id) && !c.parentId.isNull() && gone.contains(c.parentId)) {
                gone.insert(c.id);
                grew = true;
            }
        }
    }
    return int(gone.size()) - 1;
}

CommentCount commentsOn(const Plan &plan, const RecordId &recordId)
{
    CommentCount count;
    if (recordId.isNull())
        return count;
    for (const Comment &c : plan.comments) {
        if (c.recordId == recordId && c.parentId.isNull())
            (c.resolved ? count.resolved : count.open) += 1;
    }
    return count;
}

CommentCount commentThreads(const Plan &plan)
{
    CommentCount count;
    for (const Comment &c : plan.comments) {
        if (c.parentId.isNull())
            (c.resolved ? count.resolved : count.open) += 1;
    }
    return count;
}

Approval withStatus(const Approval &current, ApprovalStatus status, const QString &by, const QDateTime &at,
                    const QString &note)
{
    Approval next = current;
    next.history = approvalHistory(current);
    next.status = status;
    next.by = by;
    next.at = at.toUTC();
    next.note = note;
    next.history.push_back({next.status, next.by, next.at, next.note});
    return next;
}

std::vector<ApprovalEvent> approvalHistory(const Approval &approval)
{
    std::vector<ApprovalEvent> events = approval.history;
    // Files differ in whether the history ends with the current status; never lose it, never
    // show it twice. A status nobody ever set is no event.
    const ApprovalEvent current{approval.status, approval.by, approval.at, approval.note};
    const bool wasSet = approval.at.isValid() || !approval.by.isEmpty() || !approval.note.isEmpty();
    if (wasSet && (events.empty() || !(events.back() == current)))
        events.push_back(current);
    return events;
}

} // namespace cplan
