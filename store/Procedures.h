#pragma once

#include "AuditTrail.h"
#include "Drafts.h"

#include <set>

namespace probitas::store {

// Procedures recorded against a magistrate (art. 7-2 III: forwards to the CSM, the garde des sceaux or the
// IGJ; legal holds) and retention, which they suspend: what is destroyed, and when, rests only on a
// posting's ceased_on from a valid administrator statement and on the holds recorded here.
class Procedures
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    Procedures(const Connection& connection, const DirectoryView& directory, const AuditTrail& audit,
               const Drafts& drafts);
    Procedures(const Procedures&) = delete;
    Procedures& operator=(const Procedures&) = delete;

    // Records a procedure (administrator): it enables forwards and, with `legalHold`, suspends destruction.
    // Returns the procedure id.
    Result<QString> record(const crypto::Identity& admin, const QString& declarantName, ProcedureKind kind,
                           bool legalHold);
    // Closes an open procedure (administrator), audited as "procedure-close". What it allowed ends with it:
    // its legal hold no longer suspends destruction (once no other hold is open for that magistrate,
    // retention applies again), and its forwards are no longer honoured. Closing is final: an unknown id is
    // NotFound, a closed procedure WrongState. Returns the procedure as closed.
    Result<ProcedureRecord> close(const crypto::Identity& admin, const QString& procedureId);
    // The procedures recorded, oldest first, for those who read the whole audit trail (which already names
    // each one): the administrator and the auditor. Anyone else is refused (exit 3), and the refusal audited.
    Result<QList<ProcedureRecord>> list(const crypto::Identity& identity, bool openOnly = false);
    // The kinds of the procedures open against a magistrate (what the access policy weighs).
    Result<std::set<ProcedureKind>> openKinds(const QString& declarantId) const;

    // Retention: 5 years after ceased_on (CJA R.131-8), unless a legal hold is recorded.
    Result<PurgeReport> purge(const crypto::Identity& admin, bool dryRun);

private:
    // Inside purge's transaction, after its signed "purge" entry: the declaration's envelopes, receipts and
    // sealed documents go, its metadata stays. On a server store, the server's probitas_purge does it.
    Status destroy(const QString& declarationId, const QString& declarantId) const;

    const Connection& m_connection;
    const DirectoryView& m_directory;
    const AuditTrail& m_audit;
    const Drafts& m_drafts;
};

} // namespace probitas::store
