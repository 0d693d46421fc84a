#include "rowreader.h"

#include <QCoreApplication>
#include <QLocale>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <array>

namespace cplan::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cplan::PlanFile", text);
}

// Hex digit values, -1 for anything else.
constexpr std::array<signed char, 256> hexDigits = [] {
    std::array<signed char, 256> table{};
    for (auto &v : table)
        v = -1;
    for (int i = 0; i < 10; ++i)
        table[std::size_t('0' + i)] = static_cast<signed char>(i);
    for (int i = 0; i < 6; ++i) {
        table[std::size_t('a' + i)] = static_cast<signed char>(10 + i);
        table[std::size_t('A' + i)] = static_cast<signed char>(10 + i);
    }
    return table;
}();

// A cell's text as a message quotes it: a pasted page would make the message unreadable.
QString quotedCell(QString text)
{
    constexpr int longest = 40;
    if (text.size() > longest) {
        qsizetype cut = longest - 1;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text = text.left(cut) + QChar(0x2026);
    }
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

bool isCanonicalRecordId(QByteArrayView text)
{
    if (text.size() != 36)
        return false;
    for (char c : text) {
        if (c >= 'A' && c <= 'F')
            return false;
    }
    return text[8] == '-' && text[13] == '-' && text[18] == '-' && text[23] == '-';
}

std::optional<RecordId> parseRecordId(QByteArrayView text)
{
    if (text.size() == 36 && text[8] == '-' && text[13] == '-' && text[18] == '-' && text[23] == '-') {
        static constexpr int starts[16] = {0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34};
        char bytes[16];
        int bad = 0;
        for (int n = 0; n < 16; ++n) {
            const int high = hexDigits[uchar(text[starts[n]])];
            const int low = hexDigits[uchar(text[starts[n] + 1])];
            bad |= high | low;
            bytes[n] = char(high * 16 + low);
        }
        if (bad < 0)
            return std::nullopt;
        const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(bytes, 16));
        return uuid.isNull() ? std::nullopt : std::optional<RecordId>(uuid);
    }
    const QUuid uuid = QUuid::fromString(QLatin1StringView(text));
    return uuid.isNull() ? std::nullopt : std::optional<RecordId>(uuid);
}

void RowReader::problem(int column, const QString &what)
{
    if (!m_error.isEmpty())
        return;
    QString where = tr("table %1").arg(QLatin1String(m_table));
    if (m_rows == Rows::Many) {
        const QString name = m_nameColumn >= 0 && m_s.type(m_nameColumn) == Statement::Type::Text
                                 ? m_s.text(m_nameColumn).trimmed()
                                 : QString();
        where += name.isEmpty() ? tr(", row %1").arg(m_row) : tr(", record %1").arg(quotedCell(name));
    }
    // The column's name in words: gross_margin is "gross margin".
    const QString field = m_s.columnName(column).replace(QLatin1Char('_'), QLatin1Char(' '));
    m_error = tr("%1, field %2: %3").arg(where, field, what);
}

QString RowReader::found(int column) const
{
    switch (m_s.type(column)) {
    case Statement::Type::Null:
        return tr("found nothing (NULL)");
    case Statement::Type::Integer:
        return tr("found the whole number %1").arg(m_s.integer(column));
    case Statement::Type::Real:
        return tr("found the number %1").arg(QString::number(m_s.real(column), 'g', QLocale::FloatingPointShortest));
    case Statement::Type::Text:
        return tr("found text %1").arg(quotedCell(m_s.text(column)));
    case Statement::Type::Blob:
        break;
    }
    return tr("found binary data");
}

void RowReader::wrongType(int column, Expected expected)
{
    const char *what = "";
    switch (expected) {
    case Expected::Text:
        what = QT_TRANSLATE_NOOP("cplan::PlanFile", "text");
        break;
    case Expected::Number:
        what = QT_TRANSLATE_NOOP("cplan::PlanFile", "a number");
        break;
    case Expected::WholeNumber:
        what = QT_TRANSLATE_NOOP("cplan::PlanFile", "a whole number");
        break;
    case Expected::Money:
        what = QT_TRANSLATE_NOOP("cplan::PlanFile", "an amount in whole minor units (cents)");
        break;
    }
    problem(column, tr("expected %1, %2").arg(tr(what), found(column)));
}

void RowReader::unknownKey(int column)
{
    problem(column, tr("'%1' is not a known value").arg(m_s.text(column)));
}

int RowReader::wholeInt(int c)
{
    const qint64 value = integer(c);
    // Far beyond any month count or minute of a week, still far inside an int.
    if (value < -1'000'000 || value > 1'000'000) {
        problem(c, tr("the number %1 is out of range").arg(value));
        return 0;
    }
    return int(value);
}

bool RowReader::flag(int c)
{
    const qint64 value = integer(c);
    if (value != 0 && value != 1 && m_error.isEmpty())
        problem(c, tr("expected 1 (yes) or 0 (no), %1").arg(found(c)));
    return value == 1;
}

RecordId RowReader::id(int c)
{
    const QByteArrayView bytes = m_s.utf8(c);
    if (bytes.isEmpty())
        return {};
    if (!isCanonicalRecordId(bytes))
        m_nonCanonicalIds = true;
    const std::optional<RecordId> uuid = parseRecordId(bytes);
    if (!uuid)
        problem(c, tr("'%1' is not a record id").arg(m_s.text(c)));
    return uuid.value_or(RecordId());
}

Date RowReader::date(int c)
{
    // Straight from the bytes: there is a date in almost every row.
    const QByteArrayView b = m_s.utf8(c);
    auto digit = [&](int i) { return b[i] >= '0' && b[i] <= '9' ? b[i] - '0' : -100000; };
    if (b.size() == 10 && b[4] == '-' && b[7] == '-') {
        const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        const int month = digit(5) * 10 + digit(6);
        const int day = digit(8) * 10 + digit(9);
        if (year >= 1900 && year <= 2999 && month >= 1 && month <= 12 && day >= 1
            && day <= boost::gregorian::gregorian_calendar::end_of_month_day(year, month))
            return Date(year, month, day);
    }
    problem(c, tr("'%1' is not a date").arg(m_s.text(c)));
    return Date(2000, 1, 1);
}

YearMonth RowReader::month(int c)
{
    const std::optional<YearMonth> value = parseIsoMonth(m_s.text(c));
    if (!value)
        problem(c, tr("'%1' is not a month").arg(m_s.text(c)));
    return value.value_or(YearMonth());
}

QDateTime RowReader::timestamp(int c)
{
    if (m_s.isNull(c))
        return {};
    QDateTime time = QDateTime::fromString(m_s.text(c), Qt::ISODateWithMs);
    if (!time.isValid())
        problem(c, tr("'%1' is not a time").arg(m_s.text(c)));
    return time.toUTC();
}

} // namespace cplan::storage
