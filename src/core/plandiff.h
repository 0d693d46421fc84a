#pragma once

#include "plan.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace cplan {

// What changed between two versions of a plan (docs/compare.md). Records are matched by their
// stable ids, never by position: moving a row changes nothing. Values are display text as a
// reader sees them (money with its currency, dates ISO, references by the referenced record's
// name) plus plain JSON values for the --json output.

enum class ChangeKind { Added, Removed, Changed };
QString toKey(ChangeKind change);

struct FieldChange
{
    QString key;   // stable: "name", "budget", "target 2026-04"
    QString label; // "Name", "Budget", "Target for 2026-04"
    QString before; // display text; empty for an added field
    QString after;  // display text; empty for a removed field
    QJsonValue beforeValue = QJsonValue::Undefined;
    QJsonValue afterValue = QJsonValue::Undefined;
};

struct RecordChange
{
    ChangeKind change = ChangeKind::Changed;
    QString kind;     // stable: "channel", "phase", "settings"
    QString kindName; // "Channel", "Roll-out phase", "Plan settings"
    RecordId id;      // null for the parts a plan has once (settings, texts, approval)
    QString name;     // the name in the older version (the newer one for an added record)
    // Changed: only the fields that changed. Added / removed: every field of the record, with
    // the other side empty.
    std::vector<FieldChange> fields;
};

struct SectionChanges
{
    QString key;   // the view's key: "business", "market", "channels", ...
    QString title; // the view's title: "Business plan", "Market", ...
    std::vector<RecordChange> records;
};

// A headline figure of the Overview before and after.
struct HeadlineChange
{
    QString key;   // "budget", "revenue", "roi", "breakEvenMonth"
    QString label; // "Marketing budget", ...
    QString before;
    QString after;
    QString change; // "+1500.00 EUR", "−3.2 percentage points", "2 months later"; empty when unchanged
    QJsonValue beforeValue;
    QJsonValue afterValue;
    QJsonValue changeValue; // a number for money and ROI; months for the break-even; null otherwise
    bool changed = false;
};

struct PlanDiff
{
    std::vector<HeadlineChange> headline; // budget, revenue, ROI, break-even month: always all four
    std::vector<SectionChanges> sections; // only sections with changes, in the app's view order

    // The number of added, removed and changed records (a record with three changed fields is one).
    int changeCount() const;
    bool isEmpty() const { return sections.empty(); }
};

PlanDiff comparePlans(const Plan &before, const Plan &after);

// Readable text grouped by section, e.g.
//   Channels
//     Changed channel “Search ads”
//       Name: “Search ads” → “Google Ads”
QString diffText(const PlanDiff &diff, const QString &beforeName, const QString &afterName);
// The JSON form of --diff --json (docs/compare.md).
QJsonObject diffJson(const PlanDiff &diff, const QString &beforeName, const QString &afterName);

} // namespace cplan
