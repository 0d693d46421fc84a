#include "displayformat.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace cplan {

QString formatMoney(const Plan &plan, double major)
{
    // The ISO code after the amount reads the same in every locale and on paper.
    return QLocale().toString(major, 'f', plan.minorDigits()) + QChar(0x00A0) + plan.settings.currency;
}

QString formatMoney(const Plan &plan, Money amount)
{
    return formatMoney(plan, plan.major(amount));
}

QString formatPercent(double fraction, int decimals)
{
    return QLocale().toString(fraction * 100.0, 'f', decimals) + QChar(0x00A0) + QLatin1Char('%');
}

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QDate toQDate(const Date &date)
{
    return QDate(date.year(), date.month(), date.day());
}

Date fromQDate(const QDate &date)
{
    return Date(date.year(), date.month(), date.day());
}

QString formatDate(const Date &date)
{
    return QLocale().toString(toQDate(date), QLocale::ShortFormat);
}

QString formatMonth(const YearMonth &month)
{
    return QLocale().toString(QDate(month.year, month.month, 1), QStringLiteral("MMM yyyy"));
}

std::optional<double> parseNumber(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Int
        || value.typeId() == QMetaType::LongLong) {
        const double number = value.toDouble();
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    }
    QString text = value.toString().trimmed();
    text.remove(QChar(0x00A0));
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    text = text.trimmed();
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

std::optional<Money> parseMoney(const Plan &plan, const QVariant &value)
{
    QString text = value.toString();
    text.remove(plan.settings.currency);
    const std::optional<double> number = parseNumber(value.typeId() == QMetaType::QString ? QVariant(text) : value);
    if (!number)
        return std::nullopt;
    return Money::fromMajor(*number, plan.minorDigits());
}

} // namespace cplan
