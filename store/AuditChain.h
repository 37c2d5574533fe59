#pragma once

#include "Certificate.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace probitas::store {

// One link of the hash-chained, signed audit trail. Details are metadata only.
//
// Version 2 entries ("witnessed") are appended only after their writer has verified the predecessor's link,
// hash and signature, and they commit to the predecessor's signature as well as to its hash. A valid
// signature on the newest entry therefore vouches for the whole chain of version 2 entries below it (see
// verifyAuditChain). Version 1 entries (written before schema 3) carry no such promise.
//
// Version 3 entries ("linked") commit to their predecessor's hash and signature like version 2, but their
// writer could not read the predecessor to verify it: on a server store (ServerSetup.h), row-level security
// hides the entries of others, and the server's own checks stand in for the writer's. Such an entry vouches
// for nothing below it: verifyAuditChain verifies its predecessor's signature itself.
struct AuditEntry
{
    static constexpr int kWitnessedVersion = 2;
    static constexpr int kLinkedVersion = 3;

    int version = kWitnessedVersion;
    qint64 sequence = 0;
    QDateTime at;
    QString actorId;
    QString
        action; // "file", "open", "open-failed", "denied", "forward", "export", "acknowledge", "purge", ...
    QString declarationId;
    QJsonObject details;
    QString previousHash; // hex SHA-256 of the previous entry's canonical bytes (64 zeros for the first)
    QString previousSignatureHash; // version 2: hex SHA-256 of the previous entry's signature (64 zeros)
    QString hash;                  // hex SHA-256 of this entry's canonical bytes
    QByteArray signature;          // by the actor, over the canonical bytes

    // Compact JSON, keys sorted: {"action","actor","at","declaration","details","previous",
    // ["previous_signature",] "sequence","type":"probitas-audit","version"}.
    QByteArray canonical() const;
    // Metadata for people and exports (the signature in base64).
    QJsonObject toJson() const;
    static Result<AuditEntry> fromJson(const QJsonObject& object);
};

// Hex SHA-256, the form every hash of the trail takes.
QString auditHash(QByteArrayView bytes);
// The "previous" of the first entry.
QString auditGenesisHash();

struct AuditReport
{
    qint64 checked = 0;
    qint64 firstBad = 0; // 0 when the chain is whole
    QString problem;     // for people: what is wrong with entry firstBad
    qint64 signaturesVerified = 0;
    QString headHash; // the newest entry's hash: keep it to detect a later truncation
};

enum class AuditVerification {
    // Every link and hash, the signatures of the version 1 entries, and the newest entry's signature, which
    // vouches for the version 2 entries below it (each of their writers verified its predecessor).
    Chain,
    // Every link, hash and signature (an ECDSA verification each, spread over the cores).
    EverySignature,
};

// An entry an auditor saw earlier ("sequence:hash", as `audit verify` prints the head). A trail that no
// longer holds it was truncated or rewritten, which the chain alone cannot show for its newest entries.
struct AuditAnchor
{
    qint64 sequence = 0;
    QString hash;
    static Result<AuditAnchor> parse(const QString& text);
    QString toString() const;
};

// An entry as its row stores it: each field's bytes as they are (text as UTF-8). What the chain check hashes,
// without decoding the details.
struct StoredAuditEntry
{
    qint64 sequence = 0;
    int version = 0;
    QByteArray at, actor, action, declaration, details, previousHash, hash, signature, previousSignatureHash;

    // Its canonical bytes, assembled from the fields as stored: byte for byte AuditEntry::canonical() of an
    // entry Probitas wrote, whose details it stored in that same compact, sorted form. Fields that would
    // need escaping take the general way (decoded().canonical()).
    QByteArray canonical() const;
    // The entry, its details parsed: what entryFromRow makes of the same row.
    AuditEntry decoded() const;
};

// One entry as the chain check takes it, from a row as stored (linkOf(StoredAuditEntry)) or from an
// AuditEntry.
struct AuditChainLink
{
    qint64 sequence = 0;
    int version = 0;
    QString actorId;
    QByteArray at;                    // ISO 8601 as stored (milliseconds, UTC for what Probitas wrote)
    QByteArray canonical;             // the bytes hashed and signed
    bool hashMatches = false;         // whether `hash` is the SHA-256 of `canonical`
    QByteArray hash;                  // hex, as stored
    QByteArray previousHash;          // hex, as stored
    QByteArray previousSignatureHash; // hex, as stored (version 2 on)
    QByteArray signature;
    crypto::Certificate signer; // the certificate its actor held then; null when the directory names none
};

// The link of a stored row: its canonical bytes from the fields as stored, hashed; when that does not give
// its hash, decoded and serialised again as AuditEntry::canonical() does, so that a row is whole exactly when
// the entry it decodes to is.
AuditChainLink linkOf(const StoredAuditEntry& stored, crypto::Certificate signer);
AuditChainLink linkOf(const AuditEntry& entry, crypto::Certificate signer);

// Gives the trail's entries to `take` in sequence order, each once, until take returns false or the trail
// ends. The verifier may read it twice (the second time to verify every signature). An error stops the
// verification.
using AuditChainTake = std::function<bool(AuditChainLink&& link)>;
using AuditChainSource = std::function<Status(const AuditChainTake& take)>;

// Verifies a trail, read once in sequence order and never held: links, hashes, times, then the signatures
// the verification asks for (the newest one vouches for the witnessed entries below it). When a check of the
// newest signature fails, the trail is read again and every signature verified to name the first bad entry.
// The store (AuditTrail::verify) and the auditor's bundle verifier both use it.
Result<AuditReport> verifyAuditChain(const AuditChainSource& source, AuditVerification verification,
                                     const std::optional<AuditAnchor>& anchor = std::nullopt);
// The same, for a trail held in memory, against the certificates of the actors (person id -> certificate).
AuditReport verifyAuditChain(const std::vector<AuditEntry>& entries,
                             const std::map<QString, crypto::Certificate>& certificates,
                             AuditVerification verification,
                             const std::optional<AuditAnchor>& anchor = std::nullopt);
// The certificate a person held when signing the entry of that sequence (null: not in the directory).
using CertificateLookup = std::function<crypto::Certificate(const QString& personId, qint64 sequence)>;
AuditReport verifyAuditChain(const std::vector<AuditEntry>& entries, const CertificateLookup& certificateAt,
                             AuditVerification verification,
                             const std::optional<AuditAnchor>& anchor = std::nullopt);

// Whether one entry is what its actor signed: its hash and its signature against the certificate the actor
// held then. What a writer checks of its predecessor before appending, and a reader of the one entry it
// relies on. An empty string when sound, else what is wrong, for people.
QString auditEntryProblem(const AuditEntry& entry, const crypto::Certificate& actorCertificate);

} // namespace probitas::store
