#include "TextFolding.h"

#include <algorithm>
#include <vector>

namespace probitas::text {

namespace {

// Ligatures and letters that Unicode decomposition does not split into base letter + accent.
QLatin1StringView expandSpecialLetter(char16_t character)
{
    switch (character) {
    case 0x0153: // œ
    case 0x0152: // Œ
        return QLatin1StringView("oe");
    case 0x00E6: // æ
    case 0x00C6: // Æ
        return QLatin1StringView("ae");
    case 0x00DF: // ß
        return QLatin1StringView("ss");
    default:
        return {};
    }
}

// The compatibility decomposition (NFKD) of `text`. QString::normalized() costs the square of the length of
// what it decomposes (it replaces each character in place, and sorts a run of accents by swaps), which a
// value of an imported file may make a megabyte long: the text is decomposed in pieces, each cut before a
// character that starts a new one (combining class 0, never the second half of a surrogate pair), where what
// one piece decomposes to leaves the other's alone. A run of accents is cut after 32: no language stacks that
// many (Unicode's stream-safe text has 30 at most), and fold() drops them.
QString decomposed(const QString& text)
{
    constexpr qsizetype pieceLength = 256;
    constexpr int longestRun = 32;
    if (text.size() <= pieceLength) {
        return text.normalized(QString::NormalizationForm_KD);
    }
    QString result;
    result.reserve(text.size() + 16);
    const QStringView view(text);
    qsizetype begin = 0;
    int run = 0;
    for (qsizetype at = 0; at < view.size(); ++at) {
        const QChar character = view[at];
        if (character.isLowSurrogate()) {
            continue;
        }
        const bool starter = character.combiningClass() == 0;
        run = starter ? 0 : run + 1;
        if ((starter && at - begin >= pieceLength) || run > longestRun) {
            result += view.sliced(begin, at - begin).toString().normalized(QString::NormalizationForm_KD);
            begin = at;
            run = starter ? 0 : 1;
        }
    }
    result += view.sliced(begin).toString().normalized(QString::NormalizationForm_KD);
    return result;
}

} // namespace

// Called for every text field of a declaration (the art. 7-2 III guard), so it appends into one string and
// tells ASCII letters and digits apart without asking the Unicode tables.
QString fold(const QString& text)
{
    const QString letters = decomposed(text);
    QString folded;
    folded.reserve(letters.size() + 8);
    bool pendingSpace = false;
    for (const QChar character : letters) {
        const char16_t unit = character.unicode();
        QLatin1StringView special;
        bool wordCharacter = false;
        if (unit < 0x80) {
            wordCharacter = (unit >= u'a' && unit <= u'z') || (unit >= u'A' && unit <= u'Z') ||
                            (unit >= u'0' && unit <= u'9');
        } else {
            if (character.category() == QChar::Mark_NonSpacing) {
                continue; // the accent of a decomposed letter
            }
            special = expandSpecialLetter(unit);
            wordCharacter = !special.isEmpty() || character.isLetterOrNumber();
        }
        if (!wordCharacter) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !folded.isEmpty()) {
            folded += QLatin1Char(' ');
        }
        pendingSpace = false;
        if (!special.isEmpty()) {
            folded += special;
        } else if (unit < 0x80) {
            folded += QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + 32) : unit);
        } else {
            folded += character.toLower();
        }
    }
    return folded;
}

QString slug(const QString& text)
{
    QString result = fold(text);
    result.replace(QLatin1Char(' '), QLatin1Char('-'));
    return result;
}

int levenshtein(const QString& left, const QString& right)
{
    std::vector<int> previous(right.size() + 1);
    std::vector<int> current(right.size() + 1);
    for (qsizetype column = 0; column <= right.size(); ++column) {
        previous[column] = int(column);
    }
    for (qsizetype row = 1; row <= left.size(); ++row) {
        current[0] = int(row);
        for (qsizetype column = 1; column <= right.size(); ++column) {
            const int substitution = previous[column - 1] + (left[row - 1] == right[column - 1] ? 0 : 1);
            current[column] = std::min({previous[column] + 1, current[column - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[right.size()];
}

} // namespace probitas::text
