#pragma once

#include "enumnames.h"
#include "plan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QStringList>

#include <cmath>
#include <functional>
#include <initializer_list>

namespace cplan {

inline QString trJson(const char *text)
{
    return QCoreApplication::translate("cplan::PlanJson", text);
}

// Reads JSON values into the domain, remembering where it is ("channels[2].leadRate") so the
// first problem can be reported with its place. After the first problem it stops reading.
class JsonValueReader
{
public:
    explicit JsonValueReader(int minorDigits) : m_minorDigits(minorDigits) { }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    void setMinorDigits(int digits) { m_minorDigits = digits; }

    void fail(const QString &message)
    {
        if (failed())
            return;
        const QString where = m_path.join(QString());
        m_error = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }

    class Scope
    {
    public:
        Scope(JsonValueReader &reader, const QString &part) : m_reader(reader) { m_reader.m_path.append(part); }
        ~Scope() { m_reader.m_path.removeLast(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        JsonValueReader &m_reader;
    };

    Scope field(const QString &key)
    {
        return Scope(*this, m_path.isEmpty() ? key : QStringLiteral(".") + key);
    }
    Scope element(qsizetype index) { return Scope(*this, QStringLiteral("[%1]").arg(index)); }

    // Unknown keys are refused so that a misspelt field is not silently dropped.
    void checkKeys(const QJsonObject &object, std::initializer_list<const char *> allowed)
    {
        QSet<QString> known;
        for (const char *key : allowed)
            known.insert(QString::fromLatin1(key));
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key())) {
                fail(trJson("unknown field '%1'").arg(it.key()));
                return;
            }
        }
    }

    // What a value is, for "expected a number, found text 'abc'".
    static QString found(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return trJson("found null");
        case QJsonValue::Bool:
            return trJson("found %1").arg(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        case QJsonValue::Double:
            return trJson("found the number %1").arg(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        case QJsonValue::String: {
            QString text = value.toString();
            if (text.size() > 40)
                text = text.left(39) + QChar(0x2026);
            return trJson("found text '%1'").arg(text);
        }
        case QJsonValue::Array:
            return trJson("found a list");
        case QJsonValue::Object:
            return trJson("found an object");
        case QJsonValue::Undefined:
            break;
        }
        return trJson("found nothing");
    }

    // Fails with "expected X, found Y" at `key`.
    void wrongType(const char *key, const QString &expected, const QJsonValue &value)
    {
        const auto scope = field(QString::fromLatin1(key));
        fail(trJson("expected %1, %2").arg(expected, found(value)));
    }

    QJsonObject object(const QJsonValue &value)
    {
        if (!value.isObject())
            fail(trJson("expected an object { ... }, %1").arg(found(value)));
        return value.toObject();
    }

    // A missing key takes its default. null is a value: only the fields documented as
    // "or null" (references, optional amounts, times, ends) accept it; elsewhere it is refused,
    // as a NULL in the same column of a plan file is.
    QJsonObject objectAt(const QJsonObject &parent, const char *key)
    {
        const auto scope = field(QString::fromLatin1(key));
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        return object(value);
    }

    QJsonArray arrayAt(const QJsonObject &parent, const char *key)
    {
        const auto scope = field(QString::fromLatin1(key));
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined())
            return {};
        if (!value.isArray())
            fail(trJson("expected a list [ ... ], %1").arg(found(value)));
        return value.toArray();
    }

    // Text that may be null or missing (dates, times, references): nullopt then.
    std::optional<QString> optionalText(const QJsonObject &o, const char *key)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isString()) {
            wrongType(key, trJson("text in quotes"), value);
            return std::nullopt;
        }
        return value.toString();
    }

    QString text(const QJsonObject &o, const char *key, const QString &fallback = {})
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isString()) {
            wrongType(key, trJson("text in quotes"), value);
            return fallback;
        }
        return value.toString();
    }

    std::optional<double> optionalNumber(const QJsonObject &o, const char *key)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble()) {
            wrongType(key, trJson("a number"), value);
            return std::nullopt;
        }
        return value.toDouble();
    }

    double number(const QJsonObject &o, const char *key, double fallback = 0.0)
    {
        if (refusedNull(o, key, trJson("a number")))
            return fallback;
        return optionalNumber(o, key).value_or(fallback);
    }

    std::optional<qint64> optionalWholeNumber(const QJsonObject &o, const char *key)
    {
        const std::optional<double> value = optionalNumber(o, key);
        if (!value)
            return std::nullopt;
        if (std::trunc(*value) != *value) {
            wrongType(key, trJson("a whole number"), *value);
            return std::nullopt;
        }
        if (std::fabs(*value) > 9.0e15) { // beyond what a double holds exactly; far beyond any range
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("the number %1 is out of range").arg(QString::number(*value, 'g', QLocale::FloatingPointShortest)));
            return std::nullopt;
        }
        return qint64(*value);
    }

    qint64 wholeNumber(const QJsonObject &o, const char *key, qint64 fallback = 0)
    {
        if (refusedNull(o, key, trJson("a whole number")))
            return fallback;
        return optionalWholeNumber(o, key).value_or(fallback);
    }

    bool boolean(const QJsonObject &o, const char *key)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined())
            return false;
        if (!value.isBool())
            wrongType(key, trJson("true or false"), value);
        return value.toBool();
    }

    std::optional<Money> optionalMoney(const QJsonObject &o, const char *key)
    {
        const std::optional<double> value = optionalNumber(o, key);
        if (!value)
            return std::nullopt;
        const std::optional<Money> amount = Money::fromMajor(*value, m_minorDigits);
        if (!amount) {
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("the amount %1 is too large").arg(QString::number(*value, 'g', QLocale::FloatingPointShortest)));
        }
        return amount;
    }

    Money money(const QJsonObject &o, const char *key)
    {
        if (refusedNull(o, key, trJson("an amount")))
            return Money();
        return optionalMoney(o, key).value_or(Money());
    }

    std::optional<Date> optionalDate(const QJsonObject &o, const char *key)
    {
        const QString value = optionalText(o, key).value_or(QString());
        if (value.isEmpty())
            return std::nullopt;
        const std::optional<Date> date = parseIsoDate(value);
        if (!date) {
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("'%1' is not a date like 2026-03-01").arg(value));
        }
        return date;
    }

    Date date(const QJsonObject &o, const char *key)
    {
        const std::optional<Date> value = optionalDate(o, key);
        if (!value && !failed()) {
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("a date like 2026-03-01 is required"));
        }
        return value.value_or(Date(2000, 1, 1));
    }

    std::optional<YearMonth> optionalMonth(const QJsonObject &o, const char *key)
    {
        const QString value = optionalText(o, key).value_or(QString());
        if (value.isEmpty())
            return std::nullopt;
        const std::optional<YearMonth> month = parseIsoMonth(value);
        if (!month) {
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("'%1' is not a month like 2026-03").arg(value));
        }
        return month;
    }

    YearMonth month(const QJsonObject &o, const char *key)
    {
        const std::optional<YearMonth> value = optionalMonth(o, key);
        if (!value && !failed()) {
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("a month like 2026-03 is required"));
        }
        return value.value_or(YearMonth());
    }

    std::optional<QDateTime> timestamp(const QJsonObject &o, const char *key)
    {
        const QString value = optionalText(o, key).value_or(QString());
        if (value.isEmpty())
            return QDateTime();
        QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (!time.isValid()) {
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("'%1' is not a time like 2026-03-01T09:30:00Z").arg(value));
            return std::nullopt;
        }
        return time.toUTC();
    }

    RecordId reference(const QJsonObject &o, const char *key)
    {
        const QString value = optionalText(o, key).value_or(QString());
        if (value.isEmpty())
            return {};
        const QUuid id = QUuid::fromString(value);
        if (id.isNull()) {
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("'%1' is not a record id (a UUID)").arg(value));
        }
        return id;
    }

    RecordId id(const QJsonObject &o)
    {
        const RecordId value = reference(o, "id");
        if (value.isNull() && !failed()) {
            const auto scope = field(QStringLiteral("id"));
            fail(trJson("every record needs an id (a UUID)"));
        }
        return value;
    }

    template<typename Enum>
    Enum enumValue(const QJsonObject &o, const char *key, Enum fallback)
    {
        QStringList keys;
        for (Enum e : allValues<Enum>())
            keys.append(toKey(e));
        if (refusedNull(o, key, trJson("one of: %1").arg(keys.join(QStringLiteral(", ")))))
            return fallback;
        const QJsonValue raw = o.value(QLatin1String(key));
        if (raw.isUndefined())
            return fallback;
        const QString value = text(o, key);
        const std::optional<Enum> parsed = fromKey<Enum>(value);
        if (!parsed && !failed()) {
            const auto scope = field(QString::fromLatin1(key));
            fail(trJson("'%1' is not one of: %2").arg(value, keys.join(QStringLiteral(", "))));
        }
        return parsed.value_or(fallback);
    }

    template<typename Record>
    std::vector<Record> list(const QJsonObject &root, const char *key,
                             const std::function<Record(const QJsonObject &)> &read)
    {
        std::vector<Record> records;
        const QJsonArray array = arrayAt(root, key);
        const auto scope = field(QString::fromLatin1(key));
        for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
            const auto at = element(i);
            const QJsonObject item = object(array.at(i));
            if (failed())
                break;
            records.push_back(read(item));
        }
        return records;
    }

private:
    // null where the format has no "or null": refused with the field's name.
    bool refusedNull(const QJsonObject &o, const char *key, const QString &expected)
    {
        const QJsonValue value = o.value(QLatin1String(key));
        if (!value.isNull())
            return false;
        wrongType(key, expected, value);
        return true;
    }

    QStringList m_path;
    QString m_error;
    int m_minorDigits;
};


} // namespace cplan
