#pragma once

#include "Declaration.h"
#include "HatvpMapping.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace probitas {

// Something of a HATVP file that the import did not take as one of our values. Nothing is dropped silently:
// a value that belongs to an entry is also kept there as a note (EntryNote), and the rest is listed here.
struct HatvpImportIssue
{
    enum class Kind {
        Unreadable, // a value that does not read as its field's type ("10€98 POUR 2023" as an amount)
        Unplaced,   // a value our form has no place for (an unknown element, a rubrique a magistrate lacks)
        Masked,     // "[Données non publiées]": the published file withholds it; the field stays empty
    };
    Kind kind = Kind::Unreadable;
    QString path;   // the element: "declaration/immeubleDto/items/items[3]/valeurVenale"
    QString value;  // as read, white space simplified
    QString reason; // for people, translated
    QString keptAt; // the entry holding it as a note ("items.immeubles[2]", "declarant"); empty when none
};

struct HatvpImport
{
    // A draft: it may lack what the validator requires (the profile, fields the HATVP does not ask for,
    // values masked in published files) and holds notes to resolve.
    Declaration declaration;
    QList<HatvpImportIssue> issues;
};

// The declarations in the XML structure of the Haute Autorité pour la transparence de la vie publique: one
// <declaration> of <xxxDto> rubriques, each <items><items>…</items></items><neant>, and <general>.
// The correspondence with our form definitions is data (HatvpMapping); docs/hatvp-xml.md describes it.
class HatvpXml
{
public:
    // The namespace of the elements that carry what the HATVP's format has no element for (our schema,
    // event, profile, a bank account's régime…), so that importing an export gives the same declaration.
    // Readers of the HATVP's format ignore them.
    static QString extensionNamespace() { return QStringLiteral("urn:probitas:hatvp:1"); }

    // The declaration as one HATVP <declaration> (UTF-8). Unusable when its form has no correspondence; the
    // result is checked by importing it again, and refused (Integrity) if that would not give it back.
    static Result<QByteArray> exportDeclaration(const Declaration& declaration,
                                                const HatvpMapping& mapping = HatvpMapping::builtIn());

    // Reads a file holding one <declaration> (alone or in <declarations>) into a draft of ours, with the
    // report of what it could not take as values. Amounts are read with any thousands separator (space,
    // U+00A0, U+202F, '.'), a decimal comma, a sign, a euro sign; open lists whatever their case and accents.
    // Unusable when the file is not XML or holds no or several declarations, or neither a DI nor a DSP.
    static Result<HatvpImport> importDeclaration(const QByteArray& xml,
                                                 const HatvpMapping& mapping = HatvpMapping::builtIn(),
                                                 const FormCatalog& catalog = FormCatalog::builtIn());
};

} // namespace probitas
