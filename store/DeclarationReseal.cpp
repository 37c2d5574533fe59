// After a renewal: the copies sealed to someone's former certificate, sealed again by them for the one in
// force (Declarations::resealFormer).
#include "AuditActions.h"
#include "CryptoErrors.h"
#include "Declarations.h"
#include "Envelope.h"
#include "StoreSql.h"

namespace probitas::store {

using namespace sql;

namespace {
// The basis a re-sealed copy records in the envelopes table.
const QString kRenewalBasis = QStringLiteral("renewal");
} // namespace

Result<QList<Declarations::FormerCopy>> Declarations::formerCopies(const Actor& actor) const
{
    auto directory = m_directory.replayed();
    if (!directory) {
        return directory.error();
    }
    const auto held = (*directory)->certificatesHeld(actor.personId);
    if (held.size() < 2) {
        return QList<FormerCopy>(); // never renewed: everything is sealed to the certificate in force
    }
    // When the certificate in force was stated: every copy sealed for this person since is sealed to it.
    auto since =
        fetch(m_connection, QStringLiteral("SELECT at FROM audit WHERE sequence = ?"), {held.back().first});
    if (!since) {
        return since.error();
    }
    if (since->empty()) {
        return Error{ErrorKind::Integrity,
                     tr("the directory statement %1 is not in the audit trail").arg(held.back().first),
                     QString(errors::AuditBroken)};
    }
    auto rows = fetch(m_connection,
                      QStringLiteral("SELECT r.declaration_id, r.forwarded FROM envelope_recipients r JOIN "
                                     "envelopes e ON e.id = r.envelope_id WHERE r.person_id = ? GROUP BY "
                                     "r.declaration_id, r.forwarded HAVING MAX(e.created_at) < ? ORDER BY "
                                     "r.declaration_id, r.forwarded"),
                      {actor.personId, since->front().at(0).toString()});
    if (!rows) {
        return rows.error();
    }
    QList<FormerCopy> copies;
    for (const auto& row : *rows) {
        auto facts = this->facts(row.at(0).toString());
        if (!facts) {
            return facts.error();
        }
        // Only what they may still read: a forward whose procedure is closed stays as it is.
        if (decide(actor, Action::Open, *facts)) {
            copies << FormerCopy{row.at(0).toString(), row.at(1).toInt() != 0};
        }
    }
    return copies;
}

Result<int> Declarations::sealedToFormerCertificate(const crypto::Identity& current) const
{
    auto actor = m_directory.actorFor(current);
    if (!actor) {
        return actor.error();
    }
    auto copies = formerCopies(*actor);
    if (!copies) {
        return copies.error();
    }
    QSet<QString> declarations;
    for (const FormerCopy& copy : *copies) {
        declarations.insert(copy.declarationId);
    }
    return int(declarations.size());
}

Result<ResealReport> Declarations::resealFormer(const crypto::Identity& former,
                                                const crypto::Identity& current)
{
    auto actor = m_directory.actorFor(current);
    if (!actor) {
        return actor.error();
    }
    auto person = m_directory.personById(actor->personId);
    if (!person) {
        return person.error();
    }
    if (Status formerHeld = m_directory.checkFormerIdentity(*person, former); !formerHeld) {
        return formerHeld.error();
    }
    const QString formerFingerprint = fingerprintOf(former.certificate());
    auto copies = formerCopies(*actor);
    if (!copies) {
        return copies.error();
    }
    ResealReport report;
    for (const FormerCopy& copy : *copies) {
        auto newest =
            fetch(m_connection,
                  QStringLiteral("SELECT e.id, e.sealed FROM envelopes e JOIN envelope_recipients r ON "
                                 "r.envelope_id = e.id WHERE e.declaration_id = ? AND r.person_id = ? "
                                 "AND r.forwarded = ? ORDER BY e.created_at DESC, e.id LIMIT 1"),
                  {copy.declarationId, actor->personId, copy.forwarded ? 1 : 0});
        if (!newest) {
            return newest.error();
        }
        if (newest->empty()) {
            continue; // destroyed meanwhile
        }
        auto filed = filing(copy.declarationId);
        if (!filed) {
            return filed.error();
        }
        auto sealed = crypto::Envelope::forward(newest->front().at(1).toByteArray(), former,
                                                {person->certificate}, {}, filed->at);
        if (!sealed) {
            qCInfo(lcStore) << "not re-sealed:" << copy.declarationId << sealed.error().code;
            report.failed << copy.declarationId;
            report.reasons << sealed.error().message;
            continue;
        }
        const QString envelopeId = newId();
        Transaction transaction(m_connection);
        auto at = beginWrite(transaction, m_connection);
        if (!at) {
            return at.error();
        }
        if (auto inserted = m_connection.exec(
                QStringLiteral("INSERT INTO envelopes (id, declaration_id, sealed, created_at, forwarded_by, "
                               "basis, authorised_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {envelopeId, copy.declarationId, *sealed, timestamp(*at), actor->personId, kRenewalBasis,
                 actor->personId});
            !inserted) {
            return inserted.error();
        }
        if (Status recorded =
                recordRecipient(envelopeId, copy.declarationId, actor->personId, copy.forwarded);
            !recorded) {
            return recorded.error();
        }
        if (Status audited =
                m_audit.append(*actor, current, actions::Reseal, copy.declarationId,
                               {{QStringLiteral("envelope"), envelopeId},
                                {QStringLiteral("envelope-sha256"), sha256Hex(*sealed)},
                                {QStringLiteral("replaces"), newest->front().at(0).toString()},
                                {QStringLiteral("forwarded"), copy.forwarded},
                                {QStringLiteral("former-certificate-sha256"), formerFingerprint},
                                {QStringLiteral("certificate-sha256"), fingerprintOf(person->certificate)}},
                               *at);
            !audited) {
            return audited.error();
        }
        if (Status committed = transaction.commit(); !committed) {
            return committed.error();
        }
        report.resealed << copy.declarationId;
    }
    report.resealed.removeDuplicates();
    qCInfo(lcStore) << "re-sealed" << report.resealed.size() << "declarations for" << actor->personId;
    return report;
}

} // namespace probitas::store
