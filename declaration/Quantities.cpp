#include "Quantities.h"

#include "CanonicalJson.h"

#include <QRegularExpression>

namespace probitas {

namespace {

const QChar narrowNoBreakSpace(0x202F);

QString groupThousands(qint64 whole)
{
    QString digits = QString::number(whole);
    for (qsizetype position = digits.size() - 3; position > 0; position -= 3) {
        digits.insert(position, narrowNoBreakSpace);
    }
    return digits;
}

} // namespace

QString formatFixed2(qint64 hundredths, bool keepZeroDecimals)
{
    const bool negative = hundredths < 0;
    const qint64 magnitude = negative ? -hundredths : hundredths;
    QString text = groupThousands(magnitude / 100);
    const qint64 decimals = magnitude % 100;
    if (decimals != 0 || keepZeroDecimals) {
        text += QLatin1Char(',') + QStringLiteral("%1").arg(decimals, 2, 10, QLatin1Char('0'));
        if (!keepZeroDecimals && text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
    }
    return negative ? QStringLiteral("−") + text : text;
}

std::optional<qint64> parseFixed2(QString text)
{
    // Accept what people type and what HATVP files carry: spaces of any kind between thousands, a comma or
    // a point before the decimals, a leading minus (ASCII or typographic).
    text = text.trimmed();
    text.replace(QChar(0x2212), QLatin1Char('-'));
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00A0}\\x{202F}\\x{2009}]"));
    text.remove(spaces);
    static const QRegularExpression shape(QStringLiteral("^(-?)(\\d+)(?:[.,](\\d{1,2}))?$"));
    const auto match = shape.match(text);
    if (!match.hasMatch() || match.captured(2).size() > 15) {
        return std::nullopt;
    }
    const qint64 whole = match.captured(2).toLongLong();
    QString decimals = match.captured(3);
    if (decimals.size() == 1) {
        decimals += QLatin1Char('0');
    }
    const qint64 value = whole * 100 + (decimals.isEmpty() ? 0 : decimals.toLongLong());
    if (value > json::maximumSafeInteger) {
        return std::nullopt;
    }
    return match.captured(1).isEmpty() ? value : -value;
}

QString formatEuros(qint64 cents)
{
    return formatFixed2(cents, cents % 100 != 0) + QChar(0x00A0) + QChar(0x20AC);
}

std::optional<qint64> parseEuros(const QString& text)
{
    QString cleaned = text;
    cleaned.remove(QChar(0x20AC));
    static const QRegularExpression euroWord(QStringLiteral("\\b(eur|euros?)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    cleaned.remove(euroWord);
    return parseFixed2(cleaned);
}

QString formatPercent(qint64 hundredths)
{
    return formatFixed2(hundredths, false) + QChar(0x00A0) + QLatin1Char('%');
}

std::optional<qint64> parsePercent(const QString& text)
{
    QString cleaned = text;
    cleaned.remove(QLatin1Char('%'));
    const auto value = parseFixed2(cleaned);
    if (!value || *value < 0 || *value > 10000) {
        return std::nullopt;
    }
    return value;
}

QString formatSurface(qint64 hundredths)
{
    return formatFixed2(hundredths, false) + QChar(0x00A0) + QStringLiteral("m²");
}

std::optional<qint64> parseSurface(const QString& text)
{
    QString cleaned = text;
    cleaned.remove(QStringLiteral("m²"));
    cleaned.remove(QStringLiteral("m2"));
    const auto value = parseFixed2(cleaned);
    if (!value || *value < 0) {
        return std::nullopt;
    }
    return value;
}

} // namespace probitas
