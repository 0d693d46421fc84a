#include "icalendarparts.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace cplan::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::ICalendar", text);
}

// Unfolds the physical lines (CRLF or LF; a line starting with a space or tab continues the
// one before) into content lines. Unfolding works on bytes: a careless writer may have
// folded inside a UTF-8 sequence.
std::vector<std::pair<int, QByteArray>> unfold(const QByteArray &bytes)
{
    std::vector<std::pair<int, QByteArray>> lines;
    int number = 0;
    qsizetype position = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        position = 3;
    while (position < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', position);
        if (end < 0)
            end = bytes.size();
        QByteArray physical = bytes.mid(position, end - position);
        if (physical.endsWith('\r'))
            physical.chop(1);
        ++number;
        position = end + 1;
        if (!physical.isEmpty() && (physical.at(0) == ' ' || physical.at(0) == '\t') && !lines.empty())
            lines.back().second += physical.mid(1);
        else if (!physical.trimmed().isEmpty())
            lines.emplace_back(number, physical);
    }
    return lines;
}

// name *(";" param) ":" value, where a parameter value may be quoted and hold ; and :.
std::optional<ContentLine> parseContentLine(int number, const QString &text)
{
    ContentLine line;
    line.lineNumber = number;
    qsizetype i = 0;
    while (i < text.size() && text.at(i) != u';' && text.at(i) != u':')
        ++i;
    line.name = text.left(i).trimmed().toUpper();
    if (line.name.isEmpty() || i == text.size())
        return std::nullopt;
    while (i < text.size() && text.at(i) == u';') {
        ++i;
        const qsizetype equals = text.indexOf(u'=', i);
        if (equals < 0)
            return std::nullopt;
        const QString name = text.mid(i, equals - i).trimmed().toUpper();
        i = equals + 1;
        QString value;
        bool quoted = false;
        while (i < text.size()) {
            const QChar c = text.at(i);
            if (c == u'"') {
                quoted = !quoted;
            } else if (!quoted && (c == u';' || c == u':')) {
                break;
            } else {
                value += c;
            }
            ++i;
        }
        line.parameters[name] = value;
    }
    if (i == text.size() || text.at(i) != u':')
        return std::nullopt;
    line.value = text.mid(i + 1);
    return line;
}

void markBroken(Component &component, int line, const QString &why)
{
    if (component.broken.isEmpty()) {
        component.broken = why;
        component.brokenLine = line;
    }
}

} // namespace

ParsedFile parseComponents(const QByteArray &bytes)
{
    ParsedFile file;
    const std::vector<std::pair<int, QByteArray>> physical = unfold(bytes);
    if (physical.empty()) {
        file.error = tr("The file is empty.");
        return file;
    }
    std::vector<Component> open; // the components being read, outermost first
    auto close = [&]() {
        Component done = std::move(open.back());
        open.pop_back();
        if (open.empty())
            file.calendars.push_back(std::move(done));
        else
            open.back().children.push_back(std::move(done));
    };
    for (const auto &[number, raw] : physical) {
        const QString text = QString::fromUtf8(raw);
        const std::optional<ContentLine> parsed = parseContentLine(number, text);
        if (open.empty()) {
            const bool begins = parsed && parsed->name == QLatin1String("BEGIN")
                                && parsed->value.trimmed().compare(QLatin1String("VCALENDAR"), Qt::CaseInsensitive) == 0;
            if (begins) {
                open.push_back({QStringLiteral("VCALENDAR"), number, {}, {}, {}, 0});
            } else if (file.calendars.empty()) {
                file.error = tr("Line %1: this is not an iCalendar file: it does not start with BEGIN:VCALENDAR.").arg(number);
                return file;
            } else {
                file.ignored.emplace_back(number, tr("'%1' is outside any calendar (BEGIN:VCALENDAR … END:VCALENDAR) and was ignored.")
                                                      .arg(text.left(60)));
            }
            continue;
        }
        if (!parsed) {
            const QString why = tr("'%1' is not an iCalendar line (NAME:value).").arg(text.left(60));
            if (open.size() > 1)
                markBroken(open.back(), number, why);
            else
                file.ignored.emplace_back(number, why + QLatin1Char(' ') + tr("It was ignored."));
            continue;
        }
        if (parsed->name == QLatin1String("BEGIN")) {
            open.push_back({parsed->value.trimmed().toUpper(), number, {}, {}, {}, 0});
            continue;
        }
        if (parsed->name == QLatin1String("END")) {
            const QString name = parsed->value.trimmed().toUpper();
            const auto match = std::find_if(open.rbegin(), open.rend(), [&](const Component &c) { return c.name == name; });
            if (match == open.rend()) {
                const QString why = tr("END:%1 does not close BEGIN:%2.").arg(name, open.back().name);
                if (open.size() > 1)
                    markBroken(open.back(), number, why);
                else
                    file.ignored.emplace_back(number, why + QLatin1Char(' ') + tr("It was ignored."));
                continue;
            }
            // Whatever is still open inside the one closed here was never closed itself.
            while (open.back().name != name) {
                const QString why = tr("END:%1 does not close BEGIN:%2.").arg(name, open.back().name);
                markBroken(open.back(), number, why);
                if (open.size() > 1)
                    markBroken(open[open.size() - 2], number, why);
                close();
            }
            close();
            continue;
        }
        open.back().properties.push_back(*parsed);
    }
    // A file cut off: what was complete is kept, the rest said.
    while (!open.empty()) {
        markBroken(open.back(), open.back().lineNumber,
                   tr("BEGIN:%1 is never closed; the file may be cut off.").arg(open.back().name));
        close();
    }
    return file;
}

std::optional<WallTime> parseWallTime(const QString &text, bool forceDate)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z?))?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid() || date.year() < 1400 || date.year() > 9999)
        return std::nullopt;
    WallTime result;
    result.date = Date(date.year(), date.month(), date.day());
    if (m.capturedLength(4) == 0 || forceDate)
        return result;
    const int hour = m.captured(4).toInt(), minute = m.captured(5).toInt(), second = m.captured(6).toInt();
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    result.seconds = hour * 3600 + minute * 60 + std::min(second, 59);
    result.utc = m.capturedLength(7) > 0;
    return result;
}

std::optional<int> parseDuration(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^\\+?P(?:(\\d+)W|(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?)$"));
    const QRegularExpressionMatch m = form.match(text.trimmed().toUpper());
    if (!m.hasMatch() || text.trimmed().size() < 3)
        return std::nullopt;
    const qint64 minutes = m.captured(1).toLongLong() * 7 * 24 * 60 + m.captured(2).toLongLong() * 24 * 60
                           + m.captured(3).toLongLong() * 60 + m.captured(4).toLongLong() + m.captured(5).toLongLong() / 60;
    return int(std::min<qint64>(minutes, 1 << 30));
}

} // namespace cplan::ical
