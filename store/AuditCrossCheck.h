#pragma once

#include "AuditChain.h"
#include "Database.h"
#include "RecordStatus.h"
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace probitas::store {

// What the store's tables hold that the audit trail records, as the cross-check sees it: ids, links and
// hashes, never content.
struct AuditObjects
{
    struct Declaration
    {
        QString id, declarantId, kind, event;
        QString recipients; // the authorities' ids, separated by spaces, as stored
        DeclarationStatus status = DeclarationStatus::Filed;
        QDateTime filedAt;
    };
    struct Envelope
    {
        QString id, declarationId;
        QString forwardedBy; // empty for the original
        QString sha256;      // hex, of the original as stored (forwards are not hashed: no entry records it)
    };
    struct Receipt
    {
        QString declarationId, authorityId, sha256;
    };
    // An entretien, an avis request, a HATVP control or one of its acts.
    struct Linked
    {
        QString id, declarationId;
    };
    struct Procedure
    {
        QString id, declarantId;
    };
    // A recipient row whose copy of its declaration's facts (schema 11) is not its declaration's.
    struct RecipientCopy
    {
        QString declarationId, personId;
    };
    std::vector<Declaration> declarations;
    std::vector<Envelope> envelopes;
    std::vector<Receipt> receipts;
    std::vector<Linked> entretiens;
    std::vector<Linked> avisRequests;
    std::vector<Linked> controls;
    std::vector<Linked> controlActs;
    std::vector<Procedure> procedures;
    // Compared by the database (200,000 rows at the judiciary's scale, for the few that may differ).
    std::vector<RecipientCopy> differingCopies;
    // The trail's length in the snapshot the tables were read in: they hold what entries 1 to `head` record.
    qint64 head = 0;
};

// Whether a declaration's filing time is the one its "file" entry records. They are equal since the filing
// time is read once under the write lock; a store written before took it just before waiting for the lock
// (at most the busy timeout, 30 s), so that much earlier is accepted.
bool filingTimeMatches(const QDateTime& filedAt, const QDateTime& entryAt);

// Whether entries of this action record an object in a table (a filing, a forward, a receipt, an entretien,
// an avis request, a procedure, a destruction): the only entries the cross-check reads.
bool recordsAnObject(const QString& action);

// Cross-checks the tables against a trail whose chain verified (verifyAuditChain): every declaration has its
// "file" entry (same declarant, kind, event and time) and, once destroyed, its "purge" entry; every original
// envelope has the SHA-256 its "file" entry recorded; every forward has its "forward" entry, every receipt
// its "acknowledge" entry (and hash), every entretien its "entretien-schedule" entry, every avis request its
// "avis-request" entry, every procedure its "procedure" entry, every act of a HATVP control its own entry
// (`actions::ControlActs`) and every control an entry naming it. And the other way: each such entry of
// `entries` has its object, unless a "purge" entry explains that retention destroyed it. `entries` are the
// entries of a trail of `trailLength` entries that record an object (recordsAnObject), in sequence order; the
// others do not matter here. `later` are the entries after `trailLength` up to `objects.head`, appended after
// the trail was read and before the tables were: they may back an object, and are checked by the next
// verification. Entries after `objects.head` were written after the tables were read, and are not compared
// (the next verification compares them). One pass over each, set lookups.
// Pure. Returns the first mismatch: firstBad is the entry's sequence, or trailLength + 1 for a row whose
// entry is missing; 0 when everything matches.
AuditReport crossCheckAudit(const std::vector<AuditEntry>& entries, qint64 trailLength,
                            const AuditObjects& objects, const std::vector<AuditEntry>& later = {});

// Reads what the cross-check compares from the store's tables, and the trail's length, in one snapshot
// (ReadSnapshot): no write lock, since a writer commits its rows and its entry together. Any connection to
// the store will do: AuditTrail::verify reads them on one of their own while it reads the trail.
Result<AuditObjects> readAuditObjects(const Connection& connection);

// Cross-checks `objects` (readAuditObjects) against `entries`, those of the trail up to `trailLength` that
// record an object, after reading the entries between `trailLength` and `objects.head`.
Result<AuditReport> crossCheckStore(const Connection& connection, const std::vector<AuditEntry>& entries,
                                    qint64 trailLength, const AuditObjects& objects);

} // namespace probitas::store
