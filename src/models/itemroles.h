#pragma once

#include <QVariant>

namespace cplan {

// Roles the channel, roll-out and KPI models answer beyond Qt's own.
enum ItemRole {
    RecordIdRole = Qt::UserRole, // the record's id (RecordTableModel answers it for every column)
    ChoicesRole,                 // QVariantList of {text, value} pairs for a column edited by choosing
    SortRole,                    // a value that sorts right: numbers as numbers, dates as dates
    StatusRole,                  // a stable key for a status cell ("on-track", "profitable")
};

// One entry of ChoicesRole.
inline QVariant choice(const QString &text, const QVariant &value)
{
    return QVariantList{text, value};
}

} // namespace cplan
