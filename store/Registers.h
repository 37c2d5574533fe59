#pragma once

#include "Declarations.h"

namespace probitas::store {

// The entretien déontologique (art. 7-2 I) and the collège's avis (art. 7-2 II): sealed documents, clear
// metadata (EntretienRecord, AvisRecord), one transaction and one audit entry per step, and decideEntretien /
// decideAvis for who may take it. Registers.cpp.

// Every step is audited in the same transaction. The convocation and the fiche are sealed (signed by
// whoever wrote them) to the authority, the declarant and the delegate; only EntretienRecord's metadata is
// clear.
class EntretienRegister
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    EntretienRegister(const Connection& connection, const DirectoryView& directory, const AuditTrail& audit,
                      const Declarations& declarations);
    EntretienRegister(const EntretienRegister&) = delete;
    EntretienRegister& operator=(const EntretienRegister&) = delete;

    // The authority the DI was filed to convokes the declarant: when, where, and optionally the delegate (a
    // magistrate in the directory, by name) who will hold it. One scheduled entretien per declaration at a
    // time; it may be renewed once held. Returns the entretien's id.
    Result<QString> schedule(const QString& declarationId, const crypto::Identity& authority,
                             const QDateTime& at, const QString& place, const QString& delegateName = {});
    // The fiche navette of the entretien held, by the authority or the scheduled delegate. The fiche must
    // name this entretien's declaration and authority; a delegation it records must name someone in the
    // directory, who may then read it. Once only: the status becomes "held".
    Status record(const QString& entretienId, const crypto::Identity& identity, const EntretienFiche& fiche);
    // The convocation and the fiche, verified (signers, and that they name this declaration). Audited.
    Result<OpenedEntretien> open(const QString& entretienId, const crypto::Identity& identity);
    // The declarant acknowledges the fiche: a receipt signed by the declarant over the fiche's envelope
    // (crypto::Receipt) is kept; the status becomes "acknowledged". Returns the receipt (CMS, DER).
    Result<QByteArray> acknowledge(const QString& entretienId, const crypto::Identity& declarant);
    // The acknowledgement kept, for anyone who may open the entretien.
    Result<QByteArray> acknowledgement(const QString& entretienId, const crypto::Identity& identity) const;
    // After the entretien, the authority invites the declarant to modify the declaration. The invitation
    // is answered when the declarant files a declaration that supersedes it (answerInvitations).
    Status inviteModification(const QString& entretienId, const crypto::Identity& authority);
    // The entretiens this identity may see (metadata), optionally for one declaration only, by schedule.
    Result<QList<EntretienRecord>> list(const crypto::Identity& identity,
                                        const QString& declarationId = {}) const;
    // One entretien's metadata, without an access check (for the store's own use and tests).
    Result<EntretienRecord> get(const QString& entretienId) const;
    // The fiche navette about to leave the store (PDF, print), for an identity that may open it (open's
    // decision): its own audit entry, which names the DI and, in its details, the entretien.
    Status recordDisclosure(const QString& entretienId, const crypto::Identity& identity,
                            const QString& action, const QString& format, const QString& fileSha256 = {});

private:
    // Where a step starts: who acts and the record, once the policy lets them take `action` (a refusal is
    // audited).
    struct Step
    {
        Actor actor;
        EntretienRecord record;
    };
    Result<Step> step(const QString& entretienId, const crypto::Identity& identity,
                      EntretienAction action) const;

    const Connection& m_connection;
    const DirectoryView& m_directory;
    const AuditTrail& m_audit;
    const Declarations& m_declarations;
};

// Inside Declarations::file's transaction: a declaration superseding `supersededId` answers the open
// invitations to modify it.
Status answerInvitations(const Connection& connection, const AuditTrail& audit, const QString& supersededId,
                         const QString& newId, const Actor& actor, const crypto::Identity& identity);

// The authority the DI was filed to forwards a certified copy to the collège (Declarations::forward, basis
// "art. 7-2 II"; an earlier forward to the collège is reused) and asks its question, sealed to the collège
// and itself (décret 93-21 art. 11-3).
class AvisRegister
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    AvisRegister(const Connection& connection, const DirectoryView& directory, const AuditTrail& audit,
                 Declarations& declarations);
    AvisRegister(const AvisRegister&) = delete;
    AvisRegister& operator=(const AvisRegister&) = delete;

    // Returns the request's id.
    Result<QString> request(const QString& declarationId, const crypto::Identity& authority,
                            const QString& question);
    // The collège gives its avis, sealed to itself and the requesting authority; the request is answered.
    Status record(const QString& requestId, const crypto::Identity& college, const CollegeAvis& avis);
    // The request and the avis, verified; for the requesting authority and the collège. Audited.
    Result<OpenedAvis> open(const QString& requestId, const crypto::Identity& identity);
    // The avis requests this identity may see (metadata), optionally for one declaration only.
    Result<QList<AvisRecord>> list(const crypto::Identity& identity, const QString& declarationId = {}) const;
    // One request's metadata, without an access check (for the store's own use and tests).
    Result<AvisRecord> get(const QString& requestId) const;

private:
    struct Step
    {
        Actor actor;
        AvisRecord record;
    };
    Result<Step> step(const QString& requestId, const crypto::Identity& identity, AvisAction action) const;

    const Connection& m_connection;
    const DirectoryView& m_directory;
    const AuditTrail& m_audit;
    Declarations& m_declarations;
};

} // namespace probitas::store
