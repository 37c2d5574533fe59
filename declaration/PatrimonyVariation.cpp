#include "PatrimonyVariation.h"

#include <algorithm>

namespace probitas {

void OwnershipAmounts::add(const QString& ownership, qint64 cents)
{
    total += cents;
    byOwnership[ownership] += cents;
}

qint64 OwnershipAmounts::share(const QString& ownership) const
{
    const auto found = byOwnership.find(ownership);
    return found == byOwnership.end() ? 0 : found->second;
}

const CategoryVariation* PatrimonyVariation::find(const QString& itemId) const
{
    for (const CategoryVariation& category : categories) {
        if (category.itemId == itemId) {
            return &category;
        }
    }
    return nullptr;
}

namespace {

Result<const FormDefinition*> dspDefinition(const Declaration& declaration, const FormCatalog& catalog)
{
    if (declaration.kind != DeclarationKind::Patrimoine) {
        return Error::invalid(
            PatrimonyVariationText::tr("only a déclaration de situation patrimoniale has a variation"));
    }
    const FormDefinition* definition = catalog.find(declaration.schema);
    if (!definition) {
        return Error::unusable(PatrimonyVariationText::tr("unknown form %1").arg(declaration.schema));
    }
    return definition;
}

OwnershipAmounts amountsOf(const ItemDefinition& item, const Declaration& declaration)
{
    OwnershipAmounts amounts;
    const ItemAnswer* answer = declaration.answer(item.id);
    if (!answer || answer->neant) {
        return amounts;
    }
    for (const Entry& entry : answer->entries) {
        if (const auto value = entry.number(item.valueField)) {
            amounts.add(item.ownershipField.isEmpty() ? QString() : entry.text(item.ownershipField), *value);
        }
    }
    return amounts;
}

} // namespace

Result<PatrimonyVariation> computeVariation(const Declaration& previous, const Declaration& current,
                                            const FormCatalog& catalog)
{
    auto before = dspDefinition(previous, catalog);
    if (!before) {
        return before.error();
    }
    auto after = dspDefinition(current, catalog);
    if (!after) {
        return after.error();
    }
    PatrimonyVariation variation;
    std::vector<const ItemDefinition*> order;
    for (const ItemDefinition& item : (*after)->items()) {
        if (!item.valueField.isEmpty()) {
            order.push_back(&item);
        }
    }
    // A category the previous form had and the current one dropped still counts in the previous totals.
    for (const ItemDefinition& item : (*before)->items()) {
        if (!item.valueField.isEmpty() && !(*after)->findItem(item.id)) {
            order.push_back(&item);
        }
    }
    for (const ItemDefinition* item : order) {
        CategoryVariation category;
        category.itemId = item->id;
        category.number = item->number;
        category.title = item->title.text();
        category.liability = item->liability;
        if (const ItemDefinition* old = (*before)->findItem(item->id); old && !old->valueField.isEmpty()) {
            category.before = amountsOf(*old, previous);
        }
        if (const ItemDefinition* now = (*after)->findItem(item->id); now && !now->valueField.isEmpty()) {
            category.after = amountsOf(*now, current);
        }
        OwnershipAmounts& totalBefore =
            item->liability ? variation.liabilitiesBefore : variation.assetsBefore;
        OwnershipAmounts& totalAfter = item->liability ? variation.liabilitiesAfter : variation.assetsAfter;
        for (const auto& [ownership, cents] : category.before.byOwnership) {
            totalBefore.add(ownership, cents);
        }
        for (const auto& [ownership, cents] : category.after.byOwnership) {
            totalAfter.add(ownership, cents);
        }
        variation.categories.push_back(std::move(category));
    }

    // The regimes in the form's order (its ownership field's choices), then any other id met, "" last.
    QStringList known;
    std::map<QString, QString> labels;
    for (const ItemDefinition* item : order) {
        if (const FieldDefinition* field = item->findField(item->ownershipField)) {
            for (const Choice& choice : field->choices) {
                if (!known.contains(choice.id)) {
                    known << choice.id;
                    labels[choice.id] = choice.label.text();
                }
            }
        }
    }
    QStringList met;
    for (const OwnershipAmounts* amounts : {&variation.assetsBefore, &variation.assetsAfter,
                                            &variation.liabilitiesBefore, &variation.liabilitiesAfter}) {
        for (const auto& [ownership, cents] : amounts->byOwnership) {
            if (!met.contains(ownership)) {
                met << ownership;
            }
        }
    }
    for (const QString& id : known) {
        if (met.contains(id)) {
            variation.ownerships << id;
        }
    }
    for (const QString& id : met) {
        if (!id.isEmpty() && !variation.ownerships.contains(id)) {
            variation.ownerships << id;
        }
    }
    if (met.contains(QString())) {
        variation.ownerships << QString();
    }
    for (const QString& id : variation.ownerships) {
        const auto label = labels.find(id);
        variation.ownershipLabels << (id.isEmpty() ? PatrimonyVariationText::tr("Ownership not given")
                                      : label != labels.end() ? label->second
                                                              : id);
    }
    return variation;
}

Result<PatrimonyVariation> computeTotals(const Declaration& declaration, const FormCatalog& catalog)
{
    return computeVariation(declaration, declaration, catalog);
}

} // namespace probitas
