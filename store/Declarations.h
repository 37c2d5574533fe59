#pragma once

#include "AuditTrail.h"
#include "Compliance.h"
#include "Procedures.h"

namespace probitas::store {

// One overdue declaration a reminder letter names: which, and its deadline as the obligation rules compute
// it.
struct ReminderItem
{
    DeclarationKind kind = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
    QDate due;
};

// The declarations themselves: filing (FilingPlan: validated, matched with the official posting, sealed for
// the recipients it names), listing their clear metadata, opening, exporting and forwarding their envelopes,
// the authorities' receipts, and the bordereau d'émargement. Every access is decide()'s, every step audited.
class Declarations
{
    Q_DECLARE_TR_FUNCTIONS(store)

public:
    Declarations(const Connection& connection, const DirectoryView& directory, const AuditTrail& audit,
                 const Procedures& procedures);
    Declarations(const Declarations&) = delete;
    Declarations& operator=(const Declarations&) = delete;

    // Validates, computes the recipients (ObligationRules on the declarant's official posting), seals for
    // them plus the declarant, and files envelope, metadata and audit entry in one transaction. Returns the
    // id.
    Result<QString> file(const Declaration& declaration, const crypto::Identity& declarant);
    // What this identity may see (metadata only), oldest first, narrowed by `filter`.
    Result<QList<DeclarationRecord>> list(const crypto::Identity& identity,
                                          const ListFilter& filter = {}) const;
    // A compliance dashboard's filings (Compliance.h): the declarations of others filed to the authority
    // this identity holds (their recipients name it; a forward reached it but was not owed to it) that the
    // policy lets it list, oldest first: list()'s rows of that kind, the policy deciding on each as there,
    // with only the columns the dashboard reads (no declarant's name, no supersedes) in one query.
    Result<std::vector<probitas::Filing>> filingsFiledTo(const crypto::Identity& identity) const;
    // What this identity filed herself, oldest first, for "My obligations" (Compliance.h's standings): the
    // clear metadata of list()'s rows that are hers, with the authorities whose receipt the store holds
    // and verifies (receipt()); a receipt that does not verify is named in the filing's receiptProblem,
    // never counted as held. Nothing is opened.
    Result<std::vector<probitas::Filing>> ownFilings(const crypto::Identity& identity) const;
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
    // The receipt this authority gave, once verified (DeclarationReceipts.cpp): signed by exactly its
    // directory certificate, naming its authority id, the declarant and an envelope it was filed or
    // forwarded; else Integrity (exit 4). NotFound when it has given none.
    Result<QByteArray> receipt(const QString& id, const QString& authorityPersonId) const;
    // The envelope sealed to this identity, as bytes for `openssl cms` (audited as an export).
    Result<QByteArray> exportEnvelope(const QString& id, const crypto::Identity& identity);
    // A plaintext of the declaration about to leave the store: its own audit entry `action` (one of
    // actions::Disclosures), for an identity that may open it (open's decision; a refusal is audited),
    // appended BEFORE anything is written: nothing is written unless this succeeds. Metadata only: the
    // format ("pdf", "hatvp-xml") and, where a file is written, its SHA-256 (hex).
    Status recordDisclosure(const QString& id, const crypto::Identity& identity, const QString& action,
                            const QString& format, const QString& fileSha256 = {});
    Result<Bordereau> bordereau(const QString& id, const crypto::Identity& identity) const;
    // A reminder letter to the magistrate `magistrateId` about `items`, declarations owed to the authority
    // this identity holds (Reminders.cpp): decideReminder on each, on the facts the store knows (the
    // obligations of the magistrate's official posting under the store's regime, matched with the filings to
    // this authority on Clock::today(): owed to it, not filed, the deadline passed); a refusal is audited.
    // Then its own "reminder-letter" entry, appended BEFORE the letter is written: the magistrate, each
    // declaration's kind, event and due date and, when given, the letter's SHA-256 (hex); no declaration,
    // no content.
    Status recordReminder(const QString& magistrateId, const std::vector<ReminderItem>& items,
                          const crypto::Identity& identity, const QString& letterSha256 = {});

    // ---- after a renewal (DirectoryAdministration::renewCertificate)
    // What is sealed to someone's former certificate is sealed again, by them, for the one in force: their
    // copy of each declaration they may still open (the policy's decision, as for open) whose newest copy
    // for them predates their current certificate. `former` must be a certificate the directory's statements
    // say they held, and its key must open the copy (full verification: the declarant's signature, judged
    // at the filing time); the declarant's signed bytes are sealed again unchanged, for the current
    // certificate alone, as a copy of the same standing (filed or forwarded), each audited as "reseal" in
    // its own transaction. Copies already sealed to the current certificate are left: running it again
    // does nothing more. A copy that cannot be re-sealed (tampered, not sealed to `former`) is reported and
    // the others still are. AccessDenied when `former` is not theirs.
    Result<ResealReport> resealFormer(const crypto::Identity& former, const crypto::Identity& current);
    // How many declarations resealFormer would re-seal for this identity (no key needed): what the
    // workspace offers to do after a renewal.
    Result<int> sealedToFormerCertificate(const crypto::Identity& current) const;

    // ---- for the entretien and avis registers, which act on a declaration
    // What the access policy weighs about a declaration: its declarant, recipients and open procedures.
    Result<DeclarationFacts> facts(const QString& declarationId) const;
    // The facts `actor` is to be judged on for `action`. On a server store a declaration its login may not
    // see is the server's refusal: audited as a denial ("hidden-by-the-server"), like the policy's own.
    Result<DeclarationFacts> factsFor(const Actor& actor, const crypto::Identity& identity,
                                      const QString& action, const QString& declarationId) const;
    // Which envelope of a declaration sealed to a person: the newest (a forward included), or the one the
    // declaration was filed with.
    enum class EnvelopeCopy { Newest, Filed };
    // Its sealed bytes; when there is none, the step is refused as `refusedAs` (audited).
    Result<QByteArray> envelopeSealedTo(const Actor& actor, const crypto::Identity& identity,
                                        Action refusedAs, const QString& id, EnvelopeCopy copy) const;

private:
    // The newest envelope of a declaration sealed to this identity, once the access policy allows it to be
    // read (a refusal is audited): what open and export both start from.
    struct ReadableEnvelope
    {
        Actor actor;
        DeclarationFacts facts;
        QByteArray envelope;
        QDateTime filedAt;             // the time the signer's certificate is judged at
        crypto::Certificate filedWith; // the declarant's certificate then, which must have signed it
    };
    Result<ReadableEnvelope> readableEnvelope(const QString& id, const crypto::Identity& identity);
    // The copies of declarations sealed to this actor before their current certificate came into force and
    // that they may still open: (declaration id, forwarded).
    struct FormerCopy
    {
        QString declarationId;
        bool forwarded = false;
    };
    Result<QList<FormerCopy>> formerCopies(const Actor& actor) const;
    // When a declaration was filed, as the audit trail's signed "file" entry records it: the declarant's
    // certificate must have been valid then, and may have expired since (retention outlives certificates);
    // and that certificate, as the directory's statements say she held it then (a renewal since does not
    // make what she signed before anyone else's).
    struct Filing
    {
        QDateTime at;
        crypto::Certificate declarantCertificate;
        QJsonObject details; // what the declarant signed of it: declaration, event, recipients, basis
        qint64 sequence = 0; // its audit entry
    };
    Result<Filing> filing(const QString& declarationId) const;
    // That an envelope's bytes are those the signed entry which stored it recorded (the filing's for the
    // filed copy, the forward's or re-sealing's for a copy they made): errors::EnvelopeAltered otherwise.
    Status sealedAsRecorded(const QString& declarationId, const QString& envelopeId, const QByteArray& sealed,
                            bool filedCopy) const;
    // Records that an envelope is sealed to a person, with the declaration's facts that the dashboard's
    // listing reads copied from its row (schema 11): the one writer of envelope_recipients.
    Status recordRecipient(const QString& envelopeId, const QString& declarationId, const QString& personId,
                           bool forwarded) const;

    const Connection& m_connection;
    const DirectoryView& m_directory;
    const AuditTrail& m_audit;
    const Procedures& m_procedures;
};

} // namespace probitas::store
