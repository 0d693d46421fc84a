#include "calendarimport.h"

#include "contentschedule.h"
#include "recordfields.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::CalendarImport", text);
}

// Whether the plan's status, written to a calendar file, gives the STATUS the file has:
// Idea is written TENTATIVE, every other status CONFIRMED (read back as Planned).
bool writtenAs(ContentStatus inPlan, ContentStatus fromFile)
{
    if (fromFile == ContentStatus::Idea)
        return inPlan == ContentStatus::Idea;
    if (fromFile == ContentStatus::Planned)
        return inPlan != ContentStatus::Idea;
    return inPlan == fromFile;
}

// The plan's item with what the event states.
ContentItem merged(const ContentItem &inPlan, const ContentItem &fromFile, unsigned stated)
{
    ContentItem item = inPlan;
    item.timeMinutes = fromFile.timeMinutes;
    item.durationMinutes = fromFile.durationMinutes;
    item.recurrence = fromFile.recurrence;
    item.excludedDates = fromFile.excludedDates;
    item.date = fromFile.date;
    // An export starts a series on its first date (RFC 5545 wants DTSTART to be one); a plan
    // item may start earlier, on a day the rule skips. The same series keeps its own start.
    if (!fromFile.recurrence.isEmpty() && fromFile.recurrence == inPlan.recurrence && fromFile.date > inPlan.date
        && fromFile.timeMinutes == inPlan.timeMinutes && fromFile.excludedDates == inPlan.excludedDates) {
        const std::vector<Date> first = itemOccurrences(inPlan, inPlan.date, fromFile.date);
        if (!first.empty() && first.front() == fromFile.date)
            item.date = inPlan.date;
    }
    if (stated & StatesTitle)
        item.title = fromFile.title;
    if (stated & StatesType)
        item.type = fromFile.type;
    if (stated & StatesStatus)
        item.status = fromFile.status;
    else if ((stated & StatesCalendarStatus) && !writtenAs(inPlan.status, fromFile.status))
        item.status = fromFile.status;
    if (stated & StatesChannel)
        item.channelId = fromFile.channelId;
    if (stated & StatesCampaign)
        item.campaignId = fromFile.campaignId;
    if (stated & StatesOwner)
        item.ownerId = fromFile.ownerId;
    if (stated & StatesNotes)
        item.notes = fromFile.notes;
    return item;
}

std::vector<CalendarFieldChange> changesOf(const Plan &plan, const ContentItem &before, const ContentItem &after)
{
    const FieldList old = recordFields(plan, before);
    const FieldList now = recordFields(plan, after);
    std::vector<CalendarFieldChange> changes;
    for (std::size_t i = 0; i < old.size() && i < now.size(); ++i) {
        if (old[i].identity != now[i].identity)
            changes.push_back({now[i].key, now[i].label, old[i].text, now[i].text});
    }
    return changes;
}

} // namespace

int CalendarImportPlan::count(CalendarImportAction action) const
{
    int n = 0;
    for (const CalendarImportEntry &entry : entries)
        n += entry.action == action ? 1 : 0;
    return n;
}

CalendarImportPlan planCalendarImport(const Plan &plan, const ICalendarImport &read)
{
    CalendarImportPlan result;
    result.skipped = read.skipped;
    result.warnings = read.warnings;
    QHash<RecordId, std::size_t> inPlan;
    for (std::size_t i = 0; i < plan.content.size(); ++i)
        inPlan.insert(plan.content[i].id, i);
    QSet<RecordId> seen;
    for (std::size_t i = 0; i < read.items.size(); ++i) {
        const ContentItem &item = read.items[i];
        if (seen.contains(item.id))
            continue; // the reader gives each id once; a second one would only repeat it
        seen.insert(item.id);
        CalendarImportEntry entry;
        entry.line = i < read.sources.size() ? read.sources[i].line : 0;
        const auto found = inPlan.constFind(item.id);
        if (found == inPlan.cend()) {
            entry.item = item;
        } else {
            const ContentItem &before = plan.content[*found];
            entry.item = merged(before, item, i < read.sources.size() ? read.sources[i].stated : ~0u);
            entry.changes = changesOf(plan, before, entry.item);
            entry.action = entry.item == before ? CalendarImportAction::Unchanged : CalendarImportAction::Update;
        }
        result.entries.push_back(std::move(entry));
    }
    return result;
}

QString calendarImportCounts(const CalendarImportPlan &import)
{
    return tr("%1 added, %2 updated, %3 unchanged")
        .arg(import.count(CalendarImportAction::Add))
        .arg(import.count(CalendarImportAction::Update))
        .arg(import.count(CalendarImportAction::Unchanged));
}

std::vector<RecordId> applyCalendarImport(Plan &plan, const CalendarImportPlan &import)
{
    std::vector<RecordId> changed;
    for (const CalendarImportEntry &entry : import.entries) {
        if (entry.action == CalendarImportAction::Unchanged)
            continue;
        auto found = std::find_if(plan.content.begin(), plan.content.end(),
                                  [&](const ContentItem &item) { return item.id == entry.item.id; });
        if (found != plan.content.end())
            *found = entry.item;
        else
            plan.content.push_back(entry.item);
        changed.push_back(entry.item.id);
    }
    return changed;
}

} // namespace cplan
