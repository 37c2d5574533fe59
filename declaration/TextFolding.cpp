#include "TextFolding.h"

#include <algorithm>
#include <vector>

namespace probitas::text {

namespace {

// Ligatures and letters that Unicode decomposition does not split into base letter + accent.
QString expandSpecialLetter(QChar character)
{
    switch (character.unicode()) {
    case 0x0153: // œ
    case 0x0152: // Œ
        return QStringLiteral("oe");
    case 0x00E6: // æ
    case 0x00C6: // Æ
        return QStringLiteral("ae");
    case 0x00DF: // ß
        return QStringLiteral("ss");
    default:
        return {};
    }
}

} // namespace

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar character : decomposed) {
        if (character.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter
        }
        const QString special = expandSpecialLetter(character);
        if (!special.isEmpty() || character.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty()) {
                folded += QLatin1Char(' ');
            }
            pendingSpace = false;
            folded += special.isEmpty() ? QString(character.toLower()) : special;
        } else {
            pendingSpace = true;
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
