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
    // Rounds a major-unit amount to the nearest minor unit; nullopt when it cannot be held.
    static std::optional<Money> fromMajor(double major, int minorDigits = 2);

    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money, Money) = default;
    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_minor + b.m_minor); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_minor - b.m_minor); }

    // Largest amount a user may type: a trillion in major units keeps every total exact in a
    // double and far from overflow.
    static constexpr std::int64_t maximumMajor = 1'000'000'000'000LL;

private:
    constexpr explicit Money(std::int64_t minor) : m_minor(minor) { }
    std::int64_t m_minor = 0;
};

// ISO 4217: the number of minor-unit digits of a currency (2 for EUR, 0 for JPY, 3 for KWD).
int currencyMinorDigits(const QString &isoCode);
// True for a three-letter upper-case ISO 4217 code that this build knows.
bool isKnownCurrency(const QString &isoCode);

} // namespace cplan
