#include "StoreSeeder.h"

#include "AuditChain.h"
#include "BenchSupport.h"
#include "CertificateAuthority.h"
#include "Clock.h"
#include "Digest.h"
#include "Jurisdictions.h"
#include "Obligations.h"
#include "Signature.h"
#include "StoreSql.h"
#include "internal/OpenSsl.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <random>
#include <thread>

namespace probitas::store::seeding {

namespace {

// ---- the organisation's layout ---------------------------------------------------------------------------

// A magistrate's posting.
Profile posting(const Court& court, Formation formation, Rank rank, QDate installedOn)
{
    Profile profile;
    profile.status = MagistrateStatus::Titulaire;
    profile.formation = formation;
    profile.court =
        CourtReference{court.type, court.type == CourtType::CourDeCassation ? QString() : court.seat};
    profile.rank = rank;
    profile.installedOn = installedOn;
    return profile;
}

// The authority id a head of court holds, as the obligation rules name it.
QString headAuthority(const Court& court, Formation formation)
{
    const bool tribunal =
        court.type == CourtType::TribunalJudiciaire || court.type == CourtType::TribunalPremiereInstance;
    if (formation == Formation::Siege) {
        return court.id() + (tribunal ? QStringLiteral(":president") : QStringLiteral(":premier-president"));
    }
    return court.id() + (tribunal ? QStringLiteral(":procureur") : QStringLiteral(":procureur-general"));
}

struct Seat
{
    const Court* court;
    Formation formation;
    Rank rank;
};

// Who the organisation's people are, before their keys: (name, role, authority, posting).
std::vector<SeedPerson> layout(int count)
{
    const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
    std::vector<SeedPerson> people;
    people.push_back({QStringLiteral("Administrateur"), Role::Admin, {}, {}, {}});
    people.push_back({QStringLiteral("Auditeur"), Role::Auditor, {}, {}, {}});
    for (const char* authority : {"college-de-deontologie", "hatvp", "csm", "garde-des-sceaux",
                                  "inspection-generale-de-la-justice"}) {
        people.push_back(
            {QString::fromLatin1(authority), Role::Authority, QString::fromLatin1(authority), {}, {}});
    }
    const Court* caParis = directory.find(CourtType::CourAppel, QStringLiteral("Paris"));
    const Court* tjParis = directory.find(CourtType::TribunalJudiciaire, QStringLiteral("Paris"));
    const Court& cassation = directory.courDeCassation();
    if (!caParis || !tjParis) {
        qFatal("the built-in directory has no Paris");
    }
    // The courts with their heads: every one for a store of the whole judiciary; Paris and the Cour de
    // cassation alone for the smaller stores of the smoke runs.
    std::vector<const Court*> courts{&cassation, caParis, tjParis};
    const int magistrates = count - int(people.size());
    if (magistrates >= 2000) {
        for (const Court& court : directory.courts()) {
            if (&court != &cassation && &court != caParis && &court != tjParis) {
                courts.push_back(&court);
            }
        }
    }
    // Installation dates over the decade, the same for every run.
    std::mt19937 random(13);
    const QDate first(2016, 1, 1);
    const auto installedOn = [&] { return first.addDays(qint64(random() % 3800)); };
    int number = 0;
    const auto add = [&](const Seat& seat, Role role, const QString& authority) {
        ++number;
        const QString name = QStringLiteral("Magistrat %1 (%2)")
                                 .arg(number, 5, 10, QLatin1Char('0'))
                                 .arg(seat.court->displayName());
        people.push_back(
            {name, role, authority, posting(*seat.court, seat.formation, seat.rank, installedOn()), {}});
    };
    for (const Court* court : courts) {
        for (Formation formation : {Formation::Siege, Formation::Parquet}) {
            add({court, formation, Rank::Chef}, Role::Authority, headAuthority(*court, formation));
        }
    }
    // The rest in the proportions of the figures: the cour d'appel of Paris (about 500 magistrates its
    // premier président follows) and the tribunal judiciaire of Paris (the largest inbox), the Cour de
    // cassation, then every other court in turn.
    const int rest = std::max(0, count - int(people.size()));
    const auto share = [rest](int per8600) { return int(qint64(rest) * per8600 / 8600); };
    const std::vector<std::pair<Seat, int>> fixed{
        {{caParis, Formation::Siege, Rank::Magistrat}, share(490)},
        {{caParis, Formation::Parquet, Rank::Magistrat}, share(120)},
        {{tjParis, Formation::Siege, Rank::Magistrat}, share(800)},
        {{tjParis, Formation::Parquet, Rank::Magistrat}, share(250)},
        {{&cassation, Formation::Siege, Rank::Magistrat}, share(120)},
        {{&cassation, Formation::Parquet, Rank::Magistrat}, share(40)},
    };
    for (const auto& [seat, howMany] : fixed) {
        for (int i = 0; i < howMany; ++i) {
            add(seat, Role::Declarant, {});
        }
    }
    std::vector<Seat> others;
    for (size_t i = 3; i < courts.size(); ++i) {
        others.push_back({courts[i], Formation::Siege, Rank::Magistrat});
        others.push_back({courts[i], Formation::Parquet, Rank::Magistrat});
        others.push_back({courts[i], Formation::Siege, Rank::Magistrat});
    }
    if (others.empty()) {
        others.push_back({tjParis, Formation::Siege, Rank::Magistrat});
    }
    for (size_t i = 0; int(people.size()) < count; ++i) {
        add(others[i % others.size()], Role::Declarant, {});
    }
    return people;
}

// ---- keys, cached in the build folder -----------------------------------------------------------------

QByteArray keyDer(const crypto::Identity& identity)
{
    EVP_PKEY* key = crypto::detail::keyOf(identity);
    unsigned char* out = nullptr;
    const int length = i2d_PrivateKey(key, &out);
    QByteArray der(reinterpret_cast<const char*>(out), length);
    OPENSSL_free(out);
    return der;
}

crypto::Identity identityFromDer(const QByteArray& key, const QByteArray& certificate,
                                 const QList<crypto::Certificate>& caCertificates)
{
    const auto* keyCursor = reinterpret_cast<const unsigned char*>(key.constData());
    const auto* certificateCursor = reinterpret_cast<const unsigned char*>(certificate.constData());
    crypto::detail::PkeyPtr pkey(d2i_AutoPrivateKey(nullptr, &keyCursor, key.size()));
    crypto::detail::X509Ptr x509(d2i_X509(nullptr, &certificateCursor, certificate.size()));
    if (!pkey || !x509) {
        return {};
    }
    return crypto::detail::identityFrom(std::move(pkey), std::move(x509), caCertificates);
}

constexpr quint32 kCacheMagic = 0x5052'4f31; // "PRO1"

bool readCache(const QString& path, SeedOrganisation& organisation)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return false;
    }
    QDataStream in(&file);
    quint32 magic = 0;
    qint32 count = 0;
    QByteArray caKey, caCertificate;
    in >> magic >> count >> caKey >> caCertificate;
    if (magic != kCacheMagic || count != qint32(organisation.people.size())) {
        return false;
    }
    organisation.ca = identityFromDer(caKey, caCertificate, {});
    if (organisation.ca.isNull()) {
        return false;
    }
    const QList<crypto::Certificate> anchors{organisation.ca.certificate()};
    for (SeedPerson& person : organisation.people) {
        QByteArray key, certificate;
        in >> key >> certificate;
        person.identity = identityFromDer(key, certificate, anchors);
        // A certificate expires: keys older than a year are made again.
        if (person.identity.isNull() ||
            person.identity.certificate().notAfter() < Clock::nowUtc().addDays(365)) {
            return false;
        }
    }
    return in.status() == QDataStream::Ok;
}

void writeCache(const QString& path, const SeedOrganisation& organisation)
{
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly)) {
        return;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QDataStream out(&file);
    out << kCacheMagic << qint32(organisation.people.size()) << keyDer(organisation.ca)
        << organisation.ca.certificate().toDer();
    for (const SeedPerson& person : organisation.people) {
        out << keyDer(person.identity) << person.identity.certificate().toDer();
    }
    file.commit();
}

// ---- the trail, written in batches --------------------------------------------------------------------

struct Batch
{
    QVariantList declarations, envelopes, recipients, audit;
};

// Inserts `values` (rows of `columns` values each) into `table`, `perStatement` rows per INSERT.
Status insertRows(const Connection& connection, const QString& table, int columns, const QVariantList& values,
                  int perStatement)
{
    const qsizetype rows = values.size() / columns;
    QString row = QStringLiteral("(") + QStringLiteral("?, ").repeated(columns - 1) + QStringLiteral("?)");
    for (qsizetype start = 0; start < rows; start += perStatement) {
        const qsizetype count = std::min<qsizetype>(perStatement, rows - start);
        QStringList placeholders;
        for (qsizetype i = 0; i < count; ++i) {
            placeholders << row;
        }
        auto inserted =
            connection.exec(QStringLiteral("INSERT INTO %1 VALUES %2").arg(table, placeholders.join(u',')),
                            values.mid(start * columns, count * columns));
        if (!inserted) {
            return inserted.error();
        }
    }
    return success();
}

// A bounded queue between the thread that signs the chain and the one that writes it.
class BatchQueue
{
public:
    void push(std::optional<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [this] { return m_batches.size() < 4; });
        m_batches.push_back(std::move(batch));
        m_notEmpty.notify_one();
    }
    std::optional<Batch> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [this] { return !m_batches.empty(); });
        std::optional<Batch> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_notFull.notify_one();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<std::optional<Batch>> m_batches;
};

// What a magistrate's filings are routed to (person indices) and on which basis.
struct Route
{
    QStringList authorities; // authority ids, as the "file" entry records them
    QString basis;
    std::vector<int> people; // the recipients' indices in the organisation, the declarant's among them
};

struct Filing
{
    int declarant = 0;
    DeclarationKind kind = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
};

} // namespace

SeedSizes SeedSizes::fromEnvironment()
{
    SeedSizes sizes;
    sizes.people = bench::positiveFrom("PROBITAS_SCALE_PEOPLE", sizes.people);
    sizes.declarations = bench::positiveFrom("PROBITAS_SCALE_DECLARATIONS", sizes.declarations);
    sizes.auditEntries = bench::positiveFrom("PROBITAS_SCALE_ENTRIES", int(sizes.auditEntries));
    sizes.envelopeBytes = bench::positiveFrom("PROBITAS_SCALE_ENVELOPE", sizes.envelopeBytes);
    return sizes;
}

QString SeedSizes::toString() const
{
    return QStringLiteral("%1 people, %2 declarations, %3 audit entries, %4-byte envelopes")
        .arg(people)
        .arg(declarations)
        .arg(auditEntries)
        .arg(envelopeBytes);
}

const SeedPerson* SeedOrganisation::byAuthority(const QString& authorityId) const
{
    for (const SeedPerson& person : people) {
        if (person.role == Role::Authority && person.authorityId == authorityId) {
            return &person;
        }
    }
    return nullptr;
}

Result<SeedOrganisation> SeedOrganisation::make(int count, const QString& cachePath)
{
    SeedOrganisation organisation;
    organisation.people = layout(std::max(count, 20));
    if (readCache(cachePath, organisation)) {
        return organisation;
    }
    auto ca =
        crypto::CertificateAuthority::createRoot(QStringLiteral("CA de charge"), QStringLiteral("Probitas"));
    if (!ca) {
        return ca.error();
    }
    organisation.ca = *ca;
    for (SeedPerson& person : organisation.people) {
        auto identity = crypto::CertificateAuthority::issue(
            organisation.ca,
            {person.name.left(64), QStringLiteral("Probitas"), crypto::KeyAlgorithm::EcP256, 3000});
        if (!identity) {
            return identity.error();
        }
        person.identity = *identity;
    }
    writeCache(cachePath, organisation);
    return organisation;
}

Result<SeedReport> seed(Store& store, const SeedOrganisation& organisation, const SeedSizes& sizes)
{
    using namespace sql;
    SeedReport report;
    const Connection& connection = store.connection();
    {
        auto count = fetch(connection, QStringLiteral("SELECT COUNT(*) FROM audit"));
        if (!count) {
            return count.error();
        }
        if (count->front().at(0).toLongLong() != 0) {
            return Error::invalid(QStringLiteral("the store to seed is not empty"));
        }
    }
    // A seeding is redone from scratch when interrupted: the commits need not wait for the disk.
    if (auto relaxed = connection.exec(connection.backend() == Backend::Sqlite
                                           ? QStringLiteral("PRAGMA synchronous=OFF")
                                           : QStringLiteral("SET synchronous_commit = off"));
        !relaxed) {
        return relaxed.error();
    }

    // The directory, through its own code: one signed statement per person.
    QElapsedTimer timer;
    timer.start();
    const SeedPerson& admin = organisation.administrator();
    std::vector<QString> personIds(organisation.people.size());
    std::map<QString, int> byAuthority;
    for (size_t i = 0; i < organisation.people.size(); ++i) {
        const SeedPerson& person = organisation.people[i];
        auto added =
            store.administration().addPerson(admin.identity, person.name, person.role, person.authorityId,
                                             person.identity.certificate(), person.posting);
        if (!added) {
            return added.error();
        }
        personIds[i] = added->id;
        if (person.role == Role::Authority) {
            byAuthority[person.authorityId] = int(i);
        }
    }
    report.directorySeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();

    // Where each magistrate's DI (installation, modification) and DSP (installation) go.
    const ObligationRules& rules = ObligationRules::builtIn();
    const JurisdictionDirectory& courts = JurisdictionDirectory::builtIn();
    std::map<std::pair<int, int>, Route> routes; // (person, kind * 8 + event)
    const auto routeKey = [](DeclarationKind kind, DeclarationEvent event) {
        return int(kind) * 8 + int(event);
    };
    std::vector<std::vector<Filing>> owed(organisation.people.size());
    for (size_t i = 0; i < organisation.people.size(); ++i) {
        const SeedPerson& person = organisation.people[i];
        if (!person.posting) {
            continue;
        }
        Profile profile = *person.posting;
        profile.changedOn = profile.installedOn.addYears(1);
        auto computed = rules.compute(profile, courts, rules.defaultRegime());
        if (!computed) {
            return Error::invalid(
                QStringLiteral("no obligations for %1: %2").arg(person.name, computed.error().message));
        }
        for (const Obligation& obligation : computed->obligations) {
            if (obligation.event == DeclarationEvent::Cessation) {
                continue;
            }
            Route route{obligation.recipients, obligation.basis, {int(i)}};
            for (const QString& authority : obligation.recipients) {
                if (auto found = byAuthority.find(authority); found != byAuthority.end()) {
                    route.people.push_back(found->second);
                }
            }
            if (route.people.size() > 1) {
                routes[{int(i), routeKey(obligation.declaration, obligation.event)}] = route;
                owed[i].push_back({int(i), obligation.declaration, obligation.event});
            }
        }
    }
    // Round after round, each magistrate files their next declaration (the installation first, then
    // complementary declarations after a change), in an order shuffled the same way at each run.
    std::mt19937 random(2026);
    std::vector<Filing> filings;
    filings.reserve(size_t(sizes.declarations));
    for (int round = 0; int(filings.size()) < sizes.declarations; ++round) {
        std::vector<Filing> thisRound;
        for (const auto& magistrate : owed) {
            if (magistrate.empty()) {
                continue;
            }
            Filing filing =
                size_t(round) < magistrate.size() ? magistrate[size_t(round)] : magistrate.front();
            if (size_t(round) >= magistrate.size()) {
                // Later rounds: a complementary DI after a change, when the DI has such a route.
                filing.kind = DeclarationKind::Interets;
                filing.event = DeclarationEvent::Modification;
                if (!routes.count({filing.declarant, routeKey(filing.kind, filing.event)})) {
                    continue;
                }
            }
            thisRound.push_back(filing);
        }
        if (thisRound.empty()) {
            return Error::invalid(QStringLiteral("nobody to file"));
        }
        std::shuffle(thisRound.begin(), thisRound.end(), random);
        for (const Filing& filing : thisRound) {
            if (int(filings.size()) < sizes.declarations) {
                filings.push_back(filing);
            }
        }
    }

    // The chain goes on from the directory's statements.
    AuditEntry last;
    {
        auto rows =
            fetch(connection, QStringLiteral("SELECT sequence, at, hash, signature FROM audit ORDER BY "
                                             "sequence DESC LIMIT 1"));
        if (!rows || rows->empty()) {
            return Error::invalid(QStringLiteral("the directory left no entry"));
        }
        last.sequence = rows->front().at(0).toLongLong();
        last.at = parseTimestamp(rows->front().at(1).toString());
        last.hash = rows->front().at(2).toString();
        last.signature = rows->front().at(3).toByteArray();
    }
    const qint64 opens = std::max<qint64>(0, sizes.auditEntries - last.sequence - qint64(filings.size()));
    QByteArray envelope(sizes.envelopeBytes, Qt::Uninitialized);
    QRandomGenerator(7).fillRange(reinterpret_cast<quint32*>(envelope.data()), envelope.size() / 4);
    const QString envelopeSha256 = sha256Hex(envelope);
    const QString emptyDetails = QString::fromUtf8(compact({}));
    constexpr int kEntriesPerBatch = 2000;

    // Signing (sequential: each entry commits to its predecessor's signature) on one thread, writing on
    // this one.
    BatchQueue queue;
    std::thread signer([&] {
        struct Filed
        {
            QString id;
            std::vector<int> readers;
        };
        std::vector<Filed> filed;
        filed.reserve(filings.size());
        std::mt19937 pick(1789);
        QString previousHash = last.hash;
        QString previousSignatureHash = auditHash(last.signature);
        QDateTime previousAt = last.at;
        qint64 sequence = last.sequence;
        Batch batch;
        int inBatch = 0;
        const auto append = [&](int actor, const QString& action, const QString& declarationId,
                                const QJsonObject& details, const QString& detailsText, const QDateTime& at) {
            AuditEntry entry;
            entry.sequence = ++sequence;
            entry.at = at.isValid() ? at : std::max(previousAt, Clock::nowUtc());
            entry.actorId = personIds[size_t(actor)];
            entry.action = action;
            entry.declarationId = declarationId;
            entry.details = details;
            entry.previousHash = previousHash;
            entry.previousSignatureHash = previousSignatureHash;
            const QByteArray canonical = entry.canonical();
            entry.hash = auditHash(canonical);
            const QByteArray signature =
                crypto::Signature::sign(canonical, organisation.people[size_t(actor)].identity).value();
            batch.audit << entry.sequence << timestamp(entry.at) << entry.actorId << action
                        << (declarationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(declarationId))
                        << detailsText << previousHash << entry.hash << signature << entry.version
                        << previousSignatureHash;
            previousHash = entry.hash;
            previousSignatureHash = auditHash(signature);
            previousAt = entry.at;
            if (++inBatch == kEntriesPerBatch) {
                queue.push(std::move(batch));
                batch = Batch();
                inBatch = 0;
            }
            return entry.at;
        };
        for (size_t j = 0; j < filings.size(); ++j) {
            const Filing& filing = filings[j];
            const Route& route = routes.at({filing.declarant, routeKey(filing.kind, filing.event)});
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString envelopeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QJsonObject details{{QStringLiteral("declaration"), kindId(filing.kind)},
                                {QStringLiteral("event"), eventId(filing.event)},
                                {QStringLiteral("recipients"), QJsonArray::fromStringList(route.authorities)},
                                {QStringLiteral("basis"), route.basis},
                                {QStringLiteral("envelope-sha256"), envelopeSha256}};
            const QDateTime at = std::max(previousAt, Clock::nowUtc());
            details.insert(QStringLiteral("changed-on"),
                           filing.event == DeclarationEvent::Modification
                               ? QJsonValue(at.date().addDays(-10).toString(Qt::ISODate))
                               : QJsonValue());
            // The rows first (the entry may close the batch).
            const QString filedAt = timestamp(at);
            batch.declarations << id << personIds[size_t(filing.declarant)] << kindId(filing.kind)
                               << eventId(filing.event) << route.authorities.join(QLatin1Char(' ')) << filedAt
                               << QVariant(QMetaType(QMetaType::QString)) << QStringLiteral("filed");
            batch.envelopes << envelopeId << id << envelope << filedAt;
            for (int reader : route.people) {
                batch.recipients << envelopeId << id << personIds[size_t(reader)] << 0 << filedAt
                                 << personIds[size_t(filing.declarant)] << kindId(filing.kind)
                                 << eventId(filing.event) << route.authorities.join(QLatin1Char(' '));
            }
            append(filing.declarant, QStringLiteral("file"), id, details, QString::fromUtf8(compact(details)),
                   at);
            filed.push_back({id, route.people});
            // Then the openings by its readers that fall here, of declarations filed so far.
            const qint64 openings =
                qint64(j + 1) * opens / qint64(filings.size()) - qint64(j) * opens / qint64(filings.size());
            for (qint64 k = 0; k < openings; ++k) {
                const Filed& read = filed[pick() % filed.size()];
                append(read.readers[pick() % read.readers.size()], QStringLiteral("open"), read.id, {},
                       emptyDetails, QDateTime());
            }
        }
        if (inBatch > 0) {
            queue.push(std::move(batch));
        }
        queue.push(std::nullopt);
    });

    Status written = success();
    while (std::optional<Batch> batch = queue.pop()) {
        if (!written) {
            continue; // drain, so that the signer ends
        }
        Transaction transaction(connection);
        written = transaction.begin();
        if (written) {
            written = insertRows(connection,
                                 QStringLiteral("declarations (id, declarant_id, kind, event, recipients, "
                                                "filed_at, supersedes, status)"),
                                 8, batch->declarations, 100);
        }
        if (written) {
            written =
                insertRows(connection, QStringLiteral("envelopes (id, declaration_id, sealed, created_at)"),
                           4, batch->envelopes, 100);
        }
        if (written) {
            written =
                insertRows(connection,
                           QStringLiteral("envelope_recipients (envelope_id, declaration_id, person_id, "
                                          "forwarded, filed_at, declarant_id, kind, event, recipients)"),
                           9, batch->recipients, 100);
        }
        if (written) {
            written = insertRows(connection, QStringLiteral("audit (%1)").arg(kAuditColumns), 11,
                                 batch->audit, 200);
        }
        if (written) {
            written = transaction.commit();
        }
        report.entries += batch->audit.size() / 11;
        report.declarations += int(batch->declarations.size() / 8);
    }
    signer.join();
    if (!written) {
        return written.error();
    }
    report.entries += last.sequence;
    // The statistics autovacuum gathers on a PostgreSQL server in use. Nothing runs ANALYZE on a SQLite store
    // (its planner then goes by the indexes alone), so neither does the seeding: with statistics, SQLite
    // reads the directory's statements by their sequence instead of their action (audit_action), a scan of
    // the whole trail, since four actions hold most of the table.
    if (connection.backend() == Backend::PostgreSql) {
        if (auto analysed = connection.exec(QStringLiteral("ANALYZE")); !analysed) {
            return analysed.error();
        }
    }
    report.trailSeconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

} // namespace probitas::store::seeding
