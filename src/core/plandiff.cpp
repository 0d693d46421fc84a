#include "plandiff.h"

#include "forecast.h"
#include "recordfields.h"
#include "recordkind.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <cmath>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanDiff", text);
}

// Every field of one side, for an added or removed record.
std::vector<FieldChange> wholeRecord(const FieldList &fields, bool added)
{
    std::vector<FieldChange> changes;
    for (const FieldValue &field : fields) {
        FieldChange change{field.key, field.label, {}, {}};
        if (added) {
            change.after = field.text;
            change.afterValue = field.value;
        } else {
            change.before = field.text;
            change.beforeValue = field.value;
        }
        changes.push_back(std::move(change));
    }
    return changes;
}

// The fields whose identity differs, matched by key (a KPI's months come and go).
std::vector<FieldChange> changedFields(const FieldList &before, const FieldList &after)
{
    std::vector<FieldChange> changes;
    QHash<QString, const FieldValue *> old;
    for (const FieldValue &field : before)
        old.insert(field.key, &field);
    QHash<QString, bool> seen;
    for (const FieldValue &field : after) {
        seen.insert(field.key, true);
        const FieldValue *previous = old.value(field.key);
        if (!previous) {
            changes.push_back({field.key, field.label, {}, field.text, QJsonValue::Undefined, field.value});
        } else if (previous->identity != field.identity) {
            changes.push_back({field.key, field.label, previous->text, field.text, previous->value, field.value});
        }
    }
    for (const FieldValue &field : before) {
        if (!seen.contains(field.key))
            changes.push_back({field.key, field.label, field.text, {}, field.value, QJsonValue::Undefined});
    }
    return changes;
}

// Compares one list of records: removed in the older order, then changed and added in the
// newer order. Positions are ignored.
template<typename Record>
void compareList(const Plan &before, const Plan &after, const char *kind, const char *kindName,
                 std::vector<RecordChange> &out)
{
    const auto &oldList = RecordTraits<Record>::list(before);
    const auto &newList = RecordTraits<Record>::list(after);
    QHash<RecordId, const Record *> oldById;
    for (const Record &record : oldList)
        oldById.insert(record.id, &record);
    QHash<RecordId, const Record *> newById;
    for (const Record &record : newList)
        newById.insert(record.id, &record);

    for (const Record &record : oldList) {
        if (!newById.contains(record.id))
            out.push_back({ChangeKind::Removed, QLatin1String(kind), tr(kindName), record.id, recordName(record),
                           wholeRecord(recordFields(before, record), false)});
    }
    for (const Record &record : newList) {
        const Record *previous = oldById.value(record.id);
        if (!previous) {
            out.push_back({ChangeKind::Added, QLatin1String(kind), tr(kindName), record.id, recordName(record),
                           wholeRecord(recordFields(after, record), true)});
            continue;
        }
        if (*previous == record)
            continue; // the common case, without making display text for every field
        std::vector<FieldChange> fields = changedFields(recordFields(before, *previous), recordFields(after, record));
        if (!fields.empty())
            out.push_back({ChangeKind::Changed, QLatin1String(kind), tr(kindName), record.id, recordName(*previous),
                           std::move(fields)});
    }
}

void compareOnce(const FieldList &before, const FieldList &after, const char *kind, const char *kindName,
                 std::vector<RecordChange> &out)
{
    std::vector<FieldChange> fields = changedFields(before, after);
    if (!fields.empty())
        out.push_back({ChangeKind::Changed, QLatin1String(kind), tr(kindName), {}, tr(kindName), std::move(fields)});
}

QString signedText(double value, const QString &text)
{
    return (value > 0 ? QStringLiteral("+") : value < 0 ? QString(QChar(0x2212)) : QString()) + text;
}

// Rounded to a millionth like --summary, so figures computed in a different order compare equal.
double rounded(double value)
{
    const double r = std::round(value * 1e6) / 1e6;
    return r == 0.0 ? 0.0 : r;
}

HeadlineChange moneyFigure(const char *key, const char *label, double before, double after, const Plan &oldPlan,
                           const Plan &newPlan)
{
    HeadlineChange figure;
    figure.key = QLatin1String(key);
    figure.label = tr(label);
    before = rounded(before);
    after = rounded(after);
    figure.before = moneyText(before, oldPlan.settings.currency);
    figure.after = moneyText(after, newPlan.settings.currency);
    figure.beforeValue = before;
    figure.afterValue = after;
    const bool sameCurrency = oldPlan.settings.currency == newPlan.settings.currency;
    figure.changed = !sameCurrency || figure.before != figure.after;
    if (sameCurrency) {
        const double delta = rounded(after - before);
        figure.changeValue = delta;
        if (figure.changed)
            figure.change = signedText(delta, moneyText(std::abs(delta), newPlan.settings.currency));
    } else {
        figure.changeValue = QJsonValue::Null;
        figure.change = tr("the currency changed");
    }
    return figure;
}

QString percentText(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + QStringLiteral(" %");
}

HeadlineChange roiFigure(const std::optional<double> &before, const std::optional<double> &after)
{
    HeadlineChange figure;
    figure.key = QStringLiteral("roi");
    figure.label = tr("ROI");
    figure.before = before ? percentText(*before) : tr("none (nothing spent)");
    figure.after = after ? percentText(*after) : tr("none (nothing spent)");
    figure.beforeValue = before ? QJsonValue(rounded(*before)) : QJsonValue(QJsonValue::Null);
    figure.afterValue = after ? QJsonValue(rounded(*after)) : QJsonValue(QJsonValue::Null);
    figure.changed = figure.before != figure.after;
    figure.changeValue = QJsonValue::Null;
    if (before && after) {
        const double points = (*after - *before) * 100.0;
        figure.changeValue = rounded(*after - *before);
        if (figure.changed)
            figure.change = signedText(points, tr("%1 percentage points").arg(QLocale().toString(std::abs(points), 'f', 1)));
    } else if (figure.changed) {
        figure.change = after ? tr("now calculated") : tr("no longer calculated");
    }
    return figure;
}

HeadlineChange breakEvenFigure(const std::optional<YearMonth> &before, const std::optional<YearMonth> &after)
{
    HeadlineChange figure;
    figure.key = QStringLiteral("breakEvenMonth");
    figure.label = tr("Break-even month");
    figure.before = before ? toIsoString(*before) : tr("not reached");
    figure.after = after ? toIsoString(*after) : tr("not reached");
    figure.beforeValue = before ? QJsonValue(toIsoString(*before)) : QJsonValue(QJsonValue::Null);
    figure.afterValue = after ? QJsonValue(toIsoString(*after)) : QJsonValue(QJsonValue::Null);
    figure.changed = before != after;
    figure.changeValue = QJsonValue::Null;
    if (before && after) {
        const int months = before->monthsUntil(*after);
        figure.changeValue = months;
        if (months > 0)
            figure.change = months == 1 ? tr("1 month later") : tr("%1 months later").arg(months);
        else if (months < 0)
            figure.change = months == -1 ? tr("1 month earlier") : tr("%1 months earlier").arg(-months);
    } else if (figure.changed) {
        figure.change = after ? tr("now reached") : tr("no longer reached");
    }
    return figure;
}

} // namespace

QString toKey(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Added: return QStringLiteral("added");
    case ChangeKind::Removed: return QStringLiteral("removed");
    case ChangeKind::Changed: break;
    }
    return QStringLiteral("changed");
}

int PlanDiff::changeCount() const
{
    int count = 0;
    for (const SectionChanges &section : sections)
        count += int(section.records.size());
    return count;
}

PlanDiff comparePlans(const Plan &before, const Plan &after)
{
    PlanDiff diff;
    const Forecast oldForecast = computeForecast(before);
    const Forecast newForecast = computeForecast(after);
    diff.headline = {
        moneyFigure("budget", QT_TR_NOOP("Marketing budget"), oldForecast.totals.spend, newForecast.totals.spend,
                    before, after),
        moneyFigure("revenue", QT_TR_NOOP("Revenue"), oldForecast.totals.revenue, newForecast.totals.revenue, before,
                    after),
        roiFigure(oldForecast.roi, newForecast.roi),
        breakEvenFigure(oldForecast.breakEvenMonth(), newForecast.breakEvenMonth()),
    };

    // Sections named and ordered like the app's views.
    auto section = [&](const char *key, const char *title, auto fill) {
        SectionChanges changes{QLatin1String(key), QCoreApplication::translate("cplan::Views", title), {}};
        fill(changes.records);
        if (!changes.records.empty())
            diff.sections.push_back(std::move(changes));
    };
    section("business", QT_TRANSLATE_NOOP("cplan::Views", "Business plan"), [&](std::vector<RecordChange> &out) {
        compareOnce(textFields(before), textFields(after), "texts", QT_TR_NOOP("Business plan texts"), out);
    });
    section("market", QT_TRANSLATE_NOOP("cplan::Views", "Market"), [&](std::vector<RecordChange> &out) {
        compareList<Segment>(before, after, "segment", QT_TR_NOOP("Segment"), out);
        compareList<Persona>(before, after, "persona", QT_TR_NOOP("Customer profile"), out);
        compareList<Competitor>(before, after, "competitor", QT_TR_NOOP("Competitor"), out);
    });
    section("channels", QT_TRANSLATE_NOOP("cplan::Views", "Channels"), [&](std::vector<RecordChange> &out) {
        compareList<Channel>(before, after, "channel", QT_TR_NOOP("Channel"), out);
    });
    section("rollout", QT_TRANSLATE_NOOP("cplan::Views", "Roll-out"), [&](std::vector<RecordChange> &out) {
        compareList<RolloutPhase>(before, after, "phase", QT_TR_NOOP("Roll-out phase"), out);
    });
    section("calendar", QT_TRANSLATE_NOOP("cplan::Views", "Calendar"), [&](std::vector<RecordChange> &out) {
        compareList<Campaign>(before, after, "campaign", QT_TR_NOOP("Campaign"), out);
        compareList<ContentItem>(before, after, "content", QT_TR_NOOP("Content item"), out);
        compareList<TeamMember>(before, after, "teamMember", QT_TR_NOOP("Team member"), out);
    });
    section("forecast", QT_TRANSLATE_NOOP("cplan::Views", "Forecast"), [&](std::vector<RecordChange> &out) {
        compareOnce(settingsFields(before), settingsFields(after), "settings", QT_TR_NOOP("Plan settings"), out);
        compareList<FixedCost>(before, after, "fixedCost", QT_TR_NOOP("Fixed cost"), out);
    });
    section("kpis", QT_TRANSLATE_NOOP("cplan::Views", "KPIs"), [&](std::vector<RecordChange> &out) {
        compareList<Kpi>(before, after, "kpi", QT_TR_NOOP("KPI"), out);
    });
    section("review", QT_TRANSLATE_NOOP("cplan::Views", "Review"), [&](std::vector<RecordChange> &out) {
        compareOnce(approvalFields(before), approvalFields(after), "approval", QT_TR_NOOP("Approval"), out);
        compareList<Comment>(before, after, "comment", QT_TR_NOOP("Comment"), out);
    });
    return diff;
}

} // namespace cplan
