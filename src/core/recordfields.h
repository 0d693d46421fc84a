#pragma once

#include "plan.h"

#include <QJsonValue>
#include <QString>

#include <vector>

namespace cplan {

// One field of a record as a reader sees it, for comparing two versions of a plan: the label
// in the marketer's words, the value as display text and as a plain JSON value, and what makes
// two versions of the field the same (a reference compares by id, so renaming the referenced
// record does not change the field that points at it).
struct FieldValue
{
    QString key;      // stable, for JSON: "name", "budget", "target 2026-03"
    QString label;    // translated: "Name", "Budget", "Target for 2026-03"
    QString text;     // display text: "1500.00 EUR", "2026-03-02", "Google Ads"
    QJsonValue value; // money as a number in major units, dates ISO, references by name
    QString identity; // equal identities: the field did not change
};
using FieldList = std::vector<FieldValue>;

// The fields of each part of a plan, in the order the app shows them. References are shown
// by the referenced record's name in `plan`.
FieldList settingsFields(const Plan &plan);
FieldList textFields(const Plan &plan);
FieldList approvalFields(const Plan &plan);
FieldList recordFields(const Plan &plan, const Segment &record);
FieldList recordFields(const Plan &plan, const Persona &record);
FieldList recordFields(const Plan &plan, const Competitor &record);
FieldList recordFields(const Plan &plan, const TeamMember &record);
FieldList recordFields(const Plan &plan, const Channel &record);
FieldList recordFields(const Plan &plan, const RolloutPhase &record);
FieldList recordFields(const Plan &plan, const Kpi &record);
FieldList recordFields(const Plan &plan, const FixedCost &record);
FieldList recordFields(const Plan &plan, const Campaign &record);
FieldList recordFields(const Plan &plan, const ContentItem &record);
FieldList recordFields(const Plan &plan, const Comment &record);

// What a reader calls the record: its name, a content item's title, a comment's author and time.
QString recordName(const Segment &record);
QString recordName(const Persona &record);
QString recordName(const Competitor &record);
QString recordName(const TeamMember &record);
QString recordName(const Channel &record);
QString recordName(const RolloutPhase &record);
QString recordName(const Kpi &record);
QString recordName(const FixedCost &record);
QString recordName(const Campaign &record);
QString recordName(const ContentItem &record);
QString recordName(const Comment &record);

// Rich text (the business plan's texts) as one line of plain text, tags and entities resolved.
QString plainTextOf(const QString &richText);
// A money amount as display text: "1500.00 EUR" (locale-aware digits, the currency's minor digits).
QString moneyText(double major, const QString &currency);

} // namespace cplan
