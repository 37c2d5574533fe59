#pragma once

#include "AccessPolicy.h"
#include "AuditChain.h"
#include "AuditCheckpoint.h"
#include "Certificate.h"
#include "Database.h"
#include "Declaration.h"
#include "Directory.h"
#include "EntretienFiche.h"
#include "FilingPlan.h"
#include "Identity.h"
#include "KnownHeads.h"
#include "Profile.h"
#include "RecordStatus.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <vector>

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
// An entretien or an avis request not in the state the step needs (already recorded, not held yet, ...).
inline constexpr QLatin1StringView WrongState("store.wrong-state");
// A fiche or an avis that names another declaration, request or authority than the one it is recorded for.
inline constexpr QLatin1StringView Mismatch("store.document-mismatch");
// The clock an audit entry would be dated by is behind the trail's newest entry (Environment: fix the clock).
inline constexpr QLatin1StringView ClockBehind("store.clock-behind");
} // namespace errors

// Someone in the store's directory of people, known by the SHA-256 of their certificate.
struct Person
{
    QString id;
    QString name;
    Role role = Role::Declarant;
    QString authorityId; // the authority id held, for Role::Authority ("tj-nanterre:president", "hatvp")
    crypto::Certificate certificate;
    // Magistrates: the official posting, as an administrator's statement states it (Profile::posting());
    // it alone decides the recipients, deadlines and retention of their declarations.
    std::optional<Profile> profile;
    QDateTime removedAt; // set once an administrator has removed them from the directory
    // The substantial change (art. 7-2 III, 7-3 III) the magistrate last declared: theirs alone to know, so
    // it may only add a complementary declaration to what the posting owes, never remove or reroute one.
    QDate declaredChangeOn;

    // What the obligations of a magistrate are computed on: the posting, with that declared change.
    std::optional<Profile> obligationsProfile() const
    {
        if (!profile) {
            return std::nullopt;
        }
        Profile obliged = profile->posting();
        obliged.changedOn = declaredChangeOn;
        return obliged;
    }

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
    DeclarationStatus status = DeclarationStatus::Filed;

    QJsonObject toJson() const;
};

// What a list narrows to; every criterion is applied in SQL. Empty criteria match everything.
struct ListFilter
{
    std::optional<DeclarationKind> kind;
    std::optional<DeclarationEvent> event;
    std::optional<DeclarationStatus> status;
    QString declarantName; // part of the name, case-insensitive (ASCII case only, as SQL LIKE)
    QDateTime filedFrom;   // inclusive
    QDateTime filedBefore; // exclusive
    int limit = 0;         // 0: every row; otherwise at most this many, after `offset`, oldest first
    int offset = 0;
};

// The bordereau d'émargement of one declaration.
struct Bordereau
{
    QStringList mayOpen; // names of every recipient of every envelope of it
    QString lastOpenedBy;
    QDateTime lastOpenedAt;
};

// The clear metadata of an entretien déontologique (art. 7-2 I): never what the fiche navette says.
struct EntretienRecord
{
    QString id;
    QString declarationId;
    QString declarantId;
    QString declarant;   // name
    QString authorityId; // person id of the authority holding it (the one the declaration was filed to)
    QString authority;   // the authority id it holds: "tj-nanterre:president"
    QString delegateId;  // person id of the delegate, empty when not delegated
    QDateTime scheduledAt;
    EntretienStatus status = EntretienStatus::Scheduled;
    QDateTime heldAt; // when the fiche was recorded
    QDateTime acknowledgedAt;
    InvitationState invitation = InvitationState::None; // the invitation to modify the declaration
    QDateTime invitedAt;
    QString answeredBy; // the id of the declaration that superseded this one in answer

    // {"id", "declaration", "declarant", "authority", "delegated", "scheduled_at", "status", "held_at",
    //  "acknowledged_at", "invitation", "invited_at", "answered_by"}
    QJsonObject toJson() const;
};

// The clear metadata of a request for the collège's avis (art. 7-2 II).
struct AvisRecord
{
    QString id;
    QString declarationId;
    QString declarantId;
    QString declarant;     // name
    QString requestedById; // person id of the requesting authority
    QString requestedBy;   // the authority id it holds
    QString collegeId;     // person id of the collège asked
    QString envelopeId;    // the certified copy of the declaration forwarded to the collège
    QDateTime requestedAt;
    AvisStatus status = AvisStatus::Requested;
    QDateTime answeredAt;

    // {"id", "declaration", "declarant", "requested_by", "requested_at", "status", "answered_at"}
    QJsonObject toJson() const;
};

// What a party to an entretien reads, verified: the convocation (for those convoked: the authority, the
// declarant and the delegate named at scheduling), and the fiche once the entretien is held.
struct OpenedEntretien
{
    std::optional<EntretienConvocation> convocation;
    std::optional<EntretienFiche> fiche;

    // {"convocation": {...} | null, "fiche": {...} | null}, canonical.
    QByteArray toCanonicalJson() const;
};

// What the requesting authority and the collège read, verified: the request, and the avis once given.
struct OpenedAvis
{
    AvisRequest request;
    std::optional<CollegeAvis> avis;

    // {"request": {...}, "avis": {...} | null}, canonical.
    QByteArray toCanonicalJson() const;
};

// An envelope as the auditor's bundle describes it: its SHA-256 and routing, never its bytes.
struct EnvelopeDigest
{
    QString id;
    QString declarationId;
    QString sha256; // hex, of the CMS envelope exactly as stored
    QDateTime createdAt;
    QString forwardedBy; // person id; empty for the original
    QString basis;
    QString authorisedBy;
    QStringList recipients; // person ids it is sealed to
};

struct StoredReceipt
{
    QString declarationId;
    QString authorityId; // the acknowledging authority's person id
    QByteArray receipt;  // CMS SignedData, DER
    QDateTime receivedAt;
};

// What the auditor's bundle is made of (AuditBundle.h), read as one snapshot: metadata, envelope hashes,
// receipts, the whole audit trail (ending with the export's own entry) and the directory entries of the
// people all these name. No envelope and no content.
struct AuditEvidence
{
    Person exporter;
    QList<DeclarationRecord> declarations;
    QList<EnvelopeDigest> envelopes;
    QList<StoredReceipt> receipts;
    std::vector<AuditEntry> trail;
    QList<Person> people; // the exporter, every actor, declarant, recipient and acknowledging authority
};

// A procedure recorded against a magistrate (art. 7-2 III, legal holds): clear metadata only.
struct ProcedureRecord
{
    QString id;
    QString declarantId;
    QString declarant; // name
    ProcedureKind kind = ProcedureKind::Disciplinaire;
    bool legalHold = false;
    QDateTime recordedAt;
    QString recordedBy; // person id of the administrator
    QDateTime closedAt; // invalid while the procedure is open

    bool isOpen() const { return !closedAt.isValid(); }
    // {"id", "declarant", "declarant_id", "kind", "legal_hold", "recorded_at", "closed_at" (null while open)}
    QJsonObject toJson() const;
};

// A magistrate's request to change their official posting (a new posting, a cessation): an audit entry
// signed by the magistrate, which an administrator grants (a "directory-posting" statement naming it) or
// rejects. A newer request replaces a pending one. StorePostings.cpp.
enum class PostingRequestStatus { Pending, Granted, Rejected, Replaced };
QString postingRequestStatusId(PostingRequestStatus status);

struct PostingRequest
{
    QString id;
    QString personId;
    QString name;    // the requester's name
    Profile posting; // the posting asked for
    QString note;    // the magistrate's words to the administrator (clear, in the trail: no declaration)
    QDateTime requestedAt;
    PostingRequestStatus status = PostingRequestStatus::Pending;
    QString decidedBy; // the administrator's name, once decided
    QDateTime decidedAt;
    QString reason; // of a rejection

    // {"id", "person", "name", "posting", "note", "requested_at", "status", "decided_by", "decided_at",
    //  "reason"}
    QJsonObject toJson() const;
};

// A request as the trail holds it: what the store replays, and the magistrate's signed entry.
struct PendingPostingRequest
{
    PostingRequest request;
    AuditEntry entry;    // the magistrate's signed request
    Actor administrator; // who decides it (Store::pendingRequest)
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
    struct OpenOptions
    {
        // Where this client remembers the heads it saw of each store (KnownHeads); empty: the default file.
        QString knownHeadsPath;
        // Off only for tools that write a store wholesale (the benchmarks' seeding); everything a person runs
        // checks.
        bool checkAppendOnly = true;
    };
    // Opens (creating if needed) and migrates. TooNew and Failed migrations are errors. Then checks that
    // the store is an extension of what this client saw of it last (its trail not truncated or rewritten,
    // its directory statements still there): NotAppendOnly (exit 4) naming the sequence otherwise.
    static Result<std::unique_ptr<Store>> open(const Location& location, const OpenOptions& options);
    static Result<std::unique_ptr<Store>> open(const Location& location);
    static Result<std::unique_ptr<Store>> open(const QString& location);
    // Checks the entries appended since the last check and remembers the newest head for this client (also
    // done when the Store is destroyed).
    Status rememberHead();
    // For `audit verify`, which opens a store without the check so as to examine any store: the same check,
    // against what this client remembers (KnownHeads at `knownHeadsPath`, or the default file), done last.
    Status checkKnownHead(const QString& knownHeadsPath = {});
    static QString defaultPath(); // AppDataLocation/probitas.sqlite
    ~Store();

    const Connection& connection() const { return *m_connection; }
    SchemaManager::Report schemaReport() const { return m_schema; }

    // Directory (Directory.h): every fact in it is a statement signed by an administrator in the audit
    // trail; a row that no valid statement backs is refused wherever it is used (Integrity, exit 4).
    // Names are unique; an authority id is held by one person at a time.

    // A new store's first statement: its id, the organisation's trust anchors (its CA certificates) and its
    // first administrator, who signs it with their own identity, which the anchors must have issued.
    Result<Person> initialise(const crypto::Identity& administrator, const QString& name,
                              const QList<crypto::Certificate>& anchors);
    // Adds a person ("directory-add", signed by `addedBy`, an administrator). The certificate must be issued
    // by the store's trust anchors, valid now, and allowed to sign. On a new store the first person is its
    // administrator adding themselves: initialise() with the CA certificates of their identity.
    Result<Person> addPerson(const crypto::Identity& addedBy, const QString& name, Role role,
                             const QString& authorityId, const crypto::Certificate& certificate,
                             const std::optional<Profile>& profile = {});
    // A new certificate for someone ("directory-renew"); their older signatures stay verifiable with the
    // certificates they held then.
    Result<Person> renewCertificate(const crypto::Identity& admin, const QString& name,
                                    const crypto::Certificate& certificate);
    // Removes someone ("directory-remove"): they can no longer act, nothing more is sealed for them, and
    // the authority id they held is free for a successor. What they signed stays verifiable.
    Result<Person> removePerson(const crypto::Identity& admin, const QString& name);
    // A store made before the directory was signed: the administrator (in the people table as one) vouches
    // for the directory as it stands, once: the anchor statement, then one "directory-add" per person.
    // Returns the people vouched for. WrongState when the store already has its anchor statement.
    Result<QList<Person>> adoptDirectory(const crypto::Identity& admin,
                                         const QList<crypto::Certificate>& anchors);
    // What a store made by an earlier Probitas kept as each person's situation, the one they last declared
    // (by person id): adopting it signs it as their official posting, so the prompt lists it.
    Result<std::map<QString, Profile>> declaredPostings() const;
    // Whether the directory is signed (false for a store made by an earlier Probitas, until adopted).
    Result<bool> isAdopted() const;
    // The store's id (fixed by its anchor statement) and its trust anchors, verified.
    Result<QString> storeId() const;
    Result<QList<crypto::Certificate>> trustAnchors() const;
    // Every statement verified (the administrators' signatures, their chain to the anchors) and every row of
    // the people table backed: the first problem.
    Status verifyDirectory() const;
    // Rows as they are, unverified: for the administrator's listing, which must show the bad ones too.
    Result<QList<Person>> peopleAsStored() const;
    Result<Person> personById(const QString& id) const;
    Result<Person> personByName(const QString& name) const;
    Result<Person> personByAuthority(const QString& authorityId) const;
    // The directory entry of an identity, by certificate fingerprint: AccessDenied when absent.
    Result<Person> personFor(const crypto::Certificate& certificate) const;
    Result<QList<Person>> people() const;

    // ---- The official posting (StorePostings.cpp): what decides routing, deadlines and retention.
    // The administrator states a magistrate's posting ("directory-posting"); the magistrate may ask for a
    // change, which the administrator grants or rejects. Returns the person as the directory now has them.
    Result<Person> setPosting(const crypto::Identity& admin, const QString& name, const Profile& posting);
    // The magistrate's signed request (`note`: at most 500 characters, kept in clear in the trail). Invalid
    // when it asks for the posting the directory already states. Returns the request.
    Result<PostingRequest> requestPosting(const crypto::Identity& magistrate, const Profile& posting,
                                          const QString& note = {});
    // The requests this identity may see (an administrator: everyone's; a magistrate: their own), oldest
    // first; `pendingOnly` keeps those awaiting a decision.
    Result<QList<PostingRequest>> postingRequests(const crypto::Identity& identity,
                                                  bool pendingOnly = false) const;
    // The administrator grants a pending request once its signature is verified (Integrity otherwise): the
    // posting it asks for becomes the official one. Returns the person as the directory now has them.
    Result<Person> grantPostingRequest(const crypto::Identity& admin, const QString& requestId);
    // The administrator rejects a pending request, saying why (required).
    Result<PostingRequest> rejectPostingRequest(const crypto::Identity& admin, const QString& requestId,
                                                const QString& reason);

    // Validates, computes the recipients (ObligationRules on the declarant's official posting), seals for
    // them plus the declarant, and files envelope, metadata and audit entry in one transaction. Returns the
    // id.
    Result<QString> file(const Declaration& declaration, const crypto::Identity& declarant);
    // What this identity may see (metadata only), oldest first, narrowed by `filter`.
    Result<QList<DeclarationRecord>> list(const crypto::Identity& identity,
                                          const ListFilter& filter = {}) const;
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
    // The receipt this authority gave, once verified (StoreReceipts.cpp): signed by exactly its directory
    // certificate, naming its authority id, the declarant and an envelope it was filed or forwarded; else
    // Integrity (exit 4). NotFound when it has given none.
    Result<QByteArray> receipt(const QString& id, const QString& authorityPersonId) const;
    // The envelope sealed to this identity, as bytes for `openssl cms` (audited as an export).
    Result<QByteArray> exportEnvelope(const QString& id, const crypto::Identity& identity);
    // A plaintext of the declaration about to leave the store (StoreDisclosures.cpp): its own audit entry
    // `action` (one of actions::Disclosures), for an identity that may open it (open's decision; a refusal
    // is audited), appended BEFORE anything is written: nothing is written unless this succeeds. Metadata
    // only: the format ("pdf", "hatvp-xml") and, where a file is written, its SHA-256 (hex).
    Status recordDisclosure(const QString& id, const crypto::Identity& identity, const QString& action,
                            const QString& format, const QString& fileSha256 = {});
    // The same for the fiche navette of an entretien, for an identity that may open it (openEntretien's
    // decision); the entry names the DI and, in its details, the entretien.
    Status recordEntretienDisclosure(const QString& entretienId, const crypto::Identity& identity,
                                     const QString& action, const QString& format,
                                     const QString& fileSha256 = {});

    // Procedures (administrator): enable forwards to the CSM, the garde des sceaux or the IGJ, and with
    // `legalHold` suspend destruction. Returns the procedure id.
    Result<QString> recordProcedure(const crypto::Identity& admin, const QString& declarantName,
                                    ProcedureKind kind, bool legalHold);
    // Closes an open procedure (administrator), audited as "procedure-close". What it allowed ends with it:
    // its legal hold no longer suspends destruction (once no other hold is open for that magistrate,
    // retention applies again), and its forwards are no longer honoured. Closing is final: an unknown id is
    // NotFound, a closed procedure WrongState. Returns the procedure as closed.
    Result<ProcedureRecord> closeProcedure(const crypto::Identity& admin, const QString& procedureId);
    // The procedures recorded, oldest first, for those who read the whole audit trail (which already names
    // each one): the administrator and the auditor. Anyone else is refused (exit 3), and the refusal audited.
    Result<QList<ProcedureRecord>> procedures(const crypto::Identity& identity, bool openOnly = false);

    // Drafts, sealed to the declarant alone. openDraft refuses a draft the declarant did not sign herself
    // (Integrity, "store.wrong-signer"); it stays in the store until she discards it.
    Status saveDraft(const crypto::Identity& declarant, QByteArrayView canonicalBytes);
    Result<crypto::SecureBytes> openDraft(const crypto::Identity& declarant) const;
    // Removes the declarant's draft, if any (once filed, or discarded by the declarant).
    Status discardDraft(const crypto::Identity& declarant);

    // The audit entries this identity may see; the whole chain's verification (no identity needed).
    Result<QList<AuditEntry>> auditLog(const crypto::Identity& identity) const;
    Result<AuditReport> verifyAudit(AuditVerification verification = AuditVerification::Chain,
                                    const std::optional<AuditAnchor>& anchor = std::nullopt) const;
    Result<Bordereau> bordereau(const QString& id, const crypto::Identity& identity) const;

    // The directory entry of an identity the access policy lets read the whole trail (the auditor, the
    // administrator). Anyone else is refused (exit 3), and the refusal audited under `purpose`.
    Result<Person> wholeTrailReader(const crypto::Identity& identity, const QString& purpose);
    // For the auditor's bundle: reads the evidence and appends the "export-bundle" entry (what was read,
    // counted) under one write lock, so the trail returned ends with that entry. Refused as above.
    Result<AuditEvidence> exportEvidence(const crypto::Identity& identity);
    // A signed checkpoint (AuditCheckpoint.h), for the same readers (anyone else is refused, exit 3, and the
    // refusal audited): verifies the trail (verifyAudit), appends a "checkpoint" entry whose details name the
    // head it vouches for, and returns the checkpoint of that entry, signed by `identity`. A trail that does
    // not verify gets no checkpoint (Integrity). Implemented in AuditCheckpoint.cpp.
    Result<AuditCheckpoint> checkpoint(const crypto::Identity& identity);

    // Retention: 5 years after ceased_on (CJA R.131-8), unless a legal hold is recorded.
    Result<PurgeReport> purge(const crypto::Identity& admin, bool dryRun);

    // ---- The entretien déontologique (art. 7-2 I), StoreEntretien.cpp
    // -------------------------------------- Every step is audited in the same transaction; who may take it
    // is decideEntretien's. The convocation and the fiche are sealed (signed by whoever wrote them) to the
    // authority, the declarant and the delegate; only EntretienRecord's metadata is clear.

    // The authority the DI was filed to convokes the declarant: when, where, and optionally the delegate (a
    // magistrate in the directory, by name) who will hold it. One scheduled entretien per declaration at a
    // time; it may be renewed once held. Returns the entretien's id.
    Result<QString> scheduleEntretien(const QString& declarationId, const crypto::Identity& authority,
                                      const QDateTime& at, const QString& place,
                                      const QString& delegateName = {});
    // The fiche navette of the entretien held, by the authority or the scheduled delegate. The fiche must
    // name this entretien's declaration and authority; a delegation it records must name someone in the
    // directory, who may then read it. Once only: the status becomes "held".
    Status recordEntretien(const QString& entretienId, const crypto::Identity& identity,
                           const EntretienFiche& fiche);
    // The convocation and the fiche, verified (signers, and that they name this declaration). Audited.
    Result<OpenedEntretien> openEntretien(const QString& entretienId, const crypto::Identity& identity);
    // The declarant acknowledges the fiche: a receipt signed by the declarant over the fiche's envelope
    // (crypto::Receipt) is kept; the status becomes "acknowledged". Returns the receipt (CMS, DER).
    Result<QByteArray> acknowledgeEntretien(const QString& entretienId, const crypto::Identity& declarant);
    // The acknowledgement kept, for anyone who may open the entretien.
    Result<QByteArray> entretienAcknowledgement(const QString& entretienId,
                                                const crypto::Identity& identity) const;
    // After the entretien, the authority invites the declarant to modify the declaration. The invitation
    // is answered when the declarant files a declaration that supersedes it (Store::file marks it).
    Status inviteModification(const QString& entretienId, const crypto::Identity& authority);
    // The entretiens this identity may see (metadata), optionally for one declaration only, by schedule.
    Result<QList<EntretienRecord>> entretiens(const crypto::Identity& identity,
                                              const QString& declarationId = {}) const;
    // One entretien's metadata, without an access check (for the store's own use and tests).
    Result<EntretienRecord> entretien(const QString& entretienId) const;

    // ---- The collège's avis (art. 7-2 II, décret 93-21 art. 11-3), StoreEntretien.cpp
    // ---------------------- The authority the DI was filed to forwards a certified copy to the collège
    // (forward(), basis "art. 7-2 II"; an earlier forward to the collège is reused) and asks its question,
    // sealed to the collège and itself. Returns the request's id.
    Result<QString> requestAvis(const QString& declarationId, const crypto::Identity& authority,
                                const QString& question);
    // The collège gives its avis, sealed to itself and the requesting authority; the request is answered.
    Status recordAvis(const QString& requestId, const crypto::Identity& college, const CollegeAvis& avis);
    // The request and the avis, verified; for the requesting authority and the collège. Audited.
    Result<OpenedAvis> openAvis(const QString& requestId, const crypto::Identity& identity);
    // The avis requests this identity may see (metadata), optionally for one declaration only.
    Result<QList<AvisRecord>> avisRequests(const crypto::Identity& identity,
                                           const QString& declarationId = {}) const;
    // One request's metadata, without an access check (for the store's own use and tests).
    Result<AvisRecord> avisRequest(const QString& requestId) const;

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
        QDateTime filedAt; // the time the signer's certificate is judged at
    };
    // When a declaration was filed, as the audit trail's signed "file" entry records it: the declarant's
    // certificate must have been valid then, and may have expired since (retention outlives certificates).
    Result<QDateTime> filingTime(const QString& declarationId) const;
    Result<ReadableEnvelope> readableEnvelope(const QString& id, const crypto::Identity& identity);
    // Which envelope of a declaration sealed to a person: the newest (a forward included), or the one the
    // declaration was filed with.
    enum class EnvelopeCopy { Newest, Filed };
    // Its sealed bytes; when there is none, the step is refused as `refusedAs` (audited).
    Result<QByteArray> envelopeSealedTo(const Actor& actor, const crypto::Identity& identity,
                                        Action refusedAs, const QString& id, EnvelopeCopy copy);
    Result<std::set<ProcedureKind>> openProcedures(const QString& declarantId) const;
    // Appends inside the caller's open Transaction, dated `at` (a time the caller read with sql::writeTime in
    // this transaction, to write beside it) or else now (sql::writeTime). An entry dated before the trail's
    // newest entry is refused (errors::ClockBehind): audit times never go backwards.
    Status appendAudit(const Actor& actor, const crypto::Identity& identity, const QString& action,
                       const QString& declarationId, const QJsonObject& details, const QDateTime& at = {});
    // Appends in its own transaction (reads, refusals).
    Status auditAlone(const Actor& actor, const crypto::Identity& identity, const QString& action,
                      const QString& declarationId, const QJsonObject& details);
    Error denied(const Actor& actor, const crypto::Identity& identity, Action action,
                 const QString& declarationId, const QString& reason);
    // An opening that failed: audited as "open-failed" (`details` and the error's code), then returned.
    Error openFailed(const Actor& actor, const crypto::Identity& identity, const QString& declarationId,
                     QJsonObject details, const Error& error);
    // StoreEntretien.cpp: the same for the entretien's, the avis' and the procedures' actions (an action id
    // and a reason).
    Error refused(const Actor& actor, const crypto::Identity& identity, const QString& action,
                  const QString& declarationId, const QString& reason);
    // Where a step on an entretien or an avis request starts: who acts and the record, once the policy lets
    // them take `action` (a refusal is audited).
    template <typename Record> struct Step
    {
        Actor actor;
        Record record;
    };
    Result<Step<EntretienRecord>> entretienStep(const QString& entretienId, const crypto::Identity& identity,
                                                EntretienAction action);
    Result<Step<AvisRecord>> avisStep(const QString& requestId, const crypto::Identity& identity,
                                      AvisAction action);
    // Inside file()'s transaction: a declaration superseding `supersededId` answers the open invitations to
    // modify it.
    Status answerInvitations(const QString& supersededId, const QString& newId, const Actor& actor,
                             const crypto::Identity& identity);

    // The audit entries with one of these actions after `after`, in sequence order, unverified.
    Result<std::vector<AuditEntry>> auditEntries(const QStringList& actions, qint64 after = 0) const;
    // Where granting and rejecting start, inside the caller's transaction: the administrator deciding, and
    // the request, still awaiting a decision (NotFound, WrongState otherwise).
    Result<PendingPostingRequest> pendingRequest(const crypto::Identity& admin,
                                                 const QString& requestId) const;
    // The posting statement inside the caller's transaction: the row and the statement, checked.
    Result<Person> statePosting(const Actor& admin, const crypto::Identity& identity, Person person,
                                const Profile& posting, const QString& requestId);
    // The certificate an actor held at an entry (the audit writer checks its predecessor's signer).
    Result<crypto::Certificate> actorCertificate(const QString& personId, qint64 sequence) const;
    // The directory replayed from the trail's statements, brought up to date with the store.
    Result<const Directory*> directory() const;
    crypto::Certificate storedCertificate(const QString& fingerprint) const;
    // A row checked against the statements: the person, or an Integrity error naming what differs.
    Result<Person> backed(Result<Person> row) const;
    Result<Person> backedBy(const Directory& directory, const Person& row) const;
    // Appends a directory statement inside the caller's transaction, linked to the previous one.
    Status appendStatement(const Actor& actor, const crypto::Identity& identity, const QString& action,
                           QJsonObject details);
    // The administrator acting, once the policy lets them take `action` (decideStore), and the certificate
    // check every new certificate passes.
    Result<Actor> administrator(const crypto::Identity& identity, StoreAction action) const;
    // Where a change to someone in the directory starts, inside the caller's transaction: the administrator
    // acting, and the person, who must not have been removed.
    struct DirectoryChange
    {
        Actor administrator;
        Person person;
    };
    Result<DirectoryChange> directoryChange(const crypto::Identity& admin, const QString& name,
                                            StoreAction action) const;
    // The trust anchors stored for an anchor statement: their fingerprints, as it names them.
    Result<QJsonArray> storeAnchors(const QList<crypto::Certificate>& anchors);
    Status checkNewCertificate(const crypto::Certificate& certificate,
                               const QList<crypto::Certificate>& anchors, const QString& name) const;

    std::unique_ptr<Connection> m_connection;
    SchemaManager::Report m_schema;
    mutable std::unique_ptr<Directory> m_directory;
    std::optional<KnownHeads> m_knownHeads;
    std::optional<AuditLink> m_lastChecked; // the newest entry checked to extend what this client saw
    Status checkAppendOnly();
};

} // namespace probitas::store
