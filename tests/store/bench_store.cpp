// Store benchmarks (figures in docs/benchmarks.md). Filing is measured for real (seal + one transaction
// each). The 100,000-envelope store is populated WITHOUT the crypto of filing: prepared dummy envelopes
// (random bytes of a real envelope's size) inserted in one transaction, with real hash-chained, signed
// audit entries, so list, filter and audit verify see the same rows and work as in production.
// audit verify reads every table too (AuditCrossCheck.h): each "file" entry records its envelope's SHA-256.
// Sizes: PROBITAS_BENCH_FILINGS (default 10000), PROBITAS_BENCH_ROWS (default 100000).
#include "AuditCrossCheck.h"
#include "BenchSupport.h"
#include "Digest.h"
#include "Envelope.h"
#include "Signature.h"
#include "StoreTestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>
#include <benchmark/benchmark.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

namespace {

struct Populated
{
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString judgeId;
    QDateTime start; // the first row's filing time; row i is filed i ms later
    std::vector<std::pair<QByteArray, QByteArray>> signedEntries; // canonical, signature
};

// Built at first use, deleted at the end of main(): its temporary folder (hundreds of MB) goes with it.
Populated* g_populated = nullptr;

Populated& populated()
{
    static Populated* instance = [] {
        auto* p = new Populated;
        p->store = std::move(Store::open(p->dir.filePath(QStringLiteral("bench.sqlite")))).value();
        registerOrg(*p->store);
        const Connection& c = p->store->connection();
        const QString judge = p->store->directory().personFor(org().juge.certificate())->id;
        const QString substitut = p->store->directory().personFor(org().substitut.certificate())->id;
        const QString president = p->store->directory().personFor(org().president.certificate())->id;
        const QString procureur = p->store->directory().personFor(org().procureur.certificate())->id;
        p->judgeId = judge;
        const int rows = bench::positiveFrom("PROBITAS_BENCH_ROWS", 100000);
        QByteArray dummy(6000, Qt::Uninitialized); // about the size of a sealed DI for two recipients
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(dummy.data()), dummy.size() / 4);
        // What each "file" entry records, as a filing does: audit verify matches every envelope to it.
        const QString dummySha256 =
            QString::fromLatin1(QCryptographicHash::hash(dummy, QCryptographicHash::Sha256).toHex());
        Transaction transaction(c);
        if (!transaction.begin().ok()) {
            qFatal("begin");
        }
        // The chain goes on from registerOrg's entries (one per person added).
        QString previous(64, QLatin1Char('0'));
        QString previousSignature = previous;
        qint64 registered = 0;
        {
            auto last =
                c.exec(QStringLiteral("SELECT sequence, hash, signature FROM audit ORDER BY sequence DESC "
                                      "LIMIT 1"));
            if (last && last.value().next()) {
                registered = last.value().value(0).toLongLong();
                previous = last.value().value(1).toString();
                previousSignature = auditHash(last.value().value(2).toByteArray());
            }
            last.value().finish();
        }
        const QDateTime start = QDateTime::currentDateTimeUtc();
        p->start = start;
        for (int i = 0; i < rows; ++i) {
            // Most declarations are the juge's, a tenth the substitut's: lists filter out most of the store.
            const bool substitutFiles = i % 10 == 0;
            const QString declarant = substitutFiles ? substitut : judge;
            const QString authority = substitutFiles ? procureur : president;
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString envelope = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString at = start.addMSecs(i).toString(Qt::ISODateWithMs);
            bool ok =
                c.exec(QStringLiteral(
                           "INSERT INTO declarations VALUES (?, ?, 'interets', 'installation', ?, ?, "
                           "NULL, 'filed')"),
                       {id, declarant,
                        substitutFiles ? QStringLiteral("tj-nanterre:procureur")
                                       : QStringLiteral("tj-nanterre:president"),
                        at})
                    .ok() &&
                c.exec(QStringLiteral("INSERT INTO envelopes (id, declaration_id, sealed, created_at) VALUES "
                                      "(?, ?, ?, ?)"),
                       {envelope, id, dummy, at})
                    .ok() &&
                c.exec(QStringLiteral("INSERT INTO envelope_recipients SELECT ?, id, ?, 0, filed_at, "
                                      "declarant_id, kind, event, recipients FROM declarations WHERE id = ?"),
                       {envelope, declarant, id})
                    .ok() &&
                c.exec(QStringLiteral("INSERT INTO envelope_recipients SELECT ?, id, ?, 0, filed_at, "
                                      "declarant_id, kind, event, recipients FROM declarations WHERE id = ?"),
                       {envelope, authority, id})
                    .ok();
            AuditEntry entry;
            entry.sequence = registered + i + 1;
            entry.at = start.addMSecs(i);
            entry.actorId = declarant;
            entry.action = QStringLiteral("file");
            entry.declarationId = id;
            entry.details = {{QStringLiteral("declaration"), QStringLiteral("interets")},
                             {QStringLiteral("event"), QStringLiteral("installation")},
                             {QStringLiteral("recipients"), QJsonArray{authority}},
                             {QStringLiteral("envelope-sha256"), dummySha256}};
            entry.previousHash = previous;
            entry.previousSignatureHash = previousSignature;
            const QByteArray canonical = entry.canonical();
            entry.hash =
                QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
            const QByteArray signature =
                crypto::Signature::sign(canonical, substitutFiles ? org().substitut : org().juge).value();
            ok =
                ok &&
                c.exec(QStringLiteral("INSERT INTO audit (sequence, at, actor_id, action, declaration_id, "
                                      "details, previous_hash, hash, signature, version, previous_signature) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {entry.sequence, entry.at.toString(Qt::ISODateWithMs), declarant, entry.action, id,
                        QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact)),
                        previous, entry.hash, signature, entry.version, previousSignature})
                    .ok();
            previousSignature = auditHash(signature);
            if (!ok) {
                qFatal("populate");
            }
            p->signedEntries.emplace_back(canonical, signature);
            previous = entry.hash;
        }
        if (!transaction.commit().ok()) {
            qFatal("commit");
        }
        g_populated = p;
        return p;
    }();
    return *instance;
}

void BM_File(benchmark::State& state)
{
    QTemporaryDir dir;
    auto store = std::move(Store::open(dir.filePath(QStringLiteral("file.sqlite")))).value();
    registerOrg(*store);
    const Declaration declaration = juge();
    for (auto _ : state) {
        auto id = store->declarations().file(declaration, org().juge);
        if (!id) {
            state.SkipWithError("file failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

// A DI of about 10 KiB once encoded (the sample's former activity repeated): the size issue 12's filing
// target names.
Declaration tenKibDi()
{
    QJsonObject document =
        QJsonDocument::fromJson(readFile(dataPath(QStringLiteral("di-valid.json")))).object();
    QJsonObject items = document.value(QStringLiteral("items")).toObject();
    QJsonArray former = items.value(QStringLiteral("activitesAnterieures")).toArray();
    const QJsonObject model = former.first().toObject();
    for (int i = 2;; ++i) {
        QJsonObject entry = model;
        entry.insert(
            QStringLiteral("description"),
            QStringLiteral("%1 (%2)").arg(model.value(QStringLiteral("description")).toString()).arg(i));
        former.append(entry);
        items.insert(QStringLiteral("activitesAnterieures"), former);
        document.insert(QStringLiteral("items"), items);
        auto declaration = DeclarationCodec::fromJson(document);
        if (!declaration) {
            qFatal("%s", qPrintable(declaration.error().message));
        }
        if (DeclarationCodec::encode(*declaration).size() >= 10 * 1024) {
            return *declaration;
        }
    }
}

// SQLite's write-ahead log grows once to its checkpoint size (1,000 pages), then is reused from its start.
// Until then each commit also extends the file, and its fdatasync writes the file's metadata too (several ms
// more on this machine). Both sides of the filing comparison are timed once their log is reused, as in a
// store in use: `step` runs until the log has reached that size, and once more.
void untilWalReused(const QString& database, const std::function<bool()>& step)
{
    constexpr qint64 kCheckpointBytes = 1000 * (4096 + 24);
    while (QFileInfo(database + QStringLiteral("-wal")).size() < kCheckpointBytes) {
        if (!step()) {
            qFatal("warm-up failed");
        }
    }
    if (!step()) {
        qFatal("warm-up failed");
    }
}

// Filing the 10 KiB DI through the store: validation, obligations, the directory's checks of the declarant
// and the président, sealing for both, one transaction (the declaration, its envelope and recipients, the
// profile, the audit entry after its predecessor's signature is verified, and its own signature), the
// commit's fsync.
void BM_File10KiB(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.sqlite"));
    // As a client opens it (the append-only check on), remembering its heads in the temporary folder.
    auto store =
        std::move(Store::open(*Location::parse(path), {dir.filePath(QStringLiteral("heads.json")), true}))
            .value();
    registerOrg(*store);
    const Declaration declaration = tenKibDi();
    untilWalReused(path, [&] { return store->declarations().file(declaration, org().juge).ok(); });
    for (auto _ : state) {
        auto id = store->declarations().file(declaration, org().juge);
        if (!id) {
            state.SkipWithError("file failed");
            break;
        }
    }
    state.counters["canonical_bytes"] = double(DeclarationCodec::encode(declaration).size());
}

// The raw side of filing, side by side: the same canonical bytes sealed for the same two recipients
// (Envelope::seal, within 1.12x of bare OpenSSL CMS: bench_envelope), and one INSERT of the envelope and a
// COMMIT on a SQLite database opened with the store's own pragmas (Connection::open: WAL, synchronous=FULL,
// secure_delete), in a table of nothing else. `parts` chooses what is timed: 0 both, 1 the seal, 2 the
// insert and commit.
void BM_RawSealInsertCommit10KiB(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("raw.sqlite"));
    auto connection = std::move(Connection::open(*Location::parse(path))).value();
    if (!connection->exec(
            QStringLiteral("CREATE TABLE envelopes (id TEXT PRIMARY KEY, sealed BLOB NOT NULL)"))) {
        state.SkipWithError("create");
        return;
    }
    const QByteArray canonical = DeclarationCodec::encode(tenKibDi());
    const QList<crypto::Certificate> recipients{org().juge.certificate(), org().president.certificate()};
    const auto seal = [&] { return crypto::Envelope::seal(canonical, org().juge, recipients).value(); };
    const auto insertAndCommit = [&connection](const QByteArray& sealed) {
        return connection->exec(QStringLiteral("BEGIN IMMEDIATE")).ok() &&
               connection
                   ->exec(QStringLiteral("INSERT INTO envelopes (id, sealed) VALUES (?, ?)"),
                          {QUuid::createUuid().toString(QUuid::WithoutBraces), sealed})
                   .ok() &&
               connection->exec(QStringLiteral("COMMIT")).ok();
    };
    const QByteArray prepared = seal();
    if (state.range(0) != 1) {
        untilWalReused(path, [&] { return insertAndCommit(prepared); });
    }
    for (auto _ : state) {
        const QByteArray sealed = state.range(0) == 2 ? prepared : seal();
        if (state.range(0) != 1 && !insertAndCommit(sealed)) {
            state.SkipWithError("insert");
            break;
        }
        benchmark::DoNotOptimize(sealed.constData());
    }
    state.counters["envelope_bytes"] = double(prepared.size());
}

void BM_ListAuthority(benchmark::State& state)
{
    Populated& p = populated();
    qsizetype seen = 0;
    for (auto _ : state) {
        seen = p.store->declarations().list(org().procureur)->size();
    }
    state.counters["rows_in_store"] = double(p.signedEntries.size());
    state.counters["rows_listed"] = double(seen);
}

// A filter an authority's inbox applies: its DIs still awaiting a receipt, filed in a window that holds a
// tenth of the store; the SQL narrows them before any row reaches the policy.
void BM_ListAuthorityFiltered(benchmark::State& state)
{
    Populated& p = populated();
    ListFilter filter;
    filter.kind = DeclarationKind::Interets;
    filter.status = DeclarationStatus::Filed;
    filter.filedFrom = p.start.addSecs(20);
    filter.filedBefore = p.start.addSecs(30);
    qsizetype seen = 0;
    for (auto _ : state) {
        seen = p.store->declarations().list(org().procureur, filter)->size();
    }
    state.counters["rows_listed"] = double(seen);
}

// One page of the inbox (the first 200 rows of the authority's 10,000).
void BM_ListAuthorityPage(benchmark::State& state)
{
    Populated& p = populated();
    ListFilter filter;
    filter.limit = 200;
    qsizetype seen = 0;
    for (auto _ : state) {
        seen = p.store->declarations().list(org().procureur, filter)->size();
    }
    state.counters["rows_listed"] = double(seen);
}

void BM_ListAuditorAll(benchmark::State& state)
{
    Populated& p = populated();
    qsizetype seen = 0;
    for (auto _ : state) {
        seen = p.store->declarations().list(org().auditor)->size();
    }
    state.counters["rows_listed"] = double(seen);
}

// Raw SQLite: the same filter as the authority's list, one SELECT, no policy, no objects.
void BM_RawSqliteFilter(benchmark::State& state)
{
    Populated& p = populated();
    const QString procureur = p.store->directory().personFor(org().procureur.certificate())->id;
    int seen = 0;
    for (auto _ : state) {
        QSqlQuery query(p.store->connection().database());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT d.id, d.declarant_id, d.kind, d.event, d.recipients, d.filed_at, "
                           "d.supersedes, d.status FROM declarations d WHERE d.id IN (SELECT declaration_id "
                           "FROM envelope_recipients WHERE person_id = ?)"));
        query.addBindValue(procureur);
        query.exec();
        seen = 0;
        while (query.next()) {
            ++seen;
        }
    }
    state.counters["rows_listed"] = seen;
}

void BM_AuditVerify(benchmark::State& state)
{
    Populated& p = populated();
    for (auto _ : state) {
        auto report = p.store->audit().verify();
        if (!report || report->firstBad != 0) {
            state.SkipWithError("audit verify failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * qint64(p.signedEntries.size()));
}

void BM_AuditVerifyEverySignature(benchmark::State& state)
{
    Populated& p = populated();
    for (auto _ : state) {
        auto report = p.store->audit().verify(AuditVerification::EverySignature);
        if (!report || report->firstBad != 0) {
            state.SkipWithError("audit verify --full failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * qint64(p.signedEntries.size()));
}

// Opening a store whose trail grew by N entries since this client last saw it: the append-only check
// (KnownHeads) reads and re-hashes those entries and links them to the remembered head.
void BM_OpenAfterNewEntries(benchmark::State& state)
{
    Populated& p = populated();
    const qint64 head = qint64(p.signedEntries.size()) + 12;
    const qint64 seen = std::max<qint64>(1, head - state.range(0));
    auto row =
        p.store->connection().exec(QStringLiteral("SELECT hash FROM audit WHERE sequence = ?"), {seen});
    if (!row || !row.value().next()) {
        state.SkipWithError("no entry to remember");
        return;
    }
    const QString hash = row.value().value(0).toString();
    row.value().finish();
    const QString storeId = p.store->directory().storeId().value();
    const QString heads = p.dir.filePath(QStringLiteral("heads.json"));
    const Location location = *Location::parse(p.dir.filePath(QStringLiteral("bench.sqlite")));
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(heads);
        if (!KnownHeads(heads).remember(
                storeId, KnownHead{{seen, hash}, std::nullopt, QDateTime::currentDateTimeUtc()})) {
            state.SkipWithError("cannot remember the head");
            break;
        }
        state.ResumeTiming();
        auto store = Store::open(location, Store::OpenOptions{heads, true});
        if (!store) {
            state.SkipWithError("open refused");
            break;
        }
        state.PauseTiming();
        store.value().reset(); // closing is not what is measured
        state.ResumeTiming();
    }
    state.counters["entries_checked"] = double(head - seen);
}

// Raw QtSql and OpenSSL: the same 10,000 rows read by the same SELECT through a bare QSqlQuery, and one
// SHA-256 of each row's bytes, on one core: what the check cannot do without.
void BM_RawSqliteTail10000(benchmark::State& state)
{
    Populated& p = populated();
    const qint64 head = qint64(p.signedEntries.size()) + 12;
    for (auto _ : state) {
        QSqlQuery query(p.store->connection().database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral(
            "SELECT sequence, CAST(at AS BLOB), CAST(actor_id AS BLOB), CAST(action AS BLOB), "
            "CAST(declaration_id AS BLOB), CAST(details AS BLOB), CAST(previous_hash AS BLOB), CAST(hash AS "
            "BLOB), signature, version, CAST(previous_signature AS BLOB) FROM audit WHERE sequence >= ? "
            "ORDER "
            "BY sequence"));
        query.addBindValue(std::max<qint64>(1, head - 10000));
        query.exec();
        QByteArray row;
        QByteArray digest;
        while (query.next()) {
            row.clear();
            for (int column = 0; column < 11; ++column) {
                row += query.value(column).toByteArray();
            }
            digest = crypto::sha256(row);
        }
        benchmark::DoNotOptimize(digest);
    }
}

// The part of audit verify that matches the tables to the trail (AuditCrossCheck.h), alone: every table read
// once, the 100,000 original envelopes hashed.
void BM_AuditCrossCheck(benchmark::State& state)
{
    Populated& p = populated();
    const QList<AuditEntry> log = p.store->audit().log(org().auditor).value();
    std::vector<AuditEntry> entries;
    std::copy_if(log.begin(), log.end(), std::back_inserter(entries),
                 [](const AuditEntry& entry) { return recordsAnObject(entry.action); });
    for (auto _ : state) {
        auto objects = readAuditObjects(p.store->connection());
        if (!objects) {
            state.SkipWithError("reading the tables failed");
            break;
        }
        auto report = crossCheckStore(p.store->connection(), entries, qint64(log.size()), *objects);
        if (!report || report->firstBad != 0) {
            state.SkipWithError("cross-check failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * qint64(p.signedEntries.size()));
}

// Raw SQLite: reading every audit row, nothing else.
void BM_RawSqliteAuditScan(benchmark::State& state)
{
    Populated& p = populated();
    for (auto _ : state) {
        QSqlQuery query(p.store->connection().database());
        query.setForwardOnly(true);
        query.exec(
            QStringLiteral("SELECT sequence, at, actor_id, action, declaration_id, details, previous_hash, "
                           "hash, signature FROM audit ORDER BY sequence"));
        qint64 bytes = 0;
        while (query.next()) {
            bytes += query.value(8).toByteArray().size();
        }
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * qint64(p.signedEntries.size()));
}

// Raw OpenSSL, one core: EVP_DigestVerify of every entry with a pre-parsed key.
void BM_RawOpensslVerifySingleCore(benchmark::State& state)
{
    Populated& p = populated();
    const QByteArray der = org().juge.certificate().toDer();
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    X509* certificate = d2i_X509(nullptr, &cursor, der.size());
    EVP_PKEY* key = X509_get0_pubkey(certificate);
    const QByteArray substitutDer = org().substitut.certificate().toDer();
    cursor = reinterpret_cast<const unsigned char*>(substitutDer.constData());
    X509* substitutCertificate = d2i_X509(nullptr, &cursor, substitutDer.size());
    EVP_PKEY* substitutKey = X509_get0_pubkey(substitutCertificate);
    for (auto _ : state) {
        int good = 0;
        for (size_t i = 0; i < p.signedEntries.size(); ++i) {
            const auto& [canonical, signature] = p.signedEntries[i];
            EVP_MD_CTX* context = EVP_MD_CTX_new();
            EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, i % 10 == 0 ? substitutKey : key);
            good += EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                                     size_t(signature.size()),
                                     reinterpret_cast<const unsigned char*>(canonical.constData()),
                                     size_t(canonical.size())) == 1;
            EVP_MD_CTX_free(context);
        }
        if (good != int(p.signedEntries.size())) {
            state.SkipWithError("raw verification failed");
        }
    }
    X509_free(certificate);
    X509_free(substitutCertificate);
    state.SetItemsProcessed(state.iterations() * qint64(p.signedEntries.size()));
}

} // namespace

BENCHMARK(BM_File)
    ->Iterations(bench::positiveFrom("PROBITAS_BENCH_FILINGS", 10000))
    ->Unit(benchmark::kMillisecond);
// Filing a 10 KiB DI beside its raw cost: seal + insert + commit (0), the seal alone (1), insert + commit
// (2).
BENCHMARK(BM_File10KiB)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RawSealInsertCommit10KiB)
    ->ArgName("parts")
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_ListAuthority)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListAuthorityFiltered)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListAuthorityPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListAuditorAll)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawSqliteFilter)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AuditVerify)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AuditVerifyEverySignature)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_AuditCrossCheck)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RawSqliteAuditScan)->Unit(benchmark::kMillisecond);
// 0: opening a store this client saw up to its head (the fixed cost of opening); 10,000: the check.
BENCHMARK(BM_OpenAfterNewEntries)->Arg(0)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_RawSqliteTail10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawOpensslVerifySingleCore)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (!loadBuiltInData().ok()) {
        return 5;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    delete g_populated;
    return 0;
}
