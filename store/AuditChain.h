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

// Verifies a trail given in sequence order against the certificates of the actors (person id ->
// certificate). Pure: the store and the auditor's bundle verifier both use it. When a check of the newest
// signature fails, every signature is verified to name the first bad entry.
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
