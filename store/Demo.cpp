#include "Demo.h"

#include "AtomicFile.h"
#include "CertificateAuthority.h"
#include "Clock.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace probitas::store {

namespace {

struct Member
{
    DemoMember published;
    crypto::Identity identity;
    std::optional<Role> role;
    QString declaration; // resource names of the sample declarations filed by this member
    QString secondDeclaration;
};

QString slug(const QString& name)
{
    QString text;
    for (const QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            text += c.toLower();
        } else if (c.category() != QChar::Mark_NonSpacing && !text.endsWith(QLatin1Char('-'))) {
            text += QLatin1Char('-');
        }
    }
    while (text.endsWith(QLatin1Char('-'))) {
        text.chop(1);
    }
    return text;
}

Result<QByteArray> demoResource(const QString& resource)
{
    QFile file(QStringLiteral(":/probitas/store/demo/") + resource);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::environment(
            Store::tr("the demo document %1 is missing from the program").arg(resource));
    }
    return file.readAll();
}

Result<Declaration> sample(const QString& resource)
{
    auto bytes = demoResource(resource);
    if (!bytes) {
        return bytes.error();
    }
    auto decoded = DeclarationCodec::decode(*bytes);
    if (!decoded) {
        return decoded.error();
    }
    Declaration declaration = std::move(decoded).value();
    const QDate installed = demoInstalledOn(resource, Clock::today());
    if (declaration.profile) {
        declaration.profile->installedOn = installed;
    }
    declaration.declarant.values[QStringLiteral("dateInstallation")] = installed;
    return declaration;
}

const crypto::Identity* identityOf(const std::vector<Member>& members, const QString& authorityId,
                                   const QString& name = {})
{
    for (const Member& member : members) {
        if ((!authorityId.isEmpty() && member.published.authorityId == authorityId) ||
            (!name.isEmpty() && member.published.name == name)) {
            return &member.identity;
        }
    }
    return nullptr;
}

// The juge's DI has had its entretien with the président (held, its fiche acknowledged); the procureur has
// asked the collège's avis on the substitut's DI, and the collège has answered: something to show in each
// authority's workspace and in the declarants'.
Status entretienAndAvis(Store& store, const std::vector<Member>& members, const QString& jugeDi,
                        const QString& substitutDi)
{
    const crypto::Identity* president = identityOf(members, QStringLiteral("tj-nanterre:president"));
    const crypto::Identity* procureur = identityOf(members, QStringLiteral("tj-nanterre:procureur"));
    const crypto::Identity* college = identityOf(members, authorities::College);
    const crypto::Identity* juge = identityOf(members, {}, QStringLiteral("Hélène Durand-Lefèvre"));
    if (!president || !procureur || !college || !juge || jugeDi.isEmpty() || substitutDi.isEmpty()) {
        return Error::environment(Store::tr("the demo organisation is incomplete"));
    }
    const QDateTime now = Clock::nowUtc();
    auto entretien =
        store.entretiens().schedule(jugeDi, *president, now.addSecs(-3600),
                                    QStringLiteral("Tribunal judiciaire de Nanterre, cabinet du président"));
    if (!entretien) {
        return entretien.error();
    }
    auto ficheJson = demoResource(QStringLiteral("fiche-juge.json"));
    if (!ficheJson) {
        return ficheJson.error();
    }
    auto fiche = EntretienCodec::decodeFiche(*ficheJson);
    if (!fiche) {
        return fiche.error();
    }
    fiche.value().declarationId = jugeDi;
    fiche.value().date = Clock::today();
    if (Status recorded = store.entretiens().record(*entretien, *president, *fiche); !recorded) {
        return recorded;
    }
    if (auto acknowledged = store.entretiens().acknowledge(*entretien, *juge); !acknowledged) {
        return acknowledged.error();
    }

    auto question = demoResource(QStringLiteral("avis-question-substitut.txt"));
    if (!question) {
        return question.error();
    }
    auto request = store.avis().request(substitutDi, *procureur, QString::fromUtf8(*question).trimmed());
    if (!request) {
        return request.error();
    }
    auto avisJson = demoResource(QStringLiteral("avis-substitut.json"));
    if (!avisJson) {
        return avisJson.error();
    }
    auto avis = EntretienCodec::decodeAvis(*avisJson);
    if (!avis) {
        return avis.error();
    }
    avis.value().declarationId = substitutDi;
    avis.value().requestId = *request;
    avis.value().date = Clock::today();
    return store.avis().record(*request, *college, *avis);
}

// The HATVP has asked the président for explanations on his DSP (art. 7-3 IV) and awaits his answer: a
// control in progress, on both sides.
Status hatvpControl(Store& store, const std::vector<Member>& members, const QString& presidentDsp)
{
    const crypto::Identity* hatvp = identityOf(members, authorities::Hatvp);
    if (!hatvp || presidentDsp.isEmpty()) {
        return Error::environment(Store::tr("the demo organisation is incomplete"));
    }
    auto question = demoResource(QStringLiteral("control-question-president.txt"));
    if (!question) {
        return question.error();
    }
    auto request =
        store.controls().requestExplanation(presidentDsp, *hatvp, QString::fromUtf8(*question).trimmed());
    if (!request) {
        return request.error();
    }
    return Done{};
}

} // namespace

QDate demoInstalledOn(const QString& sample, QDate madeOn)
{
    // The président and the juge file within the two months of art. 7-2 and 7-3; the substitut files three
    // months after his ran out: "Mes obligations" and the président's dashboard show one late filing,
    // deliberately.
    if (sample == QLatin1String("di-substitut.json")) {
        return madeOn.addDays(-150);
    }
    if (sample == QLatin1String("di-juge.json")) {
        return madeOn.addDays(-25);
    }
    if (sample.endsWith(QLatin1String("-membre-cc.json"))) {
        return madeOn.addDays(-20);
    }
    return madeOn.addDays(-40);
}

Result<QList<DemoMember>> createDemo(Store& store, const QString& directory)
{
    if (!QDir().mkpath(directory)) {
        return Error::environment(Store::tr("%1: cannot create the folder").arg(directory));
    }
    auto ca = crypto::CertificateAuthority::createRoot(QStringLiteral("CA Probitas (démo)"),
                                                       QStringLiteral("Probitas démo"));
    if (!ca) {
        return ca.error();
    }
    struct Spec
    {
        const char* name;
        std::optional<Role> role;
        const char* authority;
        const char* declaration;
        const char* second;
    };
    const Spec specs[] = {
        {"Jean-Baptiste Moreau", Role::Authority, "tj-nanterre:president", "di-president.json",
         "dsp-president.json"},
        {"Claire Fontaine", Role::Authority, "tj-nanterre:procureur", nullptr, nullptr},
        {"Bernard Lacoste", Role::Authority, "ca-versailles:premier-president", nullptr, nullptr},
        {"Isabelle Roux", Role::Authority, "ca-versailles:procureur-general", nullptr, nullptr},
        {"Collège de déontologie des magistrats", Role::Authority, "college-de-deontologie", nullptr,
         nullptr},
        {"Haute Autorité pour la transparence de la vie publique", Role::Authority, "hatvp", nullptr,
         nullptr},
        {"Conseil supérieur de la magistrature", Role::Authority, "csm", nullptr, nullptr},
        {"Garde des sceaux", Role::Authority, "garde-des-sceaux", nullptr, nullptr},
        {"Inspection générale de la justice", Role::Authority, "inspection-generale-de-la-justice", nullptr,
         nullptr},
        {"Président du Conseil constitutionnel", Role::Authority, "conseil-constitutionnel:president",
         nullptr, nullptr},
        {"Auditeur interne", Role::Auditor, nullptr, nullptr, nullptr},
        {"Administrateur", Role::Admin, nullptr, nullptr, nullptr},
        {"Hélène Durand-Lefèvre", Role::Declarant, nullptr, "di-juge.json", nullptr},
        {"Thomas Nguyen", Role::Declarant, nullptr, "di-substitut.json", nullptr},
        {"Mathilde Vasseur", Role::Declarant, nullptr, "di-membre-cc.json", "dsp-membre-cc.json"},
    };
    std::vector<Member> members;
    members.push_back(
        {{QStringLiteral("CA Probitas (démo)"), QStringLiteral("ca"), {}, {}, {}}, *ca, {}, {}, {}});
    for (const Spec& spec : specs) {
        const QString name = QString::fromUtf8(spec.name);
        auto identity = crypto::CertificateAuthority::issue(
            *ca, {name, QStringLiteral("Probitas démo"), crypto::KeyAlgorithm::EcP256, 730});
        if (!identity) {
            return identity.error();
        }
        members.push_back({{name, roleId(*spec.role), QString::fromLatin1(spec.authority), {}, {}},
                           *identity,
                           spec.role,
                           QString::fromLatin1(spec.declaration),
                           QString::fromLatin1(spec.second)});
    }
    for (Member& member : members) {
        const QString stem = slug(member.published.name);
        member.published.identityFile = stem + QStringLiteral(".p12");
        member.published.passphrase = QStringLiteral("demo-%1-passphrase").arg(stem.left(24));
    }
    // PBKDF2 at 600,000 iterations dominates: protect the files on every core.
    const auto saved = QtConcurrent::blockingMapped(members, [&directory](const Member& member) {
        return member.identity.save(directory + QLatin1Char('/') + member.published.identityFile,
                                    crypto::SecureBytes::fromUtf8(member.published.passphrase));
    });
    for (const Status& status : saved) {
        if (!status) {
            return status.error();
        }
    }
    // The administrator first: they add themselves, then everyone else (each addition audited).
    const auto admin = std::find_if(members.begin(), members.end(),
                                    [](const Member& member) { return member.role == Role::Admin; });
    if (admin == members.end()) {
        return Error::environment(Store::tr("the demo organisation is incomplete"));
    }
    const crypto::Identity administrator = admin->identity;
    if (auto added = store.administration().addPerson(administrator, admin->published.name, Role::Admin, {},
                                                      administrator.certificate());
        !added) {
        return added.error();
    }
    QList<DemoMember> published;
    for (Member& member : members) {
        published << member.published;
        if (!member.role || member.role == Role::Admin) {
            continue;
        }
        std::optional<Profile> profile;
        if (!member.declaration.isEmpty()) {
            auto declaration = sample(member.declaration);
            if (!declaration) {
                return declaration.error();
            }
            profile = declaration->profile;
        }
        if (auto added = store.administration().addPerson(administrator, member.published.name, *member.role,
                                                          member.published.authorityId,
                                                          member.identity.certificate(), profile);
            !added) {
            return added.error();
        }
    }
    QString juge;
    QString substitut;
    QString presidentDsp;
    for (const Member& member : members) {
        for (const QString& resource : {member.declaration, member.secondDeclaration}) {
            if (resource.isEmpty()) {
                continue;
            }
            auto declaration = sample(resource);
            if (!declaration) {
                return declaration.error();
            }
            auto id = store.declarations().file(*declaration, member.identity);
            if (!id) {
                return id.error();
            }
            if (resource == QLatin1String("di-juge.json")) {
                juge = *id;
            } else if (resource == QLatin1String("dsp-president.json")) {
                presidentDsp = *id;
            } else if (resource == QLatin1String("di-substitut.json")) {
                substitut = *id;
            }
        }
    }
    // The président of TJ Nanterre acknowledges the juge's DI, so the demo shows a receipt.
    for (const Member& member : members) {
        if (member.published.authorityId == QLatin1String("tj-nanterre:president") && !juge.isEmpty()) {
            if (auto receipt = store.declarations().acknowledge(juge, member.identity); !receipt) {
                return receipt.error();
            }
        }
    }
    if (Status shown = entretienAndAvis(store, members, juge, substitut); !shown) {
        return shown.error();
    }
    if (Status controlled = hatvpControl(store, members, presidentDsp); !controlled) {
        return controlled.error();
    }
    QJsonArray json;
    for (const DemoMember& member : published) {
        json.append(QJsonObject{
            {QStringLiteral("name"), member.name},
            {QStringLiteral("role"), member.role},
            {QStringLiteral("authority"),
             member.authorityId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(member.authorityId)},
            {QStringLiteral("identity"), member.identityFile},
            {QStringLiteral("passphrase"), member.passphrase},
        });
    }
    if (Status written = crypto::writeFileAtomically(directory + QStringLiteral("/demo.json"),
                                                     QJsonDocument(json).toJson(QJsonDocument::Indented));
        !written) {
        return written.error();
    }
    return published;
}

} // namespace probitas::store
