// The declarations: filed, listed, opened, exported, forwarded, acknowledged.
#include "Declarations.h"

#include "AuditActions.h"
#include "BinaryRows.h"
#include "Clock.h"
#include "Envelope.h"
#include "FilingPlan.h"
#include "Receipt.h"
#include "Registers.h"
#include "Signature.h"
#include "StoreSql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace probitas::store {

using namespace sql;

Declarations::Declarations(const Connection& connection, const DirectoryView& directory,
                           const AuditTrail& audit, const Procedures& procedures)
    : m_connection(connection)
    , m_directory(directory)
    , m_audit(audit)
    , m_procedures(procedures)
{}

QJsonObject DeclarationRecord::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("declarant"), declarant},
        {QStringLiteral("declaration"), kindId(kind)},
        {QStringLiteral("event"), eventId(event)},
        {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
        {QStringLiteral("filed_at"), filedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("supersedes"), supersedes.isEmpty() ? QJsonValue() : QJsonValue(supersedes)},
        {QStringLiteral("status"), declarationStatusId(status)},
    };
}

Result<DeclarationFacts> Declarations::facts(const QString& declarationId) const
{
    auto rows =
        fetch(m_connection, QStringLiteral("SELECT declarant_id, kind FROM declarations WHERE id = ?"),
              {declarationId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return notFound(declarationId);
    }
    DeclarationFacts facts;
    facts.declarantId = rows->front().at(0).toString();
    facts.kind = kindFromId(rows->front().at(1).toString()).value_or(DeclarationKind::Interets);
    auto recipients = fetch(m_connection,
                            QStringLiteral("SELECT person_id, forwarded FROM envelope_recipients WHERE "
                                           "declaration_id = ?"),
                            {declarationId});
    if (!recipients) {
        return recipients.error();
    }
    for (const auto& row : *recipients) {
        // The declarant holds a copy of the original envelope but is not one of the authorities it was filed
        // to.
        if (row.at(0).toString() != facts.declarantId) {
            (row.at(1).toInt() ? facts.forwardedTo : facts.filedTo) << row.at(0).toString();
        }
    }
    auto procedures = m_procedures.openKinds(facts.declarantId);
    if (!procedures) {
        return procedures.error();
    }
    facts.procedures = *procedures;
    return facts;
}

Result<DeclarationFacts> Declarations::factsFor(const Actor& actor, const crypto::Identity& identity,
                                                const QString& action, const QString& declarationId) const
{
    auto facts = this->facts(declarationId);
    if (facts) {
        return facts;
    }
    auto hidden =
        hiddenByTheServer(m_connection, facts.error(), QStringLiteral("declarations"), declarationId);
    if (!hidden) {
        return hidden.error();
    }
    if (!*hidden) {
        return facts;
    }
    return m_audit.refused(actor, identity, action, declarationId, kHiddenByTheServer);
}

Result<DeclarationRecord> Declarations::record(const QString& id) const
{
    auto rows = fetch(m_connection, kRecordSelect + QStringLiteral("WHERE d.id = ?"), {id});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return notFound(id);
    }
    return recordFromRow(rows->front());
}

Result<QString> Declarations::file(const Declaration& declaration, const crypto::Identity& declarant)
{
    auto person = m_directory.personFor(declarant.certificate());
    if (!person) {
        return person.error();
    }
    if (!decideStore(person->actor(), StoreAction::File)) {
        return Error{ErrorKind::AccessDenied, tr("only a magistrate files declarations"),
                     QString(errors::Denied)};
    }
    // Routing, deadline and retention come from the directory's posting, never from what was typed.
    auto regime = m_directory.regime();
    if (!regime) {
        return regime.error();
    }
    auto plan = FilingPlan::make(declaration, person->name, person->profile, regime->regime);
    if (!plan) {
        return plan.error();
    }
    const Obligation* obligation = &plan->obligation();
    QList<crypto::Certificate> certificates{person->certificate};
    QStringList recipientIds{person->id};
    for (const QString& authorityId : obligation->recipients) {
        auto authority = m_directory.personByAuthority(authorityId);
        if (!authority) {
            return authority.error();
        }
        certificates << authority->certificate;
        recipientIds << authority->id;
    }
    recipientIds.removeDuplicates();

    // Seal before the transaction: the write lock is held only for the few inserts.
    Result<QByteArray> sealed = QByteArray();
    {
        QByteArray canonical = DeclarationCodec::encode(declaration);
        sealed = crypto::Envelope::seal(canonical, declarant, certificates);
        crypto::wipe(canonical);
    }
    if (!sealed) {
        return sealed.error();
    }

    const QString id = newId();
    const QString envelopeId = newId();
    Transaction transaction(m_connection);
    // Read under the write lock, on the server's clock on PostgreSQL: the filing time is its audit entry's.
    auto filedAt = beginWrite(transaction, m_connection);
    if (!filedAt) {
        return filedAt.error();
    }
    const QString now = timestamp(*filedAt);
    if (!declaration.supersedes.isEmpty()) {
        // Filing is final: the old version stays, marked superseded; only the latest may be superseded.
        auto old = fetch(m_connection,
                         QStringLiteral("SELECT declarant_id, kind, status FROM declarations WHERE id = ?"),
                         {declaration.supersedes});
        if (!old) {
            return old.error();
        }
        if (old->empty() || old->front().at(0).toString() != person->id ||
            old->front().at(1).toString() != kindId(declaration.kind)) {
            return Error{ErrorKind::Invalid,
                         tr("supersedes %1: no declaration of yours of this kind has that id")
                             .arg(declaration.supersedes),
                         QString(errors::Superseded)};
        }
        auto status = parseDeclarationStatus(old->front().at(2).toString(), declaration.supersedes);
        if (!status) {
            return status.error();
        }
        if (isFinal(*status)) {
            return Error{ErrorKind::Invalid,
                         tr("supersedes %1: that declaration is already %2")
                             .arg(declaration.supersedes, declarationStatusId(*status)),
                         QString(errors::Superseded)};
        }
        if (auto updated =
                m_connection.exec(QStringLiteral("UPDATE declarations SET status = ? WHERE id = ?"),
                                  {kSuperseded, declaration.supersedes});
            !updated) {
            return updated.error();
        }
    }
    const QVariant supersedes = declaration.supersedes.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                                 : QVariant(declaration.supersedes);
    if (auto inserted = m_connection.exec(
            QStringLiteral("INSERT INTO declarations (id, declarant_id, kind, event, recipients, filed_at, "
                           "supersedes, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, person->id, kindId(declaration.kind), eventId(declaration.event),
             obligation->recipients.join(QLatin1Char(' ')), now, supersedes, kFiled});
        !inserted) {
        return inserted.error();
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral(
                "INSERT INTO envelopes (id, declaration_id, sealed, created_at) VALUES (?, ?, ?, ?)"),
            {envelopeId, id, *sealed, now});
        !inserted) {
        return inserted.error();
    }
    for (const QString& recipient : recipientIds) {
        if (Status recorded = recordRecipient(envelopeId, id, recipient, false); !recorded) {
            return recorded.error();
        }
    }
    QJsonObject details{{QStringLiteral("declaration"), kindId(declaration.kind)},
                        {QStringLiteral("event"), eventId(declaration.event)},
                        {QStringLiteral("recipients"), QJsonArray::fromStringList(obligation->recipients)},
                        {QStringLiteral("basis"), obligation->basis},
                        {QStringLiteral("envelope-sha256"), sha256Hex(*sealed)}};
    if (!declaration.supersedes.isEmpty()) {
        details.insert(QStringLiteral("supersedes"), declaration.supersedes);
    }
    // The one thing of the situation declared that only the magistrate knows, the date of a substantial
    // change (art. 7-2 III, 7-3 III), is kept in this signed entry, where DirectoryView::declaredChanges
    // reads it: it may add a complementary declaration to what the posting owes, never remove or reroute one.
    details.insert(QStringLiteral("changed-on"),
                   declaration.profile->changedOn.isValid()
                       ? QJsonValue(declaration.profile->changedOn.toString(Qt::ISODate))
                       : QJsonValue());
    if (Status audited =
            m_audit.append(person->actor(), declarant, QStringLiteral("file"), id, details, *filedAt);
        !audited) {
        return audited.error();
    }
    if (!declaration.supersedes.isEmpty()) {
        // The declaration modified after the entretien answers the authority's invitation
        // (Registers.cpp).
        if (Status answered = answerInvitations(m_connection, m_audit, declaration.supersedes, id,
                                                person->actor(), declarant);
            !answered) {
            return answered.error();
        }
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    qCInfo(lcStore) << "filed" << id << kindId(declaration.kind) << "for" << obligation->recipients;
    return id;
}

namespace {

// The kinds of procedure open against each declarant: what the policy weighs on a listing's rows.
Result<std::map<QString, std::set<ProcedureKind>>> openProcedures(const Connection& connection)
{
    auto rows = fetch(connection,
                      QStringLiteral("SELECT declarant_id, kind FROM procedures WHERE closed_at IS NULL"));
    if (!rows) {
        return rows.error();
    }
    std::map<QString, std::set<ProcedureKind>> procedures;
    for (const auto& row : *rows) {
        if (auto kind = procedureKindFromId(row.at(1).toString())) {
            procedures[row.at(0).toString()].insert(*kind);
        }
    }
    return procedures;
}

// A row of the dashboard's listing: envelope_recipients with its declaration's facts (schema 11).
struct ListedRecipient
{
    QString declarationId, declarantId, kind, event;
    QString recipients; // null when the copy was emptied
    QString filedAt;
    bool forwarded = false;
};

// Whether a declaration's recipients (their ids, separated by spaces, as stored) name `authorityId`.
bool recipientsName(QStringView recipients, QStringView authorityId)
{
    for (const QStringView recipient : recipients.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (recipient == authorityId) {
            return true;
        }
    }
    return false;
}

} // namespace

Result<std::vector<probitas::Filing>> Declarations::filingsFiledTo(const crypto::Identity& identity) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    std::vector<probitas::Filing> filings;
    if (actor->authorityId.isEmpty()) {
        return filings; // nothing is filed to who holds no authority
    }
    if (decideStore(*actor, StoreAction::ListEveryDeclaration)) {
        // A role that lists every declaration (not an authority's): list()'s rows, filtered.
        auto records = list(identity);
        if (!records) {
            return records.error();
        }
        for (const DeclarationRecord& record : *records) {
            if (record.declarantId != actor->personId && record.recipients.contains(actor->authorityId)) {
                filings.push_back({record.declarantId,
                                   record.kind,
                                   record.event,
                                   record.filedAt,
                                   record.id,
                                   record.recipients,
                                   {},
                                   {}});
            }
        }
        return filings;
    }
    auto openNow = openProcedures(m_connection);
    if (!openNow) {
        return openNow.error();
    }
    std::map<QString, std::set<ProcedureKind>> procedures = std::move(openNow).value();
    // The rows list() reads for what was filed or forwarded to this person, in the same order, from the
    // listing's index alone: the declaration's facts are copied beside each recipient (schema 11; checked
    // against the declaration by the server when written, by `audit verify` when stored). Not its status:
    // a declaration superseded or destroyed since was filed all the same. Each row is handed to `take`, in
    // the listing's order.
    // %1: where the person's id is bound, as libpq writes it ($1) or as QtSql does (?).
    const QString listing = QStringLiteral(
        "SELECT declaration_id, declarant_id, kind, event, recipients, filed_at, forwarded FROM "
        "envelope_recipients WHERE person_id = %1 ORDER BY filed_at, declaration_id, forwarded");
    QString previousId;
    // A few declarants' ids and recipients' lists repeat over thousands of rows: shared by the filings
    // (implicitly) rather than allocated, then freed, for each.
    QHash<QString, QString> declarants;
    QHash<QString, QStringList> recipientLists;
    const auto take = [&](ListedRecipient&& row) -> Status {
        if (row.declarationId == previousId) {
            return success(); // a second envelope of one declaration (a forward): decided on the first, as
                              // list()
        }
        previousId = row.declarationId;
        const auto kind = kindFromId(row.kind);
        const auto event = eventFromId(row.event);
        if (row.declarantId.isEmpty() || !kind || !event || row.recipients.isNull()) {
            return Error{ErrorKind::Integrity,
                         tr("declaration %1 is not what its declarant filed: the copy of its kind, event "
                            "or recipients beside its envelope is not a declaration's (run audit verify)")
                             .arg(row.declarationId),
                         QString(errors::AuditBroken)};
        }
        if (row.declarantId == actor->personId || !recipientsName(row.recipients, actor->authorityId)) {
            return success(); // its own, or not filed to it
        }
        const auto open = procedures.find(row.declarantId); // not inserting an empty set for each declarant
        DeclarationFacts facts{row.declarantId,
                               *kind,
                               {},
                               {},
                               open == procedures.end() ? std::set<ProcedureKind>() : open->second};
        (row.forwarded ? facts.forwardedTo : facts.filedTo) << actor->personId;
        if (!decide(*actor, Action::List, facts)) {
            return success();
        }
        auto declarant = declarants.constFind(row.declarantId);
        if (declarant == declarants.constEnd()) {
            declarant = declarants.insert(row.declarantId, row.declarantId);
        }
        auto recipients = recipientLists.constFind(row.recipients);
        if (recipients == recipientLists.constEnd()) {
            recipients = recipientLists.insert(row.recipients,
                                               row.recipients.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        }
        filings.push_back(
            {*declarant, *kind, *event, parseTimestamp(row.filedAt), row.declarationId, *recipients, {}, {}});
        return success();
    };
    if (m_connection.backend() == Backend::PostgreSql) {
        // In libpq's binary format: 5,500 rows for a cour d'appel's premier président, whose QVariants were
        // most of the listing's time (docs/benchmarks.md).
        auto received =
            m_connection.execBinary(listing.arg(QStringLiteral("$1")).toUtf8(), {actor->personId.toUtf8()});
        if (!received) {
            return received.error();
        }
        const BinaryRows& rows = received.value();
        const auto text = [&rows](int row, int column) {
            return rows.isNull(row, column) ? QString() : QString::fromUtf8(rows.bytes(row, column));
        };
        for (int row = 0; row < rows.count(); ++row) {
            if (Status taken = take({text(row, 0), text(row, 1), text(row, 2), text(row, 3), text(row, 4),
                                     text(row, 5), rows.integer(row, 6) != 0});
                !taken) {
                return taken.error();
            }
        }
        return filings;
    }
    auto received = m_connection.exec(listing.arg(QStringLiteral("?")), {actor->personId});
    if (!received) {
        return received.error();
    }
    QSqlQuery& q = received.value();
    while (q.next()) {
        if (Status taken = take({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                 q.value(6).toInt() != 0});
            !taken) {
            return taken.error();
        }
    }
    q.finish();
    return filings;
}

Status Declarations::recordRecipient(const QString& envelopeId, const QString& declarationId,
                                     const QString& personId, bool forwarded) const
{
    auto inserted = m_connection.exec(
        QStringLiteral("INSERT INTO envelope_recipients (envelope_id, declaration_id, person_id, forwarded, "
                       "filed_at, declarant_id, kind, event, recipients) SELECT ?, id, ?, ?, filed_at, "
                       "declarant_id, kind, event, recipients FROM declarations WHERE id = ?"),
        {envelopeId, personId, forwarded ? 1 : 0, declarationId});
    if (!inserted) {
        return inserted.error();
    }
    if (inserted.value().numRowsAffected() != 1) {
        return notFound(declarationId);
    }
    return success();
}

Result<std::vector<probitas::Filing>> Declarations::ownFilings(const crypto::Identity& identity) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto records = list(identity);
    if (!records) {
        return records.error();
    }
    std::vector<probitas::Filing> filings;
    for (const DeclarationRecord& record : *records) {
        if (record.declarantId != actor->personId) {
            continue;
        }
        // The row says what met an obligation and when: it must be what she signed when filing, so that a
        // row edited by hand (its kind, event, recipients or time) cannot meet one or move a deadline.
        auto signedFiling = this->filing(record.id);
        if (!signedFiling) {
            return signedFiling.error();
        }
        const QJsonObject& signedDetails = signedFiling->details;
        if (signedDetails.value(QLatin1String("declaration")).toString() != kindId(record.kind) ||
            signedDetails.value(QLatin1String("event")).toString() != eventId(record.event) ||
            signedRecipients(signedDetails) != record.recipients || signedFiling->at != record.filedAt) {
            return Error{ErrorKind::Integrity,
                         tr("declaration %1 is not what its declarant filed: its kind, event, recipients or "
                            "filing time differ from the signed entry of the audit trail")
                             .arg(record.id),
                         QString(errors::AuditBroken)};
        }
        probitas::Filing filing{record.declarantId, record.kind,       record.event, record.filedAt,
                                record.id,          record.recipients, {},           {}};
        // Each receipt row is verified: against the certificate of the person it names, who must be an
        // authority the declaration was filed or forwarded to, and whose authority id it must carry.
        auto givers = fetch(m_connection,
                            QStringLiteral("SELECT authority_id FROM receipts WHERE declaration_id = ? "
                                           "ORDER BY authority_id"),
                            {record.id});
        if (!givers) {
            return givers.error();
        }
        for (const auto& row : *givers) {
            const QString giverId = row.at(0).toString();
            auto verified = receipt(record.id, giverId);
            if (!verified) {
                if (filing.receiptProblem.isEmpty()) {
                    filing.receiptProblem = verified.error().message;
                }
                continue;
            }
            // A receipt from an authority it was forwarded to is valid, but meets no obligation of hers.
            if (auto giver = m_directory.personById(giverId);
                giver && record.recipients.contains(giver->authorityId)) {
                filing.acknowledgedBy << giver->authorityId;
            }
        }
        filings.push_back(std::move(filing));
    }
    return filings;
}

Result<QList<DeclarationRecord>> Declarations::list(const crypto::Identity& identity,
                                                    const ListFilter& filter) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    // The filter, as SQL over `d` (declarations) and `p` (the declarant); `filedAt` names the column that
    // carries the filing time in the query at hand, so that a date range reads an index range.
    const auto conditions = [&filter](const QString& filedAt, QStringList where, QVariantList& values) {
        if (filter.kind) {
            where << QStringLiteral("d.kind = ?");
            values << kindId(*filter.kind);
        }
        if (filter.event) {
            where << QStringLiteral("d.event = ?");
            values << eventId(*filter.event);
        }
        if (filter.status) {
            where << QStringLiteral("d.status = ?");
            values << declarationStatusId(*filter.status);
        }
        if (!filter.declarantName.isEmpty()) {
            QString pattern = filter.declarantName;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            where << QStringLiteral("LOWER(p.name) LIKE LOWER(?) ESCAPE '\\'");
            values << QLatin1Char('%') + pattern + QLatin1Char('%');
        }
        if (filter.filedFrom.isValid()) {
            where << filedAt + QStringLiteral(" >= ?"); // our timestamps sort as text
            values << timestamp(filter.filedFrom);
        }
        if (filter.filedBefore.isValid()) {
            where << filedAt + QStringLiteral(" < ?");
            values << timestamp(filter.filedBefore);
        }
        return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    };
    const int wanted = filter.limit > 0 ? std::max(0, filter.offset) + filter.limit : -1;
    QList<DeclarationRecord> records;
    // The auditor and the administrator see every declaration's metadata: no recipient to look up.
    if (decideStore(*actor, StoreAction::ListEveryDeclaration)) {
        QVariantList values;
        QString sql = kRecordSelect + conditions(QStringLiteral("d.filed_at"), {}, values) +
                      QStringLiteral(" ORDER BY d.filed_at, d.id");
        if (wanted > 0) {
            sql += QStringLiteral(" LIMIT %1").arg(wanted);
        }
        auto rows = fetch(m_connection, sql, values);
        if (!rows) {
            return rows.error();
        }
        records.reserve(qsizetype(rows->size()));
        for (const auto& row : *rows) {
            auto record = recordFromRow(row);
            if (!record) {
                return record.error();
            }
            records << std::move(record).value();
        }
        return records.mid(std::max(0, filter.offset));
    }
    // Everyone else: their own declarations (few), then those whose envelopes name them, read in filing
    // order from one index range and merged with their own. The policy decides on each row; it needs only
    // this actor's relation to the declaration (filed to, or forwarded to), not the other recipients.
    QVariantList ownValues{actor->personId};
    auto own = fetch(
        m_connection,
        kRecordSelect +
            conditions(QStringLiteral("d.filed_at"), {QStringLiteral("d.declarant_id = ?")}, ownValues) +
            QStringLiteral(" ORDER BY d.filed_at, d.id"),
        ownValues);
    if (!own) {
        return own.error();
    }
    auto openNow = openProcedures(m_connection);
    if (!openNow) {
        return openNow.error();
    }
    std::map<QString, std::set<ProcedureKind>> procedures = std::move(openNow).value();
    std::set<QString> ownIds;
    for (const auto& row : *own) {
        ownIds.insert(row.at(0).toString());
    }
    size_t nextOwn = 0;
    const auto full = [&records, wanted] { return wanted > 0 && records.size() >= wanted; };
    const auto emitOwnBefore = [&](const QString& filedAt, const QString& id) -> Status {
        for (; nextOwn < own->size() && !full(); ++nextOwn) {
            const QVariantList& ownRow = (*own)[nextOwn];
            const QString ownFiledAt = ownRow.at(6).toString();
            if (!filedAt.isNull() &&
                (ownFiledAt > filedAt || (ownFiledAt == filedAt && ownRow.at(0).toString() > id))) {
                return success();
            }
            auto record = recordFromRow(ownRow);
            if (!record) {
                return record.error();
            }
            records << std::move(record).value(); // own-declaration: the policy's first rule
        }
        return success();
    };
    // A page reads a bounded number of rows: PostgreSQL's driver fetches a result whole before handing out
    // its first row (an authority's inbox holds thousands). Forwards of one declaration, or rows the policy
    // refuses, can leave the page short: it is then read again from the start, four times as far.
    qint64 readLimit = wanted > 0 ? std::max<qint64>(2 * qint64(wanted), 64) : 0;
    for (;;) {
        records.clear();
        nextOwn = 0;
        QVariantList receivedValues{actor->personId};
        const QString receivedSql =
            QStringLiteral("SELECT %1, r.forwarded FROM envelope_recipients r JOIN declarations d ON d.id = "
                           "r.declaration_id JOIN people p ON p.id = d.declarant_id%2 ORDER BY r.filed_at, "
                           "r.declaration_id, r.forwarded")
                .arg(kRecordColumns, conditions(QStringLiteral("r.filed_at"),
                                                {QStringLiteral("r.person_id = ?")}, receivedValues)) +
            (readLimit > 0 ? QStringLiteral(" LIMIT %1").arg(readLimit) : QString());
        auto received = m_connection.exec(receivedSql, receivedValues);
        if (!received) {
            return received.error();
        }
        QSqlQuery& q = received.value();
        QString previousId;
        QVariantList row;
        qint64 read = 0;
        while (!full() && q.next()) {
            ++read;
            row.clear();
            for (int column = 0; column < 10; ++column) {
                row << q.value(column);
            }
            const QString id = row.at(0).toString();
            if (id == previousId || ownIds.count(id)) {
                continue; // a second envelope of one declaration (a forward), or one of the actor's own
            }
            previousId = id;
            if (Status emitted = emitOwnBefore(row.at(6).toString(), id); !emitted) {
                return emitted.error();
            }
            if (full()) {
                break;
            }
            auto record = recordFromRow(row);
            if (!record) {
                return record.error();
            }
            DeclarationFacts facts{
                record->declarantId, record->kind, {}, {}, procedures[record->declarantId]};
            (row.at(9).toInt() ? facts.forwardedTo : facts.filedTo) << actor->personId;
            if (decide(*actor, Action::List, facts)) {
                records << std::move(record).value();
            }
        }
        q.finish();
        if (full() || readLimit == 0 || read < readLimit) {
            break; // the page is full, or every row was read
        }
        readLimit *= 4;
    }
    if (Status emitted = emitOwnBefore({}, {}); !emitted) {
        return emitted.error();
    }
    return records.mid(std::max(0, filter.offset));
}

Result<Declarations::ReadableEnvelope> Declarations::readableEnvelope(const QString& id,
                                                                      const crypto::Identity& identity)
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto facts = factsFor(*actor, identity, actionId(Action::Open), id);
    if (!facts) {
        return facts.error();
    }
    if (const Decision decision = decide(*actor, Action::Open, *facts); !decision) {
        return m_audit.denied(*actor, identity, Action::Open, id, decision.reason);
    }
    // The newest envelope sealed to this person: the cryptography has the last word.
    auto envelope = envelopeSealedTo(*actor, identity, Action::Open, id, EnvelopeCopy::Newest);
    if (!envelope) {
        return envelope.error();
    }
    auto filed = filing(id);
    if (!filed) {
        return filed.error();
    }
    return ReadableEnvelope{std::move(actor).value(), std::move(facts).value(), std::move(envelope).value(),
                            filed->at, filed->declarantCertificate};
}

Result<QByteArray> Declarations::envelopeSealedTo(const Actor& actor, const crypto::Identity& identity,
                                                  Action refusedAs, const QString& id,
                                                  EnvelopeCopy copy) const
{
    auto rows =
        fetch(m_connection,
              QStringLiteral("SELECT e.sealed, e.id, e.forwarded_by FROM envelopes e JOIN "
                             "envelope_recipients r ON r.envelope_id = e.id WHERE e.declaration_id = ? "
                             "AND r.person_id = ? ") +
                  // The newest: after a renewal, the copy sealed again for the certificate in force.
                  (copy == EnvelopeCopy::Filed ? QStringLiteral("AND r.forwarded = 0 ") : QString()) +
                  QStringLiteral("ORDER BY e.created_at DESC, e.id"),
              {id, actor.personId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return m_audit.denied(actor, identity, refusedAs, id, QStringLiteral("no-envelope"));
    }
    QByteArray sealed = rows->front().at(0).toByteArray();
    const bool filedCopy = rows->front().at(2).isNull();
    if (Status recorded = sealedAsRecorded(id, rows->front().at(1).toString(), sealed, filedCopy);
        !recorded) {
        return m_audit.openFailed(actor, identity, id, {}, recorded.error());
    }
    return sealed;
}

// CMS authenticates the content and the signature, not the other recipients' RecipientInfo: bytes changed
// there still open for this reader. The envelope's hash in the signed entry that brought it into the store
// (the declarant's filing, or the forward or re-sealing that made this copy) covers every byte.
Status Declarations::sealedAsRecorded(const QString& declarationId, const QString& envelopeId,
                                      const QByteArray& sealed, bool filedCopy) const
{
    const QString hash = sha256Hex(sealed);
    const auto altered = [&](qint64 sequence) {
        qCInfo(lcStore) << "envelope not as recorded:" << envelopeId << "entry" << sequence;
        return Error{ErrorKind::Integrity,
                     tr("the envelope of declaration %1 in the store is not the one audit entry %2 records: "
                        "its bytes were changed after it was written")
                         .arg(declarationId)
                         .arg(sequence),
                     QString(errors::EnvelopeAltered)};
    };
    if (filedCopy) {
        auto filed = filing(declarationId);
        if (!filed) {
            return filed.error();
        }
        if (filed->details.value(QStringLiteral("envelope-sha256")).toString() != hash) {
            return altered(filed->sequence);
        }
        return success();
    }
    auto rows = fetch(m_connection,
                      QStringLiteral("SELECT %1 FROM audit WHERE declaration_id = ? AND action IN (?, ?) "
                                     "ORDER BY sequence")
                          .arg(kAuditColumns),
                      {declarationId, actions::Forward, actions::Reseal});
    if (!rows) {
        return rows.error();
    }
    for (const auto& row : *rows) {
        const AuditEntry entry = entryFromRow(row);
        if (entry.details.value(QStringLiteral("envelope")).toString() != envelopeId) {
            continue;
        }
        auto directory = m_directory.replayed();
        if (!directory) {
            return directory.error();
        }
        const QString problem =
            auditEntryProblem(entry, (*directory)->certificateAt(entry.actorId, entry.sequence));
        if (!problem.isEmpty()) {
            return Error{
                ErrorKind::Integrity,
                tr("audit entry %1, which made a copy of declaration %2, is not what its actor signed "
                   "(%3)")
                    .arg(entry.sequence)
                    .arg(declarationId, problem),
                QString(errors::AuditBroken)};
        }
        const QJsonValue recorded = entry.details.value(QStringLiteral("envelope-sha256"));
        // A copy made by an earlier Probitas, whose entry records no hash, is checked by CMS alone.
        if (!recorded.isUndefined() && recorded.toString() != hash) {
            return altered(entry.sequence);
        }
        return success();
    }
    return Error{
        ErrorKind::Integrity,
        tr("no signed audit entry made the copy %1 of declaration %2").arg(envelopeId, declarationId),
        QString(errors::AuditBroken)};
}

Result<Declarations::Filing> Declarations::filing(const QString& declarationId) const
{
    auto rows =
        fetch(m_connection,
              QStringLiteral("SELECT %1, (SELECT declarant_id FROM declarations WHERE id = ?) FROM audit "
                             "WHERE declaration_id = ? AND action = 'file' ORDER BY sequence LIMIT 1")
                  .arg(kAuditColumns),
              {declarationId, declarationId});
    if (!rows) {
        return rows.error();
    }
    if (rows->empty()) {
        return Error{ErrorKind::Integrity,
                     tr("the audit trail does not record the filing of declaration %1").arg(declarationId),
                     QString(errors::AuditBroken)};
    }
    auto directory = m_directory.replayed();
    if (!directory) {
        return directory.error();
    }
    // The entry vouches for the time and the signer only as its declarant signed it: verified here, and it
    // must be the declarant's own (a row moved to another declarant does not move her signature).
    const AuditEntry entry = entryFromRow(rows->front());
    const crypto::Certificate certificate = (*directory)->certificateAt(entry.actorId, entry.sequence);
    const QString problem = auditEntryProblem(entry, certificate);
    if (!problem.isEmpty() || entry.actorId != rows->front().value(11).toString()) {
        qCInfo(lcStore) << "filing entry not the declarant's:" << entry.sequence;
        return Error{
            ErrorKind::Integrity,
            tr("audit entry %1, the filing of declaration %2, is not what its declarant signed%3")
                .arg(entry.sequence)
                .arg(declarationId, problem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(problem)),
            QString(errors::AuditBroken)};
    }
    return Filing{entry.at, certificate, entry.details, entry.sequence};
}

Result<crypto::SecureBytes> Declarations::open(const QString& id, const crypto::Identity& identity)
{
    auto readable = readableEnvelope(id, identity);
    if (!readable) {
        return readable.error();
    }
    const Actor* actor = &readable->actor;
    const DeclarationFacts* facts = &readable->facts;
    auto opened = crypto::Envelope::open(readable->envelope, identity, {}, readable->filedAt);
    // Still someone the directory backs (a row changed by hand is refused here too).
    if (auto declarant = m_directory.personById(facts->declarantId); !declarant) {
        return declarant.error();
    }
    Error failure;
    bool failed = false;
    if (!opened) {
        failure = opened.error();
        failed = true;
    } else if (readable->filedWith.isNull() ||
               opened->signer.sha256Fingerprint() != readable->filedWith.sha256Fingerprint()) {
        failure = Error{ErrorKind::Integrity, tr("the declaration is not signed by its declarant"),
                        QStringLiteral("store.wrong-signer")};
        failed = true;
    }
    if (failed) {
        return m_audit.openFailed(*actor, identity, id, {}, failure);
    }
    if (Status audited = m_audit.appendAlone(*actor, identity, QStringLiteral("open"), id, {}); !audited) {
        return audited.error();
    }
    return std::move(opened->content);
}

Result<QByteArray> Declarations::exportEnvelope(const QString& id, const crypto::Identity& identity)
{
    auto readable = readableEnvelope(id, identity);
    if (!readable) {
        return readable.error();
    }
    const Actor* actor = &readable->actor;
    const QByteArray envelope = readable->envelope;
    if (Status audited = m_audit.appendAlone(*actor, identity, QStringLiteral("export"), id,
                                             {{QStringLiteral("envelope-sha256"), sha256Hex(envelope)}});
        !audited) {
        return audited.error();
    }
    return envelope;
}

Result<QString> Declarations::forward(const QString& id, const crypto::Identity& identity,
                                      const QString& targetAuthorityId, const QString& basis)
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    if (basis.trimmed().isEmpty()) {
        return Error::unusable(tr("a forward needs its legal basis (--basis)"));
    }
    auto facts = factsFor(*actor, identity, actionId(Action::Forward), id);
    if (!facts) {
        return facts.error();
    }
    if (const Decision decision = decide(*actor, Action::Forward, *facts, targetAuthorityId); !decision) {
        return m_audit.denied(*actor, identity, Action::Forward, id, decision.reason);
    }
    auto target = m_directory.personByAuthority(targetAuthorityId);
    if (!target) {
        return target.error();
    }
    auto envelope = envelopeSealedTo(*actor, identity, Action::Forward, id, EnvelopeCopy::Filed);
    if (!envelope) {
        return envelope.error();
    }
    auto filed = filing(id);
    if (!filed) {
        return filed.error();
    }
    auto forwarded = crypto::Envelope::forward(*envelope, identity, {target->certificate}, {}, filed->at);
    if (!forwarded) {
        return forwarded.error();
    }
    const QString envelopeId = newId();
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    if (auto inserted = m_connection.exec(
            QStringLiteral(
                "INSERT INTO envelopes (id, declaration_id, sealed, created_at, forwarded_by, basis, "
                "authorised_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {envelopeId, id, *forwarded, timestamp(*at), actor->personId, basis, actor->personId});
        !inserted) {
        return inserted.error();
    }
    if (Status recorded = recordRecipient(envelopeId, id, target->id, true); !recorded) {
        return recorded.error();
    }
    if (Status audited = m_audit.append(*actor, identity, QStringLiteral("forward"), id,
                                        {{QStringLiteral("to"), targetAuthorityId},
                                         {QStringLiteral("basis"), basis},
                                         {QStringLiteral("authorised-by"), actor->personId},
                                         {QStringLiteral("envelope"), envelopeId},
                                         {QStringLiteral("envelope-sha256"), sha256Hex(*forwarded)}},
                                        *at);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return envelopeId;
}

Result<QByteArray> Declarations::acknowledge(const QString& id, const crypto::Identity& authority)
{
    auto actor = m_directory.actorFor(authority);
    if (!actor) {
        return actor.error();
    }
    auto facts = factsFor(*actor, authority, actionId(Action::Acknowledge), id);
    if (!facts) {
        return facts.error();
    }
    if (const Decision decision = decide(*actor, Action::Acknowledge, *facts); !decision) {
        return m_audit.denied(*actor, authority, Action::Acknowledge, id, decision.reason);
    }
    auto envelope = envelopeSealedTo(*actor, authority, Action::Acknowledge, id, EnvelopeCopy::Filed);
    if (!envelope) {
        return envelope.error();
    }
    auto existing = fetch(
        m_connection, QStringLiteral("SELECT 1 FROM receipts WHERE declaration_id = ? AND authority_id = ?"),
        {id, actor->personId});
    if (!existing) {
        return existing.error();
    }
    if (!existing->empty()) {
        return Error::invalid(tr("this authority has already acknowledged declaration %1").arg(id));
    }
    auto receipt = crypto::Receipt::create(*envelope, authority, actor->authorityId);
    if (!receipt) {
        static_cast<void>(m_audit.appendAlone(*actor, authority, QStringLiteral("open-failed"), id,
                                              {{QStringLiteral("code"), receipt.error().code}}));
        return receipt.error();
    }
    Transaction transaction(m_connection);
    auto at = beginWrite(transaction, m_connection);
    if (!at) {
        return at.error();
    }
    if (auto inserted =
            m_connection.exec(QStringLiteral("INSERT INTO receipts (declaration_id, authority_id, receipt, "
                                             "received_at) VALUES (?, ?, ?, ?)"),
                              {id, actor->personId, *receipt, timestamp(*at)});
        !inserted) {
        return Error::invalid(tr("this authority has already acknowledged declaration %1").arg(id));
    }
    if (auto updated = m_connection.exec(
            QStringLiteral("UPDATE declarations SET status = ? WHERE id = ? AND status = ?"),
            {kReceiptHeld, id, kFiled});
        !updated) {
        return updated.error();
    }
    if (Status audited = m_audit.append(*actor, authority, QStringLiteral("acknowledge"), id,
                                        {{QStringLiteral("receipt-sha256"), sha256Hex(*receipt)},
                                         {QStringLiteral("envelope-sha256"), sha256Hex(*envelope)}},
                                        *at);
        !audited) {
        return audited.error();
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return *receipt;
}

Result<Bordereau> Declarations::bordereau(const QString& id, const crypto::Identity& identity) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    auto facts = this->facts(id);
    if (!facts) {
        return facts.error();
    }
    // The bordereau d'émargement is for whoever audits the declaration and for its readers: the authority
    // reviewing it sees who else may open it and who opened it last (art. 7-2 I: confidentiality is
    // checked by those who hold the declaration).
    if (!decide(*actor, Action::AuditLog, *facts) && !decide(*actor, Action::Open, *facts)) {
        return Error{ErrorKind::AccessDenied, tr("access denied"), QString(errors::Denied)};
    }
    Bordereau result;
    auto names =
        fetch(m_connection,
              QStringLiteral("SELECT DISTINCT p.name FROM envelope_recipients r JOIN people p ON p.id = "
                             "r.person_id WHERE r.declaration_id = ? ORDER BY p.name"),
              {id});
    if (!names) {
        return names.error();
    }
    for (const auto& row : *names) {
        result.mayOpen << row.at(0).toString();
    }
    auto last =
        fetch(m_connection,
              QStringLiteral("SELECT p.name, a.at FROM audit a JOIN people p ON p.id = a.actor_id WHERE "
                             "a.declaration_id = ? AND a.action = 'open' ORDER BY a.sequence DESC LIMIT 1"),
              {id});
    if (!last) {
        return last.error();
    }
    if (!last->empty()) {
        result.lastOpenedBy = last->front().at(0).toString();
        result.lastOpenedAt = QDateTime::fromString(last->front().at(1).toString(), Qt::ISODateWithMs);
    }
    return result;
}

} // namespace probitas::store
