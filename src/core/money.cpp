#include "money.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace cplan {

namespace {

// Currencies whose minor unit is not two digits (ISO 4217 list, current codes).
const QHash<QString, int> &unusualMinorDigits()
{
    static const QHash<QString, int> digits = {
        {QStringLiteral("BIF"), 0}, {QStringLiteral("CLP"), 0}, {QStringLiteral("DJF"), 0},
        {QStringLiteral("GNF"), 0}, {QStringLiteral("ISK"), 0}, {QStringLiteral("JPY"), 0},
        {QStringLiteral("KMF"), 0}, {QStringLiteral("KRW"), 0}, {QStringLiteral("PYG"), 0},
        {QStringLiteral("RWF"), 0}, {QStringLiteral("UGX"), 0}, {QStringLiteral("UYI"), 0},
        {QStringLiteral("VND"), 0}, {QStringLiteral("VUV"), 0}, {QStringLiteral("XAF"), 0},
        {QStringLiteral("XOF"), 0}, {QStringLiteral("XPF"), 0}, {QStringLiteral("BHD"), 3},
        {QStringLiteral("IQD"), 3}, {QStringLiteral("JOD"), 3}, {QStringLiteral("KWD"), 3},
        {QStringLiteral("LYD"), 3}, {QStringLiteral("OMR"), 3}, {QStringLiteral("TND"), 3},
        {QStringLiteral("CLF"), 4}, {QStringLiteral("UYW"), 4},
    };
    return digits;
}

const QSet<QString> &knownCurrencies()
{
    static const QSet<QString> codes = [] {
        const char *const list[] = {
            "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD",
            "BDT", "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN",
            "BZD", "CAD", "CDF", "CHF", "CLF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK",
            "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL",
            "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS",
            "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF", "KPW",
            "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL",
            "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN",
            "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR",
            "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK",
            "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS",
            "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYI", "UYU",
            "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER",
            "ZAR", "ZMW", "ZWL"};
        QSet<QString> set;
        for (const char *code : list)
            set.insert(QString::fromLatin1(code));
        return set;
    }();
    return codes;
}

double powerOfTen(int digits)
{
    double factor = 1.0;
    for (int i = 0; i < digits; ++i)
        factor *= 10.0;
    return factor;
}

} // namespace

double Money::toMajor(int minorDigits) const
{
    return double(m_minor) / powerOfTen(minorDigits);
}

std::optional<Money> Money::fromMajor(double major, int minorDigits)
{
    constexpr double exactLimit = 9007199254740992.0; // 2^53: every whole number below is exact
    const double minor = major * powerOfTen(minorDigits);
    if (!std::isfinite(minor) || std::fabs(minor) >= exactLimit)
        return std::nullopt;
    return Money(std::llround(minor));
}

int currencyMinorDigits(const QString &isoCode)
{
    return unusualMinorDigits().value(isoCode, 2);
}

bool isKnownCurrency(const QString &isoCode)
{
    return knownCurrencies().contains(isoCode);
}

} // namespace cplan
