#pragma once

#include "AccessPolicy.h"
#include "Certificate.h"
#include "Database.h"
#include "Declaration.h"
#include "Identity.h"
#include "Profile.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace probitas::store {

// Stable reasons (Error::code) for tests and logs.
namespace errors {
inline constexpr QLatin1StringView NotInDirectory("store.not-in-directory");
inline constexpr QLatin1StringView Denied("store.access-denied");
inline constexpr QLatin1StringView NotFound("store.not-found");
inline constexpr QLatin1StringView NoObligation("store.no-obligation");
inline constexpr QLatin1StringView MissingAuthority("store.missing-authority");
inline constexpr QLatin1StringView Superseded("store.superseded");
inline constexpr QLatin1StringView Invalid("store.invalid-declaration");
inline constexpr QLatin1StringView AuditBroken("store.audit-broken");
inline constexpr QLatin1StringView TooNew("store.schema-too-new");
inline constexpr QLatin1StringView Database("store.database");
} // namespace errors

// Someone in the store's directory of people, known by the SHA-256 of their certificate.
struct Person
{
    QString id;
    QString name;
    Role role = Role::Declarant;
    QString authorityId; // the authority id held, for Role::Authority ("tj-nanterre:president", "hatvp")
    crypto::Certificate certificate;
    std::optional<Profile> profile; // declarants: the latest profile filed (retention reads ceased_on)

    Actor actor() const { return {id, role, authorityId}; }
};

// The clear metadata of a filed declaration: all a list shows, never content.
struct DeclarationRecord
{
    QString id;
    QString declarantId;
    QString declarant; // name
    DeclarationKind kind = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
    QStringList recipients; // authority ids the rules named
    QDateTime filedAt;
    QString supersedes;
    QString status; // "filed", "receipt-held", "superseded", "destroyed"

    QJsonObject toJson() const;
};

// One link of the hash-chained, signed audit trail. Details are metadata only.
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime at;
    QString actorId;
    QString
        action; // "file", "open", "open-failed", "denied", "forward", "export", "acknowledge", "purge", ...
    QString declarationId;
    QJsonObject details;
    QString previousHash; // hex SHA-256 of the previous entry's canonical bytes (64 zeros for the first)
    QString hash;         // hex SHA-256 of this entry's canonical bytes
    QByteArray signature; // by the actor, over the canonical bytes

    // Compact JSON, keys sorted: {"action","actor","at","declaration","details","previous","sequence",
    // "type":"probitas-audit","version":1}.
    QByteArray canonical() const;
    QJsonObject toJson() const;
};

struct AuditReport
{
    qint64 checked = 0;
    qint64 firstBad = 0; // 0 when the chain is whole
    QString problem;     // for people: what is wrong with entry firstBad
};

// The bordereau d'émargement of one declaration.
struct Bordereau
{
    QStringList mayOpen; // names of every recipient of every envelope of it
    QString lastOpenedBy;
    QDateTime lastOpenedAt;
};

struct PurgeReport
{
    QStringList destroyed; // declaration ids destroyed (or, for a dry run, that would be)
    QStringList held;      // past retention but under a legal hold
};

// The persistence layer: sealed envelopes and the clear metadata routing needs, the people directory,
// receipts, drafts, procedures and the audit trail, with access enforced here and by the cryptography.
// One Store per thread (it owns one named connection).
class Store
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    // Opens (creating if needed) and migrates. TooNew and Failed migrations are errors.
    static Result<std::unique_ptr<Store>> open(const Location& location);
    static Result<std::unique_ptr<Store>> open(const QString& location);
    static QString defaultPath(); // AppDataLocation/probitas.sqlite
    ~Store();

    const Connection& connection() const { return *m_connection; }
    SchemaManager::Report schemaReport() const { return m_schema; }

    // Directory. Names are unique; an authority id is held by one person at a time.
    Result<Person> addPerson(const QString& name, Role role, const QString& authorityId,
                             const crypto::Certificate& certificate,
                             const std::optional<Profile>& profile = {});
    Result<Person> personById(const QString& id) const;
    Result<Person> personByName(const QString& name) const;
    Result<Person> personByAuthority(const QString& authorityId) const;
    // The directory entry of an identity, by certificate fingerprint: AccessDenied when absent.
    Result<Person> personFor(const crypto::Certificate& certificate) const;
    Result<QList<Person>> people() const;

    // Validates, computes the recipients (ObligationRules on the declaration's profile), seals for them
    // plus the declarant, and files envelope, metadata and audit entry in one transaction. Returns the id.
    Result<QString> file(const Declaration& declaration, const crypto::Identity& declarant);
    // What this identity may see (metadata only).
    Result<QList<DeclarationRecord>> list(const crypto::Identity& identity) const;
    Result<DeclarationRecord> record(const QString& id) const;
    // The verified canonical bytes; AccessDenied (audited) when the policy or the cryptography refuses.
    Result<crypto::SecureBytes> open(const QString& id, const crypto::Identity& identity);
    // Seals the declaration again for the authority holding `targetAuthorityId`, recording the basis and
    // who authorised it. Returns the new envelope's id.
    Result<QString> forward(const QString& id, const crypto::Identity& identity,
                            const QString& targetAuthorityId, const QString& basis);
    // The authority opens the envelope, signs a receipt; the receipt is stored and the status becomes
    // receipt-held. Returns the receipt (CMS, DER).
    Result<QByteArray> acknowledge(const QString& id, const crypto::Identity& authority);
    Result<QByteArray> receipt(const QString& id, const QString& authorityPersonId) const;
    // The envelope sealed to this identity, as bytes for `openssl cms` (audited as an export).
    Result<QByteArray> exportEnvelope(const QString& id, const crypto::Identity& identity);

    // Procedures (administrator): enable forwards to the CSM, the garde des sceaux or the IGJ, and with
    // `legalHold` suspend destruction. Returns the procedure id.
    Result<QString> recordProcedure(const crypto::Identity& admin, const QString& declarantName,
                                    ProcedureKind kind, bool legalHold);

    // Drafts, sealed to the declarant alone.
    Status saveDraft(const crypto::Identity& declarant, QByteArrayView canonicalBytes);
    Result<crypto::SecureBytes> openDraft(const crypto::Identity& declarant) const;
    // Removes the declarant's draft, if any (once filed, or discarded by the declarant).
    Status discardDraft(const crypto::Identity& declarant);

    // The audit entries this identity may see; the whole chain's verification (no identity needed).
    Result<QList<AuditEntry>> auditLog(const crypto::Identity& identity) const;
    Result<AuditReport> verifyAudit() const;
    Result<Bordereau> bordereau(const QString& id, const crypto::Identity& identity) const;

    // Retention: 5 years after ceased_on (CJA R.131-8), unless a legal hold is recorded.
    Result<PurgeReport> purge(const crypto::Identity& admin, bool dryRun);

private:
    explicit Store(std::unique_ptr<Connection> connection);
    Result<Actor> actorFor(const crypto::Identity& identity) const;
    Result<DeclarationFacts> facts(const QString& declarationId) const;
    // The newest envelope of a declaration sealed to this identity, once the access policy allows it to be
    // read (a refusal is audited): what open and export both start from.
    struct ReadableEnvelope
    {
        Actor actor;
        DeclarationFacts facts;
        QByteArray envelope;
    };
    Result<ReadableEnvelope> readableEnvelope(const QString& id, const crypto::Identity& identity);
    Result<std::set<ProcedureKind>> openProcedures(const QString& declarantId) const;
    // Appends inside the caller's open Transaction.
    Status appendAudit(const Actor& actor, const crypto::Identity& identity, const QString& action,
                       const QString& declarationId, const QJsonObject& details);
    // Appends in its own transaction (reads, refusals).
    Status auditAlone(const Actor& actor, const crypto::Identity& identity, const QString& action,
                      const QString& declarationId, const QJsonObject& details);
    Error denied(const Actor& actor, const crypto::Identity& identity, Action action,
                 const QString& declarationId, const QString& reason);

    std::unique_ptr<Connection> m_connection;
    SchemaManager::Report m_schema;
};

} // namespace probitas::store
