#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace probitas {

enum class CourtType { TribunalJudiciaire, TribunalPremiereInstance, CourAppel, CourDeCassation };

// "tj", "tpi", "ca", "cour-de-cassation": the ids of profiles and authority ids.
QString courtTypeId(CourtType type);
std::optional<CourtType> courtTypeFromId(const QString& id);
QString courtTypeLabel(CourtType type); // "tribunal judiciaire", ...

struct Court
{
    CourtType type = CourtType::TribunalJudiciaire;
    QString seat;         // official spelling: "Le Puy-en-Velay"
    QString slug;         // "le-puy-en-velay"
    int appealCourt = -1; // index of its cour d'appel in the directory; itself for a cour

    // "tj-nanterre", "ca-versailles", "cour-de-cassation": the prefix of this court's authority ids.
    QString id() const;
    // "tribunal judiciaire de Nanterre", "cour d'appel de Versailles"
    QString displayName() const;
};

// An authority outside the courts' hierarchy that receives declarations and has neither seat nor ressort:
// the président of the Conseil constitutionnel, the chef of the inspection générale de la justice.
struct NamedAuthority
{
    QString id;          // "conseil-constitutionnel:president": the authority id rules and stores use
    QString institution; // "Conseil constitutionnel"
    QString label;       // "président du Conseil constitutionnel", as the data writes it (French)
    QString source;      // the text that makes it a recipient
};

// The cours d'appel and the tribunals in their ressort (code de l'organisation judiciaire, annexe tableau IV
// of art. D. 211-1), and the authorities outside them that receive declarations, loaded from
// declaration/data/jurisdictions.json.
class JurisdictionDirectory
{
public:
    static Result<JurisdictionDirectory> fromJson(const QByteArray& json);
    // The directory compiled into the program, loaded once at first use.
    static const JurisdictionDirectory& builtIn();

    // Finds a court by its seat, whatever the case, accents and punctuation. The Cour de cassation
    // has no seat to give.
    const Court* find(CourtType type, const QString& seat) const;
    // An Unusable error naming the closest known seats when the court does not exist.
    Result<const Court*> resolve(CourtType type, const QString& seat) const;
    QStringList closestSeats(CourtType type, const QString& seat, int count = 3) const;

    // The cour d'appel whose ressort holds `court` (a cour d'appel is its own).
    const Court& appealCourtOf(const Court& court) const;
    std::vector<const Court*> cours() const;
    std::vector<const Court*> tribunalsOf(const Court& cour) const;
    const std::vector<Court>& courts() const { return m_courts; }
    const Court& courDeCassation() const { return m_courts.front(); }
    // The authorities outside the courts ("authorities" in the data), in the data's order.
    const std::vector<NamedAuthority>& namedAuthorities() const { return m_authorities; }
    // One of them by its id; null when the data names no such authority.
    const NamedAuthority* namedAuthority(const QString& id) const;
    const QString& source() const { return m_source; }

private:
    std::vector<Court> m_courts; // the Cour de cassation first, then each cour and its tribunals
    std::vector<NamedAuthority> m_authorities;
    QString m_source;
};

} // namespace probitas
