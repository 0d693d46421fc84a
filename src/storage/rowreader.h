#pragma once

#include "enumnames.h"
#include "plan.h"
#include "sqlitedatabase.h"

#include <optional>
#include <utility>
#include <vector>

namespace cplan::storage {

// Exactly as the writer stores ids: 36 characters, lower-case hex, no braces.
bool isCanonicalRecordId(QByteArrayView text);
// "8-4-4-4-12" hex digits as the writer stores ids, or any form QUuid reads ({braces}, upper
// case); nullopt for anything else and for the nil id.
std::optional<RecordId> parseRecordId(QByteArrayView text);

// Turns the columns of a query's rows into domain values, with the same types and ranges as
// the JSON import: a cell of the wrong type is an error, never a silent 0. Remembers the first
// problem, naming the table, the record and the field:
// "table channel, record 'SEO', field lead rate: expected a number, found text 'abc'".
class RowReader
{
public:
    // `nameColumn` names the record in messages (-1: rows are called by their number);
    // a table with one row (the settings) names no record.
    enum class Rows { Many, One };
    RowReader(Statement &statement, const char *table, int nameColumn = -1, Rows rows = Rows::Many)
        : m_s(statement), m_table(table), m_nameColumn(nameColumn), m_rows(rows)
    {
    }

    void problem(int column, const QString &what);
    void nextRow() { ++m_row; }
    bool sawNonCanonicalIds() const { return m_nonCanonicalIds; }
    const QString &error() const { return m_error; }

    // Text columns hold text: a number or binary data there was not written by a plan.
    QString text(int c)
    {
        if (m_s.type(c) != Statement::Type::Text)
            wrongType(c, Expected::Text);
        return m_s.text(c);
    }
    // Shares, rates and factors: a number, whole or not.
    double real(int c)
    {
        const Statement::Type type = m_s.type(c);
        if (type != Statement::Type::Real && type != Statement::Type::Integer)
            wrongType(c, Expected::Number);
        return m_s.real(c);
    }
    // Counts: a whole number. A fraction (1.5) or a huge real (1e300) is refused, not cut.
    qint64 integer(int c)
    {
        if (m_s.type(c) != Statement::Type::Integer) {
            wrongType(c, Expected::WholeNumber);
            return 0;
        }
        return m_s.integer(c);
    }
    std::optional<qint64> optionalInteger(int c)
    {
        return m_s.isNull(c) ? std::nullopt : std::optional<qint64>(integer(c));
    }
    // A whole number that must fit the domain's int (months, minutes).
    int wholeInt(int c);
    std::optional<int> optionalInt(int c)
    {
        return m_s.isNull(c) ? std::nullopt : std::optional<int>(wholeInt(c));
    }
    // Money is whole minor units (cents): a REAL in a money column is refused.
    Money money(int c)
    {
        if (m_s.type(c) != Statement::Type::Integer) {
            wrongType(c, Expected::Money);
            return Money();
        }
        return Money::fromMinorUnits(m_s.integer(c));
    }
    std::optional<Money> optionalMoney(int c)
    {
        return m_s.isNull(c) ? std::nullopt : std::optional<Money>(money(c));
    }
    // Yes or no: 1 or 0, as the writer stores it.
    bool flag(int c);
    RecordId id(int c);
    Date date(int c);
    YearMonth month(int c);
    std::optional<YearMonth> optionalMonth(int c)
    {
        return m_s.isNull(c) ? std::nullopt : std::optional<YearMonth>(month(c));
    }
    QDateTime timestamp(int c);
    template<typename Enum>
    Enum key(int c)
    {
        // The keys as bytes, made once: compared without making a string per row.
        static const std::vector<std::pair<QByteArray, Enum>> keys = [] {
            std::vector<std::pair<QByteArray, Enum>> list;
            for (Enum e : allValues<Enum>())
                list.emplace_back(toKey(e).toUtf8(), e);
            return list;
        }();
        const QByteArrayView bytes = m_s.utf8(c);
        for (const auto &[key, value] : keys) {
            if (bytes == key)
                return value;
        }
        unknownKey(c);
        return allValues<Enum>().front();
    }
    // The list position, always the query's last column.
    double position() { return real(m_s.columnCount() - 1); }

private:
    enum class Expected { Text, Number, WholeNumber, Money };
    void wrongType(int column, Expected expected);
    void unknownKey(int column);
    QString found(int column) const;

    Statement &m_s;
    const char *m_table;
    int m_nameColumn;
    Rows m_rows;
    int m_row = 1;
    QString m_error;
    bool m_nonCanonicalIds = false;
};

} // namespace cplan::storage
