#pragma once

#include "FormDefinition.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <map>
#include <optional>
#include <vector>

namespace probitas {

// How one of our fields travels in the HATVP's XML: the element it is written to and read from, and how the
// value is spelt there. Part of the mapping in declaration/data/hatvp-mapping.json (docs/hatvp-xml.md).
struct HatvpField
{
    enum class Format {
        Plain,       // the value as ADEL spells the field's type (euros, "25.0", "dd/MM/yyyy", a label…)
        Hectares,    // a surface given in hectares (ours are hundredths of a square metre)
        Departement, // the département, from a postcode or a masked postcode's "(Département : 42)"
        Address,     // several elements, one line each ("codePostal localite" make one line)
        List,        // sub-entries under `element`, with values `shared` by all of them
        RemunerationText, // yearly remunerations written as prose; "néant" reads as none
    };

    QString field;         // our field id
    QString element;       // the element, relative to the entry (the header's: to <declaration>)
    QStringList fallbacks; // read in turn when `element` is empty
    Format format = Format::Plain;
    bool importOnly = false; // derived when reading; the element is written for another field
    // Choice fields: our choice id -> the labels that mean it, case and accents aside; the first is written.
    std::map<QString, QStringList> values;
    QString otherwise;              // the choice taken for any other label
    QString precision;              // the text field that then receives the label
    bool quiet = false;             // an unmatched label is no note: another field keeps it
    std::vector<QStringList> parts; // Address: the lines, each of one or more elements
    QString entries;                // List: the path of one sub-entry under `element`
    std::vector<HatvpField> shared; // List: read from `element`, applied to every sub-entry
    std::vector<HatvpField> fields; // List: the sub-entry's own fields
    const FieldDefinition* definition = nullptr;
};

// One HATVP rubrique (an <xxxDto> element) as one of our items, or as the part of an item it holds.
struct HatvpRubrique
{
    QString element; // "immeubleDto"
    QString item;    // our item id
    // When one item is split over several rubriques: which of its entries this one takes on export…
    QString exportField;
    QStringList exportValues;
    // …and, when one rubrique holds several items, which of its lines go to this item on import.
    QString importElement;
    std::optional<bool> importWhenEmpty;
    std::map<QString, QString> set; // choice values implied by the rubrique itself
    bool inferred = false; // element names deduced from the délibération, not seen in published files
    std::vector<HatvpField> fields;
    const ItemDefinition* definition = nullptr;
};

struct HatvpForm
{
    QString schema;
    QString typeId;    // general/typeDeclaration/id: "DI", "DSP" (a prefix on import: "DIA", "DSPM"…)
    QString typeLabel; // general/typeDeclaration/label
    std::vector<HatvpField> header;
    std::vector<HatvpRubrique> rubriques;   // in the order they are written
    QString observationsElement;            // "observationInteretDto"
    QString observationsField;              // "contenu"
    std::map<QString, QString> notImported; // rubrique -> why a magistrate's declaration has no place for it
    const FormDefinition* definition = nullptr;

    // The rubrique elements in order, each once.
    QStringList groups() const;
    std::vector<const HatvpRubrique*> rubriquesIn(const QString& element) const;
    std::vector<const HatvpRubrique*> rubriquesFor(const QString& itemId) const;
};

// Elements deliberately not imported, with the reason (they say nothing a magistrate's declaration holds).
struct HatvpIgnored
{
    QString reason;
    QStringList elements; // paths relative to where they occur
};

// The correspondence between the HATVP's XML and our form definitions, as data: one HatvpForm per form
// definition (schema id). Loading checks every reference against the form catalogue (item and field ids,
// choice ids, which formats suit which field types, that every item and every choice has a place) and
// refuses the whole file otherwise, like the other loaders.
class HatvpMapping
{
public:
    static Result<HatvpMapping> fromJson(const QByteArray& json,
                                         const FormCatalog& catalog = FormCatalog::builtIn());
    static const HatvpMapping& builtIn();

    bool isEmpty() const { return m_forms.empty(); }
    const HatvpForm* form(const QString& schema) const;
    const std::vector<HatvpForm>& forms() const { return m_forms; }
    const HatvpIgnored& ignoredInDeclaration() const { return m_ignoredDeclaration; }
    const HatvpIgnored& ignoredInGeneral() const { return m_ignoredGeneral; }
    const HatvpIgnored& ignoredInEntry() const { return m_ignoredEntry; }
    // A line's <motif><id>: lines whose motif is not one of `expectedMotifs` are flagged.
    const QString& motifElement() const { return m_motifElement; }
    const QStringList& expectedMotifs() const { return m_expectedMotifs; }
    const QString& motifReason() const { return m_motifReason; }

private:
    std::vector<HatvpForm> m_forms;
    HatvpIgnored m_ignoredDeclaration;
    HatvpIgnored m_ignoredGeneral;
    HatvpIgnored m_ignoredEntry;
    QString m_motifElement;
    QStringList m_expectedMotifs;
    QString m_motifReason;
};

} // namespace probitas
