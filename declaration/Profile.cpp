#include "Profile.h"

#include "ShownInput.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace probitas {

namespace {

struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileText)
};

template <typename Enum> struct Named
{
    Enum value;
    const char* id;
};

constexpr Named<MagistrateStatus> statuses[] = {
    {MagistrateStatus::Titulaire, "titulaire"},
    {MagistrateStatus::Temporaire, "temporaire"},
    {MagistrateStatus::Honoraire, "honoraire"},
    {MagistrateStatus::MembreCsm, "membre-csm"},
    {MagistrateStatus::MembreConseilConstitutionnel, "membre-conseil-constitutionnel"}};
constexpr Named<Formation> formations[] = {{Formation::Siege, "siege"}, {Formation::Parquet, "parquet"}};
constexpr Named<Rank> ranks[] = {{Rank::Magistrat, "magistrat"},
                                 {Rank::Chef, "chef"},
                                 {Rank::PresidentDeChambre, "president-de-chambre"},
                                 {Rank::PremierAvocatGeneral, "premier-avocat-general"},
                                 {Rank::ServiceExtraordinaire, "service-extraordinaire"}};

template <typename Enum, std::size_t Count> QString idOf(const Named<Enum> (&table)[Count], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.id);
        }
    }
    return {};
}

template <typename Enum, std::size_t Count>
std::optional<Enum> fromId(const Named<Enum> (&table)[Count], const QString& id)
{
    for (const auto& entry : table) {
        if (id == QLatin1String(entry.id)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename Enum, std::size_t Count> QString allowedIds(const Named<Enum> (&table)[Count])
{
    QStringList ids;
    for (const auto& entry : table) {
        ids << QString::fromLatin1(entry.id);
    }
    return ids.join(QStringLiteral(", "));
}

// Reads an optional "YYYY-MM-DD" date; an impossible date (2026-02-30) is an error, not a missing one.
Result<QDate> readDate(const QJsonObject& object, const QString& key, const QString& path, bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required) {
            return Error::unusable(ProfileText::tr("%1.%2: missing").arg(path, key));
        }
        return QDate();
    }
    const QString text = value.toString();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!value.isString() || !shape.match(text).hasMatch() || !date.isValid()) {
        return Error::unusable(
            ProfileText::tr("%1.%2: not a valid date (YYYY-MM-DD): \"%3\"")
                .arg(path, key, value.isString() ? shownInput(text) : ProfileText::tr("not a string")),
            QStringLiteral("profile.date"));
    }
    return date;
}

// The posting of a magistrate of the inspection générale de la justice: a titulaire, magistrat or chef (the
// inspecteur général, chef de l'IGJ), with neither formation nor seat.
Result<Profile> readInspectionPosting(const QJsonObject& object, const QJsonObject& courtObject,
                                      const QString& path, Profile profile)
{
    if (profile.status != MagistrateStatus::Titulaire) {
        return Error::unusable(
            ProfileText::tr(
                "%1.court: a %2 magistrate does not serve at the inspection générale de la justice")
                .arg(path, statusId(profile.status)),
            QStringLiteral("profile.court"));
    }
    for (auto key = courtObject.begin(); key != courtObject.end(); ++key) {
        if (key.key() != QLatin1String("type") && key.key() != QLatin1String("seat")) {
            return Error::unusable(
                ProfileText::tr("%1.court.%2: unknown key").arg(path, shownInput(key.key())));
        }
    }
    if (courtObject.contains(QLatin1String("seat"))) {
        return Error::unusable(
            ProfileText::tr("%1.court.seat: the inspection générale de la justice has no seat to give")
                .arg(path));
    }
    if (object.contains(QLatin1String("formation"))) {
        return Error::unusable(
            ProfileText::tr(
                "%1.formation: the inspection générale de la justice has neither siège nor parquet")
                .arg(path));
    }
    if (object.contains(QLatin1String("rank"))) {
        const auto rank = fromId(ranks, object.value(QLatin1String("rank")).toString());
        if (!rank || (*rank != Rank::Magistrat && *rank != Rank::Chef)) {
            return Error::unusable(
                ProfileText::tr("%1.rank: expected magistrat or chef (the inspecteur général, chef of the "
                                "inspection générale de la justice)")
                    .arg(path),
                QStringLiteral("profile.rank"));
        }
        profile.rank = *rank;
    }
    profile.atInspection = true;
    return profile;
}

} // namespace

QString statusId(MagistrateStatus status)
{
    return idOf(statuses, status);
}

namespace {
template <typename Enum, std::size_t Count> std::vector<Enum> valuesOf(const Named<Enum> (&table)[Count])
{
    std::vector<Enum> values;
    for (const auto& entry : table) {
        values.push_back(entry.value);
    }
    return values;
}
} // namespace

std::vector<MagistrateStatus> allStatuses()
{
    return valuesOf(statuses);
}
std::vector<Formation> allFormations()
{
    return valuesOf(formations);
}
std::vector<Rank> allRanks()
{
    return valuesOf(ranks);
}
QString formationId(Formation formation)
{
    return idOf(formations, formation);
}
QString rankId(Rank rank)
{
    return idOf(ranks, rank);
}

QString statusLabel(MagistrateStatus status)
{
    switch (status) {
    case MagistrateStatus::Titulaire:
        return ProfileText::tr("magistrate");
    case MagistrateStatus::Temporaire:
        return ProfileText::tr("temporary magistrate (art. 41-10)");
    case MagistrateStatus::Honoraire:
        return ProfileText::tr("honorary magistrate serving (art. 41-25)");
    case MagistrateStatus::MembreCsm:
        return ProfileText::tr("member of the Conseil supérieur de la magistrature");
    case MagistrateStatus::MembreConseilConstitutionnel:
        return ProfileText::tr("member of the Conseil constitutionnel");
    }
    return {};
}

QString formationLabel(Formation formation)
{
    return formation == Formation::Siege ? ProfileText::tr("bench (siège)")
                                         : ProfileText::tr("prosecution (parquet)");
}

QString rankLabel(Rank rank, std::optional<Formation> formation, std::optional<CourtType> court)
{
    const bool parquet = formation == Formation::Parquet;
    switch (rank) {
    case Rank::Magistrat:
        return ProfileText::tr("magistrate");
    case Rank::Chef:
        if (court == CourtType::CourAppel || court == CourtType::CourDeCassation) {
            return parquet ? ProfileText::tr("procureur général") : ProfileText::tr("premier président");
        }
        return parquet ? ProfileText::tr("procureur de la République") : ProfileText::tr("président");
    case Rank::PresidentDeChambre:
        return ProfileText::tr("président de chambre");
    case Rank::PremierAvocatGeneral:
        return ProfileText::tr("premier avocat général");
    case Rank::ServiceExtraordinaire:
        return parquet ? ProfileText::tr("avocat général en service extraordinaire")
                       : ProfileText::tr("conseiller en service extraordinaire");
    }
    return {};
}

bool rankExists(Rank rank, Formation formation, CourtType court)
{
    switch (rank) {
    case Rank::Magistrat:
    case Rank::Chef:
        return true;
    case Rank::PresidentDeChambre:
        return formation == Formation::Siege &&
               (court == CourtType::CourAppel || court == CourtType::CourDeCassation);
    case Rank::PremierAvocatGeneral:
        return formation == Formation::Parquet &&
               (court == CourtType::CourAppel || court == CourtType::CourDeCassation);
    case Rank::ServiceExtraordinaire:
        return court == CourtType::CourDeCassation; // art. 40-1 ff.: only at the Cour de cassation
    }
    return false;
}

Result<Profile> Profile::fromJson(const QJsonValue& value, const QString& path)
{
    if (!value.isObject()) {
        return Error::unusable(ProfileText::tr("%1: expected an object").arg(path));
    }
    const QJsonObject object = value.toObject();
    static const QStringList knownKeys = {
        QStringLiteral("status"),      QStringLiteral("formation"),    QStringLiteral("court"),
        QStringLiteral("rank"),        QStringLiteral("installed_on"), QStringLiteral("ceased_on"),
        QStringLiteral("last_dsp_on"), QStringLiteral("changed_on"),   QStringLiteral("de_droit")};
    for (auto key = object.begin(); key != object.end(); ++key) {
        if (!knownKeys.contains(key.key())) {
            return Error::unusable(ProfileText::tr("%1.%2: unknown key").arg(path, shownInput(key.key())));
        }
    }

    Profile profile;
    const auto status = fromId(statuses, object.value(QLatin1String("status")).toString());
    if (!status) {
        return Error::unusable(
            ProfileText::tr("%1.status: expected one of %2").arg(path, allowedIds(statuses)));
    }
    profile.status = *status;

    auto installed = readDate(object, QStringLiteral("installed_on"), path, true);
    auto ceased = readDate(object, QStringLiteral("ceased_on"), path, false);
    auto lastDsp = readDate(object, QStringLiteral("last_dsp_on"), path, false);
    auto changed = readDate(object, QStringLiteral("changed_on"), path, false);
    for (const Result<QDate>* date : {&installed, &ceased, &lastDsp, &changed}) {
        if (!*date) {
            return date->error();
        }
    }
    profile.installedOn = *installed;
    profile.ceasedOn = *ceased;
    profile.lastDspOn = *lastDsp;
    profile.changedOn = *changed;

    const QJsonValue deDroit = object.value(QLatin1String("de_droit"));
    if (!deDroit.isUndefined()) {
        if (profile.status != MagistrateStatus::MembreConseilConstitutionnel) {
            return Error::unusable(
                ProfileText::tr("%1.de_droit: only a member of the Conseil constitutionnel is one de droit")
                    .arg(path));
        }
        if (!deDroit.isBool()) {
            return Error::unusable(ProfileText::tr("%1.de_droit: expected true or false").arg(path));
        }
        profile.deDroit = deDroit.toBool();
    }

    // A member of the CSM is defined by the membership alone (LO 94-100 art. 10-1-1 A).
    if (profile.status == MagistrateStatus::MembreCsm) {
        return profile;
    }
    // A member of the Conseil constitutionnel sits in no court; the rank says whether he presides it.
    if (profile.status == MagistrateStatus::MembreConseilConstitutionnel) {
        for (const char* key : {"formation", "court"}) {
            if (object.contains(QLatin1String(key))) {
                return Error::unusable(
                    ProfileText::tr("%1.%2: a member of the Conseil constitutionnel has none")
                        .arg(path, QLatin1String(key)));
            }
        }
        if (object.contains(QLatin1String("rank"))) {
            const auto rank = fromId(ranks, object.value(QLatin1String("rank")).toString());
            if (!rank || (*rank != Rank::Magistrat && *rank != Rank::Chef)) {
                return Error::unusable(
                    ProfileText::tr("%1.rank: expected magistrat or chef (the président of the Conseil "
                                    "constitutionnel)")
                        .arg(path),
                    QStringLiteral("profile.rank"));
            }
            profile.rank = *rank;
        }
        return profile;
    }

    // The IGJ before the formation: it has none.
    if (const QJsonObject courtObject = object.value(QLatin1String("court")).toObject();
        courtObject.value(QLatin1String("type")).toString() == QLatin1String("igj")) {
        return readInspectionPosting(object, courtObject, path, profile);
    }

    if (object.contains(QLatin1String("formation"))) {
        const auto formation = fromId(formations, object.value(QLatin1String("formation")).toString());
        if (!formation) {
            return Error::unusable(
                ProfileText::tr("%1.formation: expected one of %2").arg(path, allowedIds(formations)));
        }
        profile.formation = *formation;
    } else if (profile.status == MagistrateStatus::Titulaire) {
        return Error::unusable(ProfileText::tr("%1.formation: missing (siege or parquet)").arg(path));
    }

    const QJsonValue courtValue = object.value(QLatin1String("court"));
    if (!courtValue.isObject()) {
        return Error::unusable(ProfileText::tr("%1.court: missing (an object with type and seat)").arg(path));
    }
    const QJsonObject courtObject = courtValue.toObject();
    for (auto key = courtObject.begin(); key != courtObject.end(); ++key) {
        if (key.key() != QLatin1String("type") && key.key() != QLatin1String("seat")) {
            return Error::unusable(
                ProfileText::tr("%1.court.%2: unknown key").arg(path, shownInput(key.key())));
        }
    }
    const auto courtType = courtTypeFromId(courtObject.value(QLatin1String("type")).toString());
    if (!courtType) {
        return Error::unusable(
            ProfileText::tr("%1.court.type: expected one of tj, tpi, ca, cour-de-cassation, igj").arg(path));
    }
    CourtReference court{*courtType, courtObject.value(QLatin1String("seat")).toString().trimmed()};
    if (court.type != CourtType::CourDeCassation && court.seat.isEmpty()) {
        return Error::unusable(ProfileText::tr("%1.court.seat: missing").arg(path));
    }
    profile.court = court;

    if (object.contains(QLatin1String("rank"))) {
        const auto rank = fromId(ranks, object.value(QLatin1String("rank")).toString());
        if (!rank) {
            return Error::unusable(
                ProfileText::tr("%1.rank: expected one of %2").arg(path, allowedIds(ranks)));
        }
        profile.rank = *rank;
    }

    if (profile.status == MagistrateStatus::Titulaire) {
        if (!rankExists(profile.rank, *profile.formation, court.type)) {
            return Error::unusable(ProfileText::tr("%1.rank: there is no %2 in the %3 of a %4")
                                       .arg(path, rankId(profile.rank), formationId(*profile.formation),
                                            courtTypeLabel(court.type)),
                                   QStringLiteral("profile.rank"));
        }
    } else {
        // Temporary and honorary magistrates sit in tribunals and cours, never at their head (art. 41-10,
        // 41-25); the temporary ones only in tribunals.
        if (profile.rank != Rank::Magistrat) {
            return Error::unusable(
                ProfileText::tr("%1.rank: a %2 magistrate has no rank other than magistrat")
                    .arg(path, statusId(profile.status)),
                QStringLiteral("profile.rank"));
        }
        const bool tribunal =
            court.type == CourtType::TribunalJudiciaire || court.type == CourtType::TribunalPremiereInstance;
        const bool allowed = profile.status == MagistrateStatus::Temporaire
                                 ? tribunal
                                 : (tribunal || court.type == CourtType::CourAppel);
        if (!allowed) {
            return Error::unusable(ProfileText::tr("%1.court: a %2 magistrate does not serve in a %3")
                                       .arg(path, statusId(profile.status), courtTypeLabel(court.type)),
                                   QStringLiteral("profile.court"));
        }
    }
    return profile;
}

QJsonObject Profile::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("status"), statusId(status));
    object.insert(QStringLiteral("installed_on"), installedOn.toString(Qt::ISODate));
    if (ceasedOn.isValid()) {
        object.insert(QStringLiteral("ceased_on"), ceasedOn.toString(Qt::ISODate));
    }
    if (lastDspOn.isValid()) {
        object.insert(QStringLiteral("last_dsp_on"), lastDspOn.toString(Qt::ISODate));
    }
    if (changedOn.isValid()) {
        object.insert(QStringLiteral("changed_on"), changedOn.toString(Qt::ISODate));
    }
    if (status == MagistrateStatus::MembreCsm) {
        return object;
    }
    if (status == MagistrateStatus::MembreConseilConstitutionnel) {
        if (deDroit) {
            object.insert(QStringLiteral("de_droit"), true);
        }
        if (rank == Rank::Chef) {
            object.insert(QStringLiteral("rank"), rankId(rank));
        }
        return object;
    }
    if (atInspection) {
        object.insert(QStringLiteral("court"), QJsonObject{{QStringLiteral("type"), QStringLiteral("igj")}});
        object.insert(QStringLiteral("rank"), rankId(rank));
        return object;
    }
    if (formation) {
        object.insert(QStringLiteral("formation"), formationId(*formation));
    }
    if (court) {
        QJsonObject courtObject{{QStringLiteral("type"), courtTypeId(court->type)}};
        if (!court->seat.isEmpty()) {
            courtObject.insert(QStringLiteral("seat"), court->seat);
        }
        object.insert(QStringLiteral("court"), courtObject);
    }
    object.insert(QStringLiteral("rank"), rankId(rank));
    return object;
}

bool Profile::servesInACourt() const
{
    return status != MagistrateStatus::MembreCsm &&
           status != MagistrateStatus::MembreConseilConstitutionnel && !atInspection;
}

Result<const Court*> Profile::resolveCourt(const JurisdictionDirectory& directory) const
{
    if (!court) {
        return Error::unusable(ProfileText::tr("profile.court: missing"));
    }
    if (court->type == CourtType::CourDeCassation && !court->seat.isEmpty() &&
        text::slug(court->seat) != QLatin1String("paris")) {
        return Error::unusable(
            ProfileText::tr("unknown court: the Cour de cassation sits in Paris, not \"%1\"")
                .arg(shownInput(court->seat)),
            QStringLiteral("court.unknown"));
    }
    return directory.resolve(court->type, court->seat);
}

} // namespace probitas

namespace probitas {

Profile Profile::posting() const
{
    Profile posting = *this;
    posting.lastDspOn = {};
    posting.changedOn = {};
    if (posting.status == MagistrateStatus::MembreCsm) {
        // As toJson() writes it: a CSM member has no formation, court or rank of their own here.
        posting.formation.reset();
        posting.court.reset();
        posting.rank = Rank::Magistrat;
    }
    if (!posting.servesInACourt()) {
        // As toJson() writes them: no court for the members of the two Conseils, no formation outside a
        // court.
        posting.formation.reset();
        posting.court.reset();
    }
    return posting;
}

QStringList Profile::postingDifferences(const Profile& other) const
{
    const Profile mine = posting();
    const Profile theirs = other.posting();
    const auto date = [](const QDate& value) {
        return value.isValid() ? QLocale().toString(value, QLocale::ShortFormat) : ProfileText::tr("none");
    };
    const auto courtOf = [](const Profile& profile) {
        if (profile.atInspection) {
            return ProfileText::tr("inspection générale de la justice");
        }
        if (!profile.court) {
            return ProfileText::tr("none");
        }
        if (auto resolved = profile.resolveCourt(JurisdictionDirectory::builtIn())) {
            return (*resolved)->displayName();
        }
        return courtTypeId(profile.court->type) + QLatin1Char(' ') + profile.court->seat;
    };
    const auto formationOf = [](const Profile& profile) {
        return profile.formation ? formationLabel(*profile.formation) : ProfileText::tr("none");
    };
    const auto rankOf = [](const Profile& profile) {
        return rankLabel(profile.rank, profile.formation,
                         profile.court ? std::optional<CourtType>(profile.court->type) : std::nullopt);
    };
    QStringList differences;
    const auto compare = [&differences](const QString& what, const QString& left, const QString& right) {
        if (left != right) {
            differences << ProfileText::tr("%1: %2 / %3").arg(what, left, right);
        }
    };
    compare(ProfileText::tr("status"), statusLabel(mine.status), statusLabel(theirs.status));
    compare(ProfileText::tr("formation"), formationOf(mine), formationOf(theirs));
    compare(ProfileText::tr("court"), courtOf(mine), courtOf(theirs));
    compare(ProfileText::tr("rank"), rankOf(mine), rankOf(theirs));
    compare(ProfileText::tr("member de droit"), mine.deDroit ? ProfileText::tr("yes") : ProfileText::tr("no"),
            theirs.deDroit ? ProfileText::tr("yes") : ProfileText::tr("no"));
    compare(ProfileText::tr("installed on"), date(mine.installedOn), date(theirs.installedOn));
    compare(ProfileText::tr("ceased on"), date(mine.ceasedOn), date(theirs.ceasedOn));
    return differences;
}

QString postingSummary(const Profile& posting)
{
    QStringList parts;
    const std::optional<CourtType> courtType =
        posting.court ? std::optional<CourtType>(posting.court->type) : std::nullopt;
    if (posting.atInspection) {
        parts << (posting.rank == Rank::Chef
                      ? ProfileText::tr("inspecteur général, chef of the inspection générale de la justice")
                      : ProfileText::tr("magistrate of the inspection générale de la justice"));
    } else if (posting.status == MagistrateStatus::MembreConseilConstitutionnel && posting.deDroit) {
        parts << ProfileText::tr("member de droit of the Conseil constitutionnel");
    } else if (posting.status == MagistrateStatus::MembreConseilConstitutionnel &&
               posting.rank == Rank::Chef) {
        parts << ProfileText::tr("président of the Conseil constitutionnel");
    } else {
        parts << (posting.status == MagistrateStatus::Titulaire
                      ? rankLabel(posting.rank, posting.formation, courtType)
                      : statusLabel(posting.status));
    }
    if (posting.formation && posting.servesInACourt()) {
        parts << formationLabel(*posting.formation);
    }
    if (posting.court && posting.servesInACourt()) {
        auto court = posting.resolveCourt(JurisdictionDirectory::builtIn());
        parts << (court ? (*court)->displayName() : posting.court->seat);
    }
    if (posting.installedOn.isValid()) {
        parts << ProfileText::tr("installed on %1")
                     .arg(QLocale().toString(posting.installedOn, QLocale::ShortFormat));
    }
    if (posting.ceasedOn.isValid()) {
        parts << ProfileText::tr("ceased on %1")
                     .arg(QLocale().toString(posting.ceasedOn, QLocale::ShortFormat));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace probitas
