#pragma once

// The store's value types and error codes, shared by its parts (Store.h) and their callers.

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
// A stored envelope whose bytes differ from the hash its signed audit entry recorded (Declarations.h).
inline constexpr QLatin1StringView EnvelopeAltered("store.envelope-altered");
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
// rejects. A newer request replaces a pending one. Postings.h.
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
    Actor administrator; // who decides it (Postings::pending)
};

// What Store::resealFormer did: declaration ids re-sealed to the current certificate, those it could not
// (with why), which stay sealed to the former one, and whether a draft was carried over.
struct ResealReport
{
    QStringList resealed;
    QStringList failed;
    QStringList reasons; // one per failed id, for people
    bool draft = false;  // a declarant's draft sealed and signed again
};

struct PurgeReport
{
    QStringList destroyed; // declaration ids destroyed (or, for a dry run, that would be)
    QStringList held;      // past retention but under a legal hold
};

} // namespace probitas::store
