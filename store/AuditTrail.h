#pragma once

#include "DirectoryView.h"
#include "StoreTypes.h"

namespace probitas::store {

// The audit trail (AuditChain.h): its one writer, its readers, its verifier, this client's memory of the
// heads it saw (KnownHeads.h), the signed checkpoints and the auditor's evidence. Every entry is signed by
// who acted, chained to its predecessor, whose signature the writer witnesses first; audit times never go
// backwards.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    AuditTrail(const Connection& connection, const DirectoryView& directory);
    AuditTrail(const AuditTrail&) = delete;
    AuditTrail& operator=(const AuditTrail&) = delete;

    // ---- writing
    // Appends inside the caller's open Transaction, dated `at` (a time the caller read with sql::writeTime in
    // this transaction, to write beside it) or else now (sql::writeTime). An entry dated before the trail's
    // newest entry is refused (errors::ClockBehind): audit times never go backwards.
    Status append(const Actor& actor, const crypto::Identity& identity, const QString& action,
                  const QString& declarationId, const QJsonObject& details, const QDateTime& at = {}) const;
    // Appends in its own transaction (reads, refusals).
    Status appendAlone(const Actor& actor, const crypto::Identity& identity, const QString& action,
                       const QString& declarationId, const QJsonObject& details) const;
    // A refusal, audited as "denied" (the action and the reason), then returned (AccessDenied): `denied` for
    // an Action on a declaration, `refused` for any other step (an entretien's, an avis', a procedure's).
    Error denied(const Actor& actor, const crypto::Identity& identity, Action action,
                 const QString& declarationId, const QString& reason) const;
    // (`details`: what else names the step's object, when no declaration can, metadata only.)
    Error refused(const Actor& actor, const crypto::Identity& identity, const QString& action,
                  const QString& declarationId, const QString& reason, QJsonObject details = {}) const;
    // An opening that failed: audited as "open-failed" (`details` and the error's code), then returned.
    Error openFailed(const Actor& actor, const crypto::Identity& identity, const QString& declarationId,
                     QJsonObject details, const Error& error) const;

    // ---- reading and verifying
    // The entries with one of these actions after `after`, in sequence order, unverified.
    Result<std::vector<AuditEntry>> entries(const QStringList& actions, qint64 after = 0) const;
    // The entries this identity may see.
    Result<QList<AuditEntry>> log(const crypto::Identity& identity) const;
    // A page of them, newest first: at most `limit` entries before the sequence `before` (0: from the head).
    // A range of the primary key, whatever the trail's length: a workspace shows the newest at once.
    Result<QList<AuditEntry>> logPage(const crypto::Identity& identity, qint64 before, int limit) const;
    // How many entries of each action this identity may see, without reading them.
    Result<std::map<QString, qint64>> logActions(const crypto::Identity& identity) const;
    // The whole chain (each signer as the directory's statements say at that entry), the directory, and the
    // tables cross-checked against the trail (AuditCrossCheck.h).
    Result<AuditReport> verify(AuditVerification verification = AuditVerification::Chain,
                               const std::optional<AuditAnchor>& anchor = std::nullopt) const;
    // The directory entry of an identity the access policy lets read the whole trail (the auditor, the
    // administrator). Anyone else is refused (exit 3), and the refusal audited under `purpose`.
    Result<Person> wholeTrailReader(const crypto::Identity& identity, const QString& purpose) const;
    // For the auditor's bundle: reads the evidence and appends the "export-bundle" entry (what was read,
    // counted) under one write lock, so the trail returned ends with that entry. Refused as above.
    Result<AuditEvidence> exportEvidence(const crypto::Identity& identity) const;
    // A signed checkpoint (AuditCheckpoint.h), for the same readers: verifies the trail, appends a
    // "checkpoint" entry whose details name the head it vouches for, and returns the checkpoint of that
    // entry, signed by `identity`. A trail that does not verify gets no checkpoint (Integrity).
    // AuditCheckpoint.cpp.
    Result<AuditCheckpoint> checkpoint(const crypto::Identity& identity) const;

    // ---- append-only since this client last saw the store (KnownHeads.h)
    // Starts checking with the heads remembered at `knownHeadsPath` (empty: the default file): NotAppendOnly
    // (exit 4) naming the sequence when the store is not an extension of what this client saw of it.
    // `verified`: the head of the chain verify() just found whole, which is not read again: only the entry
    // this client saw and the entries from that head on are.
    Status checkKnownHead(const QString& knownHeadsPath = {},
                          const std::optional<AuditAnchor>& verified = std::nullopt);
    // Checks the entries appended since the last check and remembers the newest head for this client.
    Status rememberHead();
    bool remembersHeads() const { return m_knownHeads.has_value(); }

private:
    Status checkAppendOnly(const std::optional<AuditAnchor>& verified);

    const Connection& m_connection;
    const DirectoryView& m_directory;
    std::optional<KnownHeads> m_knownHeads;
    std::optional<AuditLink> m_lastChecked; // the newest entry checked to extend what this client saw
};

} // namespace probitas::store
