#pragma once

#include "Jurisdictions.h"
#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>
#include <vector>

namespace probitas {

// MembreConseilConstitutionnel is not a magistrate: ord. 58-1067 art. 3-1 and 3-2 give the members of the
// Conseil constitutionnel the same two declarations, and Probitas files them the same way.
enum class MagistrateStatus { Titulaire, Temporaire, Honoraire, MembreCsm, MembreConseilConstitutionnel };
enum class Formation { Siege, Parquet };
// "chef" is the head of the court for its formation: président, procureur de la République, premier
// président or procureur général.
enum class Rank { Magistrat, Chef, PresidentDeChambre, PremierAvocatGeneral, ServiceExtraordinaire };

QString statusId(MagistrateStatus status);
// Every value, in declaration order: what enumerates every posting (the tables the ids are read from).
std::vector<MagistrateStatus> allStatuses();
std::vector<Formation> allFormations();
std::vector<Rank> allRanks();
QString formationId(Formation formation);
QString rankId(Rank rank);
QString statusLabel(MagistrateStatus status);
QString formationLabel(Formation formation);
QString rankLabel(Rank rank, std::optional<Formation> formation, std::optional<CourtType> court);

struct CourtReference
{
    CourtType type = CourtType::TribunalJudiciaire;
    QString seat; // empty for the Cour de cassation
};

// What the obligations depend on: who the magistrate is and where they serve. The JSON form is the
// command line's `--profile` contract (snake_case keys).
struct Profile
{
    MagistrateStatus status = MagistrateStatus::Titulaire;
    std::optional<Formation> formation;
    std::optional<CourtReference> court;
    // A titulaire of the inspection générale de la justice ("court": {"type": "igj"}): a service of the
    // ministry, not a court, so `court` stays empty and no formation applies (LO n° 2023-1058).
    bool atInspection = false;
    // A member of the Conseil constitutionnel de droit (a former Président de la République, Const. art. 56):
    // ord. 58-1067 art. 3-1 I and 3-2 I except them.
    bool deDroit = false;
    // Rank::Chef is the head of the court for its formation, the chef of the IGJ, or the président of the
    // Conseil constitutionnel.
    Rank rank = Rank::Magistrat;
    QDate installedOn;
    QDate ceasedOn;  // optional
    QDate lastDspOn; // optional: the last déclaration de situation patrimoniale, under any text
    QDate changedOn; // optional: a substantial change calling for a complementary declaration

    // Structural reading: unknown values, impossible dates, missing keys and a rank that does not exist at
    // that court are Unusable errors naming the key. Whether the court exists is the directory's business.
    static Result<Profile> fromJson(const QJsonValue& value, const QString& path = QStringLiteral("profile"));
    QJsonObject toJson() const;

    // The court in the directory; Unusable, naming the closest seats, when unknown.
    Result<const Court*> resolveCourt(const JurisdictionDirectory& directory) const;
    // Whether the profile names a court of the directory: not a member of the CSM or of the Conseil
    // constitutionnel, not the IGJ.
    bool servesInACourt() const;

    // The official posting part (status, formation, court, rank, installed_on, ceased_on): what the store's
    // administrators state; the two dates the magistrate alone knows (last_dsp_on, changed_on) are cleared.
    Profile posting() const;
    // The posting fields in which `other` differs from this one, each as "what: this one / other one",
    // in the user's language. Empty when the postings are the same.
    QStringList postingDifferences(const Profile& other) const;
};

// One line for people: "Président, siège, Tribunal judiciaire de Nanterre, installed on 01/09/2020".
QString postingSummary(const Profile& posting);

// Whether `rank` exists in that formation of that type of court (no président de chambre at a tribunal).
bool rankExists(Rank rank, Formation formation, CourtType court);

} // namespace probitas
