#pragma once

#include "plan.h"

#include <QString>
#include <QVariant>

#include <optional>

namespace cplan {

// How figures read on screen and paper: locale-aware numbers with the plan's currency code,
// percentages, dates. Edits come back through the parse functions.
QString formatMoney(const Plan &plan, double major);
QString formatMoney(const Plan &plan, Money amount);
QString formatPercent(double fraction, int decimals = 1);
QString formatNumber(double value, int decimals = 0);
QString formatDate(const Date &date);
QString formatMonth(const YearMonth &month);

QDate toQDate(const Date &date);
Date fromQDate(const QDate &date);

// A number typed by the user: accepts the locale's form and the plain C form ("1.234,5" in
// German, "1234.5" anywhere). nullopt when it is not a number.
std::optional<double> parseNumber(const QVariant &value);
std::optional<Money> parseMoney(const Plan &plan, const QVariant &value);

} // namespace cplan
