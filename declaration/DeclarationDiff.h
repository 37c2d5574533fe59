#pragma once

#include "Declaration.h"

#include <QStringList>
#include <vector>

namespace probitas {

// How one item's answer moved between two declarations. Entries are matched by content: an entry present,
// identical, in both is unchanged wherever it sits; the unmatched ones are paired in order as "changed", and
// what is left over is "added" or "removed".
struct ItemDiff
{
    QString itemId;
    bool wasAnswered = false;
    bool wasNeant = false;
    bool isAnswered = false;
    bool isNeant = false;
    int added = 0;
    int removed = 0;
    int changed = 0;
    int unchanged = 0;
    // Entry by entry, for highlighting side by side: the index of each previous entry's counterpart among
    // the current entries (-1: removed) and of each current entry's among the previous ones (-1: added).
    // A pair whose entries differ is a change. Empty for an answer "néant" or not given.
    std::vector<int> previousCounterpart;
    std::vector<int> currentCounterpart;
};

// What changed from a previous declaration to the current one, for the summary before signing.
struct DeclarationDiff
{
    QStringList declarantFields; // header field ids whose value differs
    std::vector<ItemDiff> items; // only the items that differ, ordered by item id
    bool observationsChanged = false;

    bool isEmpty() const { return declarantFields.isEmpty() && items.empty() && !observationsChanged; }
    const ItemDiff* find(const QString& itemId) const;
};

DeclarationDiff diffDeclarations(const Declaration& previous, const Declaration& current);

} // namespace probitas
