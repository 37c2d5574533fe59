#pragma once

#include "Declaration.h"
#include "FormDefinition.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <map>
#include <vector>

namespace probitas {

// Amounts of one side of the comparison, in cents, split by the ownership regime of the DSP (the choice
// ids of the list "regime": "propre", "communaute", "indivis"; "" for entries that give none).
struct OwnershipAmounts
{
    qint64 total = 0;
    std::map<QString, qint64> byOwnership;

    void add(const QString& ownership, qint64 cents);
    qint64 share(const QString& ownership) const;
};

// One category (one item of the DSP that carries amounts) in both declarations.
struct CategoryVariation
{
    QString itemId;
    QString number; // "1°"
    QString title;
    bool liability = false; // the passif: subtracted from the net assets
    OwnershipAmounts before;
    OwnershipAmounts after;

    qint64 change() const { return after.total - before.total; }
    qint64 change(const QString& ownership) const { return after.share(ownership) - before.share(ownership); }
};

// The variation of a magistrate's assets between two déclarations de situation patrimoniale, per
// category and in total, split propre / communauté / indivis: what the Haute Autorité appreciates under
// art. 7-3, VI ("la variation de la situation patrimoniale du magistrat telle qu'elle résulte de ses
// déclarations"). Amounts are the values as declared (valueField of each item), never re-estimated.
struct PatrimonyVariation
{
    std::vector<CategoryVariation> categories; // in the order of the current declaration's form
    OwnershipAmounts assetsBefore, assetsAfter;
    OwnershipAmounts liabilitiesBefore, liabilitiesAfter;
    // The ownership ids met in either declaration, in the form's order ("" last when present).
    QStringList ownerships;
    QStringList ownershipLabels; // for people, parallel to ownerships: "Bien propre", ...

    qint64 netBefore() const { return assetsBefore.total - liabilitiesBefore.total; }
    qint64 netAfter() const { return assetsAfter.total - liabilitiesAfter.total; }
    qint64 netChange() const { return netAfter() - netBefore(); }
    qint64 netBefore(const QString& ownership) const
    {
        return assetsBefore.share(ownership) - liabilitiesBefore.share(ownership);
    }
    qint64 netAfter(const QString& ownership) const
    {
        return assetsAfter.share(ownership) - liabilitiesAfter.share(ownership);
    }
    const CategoryVariation* find(const QString& itemId) const;
};

class PatrimonyVariationText
{
    Q_DECLARE_TR_FUNCTIONS(PatrimonyVariation)
};

// Both must be DSPs; each is read with the definition it names. Invalid when either is not a DSP, Unusable
// when a definition is unknown. Items without amounts (the end-of-functions narrative sections) are left
// out.
Result<PatrimonyVariation> computeVariation(const Declaration& previous, const Declaration& current,
                                            const FormCatalog& catalog = FormCatalog::builtIn());

// The totals of one DSP alone (before = after), for a first declaration that has nothing to compare with.
Result<PatrimonyVariation> computeTotals(const Declaration& declaration,
                                         const FormCatalog& catalog = FormCatalog::builtIn());

} // namespace probitas
