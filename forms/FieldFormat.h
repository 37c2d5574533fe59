#pragma once

#include "Declaration.h"
#include "FormDefinition.h"

#include <QString>
#include <map>
#include <optional>

namespace probitas {

// How a value reads for people, the same in the tables, the summary and the PDF: amounts "12 750 €",
// percentages "25,5 %", surfaces "85,5 m²", dates "15/01/2026", months "09/2016", choices by label.
// `compact` keeps one line (tables): multiline text is joined and lists are counted.
QString displayText(const FieldDefinition& field, const FieldValue& value, bool compact = true);

// The Validator's rule: a field exists in an entry only when its visibleWhen condition holds.
bool isFieldVisible(const FieldDefinition& field, const Entry& entry);

// "entry.remunerations[0].montant" relative to "entry" -> "remunerations"; empty when outside it.
QString topFieldOfPath(const QString& path, const QString& prefix);

// A DSP item's sum of its valueField, split by the ownershipField's choice (propre, communauté, indivis).
struct ItemTotals
{
    qint64 total = 0;
    std::map<QString, qint64> byOwnership; // choice id -> cents; entries without one are under ""
    int counted = 0;                       // entries with a value
};

// nullopt when the item has no valueField (DI items, the cessation-only DSP sections).
std::optional<ItemTotals> computeTotals(const ItemDefinition& item, const EntryList& entries);

// The three ownership regimes of the DSP in the order people expect, with their label from the item's
// ownership field ("Bien propre", "Communauté", "Indivision").
struct OwnershipShare
{
    QString id;
    QString label;
    qint64 cents = 0;
};
std::vector<OwnershipShare> ownershipShares(const ItemDefinition& item, const ItemTotals& totals);

} // namespace probitas
