#include "Jurisdictions.h"

#include "BuiltInData.h"
#include "CanonicalJson.h"
#include "ShownInput.h"
#include "TextFolding.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

namespace probitas {

namespace {

struct JurisdictionText
{
    Q_DECLARE_TR_FUNCTIONS(JurisdictionText)
};

} // namespace

QString courtTypeId(CourtType type)
{
    switch (type) {
    case CourtType::TribunalJudiciaire:
        return QStringLiteral("tj");
    case CourtType::TribunalPremiereInstance:
        return QStringLiteral("tpi");
    case CourtType::CourAppel:
        return QStringLiteral("ca");
    case CourtType::CourDeCassation:
        return QStringLiteral("cour-de-cassation");
    }
    return {};
}

std::optional<CourtType> courtTypeFromId(const QString& id)
{
    for (const CourtType type : {CourtType::TribunalJudiciaire, CourtType::TribunalPremiereInstance,
                                 CourtType::CourAppel, CourtType::CourDeCassation}) {
        if (courtTypeId(type) == id) {
            return type;
        }
    }
    return std::nullopt;
}

QString courtTypeLabel(CourtType type)
{
    switch (type) {
    case CourtType::TribunalJudiciaire:
        return JurisdictionText::tr("tribunal judiciaire");
    case CourtType::TribunalPremiereInstance:
        return JurisdictionText::tr("tribunal de première instance");
    case CourtType::CourAppel:
        return JurisdictionText::tr("cour d'appel");
    case CourtType::CourDeCassation:
        return JurisdictionText::tr("Cour de cassation");
    }
    return {};
}

QString Court::id() const
{
    if (type == CourtType::CourDeCassation) {
        return courtTypeId(type);
    }
    return courtTypeId(type) + QLatin1Char('-') + slug;
}

QString Court::displayName() const
{
    if (type == CourtType::CourDeCassation) {
        return courtTypeLabel(type);
    }
    // French elides "de" before a vowel ("cour d'appel d'Agen"); translations choose per variant.
    const QString folded = text::fold(seat);
    const QChar first = folded.isEmpty() ? QChar() : folded.front();
    const bool vowel = QStringLiteral("aeiouy").contains(first);
    return vowel ? JurisdictionText::tr("%1 of %2", "court type, then a seat starting with a vowel")
                       .arg(courtTypeLabel(type), seat)
                 : JurisdictionText::tr("%1 of %2", "court type, then its seat")
                       .arg(courtTypeLabel(type), seat);
}

Result<JurisdictionDirectory> JurisdictionDirectory::fromJson(const QByteArray& json)
{
    auto parsed = json::parse(json);
    if (!parsed) {
        return parsed.error();
    }
    const QJsonObject root = parsed->toObject();
    JurisdictionDirectory directory;
    directory.m_source = root.value(QLatin1String("source")).toString();
    directory.m_courts.push_back({CourtType::CourDeCassation, QStringLiteral("Paris"), QString(), 0});

    for (const QJsonValue& value : root.value(QLatin1String("authorities")).toArray()) {
        const QJsonObject object = value.toObject();
        NamedAuthority authority{object.value(QLatin1String("id")).toString(),
                                 object.value(QLatin1String("institution")).toString(),
                                 object.value(QLatin1String("label")).toString(),
                                 object.value(QLatin1String("source")).toString()};
        // "institution:head", as the courts' ids are; each with the text that makes it a recipient.
        const qsizetype separator = authority.id.indexOf(QLatin1Char(':'));
        if (separator <= 0 || separator == authority.id.size() - 1 || authority.institution.isEmpty() ||
            authority.label.isEmpty() || authority.source.isEmpty()) {
            return Error::unusable(
                JurisdictionText::tr("jurisdictions: an authority needs an id (institution:head), an "
                                     "institution, a label and a source"));
        }
        if (directory.namedAuthority(authority.id)) {
            return Error::unusable(
                JurisdictionText::tr("jurisdictions: the authority %1 is listed twice").arg(authority.id));
        }
        directory.m_authorities.push_back(std::move(authority));
    }

    for (const QJsonValue& courValue : root.value(QLatin1String("cours")).toArray()) {
        const QJsonObject courObject = courValue.toObject();
        const QString seat = courObject.value(QLatin1String("seat")).toString();
        if (seat.isEmpty()) {
            return Error::unusable(JurisdictionText::tr("jurisdictions: a cour d'appel has no seat"));
        }
        const int courIndex = int(directory.m_courts.size());
        directory.m_courts.push_back({CourtType::CourAppel, seat, text::slug(seat), courIndex});
        const QJsonArray tribunals = courObject.value(QLatin1String("tribunals")).toArray();
        if (tribunals.isEmpty()) {
            return Error::unusable(
                JurisdictionText::tr("jurisdictions: the cour d'appel de %1 has no tribunal").arg(seat));
        }
        for (const QJsonValue& tribunalValue : tribunals) {
            const QJsonObject tribunal = tribunalValue.toObject();
            const auto type = courtTypeFromId(tribunal.value(QLatin1String("type")).toString());
            const QString tribunalSeat = tribunal.value(QLatin1String("seat")).toString();
            if (!type ||
                (*type != CourtType::TribunalJudiciaire && *type != CourtType::TribunalPremiereInstance) ||
                tribunalSeat.isEmpty()) {
                return Error::unusable(
                    JurisdictionText::tr("jurisdictions: invalid tribunal in the ressort of %1").arg(seat));
            }
            if (directory.find(*type, tribunalSeat)) {
                return Error::unusable(JurisdictionText::tr("jurisdictions: %1 %2 is listed twice")
                                           .arg(courtTypeId(*type), tribunalSeat));
            }
            directory.m_courts.push_back({*type, tribunalSeat, text::slug(tribunalSeat), courIndex});
        }
    }
    return directory;
}

const NamedAuthority* JurisdictionDirectory::namedAuthority(const QString& id) const
{
    for (const NamedAuthority& authority : m_authorities) {
        if (authority.id == id) {
            return &authority;
        }
    }
    return nullptr;
}

const JurisdictionDirectory& JurisdictionDirectory::builtIn()
{
    static const JurisdictionDirectory directory =
        detail::loadBuiltIn<JurisdictionDirectory>(QStringLiteral(":/probitas/data/jurisdictions.json"));
    return directory;
}

const Court* JurisdictionDirectory::find(CourtType type, const QString& seat) const
{
    if (type == CourtType::CourDeCassation) {
        return m_courts.empty() ? nullptr : &m_courts.front();
    }
    const QString wanted = text::slug(seat);
    for (const Court& court : m_courts) {
        if (court.type == type && court.slug == wanted) {
            return &court;
        }
    }
    return nullptr;
}

QStringList JurisdictionDirectory::closestSeats(CourtType type, const QString& seat, int count) const
{
    const QString wanted = text::slug(seat);
    // No seat is that long: comparing a value of a hostile file with each would cost its length times theirs.
    if (wanted.size() > 64) {
        return {};
    }
    std::vector<std::pair<int, const Court*>> ranked;
    for (const Court& court : m_courts) {
        if (court.type != type) {
            continue;
        }
        int distance = text::levenshtein(wanted, court.slug);
        if (!wanted.isEmpty() && court.slug.startsWith(wanted)) {
            distance = 0; // a seat that starts with what was typed ("aix", "nanter") is the best guess
        }
        ranked.emplace_back(distance, &court);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& left, const auto& right) { return left.first < right.first; });
    QStringList seats;
    for (const auto& [distance, court] : ranked) {
        if (seats.size() >= count) {
            break;
        }
        seats << court->seat;
    }
    return seats;
}

Result<const Court*> JurisdictionDirectory::resolve(CourtType type, const QString& seat) const
{
    if (const Court* court = find(type, seat)) {
        return court;
    }
    const QStringList closest = closestSeats(type, seat);
    if (closest.isEmpty()) {
        return Error::unusable(JurisdictionText::tr("unknown court: no %1 at \"%2\"")
                                   .arg(courtTypeLabel(type), shownInput(seat)),
                               QStringLiteral("court.unknown"));
    }
    return Error::unusable(JurisdictionText::tr("unknown court: no %1 at \"%2\"; did you mean %3?")
                               .arg(courtTypeLabel(type), shownInput(seat),
                                    closest.join(JurisdictionText::tr(", ", "list separator"))),
                           QStringLiteral("court.unknown"));
}

const Court& JurisdictionDirectory::appealCourtOf(const Court& court) const
{
    if (court.type == CourtType::CourDeCassation || court.appealCourt < 0) {
        return court;
    }
    return m_courts.at(std::size_t(court.appealCourt));
}

std::vector<const Court*> JurisdictionDirectory::cours() const
{
    std::vector<const Court*> result;
    for (const Court& court : m_courts) {
        if (court.type == CourtType::CourAppel) {
            result.push_back(&court);
        }
    }
    return result;
}

std::vector<const Court*> JurisdictionDirectory::tribunalsOf(const Court& cour) const
{
    std::vector<const Court*> result;
    const int courIndex = int(&cour - m_courts.data());
    for (const Court& court : m_courts) {
        if (court.type != CourtType::CourAppel && court.type != CourtType::CourDeCassation &&
            court.appealCourt == courIndex) {
            result.push_back(&court);
        }
    }
    return result;
}

} // namespace probitas
