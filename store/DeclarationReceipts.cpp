// The authorities' receipts as the store hands them out. The receipts table is only a database: each
// receipt is verified against the certificate of the authority the row names, which must be one the
// declaration was filed or forwarded to, so a receipt swapped by raw SQL for one signed by anyone else
// (a declarant, another authority) is refused, never shown as valid.
#include "AuditActions.h"
#include "CryptoErrors.h"
#include "Declarations.h"
#include "Receipt.h"
#include "StoreSql.h"

namespace probitas::store {

using sql::fetch;
using sql::parseTimestamp;

Result<QByteArray> Declarations::receipt(const QString& id, const QString& authorityPersonId) const
{
    auto rows =
        fetch(m_connection,
              QStringLiteral("SELECT receipt FROM receipts WHERE declaration_id = ? AND authority_id = ?"),
              {id, authorityPersonId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{ErrorKind::Unusable, tr("no receipt for declaration %1").arg(id),
                     QString(errors::NotFound)};
    }
    const QByteArray receipt = rows->front().at(0).toByteArray();
    auto facts = this->facts(id);
    if (!facts) {
        return facts.error();
    }
    auto authority = m_directory.personById(authorityPersonId);
    auto declarant = m_directory.personById(facts->declarantId);
    if (!authority || !declarant) {
        return !authority ? authority.error() : declarant.error();
    }
    const auto invalid = [&authority](const QString& why, const QString& code) {
        return Error{ErrorKind::Integrity,
                     tr("the receipt held from %1 is not valid: %2").arg(authority->name, why), code};
    };
    // The envelopes this authority received: the one filed to it, or forwarded to it.
    auto envelopes =
        fetch(m_connection,
              QStringLiteral("SELECT e.sealed FROM envelopes e JOIN envelope_recipients r ON "
                             "r.envelope_id = e.id WHERE e.declaration_id = ? AND r.person_id = ? "
                             "ORDER BY e.created_at"),
              {id, authorityPersonId});
    if (!envelopes) {
        return envelopes.error();
    }
    if (authority->role != Role::Authority || authority->id == facts->declarantId || envelopes->empty()) {
        return invalid(tr("%1 is not an authority it was filed or forwarded to").arg(authority->name),
                       QString(crypto::errors::ReceiptWrongAuthority));
    }
    // The certificate is judged when the signed trail says the acknowledgement was made: a receipt outlives
    // its authority's certificate.
    auto acknowledged =
        fetch(m_connection,
              QStringLiteral("SELECT at FROM audit WHERE declaration_id = ? AND action = ? AND "
                             "actor_id = ? ORDER BY sequence LIMIT 1"),
              {id, actions::Acknowledge, authorityPersonId});
    if (!acknowledged) {
        return acknowledged.error();
    }
    if (acknowledged->empty()) {
        return invalid(tr("the audit trail does not record its acknowledgement by %1").arg(authority->name),
                       QString(errors::AuditBroken));
    }
    crypto::ReceiptExpectations expected;
    expected.declarant = declarant->certificate;
    expected.authority = authority->certificate;
    expected.authorityId = authority->authorityId;
    expected.validAt = parseTimestamp(acknowledged->front().at(0).toString());
    Error problem;
    for (const QVariantList& envelope : *envelopes) {
        auto verified = crypto::Receipt::verify(receipt, envelope.at(0).toByteArray(),
                                                {authority->certificate}, expected);
        if (verified) {
            return receipt;
        }
        problem = verified.error();
        if (problem.code != crypto::errors::ReceiptMismatch) {
            break; // only the envelope it names may differ from one copy to the next
        }
    }
    return invalid(problem.message, problem.code);
}

} // namespace probitas::store
