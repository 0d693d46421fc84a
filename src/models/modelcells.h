#pragma once

#include "displayformat.h"
#include "enumnames.h"
#include "itemroles.h"

#include <QBrush>
#include <QColor>

#include <optional>

// Small helpers the channel, roll-out and KPI table models share to answer data() for a cell.
namespace cplan::cells {

// Text: shown as is, edited as is, sorted case-insensitively.
inline QVariant text(int role, const QString &value)
{
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return value;
    if (role == SortRole)
        return value.toLower();
    return {};
}

// A figure: shown formatted, edited raw, right-aligned, sorted by value.
inline QVariant number(int role, const QString &display, const QVariant &edit)
{
    switch (role) {
    case Qt::DisplayRole: return display;
    case Qt::EditRole:
    case SortRole: return edit;
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}

inline QVariant date(int role, const Date &value)
{
    switch (role) {
    case Qt::DisplayRole: return formatDate(value);
    case Qt::EditRole:
    case SortRole: return toQDate(value);
    default: return {};
    }
}

// A value picked from a list: shown as its name, edited with a choice of all names.
template<typename Enum>
QVariant enumeration(int role, Enum value)
{
    switch (role) {
    case Qt::DisplayRole:
    case SortRole: return displayName(value);
    case Qt::EditRole: return toKey(value);
    case ChoicesRole: {
        QVariantList list;
        for (Enum each : allValues<Enum>())
            list.append(choice(displayName(each), toKey(each)));
        return list;
    }
    default: return {};
    }
}

template<typename Enum>
bool setEnumeration(Enum &field, const QVariant &value)
{
    const std::optional<Enum> parsed = fromKey<Enum>(value.toString());
    if (!parsed)
        return false;
    field = *parsed;
    return true;
}

inline QVariant percent(int role, double fraction)
{
    return number(role, formatPercent(fraction), fraction * 100.0);
}

// Typed as 25 (meaning 25 %), stored as 0.25.
inline bool setPercent(double &field, const QVariant &value)
{
    const std::optional<double> typed = parseNumber(value);
    if (!typed)
        return false;
    field = *typed / 100.0;
    return true;
}

inline QVariant optionalMoney(int role, const Plan &plan, const std::optional<Money> &amount)
{
    if (!amount)
        return number(role, QString(), QVariant(QString()));
    return number(role, formatMoney(plan, *amount), plan.major(*amount));
}

// Money typed by the user; an empty cell means "none" where the field is optional.
inline bool setOptionalMoney(const Plan &plan, std::optional<Money> &field, const QVariant &value)
{
    if (value.toString().trimmed().isEmpty()) {
        field.reset();
        return true;
    }
    const std::optional<Money> amount = parseMoney(plan, value);
    if (!amount)
        return false;
    field = *amount;
    return true;
}

// Status colours that read on light and dark themes alike.
inline QColor goodColour() { return QColor(0x1b, 0x7f, 0x3b); }
inline QColor badColour() { return QColor(0xb4, 0x23, 0x18); }
inline QColor neutralColour() { return QColor(0x6b, 0x72, 0x80); }

} // namespace cplan::cells
