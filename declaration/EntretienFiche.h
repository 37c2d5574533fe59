#pragma once

#include "FormDefinition.h"
#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>

namespace probitas {

// The documents of the entretien déontologique (art. 7-2 I of ordonnance n° 58-1270) and of the collège de
// déontologie's avis (art. 7-2 II). Each is a versioned JSON document, sealed in the store like a
// declaration; its canonical bytes (CanonicalJson) are what is signed. docs/store.md shows each shape.

// What the entretien (or the avis) concludes. Art. 7-2: the entretien is to "prévenir tout éventuel conflit
// d'intérêts et ... inviter, s'il y a lieu, à mettre fin à une situation de conflit d'intérêts".
enum class EntretienConclusion {
    NoConflict,  // "aucun-conflit"
    Precautions, // "precautions": a déport, a change of assignment, ...
    EndConflict, // "fin-de-conflit": an invitation to end a conflict of interests
};
QString conclusionId(EntretienConclusion conclusion);
std::optional<EntretienConclusion> conclusionFromId(const QString& id);

// The convocation: when and where the entretien takes place, and who holds it when the authority delegates.
// {"schema": "fr.probitas.convocation-entretien/1", "declaration": ID, "at": "2026-03-10T14:00:00Z",
//  "place": TEXT, "delegate": NAME | null}
struct EntretienConvocation
{
    static QString schemaId();
    QString declarationId;
    QDateTime at; // UTC, to the second
    QString place;
    QString delegate; // the name of the delegate in the store's directory; empty when not delegated
};

// The fiche navette: the record of the entretien held.
// {"schema": "fr.probitas.fiche-navette/1", "declaration": ID, "form": "fr.probitas.interets/2017-1",
//  "authority": "tj-nanterre:president", "date": "2026-03-10", "place": TEXT,
//  "delegation": null | {"to": NAME, "function": TEXT}, "points": {ITEM-ID: TEXT, ...},
//  "conclusion": "aucun-conflit" | "precautions" | "fin-de-conflit", "conclusionDetails": TEXT,
//  "collegeConsulted": BOOL, "observations": TEXT (optional)}
struct EntretienFiche
{
    static QString schemaId();
    QString declarationId;
    QString form;      // the schema of the declaration's form definition: `points` are keyed by its items
    QString authority; // the authority id the declaration was filed to
    QDate date;
    QString place;
    QString delegatedTo;               // the delegate's name in the directory; empty when not delegated
    QString delegateFunction;          // e.g. "premier vice-président"
    std::map<QString, QString> points; // item id -> what was discussed about it
    EntretienConclusion conclusion = EntretienConclusion::NoConflict;
    QString conclusionDetails; // the precautions, or the conflict to end; required unless NoConflict
    bool collegeConsulted = false;
    QString observations;

    bool delegated() const { return !delegatedTo.isEmpty(); }
};

// The authority's request for the collège's avis, "lorsqu'il existe un doute sur une éventuelle situation de
// conflit d'intérêts" (art. 7-2 II).
// {"schema": "fr.probitas.demande-avis/1", "declaration": ID, "authority": AUTHORITY-ID, "question": TEXT}
struct AvisRequest
{
    static QString schemaId();
    QString declarationId;
    QString authority;
    QString question;
};

// The collège's avis.
// {"schema": "fr.probitas.avis-college/1", "declaration": ID, "request": REQUEST-ID, "date": "2026-04-02",
//  "avis": TEXT, "conclusion": "aucun-conflit" | "precautions" | "fin-de-conflit"}
struct CollegeAvis
{
    static QString schemaId();
    QString declarationId;
    QString requestId;
    QDate date;
    QString avis;
    EntretienConclusion conclusion = EntretienConclusion::NoConflict;
};

// Strict codecs: a document is rejected (ErrorKind::Unusable, code document.invalid-value) with the exact
// path of the first problem: an unknown or missing key, a wrong type, an unknown schema, conclusion or item,
// an impossible date, a text too long.
class EntretienCodec
{
public:
    static Result<EntretienConvocation> decodeConvocation(const QByteArray& json);
    static Result<EntretienFiche> decodeFiche(const QByteArray& json,
                                              const FormCatalog& catalog = FormCatalog::builtIn());
    static Result<AvisRequest> decodeAvisRequest(const QByteArray& json);
    static Result<CollegeAvis> decodeAvis(const QByteArray& json);

    static Result<EntretienConvocation> convocationFromJson(const QJsonValue& document);
    static Result<EntretienFiche> ficheFromJson(const QJsonValue& document,
                                                const FormCatalog& catalog = FormCatalog::builtIn());
    static Result<AvisRequest> avisRequestFromJson(const QJsonValue& document);
    static Result<CollegeAvis> avisFromJson(const QJsonValue& document);

    static QJsonObject toJson(const EntretienConvocation& convocation);
    static QJsonObject toJson(const EntretienFiche& fiche);
    static QJsonObject toJson(const AvisRequest& request);
    static QJsonObject toJson(const CollegeAvis& avis);

    // The canonical bytes: what is signed and sealed.
    static QByteArray encode(const EntretienConvocation& convocation);
    static QByteArray encode(const EntretienFiche& fiche);
    static QByteArray encode(const AvisRequest& request);
    static QByteArray encode(const CollegeAvis& avis);
};

} // namespace probitas
