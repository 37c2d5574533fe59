#pragma once

#include <QString>

namespace probitas::text {

// Lowercase, accents removed (é -> e, ç -> c, œ -> oe), every run of characters that are not letters or
// digits turned into one space, trimmed. Used to compare names and search free text whatever its typography.
QString fold(const QString& text);

// The seat part of an authority id: fold() with '-' instead of spaces ("Le Puy-en-Velay" ->
// "le-puy-en-velay").
QString slug(const QString& text);

// Edit distance, for suggesting the closest known names.
int levenshtein(const QString& left, const QString& right);

} // namespace probitas::text
