#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace cplan {

// An amount of money as the user typed it, exact: integer minor units (cents) of the plan's
// currency. Derived figures (forecasts) are doubles in major units; only typed money is Money.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromMinorUnits(std::int64_t minor) { return Money(minor); }

    constexpr std::int64_t minorUnits() const { return m_minor; }
    // In major units for calculations, e.g. 1234.50 EUR -> 1234.5.
    double toMajor(int minorDigits = 2) const;
    // Rounds a major-unit amount to the nearest minor unit; nullopt when it cannot be held
    // exactly (not a number, or beyond 2^53 minor units). Whether it is in range is
    // validation's business (maximumMinorUnits).
    static std::optional<Money> fromMajor(double major, int minorDigits = 2);

    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_minor + b.m_minor); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_minor - b.m_minor); }

    // Largest amount a plan may hold, in either direction: 10^13 minor units (100 billion EUR,
    // 10 trillion JPY, 10 billion KWD). Far beyond any campaign, and it keeps every derived
    // figure safe: a sum of 900,000 such amounts still fits in 64 bits, each one is exact in a
    // double, and so is its major-unit value written to JSON (docs/file-format.md).
    static constexpr std::int64_t maximumMinorUnits = 10'000'000'000'000LL;
    constexpr bool isInRange() const { return m_minor >= -maximumMinorUnits && m_minor <= maximumMinorUnits; }

private:
    constexpr explicit Money(std::int64_t minor) : m_minor(minor) { }
    std::int64_t m_minor = 0;
};

// ISO 4217: the number of minor-unit digits of a currency (2 for EUR, 0 for JPY, 3 for KWD).
int currencyMinorDigits(const QString &isoCode);
// True for a three-letter upper-case ISO 4217 code that this build knows.
bool isKnownCurrency(const QString &isoCode);

} // namespace cplan
