// Issue 13, section 3: the store at the scale of the whole French judiciary, measured (figures in
// docs/benchmarks.md, "Scale: the whole judiciary"). Seeds a store with StoreSeeder (or reuses one it seeded
// before), then times each figure of the issue beside the raw SQL cost of the same query, in the same run:
// an authority's inbox page, a cour d'appel's compliance dashboard, the auditor's first page, `audit verify`,
// the append-only check from a head 10,000 entries back, clients filing concurrently through probitas-cli,
// and the memory of a probitas-cli listing the largest inbox. Prints one Markdown table.
//
// Environment:
//   PROBITAS_SCALE_STORE     a SQLite path, a postgresql:// URL, or test-postgresql for the tests' server at
//                            PROBITAS_TEST_POSTGRESQL; default: a temporary SQLite file. A store
//                            that already holds a trail is reused as it is (seed it once, measure often);
//                            PROBITAS_SCALE_RESEED=1 empties it and seeds again.
//   PROBITAS_SCALE_PEOPLE, _DECLARATIONS, _ENTRIES, _ENVELOPE   the sizes (StoreSeeder.h; default: issue
//   13's) PROBITAS_SCALE_KEYS      where the organisation's keys are cached (default: beside this program)
//   PROBITAS_SCALE_CLIENTS, PROBITAS_SCALE_SECONDS   the concurrent filing (default 20 clients, 60 s)
//   PROBITAS_SCALE_REPETITIONS   runs of each timed query (default 7; the median is shown)
//   PROBITAS_SCALE_ONLY      some of the figures: inbox,dashboard,auditor,verify,append-only,memory,filing
// Exits 1 when a check fails (a filing missing, the trail not whole, a listing short): ctest's smoke run.
#include "AuditChain.h"
#include "BenchSupport.h"
#include "BuiltInData.h"
#include "Clock.h"
#include "Compliance.h"
#include "Digest.h"
#include "KnownHeads.h"
#include "StoreSeeder.h"
#include "StoreSql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sys/resource.h>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::seeding;

namespace {

bool g_failed = false;
volatile qsizetype g_sink = 0;

void benchmark_sink(const QVariant& value)
{
    g_sink = g_sink + value.toByteArray().size();
}

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "bench_scale: CHECK FAILED: %s\n", what);
        g_failed = true;
    }
}

template <typename T> T orDie(Result<T> result, const char* what)
{
    if (!result) {
        qFatal("%s: %s", what, qPrintable(result.error().message));
    }
    return std::move(result).value();
}

double processCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Timing
{
    double medianMs = 0, minMs = 0, maxMs = 0, cpuMs = 0; // cpu: the median run's process CPU
    QString text() const
    {
        return QStringLiteral("%1 ms (%2–%3; CPU %4)")
            .arg(medianMs, 0, 'f', medianMs < 10 ? 2 : 1)
            .arg(minMs, 0, 'f', minMs < 10 ? 2 : 1)
            .arg(maxMs, 0, 'f', maxMs < 10 ? 2 : 1)
            .arg(cpuMs, 0, 'f', cpuMs < 10 ? 2 : 1);
    }
};

// Each run's (wall, CPU) in milliseconds: the median run's, the fastest and slowest wall.
Timing timingOf(std::vector<std::pair<double, double>> runs)
{
    if (runs.empty()) {
        return {};
    }
    std::sort(runs.begin(), runs.end());
    return {runs[runs.size() / 2].first, runs.front().first, runs.back().first, runs[runs.size() / 2].second};
}

// Runs `step` `repetitions` times (after `setup` each time, untimed): wall median, min, max.
Timing measure(int repetitions, const std::function<void()>& step, const std::function<void()>& setup = {})
{
    std::vector<std::pair<double, double>> runs;
    for (int i = 0; i < repetitions; ++i) {
        if (setup) {
            setup();
        }
        const double cpu = processCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        step();
        runs.emplace_back(double(timer.nsecsElapsed()) / 1e6, (processCpuSeconds() - cpu) * 1e3);
    }
    return timingOf(std::move(runs));
}

struct Row
{
    QString what, ours, raw, target;
};
std::vector<Row> g_rows;

void report(const QString& what, const QString& ours, const QString& raw, const QString& target)
{
    g_rows.push_back({what, ours, raw, target});
    std::fprintf(stderr, "%s: %s | raw %s | %s\n", qPrintable(what), qPrintable(ours), qPrintable(raw),
                 qPrintable(target));
}

QString verdict(double value, double limit)
{
    return value < limit ? QStringLiteral("met") : QStringLiteral("**not met**");
}

// Reads every row of a bare forward-only query, touching each value: what a listing cannot do without.
int rawRows(const Connection& connection, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qFatal("raw query: %s", qPrintable(query.lastError().text()));
    }
    int rows = 0;
    const int columns = query.record().count();
    while (query.next()) {
        for (int column = 0; column < columns; ++column) {
            benchmark_sink(query.value(column));
        }
        ++rows;
    }
    return rows;
}

} // namespace

namespace {

struct Bench
{
    SeedSizes sizes;
    QTemporaryDir work;
    Location location;
    QString locationText;
    SeedOrganisation organisation;
    std::map<QString, int> byName;   // seeded person's name -> index in organisation.people
    std::map<QString, QString> idOf; // name -> person id in the store
    QString heads() const { return work.filePath(QStringLiteral("heads.json")); }
    std::unique_ptr<Store> client() const
    {
        return orDie(Store::open(location, Store::OpenOptions{heads(), true}), "open the store");
    }
};

qint64 count(const Connection& connection, const QString& sql, const QVariantList& values = {})
{
    auto rows = orDie(sql::fetch(connection, sql, values), "count");
    return rows.front().at(0).toLongLong();
}

void emptyStore(const Location& location, const QString& text)
{
    if (location.backend == Backend::Sqlite) {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(text + QLatin1String(suffix));
        }
        return;
    }
    auto connection = orDie(Connection::open(location), "connect");
    orDie(connection->exec(QStringLiteral(
              "DROP TABLE IF EXISTS schema_version, certificates, trust_anchors, "
              "control_acts, controls, avis_requests, entretiens, procedures, audit, drafts, receipts, "
              "envelope_recipients, envelopes, declarations, people CASCADE")),
          "empty the PostgreSQL database");
}

void seedOrReuse(Bench& bench)
{
    QElapsedTimer timer;
    timer.start();
    const QString keys = qEnvironmentVariable(
        "PROBITAS_SCALE_KEYS", QCoreApplication::applicationDirPath() +
                                   QStringLiteral("/scale-keys-%1.bin").arg(bench.sizes.people));
    bench.organisation = orDie(SeedOrganisation::make(bench.sizes.people, keys), "the organisation's keys");
    const double keysSeconds = double(timer.nsecsElapsed()) / 1e9;
    for (size_t i = 0; i < bench.organisation.people.size(); ++i) {
        bench.byName[bench.organisation.people[i].name] = int(i);
    }
    if (qEnvironmentVariableIntValue("PROBITAS_SCALE_RESEED") == 1) {
        emptyStore(bench.location, bench.locationText);
    }
    auto store = orDie(Store::open(bench.location, Store::OpenOptions{bench.heads(), false}), "open to seed");
    if (count(store->connection(), QStringLiteral("SELECT COUNT(*) FROM audit")) == 0) {
        const SeedReport seeded = orDie(seed(*store, bench.organisation, bench.sizes), "seed");
        report(QStringLiteral("seeding (%1)").arg(bench.sizes.toString()),
               QStringLiteral("keys %1 s, directory %2 s, trail %3 s (%4 entries, %5 declarations)")
                   .arg(keysSeconds, 0, 'f', 1)
                   .arg(seeded.directorySeconds, 0, 'f', 1)
                   .arg(seeded.trailSeconds, 0, 'f', 1)
                   .arg(seeded.entries)
                   .arg(seeded.declarations),
               QString(), QStringLiteral("minutes, not hours"));
    }
    const Connection& c = store->connection();
    report(QStringLiteral("the store"),
           QStringLiteral("%1 people, %2 declarations, %3 envelopes, %4 audit entries")
               .arg(count(c, QStringLiteral("SELECT COUNT(*) FROM people")))
               .arg(count(c, QStringLiteral("SELECT COUNT(*) FROM declarations")))
               .arg(count(c, QStringLiteral("SELECT COUNT(*) FROM envelopes")))
               .arg(count(c, QStringLiteral("SELECT COUNT(*) FROM audit"))),
           QString(), QString());
    for (const auto& row : orDie(sql::fetch(c, QStringLiteral("SELECT name, id FROM people")), "people")) {
        bench.idOf[row.at(0).toString()] = row.at(1).toString();
    }
}

const SeedPerson& personWithId(const Bench& bench, const QString& id)
{
    for (const auto& [name, personId] : bench.idOf) {
        if (personId == id) {
            return bench.organisation.people.at(size_t(bench.byName.at(name)));
        }
    }
    qFatal("no seeded person has id %s", qPrintable(id));
}

// The authority with the most declarations filed to it.
const SeedPerson& largestInbox(const Bench& bench, const Connection& c, qint64* rows)
{
    auto top =
        orDie(sql::fetch(c, QStringLiteral("SELECT r.person_id, COUNT(*) FROM envelope_recipients r JOIN "
                                           "people p ON p.id = r.person_id WHERE p.role = 'authority' "
                                           "GROUP BY r.person_id ORDER BY 2 DESC LIMIT 1")),
              "largest inbox");
    *rows = top.front().at(1).toLongLong();
    return personWithId(bench, top.front().at(0).toString());
}

const QString kRawRecord = QStringLiteral(
    "d.id, d.declarant_id, p.name, d.kind, d.event, d.recipients, d.filed_at, d.supersedes, d.status");

void inboxPage(Bench& bench, Store& store)
{
    qint64 inbox = 0;
    const SeedPerson& authority = largestInbox(bench, store.connection(), &inbox);
    const QString personId = bench.idOf.at(authority.name);
    ListFilter page;
    page.limit = 200;
    const int repetitions = bench::positiveFrom("PROBITAS_SCALE_REPETITIONS", 7);
    qsizetype listed = 0;
    const Timing ours = measure(repetitions, [&] {
        listed = orDie(store.declarations().list(authority.identity, page), "inbox page").size();
    });
    check(listed == std::min<qint64>(200, inbox), "the inbox page holds 200 rows");
    int rawListed = 0;
    const Timing raw = measure(repetitions, [&] {
        rawListed =
            rawRows(store.connection(),
                    QStringLiteral("SELECT %1, r.forwarded FROM envelope_recipients r JOIN declarations d "
                                   "ON d.id = r.declaration_id JOIN people p ON p.id = d.declarant_id "
                                   "WHERE r.person_id = ? ORDER BY r.filed_at, r.declaration_id, "
                                   "r.forwarded LIMIT 200")
                        .arg(kRawRecord),
                    {personId});
    });
    report(QStringLiteral("an authority's inbox page, 200 rows (%1, %2 rows in its inbox)")
               .arg(authority.authorityId)
               .arg(inbox),
           ours.text(), raw.text(), QStringLiteral("< 50 ms: ") + verdict(ours.medianMs, 50));
}

// The compliance dashboard of the cour d'appel de Paris, as the GUI's ComplianceCommand computes it: the
// directory's magistrates whose obligations route to the premier président (their declared changes read
// from their verified "file" entries), matched with the declarations filed to it (the dashboard's listing).
ComplianceReport dashboard(Store& store, const SeedPerson& authority, const QString& personId,
                           qsizetype* followed)
{
    // Each phase's wall time, and the process's CPU time in it (the worker threads' included).
    QElapsedTimer phase;
    phase.start();
    double cpu = processCpuSeconds();
    QStringList phases;
    const auto phaseDone = [&](const char* name) {
        phases << QStringLiteral("%1 %2 ms (CPU %3)")
                      .arg(QLatin1String(name))
                      .arg(double(phase.nsecsElapsed()) / 1e6, 0, 'f', 1)
                      .arg((processCpuSeconds() - cpu) * 1e3, 0, 'f', 1);
        phase.restart();
        cpu = processCpuSeconds();
    };
    auto people = orDie(store.directory().peopleFollowedBy(authority.authorityId), "people");
    phaseDone("people");
    people = orDie(store.directory().withDeclaredChanges(people), "declared changes");
    phaseDone("declared changes");
    std::vector<FollowedMagistrate> magistrates;
    for (const Person& person : people) {
        const auto obliged = person.obligationsProfile();
        if (obliged && person.id != personId && routesTo(*obliged, authority.authorityId)) {
            magistrates.push_back({person.name, person.id, *obliged});
        }
    }
    *followed = qsizetype(magistrates.size());
    phaseDone("routed");
    const std::vector<Filing> filings =
        orDie(store.declarations().filingsFiledTo(authority.identity), "the authority's filings");
    phaseDone("filings listed");
    ComplianceReport computed =
        computeCompliance(magistrates, filings, authority.authorityId, Clock::today());
    phaseDone("compliance");
    std::fprintf(stderr, "  dashboard phases: %s\n", qPrintable(phases.join(QStringLiteral(", "))));
    return computed;
}

void complianceDashboard(Bench& bench, Store& store)
{
    const SeedPerson* authority =
        bench.organisation.byAuthority(QStringLiteral("ca-paris:premier-president"));
    check(authority != nullptr, "the cour d'appel de Paris has its premier président");
    if (!authority) {
        return;
    }
    const QString personId = bench.idOf.at(authority->name);
    const int repetitions = bench::positiveFrom("PROBITAS_SCALE_REPETITIONS", 7);
    qsizetype followed = 0;
    size_t rows = 0;
    std::unique_ptr<Store> fresh;
    // A brand-new computer: it remembers nothing it verified (VerifiedMemory.h), so every statement and
    // newest filing is verified. Its heads in a folder of its own; its first open checks the whole chain.
    // PROBITAS_SCALE_DASHBOARD_NEW=0 leaves it out (to profile the sessions alone).
    QTemporaryDir newComputer;
    const bool measureBrandNew = qEnvironmentVariable("PROBITAS_SCALE_DASHBOARD_NEW") != QLatin1String("0");
    const Timing brandNew = measure(
        measureBrandNew ? 1 : 0,
        [&] { rows = dashboard(*fresh, *authority, personId, &followed).rows.size(); },
        [&] {
            fresh = orDie(
                Store::open(bench.location,
                            Store::OpenOptions{newComputer.filePath(QStringLiteral("heads.json")), true}),
                "open the store as a new computer");
        });
    fresh.reset();
    // Then a session of this benchmark's computer, which has seen the dashboard before (a first one makes
    // its memory, untimed).
    fresh = bench.client();
    dashboard(*fresh, *authority, personId, &followed);
    const Timing cold = measure(
        repetitions, [&] { rows = dashboard(*fresh, *authority, personId, &followed).rows.size(); },
        [&] {
            fresh.reset();
            fresh = bench.client();
        });
    // A refresh: this session has shown the dashboard once already (untimed: in a run of several figures,
    // the first one also verifies what the figures before it changed).
    dashboard(store, *authority, personId, &followed);
    const Timing warm =
        measure(repetitions, [&] { rows = dashboard(store, *authority, personId, &followed).rows.size(); });
    fresh.reset();
    check(followed > 0 && rows > 0, "the dashboard follows magistrates");
    const Timing raw = measure(repetitions, [&] {
        rawRows(store.connection(),
                QStringLiteral("SELECT id, name, role, authority_id, profile, certificate FROM people"), {});
        rawRows(store.connection(),
                QStringLiteral("SELECT declaration_id, declarant_id, kind, event, recipients, filed_at, "
                               "forwarded FROM envelope_recipients WHERE person_id = ? ORDER BY filed_at, "
                               "declaration_id, forwarded"),
                {personId});
    });
    report(QStringLiteral(
               "a cour d'appel's compliance dashboard (Paris: %1 magistrates followed, %2 rows), first "
               "time in a session")
               .arg(followed)
               .arg(rows),
           cold.text(), raw.text(), QStringLiteral("< 100 ms: ") + verdict(cold.medianMs, 100));
    report(QStringLiteral("the same dashboard, the first time on a brand-new computer"), brandNew.text(),
           raw.text(), QStringLiteral("—"));
    report(QStringLiteral("the same dashboard, refreshed in the same session"), warm.text(), raw.text(),
           QStringLiteral("< 100 ms: ") + verdict(warm.medianMs, 100));
}

void auditorFirstPage(Bench& bench, Store& store)
{
    const SeedPerson& auditor = bench.organisation.auditor();
    const int repetitions = bench::positiveFrom("PROBITAS_SCALE_REPETITIONS", 7);
    ListFilter page;
    page.limit = 200;
    qsizetype listed = 0;
    const Timing ours = measure(repetitions, [&] {
        listed = orDie(store.declarations().list(auditor.identity, page), "auditor's page").size();
    });
    check(listed == std::min(200, bench.sizes.declarations), "the auditor's page holds 200 rows");
    const Timing raw = measure(repetitions, [&] {
        rawRows(
            store.connection(),
            QStringLiteral("SELECT %1 FROM declarations d JOIN people p ON p.id = d.declarant_id ORDER BY "
                           "d.filed_at, d.id LIMIT 200")
                .arg(kRawRecord),
            {});
    });
    report(QStringLiteral("the auditor's first page: 200 declarations"), ours.text(), raw.text(),
           QStringLiteral("< 100 ms: ") + verdict(ours.medianMs, 100));
    // The auditor's workspace: the newest page of the trail (LoadAuditorDataCommand::kRowsPerBatch entries),
    // then the actions present and their counts, without reading the entries.
    qsizetype entries = 0;
    const Timing trailPage = measure(repetitions, [&] {
        entries = orDie(store.audit().logPage(auditor.identity, 0, 2000), "the trail's newest page").size();
    });
    check(entries == 2000, "the trail's newest page holds 2,000 entries");
    const Timing rawPage = measure(repetitions, [&] {
        rawRows(
            store.connection(),
            QStringLiteral("SELECT %1 FROM audit ORDER BY sequence DESC LIMIT 2000").arg(sql::kAuditColumns),
            {});
    });
    report(QStringLiteral("the auditor's trail, newest page (2,000 entries)"), trailPage.text(),
           rawPage.text(), QStringLiteral("< 100 ms: ") + verdict(trailPage.medianMs, 100));
    qsizetype actions = 0;
    const Timing counted = measure(repetitions, [&] {
        actions = qsizetype(orDie(store.audit().logActions(auditor.identity), "the trail's actions").size());
    });
    check(actions > 0, "the trail's actions are counted");
    const Timing rawCounted = measure(repetitions, [&] {
        rawRows(store.connection(), QStringLiteral("SELECT action, COUNT(*) FROM audit GROUP BY action"), {});
    });
    report(QStringLiteral("the actions of the whole trail, counted (the workspace's filter)"), counted.text(),
           rawCounted.text(), QStringLiteral("—"));
}

QProcessEnvironment cliEnvironment(Bench& bench);

double childrenCpuSeconds()
{
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    return double(children.ru_utime.tv_sec + children.ru_stime.tv_sec) +
           double(children.ru_utime.tv_usec + children.ru_stime.tv_usec) / 1e6;
}

// `audit verify` as an auditor runs it: a new probitas-cli each time, whose process has parsed no certificate
// and verified no signature before (the runs above share this process's).
Timing coldAuditVerify(Bench& bench, int repetitions)
{
    std::vector<std::pair<double, double>> runs;
    for (int i = 0; i < repetitions; ++i) {
        QProcess process;
        QProcessEnvironment environment = cliEnvironment(bench);
        // A home of its own: nothing remembered from an earlier run.
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           bench.work.filePath(QStringLiteral("xdg-cold-%1").arg(i)));
        process.setProcessEnvironment(environment);
        process.setStandardOutputFile(QProcess::nullDevice());
        const double cpu = childrenCpuSeconds();
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(PROBITAS_CLI_PATH), {QStringLiteral("audit"), QStringLiteral("verify"),
                                                          QStringLiteral("--store"), bench.locationText});
        if (!process.waitForFinished(-1)) {
            qFatal("cannot run probitas-cli");
        }
        runs.emplace_back(double(timer.nsecsElapsed()) / 1e6, (childrenCpuSeconds() - cpu) * 1e3);
        check(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
              "probitas-cli audit verify finds the trail whole");
    }
    return timingOf(std::move(runs));
}

void auditVerify(Bench& bench, Store& store)
{
    const qint64 entries = count(store.connection(), QStringLiteral("SELECT COUNT(*) FROM audit"));
    AuditReport verified;
    const int repetitions = std::min(3, bench::positiveFrom("PROBITAS_SCALE_REPETITIONS", 3));
    const Timing ours =
        measure(repetitions, [&] { verified = orDie(store.audit().verify(), "audit verify"); });
    check(verified.firstBad == 0 && verified.checked == entries, "audit verify finds the trail whole");
    const bool sqlite = bench.location.backend == Backend::Sqlite;
    const Timing raw = measure(repetitions, [&] {
        QSqlQuery query(store.connection().database());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT %1 FROM audit ORDER BY sequence").arg(sql::kAuditColumns));
        g_sink = g_sink + bench::hashEveryRow(query, 11).size();
        QSqlQuery envelopes(store.connection().database());
        envelopes.setForwardOnly(true);
        envelopes.exec(
            sqlite ? QStringLiteral("SELECT sealed FROM envelopes WHERE forwarded_by IS NULL")
                   : QStringLiteral("SELECT sha256(sealed) FROM envelopes WHERE forwarded_by IS NULL"));
        QByteArray digest;
        while (envelopes.next()) {
            digest =
                sqlite ? crypto::sha256(envelopes.value(0).toByteArray()) : envelopes.value(0).toByteArray();
        }
        g_sink = g_sink + digest.size();
    });
    report(QStringLiteral("`audit verify` of %1 entries (chain, cross-check of every table)").arg(entries),
           ours.text(),
           raw.text() + QStringLiteral(" (every row read and hashed, every envelope hashed, 1 core)"),
           QStringLiteral("< 5 s wall: ") + verdict(ours.medianMs, 5000));
    const Timing cold = coldAuditVerify(bench, repetitions);
    report(
        QStringLiteral("`probitas-cli audit verify` of %1 entries, a new process each time (nothing parsed "
                       "or verified before; CPU: the child's)")
            .arg(entries),
        cold.text(), raw.text(), QStringLiteral("< 5 s wall: ") + verdict(cold.medianMs, 5000));
}

void appendOnlyCheck(Bench& bench, Store& store)
{
    const Connection& c = store.connection();
    const qint64 head = count(c, QStringLiteral("SELECT MAX(sequence) FROM audit"));
    const qint64 seen = std::max<qint64>(1, head - 10000);
    const QString hash =
        orDie(sql::fetch(c, QStringLiteral("SELECT hash FROM audit WHERE sequence = ?"), {seen}),
              "the remembered entry")
            .front()
            .at(0)
            .toString();
    const QString storeId = orDie(store.directory().storeId(), "store id");
    const QString heads = bench.work.filePath(QStringLiteral("heads-10000.json"));
    const int repetitions = bench::positiveFrom("PROBITAS_SCALE_REPETITIONS", 7);
    const Timing ours = measure(
        repetitions,
        [&] {
            orDie(Store::open(bench.location, Store::OpenOptions{heads, true}), "open after 10,000 entries")
                .reset();
        },
        [&] {
            QFile::remove(heads);
            orDie(KnownHeads(heads).remember(storeId, KnownHead{{seen, hash}, std::nullopt, Clock::nowUtc()}),
                  "remember");
        });
    // The check alone, by a client whose store is open (its directory replayed): what opening adds to it
    // is the connection, the schema's version and the replay of the directory's 9,000 statements.
    auto opened = orDie(Store::open(bench.location, Store::OpenOptions{heads, false}), "open");
    orDie(opened->directory().replayed(), "replay");
    const Timing alone = measure(
        repetitions, [&] { orDie(opened->audit().checkKnownHead(heads), "the append-only check"); },
        [&] {
            QFile::remove(heads);
            orDie(KnownHeads(heads).remember(storeId, KnownHead{{seen, hash}, std::nullopt, Clock::nowUtc()}),
                  "remember");
        });
    opened.reset();
    const bool sqlite = bench.location.backend == Backend::Sqlite;
    const Timing raw = measure(repetitions, [&] {
        QSqlQuery query(c.database());
        query.setForwardOnly(true);
        query.prepare(
            sqlite ? QStringLiteral("SELECT sequence, CAST(at AS BLOB), CAST(actor_id AS BLOB), CAST(action "
                                    "AS BLOB), CAST(declaration_id AS BLOB), CAST(details AS BLOB), "
                                    "CAST(previous_hash AS BLOB), CAST(hash AS BLOB), signature, version, "
                                    "CAST(previous_signature AS BLOB) FROM audit WHERE sequence >= ? "
                                    "ORDER BY sequence")
                   : QStringLiteral("SELECT %1 FROM audit WHERE sequence >= ? ORDER BY sequence")
                         .arg(sql::kAuditColumns));
        query.addBindValue(seen);
        query.exec();
        g_sink = g_sink + bench::hashEveryRow(query, 11).size();
    });
    report(QStringLiteral(
               "the append-only check from a head 10,000 entries back (`checkKnownHead`, the store open)"),
           alone.text(), raw.text() + QStringLiteral(" (the same 10,000 rows read and hashed)"),
           QStringLiteral("< 50 ms: ") + verdict(alone.medianMs, 50));
    report(
        QStringLiteral("opening the store 10,000 entries after the head this client saw (the check, with the "
                       "connection and the directory's replay)"),
        ours.text(), raw.text(), QStringLiteral("—"));
}

// ---- probitas-cli, as people run it
// ------------------------------------------------------------------------

const QByteArray kPassphrase("scale-benchmark-passphrase");

QString saveIdentity(Bench& bench, const SeedPerson& person, const QString& file)
{
    const QString path = bench.work.filePath(file);
    if (!QFile::exists(path)) {
        orDie(person.identity.save(path, crypto::SecureBytes(kPassphrase)), "write the PKCS#12");
    }
    return path;
}

QProcessEnvironment cliEnvironment(Bench& bench)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PROBITAS_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    // One application data folder for every client of the run: its known heads (flock'ed).
    environment.insert(QStringLiteral("XDG_DATA_HOME"), bench.work.filePath(QStringLiteral("xdg")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// The peak resident memory of one probitas-cli run (KiB), and what it printed. Through /usr/bin/time, which
// forks from a small process: a child forked from this one would count this process's own pages in its
// peak (ru_maxrss carries the pages a fork shares over the exec).
long cliMaxRss(Bench& bench, const QStringList& arguments, QByteArray* output, int* exitCode)
{
    const QString rssPath = bench.work.filePath(QStringLiteral("cli-rss.txt"));
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(bench));
    process.setStandardOutputFile(bench.work.filePath(QStringLiteral("cli-output.txt")));
    process.start(QStringLiteral("/usr/bin/time"),
                  QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssPath,
                              QStringLiteral(PROBITAS_CLI_PATH)} +
                      arguments);
    if (!process.waitForFinished(-1)) {
        qFatal("cannot run /usr/bin/time (Debian's package time)");
    }
    *exitCode = process.exitCode();
    QFile result(bench.work.filePath(QStringLiteral("cli-output.txt")));
    *output = result.open(QIODevice::ReadOnly) ? result.readAll() : QByteArray();
    QFile rss(rssPath);
    return rss.open(QIODevice::ReadOnly) ? rss.readAll().trimmed().split('\n').last().toLong() : -1;
}

void listingMemory(Bench& bench, Store& store)
{
    qint64 inbox = 0;
    const SeedPerson& authority = largestInbox(bench, store.connection(), &inbox);
    const QString p12 = saveIdentity(bench, authority, QStringLiteral("inbox-authority.p12"));
    QByteArray output;
    int exitCode = 0;
    const QStringList arguments{QStringLiteral("list"),
                                QStringLiteral("--store"),
                                bench.locationText,
                                QStringLiteral("--identity"),
                                p12,
                                QStringLiteral("--json")};
    cliMaxRss(bench, arguments, &output, &exitCode); // the first open checks the whole chain once
    QElapsedTimer timer;
    timer.start();
    const long kib = cliMaxRss(bench, arguments, &output, &exitCode);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const qsizetype listed = QJsonDocument::fromJson(output).array().size();
    check(exitCode == 0 && listed == inbox, "probitas-cli lists the whole inbox");
    report(QStringLiteral("memory: `probitas-cli list --json` of the largest inbox (%1 rows, %2 s)")
               .arg(listed)
               .arg(seconds, 0, 'f', 2),
           QStringLiteral("%1 MB peak RSS").arg(double(kib) / 1024, 0, 'f', 1), QString(),
           QStringLiteral("< 150 MB: ") + verdict(double(kib) / 1024, 150));
}

// `clients` probitas-cli processes filing in a loop for `seconds` (each loop bounded): the ids of the
// filings that exited 0, and how many failed.
struct FilingRun
{
    QStringList ids;
    int failed = 0;
    QString firstError;
    double seconds = 0;
};

FilingRun fileConcurrently(Bench& bench, const std::vector<std::pair<QString, QString>>& clients, int seconds)
{
    FilingRun run;
    QEventLoop loop;
    QElapsedTimer timer;
    timer.start();
    int running = 0;
    constexpr int kMaximumPerClient = 100000;
    std::vector<int> done(clients.size(), 0);
    std::function<void(size_t)> start = [&](size_t client) {
        auto* process = new QProcess;
        process->setProcessEnvironment(cliEnvironment(bench));
        ++running;
        QObject::connect(process, &QProcess::finished, process, [&, process, client](int exitCode) {
            if (exitCode == 0) {
                run.ids << QString::fromLatin1(process->readAllStandardOutput()).trimmed();
            } else {
                ++run.failed;
                if (run.firstError.isEmpty()) {
                    run.firstError = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
                }
            }
            process->deleteLater();
            --running;
            if (timer.elapsed() < qint64(seconds) * 1000 && ++done[client] < kMaximumPerClient) {
                start(client);
            } else if (running == 0) {
                loop.quit();
            }
        });
        // A process that cannot start never finishes: counted as failed, and its client stops.
        QObject::connect(process, &QProcess::errorOccurred, process,
                         [&, process](QProcess::ProcessError error) {
                             if (error != QProcess::FailedToStart) {
                                 return;
                             }
                             ++run.failed;
                             run.firstError = QStringLiteral("probitas-cli did not start");
                             process->deleteLater();
                             if (--running == 0) {
                                 loop.quit();
                             }
                         });
        process->start(QStringLiteral(PROBITAS_CLI_PATH),
                       {QStringLiteral("file"), QStringLiteral("--store"), bench.locationText,
                        QStringLiteral("--identity"), clients[client].first, clients[client].second});
    };
    for (size_t i = 0; i < clients.size(); ++i) {
        start(i);
    }
    loop.exec();
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

// `clients` long-lived processes (store_filer: one Store each, opened once), filing in a loop for `seconds`
// (each loop bounded): what the store itself sustains, without a process's start-up at each filing.
FilingRun fileLongLived(Bench& bench, const std::vector<std::pair<QString, QString>>& clients, int seconds)
{
    FilingRun run;
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer timer;
    timer.start();
    for (const auto& [identity, declaration] : clients) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(cliEnvironment(bench));
        process->start(
            QStringLiteral(PROBITAS_STORE_FILER),
            {bench.locationText, identity, declaration, QStringLiteral("100000"), QString::number(seconds)});
        processes.push_back(std::move(process));
    }
    for (const auto& process : processes) {
        process->waitForFinished(-1);
        const QStringList lines =
            QString::fromLatin1(process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines) {
            if (line != QStringLiteral("ready")) {
                run.ids << line.trimmed();
            }
        }
        if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
            ++run.failed;
            if (run.firstError.isEmpty()) {
                run.firstError = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
            }
        }
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

void concurrentFiling(Bench& bench, Store& store)
{
    const int clientCount = bench::positiveFrom("PROBITAS_SCALE_CLIENTS", 20);
    const int seconds = bench::positiveFrom("PROBITAS_SCALE_SECONDS", 60);
    QJsonObject document = QJsonDocument::fromJson([] {
                               QFile file(QStringLiteral(PROBITAS_TEST_DATA "/di-valid.json"));
                               return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
                           }())
                               .object();
    // Magistrats du siège of the tribunal judiciaire de Paris: each files to its président.
    std::vector<std::pair<QString, QString>> clients;
    for (const SeedPerson& person : bench.organisation.people) {
        if (int(clients.size()) == clientCount) {
            break;
        }
        if (person.role != Role::Declarant || !person.posting || person.posting->rank != Rank::Magistrat ||
            person.posting->formation != Formation::Siege || !person.posting->court ||
            person.posting->court->type != CourtType::TribunalJudiciaire ||
            person.posting->court->seat != QStringLiteral("Paris")) {
            continue;
        }
        const int n = int(clients.size());
        QJsonObject declaration = document;
        declaration.insert(QStringLiteral("profile"), person.posting->toJson());
        QJsonObject declarant = declaration.value(QStringLiteral("declarant")).toObject();
        declarant.insert(QStringLiteral("juridiction"), QStringLiteral("Tribunal judiciaire de Paris"));
        declarant.insert(QStringLiteral("dateInstallation"),
                         person.posting->installedOn.toString(Qt::ISODate));
        declaration.insert(QStringLiteral("declarant"), declarant);
        const QString json = bench.work.filePath(QStringLiteral("declaration-%1.json").arg(n));
        QFile file(json);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(json));
        }
        file.write(QJsonDocument(declaration).toJson());
        file.close();
        clients.emplace_back(saveIdentity(bench, person, QStringLiteral("client-%1.p12").arg(n)), json);
    }
    check(int(clients.size()) == clientCount, "enough magistrates to file");
    const qint64 before = count(store.connection(), QStringLiteral("SELECT COUNT(*) FROM declarations"));
    const FilingRun alone = fileConcurrently(bench, {clients.front()}, std::max(1, seconds / 2));
    const FilingRun together = fileConcurrently(bench, clients, seconds);
    if (!alone.firstError.isEmpty() || !together.firstError.isEmpty()) {
        std::fprintf(stderr, "bench_scale: a filing failed: %s\n",
                     qPrintable(alone.firstError.isEmpty() ? together.firstError : alone.firstError));
    }
    check(alone.failed == 0 && together.failed == 0, "every filing exits 0");
    int missing = 0;
    for (const QString& id : alone.ids + together.ids) {
        missing += count(store.connection(), QStringLiteral("SELECT COUNT(*) FROM declarations WHERE id = ?"),
                         {id}) != 1;
    }
    check(missing == 0, "every filing that exited 0 is in the store");
    // The same with long-lived clients.
    const FilingRun aloneLived = fileLongLived(bench, {clients.front()}, std::max(1, seconds / 2));
    const FilingRun togetherLived = fileLongLived(bench, clients, seconds);
    if (!aloneLived.firstError.isEmpty() || !togetherLived.firstError.isEmpty()) {
        std::fprintf(
            stderr, "bench_scale: a long-lived filer failed: %s\n",
            qPrintable(aloneLived.firstError.isEmpty() ? togetherLived.firstError : aloneLived.firstError));
    }
    check(aloneLived.failed == 0 && togetherLived.failed == 0, "every long-lived filer exits 0");
    int missingLived = 0;
    for (const QString& id : aloneLived.ids + togetherLived.ids) {
        missingLived += count(store.connection(),
                              QStringLiteral("SELECT COUNT(*) FROM declarations WHERE id = ?"), {id}) != 1;
    }
    check(missingLived == 0, "every filing a long-lived filer printed is in the store");
    const qint64 after = count(store.connection(), QStringLiteral("SELECT COUNT(*) FROM declarations"));
    check(after - before ==
              alone.ids.size() + together.ids.size() + aloneLived.ids.size() + togetherLived.ids.size(),
          "no other filing in the store");
    AuditReport verified;
    const Timing verify = measure(1, [&] { verified = orDie(store.audit().verify(), "audit verify"); });
    check(verified.firstBad == 0, "the trail is whole after the concurrent filings");
    const double one = double(alone.ids.size()) / alone.seconds;
    const double many = double(together.ids.size()) / together.seconds;
    report(
        QStringLiteral("%1 clients filing through probitas-cli for %2 s (one client alone for %3 s)")
            .arg(clientCount)
            .arg(seconds)
            .arg(std::max(1, seconds / 2)),
        QStringLiteral("%1 filings, %2/s (one client: %3 filings, %4/s; %5 x); %6 failed, %7 missing; then "
                       "`audit verify` %8 (%9)")
            .arg(together.ids.size())
            .arg(many, 0, 'f', 2)
            .arg(alone.ids.size())
            .arg(one, 0, 'f', 2)
            .arg(one > 0 ? many / one : 0, 0, 'f', 2)
            .arg(alone.failed + together.failed)
            .arg(missing)
            .arg(verified.firstBad == 0 ? QStringLiteral("whole") : QStringLiteral("BROKEN"))
            .arg(verify.text()),
        QString(), QStringLiteral("every exit-0 filing present, the trail whole"));
    const double oneLived = double(aloneLived.ids.size()) / aloneLived.seconds;
    const double manyLived = double(togetherLived.ids.size()) / togetherLived.seconds;
    report(QStringLiteral(
               "%1 long-lived clients (store_filer: one Store each) filing for %2 s (one alone for %3 s)")
               .arg(clientCount)
               .arg(seconds)
               .arg(std::max(1, seconds / 2)),
           QStringLiteral("%1 filings, %2/s (one client: %3 filings, %4/s; %5 x); %6 failed, %7 missing")
               .arg(togetherLived.ids.size())
               .arg(manyLived, 0, 'f', 1)
               .arg(aloneLived.ids.size())
               .arg(oneLived, 0, 'f', 1)
               .arg(oneLived > 0 ? manyLived / oneLived : 0, 0, 'f', 2)
               .arg(aloneLived.failed + togetherLived.failed)
               .arg(missingLived),
           QString(), QStringLiteral("every filing present, the trail whole (the `audit verify` above)"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (!loadBuiltInData().ok()) {
        return 5;
    }
    Bench bench;
    bench.sizes = SeedSizes::fromEnvironment();
    bench.locationText =
        qEnvironmentVariable("PROBITAS_SCALE_STORE", bench.work.filePath(QStringLiteral("scale.sqlite")));
    if (bench.locationText == QLatin1String("test-postgresql")) {
        // The tests' throwaway server, as the store suites use it (packaging/dev.sh exports its URL).
        bench.locationText = qEnvironmentVariable("PROBITAS_TEST_POSTGRESQL");
        if (bench.locationText.isEmpty()) {
            std::fprintf(stderr,
                         "bench_scale: PROBITAS_TEST_POSTGRESQL not set: no PostgreSQL server, skipped\n");
            return 0;
        }
    }
    bench.location = orDie(Location::parse(bench.locationText), "the store's location");
    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    std::fprintf(stderr, "bench_scale: %s, load average %.2f %.2f %.2f\n",
                 bench.location.backend == Backend::Sqlite ? "SQLite" : "PostgreSQL", load[0], load[1],
                 load[2]);
    seedOrReuse(bench);
    {
        QElapsedTimer timer;
        timer.start();
        auto store = bench.client(); // a new client checks the whole chain's links and hashes once
        report(QStringLiteral("first open by a new client (the whole chain's links and hashes)"),
               QStringLiteral("%1 ms").arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1), QString(),
               QString());
        // PROBITAS_SCALE_ONLY=inbox,dashboard,auditor,verify,append-only,memory,filing: some of them (to
        // profile).
        const QStringList only = qEnvironmentVariable("PROBITAS_SCALE_ONLY").split(u',', Qt::SkipEmptyParts);
        const std::vector<std::pair<QString, void (*)(Bench&, Store&)>> figures{
            {QStringLiteral("inbox"), inboxPage},
            {QStringLiteral("dashboard"), complianceDashboard},
            {QStringLiteral("auditor"), auditorFirstPage},
            {QStringLiteral("verify"), auditVerify},
            {QStringLiteral("append-only"), appendOnlyCheck},
            {QStringLiteral("memory"), listingMemory},
            {QStringLiteral("filing"), concurrentFiling}};
        for (const auto& [name, figure] : figures) {
            if (only.isEmpty() || only.contains(name)) {
                figure(bench, *store);
            }
        }
    }
    getloadavg(load, 3);
    std::printf("\n| figure | Probitas: median wall (min–max; process CPU) | raw SQL, same run | target |\n"
                "|---|---|---|---|\n");
    for (const Row& row : g_rows) {
        std::printf("| %s | %s | %s | %s |\n", qPrintable(row.what), qPrintable(row.ours),
                    qPrintable(row.raw.isEmpty() ? QStringLiteral("—") : row.raw),
                    qPrintable(row.target.isEmpty() ? QStringLiteral("—") : row.target));
    }
    std::printf("\nload average at the end: %.2f %.2f %.2f\n", load[0], load[1], load[2]);
    return g_failed ? 1 : 0;
}
