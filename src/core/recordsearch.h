#pragma once

#include "plan.h"

#include <QString>

#include <vector>

namespace cplan {

// Find in plan: the records whose name (a content item's title) contains the words typed, with the
// view that shows them, so the window can jump there.
struct FoundRecord
{
    RecordId id;
    QString section; // the view's key: "channels", "rollout", "market" …
    QString kind;    // "Channel", "Phase", "Segment" … (translated)
    QString name;
};

// Case-insensitive; names that start with the text come before names that only contain it;
// otherwise in the order of the views. At most `limit` records; none for blank text.
std::vector<FoundRecord> findRecordsByName(const Plan &plan, const QString &text, std::size_t limit = 50);

} // namespace cplan
