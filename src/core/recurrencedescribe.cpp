// The sentence that tells people what a repeat rule does.
#include "recurrence.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>

namespace cplan {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cplan::Recurrence", text, nullptr, n);
}

QString weekdayName(int weekday)
{
    static constexpr std::array<const char *, 7> names = {
        QT_TRANSLATE_NOOP("cplan::Recurrence", "Monday"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "Tuesday"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "Wednesday"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "Thursday"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "Friday"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "Saturday"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "Sunday"),
    };
    return weekday >= 0 && weekday < 7 ? tr(names[std::size_t(weekday)]) : QString::number(weekday);
}

QString monthName(int month)
{
    static constexpr std::array<const char *, 12> names = {
        QT_TRANSLATE_NOOP("cplan::Recurrence", "January"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "February"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "March"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "April"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "May"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "June"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "July"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "August"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "September"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "October"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "November"),
        QT_TRANSLATE_NOOP("cplan::Recurrence", "December"),
    };
    return month >= 1 && month <= 12 ? tr(names[std::size_t(month - 1)]) : QString::number(month);
}

QString shortDate(const Date &date)
{
    struct Text
    {
        const char *source;
        const char *comment;
    };
    static constexpr std::array<Text, 12> names = {{
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Jan", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Feb", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Mar", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Apr", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "May", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Jun", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Jul", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Aug", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Sep", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Oct", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Nov", "short month name"),
        QT_TRANSLATE_NOOP3("cplan::Recurrence", "Dec", "short month name"),
    }};
    const Text &name = names[std::size_t(date.month()) - 1];
    const QString month = QCoreApplication::translate("cplan::Recurrence", name.source, name.comment);
    //: day, short month name, year: "24 Dec 1997"
    return tr("%1 %2 %3").arg(int(date.day())).arg(month).arg(int(date.year()));
}

// "1st", "2nd", "23rd", "11th"; the first five as words.
QString ordinal(int n)
{
    switch (n) {
    case 1: return tr("first");
    case 2: return tr("second");
    case 3: return tr("third");
    case 4: return tr("fourth");
    case 5: return tr("fifth");
    default: break;
    }
    const int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return tr("%1th").arg(n);
    switch (n % 10) {
    case 1: return tr("%1st").arg(n);
    case 2: return tr("%1nd").arg(n);
    case 3: return tr("%1rd").arg(n);
    default: return tr("%1th").arg(n);
    }
}

// 2 -> "second", -1 -> "last", -3 -> "third-to-last"
QString position(int n)
{
    if (n == -1)
        return tr("last");
    if (n < 0)
        return tr("%1-to-last").arg(ordinal(-n));
    return ordinal(n);
}

// "A", "A and B", "A, B and C" (or "or" in place of "and").
QString joined(const QStringList &items, bool alternatives = false)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.front();
    const QString head = items.mid(0, items.size() - 1).join(tr(", "));
    return (alternatives ? tr("%1 or %2") : tr("%1 and %2")).arg(head, items.back());
}

QString periodHead(const RecurrenceRule &rule)
{
    const int n = rule.interval;
    switch (rule.frequency) {
    case Frequency::Daily: return n == 1 ? tr("Daily") : tr("Every %n days", n);
    case Frequency::Weekly: return n == 1 ? tr("Weekly") : tr("Every %n weeks", n);
    case Frequency::Monthly: return n == 1 ? tr("Monthly") : tr("Every %n months", n);
    case Frequency::Yearly: return n == 1 ? tr("Yearly") : tr("Every %n years", n);
    }
    return {};
}

// "Tuesday", "the last Friday", "the first and last Sunday"; weekdays with a position are
// grouped by weekday in the order they first appear.
QStringList weekdayItems(const RecurrenceRule &rule, bool groupWeekdays)
{
    std::vector<int> plain;
    std::vector<int> ordered; // weekdays with positions, first appearance order
    for (const WeekdayRule &day : rule.byDay) {
        std::vector<int> &list = day.ordinal == 0 ? plain : ordered;
        if (std::find(list.begin(), list.end(), day.weekday) == list.end())
            list.push_back(day.weekday);
    }
    QStringList items;
    std::vector<int> sortedPlain = plain;
    std::sort(sortedPlain.begin(), sortedPlain.end());
    if (groupWeekdays && sortedPlain == std::vector<int>{0, 1, 2, 3, 4})
        items.append(tr("weekdays"));
    else
        for (int weekday : plain)
            items.append(weekdayName(weekday));
    for (int weekday : ordered) {
        QStringList positions;
        for (const WeekdayRule &day : rule.byDay) {
            if (day.weekday == weekday && day.ordinal != 0)
                positions.append(position(day.ordinal));
        }
        //: "the first and last Sunday"
        items.append(tr("the %1 %2").arg(joined(positions), weekdayName(weekday)));
    }
    return items;
}

// "day 31", "days 2 and 15", "the last day", "the third-to-last day".
QStringList monthDayItems(const RecurrenceRule &rule)
{
    QStringList positive;
    QStringList items;
    for (int day : rule.byMonthDay) {
        if (day > 0)
            positive.append(QString::number(day));
    }
    if (positive.size() == 1)
        items.append(tr("day %1").arg(positive.front()));
    else if (!positive.isEmpty())
        items.append(tr("days %1").arg(joined(positive)));
    for (int day : rule.byMonthDay) {
        if (day < 0)
            items.append(tr("the %1 day").arg(position(day)));
    }
    return items;
}

QString setPosText(const RecurrenceRule &rule)
{
    QStringList positions;
    for (int pos : rule.bySetPos)
        positions.append(position(pos));
    const QString which = joined(positions);
    switch (rule.frequency) {
    case Frequency::Daily: return tr(", if it is the %1 of these that day").arg(which);
    case Frequency::Weekly: return tr(", the %1 of these each week").arg(which);
    case Frequency::Monthly: return tr(", the %1 of these each month").arg(which);
    case Frequency::Yearly: return tr(", the %1 of these each year").arg(which);
    }
    return {};
}

} // namespace

QString describeRecurrence(const RecurrenceRule &rule)
{
    QString text = periodHead(rule);
    if (!rule.byMonth.empty()) {
        QStringList months;
        for (int month : rule.byMonth)
            months.append(monthName(month));
        text += tr(" in %1").arg(joined(months));
    }
    const QStringList monthDays = monthDayItems(rule);
    const QStringList weekdays = weekdayItems(rule, monthDays.isEmpty());
    const bool withPositions = std::any_of(rule.byDay.begin(), rule.byDay.end(),
                                           [](const WeekdayRule &day) { return day.ordinal != 0; });
    if (!monthDays.isEmpty() && !weekdays.isEmpty() && !withPositions) {
        //: "Monthly on day 13 when it falls on a Friday"
        text += tr(" on %1 when it falls on a %2").arg(joined(monthDays), joined(weekdays, true));
    } else if (!monthDays.isEmpty() && !weekdays.isEmpty()) {
        //: "Yearly on days 1 to 7 when it is the first Monday"
        text += tr(" on %1 when it is %2").arg(joined(monthDays), joined(weekdays, true));
    } else if (!monthDays.isEmpty()) {
        text += tr(" on %1").arg(joined(monthDays));
    } else if (!weekdays.isEmpty()) {
        text += tr(" on %1").arg(joined(weekdays));
    }
    if (!rule.bySetPos.empty())
        text += setPosText(rule);
    if (rule.count)
        text += *rule.count == 1 ? tr(", once") : tr(", %n times", *rule.count);
    else if (rule.until && !rule.until->is_special())
        text += tr(" until %1").arg(shortDate(*rule.until));
    return text;
}

} // namespace cplan
