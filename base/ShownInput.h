#pragma once

#include <QString>
#include <QStringView>
#include <optional>

// What a message may say of its input: a hostile file can hold a 10 MB key, or ESC sequences that would
// drive the terminal it is printed on. Every layer quotes input through these.
namespace probitas {

// A control character: C0 (NUL to US), DEL, or C1 (U+0080 to U+009F).
inline bool isControlCharacter(QChar c)
{
    const char16_t code = c.unicode();
    return code < 0x20 || code == 0x7F || (code >= 0x80 && code <= 0x9F);
}

// The first control character of `text` that free text may not hold (any but a newline and a tab), if any.
inline std::optional<QChar> forbiddenControlCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (isControlCharacter(c) && c != QLatin1Char('\n') && c != QLatin1Char('\t')) {
            return c;
        }
    }
    return std::nullopt;
}

// `c` as a message shows it: \n, \t, or \xNN / \uNNNN.
inline QString escapedCharacter(QChar c)
{
    if (c == QLatin1Char('\n')) {
        return QStringLiteral("\\n");
    }
    if (c == QLatin1Char('\t')) {
        return QStringLiteral("\\t");
    }
    return c.unicode() < 0x100 ? QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'))
                               : QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

// Input as a message quotes it: each control character escaped, and at most `limit` characters of the input,
// an ellipsis standing for the rest.
inline QString shownInput(QStringView text, qsizetype limit = 80)
{
    QString shown;
    const QStringView kept = text.left(limit);
    shown.reserve(kept.size() + 8);
    for (const QChar c : kept) {
        shown += isControlCharacter(c) ? escapedCharacter(c) : QString(c);
    }
    if (text.size() > limit) {
        shown += QChar(0x2026);
    }
    return shown;
}

} // namespace probitas
