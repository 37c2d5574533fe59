// The entretien déontologique (art. 7-2 I) and the collège's avis (art. 7-2 II): their registers
// (Registers.h), which share how a document is sealed, opened and checked. Sealed documents, clear metadata,
// one transaction and one audit entry per step, and decideEntretien / decideAvis for who may take it.
#include "Registers.h"

#include "CanonicalJson.h"
#include "Clock.h"
#include "Envelope.h"
#include "Receipt.h"
#include "StoreSql.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace probitas::store {

using namespace sql;

namespace {

// The ids the statements bind (RecordStatus.h).
const QString kScheduled = entretienStatusId(EntretienStatus::Scheduled);
const QString kHeld = entretienStatusId(EntretienStatus::Held);
const QString kAcknowledged = entretienStatusId(EntretienStatus::Acknowledged);
const QString kRequested = avisStatusId(AvisStatus::Requested);
const QString kAnswered = avisStatusId(AvisStatus::Answered);
const QString kInvitationOpen = invitationStateId(InvitationState::Open);
const QString kInvitationAnswered = invitationStateId(InvitationState::Answered);
// The forward that carries the certified copy to the collège (décret 93-21 art. 11-3).
const QString kAvisBasis = QStringLiteral("art. 7-2 II");

const QString kEntretienSelect = QStringLiteral(
    "SELECT e.id, e.declaration_id, d.declarant_id, p.name, e.authority_id, a.authority_id, e.delegate_id, "
    "e.scheduled_at, e.status, e.recorded_at, e.acknowledged_at, e.invitation, e.invited_at, "
    "e.invitation_answered_by FROM entretiens e JOIN declarations d ON d.id = e.declaration_id JOIN people p "
    "ON p.id = d.declarant_id JOIN people a ON a.id = e.authority_id ");

Result<EntretienRecord> entretienFromRow(const QVariantList& row)
{
    auto status = parseEntretienStatus(row.at(8).toString(), row.at(0).toString());
    if (!status) {
        return status.error();
    }
    auto invitation = parseInvitationState(row.at(11).toString(), row.at(0).toString());
    if (!invitation) {
        return invitation.error();
    }
    EntretienRecord record;
    record.id = row.at(0).toString();
    record.declarationId = row.at(1).toString();
    record.declarantId = row.at(2).toString();
    record.declarant = row.at(3).toString();
    record.authorityId = row.at(4).toString();
    record.authority = row.at(5).toString();
    record.delegateId = row.at(6).toString();
    record.scheduledAt = parseTimestamp(row.at(7).toString());
    record.status = *status;
    record.heldAt = parseTimestamp(row.at(9).toString());
    record.acknowledgedAt = parseTimestamp(row.at(10).toString());
    record.invitation = *invitation;
    record.invitedAt = parseTimestamp(row.at(12).toString());
    record.answeredBy = row.at(13).toString();
    return record;
}

const QString kAvisSelect = QStringLiteral(
    "SELECT r.id, r.declaration_id, d.declarant_id, p.name, r.requested_by, a.authority_id, r.college_id, "
    "r.envelope_id, r.requested_at, r.status, r.answered_at FROM avis_requests r JOIN declarations d ON d.id "
    "= r.declaration_id JOIN people p ON p.id = d.declarant_id JOIN people a ON a.id = r.requested_by ");

Result<AvisRecord> avisFromRow(const QVariantList& row)
{
    auto status = parseAvisStatus(row.at(9).toString(), row.at(0).toString());
    if (!status) {
        return status.error();
    }
    AvisRecord record;
    record.id = row.at(0).toString();
    record.declarationId = row.at(1).toString();
    record.declarantId = row.at(2).toString();
    record.declarant = row.at(3).toString();
    record.requestedById = row.at(4).toString();
    record.requestedBy = row.at(5).toString();
    record.collegeId = row.at(6).toString();
    record.envelopeId = row.at(7).toString();
    record.requestedAt = parseTimestamp(row.at(8).toString());
    record.status = *status;
    record.answeredAt = parseTimestamp(row.at(10).toString());
    return record;
}

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

Error wrongState(const QString& message)
{
    return Error{ErrorKind::Invalid, message, QString(errors::WrongState)};
}

Error mismatch(const QString& message)
{
    return Error{ErrorKind::Invalid, message, QString(errors::Mismatch)};
}

Error destroyed()
{
    return Error{ErrorKind::Unusable, EntretienRegister::tr("destroyed under the retention rules"),
                 QString(errors::NotFound)};
}

// A magistrate in the directory who can hold an entretien for the authority: not the declarant, not the
// authority itself, not an auditor or an administrator.
Status checkDelegate(const Person& delegate, const QString& declarantId, const QString& authorityId)
{
    if (!delegateAllowed(delegate.actor(), {declarantId, DeclarationKind::Interets, {}, authorityId, {}})) {
        return Error::invalid(
            EntretienRegister::tr("%1 cannot hold the entretien as the authority's delegate")
                .arg(delegate.name));
    }
    return success();
}

Result<QByteArray> sealDocument(QByteArray canonical, const crypto::Identity& signer,
                                const QList<crypto::Certificate>& recipients)
{
    auto sealed = crypto::Envelope::seal(canonical, signer, recipients);
    crypto::wipe(canonical);
    return sealed;
}

// The audit entry that recorded a sealed document (its `sha256Key` naming the SHA-256 of exactly these
// bytes), unverified: openDocument verifies it before relying on it. A document no entry records is refused.
Result<AuditEntry> recordedAt(const Connection& connection, const QString& action,
                              const QString& declarationId, const QString& sha256Key,
                              const QByteArray& sealed)
{
    auto rows =
        fetch(connection,
              QStringLiteral("SELECT %1 FROM audit WHERE action = ? AND declaration_id = ? ORDER BY sequence")
                  .arg(kAuditColumns),
              {action, declarationId});
    if (!rows) {
        return rows.error();
    }
    const QString sha256 = sha256Hex(sealed);
    for (const auto& row : *rows) {
        AuditEntry entry = entryFromRow(row);
        if (entry.details.value(sha256Key).toString() == sha256) {
            return entry;
        }
    }
    return Error{ErrorKind::Integrity,
                 EntretienRegister::tr("the audit trail does not record this document (no %1 entry names it)")
                     .arg(action),
                 QString(errors::AuditBroken)};
}

// Opens a sealed document once the entry that recorded it is verified (its hash, and its signature by its
// actor's certificate then) and names its writer, and checks that the document is signed by the certificate
// the writer held at that entry, judged at its time: a document written before a renewal stays its
// writer's, and one kept for years stays readable after that certificate has expired.
Result<crypto::SecureBytes> openDocument(const QByteArray& sealed, const crypto::Identity& identity,
                                         const DirectoryView& directory, const Person& writer,
                                         const Result<AuditEntry>& recorded)
{
    if (!recorded) {
        return recorded.error();
    }
    auto replayed = directory.replayed();
    if (!replayed) {
        return replayed.error();
    }
    const crypto::Certificate writerCertificate = (*replayed)->certificateAt(writer.id, recorded->sequence);
    if (const QString problem = auditEntryProblem(*recorded, writerCertificate);
        !problem.isEmpty() || recorded->actorId != writer.id) {
        return Error{
            ErrorKind::Integrity,
            EntretienRegister::tr("audit entry %1, which records the document, is not what its writer "
                                  "signed")
                .arg(recorded->sequence),
            QString(errors::AuditBroken)};
    }
    auto opened = crypto::Envelope::open(sealed, identity, {}, recorded->at);
    if (!opened) {
        return opened.error();
    }
    if (opened->signer.sha256Fingerprint() != writerCertificate.sha256Fingerprint()) {
        return Error{ErrorKind::Integrity,
                     EntretienRegister::tr("the document is not signed by the one who wrote it"),
                     QStringLiteral("store.wrong-signer")};
    }
    return std::move(opened->content);
}

// The plaintext is parsed in place: no unwiped copy of it.
template <typename Decode> auto decodeSecure(const crypto::SecureBytes& content, Decode decode)
{
    return decode(QByteArray::fromRawData(content.constData(), content.size()));
}

// A sealed document moved from another row: it names another declaration (or request).
Error notOurs()
{
    return Error{ErrorKind::Integrity,
                 EntretienRegister::tr("the stored document belongs to another declaration"),
                 QString(errors::Mismatch)};
}

// A sealed document opened, its writer checked, and decoded in place.
template <typename Decode>
auto openSealed(const QByteArray& sealed, const crypto::Identity& identity, const DirectoryView& directory,
                const Person& writer, const Result<AuditEntry>& recorded, Decode decode)
    -> decltype(decode(QByteArray()))
{
    auto opened = openDocument(sealed, identity, directory, writer, recorded);
    if (!opened) {
        return opened.error();
    }
    return decodeSecure(*opened, decode);
}

// The record of the one row `sql` selects by id; `missing` (NotFound) when there is none.
template <typename Record>
Result<Record> fetchRecord(const Connection& connection, const QString& sql, const QString& id,
                           Result<Record> (*fromRow)(const QVariantList&), const QString& missing)
{
    auto rows = fetch(connection, sql, {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{ErrorKind::Unusable, missing, QString(errors::NotFound)};
    }
    return fromRow(rows->front());
}

// The records `select` reads, or those about one declaration only, in `order`, that `listable` keeps.
template <typename Record, typename Listable>
Result<QList<Record>> fetchListable(const Connection& connection, const QString& select,
                                    const QString& declarationColumn, const QString& declarationId,
                                    const QString& order, Result<Record> (*fromRow)(const QVariantList&),
                                    Listable listable)
{
    auto rows =
        declarationId.isEmpty()
            ? fetch(connection, select + order)
            : fetch(connection, select + QStringLiteral("WHERE %1 = ? ").arg(declarationColumn) + order,
                    {declarationId});
    if (!rows) {
        return rows.error();
    }
    QList<Record> records;
    for (const auto& row : *rows) {
        auto record = fromRow(row);
        if (!record) {
            return record.error();
        }
        if (listable(*record)) {
            records << std::move(record).value();
        }
    }
    return records;
}

// The sealed documents of one entretien or avis request, by id; the first is NULL once destroyed.
Result<QVariantList> fetchDocuments(const Connection& connection, const QString& sql, const QString& id)
{
    auto rows = fetch(connection, sql, {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->front().at(0).isNull()) {
        return destroyed();
    }
    return rows->front();
}

// Inside the caller's transaction: an UPDATE guarded by the state it expects, refused as `meanwhile` (someone
// else took the step first) unless it changed exactly one row.
Status updateOnce(const Connection& connection, const QString& sql, const QVariantList& values,
                  const QString& meanwhile)
{
    auto updated = connection.exec(sql, values);
    if (!updated) {
        return updated.error();
    }
    if (updated.value().numRowsAffected() != 1) {
        return wrongState(meanwhile);
    }
    return success();
}

} // namespace

EntretienRegister::EntretienRegister(const Connection& connection, const DirectoryView& directory,
                                     const AuditTrail& audit, const Declarations& declarations)
    : m_connection(connection)
    , m_directory(directory)
    , m_audit(audit)
    , m_declarations(declarations)
{}

AvisRegister::AvisRegister(const Connection& connection, const DirectoryView& directory,
                           const AuditTrail& audit, Declarations& declarations)
    : m_connection(connection)
    , m_directory(directory)
    , m_audit(audit)
    , m_declarations(declarations)
{}

QJsonObject EntretienRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("declaration"), declarationId},
        {QStringLiteral("declarant"), declarant},
        {QStringLiteral("authority"), authority},
        {QStringLiteral("delegated"), !delegateId.isEmpty()},
        {QStringLiteral("scheduled_at"), timeOrNull(scheduledAt)},
        {QStringLiteral("status"), entretienStatusId(status)},
        {QStringLiteral("held_at"), timeOrNull(heldAt)},
        {QStringLiteral("acknowledged_at"), timeOrNull(acknowledgedAt)},
        {QStringLiteral("invitation"), textOrNull(invitationStateId(invitation))},
        {QStringLiteral("invited_at"), timeOrNull(invitedAt)},
        {QStringLiteral("answered_by"), textOrNull(answeredBy)},
    };
}

QJsonObject AvisRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("declaration"), declarationId},
        {QStringLiteral("declarant"), declarant},
        {QStringLiteral("requested_by"), requestedBy},
        {QStringLiteral("requested_at"), timeOrNull(requestedAt)},
        {QStringLiteral("status"), avisStatusId(status)},
        {QStringLiteral("answered_at"), timeOrNull(answeredAt)},
    };
}

QByteArray OpenedEntretien::toCanonicalJson() const
{
    return json::serialize(QJsonObject{
        {QStringLiteral("convocation"),
         convocation ? QJsonValue(EntretienCodec::toJson(*convocation)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fiche"),
         fiche ? QJsonValue(EntretienCodec::toJson(*fiche)) : QJsonValue(QJsonValue::Null)},
    });
}

QByteArray OpenedAvis::toCanonicalJson() const
{
    return json::serialize(QJsonObject{
        {QStringLiteral("request"), EntretienCodec::toJson(request)},
        {QStringLiteral("avis"),
         avis ? QJsonValue(EntretienCodec::toJson(*avis)) : QJsonValue(QJsonValue::Null)},
    });
}

// ---- shared ----------------------------------------------------------------------------------------------

Result<EntretienRegister::Step> EntretienRegister::step(const QString& entretienId,
                                                        const crypto::Identity& identity,
                                                        EntretienAction action) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto entretien = get(entretienId);
    if (!entretien) {
        auto hidden =
            hiddenByTheServer(m_connection, entretien.error(), QStringLiteral("entretiens"), entretienId);
        if (hidden && *hidden) {
            // Which declaration it is about is hidden too: the entry names the entretien.
            return m_audit.refused(*actor, identity, entretienActionId(action), {}, kHiddenByTheServer,
                                   {{QStringLiteral("entretien"), entretienId}});
        }
        return hidden ? entretien.error() : hidden.error();
    }
    auto facts = m_declarations.facts(entretien->declarationId);
    if (!facts) {
        return facts.error();
    }
    const EntretienFacts entretienFacts{facts->declarantId, facts->kind, facts->filedTo,
                                        entretien->authorityId, entretien->delegateId};
    if (const Decision decision = decideEntretien(*actor, action, entretienFacts); !decision) {
        return m_audit.refused(*actor, identity, entretienActionId(action), entretien->declarationId,
                               decision.reason);
    }
    return Step{std::move(actor).value(), std::move(entretien).value()};
}

Result<AvisRegister::Step> AvisRegister::step(const QString& requestId, const crypto::Identity& identity,
                                              AvisAction action) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto request = get(requestId);
    if (!request) {
        auto hidden =
            hiddenByTheServer(m_connection, request.error(), QStringLiteral("avis_requests"), requestId);
        if (hidden && *hidden) {
            return m_audit.refused(*actor, identity, avisActionId(action), {}, kHiddenByTheServer,
                                   {{QStringLiteral("request"), requestId}});
        }
        return hidden ? request.error() : hidden.error();
    }
    auto facts = m_declarations.facts(request->declarationId);
    if (!facts) {
        return facts.error();
    }
    const AvisFacts avisFacts{facts->declarantId, facts->kind, facts->filedTo, request->requestedById,
                              request->collegeId};
    if (const Decision decision = decideAvis(*actor, action, avisFacts); !decision) {
        return m_audit.refused(*actor, identity, avisActionId(action), request->declarationId,
                               decision.reason);
    }
    return Step{std::move(actor).value(), std::move(request).value()};
}

// ---- entretien -------------------------------------------------------------------------------------------

Result<EntretienRecord> EntretienRegister::get(const QString& entretienId) const
{
    return fetchRecord(m_connection, kEntretienSelect + QStringLiteral("WHERE e.id = ?"), entretienId,
                       &entretienFromRow, tr("no entretien %1 in the store").arg(entretienId));
}

Result<QList<EntretienRecord>> EntretienRegister::list(const crypto::Identity& identity,
                                                       const QString& declarationId) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    return fetchListable(
        m_connection, kEntretienSelect, QStringLiteral("e.declaration_id"), declarationId,
        QStringLiteral("ORDER BY e.scheduled_at, e.id"), &entretienFromRow,
        [&](const EntretienRecord& record) {
            // Listing needs only who is party to it.
            const EntretienFacts facts{
                record.declarantId, DeclarationKind::Interets, {}, record.authorityId, record.delegateId};
            return bool(decideEntretien(*actor, EntretienAction::List, facts));
        });
}

Result<QString> EntretienRegister::schedule(const QString& declarationId, const crypto::Identity& authority,
                                            const QDateTime& at, const QString& place,
                                            const QString& delegateName)
{
    auto actor = m_directory.actorFor(authority);
    if (!actor) {
        return actor.error();
    }
    auto facts = m_declarations.factsFor(*actor, authority, entretienActionId(EntretienAction::Schedule),
                                         declarationId);
    if (!facts) {
        return facts.error();
    }
    const EntretienFacts entretienFacts{facts->declarantId, facts->kind, facts->filedTo, {}, {}};
    if (const Decision decision = decideEntretien(*actor, EntretienAction::Schedule, entretienFacts);
        !decision) {
        return m_audit.refused(*actor, authority, entretienActionId(EntretienAction::Schedule), declarationId,
                               decision.reason);
    }
    auto declaration = m_declarations.record(declarationId);
    if (!declaration) {
        return declaration.error();
    }
    if (isFinal(declaration->status)) {
        return wrongState(tr("declaration %1 is %2: no entretien about it")
                              .arg(declarationId, declarationStatusId(declaration->status)));
    }
    if (!at.isValid()) {
        return Error::unusable(tr("an entretien needs its date and time"));
    }
    EntretienConvocation convocation{
        declarationId, QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC), place.trimmed(), {}};
    auto declarant = m_directory.personById(facts->declarantId);
    if (!declarant) {
        return declarant.error();
    }
    auto self = m_directory.personById(actor->personId);
    if (!self) {
        return self.error();
    }
    QList<crypto::Certificate> recipients{self->certificate, declarant->certificate};
    QString delegateId;
    if (!delegateName.isEmpty()) {
        auto delegate = m_directory.personByName(delegateName);
        if (!delegate) {
            return delegate.error();
        }
        if (Status fit = checkDelegate(*delegate, facts->declarantId, actor->personId); !fit) {
            return fit.error();
        }
        convocation.delegate = delegate->name;
        delegateId = delegate->id;
        recipients << delegate->certificate;
    }
    // What is sealed is what the codec reads back: a blank place or a too long one is refused here.
    if (auto checked = EntretienCodec::convocationFromJson(EntretienCodec::toJson(convocation)); !checked) {
        return checked.error();
    }
    auto sealed = sealDocument(EntretienCodec::encode(convocation), authority, recipients);
    if (!sealed) {
        return sealed.error();
    }
    const QString id = newId();
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    auto pending = fetch(m_connection,
                         QStringLiteral("SELECT id FROM entretiens WHERE declaration_id = ? AND status = ?"),
                         {declarationId, kScheduled});
    if (!pending) {
        return pending.error();
    }
    if (!pending->empty()) {
        return wrongState(tr("an entretien about declaration %1 is already scheduled (%2)")
                              .arg(declarationId, pending->front().at(0).toString()));
    }
    const QString scheduledAt = timestamp(convocation.at);
    auto createdAt = writeTime(m_connection);
    if (!createdAt) {
        return createdAt.error();
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral(
                "INSERT INTO entretiens (id, declaration_id, authority_id, delegate_id, scheduled_at, "
                "status, convocation, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, declarationId, actor->personId, nullable(delegateId), scheduledAt, kScheduled, *sealed,
             timestamp(*createdAt)});
        !inserted) {
        return inserted.error();
    }
    if (Status audited =
            m_audit.append(*actor, authority, QStringLiteral("entretien-schedule"), declarationId,
                           {{QStringLiteral("entretien"), id},
                            {QStringLiteral("scheduled-at"), scheduledAt},
                            {QStringLiteral("delegate"), textOrNull(delegateId)},
                            {QStringLiteral("convocation-sha256"), sha256Hex(*sealed)}},
                           *createdAt);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "entretien" << id << "scheduled about" << declarationId;
    return id;
}

Status EntretienRegister::record(const QString& entretienId, const crypto::Identity& identity,
                                 const EntretienFiche& fiche)
{
    auto step = this->step(entretienId, identity, EntretienAction::Record);
    if (!step) {
        return step.error();
    }
    const Actor* actor = &step->actor;
    const EntretienRecord* entretien = &step->record;
    if (entretien->status != EntretienStatus::Scheduled) {
        return wrongState(tr("entretien %1 is %2: its fiche is recorded once")
                              .arg(entretienId, entretienStatusId(entretien->status)));
    }
    if (auto checked = EntretienCodec::ficheFromJson(EntretienCodec::toJson(fiche)); !checked) {
        return checked.error();
    }
    if (fiche.declarationId != entretien->declarationId) {
        return mismatch(tr("the fiche is about declaration %1; entretien %2 is about declaration %3")
                            .arg(fiche.declarationId, entretienId, entretien->declarationId));
    }
    if (fiche.authority != entretien->authority) {
        return mismatch(tr("the fiche names the authority %1; this entretien is held by %2")
                            .arg(fiche.authority, entretien->authority));
    }
    if (fiche.date > Clock::today()) {
        return Error::invalid(tr("the fiche is dated %1: record it once the entretien is held")
                                  .arg(fiche.date.toString(Qt::ISODate)));
    }
    auto declarant = m_directory.personById(entretien->declarantId);
    if (!declarant) {
        return declarant.error();
    }
    auto authority = m_directory.personById(entretien->authorityId);
    if (!authority) {
        return authority.error();
    }
    QList<crypto::Certificate> recipients{authority->certificate, declarant->certificate};
    QString delegateId;
    if (fiche.delegated()) {
        auto delegate = m_directory.personByName(fiche.delegatedTo);
        if (!delegate) {
            return Error{ErrorKind::Invalid,
                         tr("the fiche's delegate %1 is not in the store's directory").arg(fiche.delegatedTo),
                         QString(errors::NotFound)};
        }
        if (Status fit = checkDelegate(*delegate, entretien->declarantId, entretien->authorityId); !fit) {
            return fit.error();
        }
        delegateId = delegate->id;
        recipients << delegate->certificate;
    }
    if (actor->personId != entretien->authorityId && actor->personId != delegateId) {
        return mismatch(tr("a delegate records only an entretien the fiche says they held"));
    }
    auto sealed = sealDocument(EntretienCodec::encode(fiche), identity, recipients);
    if (!sealed) {
        return sealed.error();
    }
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    if (Status updated = updateOnce(
            m_connection,
            QStringLiteral("UPDATE entretiens SET fiche = ?, status = ?, recorded_at = ?, recorded_by = ?, "
                           "delegate_id = ? WHERE id = ? AND status = ?"),
            {*sealed, kHeld, timestamp(*at), actor->personId, nullable(delegateId), entretienId, kScheduled},
            tr("entretien %1 was recorded meanwhile").arg(entretienId));
        !updated) {
        return updated;
    }
    if (Status audited =
            m_audit.append(*actor, identity, QStringLiteral("entretien-record"), entretien->declarationId,
                           {{QStringLiteral("entretien"), entretienId},
                            {QStringLiteral("delegate"), textOrNull(delegateId)},
                            {QStringLiteral("fiche-sha256"), sha256Hex(*sealed)}},
                           *at);
        !audited) {
        return audited;
    }
    return transaction.commit();
}

Result<OpenedEntretien> EntretienRegister::open(const QString& entretienId, const crypto::Identity& identity)
{
    auto step = this->step(entretienId, identity, EntretienAction::Open);
    if (!step) {
        return step.error();
    }
    const Actor* actor = &step->actor;
    const EntretienRecord* entretien = &step->record;
    auto documents = fetchDocuments(
        m_connection, QStringLiteral("SELECT convocation, fiche, recorded_by FROM entretiens WHERE id = ?"),
        entretienId);
    if (!documents) {
        return documents.error();
    }
    const QVariantList& row = *documents;
    auto authority = m_directory.personById(entretien->authorityId);
    if (!authority) {
        return authority.error();
    }
    OpenedEntretien result;
    // The failure that stops the opening, audited as open-failed.
    auto failed = [&](const Error& error) {
        return m_audit.openFailed(*actor, identity, entretien->declarationId,
                                  {{QStringLiteral("entretien"), entretienId}}, error);
    };
    auto convocation =
        openSealed(row.at(0).toByteArray(), identity, m_directory, *authority,
                   recordedAt(m_connection, QStringLiteral("entretien-schedule"), entretien->declarationId,
                              QStringLiteral("convocation-sha256"), row.at(0).toByteArray()),
                   &EntretienCodec::decodeConvocation);
    if (convocation) {
        if (convocation->declarationId != entretien->declarationId) {
            return failed(notOurs());
        }
        result.convocation = std::move(convocation).value();
    } else if (convocation.error().code != QLatin1String("crypto.not-recipient") || row.at(1).isNull()) {
        // Only a delegate named in the fiche alone was not convoked: they read the fiche.
        return failed(convocation.error());
    }
    if (!row.at(1).isNull()) {
        auto writer = m_directory.personById(row.at(2).toString());
        if (!writer) {
            return writer.error();
        }
        auto fiche =
            openSealed(row.at(1).toByteArray(), identity, m_directory, *writer,
                       recordedAt(m_connection, QStringLiteral("entretien-record"), entretien->declarationId,
                                  QStringLiteral("fiche-sha256"), row.at(1).toByteArray()),
                       [](const QByteArray& json) { return EntretienCodec::decodeFiche(json); });
        if (!fiche) {
            return failed(fiche.error());
        }
        if (fiche->declarationId != entretien->declarationId) {
            return failed(notOurs());
        }
        result.fiche = std::move(fiche).value();
    }
    if (Status audited =
            m_audit.appendAlone(*actor, identity, QStringLiteral("entretien-open"), entretien->declarationId,
                                {{QStringLiteral("entretien"), entretienId}});
        !audited) {
        return audited.error();
    }
    return result;
}

Result<QByteArray> EntretienRegister::acknowledge(const QString& entretienId,
                                                  const crypto::Identity& declarant)
{
    auto step = this->step(entretienId, declarant, EntretienAction::Acknowledge);
    if (!step) {
        return step.error();
    }
    const Actor* actor = &step->actor;
    const EntretienRecord* entretien = &step->record;
    if (entretien->status != EntretienStatus::Held) {
        return wrongState(
            entretien->status == EntretienStatus::Scheduled
                ? tr("entretien %1 is not held yet: there is no fiche to acknowledge").arg(entretienId)
                : tr("entretien %1 is %2").arg(entretienId, entretienStatusId(entretien->status)));
    }
    auto rows = fetch(m_connection, QStringLiteral("SELECT fiche, recorded_by FROM entretiens WHERE id = ?"),
                      {entretienId});
    if (!rows) {
        return rows.error();
    }
    const QByteArray fiche = rows->front().at(0).toByteArray();
    auto writer = m_directory.personById(rows->front().at(1).toString());
    if (!writer) {
        return writer.error();
    }
    // One acknowledges only what one could read and check: the fiche is opened and its writer verified, then
    // the declarant signs a receipt over its envelope.
    Result<QByteArray> receipt = QByteArray();
    const auto writtenAt = recordedAt(m_connection, QStringLiteral("entretien-record"),
                                      step->record.declarationId, QStringLiteral("fiche-sha256"), fiche);
    if (auto opened = openDocument(fiche, declarant, m_directory, *writer, writtenAt); !opened) {
        receipt = opened.error();
    } else {
        receipt = crypto::Receipt::create(fiche, declarant, {}); // the declarant holds no authority id
    }
    if (!receipt) {
        static_cast<void>(m_audit.appendAlone(
            *actor, declarant, QStringLiteral("open-failed"), entretien->declarationId,
            {{QStringLiteral("entretien"), entretienId}, {QStringLiteral("code"), receipt.error().code}}));
        return receipt.error();
    }
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    if (Status updated =
            updateOnce(m_connection,
                       QStringLiteral("UPDATE entretiens SET acknowledgement = ?, acknowledged_at = ?, "
                                      "status = ? WHERE id = ? AND status = ?"),
                       {*receipt, timestamp(*at), kAcknowledged, entretienId, kHeld},
                       tr("entretien %1 was acknowledged meanwhile").arg(entretienId));
        !updated) {
        return updated.error();
    }
    if (Status audited = m_audit.append(*actor, declarant, QStringLiteral("entretien-acknowledge"),
                                        entretien->declarationId,
                                        {{QStringLiteral("entretien"), entretienId},
                                         {QStringLiteral("receipt-sha256"), sha256Hex(*receipt)},
                                         {QStringLiteral("fiche-sha256"), sha256Hex(fiche)}},
                                        *at);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *receipt;
}

Result<QByteArray> EntretienRegister::acknowledgement(const QString& entretienId,
                                                      const crypto::Identity& identity) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto entretien = get(entretienId);
    if (!entretien) {
        return entretien.error();
    }
    const EntretienFacts facts{
        entretien->declarantId, DeclarationKind::Interets, {}, entretien->authorityId, entretien->delegateId};
    if (!decideEntretien(*actor, EntretienAction::Open, facts)) {
        return Error{ErrorKind::AccessDenied, tr("access denied"), QString(errors::Denied)};
    }
    auto rows =
        fetch(m_connection,
              QStringLiteral("SELECT acknowledgement, fiche, recorded_by, acknowledged_at FROM entretiens "
                             "WHERE id = ?"),
              {entretienId});
    if (!rows) {
        return rows.error();
    }
    if (rows->front().at(0).isNull()) {
        return Error{ErrorKind::Unusable, tr("entretien %1 is not acknowledged").arg(entretienId),
                     QString(errors::NotFound)};
    }
    // Handed out only as the declarant's own receipt over the fiche its writer signed (crypto::Receipt).
    const QByteArray receipt = rows->front().at(0).toByteArray();
    auto writer = m_directory.personById(rows->front().at(2).toString());
    auto declarant = m_directory.personById(entretien->declarantId);
    if (!writer || !declarant) {
        return !writer ? writer.error() : declarant.error();
    }
    crypto::ReceiptExpectations expected;
    expected.declarant = writer->certificate;
    expected.authority = declarant->certificate;
    expected.validAt = parseTimestamp(rows->front().at(3).toString());
    if (auto verified = crypto::Receipt::verify(receipt, rows->front().at(1).toByteArray(),
                                                {declarant->certificate}, expected);
        !verified) {
        return Error{ErrorKind::Integrity,
                     tr("the acknowledgement held for entretien %1 is not valid: %2")
                         .arg(entretienId, verified.error().message),
                     verified.error().code};
    }
    return receipt;
}

Status EntretienRegister::inviteModification(const QString& entretienId, const crypto::Identity& authority)
{
    auto step = this->step(entretienId, authority, EntretienAction::Invite);
    if (!step) {
        return step.error();
    }
    const Actor* actor = &step->actor;
    const EntretienRecord* entretien = &step->record;
    // "À l'issue de l'entretien, la déclaration peut être modifiée par le magistrat."
    if (entretien->status != EntretienStatus::Held && entretien->status != EntretienStatus::Acknowledged) {
        return wrongState(tr("entretien %1 is %2: invite the declarant once it is held")
                              .arg(entretienId, entretienStatusId(entretien->status)));
    }
    if (entretien->invitation != InvitationState::None) {
        return wrongState(tr("the declarant was already invited to modify the declaration after entretien %1")
                              .arg(entretienId));
    }
    auto declaration = m_declarations.record(entretien->declarationId);
    if (!declaration) {
        return declaration.error();
    }
    if (isFinal(declaration->status)) {
        return wrongState(tr("declaration %1 is already %2")
                              .arg(declaration->id, declarationStatusId(declaration->status)));
    }
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    if (Status updated = updateOnce(
            m_connection,
            QStringLiteral(
                "UPDATE entretiens SET invitation = ?, invited_at = ? WHERE id = ? AND invitation IS NULL"),
            {kInvitationOpen, timestamp(*at), entretienId}, tr("the declarant was invited meanwhile"));
        !updated) {
        return updated;
    }
    if (Status audited =
            m_audit.append(*actor, authority, QStringLiteral("entretien-invite"), entretien->declarationId,
                           {{QStringLiteral("entretien"), entretienId}}, *at);
        !audited) {
        return audited;
    }
    return transaction.commit();
}

Status answerInvitations(const Connection& connection, const AuditTrail& audit, const QString& supersededId,
                         const QString& newId, const Actor& actor, const crypto::Identity& identity)
{
    auto open = fetch(connection,
                      QStringLiteral("SELECT id FROM entretiens WHERE declaration_id = ? AND invitation = ?"),
                      {supersededId, kInvitationOpen});
    if (!open) {
        return open.error();
    }
    for (const auto& row : *open) {
        const QString entretienId = row.at(0).toString();
        if (auto updated = connection.exec(
                QStringLiteral(
                    "UPDATE entretiens SET invitation = ?, invitation_answered_by = ? WHERE id = ?"),
                {kInvitationAnswered, newId, entretienId});
            !updated) {
            return updated.error();
        }
        if (Status audited = audit.append(
                actor, identity, QStringLiteral("entretien-invitation-answered"), supersededId,
                {{QStringLiteral("entretien"), entretienId}, {QStringLiteral("answered-by"), newId}});
            !audited) {
            return audited;
        }
    }
    return success();
}

// ---- avis ------------------------------------------------------------------------------------------------

Result<AvisRecord> AvisRegister::get(const QString& requestId) const
{
    return fetchRecord(m_connection, kAvisSelect + QStringLiteral("WHERE r.id = ?"), requestId, &avisFromRow,
                       tr("no avis request %1 in the store").arg(requestId));
}

Result<QList<AvisRecord>> AvisRegister::list(const crypto::Identity& identity,
                                             const QString& declarationId) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    return fetchListable(
        m_connection, kAvisSelect, QStringLiteral("r.declaration_id"), declarationId,
        QStringLiteral("ORDER BY r.requested_at, r.id"), &avisFromRow, [&](const AvisRecord& record) {
            const AvisFacts facts{
                record.declarantId, DeclarationKind::Interets, {}, record.requestedById, record.collegeId};
            return bool(decideAvis(*actor, AvisAction::List, facts));
        });
}

Result<QString> AvisRegister::request(const QString& declarationId, const crypto::Identity& authority,
                                      const QString& question)
{
    auto actor = m_directory.actorFor(authority);
    if (!actor) {
        return actor.error();
    }
    auto facts = m_declarations.factsFor(*actor, authority, avisActionId(AvisAction::Request), declarationId);
    if (!facts) {
        return facts.error();
    }
    const AvisFacts avisFacts{facts->declarantId, facts->kind, facts->filedTo, {}, {}};
    if (const Decision decision = decideAvis(*actor, AvisAction::Request, avisFacts); !decision) {
        return m_audit.refused(*actor, authority, avisActionId(AvisAction::Request), declarationId,
                               decision.reason);
    }
    auto declaration = m_declarations.record(declarationId);
    if (!declaration) {
        return declaration.error();
    }
    if (isFinal(declaration->status)) {
        return wrongState(tr("declaration %1 is %2: no avis about it")
                              .arg(declarationId, declarationStatusId(declaration->status)));
    }
    auto college = m_directory.personByAuthority(authorities::College);
    if (!college) {
        return college.error();
    }
    auto self = m_directory.personById(actor->personId);
    if (!self) {
        return self.error();
    }
    const AvisRequest request{declarationId, actor->authorityId, question};
    if (auto checked = EntretienCodec::avisRequestFromJson(EntretienCodec::toJson(request)); !checked) {
        return checked.error();
    }
    auto sealed =
        sealDocument(EntretienCodec::encode(request), authority, {self->certificate, college->certificate});
    if (!sealed) {
        return sealed.error();
    }
    // The certified copy: the collège's forward of this declaration, or a new one (audited as a forward).
    auto forwarded =
        fetch(m_connection,
              QStringLiteral("SELECT e.id FROM envelopes e JOIN envelope_recipients r ON r.envelope_id "
                             "= e.id WHERE e.declaration_id = ? AND r.person_id = ? AND r.forwarded = 1 "
                             "ORDER BY e.created_at DESC"),
              {declarationId, college->id});
    if (!forwarded) {
        return forwarded.error();
    }
    QString envelopeId;
    if (forwarded->empty()) {
        auto forward = m_declarations.forward(declarationId, authority, authorities::College, kAvisBasis);
        if (!forward) {
            return forward.error();
        }
        envelopeId = *forward;
    } else {
        envelopeId = forwarded->front().at(0).toString();
    }
    const QString id = newId();
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral(
                "INSERT INTO avis_requests (id, declaration_id, requested_by, college_id, envelope_id, "
                "requested_at, request, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, declarationId, actor->personId, college->id, envelopeId, timestamp(*at), *sealed,
             kRequested});
        !inserted) {
        return inserted.error();
    }
    if (Status audited = m_audit.append(*actor, authority, QStringLiteral("avis-request"), declarationId,
                                        {{QStringLiteral("request"), id},
                                         {QStringLiteral("college"), college->id},
                                         {QStringLiteral("envelope"), envelopeId},
                                         {QStringLiteral("basis"), kAvisBasis},
                                         {QStringLiteral("request-sha256"), sha256Hex(*sealed)}},
                                        *at);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "avis" << id << "requested about" << declarationId;
    return id;
}

Status AvisRegister::record(const QString& requestId, const crypto::Identity& college,
                            const CollegeAvis& avis)
{
    auto step = this->step(requestId, college, AvisAction::Record);
    if (!step) {
        return step.error();
    }
    const Actor* actor = &step->actor;
    const AvisRecord* request = &step->record;
    if (request->status != AvisStatus::Requested) {
        return wrongState(tr("avis request %1 is %2: the avis is given once")
                              .arg(requestId, avisStatusId(request->status)));
    }
    if (auto checked = EntretienCodec::avisFromJson(EntretienCodec::toJson(avis)); !checked) {
        return checked.error();
    }
    if (avis.declarationId != request->declarationId || avis.requestId != requestId) {
        return mismatch(
            tr("the avis answers request %1 about declaration %2; this is request %3 about declaration %4")
                .arg(avis.requestId, avis.declarationId, requestId, request->declarationId));
    }
    if (avis.date > Clock::today()) {
        return Error::invalid(tr("the avis is dated %1, in the future").arg(avis.date.toString(Qt::ISODate)));
    }
    auto self = m_directory.personById(actor->personId);
    if (!self) {
        return self.error();
    }
    auto requester = m_directory.personById(request->requestedById);
    if (!requester) {
        return requester.error();
    }
    auto sealed =
        sealDocument(EntretienCodec::encode(avis), college, {self->certificate, requester->certificate});
    if (!sealed) {
        return sealed.error();
    }
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    if (Status updated =
            updateOnce(m_connection,
                       QStringLiteral("UPDATE avis_requests SET avis = ?, status = ?, answered_at = ?, "
                                      "answered_by = ? WHERE id = ? AND status = ?"),
                       {*sealed, kAnswered, timestamp(*at), actor->personId, requestId, kRequested},
                       tr("avis request %1 was answered meanwhile").arg(requestId));
        !updated) {
        return updated;
    }
    if (Status audited = m_audit.append(
            *actor, college, QStringLiteral("avis-record"), request->declarationId,
            {{QStringLiteral("request"), requestId}, {QStringLiteral("avis-sha256"), sha256Hex(*sealed)}},
            *at);
        !audited) {
        return audited;
    }
    return transaction.commit();
}

Result<OpenedAvis> AvisRegister::open(const QString& requestId, const crypto::Identity& identity)
{
    auto step = this->step(requestId, identity, AvisAction::Open);
    if (!step) {
        return step.error();
    }
    const Actor* actor = &step->actor;
    const AvisRecord* request = &step->record;
    auto documents = fetchDocuments(
        m_connection, QStringLiteral("SELECT request, avis, answered_by FROM avis_requests WHERE id = ?"),
        requestId);
    if (!documents) {
        return documents.error();
    }
    const QVariantList& row = *documents;
    auto failed = [&](const Error& error) {
        return m_audit.openFailed(*actor, identity, request->declarationId,
                                  {{QStringLiteral("request"), requestId}}, error);
    };
    auto requester = m_directory.personById(request->requestedById);
    if (!requester) {
        return requester.error();
    }
    OpenedAvis result;
    auto decodedRequest =
        openSealed(row.at(0).toByteArray(), identity, m_directory, *requester,
                   recordedAt(m_connection, QStringLiteral("avis-request"), request->declarationId,
                              QStringLiteral("request-sha256"), row.at(0).toByteArray()),
                   &EntretienCodec::decodeAvisRequest);
    if (!decodedRequest) {
        return failed(decodedRequest.error());
    }
    if (decodedRequest->declarationId != request->declarationId) {
        return failed(notOurs());
    }
    result.request = std::move(decodedRequest).value();
    if (!row.at(1).isNull()) {
        auto writer = m_directory.personById(row.at(2).toString());
        if (!writer) {
            return writer.error();
        }
        auto decodedAvis =
            openSealed(row.at(1).toByteArray(), identity, m_directory, *writer,
                       recordedAt(m_connection, QStringLiteral("avis-record"), request->declarationId,
                                  QStringLiteral("avis-sha256"), row.at(1).toByteArray()),
                       &EntretienCodec::decodeAvis);
        if (!decodedAvis) {
            return failed(decodedAvis.error());
        }
        if (decodedAvis->declarationId != request->declarationId || decodedAvis->requestId != requestId) {
            return failed(notOurs());
        }
        result.avis = std::move(decodedAvis).value();
    }
    if (Status audited =
            m_audit.appendAlone(*actor, identity, QStringLiteral("avis-open"), request->declarationId,
                                {{QStringLiteral("request"), requestId}});
        !audited) {
        return audited.error();
    }
    return result;
}

} // namespace probitas::store
