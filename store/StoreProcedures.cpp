// Procedures against a magistrate (art. 7-2 III) and their legal holds: recorded and closed by the
// administrator, each in one transaction with its audit entry. An open disciplinary procedure lets the CSM
// and the garde des sceaux receive a forward, an open enquête the IGJ; an open legal hold suspends
// destruction (Store::purge reads `closed_at IS NULL`).
#include "AuditActions.h"
#include "Store.h"
#include "StoreSql.h"

namespace probitas::store {

using sql::fetch;
using sql::newId;
using sql::nowText;
using sql::parseTimestamp;

namespace {

const QString kProcedureSelect =
    QStringLiteral("SELECT r.id, r.declarant_id, p.name, r.kind, r.legal_hold, r.recorded_at, r.recorded_by, "
                   "r.closed_at FROM procedures r JOIN people p ON p.id = r.declarant_id ");

Result<ProcedureRecord> procedureFromRow(const QVariantList& row)
{
    const auto kind = procedureKindFromId(row.at(3).toString());
    if (!kind) {
        return Error{
            ErrorKind::Integrity,
            Store::tr("procedure %1 has an unknown kind %2").arg(row.at(0).toString(), row.at(3).toString()),
            QString(errors::Database)};
    }
    ProcedureRecord record;
    record.id = row.at(0).toString();
    record.declarantId = row.at(1).toString();
    record.declarant = row.at(2).toString();
    record.kind = *kind;
    record.legalHold = row.at(4).toInt() != 0;
    record.recordedAt = parseTimestamp(row.at(5).toString());
    record.recordedBy = row.at(6).toString();
    record.closedAt = parseTimestamp(row.at(7).toString());
    return record;
}

} // namespace

QJsonObject ProcedureRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("declarant"), declarant},
        {QStringLiteral("declarant_id"), declarantId},
        {QStringLiteral("kind"), procedureKindId(kind)},
        {QStringLiteral("legal_hold"), legalHold},
        {QStringLiteral("recorded_at"), recordedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("closed_at"),
         isOpen() ? QJsonValue() : QJsonValue(closedAt.toString(Qt::ISODateWithMs))},
    };
}

Result<QString> Store::recordProcedure(const crypto::Identity& admin, const QString& declarantName,
                                       ProcedureKind kind, bool legalHold)
{
    auto actor = actorFor(admin);
    if (!actor) {
        return actor.error();
    }
    if (const Decision decision = decideStore(*actor, StoreAction::RecordProcedure); !decision) {
        return refused(*actor, admin, actions::Procedure, {}, decision.reason);
    }
    auto declarant = personByName(declarantName);
    if (!declarant) {
        return declarant.error();
    }
    const QString id = newId();
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    if (auto inserted = m_connection->exec(
            QStringLiteral(
                "INSERT INTO procedures (id, declarant_id, kind, legal_hold, recorded_at, recorded_by) "
                "VALUES (?, ?, ?, ?, ?, ?)"),
            {id, declarant->id, procedureKindId(kind), legalHold ? 1 : 0, nowText(), actor->personId});
        !inserted) {
        return inserted.error();
    }
    if (Status audited = appendAudit(*actor, admin, actions::Procedure, {},
                                     {{QStringLiteral("procedure"), id},
                                      {QStringLiteral("declarant"), declarant->id},
                                      {QStringLiteral("kind"), procedureKindId(kind)},
                                      {QStringLiteral("legal-hold"), legalHold}});
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<ProcedureRecord> Store::closeProcedure(const crypto::Identity& admin, const QString& procedureId)
{
    auto actor = actorFor(admin);
    if (!actor) {
        return actor.error();
    }
    if (const Decision decision = decideStore(*actor, StoreAction::CloseProcedure); !decision) {
        return refused(*actor, admin, actions::ProcedureClose, {}, decision.reason);
    }
    // Read and closed under the write lock: two administrators closing the same procedure cannot both
    // succeed, and the count of holds left is the one the entry records.
    Transaction transaction(*m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto rows = fetch(*m_connection, kProcedureSelect + QStringLiteral("WHERE r.id = ?"), {procedureId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{ErrorKind::Unusable, tr("no procedure %1 in the store").arg(procedureId),
                     QString(errors::NotFound)};
    }
    auto procedure = procedureFromRow(rows->front());
    if (!procedure) {
        return procedure.error();
    }
    if (!procedure->isOpen()) {
        return Error{ErrorKind::Invalid,
                     tr("procedure %1 was already closed on %2")
                         .arg(procedureId, procedure->closedAt.toString(Qt::ISODate)),
                     QString(errors::WrongState)};
    }
    const QString closedAt = nowText();
    if (auto updated = m_connection->exec(
            QStringLiteral("UPDATE procedures SET closed_at = ? WHERE id = ? AND closed_at "
                           "IS NULL"),
            {closedAt, procedureId});
        !updated) {
        return updated.error();
    }
    auto holds =
        fetch(*m_connection,
              QStringLiteral("SELECT COUNT(*) FROM procedures WHERE declarant_id = ? AND legal_hold = 1 "
                             "AND closed_at IS NULL"),
              {procedure->declarantId});
    if (!holds) {
        return holds.error();
    }
    const int holdsLeft = holds->empty() ? 0 : holds->front().at(0).toInt();
    if (Status audited = appendAudit(*actor, admin, actions::ProcedureClose, {},
                                     {{QStringLiteral("procedure"), procedureId},
                                      {QStringLiteral("declarant"), procedure->declarantId},
                                      {QStringLiteral("kind"), procedureKindId(procedure->kind)},
                                      {QStringLiteral("legal-hold"), procedure->legalHold},
                                      {QStringLiteral("legal-holds-left"), holdsLeft}});
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "procedure" << procedureId << "closed by" << actor->personId;
    ProcedureRecord result = *procedure;
    result.closedAt = parseTimestamp(closedAt);
    return result;
}

Result<QList<ProcedureRecord>> Store::procedures(const crypto::Identity& identity, bool openOnly)
{
    auto reader = wholeTrailReader(identity, QStringLiteral("procedure-list"));
    if (!reader) {
        return reader.error();
    }
    auto rows =
        fetch(*m_connection, kProcedureSelect +
                                 (openOnly ? QStringLiteral("WHERE r.closed_at IS NULL ") : QString()) +
                                 QStringLiteral("ORDER BY r.recorded_at, r.id"));
    if (!rows) {
        return rows.error();
    }
    QList<ProcedureRecord> records;
    for (const QVariantList& row : *rows) {
        auto record = procedureFromRow(row);
        if (!record) {
            return record.error();
        }
        records << std::move(record).value();
    }
    return records;
}

} // namespace probitas::store
