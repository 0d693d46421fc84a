#include "recordsearch.h"

#include <QCoreApplication>

#include <algorithm>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::RecordSearch", text);
}

struct Candidate
{
    FoundRecord record;
    bool startsWith = false;
};

template <typename Record, typename NameOf>
void collect(std::vector<Candidate> &found, const std::vector<Record> &records, const QString &text,
             const char *section, const QString &kind, NameOf nameOf)
{
    for (const Record &record : records) {
        const QString name = nameOf(record);
        const qsizetype at = name.indexOf(text, 0, Qt::CaseInsensitive);
        if (at < 0)
            continue;
        found.push_back({{record.id, QString::fromLatin1(section), kind, name}, at == 0});
    }
}

} // namespace

std::vector<FoundRecord> findRecordsByName(const Plan &plan, const QString &text, std::size_t limit)
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty() || limit == 0)
        return {};
    std::vector<Candidate> found;
    const auto name = [](const auto &record) { return record.name; };
    collect(found, plan.segments, wanted, "market", tr("Segment"), name);
    collect(found, plan.personas, wanted, "market", tr("Customer profile"), name);
    collect(found, plan.competitors, wanted, "market", tr("Competitor"), name);
    collect(found, plan.channels, wanted, "channels", tr("Channel"), name);
    collect(found, plan.phases, wanted, "rollout", tr("Phase"), name);
    collect(found, plan.campaigns, wanted, "calendar", tr("Campaign"), name);
    collect(found, plan.content, wanted, "calendar", tr("Content item"), [](const ContentItem &c) { return c.title; });
    collect(found, plan.team, wanted, "calendar", tr("Team member"), name);
    collect(found, plan.fixedCosts, wanted, "forecast", tr("Fixed cost"), name);
    collect(found, plan.kpis, wanted, "kpis", tr("KPI"), name);
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate &a, const Candidate &b) { return a.startsWith && !b.startsWith; });
    std::vector<FoundRecord> records;
    for (std::size_t i = 0; i < found.size() && records.size() < limit; ++i)
        records.push_back(found[i].record);
    return records;
}

} // namespace cplan
