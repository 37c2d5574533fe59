// A server store (ServerSetup.h) attacked from the attacker's side: a magistrate of the organisation, with
// her own login and password, connects with psql over TLS and tries what the client would never do. Each
// attack is refused by the server, and a snapshot of every table taken as the superuser shows that nothing
// changed. The same store also serves the real workflow, each person through their own login: a declarant
// files, the authority it goes to lists and acknowledges it, the auditor verifies the trail (whose entries
// the declarants wrote without seeing each other's).
//
// Needs the throwaway cluster of packaging/dev.sh: PROBITAS_TEST_POSTGRESQL (its superuser) and
// PROBITAS_TEST_POSTGRESQL_CA (the CA of its TLS certificate); skipped without them.
#include "Clock.h"
#include "ServerSetup.h"
#include "StoreTestSupport.h"
#include "TestTimeouts.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

namespace {

struct PsqlResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString randomToken(int length)
{
    QString token;
    for (int i = 0; i < length; ++i) {
        token += QLatin1Char(char('a' + QRandomGenerator::global()->bounded(26)));
    }
    return token;
}

} // namespace

class TestStoreServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void theWorkflowRunsOnPersonalLogins();
    void entretienAndAvisRunOnPersonalLogins();
    void rewritingAnEntretien();
    void draftsAreTheirDeclarantsAlone();
    void readingAnotherMagistratesRows();
    void rewritingOrDeletingTheTrail();
    void appendingAsSomeoneElse();
    void appendingOffTheHeadOrBackdated();
    void swappingACertificate();
    void backdatingAFiling();
    void backdatingWhatIsNotTheTrail();
    void deletingAnEnvelope();
    void handingACopyToSomeoneElse();
    void callingThePurge();
    void connectingWithoutTls();
    void theServersRefusalIsAccessDenied();
    void serverSetupFromTheCommandLine();
    void aPlainStoreCannotPassForAServerStore();
    // Last: they change the directory and destroy a declaration.
    void forwardProcedureAndRenewalOnPersonalLogins();
    void removingAPersonRevokesTheirLogin();
    void destructionGoesThroughTheServer();
    void aRestoredBackupVerifies();
    // Last: it leaves a forged entry in the trail.
    void auditVerifyOnOneConnection();
    void aForgedEntryStopsNobodyAndIsNamed();
    void aClientLeavesTheUpgradeToTheOwner();

private:
    QString superuserUrl(const QString& database) const;
    QString loginUrl(const QString& login) const;
    void setPassword(const QString& login);
    // What the server said when it refused `sql` run by `login` through psql; "not refused" when it ran.
    QString refusal(const QString& login, const QString& sql);
    // An attack through psql, and what the server must say when it refuses it.
    struct Attempt
    {
        QString login;
        QString sql;
        QString refusal;
    };
    // Each attempt the server ran, or refused saying something else: "SQL: what it said".
    QStringList notRefusedAsExpected(const std::vector<Attempt>& attempts);
    PsqlResult psql(const QString& login, const QString& sql,
                    const QString& sslMode = QStringLiteral("verify-full"));
    // On this run's database, or on `database` (the cluster's own, to create and drop this run's).
    QString superuserValue(const QString& sql, const QString& database = {});
    QString snapshot();
    std::unique_ptr<Store> openAs(const QString& login);

    bool m_available = false;
    QUrl m_server;
    QString m_ca;
    QString m_database;
    QString m_prefix; // this run's logins: roles are the whole cluster's
    QTemporaryDir m_dir;
    QMap<QString, QString> m_passwords;
    QMap<QString, QString> m_personIds; // login -> person id
    QString m_jugeDeclaration;
    QString m_substitutDeclaration;
    QString m_presidentDsp;
};

QString TestStoreServer::superuserUrl(const QString& database) const
{
    QUrl url = m_server;
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString TestStoreServer::loginUrl(const QString& login) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4")
        .arg(login)
        .arg(m_server.port(5432))
        .arg(m_database, m_ca);
}

// The password goes to the server through a statement of the superuser, and to libpq through a password
// file (PGPASSFILE), as docs/deployment.md advises: never a URL.
void TestStoreServer::setPassword(const QString& login)
{
    const QString password = randomToken(24);
    m_passwords[login] = password;
    QVERIFY(!superuserValue(QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, password)).isNull());
    QSaveFile file(m_dir.filePath(QStringLiteral("pgpass")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it) {
        file.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n")
                       .arg(m_server.port(5432))
                       .arg(it.key(), it.value())
                       .toUtf8());
    }
    QVERIFY(file.commit());
    QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

PsqlResult TestStoreServer::psql(const QString& login, const QString& sql, const QString& sslMode)
{
    QProcess process;
    process.start(QStringLiteral("psql"),
                  {QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 sslmode=%4 sslrootcert=%5")
                       .arg(m_server.port(5432))
                       .arg(m_database, login, sslMode, m_ca),
                   QStringLiteral("-XAtq"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-c"), sql});
    process.waitForFinished(probitas::testing::scaledTimeout(30000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

QString TestStoreServer::refusal(const QString& login, const QString& sql)
{
    const PsqlResult result = psql(login, sql);
    return result.exitCode != 0 ? result.err : QStringLiteral("not refused: ") + sql;
}

QStringList TestStoreServer::notRefusedAsExpected(const std::vector<Attempt>& attempts)
{
    QStringList wrong;
    for (const Attempt& attempt : attempts) {
        const QString refused = refusal(attempt.login, attempt.sql);
        if (!refused.contains(attempt.refusal)) {
            wrong << attempt.sql + QStringLiteral(": ") + refused;
        }
    }
    return wrong;
}

// One value read (or a statement run) as the superuser; a null string when it failed.
QString TestStoreServer::superuserValue(const QString& sql, const QString& database)
{
    auto location = Location::parse(superuserUrl(database.isEmpty() ? m_database : database));
    if (!location) {
        return {};
    }
    auto connection = Connection::open(*location);
    if (!connection) {
        qWarning("%s", qPrintable(connection.error().message));
        return {};
    }
    auto query = (*connection)->exec(sql);
    if (!query) {
        qWarning("%s", qPrintable(query.error().message));
        return {};
    }
    QSqlQuery& q = query.value();
    return q.next() ? q.value(0).toString() : QStringLiteral("");
}

// Every table's every row, as the superuser sees them, hashed: what "nothing changed" is checked against.
QString TestStoreServer::snapshot()
{
    QStringList parts;
    for (const char* table : {"people", "certificates", "trust_anchors", "declarations", "envelopes",
                              "envelope_recipients", "receipts", "drafts", "audit", "procedures",
                              "entretiens", "avis_requests", "controls", "control_acts", "server_logins"}) {
        parts << superuserValue(
            QStringLiteral(
                "SELECT count(*) || ':' || COALESCE(md5(string_agg(t::text, '|' ORDER BY t::text)), '') "
                "FROM probitas.%1 t")
                .arg(QLatin1String(table)));
    }
    parts << superuserValue(
        QStringLiteral("SELECT string_agg(rolname || rolcanlogin::text, ',' ORDER BY rolname) "
                       "FROM pg_roles WHERE rolname LIKE '%1%'")
            .arg(m_prefix));
    return parts.join(QLatin1Char(';'));
}

std::unique_ptr<Store> TestStoreServer::openAs(const QString& login)
{
    Store::OpenOptions options;
    options.knownHeadsPath = m_dir.filePath(login + QStringLiteral(".heads"));
    auto store = Store::open(*Location::parse(loginUrl(login)), options);
    if (!store) {
        qWarning("%s: %s", qPrintable(login), qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(store).value();
}

void TestStoreServer::initTestCase()
{
    const QString url = qEnvironmentVariable(postgresVariable());
    m_ca = qEnvironmentVariable("PROBITAS_TEST_POSTGRESQL_CA");
    if (url.isEmpty() || m_ca.isEmpty()) {
        QSKIP("PROBITAS_TEST_POSTGRESQL and PROBITAS_TEST_POSTGRESQL_CA not set: no TLS PostgreSQL server "
              "(packaging/dev.sh test starts one)");
    }
    QVERIFY(m_dir.isValid());
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toUtf8());
    m_server = QUrl(url);
    m_prefix = QStringLiteral("t") + randomToken(6);
    m_database = QStringLiteral("probitas_") + m_prefix;
    QVERIFY(!superuserValue(QStringLiteral("CREATE DATABASE %1").arg(m_database), m_server.path().mid(1))
                 .isNull());

    // The database administrator sets the store up, with the first administrator's login.
    const QString adminLogin = m_prefix + QStringLiteral(".admin");
    auto setup = ServerSetup::run(*Location::parse(superuserUrl(m_database)), adminLogin);
    QVERIFY2(setup, why(setup));
    QCOMPARE(setup->toVersion, SchemaManager::kLatestVersion);
    setPassword(adminLogin);

    // The administrator starts the directory and adds everyone, each with their own login.
    auto admin = openAs(adminLogin);
    QVERIFY(admin);
    QVERIFY(admin->connection().serverEnforced());
    const Org& o = org();
    auto self = admin->administration().addPerson(o.admin, QStringLiteral("Admin"), Role::Admin, {},
                                                  o.admin.certificate());
    QVERIFY2(self, why(self));
    m_personIds[adminLogin] = self->id;
    for (const OrgMember& row : orgMembers()) {
        const QString login = m_prefix + QLatin1Char('.') + QLatin1String(row.login);
        auto added = admin->administration().addPerson(o.admin, QString::fromUtf8(row.name), row.role,
                                                       QLatin1String(row.authority),
                                                       row.identity->certificate(), row.profile, login);
        QVERIFY2(added, why(added));
        m_personIds[login] = added->id;
        setPassword(login);
    }
    admin.reset();

    // Two declarants file through their own logins.
    auto jugeStore = openAs(m_prefix + QStringLiteral(".juge"));
    QVERIFY(jugeStore);
    auto filed = jugeStore->declarations().file(juge(), o.juge);
    QVERIFY2(filed, why(filed));
    m_jugeDeclaration = *filed;
    auto substitutStore = openAs(m_prefix + QStringLiteral(".substitut"));
    QVERIFY(substitutStore);
    filed = substitutStore->declarations().file(substitutDi(), o.substitut);
    QVERIFY2(filed, why(filed));
    m_substitutDeclaration = *filed;
    // The président's declaration of assets, which goes to the HATVP alone.
    auto presidentStore = openAs(m_prefix + QStringLiteral(".president"));
    QVERIFY(presidentStore);
    filed = presidentStore->declarations().file(presidentDsp(), o.president);
    QVERIFY2(filed, why(filed));
    m_presidentDsp = *filed;
    m_available = true;
}

void TestStoreServer::cleanupTestCase()
{
    if (m_database.isEmpty() || !m_available) {
        return;
    }
    const QString cluster = m_server.path().mid(1);
    superuserValue(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database), cluster);
    // This run's logins and the store's roles (named after its database, which begins with the prefix too).
    const QString roles = superuserValue(
        QStringLiteral(
            "SELECT string_agg(quote_ident(rolname), ', ') FROM pg_roles WHERE rolname LIKE '%1%%' "
            "OR rolname LIKE '%2%%'")
            .arg(m_prefix, m_database),
        cluster);
    if (!roles.isEmpty()) {
        superuserValue(QStringLiteral("DROP ROLE IF EXISTS %1").arg(roles), cluster);
    }
}

void TestStoreServer::theWorkflowRunsOnPersonalLogins()
{
    // The juge's DI went to the président (ObligationRules): he lists it and acknowledges it as himself.
    auto president = openAs(m_prefix + QStringLiteral(".president"));
    QVERIFY(president);
    auto listed = president->declarations().list(org().president);
    QVERIFY2(listed, why(listed));
    QStringList ids;
    for (const DeclarationRecord& record : *listed) {
        ids << record.id;
    }
    QVERIFY(ids.contains(m_jugeDeclaration));
    QVERIFY(!ids.contains(m_substitutDeclaration)); // the substitut's went to the procureur
    auto receipt = president->declarations().acknowledge(m_jugeDeclaration, org().president);
    QVERIFY2(receipt, why(receipt));

    // The juge sees her own, and not the substitut's.
    auto jugeStore = openAs(m_prefix + QStringLiteral(".juge"));
    QVERIFY(jugeStore);
    auto own = jugeStore->declarations().list(org().juge);
    QVERIFY2(own, why(own));
    QCOMPARE(own->size(), 1);
    QCOMPARE(own->front().id, m_jugeDeclaration);

    // The auditor verifies the whole trail: entries written by people who could not see their predecessor
    // are version 3, and the chain mode verifies those predecessors' signatures itself.
    auto auditor = openAs(m_prefix + QStringLiteral(".auditor"));
    QVERIFY(auditor);
    auto verified = auditor->audit().verify();
    QVERIFY2(verified, why(verified));
    QVERIFY2(verified->firstBad == 0, qPrintable(verified->problem));
    QVERIFY(verified->checked > 10);
    QVERIFY(superuserValue(QStringLiteral("SELECT count(*) FROM probitas.audit WHERE version = 3")).toInt() >
            0);
}

void TestStoreServer::readingAnotherMagistratesRows()
{
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString jugeId = m_personIds[m_prefix + QStringLiteral(".juge")];
    const QString before = snapshot();
    // Her own rows are there (the queries work)...
    QCOMPARE(psql(substitut, QStringLiteral("SELECT count(*) FROM declarations")).out, QStringLiteral("1"));
    // ... and nothing of the juge's: metadata, envelopes, recipients, trail.
    for (const QString& sql :
         {QStringLiteral("SELECT count(*) FROM declarations WHERE declarant_id = '%1'").arg(jugeId),
          QStringLiteral("SELECT count(*) FROM envelopes WHERE declaration_id = '%1'").arg(m_jugeDeclaration),
          QStringLiteral("SELECT count(*) FROM envelope_recipients WHERE declaration_id = '%1'")
              .arg(m_jugeDeclaration),
          QStringLiteral("SELECT count(*) FROM receipts WHERE declaration_id = '%1'").arg(m_jugeDeclaration),
          QStringLiteral("SELECT count(*) FROM audit WHERE actor_id = '%1' OR declaration_id = '%2'")
              .arg(jugeId, m_jugeDeclaration),
          QStringLiteral("SELECT count(*) FROM drafts WHERE declarant_id = '%1'").arg(jugeId)}) {
        const PsqlResult result = psql(substitut, sql);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out == QLatin1String("0"), qPrintable(sql + QStringLiteral(": ") + result.out));
    }
    // The server's own bookkeeping is not hers to read either.
    QVERIFY(psql(substitut, QStringLiteral("SELECT count(*) FROM server_logins")).exitCode != 0);
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::rewritingOrDeletingTheTrail()
{
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString before = snapshot();
    for (const QString& sql :
         {QStringLiteral("UPDATE audit SET details = '{}' WHERE actor_id = "
                         "(SELECT probitas_person())"),
          QStringLiteral("DELETE FROM audit WHERE actor_id = (SELECT probitas_person())"),
          QStringLiteral("DELETE FROM audit"), QStringLiteral("TRUNCATE audit"),
          QStringLiteral("DROP TABLE audit")}) {
        const PsqlResult result = psql(substitut, sql);
        QVERIFY2(result.exitCode != 0, qPrintable(sql));
        QVERIFY2(result.err.contains(QLatin1String("permission denied")) ||
                     result.err.contains(QLatin1String("must be owner")),
                 qPrintable(result.err));
    }
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::appendingAsSomeoneElse()
{
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString jugeId = m_personIds[m_prefix + QStringLiteral(".juge")];
    const QString before = snapshot();
    // A well-linked entry at the server's time, but in the juge's name.
    const PsqlResult result = psql(
        substitut,
        QStringLiteral(
            "INSERT INTO audit (sequence, at, actor_id, action, declaration_id, details, previous_hash, "
            "hash, signature, version, previous_signature) SELECT sequence + 1, to_char(clock_timestamp() "
            "AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), '%1', 'open', NULL, '{}', hash, "
            "repeat('a', 64), '\\x00', 3, encode(sha256(signature), 'hex') FROM audit_links ORDER BY "
            "sequence DESC LIMIT 1")
            .arg(jugeId));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QLatin1String("row-level security")) ||
                 result.err.contains(QLatin1String("written by its actor")),
             qPrintable(result.err));
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::appendingOffTheHeadOrBackdated()
{
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString before = snapshot();
    const QString insert = QStringLiteral(
        "INSERT INTO audit (sequence, at, actor_id, action, declaration_id, details, previous_hash, hash, "
        "signature, version, previous_signature) SELECT %1, %2, probitas_person(), 'open', NULL, '{}', %3, "
        "repeat('a', 64), '\\x00', 3, encode(sha256(signature), 'hex') FROM audit_links ORDER BY sequence "
        "DESC LIMIT 1");
    const QString now =
        QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    const struct
    {
        const char* attack;
        QString sql;
        const char* refusal;
    } attacks[] = {
        {"a fork below the head",
         insert.arg(QStringLiteral("sequence"), now, QStringLiteral("previous_hash")), "follow the head"},
        {"a gap after the head", insert.arg(QStringLiteral("sequence + 2"), now, QStringLiteral("hash")),
         "follow the head"},
        {"backdated",
         insert.arg(QStringLiteral("sequence + 1"), QStringLiteral("'2020-01-01T00:00:00.000Z'"),
                    QStringLiteral("hash")),
         "server's time"},
        {"dated in the future",
         insert.arg(QStringLiteral("sequence + 1"), QStringLiteral("'2999-01-01T00:00:00.000Z'"),
                    QStringLiteral("hash")),
         "server's time"},
    };
    for (const auto& attack : attacks) {
        const QString refused = refusal(substitut, attack.sql);
        QVERIFY2(refused.contains(QLatin1String(attack.refusal)), qPrintable(refused));
    }
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::swappingACertificate()
{
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString presidentId = m_personIds[m_prefix + QStringLiteral(".president")];
    const QString substitutId = m_personIds[substitut];
    const QString before = snapshot();
    // Her own certificate in the président's place: what every filing to him would then be sealed for.
    for (const QString& sql :
         {QStringLiteral("UPDATE people SET certificate = (SELECT certificate FROM people WHERE id = '%1'), "
                         "fingerprint = 'x' WHERE id = '%2'")
              .arg(substitutId, presidentId),
          QStringLiteral("INSERT INTO certificates (fingerprint, person_id, certificate) SELECT 'y', '%1', "
                         "certificate FROM people WHERE id = '%2'")
              .arg(presidentId, substitutId),
          QStringLiteral("DELETE FROM certificates WHERE person_id = '%1'").arg(presidentId),
          QStringLiteral("INSERT INTO trust_anchors (fingerprint, certificate) VALUES ('z', '\\x00')"),
          QStringLiteral("UPDATE people SET role = 'admin' WHERE id = '%1'").arg(substitutId)}) {
        const QString refused = refusal(substitut, sql);
        QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(refused));
    }
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::backdatingAFiling()
{
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString before = snapshot();
    // Her own declaration, filed late, moved back in time...
    PsqlResult result =
        psql(substitut,
             QStringLiteral("UPDATE declarations SET filed_at = '2020-01-01T00:00:00.000Z' WHERE id = '%1'")
                 .arg(m_substitutDeclaration));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QLatin1String("permission denied")), qPrintable(result.err));
    // ... or a copy of it filed again with an old date and no signed record.
    result =
        psql(substitut,
             QStringLiteral("INSERT INTO declarations (id, declarant_id, kind, event, recipients, filed_at, "
                            "status) SELECT 'backdated', declarant_id, kind, event, recipients, "
                            "'2020-01-01T00:00:00.000Z', 'filed' FROM declarations WHERE id = '%1'")
                 .arg(m_substitutDeclaration));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QLatin1String("signed \"file\" audit entry")), qPrintable(result.err));
    // Nor may she mark it acknowledged: that is the authority's receipt.
    result = psql(substitut, QStringLiteral("UPDATE declarations SET status = 'receipt-held' WHERE id = '%1'")
                                 .arg(m_substitutDeclaration));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QLatin1String("cannot go from")), qPrintable(result.err));
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::deletingAnEnvelope()
{
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString before = snapshot();
    for (const QString& sql :
         {QStringLiteral("DELETE FROM envelopes WHERE declaration_id = '%1'").arg(m_substitutDeclaration),
          QStringLiteral("DELETE FROM envelope_recipients WHERE declaration_id = '%1'")
              .arg(m_substitutDeclaration),
          QStringLiteral("UPDATE envelopes SET sealed = '\\x00' WHERE declaration_id = '%1'")
              .arg(m_substitutDeclaration),
          QStringLiteral("DELETE FROM declarations WHERE id = '%1'").arg(m_substitutDeclaration)}) {
        const QString refused = refusal(substitut, sql);
        QVERIFY2(refused.contains(QLatin1String("permission denied")), qPrintable(refused));
    }
    QCOMPARE(snapshot(), before);
}

// The président holds the juge's DI. Through psql, with a "forward" entry of his own appended as the server
// wants it (linked, at its time, as himself: the server cannot check a signature), he tries to give a
// colleague a copy outside what the law allows: as if it had been filed to them, or forwarded to a magistrate
// who is no authority.
void TestStoreServer::handingACopyToSomeoneElse()
{
    const QString president = m_prefix + QStringLiteral(".president");
    const QString substitutId = m_personIds[m_prefix + QStringLiteral(".substitut")];
    const QString forwardFor = QStringLiteral(
        "INSERT INTO audit (sequence, at, actor_id, action, declaration_id, details, previous_hash, "
        "hash, signature, version, previous_signature) SELECT sequence + 1, to_char(clock_timestamp() "
        "AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), probitas_person(), 'forward', '%1', "
        "'{}', hash, repeat('a', 64), '\\x00', 3, encode(sha256(signature), 'hex') FROM audit_links "
        "ORDER BY sequence DESC LIMIT 1; ");
    const QString forwardEntry = forwardFor.arg(m_jugeDeclaration);
    // A recipient row as Probitas writes it, the declaration's facts copied beside it (schema 11), so that
    // each attack meets the rule it is about; `kind` set rewrites the copy's.
    const auto recipientRow = [](const QString& envelope, const QString& declaration, const QString& person,
                                 int forwarded, const QString& kind = QStringLiteral("kind")) {
        return QStringLiteral(
                   "INSERT INTO envelope_recipients (envelope_id, declaration_id, person_id, "
                   "forwarded, filed_at, declarant_id, kind, event, recipients) SELECT %1, id, '%3', "
                   "%4, filed_at, declarant_id, %5, event, recipients FROM declarations WHERE id = "
                   "'%2'")
            .arg(envelope, declaration, person)
            .arg(forwarded)
            .arg(kind);
    };
    const QString copyEnvelope = QStringLiteral(
        "INSERT INTO envelopes (id, declaration_id, sealed, created_at, forwarded_by, basis, authorised_by) "
        "VALUES ('%1', '%2', '\\x00', 'now', probitas_person(), 'art-7-2-III', probitas_person()); ");
    const QString procureurId = m_personIds[m_prefix + QStringLiteral(".procureur")];
    const QString before = snapshot();
    const struct
    {
        const char* attack;
        QString sql;
        const char* refusal;
    } attacks[] = {
        {"a recipient added to the filed envelope",
         forwardEntry + recipientRow(QStringLiteral("(SELECT envelope_id FROM envelope_recipients WHERE "
                                                    "declaration_id = '%1' LIMIT 1)")
                                         .arg(m_jugeDeclaration),
                                     m_jugeDeclaration, substitutId, 0),
         "only with the declaration it files"},
        {"a forward of a declaration of assets (art. 7-3 III), by its own declarant to an authority",
         forwardFor.arg(m_presidentDsp) + copyEnvelope.arg(QStringLiteral("dsp-copy"), m_presidentDsp) +
             recipientRow(QStringLiteral("'dsp-copy'"), m_presidentDsp, procureurId, 1),
         "never forwarded"},
        {"a forward to a magistrate who is no authority",
         forwardEntry + copyEnvelope.arg(QStringLiteral("copy"), m_jugeDeclaration) +
             recipientRow(QStringLiteral("'copy'"), m_jugeDeclaration, substitutId, 1),
         "goes to an authority"},
        // What the compliance dashboard reads of a filing, beside its recipient: a DI forwarded to the
        // procureur as if it were a DSP (his dashboard would count a DSP filed).
        {"a forward whose recipient row says another kind of declaration",
         forwardEntry + copyEnvelope.arg(QStringLiteral("copy"), m_jugeDeclaration) +
             recipientRow(QStringLiteral("'copy'"), m_jugeDeclaration, procureurId, 1,
                          QStringLiteral("'patrimoine'")),
         "repeats its declaration's declarant, kind"},
    };
    for (const auto& attack : attacks) {
        const QString refused = refusal(president, attack.sql);
        QVERIFY2(refused.contains(QLatin1String(attack.refusal)), qPrintable(refused));
    }
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::callingThePurge()
{
    const QString before = snapshot();
    // A declarant may not call it at all...
    PsqlResult result = psql(m_prefix + QStringLiteral(".substitut"),
                             QStringLiteral("SELECT probitas_purge('%1')").arg(m_jugeDeclaration));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QLatin1String("permission denied")), qPrintable(result.err));
    // ... and an administrator may not destroy what retention keeps: the juge is still in office.
    result = psql(m_prefix + QStringLiteral(".admin"),
                  QStringLiteral("SELECT probitas_purge('%1')").arg(m_jugeDeclaration));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QLatin1String("still kept")), qPrintable(result.err));
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::connectingWithoutTls()
{
    const PsqlResult result =
        psql(m_prefix + QStringLiteral(".substitut"), QStringLiteral("SELECT 1"), QStringLiteral("disable"));
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(QLatin1String("no encryption")), qPrintable(result.err));
    // Probitas itself refuses a server elsewhere without a verified certificate (Location::parse), and here
    // the server refuses it too: it answered and refused the login, exit 3, naming the server's answer.
    auto store = Store::open(
        *Location::parse(QStringLiteral("postgresql://%1.substitut@127.0.0.1:%2/%3?sslmode=disable")
                             .arg(m_prefix)
                             .arg(m_server.port(5432))
                             .arg(m_database)));
    QVERIFY(!store);
    QCOMPARE(store.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(store.error().code, QString(errors::LoginRefused));
    QVERIFY2(store.error().message.contains(QLatin1String("no encryption")),
             qPrintable(store.error().message));
}

void TestStoreServer::entretienAndAvisRunOnPersonalLogins()
{
    const Org& o = org();
    auto president = openAs(m_prefix + QStringLiteral(".president"));
    QVERIFY(president);
    // The entretien déontologique: convoked, held and recorded by the authority, acknowledged by the juge.
    auto entretien = president->entretiens().schedule(
        m_jugeDeclaration, o.president, QDateTime(Clock::today().addDays(1), QTime(10, 0), Qt::UTC),
        QStringLiteral("Salle 2"));
    QVERIFY2(entretien, why(entretien));
    auto decoded =
        EntretienCodec::decodeFiche(readFile(dataPath(QStringLiteral("fiche-navette-valid.json"))));
    QVERIFY2(decoded, why(decoded));
    EntretienFiche fiche = std::move(decoded).value();
    fiche.declarationId = m_jugeDeclaration;
    auto recorded = president->entretiens().record(*entretien, o.president, fiche);
    QVERIFY2(recorded, why(recorded));
    auto jugeStore = openAs(m_prefix + QStringLiteral(".juge"));
    QVERIFY(jugeStore);
    auto acknowledged = jugeStore->entretiens().acknowledge(*entretien, o.juge);
    QVERIFY2(acknowledged, why(acknowledged));
    // The substitut sees none of it.
    QCOMPARE(
        psql(m_prefix + QStringLiteral(".substitut"), QStringLiteral("SELECT count(*) FROM entretiens")).out,
        QStringLiteral("0"));

    // The collège's avis: asked by the président, given by the collège, read by both.
    auto requested =
        president->avis().request(m_jugeDeclaration, o.president, QStringLiteral("Le déport suffit-il ?"));
    QVERIFY2(requested, why(requested));
    auto college = openAs(m_prefix + QStringLiteral(".college"));
    QVERIFY(college);
    const CollegeAvis avis{m_jugeDeclaration, *requested, Clock::today(),
                           QStringLiteral("Le déport proposé suffit à prévenir tout conflit d'intérêts."),
                           EntretienConclusion::Precautions};
    auto given = college->avis().record(*requested, o.college, avis);
    QVERIFY2(given, why(given));
    auto read = president->avis().open(*requested, o.president);
    QVERIFY2(read, why(read));
    QVERIFY(read->avis.has_value());
    // The juge sees that an avis was asked about her declaration (AccessPolicy: avis-list), as the client
    // shows it, but does not read it (décret 93-21 art. 11-3: the authority and the collège): it is sealed
    // for them, and the client refuses her its opening.
    QCOMPARE(
        psql(m_prefix + QStringLiteral(".juge"), QStringLiteral("SELECT count(*) FROM avis_requests")).out,
        QStringLiteral("1"));
    auto refused = jugeStore->avis().open(*requested, o.juge);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::AccessDenied);
}

// The entretien of the previous test, acknowledged. Each party, through psql, tries to change what is not
// theirs to change; the server's rule on entretiens (probitas_entretien_change) refuses each, before the
// missing audit entry would: its message is the one checked.
// Every time a row carries beside the trail's is the server's too: a receipt dated before the deadline it
// missed, a procedure recorded or closed in the past (its retention then over sooner), an avis asked earlier.
void TestStoreServer::backdatingWhatIsNotTheTrail()
{
    const QString president = m_prefix + QStringLiteral(".president");
    const QString admin = m_prefix + QStringLiteral(".admin");
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString past = QStringLiteral("'2020-01-01T00:00:00.000Z'");
    const QString later = QStringLiteral("'2999-01-01T00:00:00.000Z'");
    const QString before = snapshot();
    const std::vector<Attempt> attempts = {
        {president,
         QStringLiteral("INSERT INTO receipts (declaration_id, authority_id, receipt, received_at) VALUES "
                        "('%1', probitas_person(), '\\x00', %2)")
             .arg(m_jugeDeclaration, past),
         QStringLiteral("receipts.received_at must bear the server's time")},
        {president,
         QStringLiteral(
             "INSERT INTO avis_requests (id, declaration_id, requested_by, college_id, envelope_id, "
             "requested_at, status) SELECT 'early', '%1', probitas_person(), probitas_person(), "
             "'e', %2, 'requested'")
             .arg(m_jugeDeclaration, past),
         QStringLiteral("avis_requests.requested_at must bear the server's time")},
        {president, QStringLiteral("UPDATE entretiens SET invited_at = %1").arg(past),
         QStringLiteral("entretiens.invited_at must bear the server's time")},
        {admin,
         QStringLiteral(
             "INSERT INTO procedures (id, declarant_id, kind, legal_hold, recorded_at, recorded_by) "
             "SELECT 'old', '%1', 'disciplinary', 0, %2, probitas_person()")
             .arg(m_personIds[substitut], past),
         QStringLiteral("procedures.recorded_at must bear the server's time")},
        {admin,
         QStringLiteral(
             "INSERT INTO procedures (id, declarant_id, kind, legal_hold, recorded_at, recorded_by) "
             "SELECT 'late', '%1', 'disciplinary', 0, %2, probitas_person()")
             .arg(m_personIds[substitut], later),
         QStringLiteral("procedures.recorded_at must bear the server's time")},
        {admin,
         QStringLiteral("UPDATE people SET removed_at = %1 WHERE id = '%2'")
             .arg(past, m_personIds[substitut]),
         QStringLiteral("people.removed_at must bear the server's time")},
        {admin,
         QStringLiteral("UPDATE people SET removed_at = 'yesterday-ish' WHERE id = '%1'")
             .arg(m_personIds[substitut]),
         QStringLiteral("people.removed_at must bear the server's time, not yesterday-ish")},
        {substitut,
         QStringLiteral("INSERT INTO drafts (declarant_id, sealed, saved_at) VALUES (probitas_person(), "
                        "'\\x00', %1)")
             .arg(later),
         QStringLiteral("drafts.saved_at must bear the server's time")},
    };
    const QStringList unrefused = notRefusedAsExpected(attempts);
    QVERIFY2(unrefused.isEmpty(), qPrintable(unrefused.join(QLatin1Char('\n'))));
    QCOMPARE(snapshot(), before);
    // What Probitas wrote bears the time of its own entry: one clock, the server's.
    QCOMPARE(superuserValue(QStringLiteral(
                 "SELECT count(*) FROM probitas.receipts r WHERE NOT EXISTS (SELECT 1 FROM probitas.audit a "
                 "WHERE a.action = 'acknowledge' AND a.declaration_id = r.declaration_id AND a.at = "
                 "r.received_at)")),
             QStringLiteral("0"));
    QVERIFY(superuserValue(QStringLiteral("SELECT count(*) FROM probitas.receipts")).toInt() > 0);
    QCOMPARE(
        superuserValue(QStringLiteral(
            "SELECT count(*) FROM probitas.entretiens e WHERE NOT EXISTS (SELECT 1 FROM probitas.audit a "
            "WHERE a.action = 'entretien-schedule' AND a.details LIKE '%' || e.id || '%' AND a.at = "
            "e.created_at)")),
        QStringLiteral("0"));
}

void TestStoreServer::rewritingAnEntretien()
{
    const QString juge = m_prefix + QStringLiteral(".juge");
    const QString president = m_prefix + QStringLiteral(".president");
    QCOMPARE(superuserValue(QStringLiteral("SELECT status FROM probitas.entretiens")),
             QStringLiteral("acknowledged"));
    const QString before = snapshot();
    const std::vector<Attempt> attempts = {
        {juge, QStringLiteral("UPDATE entretiens SET fiche = NULL"),
         QStringLiteral("recorded by the authority holding it or its delegate")},
        {juge, QStringLiteral("UPDATE entretiens SET status = 'scheduled'"),
         QStringLiteral("does not go from acknowledged to scheduled")},
        {juge, QStringLiteral("UPDATE entretiens SET delegate_id = probitas_person()"),
         QStringLiteral("delegate and invitation are its authority's")},
        {juge, QStringLiteral("UPDATE entretiens SET convocation = NULL"),
         QStringLiteral("permission denied")},
        {president, QStringLiteral("UPDATE entretiens SET acknowledgement = NULL"),
         QStringLiteral("acknowledged by its declarant")},
        {president, QStringLiteral("UPDATE entretiens SET scheduled_at = '2020-01-01T00:00:00Z'"),
         QStringLiteral("permission denied")},
    };
    const QStringList unrefused = notRefusedAsExpected(attempts);
    QVERIFY2(unrefused.isEmpty(), qPrintable(unrefused.join(QLatin1Char('\n'))));
    QCOMPARE(snapshot(), before);
}

void TestStoreServer::draftsAreTheirDeclarantsAlone()
{
    auto substitut = openAs(m_prefix + QStringLiteral(".substitut"));
    QVERIFY(substitut);
    QVERIFY(substitut->drafts().save(org().substitut, QByteArrayLiteral("{\"draft\":1}")).ok());
    QVERIFY(substitut->drafts().save(org().substitut, QByteArrayLiteral("{\"draft\":2}")).ok()); // replaced
    auto opened = substitut->drafts().open(org().substitut);
    QVERIFY2(opened, why(opened));
    // The juge can neither see it nor remove it.
    const QString substitutId = m_personIds[m_prefix + QStringLiteral(".substitut")];
    const QString before = snapshot();
    QCOMPARE(psql(m_prefix + QStringLiteral(".juge"),
                  QStringLiteral("SELECT count(*) FROM drafts WHERE declarant_id = '%1'").arg(substitutId))
                 .out,
             QStringLiteral("0"));
    QCOMPARE(psql(m_prefix + QStringLiteral(".juge"),
                  QStringLiteral("DELETE FROM drafts WHERE declarant_id = '%1'").arg(substitutId))
                 .exitCode,
             0); // deletes nothing: the row is not hers to see
    QCOMPARE(snapshot(), before);
}

// What the CLI prints when the server refuses: one line, exit 3.
void TestStoreServer::theServersRefusalIsAccessDenied()
{
    auto connection = Connection::open(*Location::parse(loginUrl(m_prefix + QStringLiteral(".substitut"))));
    QVERIFY2(connection, why(connection));
    auto deleted = (*connection)->exec(QStringLiteral("DELETE FROM audit"));
    QVERIFY(!deleted);
    QCOMPARE(deleted.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(deleted.error().code, QString(errors::ServerRefused));
    QVERIFY2(deleted.error().message.startsWith(QLatin1String("the database server refused this: ")),
             qPrintable(deleted.error().message));
    QVERIFY(!deleted.error().message.contains(QLatin1Char('\n')));
}

// The command a court's IT runs: exit 0 and idempotent; a database whose name would make unsafe role names,
// or a SQLite file, is refused in one line (exit 1), as is a store that is not empty and not a server store.
void TestStoreServer::serverSetupFromTheCommandLine()
{
    const QString cluster = m_server.path().mid(1);
    const QString database = m_database + QStringLiteral("_cli");
    QVERIFY(!superuserValue(QStringLiteral("CREATE DATABASE %1").arg(database), cluster).isNull());
    const auto cli = [](const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral(PROBITAS_CLI_PATH), arguments);
        process.waitForFinished(probitas::testing::scaledTimeout(60000));
        return PsqlResult{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
                          QString::fromUtf8(process.readAllStandardError()).trimmed()};
    };
    const QStringList setup{QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--store"),
                            superuserUrl(database)};
    PsqlResult first = cli(setup);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(
        first.out.contains(QStringLiteral("schema version %1 (was 0)").arg(SchemaManager::kLatestVersion)),
        qPrintable(first.out));
    PsqlResult again = cli(setup);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("(was %1)").arg(SchemaManager::kLatestVersion)),
             qPrintable(again.out));

    // A database where a store was made the ordinary way (its tables in the public schema).
    const QString plain = m_database + QStringLiteral("_plain");
    QVERIFY(!superuserValue(QStringLiteral("CREATE DATABASE %1").arg(plain), cluster).isNull());
    QVERIFY(Store::open(*Location::parse(superuserUrl(plain))).ok());
    const struct
    {
        const char* why;
        QString store;
        int exitCode;
        const char* message;
    } refused[] = {
        {"a name that is not plain", superuserUrl(QStringLiteral("Probitas-Cour")), 1, "lowercase letters"},
        {"a SQLite file", m_dir.filePath(QStringLiteral("desk.sqlite")), 1, "PostgreSQL store"},
        {"a store made without setup", superuserUrl(plain), 2, "without server setup"},
    };
    for (const auto& attempt : refused) {
        const PsqlResult result =
            cli({QStringLiteral("server"), QStringLiteral("setup"), QStringLiteral("--store"), attempt.store,
                 QStringLiteral("--administrator"), QStringLiteral("someone")});
        QVERIFY2(result.exitCode == attempt.exitCode, attempt.why);
        QVERIFY2(result.err.contains(QLatin1String(attempt.message)), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 0);
    }
    QCOMPARE(
        superuserValue(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE '%1%%'").arg(plain),
                       cluster),
        QStringLiteral("0")); // refused before anything was made
    superuserValue(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(plain), cluster);
    superuserValue(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), cluster);
}

// The rest of what the roles do, each through its own login: a forward (to the collège, art. 7-2 II), a
// procedure recorded and closed, a renewed certificate and the copies sealed again for it.
void TestStoreServer::forwardProcedureAndRenewalOnPersonalLogins()
{
    const Org& o = org();
    auto president = openAs(m_prefix + QStringLiteral(".president"));
    QVERIFY(president);
    auto forwarded = president->declarations().forward(m_jugeDeclaration, o.president, authorities::College,
                                                       QStringLiteral("avis du collège (art. 7-2 II)"));
    QVERIFY2(forwarded, why(forwarded));
    auto college = openAs(m_prefix + QStringLiteral(".college"));
    QVERIFY(college);
    auto read = college->declarations().open(m_jugeDeclaration, o.college);
    QVERIFY2(read, why(read));

    auto admin = openAs(m_prefix + QStringLiteral(".admin"));
    QVERIFY(admin);
    auto procedure =
        admin->procedures().record(o.admin, QStringLiteral("Hélène Juge"), ProcedureKind::Penale, true);
    QVERIFY2(procedure, why(procedure));
    // Her own procedure is hers to know; the substitut's login sees none.
    QCOMPARE(psql(m_prefix + QStringLiteral(".juge"), QStringLiteral("SELECT count(*) FROM procedures")).out,
             QStringLiteral("1"));
    QCOMPARE(
        psql(m_prefix + QStringLiteral(".substitut"), QStringLiteral("SELECT count(*) FROM procedures")).out,
        QStringLiteral("0"));
    auto closed = admin->procedures().close(o.admin, *procedure);
    QVERIFY2(closed, why(closed));

    // The juge's certificate is renewed; she seals her copy again for the new one, and opens it with it.
    const crypto::Identity renewed = issue(o.ca, QStringLiteral("Hélène Juge"));
    auto renewal = admin->administration().renewCertificate(o.admin, QStringLiteral("Hélène Juge"),
                                                            renewed.certificate());
    QVERIFY2(renewal, why(renewal));
    auto juge = openAs(m_prefix + QStringLiteral(".juge"));
    QVERIFY(juge);
    auto resealed = juge->resealFormer(o.juge, renewed);
    QVERIFY2(resealed, why(resealed));
    QVERIFY2(resealed->failed.isEmpty(), qPrintable(resealed->reasons.join(QLatin1Char(';'))));
    QCOMPARE(resealed->resealed, QStringList{m_jugeDeclaration});
    auto opened = juge->declarations().open(m_jugeDeclaration, renewed);
    QVERIFY2(opened, why(opened));
}

// Whoever shares a plain store's login (attacker (c)) dresses it up as a server store: the tables and the
// view a server store has, row-level security turned on. The client would then check less (the trail's links
// alone). It is not fooled: that login owns the trail, so nothing enforces anything on it.
void TestStoreServer::aPlainStoreCannotPassForAServerStore()
{
    const QString cluster = m_server.path().mid(1);
    const QString shared = m_prefix + QStringLiteral(".shared");
    const QString database = m_database + QStringLiteral("_shared");
    QVERIFY(!superuserValue(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(shared), cluster).isNull());
    setPassword(shared);
    QVERIFY(!superuserValue(QStringLiteral("CREATE DATABASE %1 OWNER \"%2\"").arg(database, shared), cluster)
                 .isNull());
    const QString original = m_database;
    m_database = database;
    const QString url = loginUrl(shared);
    m_database = original;
    {
        auto plain = Store::open(*Location::parse(url));
        QVERIFY2(plain, why(plain));
        QVERIFY(!plain.value()->connection().serverEnforced());
        for (const char* disguise :
             {"CREATE TABLE server_setup (version INTEGER PRIMARY KEY, set_up_at TEXT NOT NULL)",
              "CREATE VIEW audit_links AS SELECT sequence, previous_hash, hash, signature, version, "
              "previous_signature FROM audit",
              "ALTER TABLE audit ENABLE ROW LEVEL SECURITY"}) {
            QVERIFY2(plain.value()->connection().exec(QString::fromLatin1(disguise)).ok(), disguise);
        }
    }
    auto disguised = Connection::open(*Location::parse(url));
    QVERIFY2(disguised, why(disguised));
    QVERIFY(!disguised.value()->serverEnforced());
    disguised = Error::environment(QStringLiteral("closed")); // before the database goes
    superuserValue(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), cluster);
}

void TestStoreServer::removingAPersonRevokesTheirLogin()
{
    const QString procureur = m_prefix + QStringLiteral(".procureur");
    QCOMPARE(psql(procureur, QStringLiteral("SELECT 1")).out, QStringLiteral("1"));
    auto admin = openAs(m_prefix + QStringLiteral(".admin"));
    QVERIFY(admin);
    auto removed = admin->administration().removePerson(org().admin, QStringLiteral("Claire Procureur"));
    QVERIFY2(removed, why(removed));
    const PsqlResult refused = psql(procureur, QStringLiteral("SELECT 1"));
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QLatin1String("not permitted to log in")), qPrintable(refused.err));
    // Her signatures stay verifiable: the auditor's check still passes.
    auto auditor = openAs(m_prefix + QStringLiteral(".auditor"));
    QVERIFY(auditor);
    auto verified = auditor->audit().verify();
    QVERIFY2(verified && verified->firstBad == 0,
             verified ? qPrintable(verified->problem) : why(verified).constData());
}

// Retention on a server store: the administrator's client writes the signed purge entry, and the server
// destroys after checking the rule itself.
void TestStoreServer::destructionGoesThroughTheServer()
{
    auto admin = openAs(m_prefix + QStringLiteral(".admin"));
    QVERIFY(admin);
    // The substitut left office long ago: the administrator states it (a posting installed in 2010, ceased in
    // 2020), so retention has run out.
    Profile ceased = *substitutDi().profile;
    ceased.installedOn = QDate(2010, 9, 1);
    ceased.ceasedOn = QDate(2020, 6, 30);
    auto stated = admin->postings().set(org().admin, QStringLiteral("Thomas Substitut"), ceased);
    QVERIFY2(stated, why(stated));
    auto purged = admin->procedures().purge(org().admin, false);
    QVERIFY2(purged, why(purged));
    QCOMPARE(purged->destroyed, QStringList{m_substitutDeclaration});
    QCOMPARE(
        superuserValue(QStringLiteral("SELECT count(*) FROM probitas.envelopes WHERE declaration_id = '%1'")
                           .arg(m_substitutDeclaration)),
        QStringLiteral("0"));
    QCOMPARE(superuserValue(QStringLiteral("SELECT status FROM probitas.declarations WHERE id = '%1'")
                                .arg(m_substitutDeclaration)),
             QStringLiteral("destroyed"));
    // The juge, still in office, keeps hers.
    QCOMPARE(superuserValue(QStringLiteral("SELECT status FROM probitas.declarations WHERE id = '%1'")
                                .arg(m_jugeDeclaration)),
             QStringLiteral("receipt-held"));
    auto auditor = openAs(m_prefix + QStringLiteral(".auditor"));
    QVERIFY(auditor);
    auto verified = auditor->audit().verify();
    QVERIFY2(verified && verified->firstBad == 0,
             verified ? qPrintable(verified->problem) : why(verified).constData());
}

// docs/deployment.md's backup: pg_dump, pg_restore into a new database of the same cluster (its roles are
// there), and the restore trusted once `audit verify` passes on it with the head seen before as its anchor.
void TestStoreServer::aRestoredBackupVerifies()
{
    auto auditor = openAs(m_prefix + QStringLiteral(".auditor"));
    QVERIFY(auditor);
    auto before = auditor->audit().verify();
    QVERIFY2(before && before->firstBad == 0, before ? qPrintable(before->problem) : why(before).constData());
    auditor.reset();

    const QString dump = m_dir.filePath(QStringLiteral("store.dump"));
    const QString restored = m_database + QStringLiteral("_restored");
    const QString server = QStringLiteral("host=127.0.0.1 port=%1 user=postgres").arg(m_server.port(5432));
    QProcess process;
    process.start(QStringLiteral("pg_dump"),
                  {QStringLiteral("--format=custom"), QStringLiteral("--file=") + dump,
                   server + QStringLiteral(" dbname=") + m_database});
    QVERIFY(process.waitForFinished(probitas::testing::scaledTimeout(60000)));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(
        !superuserValue(QStringLiteral("CREATE DATABASE %1").arg(restored), m_server.path().mid(1)).isNull());
    process.start(QStringLiteral("pg_restore"),
                  {QStringLiteral("--exit-on-error"),
                   QStringLiteral("--dbname=") + server + QStringLiteral(" dbname=") + restored, dump});
    QVERIFY(process.waitForFinished(probitas::testing::scaledTimeout(60000)));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    // What pg_dump leaves to the database's settings: where the schema is, and who may connect.
    const QString cluster = m_server.path().mid(1);
    QVERIFY(
        !superuserValue(QStringLiteral("ALTER DATABASE %1 SET search_path = probitas").arg(restored), cluster)
             .isNull());
    QVERIFY(!superuserValue(QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(restored), cluster)
                 .isNull());
    QVERIFY(
        !superuserValue(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2_client").arg(restored, m_database),
                        cluster)
             .isNull());

    const QString original = m_database;
    m_database = restored;
    auditor = openAs(m_prefix + QStringLiteral(".auditor"));
    m_database = original;
    QVERIFY(auditor);
    QVERIFY(auditor->connection().serverEnforced());
    auto after =
        auditor->audit().verify(AuditVerification::Chain, AuditAnchor{before->checked, before->headHash});
    QVERIFY2(after, why(after));
    QVERIFY2(after->firstBad == 0, qPrintable(after->problem));
    QCOMPARE(after->headHash, before->headHash);
    auditor.reset();
    superuserValue(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(restored), cluster);
}

// The server cannot verify a signature, so a login may append an entry of its own whose signature is garbage.
// It may not make it a directory statement (which every client replays). Placed where others see it, it stops
// nobody: the next writer links to it without vouching for it, and `audit verify` names it and its actor.
// A server may give a login one connection only (CONNECTION LIMIT): audit verify then reads the tables on its
// own connection after the chain, instead of on a second one beside it, and still compares them with the
// trail.
void TestStoreServer::auditVerifyOnOneConnection()
{
    const QString auditorLogin = m_prefix + QStringLiteral(".auditor");
    QVERIFY(
        !superuserValue(QStringLiteral("ALTER ROLE \"%1\" CONNECTION LIMIT 1").arg(auditorLogin)).isNull());
    const auto unlimited = qScopeGuard(
        [&] { superuserValue(QStringLiteral("ALTER ROLE \"%1\" CONNECTION LIMIT -1").arg(auditorLogin)); });
    auto auditor = openAs(auditorLogin);
    QVERIFY(auditor);
    QVERIFY(!openAs(auditorLogin)); // the limit holds: no second connection

    auto whole = auditor->audit().verify();
    QVERIFY2(whole, why(whole));
    QVERIFY2(whole->firstBad == 0, qPrintable(whole->problem));

    // The database's superuser backdates a filing, triggers off: the comparison on the one connection names
    // it.
    const QString filedAt = superuserValue(
        QStringLiteral("SELECT filed_at FROM probitas.declarations WHERE id = '%1'").arg(m_jugeDeclaration));
    QVERIFY(!filedAt.isEmpty());
    const auto backdate = [&](const QString& at) {
        return !superuserValue(QStringLiteral("SET session_replication_role = replica; UPDATE "
                                              "probitas.declarations SET filed_at = '%1' WHERE id = '%2'")
                                   .arg(at, m_jugeDeclaration))
                    .isNull();
    };
    QVERIFY(backdate(QStringLiteral("2020-01-02T03:04:05.000Z")));
    const auto restored = qScopeGuard([&] { backdate(filedAt); });
    auto backdated = auditor->audit().verify();
    QVERIFY2(backdated, why(backdated));
    QVERIFY(backdated->firstBad != 0);
    QVERIFY2(backdated->problem.contains(m_jugeDeclaration) &&
                 backdated->problem.contains(QLatin1String("2020-01-02T03:04:05.000Z")),
             qPrintable(backdated->problem));
}

void TestStoreServer::aForgedEntryStopsNobodyAndIsNamed()
{
    const QString substitut = m_prefix + QStringLiteral(".substitut");
    const QString forged = QStringLiteral(
        "INSERT INTO audit (sequence, at, actor_id, action, declaration_id, details, previous_hash, hash, "
        "signature, version, previous_signature) SELECT sequence + 1, to_char(clock_timestamp() AT TIME ZONE "
        "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), probitas_person(), '%1', %2, '{}', hash, repeat('a', "
        "64), "
        "'\\x00', 3, encode(sha256(signature), 'hex') FROM audit_links ORDER BY sequence DESC LIMIT 1");
    const QString refused =
        refusal(substitut, forged.arg(QStringLiteral("directory-add"), QStringLiteral("NULL")));
    QVERIFY2(refused.contains(QLatin1String("only an administrator")), qPrintable(refused));
    // A reminder letter to a magistrate is an authority's alone (decideReminder): a declarant writes none.
    const QString reminder =
        refusal(substitut, forged.arg(QStringLiteral("reminder-letter"), QStringLiteral("NULL")));
    QVERIFY2(reminder.contains(QLatin1String("only an authority")), qPrintable(reminder));
    const QString byTheAuditor =
        refusal(m_prefix + QStringLiteral(".auditor"),
                forged.arg(QStringLiteral("reminder-letter"), QStringLiteral("NULL")));
    QVERIFY2(byTheAuditor.contains(QLatin1String("only an authority")), qPrintable(byTheAuditor));

    const PsqlResult result =
        psql(substitut,
             forged.arg(QStringLiteral("denied"), QLatin1Char('\'') + m_jugeDeclaration + QLatin1Char('\'')));
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const qint64 forgedSequence =
        superuserValue(QStringLiteral("SELECT max(sequence) FROM probitas.audit")).toLongLong();

    // The président, who sees entries about the juge's declaration, still records his reading of it.
    auto president = openAs(m_prefix + QStringLiteral(".president"));
    QVERIFY(president);
    auto opened = president->declarations().open(m_jugeDeclaration, org().president);
    QVERIFY2(opened, why(opened));
    QCOMPARE(
        superuserValue(
            QStringLiteral("SELECT version FROM probitas.audit WHERE sequence = %1").arg(forgedSequence + 1)),
        QStringLiteral("3"));

    auto auditor = openAs(m_prefix + QStringLiteral(".auditor"));
    QVERIFY(auditor);
    auto verified = auditor->audit().verify();
    QVERIFY2(verified, why(verified));
    QCOMPARE(verified->firstBad, forgedSequence);
}

// A client finding an older schema on a server store leaves it to the database's administrator, whom it names
// the command, instead of migrating it (its login could not): exit 2. The superuser, who may, is not stopped.
void TestStoreServer::aClientLeavesTheUpgradeToTheOwner()
{
    QVERIFY(!superuserValue(QStringLiteral("DELETE FROM probitas.schema_version WHERE version = %1")
                                .arg(SchemaManager::kLatestVersion))
                 .isNull());
    Store::OpenOptions options;
    options.knownHeadsPath = m_dir.filePath(QStringLiteral("older.heads"));
    auto older = Store::open(*Location::parse(loginUrl(m_prefix + QStringLiteral(".auditor"))), options);
    QVERIFY(!older);
    QCOMPARE(older.error().kind, ErrorKind::Unusable);
    QVERIFY2(older.error().message.contains(QLatin1String("probitas-cli server setup")),
             qPrintable(older.error().message));
    QCOMPARE(superuserValue(QStringLiteral("SELECT count(*) FROM probitas.schema_version WHERE version = %1")
                                .arg(SchemaManager::kLatestVersion)),
             QStringLiteral("0")); // nothing migrated
}

QTEST_GUILESS_MAIN(TestStoreServer)
#include "tst_store_server.moc"
