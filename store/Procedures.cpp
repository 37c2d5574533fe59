// Procedures against a magistrate (art. 7-2 III) and their legal holds: recorded and closed by the
// administrator, each in one transaction with its audit entry. An open disciplinary procedure lets the CSM
// and the garde des sceaux receive a forward, an open enquête the IGJ; an open legal hold suspends
// destruction (Procedures::purge reads `closed_at IS NULL`).
#include "Procedures.h"

#include "AuditActions.h"
#include "Clock.h"
#include "StoreSql.h"

namespace probitas::store {

using namespace sql;

namespace {

const QString kProcedureSelect =
    QStringLiteral("SELECT r.id, r.declarant_id, p.name, r.kind, r.legal_hold, r.recorded_at, r.recorded_by, "
                   "r.closed_at FROM procedures r JOIN people p ON p.id = r.declarant_id ");

Result<ProcedureRecord> procedureFromRow(const QVariantList& row)
{
    const auto kind = procedureKindFromId(row.at(3).toString());
    if (!kind) {
        return Error{ErrorKind::Integrity,
                     Procedures::tr("procedure %1 has an unknown kind %2")
                         .arg(row.at(0).toString(), row.at(3).toString()),
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

Procedures::Procedures(const Connection& connection, const DirectoryView& directory, const AuditTrail& audit,
                       const Drafts& drafts)
    : m_connection(connection)
    , m_directory(directory)
    , m_audit(audit)
    , m_drafts(drafts)
{}

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

Result<QString> Procedures::record(const crypto::Identity& admin, const QString& declarantName,
                                   ProcedureKind kind, bool legalHold)
{
    auto actor = m_directory.actorFor(admin);
    if (!actor) {
        return actor.error();
    }
    if (const Decision decision = decideStore(*actor, StoreAction::RecordProcedure); !decision) {
        return m_audit.refused(*actor, admin, actions::Procedure, {}, decision.reason);
    }
    auto declarant = m_directory.personByName(declarantName);
    if (!declarant) {
        return declarant.error();
    }
    const QString id = newId();
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral(
                "INSERT INTO procedures (id, declarant_id, kind, legal_hold, recorded_at, recorded_by) "
                "VALUES (?, ?, ?, ?, ?, ?)"),
            {id, declarant->id, procedureKindId(kind), legalHold ? 1 : 0, timestamp(*at), actor->personId});
        !inserted) {
        return inserted.error();
    }
    if (Status audited = m_audit.append(*actor, admin, actions::Procedure, {},
                                        {{QStringLiteral("procedure"), id},
                                         {QStringLiteral("declarant"), declarant->id},
                                         {QStringLiteral("kind"), procedureKindId(kind)},
                                         {QStringLiteral("legal-hold"), legalHold}},
                                        *at);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<ProcedureRecord> Procedures::close(const crypto::Identity& admin, const QString& procedureId)
{
    auto actor = m_directory.actorFor(admin);
    if (!actor) {
        return actor.error();
    }
    if (const Decision decision = decideStore(*actor, StoreAction::CloseProcedure); !decision) {
        return m_audit.refused(*actor, admin, actions::ProcedureClose, {}, decision.reason);
    }
    // Read and closed under the write lock: two administrators closing the same procedure cannot both
    // succeed, and the count of holds left is the one the entry records.
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto rows = fetch(m_connection, kProcedureSelect + QStringLiteral("WHERE r.id = ?"), {procedureId});
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
    auto at = writeTime(m_connection);
    if (!at) {
        return at.error();
    }
    const QString closedAt = timestamp(*at);
    if (auto updated =
            m_connection.exec(QStringLiteral("UPDATE procedures SET closed_at = ? WHERE id = ? AND closed_at "
                                             "IS NULL"),
                              {closedAt, procedureId});
        !updated) {
        return updated.error();
    }
    auto holds =
        fetch(m_connection,
              QStringLiteral("SELECT COUNT(*) FROM procedures WHERE declarant_id = ? AND legal_hold = 1 "
                             "AND closed_at IS NULL"),
              {procedure->declarantId});
    if (!holds) {
        return holds.error();
    }
    const int holdsLeft = holds->empty() ? 0 : holds->front().at(0).toInt();
    if (Status audited = m_audit.append(*actor, admin, actions::ProcedureClose, {},
                                        {{QStringLiteral("procedure"), procedureId},
                                         {QStringLiteral("declarant"), procedure->declarantId},
                                         {QStringLiteral("kind"), procedureKindId(procedure->kind)},
                                         {QStringLiteral("legal-hold"), procedure->legalHold},
                                         {QStringLiteral("legal-holds-left"), holdsLeft}},
                                        *at);
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

Result<QList<ProcedureRecord>> Procedures::list(const crypto::Identity& identity, bool openOnly)
{
    auto reader = m_audit.wholeTrailReader(identity, QStringLiteral("procedure-list"));
    if (!reader) {
        return reader.error();
    }
    auto rows =
        fetch(m_connection, kProcedureSelect +
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

Result<std::set<ProcedureKind>> Procedures::openKinds(const QString& declarantId) const
{
    auto rows =
        fetch(m_connection,
              QStringLiteral("SELECT kind FROM procedures WHERE declarant_id = ? AND closed_at IS NULL"),
              {declarantId});
    if (!rows) {
        return rows.error();
    }
    std::set<ProcedureKind> kinds;
    for (const auto& row : *rows) {
        if (auto kind = procedureKindFromId(row.at(0).toString())) {
            kinds.insert(*kind);
        }
    }
    return kinds;
}

Status Procedures::destroy(const QString& declarationId, const QString& declarantId) const
{
    if (m_connection.serverEnforced()) {
        // The server destroys, after checking the retention rule and the legal holds itself
        // (store/server/policies.sql).
        if (auto purged = m_connection.exec(QStringLiteral("SELECT probitas_purge(?)"), {declarationId});
            !purged) {
            return purged.error();
        }
        return success();
    }
    // The entretiens', the avis' and the controls' sealed documents go with the declaration; their metadata
    // stays.
    for (const char* statement :
         {"DELETE FROM envelope_recipients WHERE declaration_id = ?",
          "DELETE FROM envelopes WHERE declaration_id = ?", "DELETE FROM receipts WHERE declaration_id = ?",
          "UPDATE entretiens SET convocation = NULL, fiche = NULL, acknowledgement = NULL, status = "
          "'destroyed' WHERE declaration_id = ?",
          "UPDATE avis_requests SET request = NULL, avis = NULL, status = 'destroyed' WHERE "
          "declaration_id = ?",
          "UPDATE control_acts SET document = NULL WHERE declaration_id = ?",
          "UPDATE controls SET status = 'destroyed' WHERE declaration_id = ?"}) {
        if (auto deleted = m_connection.exec(QString::fromLatin1(statement), {declarationId}); !deleted) {
            return deleted.error();
        }
    }
    if (auto updated = m_connection.exec(QStringLiteral("UPDATE declarations SET status = ? WHERE id = ?"),
                                         {kDestroyed, declarationId});
        !updated) {
        return updated.error();
    }
    return m_drafts.discardOf(declarantId);
}

Result<PurgeReport> Procedures::purge(const crypto::Identity& admin, bool dryRun)
{
    auto actor = m_directory.actorFor(admin);
    if (!actor) {
        return actor.error();
    }
    if (const Decision decision = decide(*actor, Action::Purge, {}); !decision) {
        return m_audit.denied(*actor, admin, Action::Purge, {}, decision.reason);
    }
    // Destruction rests on the ceased_on of a valid administrator's statement, verified now from the trail
    // as it stands, not on a replay made before.
    m_directory.forgetReplay();
    auto people = m_directory.people();
    if (!people) {
        return people.error();
    }
    PurgeReport report;
    const QDate today = Clock::nowUtc().date();
    for (const Person& person : *people) {
        // Kept until five years after the magistrate leaves office (CJA R.131-8).
        if (!person.profile || !person.profile->ceasedOn.isValid() ||
            person.profile->ceasedOn.addYears(5) >= today) {
            continue;
        }
        auto declarations =
            fetch(m_connection,
                  QStringLiteral("SELECT id FROM declarations WHERE declarant_id = ? AND status <> ? "
                                 "ORDER BY filed_at"),
                  {person.id, kDestroyed});
        if (!declarations) {
            return declarations.error();
        }
        if (declarations->empty()) {
            continue;
        }
        auto holds =
            fetch(m_connection,
                  QStringLiteral("SELECT id FROM procedures WHERE declarant_id = ? AND legal_hold = 1 AND "
                                 "closed_at IS NULL"),
                  {person.id});
        if (!holds) {
            return holds.error();
        }
        for (const auto& row : *declarations) {
            const QString id = row.at(0).toString();
            if (!holds->empty()) {
                report.held << id;
                continue;
            }
            report.destroyed << id;
            if (dryRun) {
                continue;
            }
            Transaction transaction(m_connection);
            if (Status begun = transaction.begin(); !begun) {
                return begun.error();
            }
            const QJsonObject basis{
                {QStringLiteral("basis"), QStringLiteral("CJA R.131-8")},
                {QStringLiteral("ceased-on"), person.profile->ceasedOn.toString(Qt::ISODate)}};
            // Its signed record first: a server store destroys only with it in the transaction.
            if (Status audited = m_audit.append(*actor, admin, QStringLiteral("purge"), id, basis);
                !audited) {
                return audited.error();
            }
            if (Status destroyed = destroy(id, person.id); !destroyed) {
                return destroyed.error();
            }
            if (Status committed = transaction.commit(); !committed) {
                return committed.error();
            }
        }
    }
    if (!dryRun && !report.destroyed.isEmpty() && m_connection.backend() == Backend::Sqlite) {
        // Zeroed pages (secure_delete) must also leave the WAL: checkpoint it into the main file and
        // truncate.
        if (auto checkpoint = m_connection.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            !checkpoint) {
            return checkpoint.error();
        }
    }
    return report;
}

} // namespace probitas::store
