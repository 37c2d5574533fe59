#include "DeclarationDiff.h"

#include <algorithm>
#include <set>

namespace probitas {

namespace {

bool isAnswered(const ItemAnswer* answer)
{
    return answer && (answer->neant || !answer->entries.empty());
}

ItemDiff diffItem(const QString& itemId, const ItemAnswer* before, const ItemAnswer* after)
{
    ItemDiff diff;
    diff.itemId = itemId;
    diff.wasAnswered = isAnswered(before);
    diff.wasNeant = diff.wasAnswered && before->neant;
    diff.isAnswered = isAnswered(after);
    diff.isNeant = diff.isAnswered && after->neant;

    const EntryList none;
    const EntryList& old = diff.wasAnswered && !diff.wasNeant ? before->entries : none;
    const EntryList& now = diff.isAnswered && !diff.isNeant ? after->entries : none;
    // Match identical entries first, so reordering or inserting one does not read as "everything changed".
    diff.previousCounterpart.assign(old.size(), -1);
    diff.currentCounterpart.assign(now.size(), -1);
    std::vector<std::size_t> unmatchedNew;
    for (std::size_t current = 0; current < now.size(); ++current) {
        bool matched = false;
        for (std::size_t index = 0; index < old.size(); ++index) {
            if (diff.previousCounterpart[index] < 0 && old[index] == now[current]) {
                diff.previousCounterpart[index] = int(current);
                diff.currentCounterpart[current] = int(index);
                matched = true;
                break;
            }
        }
        if (matched) {
            ++diff.unchanged;
        } else {
            unmatchedNew.push_back(current);
        }
    }
    // What is left is paired in order: the first unmatched previous entry with the first unmatched new one.
    std::size_t next = 0;
    int unmatchedOld = 0;
    for (std::size_t index = 0; index < old.size(); ++index) {
        if (diff.previousCounterpart[index] >= 0) {
            continue;
        }
        ++unmatchedOld;
        if (next < unmatchedNew.size()) {
            diff.previousCounterpart[index] = int(unmatchedNew[next]);
            diff.currentCounterpart[unmatchedNew[next]] = int(index);
            ++next;
        }
    }
    diff.changed = std::min(unmatchedOld, int(unmatchedNew.size()));
    diff.added = int(unmatchedNew.size()) - diff.changed;
    diff.removed = unmatchedOld - diff.changed;
    return diff;
}

} // namespace

const ItemDiff* DeclarationDiff::find(const QString& itemId) const
{
    for (const ItemDiff& item : items) {
        if (item.itemId == itemId) {
            return &item;
        }
    }
    return nullptr;
}

DeclarationDiff diffDeclarations(const Declaration& previous, const Declaration& current)
{
    DeclarationDiff diff;
    std::set<QString> fieldIds;
    for (const auto& [id, value] : previous.declarant.values) {
        fieldIds.insert(id);
    }
    for (const auto& [id, value] : current.declarant.values) {
        fieldIds.insert(id);
    }
    for (const QString& id : fieldIds) {
        const auto before = previous.declarant.values.find(id);
        const auto after = current.declarant.values.find(id);
        const bool hadIt = before != previous.declarant.values.end();
        const bool hasIt = after != current.declarant.values.end();
        if (hadIt != hasIt || (hadIt && !(before->second == after->second))) {
            diff.declarantFields << id;
        }
    }

    std::set<QString> itemIds;
    for (const auto& [id, answer] : previous.items) {
        itemIds.insert(id);
    }
    for (const auto& [id, answer] : current.items) {
        itemIds.insert(id);
    }
    for (const QString& id : itemIds) {
        const ItemDiff item = diffItem(id, previous.answer(id), current.answer(id));
        const bool same = item.wasAnswered == item.isAnswered && item.wasNeant == item.isNeant &&
                          item.added == 0 && item.removed == 0 && item.changed == 0;
        if (!same) {
            diff.items.push_back(item);
        }
    }
    diff.observationsChanged = previous.observations.trimmed() != current.observations.trimmed();
    return diff;
}

} // namespace probitas
