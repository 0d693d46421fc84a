// Which column of an export a KPI's figures come from (the rule is in monthlyimport.h), and
// writing monthly figures as the KPI's actuals.
#include "monthlyimport.h"

#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace cplan {

namespace {

// Words that mean the same figure in marketers' exports, by their first word.
const std::vector<QStringList> &synonymGroups()
{
    static const std::vector<QStringList> groups = {
        {QStringLiteral("visit"), QStringLiteral("session"), QStringLiteral("traffic")},
        {QStringLiteral("user"), QStringLiteral("visitor")},
        {QStringLiteral("impression"), QStringLiteral("impr"), QStringLiteral("view")},
        {QStringLiteral("conversion"), QStringLiteral("conv"), QStringLiteral("key"), QStringLiteral("result"),
         QStringLiteral("lead")},
        {QStringLiteral("cost"), QStringLiteral("spend"), QStringLiteral("spent")},
        {QStringLiteral("revenue"), QStringLiteral("income"), QStringLiteral("sale")},
        {QStringLiteral("unsubscribe"), QStringLiteral("unsubscribed"), QStringLiteral("unsubscription"),
         QStringLiteral("unsub")},
        {QStringLiteral("recipient"), QStringLiteral("sent"), QStringLiteral("send")},
        {QStringLiteral("open"), QStringLiteral("opened")},
        {QStringLiteral("click"), QStringLiteral("clicked")},
        {QStringLiteral("follower"), QStringLiteral("fan")},
        {QStringLiteral("engagement"), QStringLiteral("interaction")},
        {QStringLiteral("rate"), QStringLiteral("%"), QStringLiteral("percent")},
        {QStringLiteral("email"), QStringLiteral("e-mail"), QStringLiteral("newsletter"), QStringLiteral("mail")},
    };
    return groups;
}

// Words that say nothing about which figure it is.
bool isFiller(const QString &word)
{
    static const QSet<QString> filler = {QStringLiteral("total"), QStringLiteral("amount"), QStringLiteral("number"),
                                         QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("avg"),
                                         QStringLiteral("average"), QStringLiteral("unique"), QStringLiteral("all"),
                                         QStringLiteral("link"), QStringLiteral("event"), QStringLiteral("emails")};
    return filler.contains(word);
}

QString canonical(QString word)
{
    if (word.size() > 3 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QStringLiteral("ss")))
        word.chop(1); // sessions → session, opens → open
    for (const QStringList &group : synonymGroups()) {
        if (group.contains(word))
            return group.front();
    }
    return word;
}

// The ad metrics' initials, spelled out: "CTR" is a click-through rate, "CPA" a cost per
// conversion.
const QStringList *spelledOut(const QString &word)
{
    static const std::map<QString, QStringList> initials = {
        {QStringLiteral("ctr"), {QStringLiteral("click-through"), QStringLiteral("rate")}},
        {QStringLiteral("cpc"), {QStringLiteral("cost"), QStringLiteral("per"), QStringLiteral("click")}},
        {QStringLiteral("cpa"), {QStringLiteral("cost"), QStringLiteral("per"), QStringLiteral("conversion")}},
        {QStringLiteral("cpl"), {QStringLiteral("cost"), QStringLiteral("per"), QStringLiteral("lead")}},
        {QStringLiteral("cpm"), {QStringLiteral("cost"), QStringLiteral("per"), QStringLiteral("impression")}},
    };
    const auto found = initials.find(word);
    return found == initials.end() ? nullptr : &found->second;
}

QStringList words(const QString &text, bool dropBrackets)
{
    QString cleaned = text.toCaseFolded();
    if (dropBrackets) // "Amount spent (EUR)": the currency is not a word of the figure
        cleaned.remove(QRegularExpression(QStringLiteral(R"(\([^)]*\))")));
    cleaned.replace(QLatin1Char('%'), QStringLiteral(" % "));
    QStringList result;
    for (const QString &word : cleaned.split(QRegularExpression(QStringLiteral(R"([^\p{L}\p{N}%\-]+)")), Qt::SkipEmptyParts)) {
        if (isFiller(word))
            continue;
        if (const QStringList *spelled = spelledOut(word)) {
            for (const QString &part : *spelled)
                result.append(canonical(part));
        } else {
            result.append(canonical(word));
        }
    }
    return result;
}

bool sharesAWord(const QStringList &some, const QStringList &others)
{
    return std::any_of(some.begin(), some.end(), [&](const QString &word) { return others.contains(word); });
}

// What a KPI's name says it measures must be in the column too: a rate ("Email open rate")
// takes only a rate, not the count of opens; a ratio ("Cost per lead") takes only a column
// with both sides ("Cost / conv.", "CPA"), not the cost or the conversions alone.
bool hasTheKpisShape(const QStringList &nameWords, const QStringList &columnWords)
{
    const QString rate = QStringLiteral("rate");
    if (nameWords.contains(rate) && !columnWords.contains(rate))
        return false;
    const qsizetype per = nameWords.indexOf(QStringLiteral("per"));
    if (per > 0 && per + 1 < nameWords.size())
        return sharesAWord(nameWords.mid(0, per), columnWords) && sharesAWord(nameWords.mid(per + 1), columnWords);
    return true;
}

} // namespace

int kpiMatchScore(const Kpi &kpi, const QString &columnName)
{
    if (kpi.name.trimmed().compare(columnName.trimmed(), Qt::CaseInsensitive) == 0)
        return 100;
    const QStringList kpiWords = words(kpi.name + QLatin1Char(' ') + kpi.unit, false);
    const QStringList columnWords = words(columnName, true);
    if (columnWords.isEmpty() || !hasTheKpisShape(words(kpi.name, false), columnWords))
        return 0;
    int score = 0;
    for (const QString &word : columnWords)
        score += kpiWords.contains(word) ? 1 : -2;
    return score;
}

std::map<QString, RecordId> proposeKpiTargets(const Plan &plan, const QStringList &seriesNames)
{
    struct Pair
    {
        int score;
        int series;
        std::size_t kpi;
    };
    std::vector<Pair> pairs;
    for (int s = 0; s < seriesNames.size(); ++s) {
        for (std::size_t k = 0; k < plan.kpis.size(); ++k) {
            const int score = kpiMatchScore(plan.kpis[k], seriesNames[s]);
            if (score > 0)
                pairs.push_back({score, s, k});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.score > b.score; });
    std::map<QString, RecordId> targets;
    QSet<std::size_t> kpisTaken;
    for (const Pair &pair : pairs) {
        if (targets.count(seriesNames[pair.series]) || kpisTaken.contains(pair.kpi))
            continue;
        targets[seriesNames[pair.series]] = plan.kpis[pair.kpi].id;
        kpisTaken.insert(pair.kpi);
    }
    return targets;
}

MonthlyMerge mergeMonthlyFigures(const std::vector<KpiActual> &existing, const std::map<YearMonth, double> &figures)
{
    MonthlyMerge merge;
    std::map<YearMonth, std::vector<KpiActual>> before;
    for (const KpiActual &actual : existing) {
        if (figures.count(YearMonth::of(actual.date)))
            before[YearMonth::of(actual.date)].push_back(actual);
        else
            merge.actuals.push_back(actual);
    }
    for (const auto &[month, value] : figures) {
        const auto old = before.find(month);
        MonthChange change = MonthChange::Add;
        if (old != before.end()) {
            const bool same = old->second.size() == 1 && old->second.front().date == month.lastDay()
                              && std::abs(old->second.front().value - value) <= 1e-9 * std::max(1.0, std::abs(value));
            change = same ? MonthChange::Keep : MonthChange::Replace;
        }
        merge.changes[month] = change;
        ++(change == MonthChange::Add ? merge.added : change == MonthChange::Replace ? merge.replaced : merge.unchanged);
        merge.actuals.push_back({month.lastDay(), change == MonthChange::Keep ? old->second.front().value : value});
    }
    std::stable_sort(merge.actuals.begin(), merge.actuals.end(),
                     [](const KpiActual &a, const KpiActual &b) { return a.date < b.date; });
    return merge;
}

ActualsImport planMonthlyImport(const Plan &plan, const std::map<RecordId, std::map<YearMonth, double>> &figuresByKpi)
{
    ActualsImport result;
    for (const Kpi &kpi : plan.kpis) {
        const auto figures = figuresByKpi.find(kpi.id);
        if (figures == figuresByKpi.end())
            continue;
        MonthlyMerge merge = mergeMonthlyFigures(kpi.actuals, figures->second);
        result.added += merge.added;
        result.replaced += merge.replaced;
        result.unchanged += merge.unchanged;
        if (merge.added > 0 || merge.replaced > 0) {
            Kpi changed = kpi;
            changed.actuals = std::move(merge.actuals);
            result.changed.push_back(std::move(changed));
        }
    }
    return result;
}

} // namespace cplan
