#pragma once

#include <QString>
#include <optional>

namespace probitas {

// French formatting and parsing of the fixed-point quantities of declarations. Integers throughout:
// no floating point ever touches an amount.

// 1234567 cents -> "12 345,67 €" (narrow no-break spaces between thousands, as French typography does).
QString formatEuros(qint64 cents);
// "12 345,67 €", "12345.67", "12 345 €", "-250" -> cents. Nothing else: no rounding of a third decimal.
std::optional<qint64> parseEuros(const QString& text);

// 2550 hundredths -> "25,5 %"
QString formatPercent(qint64 hundredths);
std::optional<qint64> parsePercent(const QString& text);

// 8550 hundredths of a square metre -> "85,5 m²"
QString formatSurface(qint64 hundredths);
std::optional<qint64> parseSurface(const QString& text);

// A fixed-point number with two decimals, French style, without unit: 1234567 -> "12 345,67".
QString formatFixed2(qint64 hundredths, bool keepZeroDecimals);
std::optional<qint64> parseFixed2(QString text);

} // namespace probitas
