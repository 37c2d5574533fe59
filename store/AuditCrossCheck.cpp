#include "AuditCrossCheck.h"

#include "AuditActions.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <memory>

namespace probitas::store {

using namespace sql;

namespace {

// The store's messages share the context "store" (Store.h).
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};

// The longest a writer waits for the write lock (SQLite's busy_timeout).
constexpr qint64 kLockWaitMs = 30000;

QString pairKey(const QString& first, const QString& second)
{
    return first + QLatin1Char('\n') + second;
}

// The actions whose entries record an object in a table.
enum class Records {
    Nothing,
    Filing,
    Forward,
    Receipt,
    Entretien,
    AvisRequest,
    ControlAct,
    Procedure,
    Destruction
};

Records recordsOf(const QString& action)
{
    if (action == actions::File) {
        return Records::Filing;
    }
    if (action == actions::Forward || action == actions::Reseal) {
        return Records::Forward; // a copy sealed again: an envelope row with its entry, like a forward
    }
    if (action == actions::Acknowledge) {
        return Records::Receipt;
    }
    if (action == actions::EntretienSchedule) {
        return Records::Entretien;
    }
    if (action == actions::AvisRequest) {
        return Records::AvisRequest;
    }
    if (actions::ControlActs.contains(action)) {
        return Records::ControlAct;
    }
    if (action == actions::Procedure) {
        return Records::Procedure;
    }
    if (action == actions::Purge) {
        return Records::Destruction;
    }
    return Records::Nothing;
}

QString detail(const AuditEntry& entry, const char* key)
{
    return entry.details.value(QLatin1String(key)).toString();
}

// Everything about one declaration id, gathered in one table so that each side is looked up once: its row,
// its original envelope, and the entries that filed and destroyed it (the first of each: a later copy cannot
// stand in for it).
struct Filing
{
    const AuditObjects::Declaration* row = nullptr;
    const AuditObjects::Envelope* original = nullptr;
    int originals = 0;
    const AuditEntry* file = nullptr;
    const AuditEntry* purge = nullptr;
};

void keepFirst(QHash<QString, const AuditEntry*>& index, const QString& key, const AuditEntry& entry)
{
    if (!key.isEmpty() && !index.contains(key)) {
        index.insert(key, &entry);
    }
}

QString quoted(const QString& action)
{
    return QLatin1Char('"') + action + QLatin1Char('"');
}

// The envelopes, the originals with their SHA-256. One scan (each row is mostly its envelope); the forwards'
// bytes are not read.
Status readEnvelopes(const Connection& connection, AuditObjects& objects)
{
    if (connection.backend() == Backend::PostgreSql) {
        // Hashed by the server: the bytes do not cross the connection (hex-escaped, twice their size).
        // Qualified, so that no function of the same name in another schema of the shared login can stand in.
        auto envelopes = connection.exec(
            QStringLiteral("SELECT id, declaration_id, forwarded_by, CASE WHEN forwarded_by IS NULL THEN "
                           "pg_catalog.encode(pg_catalog.sha256(sealed), 'hex') END FROM envelopes"));
        if (!envelopes) {
            return envelopes.error();
        }
        for (QSqlQuery& query = envelopes.value(); query.next();) {
            objects.envelopes.push_back({query.value(0).toString(), query.value(1).toString(),
                                         query.value(2).toString(), query.value(3).toString()});
        }
        envelopes.value().finish();
        return success();
    }
    // SQLite: the originals are hashed in batches on another core while this thread (the connection's) reads
    // the next.
    auto envelopes = connection.exec(QStringLiteral(
        "SELECT id, declaration_id, forwarded_by, CASE WHEN forwarded_by IS NULL THEN sealed END "
        "FROM envelopes"));
    if (!envelopes) {
        return envelopes.error();
    }
    struct Batch
    {
        std::vector<size_t> envelopes; // indexes in objects.envelopes
        std::vector<QByteArray> sealed;
        std::vector<QString> sha256;
    };
    constexpr size_t kBatch = 256;
    auto filling = std::make_unique<Batch>();
    std::unique_ptr<Batch> hashing;
    QFuture<void> hashed;
    const auto collect = [&objects, &hashing, &hashed] {
        hashed.waitForFinished();
        if (hashing) {
            for (size_t i = 0; i < hashing->envelopes.size(); ++i) {
                objects.envelopes[hashing->envelopes[i]].sha256 = std::move(hashing->sha256[i]);
            }
            hashing.reset();
        }
    };
    const auto hashFilled = [&] {
        collect();
        hashing = std::move(filling);
        filling = std::make_unique<Batch>();
        hashed = QtConcurrent::run([batch = hashing.get()] {
            batch->sha256.reserve(batch->sealed.size());
            for (const QByteArray& bytes : batch->sealed) {
                batch->sha256.push_back(sha256Hex(bytes));
            }
        });
    };
    QSqlQuery& query = envelopes.value();
    while (query.next()) {
        QString forwardedBy = query.value(2).toString();
        const bool original = forwardedBy.isEmpty();
        objects.envelopes.push_back(
            {query.value(0).toString(), query.value(1).toString(), std::move(forwardedBy), {}});
        if (original) {
            filling->envelopes.push_back(objects.envelopes.size() - 1);
            filling->sealed.push_back(query.value(3).toByteArray());
            if (filling->sealed.size() == kBatch) {
                hashFilled();
            }
        }
    }
    query.finish();
    hashFilled();
    collect();
    return success();
}

} // namespace

bool filingTimeMatches(const QDateTime& filedAt, const QDateTime& entryAt)
{
    return filedAt.isValid() && entryAt.isValid() && filedAt <= entryAt &&
           filedAt.msecsTo(entryAt) <= kLockWaitMs;
}

bool recordsAnObject(const QString& action)
{
    return recordsOf(action) != Records::Nothing;
}

AuditReport crossCheckAudit(const std::vector<AuditEntry>& entries, qint64 trailLength,
                            const AuditObjects& objects, const std::vector<AuditEntry>& later)
{
    AuditReport report;
    report.checked = trailLength;

    QHash<QString, Filing> filings;
    filings.reserve(qsizetype(objects.declarations.size()) + 16);
    // The entries recording the other objects, by what they name.
    QHash<QString, const AuditEntry*> forwards;          // envelope id
    QHash<QString, const AuditEntry*> acknowledgements;  // declaration id \n authority (person id)
    QHash<QString, const AuditEntry*> schedules;         // entretien id
    QHash<QString, const AuditEntry*> requests;          // avis request id
    QHash<QString, const AuditEntry*> procedureEntries;  // procedure id
    QHash<QString, const AuditEntry*> controlActEntries; // act of a HATVP control, by id
    QHash<QString, const AuditEntry*> controlEntries;    // HATVP control id: the first entry naming it
    const auto index = [&](const AuditEntry& entry) {
        switch (recordsOf(entry.action)) {
        case Records::Filing:
            if (Filing& filing = filings[entry.declarationId]; !filing.file) {
                filing.file = &entry;
            }
            break;
        case Records::Destruction:
            if (Filing& filing = filings[entry.declarationId]; !filing.purge) {
                filing.purge = &entry;
            }
            break;
        case Records::Forward:
            keepFirst(forwards, detail(entry, "envelope"), entry);
            break;
        case Records::Receipt:
            keepFirst(acknowledgements, pairKey(entry.declarationId, entry.actorId), entry);
            break;
        case Records::Entretien:
            keepFirst(schedules, detail(entry, "entretien"), entry);
            break;
        case Records::AvisRequest:
            keepFirst(requests, detail(entry, "request"), entry);
            break;
        case Records::Procedure:
            keepFirst(procedureEntries, detail(entry, "procedure"), entry);
            break;
        case Records::ControlAct:
            keepFirst(controlActEntries, detail(entry, "act"), entry);
            keepFirst(controlEntries, detail(entry, "control"), entry);
            break;
        case Records::Nothing:
            break;
        }
    };
    // The entries the tables were read after; the trail may have been read further (crossCheckStore).
    const auto comparedEnd =
        std::partition_point(entries.begin(), entries.end(),
                             [&objects](const AuditEntry& entry) { return entry.sequence <= objects.head; });
    for (auto entry = entries.begin(); entry != comparedEnd; ++entry) {
        index(*entry);
    }
    for (const AuditEntry& entry : later) {
        index(entry);
    }
    for (const auto& declaration : objects.declarations) {
        filings[declaration.id].row = &declaration;
    }
    QSet<QString> forwarded; // envelope ids of the forwards
    for (const auto& envelope : objects.envelopes) {
        if (envelope.forwardedBy.isEmpty()) {
            Filing& filing = filings[envelope.declarationId];
            filing.original = &envelope;
            ++filing.originals;
        } else {
            forwarded.insert(envelope.id);
        }
    }
    QSet<QString> receipts, entretiens, avisRequests, procedures, controlActs;
    for (const auto& receipt : objects.receipts) {
        receipts.insert(pairKey(receipt.declarationId, receipt.authorityId));
    }
    for (const auto& entretien : objects.entretiens) {
        entretiens.insert(entretien.id);
    }
    for (const auto& request : objects.avisRequests) {
        avisRequests.insert(request.id);
    }
    for (const auto& procedure : objects.procedures) {
        procedures.insert(procedure.id);
    }
    for (const auto& act : objects.controlActs) {
        controlActs.insert(act.id);
    }
    const auto filingOf = [&filings](const QString& declarationId) {
        const auto found = filings.constFind(declarationId);
        return found == filings.constEnd() ? Filing() : found.value();
    };

    const auto entryProblem = [&report](const AuditEntry& entry, const QString& problem) {
        report.firstBad = entry.sequence;
        report.problem = problem;
        return report;
    };
    // Every entry that records an object, in sequence order: its object is there, or a purge explains why
    // not.
    for (auto compared = entries.begin(); compared != comparedEnd; ++compared) {
        const AuditEntry& entry = *compared;
        const QString& declaration = entry.declarationId;
        switch (recordsOf(entry.action)) {
        case Records::Filing: {
            const Filing filing = filingOf(declaration);
            if (!filing.row) {
                return entryProblem(entry,
                                    StoreText::tr("audit entry %1 records the filing of declaration %2, "
                                                  "which is not in the store")
                                        .arg(entry.sequence)
                                        .arg(declaration));
            }
            if (!filing.original && !filing.purge) {
                return entryProblem(entry,
                                    StoreText::tr("audit entry %1 records the filing of declaration %2, "
                                                  "whose envelope is not in the store")
                                        .arg(entry.sequence)
                                        .arg(declaration));
            }
            break;
        }
        case Records::Forward:
            if (!forwarded.contains(detail(entry, "envelope")) && !filingOf(declaration).purge) {
                return entryProblem(entry, StoreText::tr("audit entry %1 records a forward of declaration %2 "
                                                         "(envelope %3) that is not in the store")
                                               .arg(entry.sequence)
                                               .arg(declaration, detail(entry, "envelope")));
            }
            break;
        case Records::Receipt:
            if (!receipts.contains(pairKey(declaration, entry.actorId)) && !filingOf(declaration).purge) {
                return entryProblem(entry,
                                    StoreText::tr("audit entry %1 records a receipt for declaration %2 "
                                                  "that is not in the store")
                                        .arg(entry.sequence)
                                        .arg(declaration));
            }
            break;
        case Records::Entretien:
            if (!entretiens.contains(detail(entry, "entretien"))) {
                return entryProblem(entry, StoreText::tr("audit entry %1 records entretien %2, which is not "
                                                         "in the store")
                                               .arg(entry.sequence)
                                               .arg(detail(entry, "entretien")));
            }
            break;
        case Records::AvisRequest:
            if (!avisRequests.contains(detail(entry, "request"))) {
                return entryProblem(entry, StoreText::tr("audit entry %1 records avis request %2, which is "
                                                         "not in the store")
                                               .arg(entry.sequence)
                                               .arg(detail(entry, "request")));
            }
            break;
        case Records::ControlAct:
            // Retention empties an act's document and keeps its row.
            if (!controlActs.contains(detail(entry, "act"))) {
                return entryProblem(entry, StoreText::tr("audit entry %1 records act %2 of HATVP control %3, "
                                                         "which is not in the store")
                                               .arg(entry.sequence)
                                               .arg(detail(entry, "act"), detail(entry, "control")));
            }
            break;
        case Records::Procedure:
            if (!procedures.contains(detail(entry, "procedure"))) {
                return entryProblem(entry, StoreText::tr("audit entry %1 records procedure %2, which is not "
                                                         "in the store")
                                               .arg(entry.sequence)
                                               .arg(detail(entry, "procedure")));
            }
            break;
        case Records::Destruction: {
            const Filing filing = filingOf(declaration);
            if (!filing.row || filing.row->status != DeclarationStatus::Destroyed) {
                return entryProblem(entry, StoreText::tr("audit entry %1 records the destruction of "
                                                         "declaration %2, which is not destroyed")
                                               .arg(entry.sequence)
                                               .arg(declaration));
            }
            break;
        }
        case Records::Nothing:
            break;
        }
    }

    // Every row that an entry records has it. A missing entry has no sequence: it is named by its row.
    const auto rowProblem = [&report, trailLength](const QString& problem) {
        report.firstBad = trailLength + 1;
        report.problem = problem;
        return report;
    };
    for (const auto& declaration : objects.declarations) {
        const Filing filing = filingOf(declaration.id);
        const AuditEntry* file = filing.file;
        if (!file) {
            return rowProblem(
                StoreText::tr("declaration %1 has no %2 entry in the audit trail (entries were removed)")
                    .arg(declaration.id, quoted(actions::File)));
        }
        if (file->actorId != declaration.declarantId || detail(*file, "declaration") != declaration.kind ||
            detail(*file, "event") != declaration.event ||
            signedRecipients(file->details).join(QLatin1Char(' ')) != declaration.recipients) {
            return rowProblem(StoreText::tr("declaration %1 does not match its %2 entry %3 (declarant, kind, "
                                            "event or recipients changed)")
                                  .arg(declaration.id, quoted(actions::File))
                                  .arg(file->sequence));
        }
        if (!filingTimeMatches(declaration.filedAt, file->at)) {
            return rowProblem(StoreText::tr("declaration %1 says it was filed at %2, but its %3 entry %4 "
                                            "records %5")
                                  .arg(declaration.id, timestamp(declaration.filedAt), quoted(actions::File))
                                  .arg(file->sequence)
                                  .arg(timestamp(file->at)));
        }
        if (declaration.status == DeclarationStatus::Destroyed && !filing.purge) {
            return rowProblem(StoreText::tr("declaration %1 is destroyed, but no %2 entry records it")
                                  .arg(declaration.id, quoted(actions::Purge)));
        }
        if (filing.original &&
            (filing.originals > 1 || detail(*file, "envelope-sha256") != filing.original->sha256)) {
            return rowProblem(StoreText::tr("the envelope of declaration %1 is not the one its %2 entry "
                                            "recorded (SHA-256)")
                                  .arg(declaration.id, quoted(actions::File)));
        }
    }
    for (const auto& envelope : objects.envelopes) {
        if (envelope.forwardedBy.isEmpty()) {
            continue; // with its declaration, above
        }
        const AuditEntry* forward = forwards.value(envelope.id);
        if (!forward || forward->declarationId != envelope.declarationId ||
            forward->actorId != envelope.forwardedBy) {
            return rowProblem(
                StoreText::tr("envelope %1, forwarded from declaration %2, has no %3 or %4 entry "
                              "in the audit trail")
                    .arg(envelope.id, envelope.declarationId, quoted(actions::Forward),
                         quoted(actions::Reseal)));
        }
    }
    for (const auto& receipt : objects.receipts) {
        const AuditEntry* acknowledgement =
            acknowledgements.value(pairKey(receipt.declarationId, receipt.authorityId));
        if (!acknowledgement || detail(*acknowledgement, "receipt-sha256") != receipt.sha256) {
            return rowProblem(
                StoreText::tr("the receipt of %1 for declaration %2 has no matching %3 entry "
                              "in the audit trail")
                    .arg(receipt.authorityId, receipt.declarationId, quoted(actions::Acknowledge)));
        }
    }
    for (const auto& entretien : objects.entretiens) {
        const AuditEntry* schedule = schedules.value(entretien.id);
        if (!schedule || schedule->declarationId != entretien.declarationId) {
            return rowProblem(StoreText::tr("entretien %1 has no %2 entry in the audit trail")
                                  .arg(entretien.id, quoted(actions::EntretienSchedule)));
        }
    }
    for (const auto& request : objects.avisRequests) {
        const AuditEntry* entry = requests.value(request.id);
        if (!entry || entry->declarationId != request.declarationId) {
            return rowProblem(StoreText::tr("avis request %1 has no %2 entry in the audit trail")
                                  .arg(request.id, quoted(actions::AvisRequest)));
        }
    }
    for (const auto& act : objects.controlActs) {
        const AuditEntry* entry = controlActEntries.value(act.id);
        if (!entry || entry->declarationId != act.declarationId) {
            return rowProblem(
                StoreText::tr("act %1 of a HATVP control has no entry in the audit trail").arg(act.id));
        }
    }
    for (const auto& control : objects.controls) {
        const AuditEntry* entry = controlEntries.value(control.id);
        if (!entry || entry->declarationId != control.declarationId) {
            return rowProblem(
                StoreText::tr("HATVP control %1 has no entry in the audit trail").arg(control.id));
        }
    }
    if (!objects.differingCopies.empty()) {
        const auto& copy = objects.differingCopies.front();
        return rowProblem(StoreText::tr("the envelope of declaration %1 sealed for %2 does not repeat the "
                                        "declaration's declarant, kind, event, recipients or filing time "
                                        "(changed by hand)")
                              .arg(copy.declarationId, copy.personId));
    }
    for (const auto& procedure : objects.procedures) {
        const AuditEntry* entry = procedureEntries.value(procedure.id);
        if (!entry || detail(*entry, "declarant") != procedure.declarantId) {
            return rowProblem(StoreText::tr("procedure %1 has no %2 entry in the audit trail")
                                  .arg(procedure.id, quoted(actions::Procedure)));
        }
    }
    return report;
}

Result<AuditObjects> readAuditObjects(const Connection& connection)
{
    ReadSnapshot snapshot(connection);
    if (Status begun = snapshot.begin(); !begun) {
        return begun.error();
    }
    AuditObjects objects;
    // The snapshot's first read: the tables below hold what these entries record.
    auto head = connection.exec(QStringLiteral("SELECT COALESCE(MAX(sequence), 0) FROM audit"));
    if (!head) {
        return head.error();
    }
    objects.head = head.value().next() ? head.value().value(0).toLongLong() : 0;
    head.value().finish();
    // Row by row into the structs: the QVariant rows of fetch() would cost as much as the check.
    auto declarations = connection.exec(QStringLiteral(
        "SELECT id, declarant_id, kind, event, status, filed_at, recipients FROM declarations"));
    if (!declarations) {
        return declarations.error();
    }
    for (QSqlQuery& query = declarations.value(); query.next();) {
        auto status = parseDeclarationStatus(query.value(4).toString(), query.value(0).toString());
        if (!status) {
            return status.error();
        }
        objects.declarations.push_back({query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString(),
                                        query.value(6).toString(), *status,
                                        parseTimestamp(query.value(5).toString())});
    }
    declarations.value().finish();
    // NULL or different, on either backend: only an exact repetition is 0.
    auto differing =
        fetch(connection,
              QStringLiteral(
                  "SELECT r.declaration_id, r.person_id FROM envelope_recipients r JOIN declarations d ON "
                  "d.id = r.declaration_id WHERE CASE WHEN r.declarant_id = d.declarant_id AND r.kind = "
                  "d.kind AND r.event = d.event AND r.recipients = d.recipients AND r.filed_at = "
                  "d.filed_at THEN 0 ELSE 1 END = 1 ORDER BY r.declaration_id, r.person_id LIMIT 1"));
    if (!differing) {
        return differing.error();
    }
    for (const auto& row : *differing) {
        objects.differingCopies.push_back({row.at(0).toString(), row.at(1).toString()});
    }

    if (Status read = readEnvelopes(connection, objects); !read) {
        return read.error();
    }
    auto receipts =
        fetch(connection, QStringLiteral("SELECT declaration_id, authority_id, receipt FROM receipts"));
    if (!receipts) {
        return receipts.error();
    }
    for (const auto& row : *receipts) {
        objects.receipts.push_back(
            {row.at(0).toString(), row.at(1).toString(), sha256Hex(row.at(2).toByteArray())});
    }
    for (const auto& [statement, target] :
         {std::pair{QStringLiteral("SELECT id, declaration_id FROM entretiens"), &objects.entretiens},
          std::pair{QStringLiteral("SELECT id, declaration_id FROM avis_requests"), &objects.avisRequests},
          std::pair{QStringLiteral("SELECT id, declaration_id FROM controls"), &objects.controls},
          std::pair{QStringLiteral("SELECT id, declaration_id FROM control_acts"), &objects.controlActs}}) {
        auto rows = fetch(connection, statement);
        if (!rows) {
            return rows.error();
        }
        for (const auto& row : *rows) {
            target->push_back({row.at(0).toString(), row.at(1).toString()});
        }
    }
    auto procedures = fetch(connection, QStringLiteral("SELECT id, declarant_id FROM procedures"));
    if (!procedures) {
        return procedures.error();
    }
    for (const auto& row : *procedures) {
        objects.procedures.push_back({row.at(0).toString(), row.at(1).toString()});
    }

    return objects;
}

Result<AuditReport> crossCheckStore(const Connection& connection, const std::vector<AuditEntry>& entries,
                                    qint64 trailLength, const AuditObjects& objects)
{
    // What was committed after the trail was read and before the tables were: it may back the rows read.
    auto laterRows =
        fetch(connection,
              QStringLiteral("SELECT %1 FROM audit WHERE sequence > ? AND sequence <= ? ORDER BY sequence")
                  .arg(kAuditColumns),
              {trailLength, objects.head});
    if (!laterRows) {
        return laterRows.error();
    }
    std::vector<AuditEntry> later;
    for (const auto& row : *laterRows) {
        later.push_back(entryFromRow(row));
    }
    return crossCheckAudit(entries, trailLength, objects, later);
}

} // namespace probitas::store
