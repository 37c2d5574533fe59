// The audit trail's writer, readers and verifier, and this client's memory of the heads it saw.
#include "AuditTrail.h"

#include "AuditActions.h"
#include "AuditCrossCheck.h"
#include "Clock.h"
#include "KnownHeads.h"
#include "Signature.h"
#include "StoreSql.h"

#include <QFuture>
#include <QSet>
#include <QSqlError>
#include <QSqlRecord>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <deque>
#include <future>
#include <map>
#include <set>

namespace probitas::store {

using namespace sql;

AuditTrail::AuditTrail(const Connection& connection, const DirectoryView& directory)
    : m_connection(connection)
    , m_directory(directory)
{}

Result<std::vector<AuditEntry>> AuditTrail::entries(const QStringList& actions, qint64 after) const
{
    return auditEntries(m_connection, actions, after);
}

Status AuditTrail::checkAppendOnly(const std::optional<AuditAnchor>& verified)
{
    auto directory = m_directory.replayed();
    if (!directory) {
        return directory.error();
    }
    if (!(*directory)->isAdopted()) {
        return success(); // a new store, or one an administrator has yet to adopt: no id to remember it by
    }
    // The id is the anchor statement's, whose signature is verified here: a store cannot pass for a new one
    // by changing its id.
    if (auto anchors = (*directory)->anchors(); !anchors) {
        return anchors.error();
    }
    const QString storeId = (*directory)->storeId();
    auto known = m_knownHeads->find(storeId);
    if (!known) {
        return known.error();
    }
    const auto notAppendOnly = [](const QString& message) {
        qCInfo(lcStore) << "store not append-only since last seen";
        return Error{ErrorKind::Integrity, message, QString(errors::NotAppendOnly)};
    };
    qint64 from = *known ? (*known)->head.sequence : 1;
    // The entry this computer saw, as stored now (the first entry read, or read alone).
    std::optional<AuditAnchor> seenNow;
    if (verified && verified->sequence > from) {
        // The chain up to `verified` was just verified whole: it is not read again, only the entry seen
        // before (when any) and the entries from the verified head on.
        if (*known) {
            auto stored =
                fetch(m_connection, QStringLiteral("SELECT hash FROM audit WHERE sequence = ?"), {from});
            if (!stored) {
                return stored.error();
            }
            if (!stored->empty()) {
                seenNow = AuditAnchor{from, stored->front().at(0).toString()};
            }
        }
        from = verified->sequence;
    }
    auto tail = checkAuditTail(m_connection, from);
    if (!tail) {
        return tail.error();
    }
    if (verified && from == verified->sequence &&
        (!tail->first || tail->first->sequence != verified->sequence ||
         tail->first->hash != verified->hash)) {
        return notAppendOnly(
            tr("audit entry %1 changed or was removed while the trail was verified").arg(verified->sequence));
    }
    if (*known) {
        const KnownHead& head = **known;
        const QString seen = head.seenAt.toLocalTime().toString(Qt::ISODate);
        if (from == head.head.sequence) {
            seenNow = tail->first;
        }
        if (!seenNow || seenNow->sequence != head.head.sequence) {
            return notAppendOnly(
                tr("this store's audit trail no longer holds entry %1, which this computer saw on "
                   "%2: entries were removed")
                    .arg(head.head.sequence)
                    .arg(seen));
        }
        if (seenNow->hash != head.head.hash) {
            return notAppendOnly(tr("audit entry %1 is not the one this computer saw on %2: the trail was "
                                    "rewritten")
                                     .arg(head.head.sequence)
                                     .arg(seen));
        }
        if (head.directoryHead && !(*directory)->hasStatement(*head.directoryHead)) {
            return notAppendOnly(
                tr("directory statement %1, which this computer saw on %2, is gone or changed")
                    .arg(head.directoryHead->sequence)
                    .arg(seen));
        }
    } else if (!verified && tail->first && tail->first->sequence != 1) {
        return notAppendOnly(tr("audit entry 1 is missing"));
    }
    if (!tail->problem.isEmpty()) {
        return notAppendOnly(tr("this store's audit trail is not whole: %1").arg(tail->problem));
    }
    if (!tail->last) {
        return success();
    }
    m_lastChecked = tail->last;
    return m_knownHeads->remember(storeId, KnownHead{{m_lastChecked->sequence, m_lastChecked->hash},
                                                     (*directory)->head(),
                                                     QDateTime::currentDateTimeUtc()});
}

Status AuditTrail::checkKnownHead(const QString& knownHeadsPath, const std::optional<AuditAnchor>& verified)
{
    m_lastChecked.reset();
    m_knownHeads.emplace(knownHeadsPath.isEmpty() ? KnownHeads::defaultPath() : knownHeadsPath);
    if (Status appendOnly = checkAppendOnly(verified); !appendOnly) {
        m_knownHeads.reset(); // nothing of a store that failed is remembered
        return appendOnly;
    }
    return success();
}

Status AuditTrail::rememberHead()
{
    if (!m_knownHeads) {
        return success();
    }
    if (!m_lastChecked) {
        return checkAppendOnly(std::nullopt);
    }
    auto directory = m_directory.replayed();
    if (!directory) {
        return directory.error();
    }
    auto tail = checkAuditTail(m_connection, m_lastChecked->sequence + 1, m_lastChecked);
    if (!tail) {
        return tail.error();
    }
    if (!tail->problem.isEmpty()) {
        return Error{ErrorKind::Integrity, tr("this store's audit trail is not whole: %1").arg(tail->problem),
                     QString(errors::NotAppendOnly)};
    }
    if (!tail->last) {
        return success();
    }
    m_lastChecked = tail->last;
    return m_knownHeads->remember((*directory)->storeId(),
                                  KnownHead{{m_lastChecked->sequence, m_lastChecked->hash},
                                            (*directory)->head(),
                                            QDateTime::currentDateTimeUtc()});
}

Status AuditTrail::append(const Actor& actor, const crypto::Identity& identity, const QString& action,
                          const QString& declarationId, const QJsonObject& details, const QDateTime& at) const
{
    // On a server store a writer may not see the head (row-level security): it reads the head's link, and
    // the head itself where it may.
    std::optional<QVariantList> unseenHead;
    auto last = [this, &unseenHead]() -> Result<std::vector<QVariantList>> {
        if (!m_connection.serverEnforced()) {
            return fetch(
                m_connection,
                QStringLiteral("SELECT %1 FROM audit ORDER BY sequence DESC LIMIT 1").arg(kAuditColumns));
        }
        auto link =
            fetch(m_connection, QStringLiteral("SELECT sequence, hash, signature FROM audit_links ORDER BY "
                                               "sequence DESC LIMIT 1"));
        if (!link || link->empty()) {
            return link;
        }
        auto head =
            fetch(m_connection, QStringLiteral("SELECT %1 FROM audit WHERE sequence = ?").arg(kAuditColumns),
                  {link->front().at(0)});
        if (head && head->empty()) {
            unseenHead = link->front();
        }
        return head;
    }();
    if (!last) {
        return last.error();
    }
    AuditEntry entry;
    entry.previousHash = auditGenesisHash();
    entry.previousSignatureHash = auditGenesisHash();
    entry.sequence = 1;
    if (at.isValid()) {
        entry.at = at;
    } else if (auto now = writeTime(m_connection)) {
        entry.at = *now;
    } else {
        return now.error();
    }
    if (unseenHead) {
        // Committed to unseen: the server checked the link; verifyAuditChain checks the head's signature.
        entry.version = AuditEntry::kLinkedVersion;
        entry.sequence = unseenHead->at(0).toLongLong() + 1;
        entry.previousHash = unseenHead->at(1).toString();
        entry.previousSignatureHash = auditHash(unseenHead->at(2).toByteArray());
    } else if (!last->empty()) {
        // The writer witnesses its predecessor before signing on top of it: that is what lets a check of
        // the newest signature vouch for the whole chain (AuditChain.h). A broken trail takes no new entry.
        const AuditEntry previous = entryFromRow(last->front());
        auto certificate = m_directory.certificateAt(previous.actorId, previous.sequence);
        const QString problem =
            auditEntryProblem(previous, certificate ? *certificate : crypto::Certificate());
        if (!problem.isEmpty() && m_connection.serverEnforced()) {
            // On a server store nobody rewrites the trail; an entry that does not verify was appended so by
            // the login its actor names (the server cannot check a signature). Refusing to write on top of it
            // would let any login stop everyone: link to it without vouching for it, and let `audit verify`
            // name it.
            qCWarning(lcStore) << "audit entry" << previous.sequence
                               << "does not verify: linked, not witnessed";
            entry.version = AuditEntry::kLinkedVersion;
        } else if (!problem.isEmpty()) {
            qCWarning(lcStore) << "audit trail broken at entry" << previous.sequence;
            return Error{
                ErrorKind::Integrity,
                tr("the audit trail is broken (%1): the store records nothing more until it has been "
                   "examined (probitas-cli audit verify)")
                    .arg(problem),
                QString(errors::AuditBroken)};
        }
        if (entry.at < previous.at) {
            // A clock set back would let an entry, a filing among them, claim an earlier time than what the
            // trail already holds: refused, so that audit times never go backwards.
            qCInfo(lcStore) << "clock behind audit entry" << previous.sequence;
            return Error{
                ErrorKind::Environment,
                (m_connection.backend() == Backend::PostgreSql && !Clock::isSetForTesting()
                     ? tr("the database server's clock (%1) is behind the store's last audit entry "
                          "(%2, entry %3): nothing is recorded until the server's clock is set right")
                     : tr("this computer's clock (%1) is behind the store's last audit entry (%2, "
                          "entry %3): nothing is recorded until this computer's clock is set right"))
                    .arg(timestamp(entry.at), timestamp(previous.at))
                    .arg(previous.sequence),
                QString(errors::ClockBehind)};
        }
        entry.sequence = previous.sequence + 1;
        entry.previousHash = previous.hash;
        entry.previousSignatureHash = auditHash(previous.signature);
    }
    entry.actorId = actor.personId;
    entry.action = action;
    entry.declarationId = declarationId;
    entry.details = details;
    const QByteArray canonical = entry.canonical();
    entry.hash = auditHash(canonical);
    auto signature = crypto::Signature::sign(canonical, identity);
    if (!signature) {
        return signature.error();
    }
    auto inserted = m_connection.exec(
        QStringLiteral("INSERT INTO audit (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kAuditColumns),
        {entry.sequence, entry.at.toString(Qt::ISODateWithMs), entry.actorId, action,
         declarationId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(declarationId),
         QString::fromUtf8(compact(details)), entry.previousHash, entry.hash, *signature, entry.version,
         entry.previousSignatureHash});
    if (!inserted) {
        return inserted.error();
    }
    return success();
}

Status AuditTrail::appendAlone(const Actor& actor, const crypto::Identity& identity, const QString& action,
                               const QString& declarationId, const QJsonObject& details) const
{
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun;
    }
    if (Status appended = append(actor, identity, action, declarationId, details); !appended) {
        return appended;
    }
    return transaction.commit();
}

Error AuditTrail::denied(const Actor& actor, const crypto::Identity& identity, Action action,
                         const QString& declarationId, const QString& reason) const
{
    qCInfo(lcStore) << "denied" << actionId(action) << "to" << actor.personId << "on" << declarationId
                    << reason;
    if (Status audited =
            appendAlone(actor, identity, QStringLiteral("denied"), declarationId,
                        {{QStringLiteral("action"), actionId(action)}, {QStringLiteral("reason"), reason}});
        !audited) {
        return audited.error();
    }
    return Error{
        ErrorKind::AccessDenied,
        tr("access denied: this identity may not %1 this declaration (%2)").arg(actionId(action), reason),
        QString(errors::Denied)};
}

namespace {

// Every certificate the store holds, as stored, in one query.
Result<std::vector<QByteArray>> storedCertificates(const Connection& connection)
{
    std::vector<QByteArray> certificates;
    if (connection.backend() == Backend::PostgreSql) {
        auto rows = connection.execBinary("SELECT certificate FROM certificates", {});
        if (!rows) {
            return rows.error();
        }
        certificates.reserve(size_t(rows->count()));
        for (int row = 0; row < rows->count(); ++row) {
            certificates.push_back(rows->bytes(row, 0).toByteArray());
        }
        return certificates;
    }
    auto rows = fetch(connection, QStringLiteral("SELECT certificate FROM certificates"), {});
    if (!rows) {
        return rows.error();
    }
    certificates.reserve(rows->size());
    for (const auto& row : *rows) {
        certificates.push_back(row.at(0).toByteArray());
    }
    return certificates;
}

// The trail as stored, read a page at a time (a range of the primary key: on PostgreSQL a query must end
// before the next one, the signers' certificates, can run). This thread (the connection's) reads a page and
// looks its signers up while another core hashes the page before and gives its entries to `take`, in order.
// Two pages are held at a time, never the trail. `recording`, when given, receives the entries that record an
// object (AuditCrossCheck.h), decoded: the only ones the cross-check needs.
Status readTrail(const Connection& connection, const Directory& directory, std::vector<AuditEntry>* recording,
                 const AuditChainTake& take)
{
    // Two pages held at a time, never the trail; each one result (or a few blocks) whose bytes its rows
    // borrow (StoredAuditPage).
    constexpr int kPage = 1024;
    struct Page
    {
        StoredAuditPage stored;
        // Each row's signer, in `signers` below: the walking core copies it, so only that core touches
        // its reference count.
        std::vector<const crypto::Certificate*> signers;
        std::deque<crypto::Certificate> renewed; // the signers of those who renewed their certificate
    };
    std::atomic<bool> stopped = false;
    QHash<QByteArray, bool> recordsByAction; // the walking core's own: a few actions, a million entries
    const auto walk = [recording, &take, &stopped, &recordsByAction](Page* page) {
        for (size_t i = 0; i < page->stored.rows.size() && !stopped; ++i) {
            const StoredAuditEntry& row = page->stored.rows[i];
            if (recording) {
                auto records = recordsByAction.constFind(row.action);
                if (records == recordsByAction.constEnd()) {
                    records = recordsByAction.insert(QByteArray(row.action.constData(), row.action.size()),
                                                     recordsAnObject(QString::fromUtf8(row.action)));
                }
                if (*records) {
                    recording->push_back(row.decoded());
                }
            }
            if (!take(linkOf(row, *page->signers[i]))) {
                stopped = true;
            }
        }
    };
    // The signers' certificates in one query, decoded on every core, rather than one query each.
    if (auto certificates = storedCertificates(connection); certificates) {
        directory.takeCertificates(*certificates);
    } else {
        return certificates.error();
    }
    // Most people never renewed their certificate: theirs is looked up once, not at each of their entries.
    std::deque<crypto::Certificate> onlyCertificates; // where they stay put
    QHash<QByteArray, const crypto::Certificate*> onlyCertificate;
    const auto signerOf = [&](Page& page, const QByteArray& actor, qint64 sequence) {
        if (const auto found = onlyCertificate.constFind(actor); found != onlyCertificate.constEnd()) {
            return *found;
        }
        const QString personId = QString::fromUtf8(actor);
        crypto::Certificate certificate = directory.certificateAt(personId, sequence);
        if (directory.certificatesHeld(personId).size() == 1) {
            const crypto::Certificate* only = &onlyCertificates.emplace_back(std::move(certificate));
            // A copy of the key: it outlives the page whose bytes `actor` may borrow.
            onlyCertificate.insert(QByteArray(actor.constData(), actor.size()), only);
            return only;
        }
        return static_cast<const crypto::Certificate*>(&page.renewed.emplace_back(std::move(certificate)));
    };
    QThreadPool walking; // its own thread: the global pool stays free for the signatures `take` verifies
    walking.setMaxThreadCount(1);
    std::unique_ptr<Page> walked; // the page the other core has
    QFuture<void> done;
    qint64 after = 0;
    for (bool more = true; more && !stopped;) {
        auto page = std::make_unique<Page>();
        if (Status read =
                readStoredAuditPage(connection, StoredAuditColumns::Whole, after + 1, kPage, page->stored);
            !read) {
            done.waitForFinished();
            return read;
        }
        const std::vector<StoredAuditEntry>& rows = page->stored.rows;
        more = rows.size() == size_t(kPage);
        if (rows.empty()) {
            break;
        }
        after = rows.back().sequence;
        page->signers.reserve(rows.size());
        for (const StoredAuditEntry& row : rows) {
            page->signers.push_back(signerOf(*page, row.actor, row.sequence));
        }
        done.waitForFinished();
        walked = std::move(page);
        done = QtConcurrent::run(&walking, walk, walked.get());
    }
    done.waitForFinished();
    return success();
}

// What the chain's reading hands to the cross-check: the entries that record an object, and how many
// entries it read.
struct ChainRead
{
    std::vector<AuditEntry> recording;
    qint64 trailLength = 0;
};

// The cross-check on a connection and thread of its own (the tables in one snapshot, readAuditObjects): on a
// server most of it is the server hashing the envelopes, which the chain's connection would otherwise wait
// for. It starts before the directory is replayed, and compares once the chain is handed over, while the
// directory's signatures are verified.
class CrossCheckBeside
{
public:
    explicit CrossCheckBeside(const Location& location)
    {
        m_thread.setMaxThreadCount(1);
        m_thread.start([this, location] { run(location); });
    }
    // Never leaves the thread waiting for a chain that will not come (an early return).
    ~CrossCheckBeside()
    {
        handOver(std::nullopt);
        m_thread.waitForDone();
    }
    CrossCheckBeside(const CrossCheckBeside&) = delete;
    CrossCheckBeside& operator=(const CrossCheckBeside&) = delete;

    // False when the second connection was refused (a server's limit, not the store): the caller then
    // cross-checks on its own connection, after the chain.
    bool opened() { return m_opened.get(); }
    // nullopt: the chain did not verify, nothing to compare.
    void handOver(std::optional<ChainRead> chain)
    {
        if (!m_handedOver) {
            m_handedOver = true;
            m_chainPromise.set_value(std::move(chain));
        }
    }
    // Once opened() and a chain handed over: the thread always sets it then.
    Result<AuditReport> outcome()
    {
        m_thread.waitForDone();
        return std::move(*m_outcome);
    }

private:
    void run(const Location& location)
    {
        auto connection = Connection::open(location);
        m_openedPromise.set_value(bool(connection));
        if (!connection) {
            qCInfo(lcStore) << "audit verify reads the tables after the trail:" << connection.error().message;
            return;
        }
        auto tables = readAuditObjects(**connection);
        std::optional<ChainRead> chain = m_chain.get();
        if (!chain) {
            return;
        }
        if (!tables) {
            m_outcome = tables.error();
            return;
        }
        m_outcome = crossCheckStore(**connection, chain->recording, chain->trailLength, *tables);
        // The recorded entries are freed here too, beside the directory's verification.
    }

    std::promise<bool> m_openedPromise;
    std::future<bool> m_opened = m_openedPromise.get_future();
    std::promise<std::optional<ChainRead>> m_chainPromise;
    std::future<std::optional<ChainRead>> m_chain = m_chainPromise.get_future();
    bool m_handedOver = false;
    std::optional<Result<AuditReport>> m_outcome;
    QThreadPool m_thread; // last: joined first
};

} // namespace

Result<AuditReport> AuditTrail::verify(AuditVerification verification,
                                       const std::optional<AuditAnchor>& anchor) const
{
    CrossCheckBeside beside(m_connection.location());
    // Each entry's signer as the administrators' statements say, not as the people table says today (and a
    // renewed certificate signs only what came after).
    auto replayed = m_directory.replayed();
    if (!replayed) {
        return replayed.error();
    }
    const Directory* directory = *replayed;
    // The trail read once, as it is stored, and never held: its links and hashes from the bytes as stored,
    // only the entries the cross-check needs decoded.
    std::vector<AuditEntry> recording;
    bool firstReading = true;
    auto verified = verifyAuditChain(
        [&](const AuditChainTake& take) {
            Status read = readTrail(m_connection, *directory, firstReading ? &recording : nullptr, take);
            firstReading = false;
            return read;
        },
        verification, anchor);
    if (!verified) {
        return verified.error();
    }
    AuditReport report = *verified;
    if (report.firstBad != 0) {
        return report;
    }
    const bool besideOpened = beside.opened();
    if (besideOpened) {
        beside.handOver(ChainRead{std::move(recording), report.checked});
    }
    // The chain is whole: now every statement (its signer an administrator then, issued by the anchors) and
    // every row of the people table.
    if (Status backed = m_directory.verify(); !backed) {
        return backed.error();
    }
    // And whether the tables and the trail tell the same story (AuditCrossCheck.h).
    Result<AuditReport> crossChecked = besideOpened ? beside.outcome() : [&]() -> Result<AuditReport> {
        auto tables = readAuditObjects(m_connection);
        if (!tables) {
            return tables.error();
        }
        return crossCheckStore(m_connection, recording, report.checked, *tables);
    }();
    if (!crossChecked) {
        return crossChecked.error();
    }
    report.firstBad = crossChecked->firstBad;
    report.problem = crossChecked->problem;
    return report;
}

namespace {

// What decide(Action::AuditLog) lets `actor` read of the trail, as SQL: the auditor and the administrator the
// whole trail; everyone else the entries of their own actions and those about their own declarations.
struct LogScope
{
    QString where; // a condition, "" for the whole trail
    QVariantList values;
};
LogScope logScope(const Actor& actor)
{
    if (decideStore(actor, StoreAction::ReadWholeTrail)) {
        return {};
    }
    return {QStringLiteral("(actor_id = ? OR declaration_id IN (SELECT id FROM declarations WHERE "
                           "declarant_id = ?))"),
            {actor.personId, actor.personId}};
}

} // namespace

Result<QList<AuditEntry>> AuditTrail::log(const crypto::Identity& identity) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    const LogScope scope = logScope(*actor);
    auto rows = fetch(
        m_connection,
        QStringLiteral("SELECT %1 FROM audit %2 ORDER BY sequence")
            .arg(kAuditColumns, scope.where.isEmpty() ? QString() : QStringLiteral("WHERE ") + scope.where),
        scope.values);
    if (!rows) {
        return rows.error();
    }
    QList<AuditEntry> entries;
    for (const auto& row : *rows) {
        entries << entryFromRow(row);
    }
    return entries;
}

Result<QList<AuditEntry>> AuditTrail::logPage(const crypto::Identity& identity, qint64 before,
                                              int limit) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    LogScope scope = logScope(*actor);
    QStringList conditions;
    if (!scope.where.isEmpty()) {
        conditions << scope.where;
    }
    if (before > 0) {
        conditions << QStringLiteral("sequence < ?");
        scope.values << before;
    }
    scope.values << std::max(limit, 1);
    auto rows =
        fetch(m_connection,
              QStringLiteral("SELECT %1 FROM audit %2 ORDER BY sequence DESC LIMIT ?")
                  .arg(kAuditColumns, conditions.isEmpty() ? QString()
                                                           : QStringLiteral("WHERE ") +
                                                                 conditions.join(QLatin1String(" AND "))),
              scope.values);
    if (!rows) {
        return rows.error();
    }
    QList<AuditEntry> entries;
    entries.reserve(qsizetype(rows->size()));
    for (const auto& row : *rows) {
        entries << entryFromRow(row);
    }
    return entries;
}

Result<std::map<QString, qint64>> AuditTrail::logActions(const crypto::Identity& identity) const
{
    auto actor = m_directory.actorFor(identity);
    if (!actor) {
        return actor.error();
    }
    const LogScope scope = logScope(*actor);
    auto rows = fetch(m_connection,
                      QStringLiteral("SELECT action, COUNT(*) FROM audit %1 GROUP BY action")
                          .arg(scope.where.isEmpty() ? QString() : QStringLiteral("WHERE ") + scope.where),
                      scope.values);
    if (!rows) {
        return rows.error();
    }
    std::map<QString, qint64> counts;
    for (const auto& row : *rows) {
        counts[row.at(0).toString()] = row.at(1).toLongLong();
    }
    return counts;
}

Error AuditTrail::openFailed(const Actor& actor, const crypto::Identity& identity,
                             const QString& declarationId, QJsonObject details, const Error& error) const
{
    details.insert(QStringLiteral("code"), error.code);
    if (Status audited = appendAlone(actor, identity, QStringLiteral("open-failed"), declarationId, details);
        !audited) {
        return audited.error();
    }
    return error;
}

Result<Person> AuditTrail::wholeTrailReader(const crypto::Identity& identity, const QString& purpose) const
{
    if (identity.isNull()) {
        return Error::accessDenied(tr("no identity"), QString(errors::NotInDirectory));
    }
    auto person = m_directory.personFor(identity.certificate());
    if (!person) {
        return person.error();
    }
    // Only those who may read every entry may.
    if (const Decision decision = decideStore(person->actor(), StoreAction::ReadWholeTrail); !decision) {
        qCInfo(lcStore) << "denied" << purpose << "to" << person->id << decision.reason;
        if (Status audited = appendAlone(
                person->actor(), identity, actions::Denied, {},
                {{QStringLiteral("action"), purpose}, {QStringLiteral("reason"), decision.reason}});
            !audited) {
            return audited.error();
        }
        return Error{
            ErrorKind::AccessDenied,
            tr("access denied: this identity may not read the whole audit trail (%1)").arg(decision.reason),
            QString(errors::Denied)};
    }
    return person;
}

Result<AuditEvidence> AuditTrail::exportEvidence(const crypto::Identity& identity) const
{
    auto reader = wholeTrailReader(identity, actions::ExportBundle);
    if (!reader) {
        return reader.error();
    }
    AuditEvidence evidence;
    evidence.exporter = *reader;
    // The write lock makes the reads one snapshot and keeps anyone from appending between the trail read and
    // the export's own entry.
    Transaction transaction(m_connection);
    if (Status begun = transaction.begin(); !begun) {
        return begun.error();
    }
    // Every declaration's metadata, as its list shows them to whoever reads the whole trail.
    auto declarations = fetch(m_connection, kRecordSelect + QStringLiteral("ORDER BY d.filed_at, d.id"));
    if (!declarations) {
        return declarations.error();
    }
    for (const auto& row : *declarations) {
        auto record = recordFromRow(row);
        if (!record) {
            return record.error();
        }
        evidence.declarations << *record;
    }
    QSet<QString> inScope;
    for (const DeclarationRecord& record : evidence.declarations) {
        inScope.insert(record.id);
    }

    auto recipientRows = fetch(m_connection, QStringLiteral("SELECT envelope_id, person_id FROM "
                                                            "envelope_recipients ORDER BY person_id"));
    if (!recipientRows) {
        return recipientRows.error();
    }
    std::map<QString, QStringList> recipients;
    for (const auto& row : *recipientRows) {
        recipients[row.at(0).toString()] << row.at(1).toString();
    }
    // Row by row: only one envelope is in memory at a time, and only long enough to hash it.
    auto envelopes = m_connection.exec(
        QStringLiteral("SELECT id, declaration_id, sealed, created_at, forwarded_by, basis, authorised_by "
                       "FROM envelopes ORDER BY created_at, id"));
    if (!envelopes) {
        return envelopes.error();
    }
    QSqlQuery& envelopeQuery = envelopes.value();
    while (envelopeQuery.next()) {
        EnvelopeDigest digest;
        digest.id = envelopeQuery.value(0).toString();
        digest.declarationId = envelopeQuery.value(1).toString();
        if (!inScope.contains(digest.declarationId)) {
            continue;
        }
        digest.sha256 = sha256Hex(envelopeQuery.value(2).toByteArray());
        digest.createdAt = parseTimestamp(envelopeQuery.value(3).toString());
        digest.forwardedBy = envelopeQuery.value(4).toString();
        digest.basis = envelopeQuery.value(5).toString();
        digest.authorisedBy = envelopeQuery.value(6).toString();
        digest.recipients = recipients[digest.id];
        evidence.envelopes << digest;
    }
    envelopeQuery.finish();

    auto receipts =
        fetch(m_connection, QStringLiteral("SELECT declaration_id, authority_id, receipt, received_at FROM "
                                           "receipts ORDER BY received_at, declaration_id, authority_id"));
    if (!receipts) {
        return receipts.error();
    }
    for (const auto& row : *receipts) {
        if (inScope.contains(row.at(0).toString())) {
            evidence.receipts << StoredReceipt{row.at(0).toString(), row.at(1).toString(),
                                               row.at(2).toByteArray(), parseTimestamp(row.at(3).toString())};
        }
    }

    auto trail =
        m_connection.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY sequence").arg(kAuditColumns));
    if (!trail) {
        return trail.error();
    }
    QSqlQuery& trailQuery = trail.value();
    const int columns = trailQuery.record().count();
    QVariantList row;
    while (trailQuery.next()) {
        row.clear();
        for (int column = 0; column < columns; ++column) {
            row << trailQuery.value(column);
        }
        evidence.trail.push_back(entryFromRow(row));
    }
    trailQuery.finish();

    if (Status audited = append(reader->actor(), identity, actions::ExportBundle, {},
                                {{QStringLiteral("declarations"), qint64(evidence.declarations.size())},
                                 {QStringLiteral("envelopes"), qint64(evidence.envelopes.size())},
                                 {QStringLiteral("receipts"), qint64(evidence.receipts.size())},
                                 {QStringLiteral("entries"), qint64(evidence.trail.size())}});
        !audited) {
        return audited.error();
    }
    auto last =
        fetch(m_connection,
              QStringLiteral("SELECT %1 FROM audit ORDER BY sequence DESC LIMIT 1").arg(kAuditColumns));
    if (!last) {
        return last.error();
    }
    evidence.trail.push_back(entryFromRow(last->front()));
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }

    std::set<QString> named{evidence.exporter.id};
    for (const AuditEntry& entry : evidence.trail) {
        named.insert(entry.actorId);
    }
    for (const DeclarationRecord& record : evidence.declarations) {
        named.insert(record.declarantId);
    }
    for (const EnvelopeDigest& envelope : evidence.envelopes) {
        named.insert(envelope.recipients.begin(), envelope.recipients.end());
    }
    for (const StoredReceipt& receipt : evidence.receipts) {
        named.insert(receipt.authorityId);
    }
    auto people = m_directory.people();
    if (!people) {
        return people.error();
    }
    for (const Person& person : *people) {
        if (named.count(person.id)) {
            evidence.people << person;
        }
    }
    return evidence;
}

Error AuditTrail::refused(const Actor& actor, const crypto::Identity& identity, const QString& action,
                          const QString& declarationId, const QString& reason, QJsonObject details) const
{
    qCInfo(lcStore) << "denied" << action << "to" << actor.personId << "on" << declarationId << reason;
    details.insert(QStringLiteral("action"), action);
    details.insert(QStringLiteral("reason"), reason);
    if (Status audited = appendAlone(actor, identity, QStringLiteral("denied"), declarationId, details);
        !audited) {
        return audited.error();
    }
    return Error{ErrorKind::AccessDenied,
                 tr("access denied: this identity may not take this step (%1: %2)").arg(action, reason),
                 QString(errors::Denied)};
}

} // namespace probitas::store
