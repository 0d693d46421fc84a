#pragma once

#include "recordkind.h"

#include <QSet>

#include <array>

namespace cplan::storage {

// What changed in a plan since it was last written to its database: the single-row parts and,
// per list, the ids of records that were added, changed, moved or removed.
struct PlanChanges
{
    bool settings = false;
    bool texts = false;
    bool approval = false;
    std::array<QSet<RecordId>, recordKindCount> records;

    void touch(RecordKind kind, const RecordId &id) { records[std::size_t(kind)].insert(id); }
    bool any() const
    {
        if (settings || texts || approval)
            return true;
        for (const auto &ids : records) {
            if (!ids.isEmpty())
                return true;
        }
        return false;
    }
    void clear() { *this = PlanChanges(); }
};

} // namespace cplan::storage
