// Reading, checking and writing RRULE text. Expansion is in recurrenceexpand.cpp, the
// sentence for people in recurrencedescribe.cpp.
#include "recurrence.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace cplan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::Recurrence", text);
}

constexpr std::array<const char *, 7> kWeekdayCodes = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
constexpr std::array<const char *, 4> kFrequencyNames = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"};
constexpr int kMaxWeekdayOrdinal = 53;
constexpr int kMaxSetPos = 366;

QString supportedPartsHint()
{
    return tr("the supported parts are FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, "
              "BYSETPOS and WKST");
}

QString weekdayHint()
{
    return tr("use MO, TU, WE, TH, FR, SA or SU");
}

std::optional<int> weekdayFromCode(QStringView code)
{
    for (int i = 0; i < int(kWeekdayCodes.size()); ++i) {
        if (code.compare(QLatin1String(kWeekdayCodes[std::size_t(i)]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::nullopt;
}

QString weekdayRuleText(const WeekdayRule &day)
{
    const QString code = day.weekday >= 0 && day.weekday < 7
        ? QLatin1String(kWeekdayCodes[std::size_t(day.weekday)])
        : QString::number(day.weekday);
    return day.ordinal == 0 ? code : QString::number(day.ordinal) + code;
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// An integer written as the RFC allows: digits, optionally preceded by + or - when signed.
std::optional<int> parseInteger(QStringView text, bool allowSign)
{
    QStringView digits = text;
    if (allowSign && !digits.isEmpty()
        && (digits.front() == QLatin1Char('+') || digits.front() == QLatin1Char('-')))
        digits = digits.mid(1);
    if (!isDigits(digits) || digits.size() > 9)
        return std::nullopt;
    const int value = digits.toInt();
    return text.front() == QLatin1Char('-') ? -value : value;
}

// 19971224, or 19971224T000000 / 19971224T000000Z of which the date is kept (see header).
std::optional<Date> parseUntil(QStringView text)
{
    QStringView datePart = text;
    if (text.size() > 8) {
        const QStringView time = text.mid(9);
        const bool timeOk = text[8].toUpper() == QLatin1Char('T')
            && (time.size() == 6 || (time.size() == 7 && time.back().toUpper() == QLatin1Char('Z')))
            && isDigits(time.left(6));
        if (!timeOk)
            return std::nullopt;
        datePart = text.left(8);
    }
    if (datePart.size() != 8 || !isDigits(datePart))
        return std::nullopt;
    const int year = datePart.left(4).toInt();
    const int month = datePart.mid(4, 2).toInt();
    const int day = datePart.mid(6, 2).toInt();
    // Boost's calendar covers 1400..9999.
    if (year < 1400 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    if (day > int(boost::gregorian::gregorian_calendar::end_of_month_day(year, month)))
        return std::nullopt;
    return Date(year, month, day);
}

QString untilText(const Date &date)
{
    return QStringLiteral("%1%2%3")
        .arg(int(date.year()), 4, 10, QLatin1Char('0'))
        .arg(int(date.month()), 2, 10, QLatin1Char('0'))
        .arg(int(date.day()), 2, 10, QLatin1Char('0'));
}

template<typename T, typename ToText>
QString joinList(const std::vector<T> &values, ToText toText)
{
    QStringList parts;
    parts.reserve(qsizetype(values.size()));
    for (const T &value : values)
        parts.append(toText(value));
    return parts.join(QLatin1Char(','));
}

// Parses one part's comma-separated list; returns the error message or an empty string.
// parseItem returns nullopt and sets the message (without the part's name) for a bad item.
template<typename T, typename ParseItem>
QString parseList(const QString &name, QStringView value, std::vector<T> &out, ParseItem parseItem)
{
    for (QStringView item : value.split(QLatin1Char(','))) {
        QString error;
        const std::optional<T> parsed = parseItem(item.trimmed(), error);
        if (!parsed)
            return name + QStringLiteral(": ") + error;
        out.push_back(*parsed);
    }
    return {};
}

QString badPositionMessage(QStringView item)
{
    return tr("'%1' has an invalid position (use 1 to 53 or -1 to -53 before the weekday, e.g. 2TU "
              "or -1FR)")
        .arg(item);
}

std::optional<WeekdayRule> parseWeekdayRule(QStringView item, QString &error)
{
    const std::optional<int> weekday = item.size() >= 2 ? weekdayFromCode(item.right(2)) : std::nullopt;
    if (!weekday) {
        error = tr("'%1' is not a weekday (%2)").arg(item, weekdayHint());
        return std::nullopt;
    }
    WeekdayRule rule{*weekday, 0};
    const QStringView position = item.chopped(2);
    if (!position.isEmpty()) {
        const std::optional<int> ordinal = parseInteger(position, true);
        if (!ordinal || *ordinal == 0 || std::abs(*ordinal) > kMaxWeekdayOrdinal) {
            error = badPositionMessage(item);
            return std::nullopt;
        }
        rule.ordinal = *ordinal;
    }
    return rule;
}

QString badMonthDayMessage(const QString &item)
{
    return tr("'%1' is not a day of the month (use 1 to 31, or -1 to -31 counting from the end of the "
              "month)")
        .arg(item);
}

std::optional<int> parseMonthDay(QStringView item, QString &error)
{
    const std::optional<int> day = parseInteger(item, true);
    if (!day || *day == 0 || std::abs(*day) > 31) {
        error = badMonthDayMessage(item.toString());
        return std::nullopt;
    }
    return day;
}

QString badMonthMessage(const QString &item)
{
    return tr("'%1' is not a month (use 1 to 12)").arg(item);
}

std::optional<int> parseMonth(QStringView item, QString &error)
{
    const std::optional<int> month = parseInteger(item, false);
    if (!month || *month < 1 || *month > 12) {
        error = badMonthMessage(item.toString());
        return std::nullopt;
    }
    return month;
}

QString badSetPosMessage(const QString &item)
{
    return tr("'%1' is not a position (use 1 to 366, or -1 to -366 counting from the end)").arg(item);
}

std::optional<int> parseSetPos(QStringView item, QString &error)
{
    const std::optional<int> pos = parseInteger(item, true);
    if (!pos || *pos == 0 || std::abs(*pos) > kMaxSetPos) {
        error = badSetPosMessage(item.toString());
        return std::nullopt;
    }
    return pos;
}

enum class Part { Freq, Interval, Count, Until, ByDay, ByMonthDay, ByMonth, BySetPos, Wkst };

std::optional<Part> partFromName(QStringView name)
{
    static const std::array<std::pair<const char *, Part>, 9> names = {{
        {"FREQ", Part::Freq},
        {"INTERVAL", Part::Interval},
        {"COUNT", Part::Count},
        {"UNTIL", Part::Until},
        {"BYDAY", Part::ByDay},
        {"BYMONTHDAY", Part::ByMonthDay},
        {"BYMONTH", Part::ByMonth},
        {"BYSETPOS", Part::BySetPos},
        {"WKST", Part::Wkst},
    }};
    for (const auto &[text, part] : names) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return part;
    }
    return std::nullopt;
}

bool isUnsupportedPart(QStringView name)
{
    for (const char *text : {"BYSECOND", "BYMINUTE", "BYHOUR", "BYWEEKNO", "BYYEARDAY"}) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Reads one NAME=VALUE part into `rule`; returns the error message or an empty string.
QString applyPart(Part part, const QString &name, QStringView value, RecurrenceRule &rule)
{
    const QString prefix = name + QStringLiteral(": ");
    switch (part) {
    case Part::Freq: {
        for (int i = 0; i < int(kFrequencyNames.size()); ++i) {
            if (value.compare(QLatin1String(kFrequencyNames[std::size_t(i)]), Qt::CaseInsensitive) == 0) {
                rule.frequency = Frequency(i);
                return {};
            }
        }
        for (const char *text : {"SECONDLY", "MINUTELY", "HOURLY"}) {
            if (value.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
                return prefix
                    + tr("'%1' is not supported (use DAILY, WEEKLY, MONTHLY or YEARLY)").arg(value);
        }
        return prefix + tr("'%1' is not a frequency (use DAILY, WEEKLY, MONTHLY or YEARLY)").arg(value);
    }
    case Part::Interval: {
        const std::optional<int> interval = parseInteger(value, false);
        if (!interval || *interval < 1)
            return prefix + tr("'%1' is not a whole number of 1 or more").arg(value);
        rule.interval = *interval;
        return {};
    }
    case Part::Count: {
        const std::optional<int> count = parseInteger(value, false);
        if (!count || *count < 1)
            return prefix + tr("'%1' is not a whole number of 1 or more").arg(value);
        rule.count = *count;
        return {};
    }
    case Part::Until:
        rule.until = parseUntil(value);
        if (!rule.until)
            return prefix + tr("'%1' is not a date (use YYYYMMDD, e.g. 19971224)").arg(value);
        return {};
    case Part::ByDay:
        return parseList(name, value, rule.byDay, parseWeekdayRule);
    case Part::ByMonthDay:
        return parseList(name, value, rule.byMonthDay, parseMonthDay);
    case Part::ByMonth:
        return parseList(name, value, rule.byMonth, parseMonth);
    case Part::BySetPos:
        return parseList(name, value, rule.bySetPos, parseSetPos);
    case Part::Wkst: {
        const std::optional<int> weekday = weekdayFromCode(value);
        if (!weekday || value.size() != 2)
            return prefix + tr("'%1' is not a weekday (%2)").arg(value, weekdayHint());
        rule.weekStart = *weekday;
        return {};
    }
    }
    return {};
}

QString listText(const std::vector<int> &values)
{
    return joinList(values, [](int value) { return QString::number(value); });
}

} // namespace

RecurrenceParseResult parseRecurrenceRule(const QString &text)
{
    QStringView body = QStringView(text).trimmed();
    if (body.startsWith(QLatin1String("RRULE:"), Qt::CaseInsensitive))
        body = body.mid(6).trimmed();
    if (body.isEmpty())
        return {std::nullopt, tr("The repeat rule is empty (write it like FREQ=WEEKLY;BYDAY=MO)")};

    RecurrenceRule rule;
    std::vector<Part> seen;
    for (QStringView item : body.split(QLatin1Char(';'))) {
        item = item.trimmed();
        if (item.isEmpty())
            continue; // a stray or trailing ';' hides no meaning
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals < 0)
            return {std::nullopt,
                    tr("'%1' is not a rule part (write NAME=VALUE, e.g. FREQ=WEEKLY)").arg(item)};
        const QString name = item.left(equals).trimmed().toString().toUpper();
        const QStringView value = item.mid(equals + 1).trimmed();
        const std::optional<Part> part = partFromName(name);
        if (!part) {
            if (isUnsupportedPart(name))
                return {std::nullopt, tr("%1 is not supported (%2)").arg(name, supportedPartsHint())};
            return {std::nullopt,
                    tr("'%1' is not a part of a repeat rule (%2)").arg(name, supportedPartsHint())};
        }
        if (std::find(seen.begin(), seen.end(), *part) != seen.end())
            return {std::nullopt, tr("%1 appears more than once").arg(name)};
        seen.push_back(*part);
        if (value.isEmpty())
            return {std::nullopt, tr("%1 has no value").arg(name)};
        const QString error = applyPart(*part, name, value, rule);
        if (!error.isEmpty())
            return {std::nullopt, error};
    }
    if (std::find(seen.begin(), seen.end(), Part::Freq) == seen.end())
        return {std::nullopt, tr("FREQ is missing (say how often it repeats, e.g. FREQ=WEEKLY)")};

    const QString problem = validateRecurrenceRule(rule);
    if (!problem.isEmpty())
        return {std::nullopt, problem};
    return {std::move(rule), QString()};
}

QString validateRecurrenceRule(const RecurrenceRule &rule)
{
    const int frequency = int(rule.frequency);
    if (frequency < 0 || frequency > int(Frequency::Yearly))
        return tr("FREQ: the frequency must be DAILY, WEEKLY, MONTHLY or YEARLY");
    if (rule.interval < 1)
        return tr("INTERVAL: '%1' is not a whole number of 1 or more").arg(rule.interval);
    if (rule.count && *rule.count < 1)
        return tr("COUNT: '%1' is not a whole number of 1 or more").arg(*rule.count);
    if (rule.count && rule.until)
        return tr("COUNT and UNTIL cannot be used together (choose one way to end the repeats)");
    if (rule.until && rule.until->is_special())
        return tr("UNTIL: the end date is not a date");
    if (rule.weekStart < 0 || rule.weekStart > 6)
        return tr("WKST: '%1' is not a weekday (%2)").arg(rule.weekStart).arg(weekdayHint());
    const bool positionsAllowed = rule.frequency == Frequency::Monthly || rule.frequency == Frequency::Yearly;
    for (const WeekdayRule &day : rule.byDay) {
        if (day.weekday < 0 || day.weekday > 6)
            return QStringLiteral("BYDAY: ")
                + tr("'%1' is not a weekday (%2)").arg(weekdayRuleText(day), weekdayHint());
        if (std::abs(day.ordinal) > kMaxWeekdayOrdinal)
            return QStringLiteral("BYDAY: ") + badPositionMessage(weekdayRuleText(day));
        if (day.ordinal != 0 && !positionsAllowed)
            return tr("BYDAY: '%1' has a position, which only works with FREQ=MONTHLY or FREQ=YEARLY "
                      "(write the weekday alone, e.g. %2)")
                .arg(weekdayRuleText(day), QLatin1String(kWeekdayCodes[std::size_t(day.weekday)]));
    }
    for (int day : rule.byMonthDay) {
        if (day == 0 || std::abs(day) > 31)
            return QStringLiteral("BYMONTHDAY: ") + badMonthDayMessage(QString::number(day));
    }
    if (!rule.byMonthDay.empty() && rule.frequency == Frequency::Weekly)
        return tr("BYMONTHDAY cannot be used with FREQ=WEEKLY (use FREQ=MONTHLY)");
    for (int month : rule.byMonth) {
        if (month < 1 || month > 12)
            return QStringLiteral("BYMONTH: ") + badMonthMessage(QString::number(month));
    }
    for (int pos : rule.bySetPos) {
        if (pos == 0 || std::abs(pos) > kMaxSetPos)
            return QStringLiteral("BYSETPOS: ") + badSetPosMessage(QString::number(pos));
    }
    if (!rule.bySetPos.empty() && rule.byDay.empty() && rule.byMonthDay.empty() && rule.byMonth.empty())
        return tr("BYSETPOS needs BYDAY, BYMONTHDAY or BYMONTH to pick from");
    return {};
}

QString toRRuleString(const RecurrenceRule &rule)
{
    const int frequency = std::clamp(int(rule.frequency), 0, int(Frequency::Yearly));
    QString text = QStringLiteral("FREQ=") + QLatin1String(kFrequencyNames[std::size_t(frequency)]);
    if (rule.interval != 1)
        text += QStringLiteral(";INTERVAL=") + QString::number(rule.interval);
    if (!rule.byMonth.empty())
        text += QStringLiteral(";BYMONTH=") + listText(rule.byMonth);
    if (!rule.byMonthDay.empty())
        text += QStringLiteral(";BYMONTHDAY=") + listText(rule.byMonthDay);
    if (!rule.byDay.empty())
        text += QStringLiteral(";BYDAY=") + joinList(rule.byDay, weekdayRuleText);
    if (!rule.bySetPos.empty())
        text += QStringLiteral(";BYSETPOS=") + listText(rule.bySetPos);
    if (rule.weekStart != 0) {
        const WeekdayRule weekStart{rule.weekStart, 0};
        text += QStringLiteral(";WKST=") + weekdayRuleText(weekStart);
    }
    if (rule.count)
        text += QStringLiteral(";COUNT=") + QString::number(*rule.count);
    if (rule.until && !rule.until->is_special())
        text += QStringLiteral(";UNTIL=") + untilText(*rule.until);
    return text;
}

} // namespace cplan
