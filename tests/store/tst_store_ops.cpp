// What a court's IT does with a server store (docs/deployment.md), done by a test against real clusters: a
// base backup (pg_basebackup) started as a cluster of its own and verified with `probitas-cli audit verify`;
// a hot standby fed by PostgreSQL's streaming replication, which reads and verifies but refuses writes until
// it is promoted, and then takes filings with the trail whole.
//
// Needs the throwaway cluster of packaging/dev.sh: PROBITAS_TEST_POSTGRESQL (its superuser, which may make
// replication connections on the loopback), PROBITAS_TEST_POSTGRESQL_CA (the CA of its TLS certificate),
// PROBITAS_TEST_POSTGRESQL_BIN (initdb, pg_ctl, pg_basebackup) and PROBITAS_TEST_POSTGRESQL_DIR (a folder the
// postgres user writes, where this suite's clusters go); skipped without them or without a way to run as the
// postgres user (root, sudo, or being it). Its own database and logins, so no lock on the shared database.
#include "Clock.h"
#include "ServerSetup.h"
#include "StoreTestSupport.h"
#include "TestTimeouts.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(QProcess& process, int timeoutMs = 120000)
{
    if (!process.waitForStarted(probitas::testing::scaledTimeout(10000))) {
        return {-1, {}, process.errorString()};
    }
    process.waitForFinished(probitas::testing::scaledTimeout(timeoutMs));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

QString randomToken(int length)
{
    QString token;
    for (int i = 0; i < length; ++i) {
        token += QLatin1Char(char('a' + QRandomGenerator::global()->bounded(26)));
    }
    return token;
}

// A loopback port nothing holds, between the tests' cluster's (55432-55532, packaging/dev.sh) and
// tst_gui_server's (55600-55700), from a random one on: bound and released (a refused connection is not
// enough, a port may be held without being listened on).
int freePort()
{
    constexpr int kFirst = 55533, kCount = 67;
    const int start = int(QRandomGenerator::global()->bounded(kCount));
    for (int i = 0; i < kCount; ++i) {
        const int port = kFirst + (start + i) % kCount;
        const int descriptor = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool bound = ::bind(descriptor, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
        ::close(descriptor);
        if (bound) {
            return port;
        }
    }
    return 0;
}

} // namespace

class TestStoreOps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void aBaseBackupStartsAsAWholeStore();
    void aStandbyReadsAndVerifiesButRefusesWrites();
    void aPromotedStandbyTakesFilings();
    // Certificate logins, on the restored cluster of aBaseBackupStartsAsAWholeStore, set up for them.
    void theSealIdentityLogsIn();
    void certificatesTheServerRefuses_data();
    void certificatesTheServerRefuses();
    void theCommandLineLogsInWithTheIdentity();
    void aRemovedPersonsCertificateNoLongerLogsIn();
    void theKeyIsWrittenEncrypted();
    void aCertificateLoginNeedsVerifiedTls_data();
    void aCertificateLoginNeedsVerifiedTls();
    // Logins the server refuses (exit 3), told from servers that cannot be reached or trusted (exit 5).
    void refusedLoginsExitThree_data();
    void refusedLoginsExitThree();
    void unreachableOrUntrustedServersExitFive_data();
    void unreachableOrUntrustedServersExitFive();
    // Late: it adds a person to the restored store.
    void twoPeopleWithOneSubjectAreNotMapped();
    // Last: they renew the juge's, the président's and the administrator's certificates.
    void aSupersededCertificateReadsAndAppendsNothing();
    void theAdministratorsOwnRenewal();

private:
    // A program run as the postgres user, who owns the clusters.
    Run asPostgres(const QString& program, const QStringList& arguments, const QByteArray& input = {});
    // A file of the clusters' folder written as the postgres user.
    bool writeAsPostgres(const QString& path, const QByteArray& content);
    QString tool(const QString& name) const { return m_bin + QLatin1Char('/') + name; }
    // A base backup of the tests' cluster in m_work/`name` (with -R: a standby's), started on a free port.
    bool startFromBaseBackup(const QString& name, bool standby, int& port);
    void stopCluster(const QString& name);
    QString superuserUrl(int port) const;
    QString loginUrl(const QString& login, int port) const;
    // One value read (or a statement run) as the superuser of the cluster on `port`, in this run's database
    // or in `database`; null when it failed.
    QString superuserValue(int port, const QString& sql, const QString& database = {});
    // Until the standby on `port` has replayed everything the primary has written now: bounded.
    bool waitForReplay(int port);
    std::unique_ptr<Store> openAs(const QString& login, int port);
    QString login(const char* who) const { return m_prefix + QLatin1Char('.') + QLatin1String(who); }
    void setPassword(const QString& login);
    Run cli(const QStringList& arguments, const QString& identity = {},
            const QMap<QString, QString>& environment = {});
    QString identityFile(const QString& who, const crypto::Identity& identity);
    // docs/deployment.md's certificate logins on the restored cluster: the organisation's CA (and an older
    // one of its CAs) in ssl_ca_file, `cert clientname=DN map=probitas` for the juge's, the substitut's and
    // the auditor's logins, pg_ident.conf from `probitas-cli server ident-map`.
    bool certificateLogins();
    QString identMap();
    bool reload(int port);
    Result<std::unique_ptr<Store>> openWithCertificate(const QString& login,
                                                       const crypto::Identity* identity);

    QString m_bin;
    QString m_work; // owned by the postgres user: this run's clusters
    QString m_ca;
    int m_primaryPort = 0;
    QString m_clusterDatabase; // the tests' cluster's own, to create and drop this run's
    QString m_database;
    bool m_created = false;
    QString m_prefix;
    QTemporaryDir m_dir;
    QMap<QString, QString> m_passwords;
    QStringList m_started;
    int m_standbyPort = 0;
    int m_restoredPort = 0;
    bool m_certificateLogins = false;
    QMap<QString, crypto::Identity> m_impostors; // certificates the server must refuse, by what they are
    qint64 m_headBeforeFailover = 0;
    QString m_headHashBeforeFailover;
};

bool TestStoreOps::writeAsPostgres(const QString& path, const QByteArray& content)
{
    return asPostgres(QStringLiteral("sh"),
                      {QStringLiteral("-c"), QStringLiteral("cat > \"$1\""), QStringLiteral("sh"), path},
                      content)
               .exitCode == 0;
}

Run TestStoreOps::asPostgres(const QString& program, const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.setWorkingDirectory(
        QStringLiteral("/")); // runuser keeps it, and the postgres user may not read ours
    const passwd* self = ::getpwuid(::geteuid());
    if (self && QLatin1String(self->pw_name) == QLatin1String("postgres")) {
        process.start(program, arguments);
    } else if (::geteuid() == 0) {
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     arguments);
    } else {
        process.start(QStringLiteral("sudo"),
                      QStringList{QStringLiteral("-n"), QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    }
    if (process.waitForStarted(probitas::testing::scaledTimeout(10000))) {
        process.write(input);
        process.closeWriteChannel();
    }
    return run(process);
}

QString TestStoreOps::superuserUrl(int port) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(port).arg(m_database);
}

QString TestStoreOps::loginUrl(const QString& login, int port) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4")
        .arg(login)
        .arg(port)
        .arg(m_database, m_ca);
}

QString TestStoreOps::superuserValue(int port, const QString& sql, const QString& database)
{
    const QString url = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2")
                            .arg(port)
                            .arg(database.isEmpty() ? m_database : database);
    auto connection = Connection::open(*Location::parse(url));
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

// The passwords go to the server through the superuser (before the backups, which carry them), and to libpq
// through a password file, any port: the primary's and its copies'.
void TestStoreOps::setPassword(const QString& login)
{
    const QString password = randomToken(24);
    m_passwords[login] = password;
    QVERIFY(
        !superuserValue(m_primaryPort, QStringLiteral("ALTER ROLE \"%1\" PASSWORD '%2'").arg(login, password))
             .isNull());
    QSaveFile file(m_dir.filePath(QStringLiteral("pgpass")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (auto it = m_passwords.cbegin(); it != m_passwords.cend(); ++it) {
        file.write(QStringLiteral("127.0.0.1:*:*:%1:%2\n").arg(it.key(), it.value()).toUtf8());
    }
    QVERIFY(file.commit());
    QFile::setPermissions(file.fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

std::unique_ptr<Store> TestStoreOps::openAs(const QString& login, int port)
{
    Store::OpenOptions options;
    options.knownHeadsPath = m_dir.filePath(QStringLiteral("%1-%2.heads").arg(login).arg(port));
    auto store = Store::open(*Location::parse(loginUrl(login, port)), options);
    if (!store) {
        qWarning("%s: %s", qPrintable(login), qPrintable(store.error().message));
        return nullptr;
    }
    return std::move(store).value();
}

Run TestStoreOps::cli(const QStringList& arguments, const QString& identity,
                      const QMap<QString, QString>& variables)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = variables.cbegin(); it != variables.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    QStringList all = arguments;
    if (!identity.isEmpty()) {
        environment.insert(QStringLiteral("PROBITAS_PASSPHRASE"), QStringLiteral("ops passphrase 2026"));
        all << QStringLiteral("--identity") << identity;
    }
    // The primary, its copies and the standby are one store (one id) at different moments: each cluster is
    // seen from a computer of its own (where a client remembers the heads it saw).
    const qsizetype store = arguments.indexOf(QStringLiteral("--store"));
    const QString port = store >= 0 && store + 1 < arguments.size()
                             ? QString::number(QUrl(arguments.at(store + 1)).port())
                             : QString();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("computer-") + port));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROBITAS_CLI_PATH), all);
    return run(process, 60000);
}

QString TestStoreOps::identityFile(const QString& who, const crypto::Identity& identity)
{
    const QString path = m_dir.filePath(who + QStringLiteral(".p12"));
    if (!QFile::exists(path)) {
        const Status saved = identity.save(path, crypto::SecureBytes(QByteArray("ops passphrase 2026")));
        if (!saved) {
            qWarning("%s", qPrintable(saved.error().message));
        }
    }
    return path;
}

bool TestStoreOps::startFromBaseBackup(const QString& name, bool standby, int& port)
{
    const QString data = m_work + QLatin1Char('/') + name;
    QStringList arguments{QStringLiteral("--host=127.0.0.1"),
                          QStringLiteral("--port=%1").arg(m_primaryPort),
                          QStringLiteral("--username=postgres"),
                          QStringLiteral("--pgdata=") + data,
                          QStringLiteral("--checkpoint=fast"),
                          QStringLiteral("--wal-method=stream"),
                          QStringLiteral("--no-sync")};
    if (standby) {
        arguments << QStringLiteral("--write-recovery-conf");
    }
    const Run backup = asPostgres(tool(QStringLiteral("pg_basebackup")), arguments);
    if (backup.exitCode != 0) {
        qWarning("pg_basebackup: %s", qPrintable(backup.err));
        return false;
    }
    // Its configuration, TLS certificate and pg_hba.conf came with it; only where it listens differs. A port
    // found free may be taken before the server binds it: another is tried.
    Run started;
    for (int attempt = 0; attempt < 3 && started.exitCode != 0; ++attempt) {
        port = freePort();
        started = asPostgres(
            tool(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
             QStringLiteral("-l"), data + QStringLiteral(".log"), QStringLiteral("-o"),
             QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off -c ssl=on")
                 .arg(m_work)
                 .arg(port),
             QStringLiteral("start")});
    }
    if (started.exitCode != 0) {
        qWarning("pg_ctl start: %s %s", qPrintable(started.out), qPrintable(started.err));
        return false;
    }
    m_started << name;
    return true;
}

void TestStoreOps::stopCluster(const QString& name)
{
    if (m_started.removeAll(name) > 0) {
        asPostgres(tool(QStringLiteral("pg_ctl")),
                   {QStringLiteral("-D"), m_work + QLatin1Char('/') + name, QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("stop")});
    }
}

bool TestStoreOps::waitForReplay(int port)
{
    const QString written = superuserValue(m_primaryPort, QStringLiteral("SELECT pg_current_wal_lsn()"));
    if (written.isEmpty()) {
        return false;
    }
    const QString replayed = QStringLiteral("SELECT pg_last_wal_replay_lsn() >= '%1'::pg_lsn").arg(written);
    for (QDeadlineTimer deadline(probitas::testing::scaledTimeout(30000)); !deadline.hasExpired();
         QThread::msleep(20)) {
        if (superuserValue(port, replayed) == QLatin1String("true")) {
            return true;
        }
    }
    return false;
}

void TestStoreOps::initTestCase()
{
    const QString url = qEnvironmentVariable(postgresVariable());
    m_ca = qEnvironmentVariable("PROBITAS_TEST_POSTGRESQL_CA");
    m_bin = qEnvironmentVariable("PROBITAS_TEST_POSTGRESQL_BIN");
    const QString clusters = qEnvironmentVariable("PROBITAS_TEST_POSTGRESQL_DIR");
    if (url.isEmpty() || m_ca.isEmpty() || m_bin.isEmpty() || clusters.isEmpty()) {
        QSKIP("PROBITAS_TEST_POSTGRESQL, _CA, _BIN and _DIR not set: no throwaway PostgreSQL cluster "
              "(packaging/dev.sh test starts one)");
    }
    QVERIFY(m_dir.isValid());
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toUtf8());
    const QUrl server(url);
    m_primaryPort = server.port(5432);
    m_clusterDatabase = server.path().mid(1);
    m_prefix = QStringLiteral("o") + randomToken(6);
    m_database = QStringLiteral("probitas_") + m_prefix;
    m_work = clusters + QStringLiteral("/ops-") + m_prefix;
    const Run made =
        asPostgres(QStringLiteral("mkdir"), {QStringLiteral("-m"), QStringLiteral("700"), m_work});
    if (made.exitCode != 0) {
        m_work.clear();
        QSKIP(qPrintable(QStringLiteral("cannot run as the postgres user (root, sudo -n or postgres): ") +
                         made.err));
    }
    QVERIFY(!superuserValue(m_primaryPort, QStringLiteral("CREATE DATABASE %1").arg(m_database),
                            m_clusterDatabase)
                 .isNull());
    m_created = true;

    // A store as `server setup` makes it, with filings by personal logins (tst_store_server's, smaller).
    auto setup = ServerSetup::run(*Location::parse(superuserUrl(m_primaryPort)), login("admin"));
    QVERIFY2(setup, why(setup));
    setPassword(login("admin"));
    auto admin = openAs(login("admin"), m_primaryPort);
    QVERIFY(admin);
    QVERIFY(admin->connection().serverEnforced());
    QVERIFY(!admin->connection().standby());
    const Org& o = org();
    auto self = admin->administration().addPerson(o.admin, QStringLiteral("Admin"), Role::Admin, {},
                                                  o.admin.certificate());
    QVERIFY2(self, why(self));
    for (const OrgMember& row : orgMembers()) {
        auto added = admin->administration().addPerson(
            o.admin, QString::fromUtf8(row.name), row.role, QLatin1String(row.authority),
            row.identity->certificate(), row.profile, login(row.login));
        QVERIFY2(added, why(added));
        setPassword(login(row.login));
    }
    admin.reset();
    auto juge_ = openAs(login("juge"), m_primaryPort);
    QVERIFY(juge_);
    auto jugeDeclaration = juge_->declarations().file(juge(), o.juge);
    QVERIFY2(jugeDeclaration, why(jugeDeclaration));
    auto president = openAs(login("president"), m_primaryPort);
    QVERIFY(president);
    auto filed = president->declarations().file(presidentDsp(), o.president);
    QVERIFY2(filed, why(filed));
    auto acknowledged = president->declarations().acknowledge(*jugeDeclaration, o.president);
    QVERIFY2(acknowledged, why(acknowledged));
}

void TestStoreOps::cleanupTestCase()
{
    for (const QString& name : QStringList(m_started)) {
        stopCluster(name);
    }
    if (!m_work.isEmpty()) {
        asPostgres(QStringLiteral("rm"), {QStringLiteral("-rf"), m_work});
    }
    if (!m_created) {
        return;
    }
    superuserValue(m_primaryPort, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                   m_clusterDatabase);
    const QString roles = superuserValue(
        m_primaryPort,
        QStringLiteral("SELECT string_agg(quote_ident(rolname), ', ') FROM pg_roles WHERE rolname "
                       "LIKE '%1%%' OR rolname LIKE '%2%%'")
            .arg(m_prefix, m_database),
        m_clusterDatabase);
    if (!roles.isEmpty()) {
        superuserValue(m_primaryPort, QStringLiteral("DROP ROLE IF EXISTS %1").arg(roles), m_clusterDatabase);
    }
}

// docs/deployment.md, "Backups": pg_basebackup of the running cluster, started as a cluster of its own on
// another port; `probitas-cli audit verify` there, as the auditor, finds the trail whole with the head the
// primary had, and given that head as its anchor agrees nothing was cut. The copy enforces the rules too.
void TestStoreOps::aBaseBackupStartsAsAWholeStore()
{
    auto auditor = openAs(login("auditor"), m_primaryPort);
    QVERIFY(auditor);
    auto before = auditor->audit().verify();
    QVERIFY2(before && before->firstBad == 0, before ? qPrintable(before->problem) : why(before).constData());
    auditor.reset();
    const QString head = AuditAnchor{before->checked, before->headHash}.toString();

    int port = 0;
    QVERIFY(startFromBaseBackup(QStringLiteral("restored"), false, port));
    QCOMPARE(superuserValue(port, QStringLiteral("SELECT pg_is_in_recovery()")), QStringLiteral("false"));
    const Run verified = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                              loginUrl(login("auditor"), port), QStringLiteral("--anchor"), head});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QVERIFY2(verified.out.contains(QStringLiteral("head: ") + head), qPrintable(verified.out));

    // The rules came with the copy: the juge's login sees her own declaration, the server enforces.
    auto restored = openAs(login("juge"), port);
    QVERIFY(restored);
    QVERIFY(restored->connection().serverEnforced());
    auto own = restored->declarations().list(org().juge);
    QVERIFY2(own, why(own));
    QCOMPARE(own->size(), 1);
    restored.reset();
    m_restoredPort = port; // the certificate logins' tests configure it: it is this suite's alone
}

// docs/deployment.md, "High availability": a standby made with pg_basebackup -R follows the primary. What is
// filed on the primary is there once replayed; a client pointed at it reads and verifies, and every write is
// refused by the server, which the client says in one line (exit 5: the server to write to is elsewhere).
void TestStoreOps::aStandbyReadsAndVerifiesButRefusesWrites()
{
    QVERIFY(startFromBaseBackup(QStringLiteral("standby"), true, m_standbyPort));
    QCOMPARE(superuserValue(m_standbyPort, QStringLiteral("SELECT pg_is_in_recovery()")),
             QStringLiteral("true"));

    // The président files his DI on the primary, after the standby was made.
    auto president = openAs(login("president"), m_primaryPort);
    QVERIFY(president);
    auto filed = president->declarations().file(presidentDi(), org().president);
    QVERIFY2(filed, why(filed));
    president.reset();
    QVERIFY(waitForReplay(m_standbyPort));

    auto onStandby = openAs(login("president"), m_standbyPort);
    QVERIFY(onStandby);
    QVERIFY(onStandby->connection().standby());
    QVERIFY(onStandby->connection().serverEnforced());
    auto mine = onStandby->declarations().list(org().president);
    QVERIFY2(mine, why(mine));
    QStringList ids;
    for (const DeclarationRecord& record : *mine) {
        ids << record.id;
    }
    QVERIFY2(ids.contains(*filed), qPrintable(ids.join(QLatin1Char(','))));

    auto auditor = openAs(login("auditor"), m_standbyPort);
    QVERIFY(auditor);
    auto verified = auditor->audit().verify();
    QVERIFY2(verified && verified->firstBad == 0,
             verified ? qPrintable(verified->problem) : why(verified).constData());
    m_headBeforeFailover = verified->checked;
    m_headHashBeforeFailover = verified->headHash;
    auditor.reset();

    // A write: refused by the server, said plainly. Opening a declaration is one: the trail records every
    // reading of sealed content, so the standby cannot serve it.
    auto refused = onStandby->declarations().file(presidentDi(), org().president);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ErrorKind::Environment);
    QCOMPARE(refused.error().code, QString(errors::ReadOnlyStandby));
    auto opened = onStandby->declarations().open(*filed, org().president);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, QString(errors::ReadOnlyStandby));
    onStandby.reset();

    const QString standbyStore = loginUrl(login("juge"), m_standbyPort);
    const Run read = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                          loginUrl(login("auditor"), m_standbyPort)});
    QVERIFY2(read.exitCode == 0, qPrintable(read.err));
    const Run written = cli({QStringLiteral("file"), QStringLiteral("--store"), standbyStore,
                             dataPath(QStringLiteral("di-valid.json"))},
                            identityFile(QStringLiteral("juge"), org().juge));
    QCOMPARE(written.exitCode, 5);
    QVERIFY2(written.err.contains(QLatin1String("read-only standby")), qPrintable(written.err));
    QCOMPARE(written.err.count(QLatin1Char('\n')), 0);
    QCOMPARE(superuserValue(m_standbyPort, QStringLiteral("SELECT count(*) FROM probitas.audit")),
             QString::number(m_headBeforeFailover));
}

// The primary is lost; the court's IT promotes the standby (pg_ctl promote). It takes filings through the
// same personal logins and rules, and the trail stays whole, extending the head seen before the failover.
void TestStoreOps::aPromotedStandbyTakesFilings()
{
    QVERIFY(m_standbyPort != 0);
    const Run promoted =
        asPostgres(tool(QStringLiteral("pg_ctl")),
                   {QStringLiteral("-D"), m_work + QStringLiteral("/standby"), QStringLiteral("-w"),
                    QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("promote")});
    QVERIFY2(promoted.exitCode == 0, qPrintable(promoted.err));
    QCOMPARE(superuserValue(m_standbyPort, QStringLiteral("SELECT pg_is_in_recovery()")),
             QStringLiteral("false"));

    auto substitut = openAs(login("substitut"), m_standbyPort);
    QVERIFY(substitut);
    QVERIFY(!substitut->connection().standby());
    auto filed = substitut->declarations().file(substitutDi(), org().substitut);
    QVERIFY2(filed, why(filed));
    substitut.reset();
    const Run written =
        cli({QStringLiteral("file"), QStringLiteral("--store"), loginUrl(login("juge"), m_standbyPort),
             dataPath(QStringLiteral("di-valid.json"))},
            identityFile(QStringLiteral("juge"), org().juge));
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));

    const QString anchor = AuditAnchor{m_headBeforeFailover, m_headHashBeforeFailover}.toString();
    const Run verified = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                              loginUrl(login("auditor"), m_standbyPort), QStringLiteral("--anchor"), anchor});
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    QVERIFY(
        superuserValue(m_standbyPort, QStringLiteral("SELECT count(*) FROM probitas.audit")).toLongLong() >
        m_headBeforeFailover);
    stopCluster(QStringLiteral("standby"));
}

QString TestStoreOps::identMap()
{
    const Run map = cli({QStringLiteral("server"), QStringLiteral("ident-map"), QStringLiteral("--store"),
                         superuserUrl(m_restoredPort)});
    if (map.exitCode != 0) {
        qWarning("server ident-map: %s", qPrintable(map.err));
        return {};
    }
    return map.out + QLatin1Char('\n');
}

// A reload is asynchronous: done once a new session sees the configuration's new load time.
bool TestStoreOps::reload(int port)
{
    const QString loaded = superuserValue(port, QStringLiteral("SELECT pg_conf_load_time()"));
    if (loaded.isNull() ||
        superuserValue(port, QStringLiteral("SELECT pg_reload_conf()")) != QLatin1String("true")) {
        return false;
    }
    for (QDeadlineTimer deadline(probitas::testing::scaledTimeout(30000)); !deadline.hasExpired();
         QThread::msleep(20)) {
        if (superuserValue(port, QStringLiteral("SELECT pg_conf_load_time()")) != loaded) {
            return true;
        }
    }
    return false;
}

bool TestStoreOps::certificateLogins()
{
    if (m_certificateLogins) {
        return true;
    }
    if (m_restoredPort == 0 && !startFromBaseBackup(QStringLiteral("restored"), false, m_restoredPort)) {
        return false; // run alone, without aBaseBackupStartsAsAWholeStore
    }
    // Certificates the server must refuse, each with the juge's subject (the map would take it): one from a
    // CA the server does not trust, one from a CA it trusts but long expired.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    crypto::CertificateRequest juge{QStringLiteral("Hélène Juge"), QStringLiteral("Probitas tests"),
                                    crypto::KeyAlgorithm::EcP256, 730};
    auto otherCa =
        crypto::CertificateAuthority::createRoot(QStringLiteral("Autre CA"), QStringLiteral("Ailleurs"));
    Clock::setForTesting(now.addDays(-10));
    auto olderCa = crypto::CertificateAuthority::createRoot(QStringLiteral("CA de test 2016"),
                                                            QStringLiteral("Probitas"));
    Clock::setForTesting(now.addDays(-5));
    juge.validityDays = 1;
    auto expired = olderCa ? crypto::CertificateAuthority::issue(*olderCa, juge) : olderCa;
    Clock::reset();
    juge.validityDays = 730;
    auto foreign = otherCa ? crypto::CertificateAuthority::issue(*otherCa, juge) : otherCa;
    if (!otherCa || !olderCa || !expired || !foreign) {
        qWarning("cannot issue the test certificates");
        return false;
    }
    if (expired->certificate().subject() != org().juge.certificate().subject() ||
        foreign->certificate().subject() != org().juge.certificate().subject()) {
        qWarning("the impostors' subjects differ from the juge's");
        return false;
    }
    m_impostors.insert(QStringLiteral("another CA"), *foreign);
    m_impostors.insert(QStringLiteral("expired"), *expired);

    const QString data = m_work + QStringLiteral("/restored");
    const QString caFile = m_work + QStringLiteral("/organisation-ca.pem");
    const QString certified = m_prefix + QStringLiteral("_certified");
    const Run hba = asPostgres(QStringLiteral("cat"), {data + QStringLiteral("/pg_hba.conf")});
    const QString map = identMap();
    if (hba.exitCode != 0 || map.isEmpty() ||
        !writeAsPostgres(caFile, org().ca.certificate().toPem() + olderCa->certificate().toPem()) ||
        !writeAsPostgres(data + QStringLiteral("/pg_ident.conf"), map.toUtf8()) ||
        !writeAsPostgres(data + QStringLiteral("/pg_hba.conf"),
                         QStringLiteral("hostssl all +%1 127.0.0.1/32 cert clientname=DN map=probitas\n%2\n")
                             .arg(certified, hba.out)
                             .toUtf8())) {
        qWarning("cannot configure the restored cluster");
        return false;
    }
    for (const QString& sql : {QStringLiteral("ALTER SYSTEM SET ssl_ca_file = '%1'").arg(caFile),
                               QStringLiteral("CREATE ROLE %1").arg(certified),
                               QStringLiteral("GRANT %1 TO \"%2\", \"%3\", \"%4\"")
                                   .arg(certified, login("juge"), login("substitut"), login("auditor"))}) {
        if (superuserValue(m_restoredPort, sql).isNull()) {
            return false;
        }
    }
    m_certificateLogins = reload(m_restoredPort);
    return m_certificateLogins;
}

Result<std::unique_ptr<Store>> TestStoreOps::openWithCertificate(const QString& login,
                                                                 const crypto::Identity* identity)
{
    Location location = *Location::parse(loginUrl(login, m_restoredPort));
    if (identity) {
        location.clientIdentity = std::make_shared<const crypto::Identity>(*identity);
    }
    Store::OpenOptions options;
    options.knownHeadsPath = m_dir.filePath(QStringLiteral("%1-certificate.heads").arg(login));
    // No password to fall back on: the certificate alone logs in.
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
    auto store = Store::open(location, options);
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toUtf8());
    return store;
}

// The juge holds her PKCS#12 (org().juge): its certificate logs her in as herself, without a password, and
// the store works as with her password. The organisation's certificates (keyUsage digitalSignature and
// keyAgreement, no extendedKeyUsage) are accepted by the server as TLS client certificates as they are.
void TestStoreOps::theSealIdentityLogsIn()
{
    QVERIFY(certificateLogins());
    QVERIFY(org().juge.certificate().keyUsages().contains(QStringLiteral("digitalSignature")));
    const QString temporary = m_dir.filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(temporary));
    qputenv("TMPDIR", temporary.toUtf8());
    auto store = openWithCertificate(login("juge"), &org().juge);
    qunsetenv("TMPDIR");
    QVERIFY2(store, why(store));
    // The certificate and its encrypted key went with the connection's making, and QtSql kept no password.
    QVERIFY(QDir(temporary).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    const QString kept = (*store)->connection().database().connectOptions();
    QVERIFY2(!kept.contains(QLatin1String("sslpassword")), qPrintable(kept));
    auto who = (*store)->connection().exec(
        QStringLiteral("SELECT current_user, client_dn FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    QVERIFY2(who, why(who));
    QVERIFY(who.value().next());
    QCOMPARE(who.value().value(0).toString(), login("juge"));
    QVERIFY(!who.value().value(1).toString().isEmpty());
    who.value().finish();
    QVERIFY((*store)->connection().serverEnforced());
    auto own = (*store)->declarations().list(org().juge);
    QVERIFY2(own, why(own));
    QVERIFY(!own->isEmpty());
    auto filed = (*store)->declarations().file(juge(), org().juge);
    QVERIFY2(filed, why(filed));
}

void TestStoreOps::certificatesTheServerRefuses_data()
{
    QTest::addColumn<QString>("identity"); // an impostor, a person of org(), or none
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("a certificate from another CA")
        << QStringLiteral("another CA") << QStringLiteral("juge") << QStringLiteral("unknown ca");
    QTest::newRow("an expired certificate")
        << QStringLiteral("expired") << QStringLiteral("juge") << QStringLiteral("certificate expired");
    QTest::newRow("someone else's certificate with your login")
        << QStringLiteral("substitut") << QStringLiteral("juge")
        << QStringLiteral("certificate authentication failed");
    QTest::newRow("your login without a certificate")
        << QString() << QStringLiteral("juge") << QStringLiteral("requires a valid client certificate");
    QTest::newRow("an authority's certificate with a declarant's login")
        << QStringLiteral("president") << QStringLiteral("substitut")
        << QStringLiteral("certificate authentication failed");
}

// Each refused by the server, whatever the client does: the TLS handshake (a CA it does not trust, a
// certificate past its end), or the map (a subject that is not the login's person's).
void TestStoreOps::certificatesTheServerRefuses()
{
    QFETCH(QString, identity);
    QFETCH(QString, login);
    QFETCH(QString, refusal);
    QVERIFY(certificateLogins());
    const QMap<QString, const crypto::Identity*> people{{QStringLiteral("substitut"), &org().substitut},
                                                        {QStringLiteral("president"), &org().president}};
    const crypto::Identity* presented =
        m_impostors.contains(identity) ? &m_impostors[identity] : people.value(identity);
    QVERIFY(identity.isEmpty() || presented);
    auto store = openWithCertificate(this->login(login.toLatin1().constData()), presented);
    QVERIFY(!store);
    QVERIFY2(store.error().message.contains(refusal), qPrintable(store.error().message));
    QVERIFY(!store.error().message.contains(QLatin1Char('\n')));
    // The server answered and refused, as whom it says: not a server that could not be reached (exit 3).
    QCOMPARE(store.error().kind, ErrorKind::AccessDenied);
    QCOMPARE(store.error().code, QString(errors::LoginRefused));
    QVERIFY2(store.error().message.contains(QLatin1String("refused the login as ") +
                                            this->login(login.toLatin1().constData())),
             qPrintable(store.error().message));
    // The same through probitas-cli: exit 3, the server's reason in one line.
    QStringList arguments{QStringLiteral("list"), QStringLiteral("--store"),
                          loginUrl(this->login(login.toLatin1().constData()), m_restoredPort)};
    if (presented) {
        arguments << QStringLiteral("--certificate-login");
    }
    const Run listed =
        cli(arguments,
            identityFile(QStringLiteral("presented-") + (identity.isEmpty() ? login : identity),
                         presented ? *presented : org().juge),
            {{QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass"))}});
    QCOMPARE(listed.exitCode, 3);
    QVERIFY2(listed.err.contains(refusal), qPrintable(listed.err));
    QCOMPARE(listed.err.count(QLatin1Char('\n')), 0);
}

// probitas-cli's --certificate-login: the PKCS#12 of --identity, opened once with its passphrase, both logs
// in and signs. No password anywhere (PGPASSFILE empty).
void TestStoreOps::theCommandLineLogsInWithTheIdentity()
{
    QVERIFY(certificateLogins());
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
    const QString store = loginUrl(login("juge"), m_restoredPort);
    const Run listed =
        cli({QStringLiteral("list"), QStringLiteral("--store"), store, QStringLiteral("--certificate-login")},
            identityFile(QStringLiteral("juge"), org().juge));
    const Run withoutIt = cli({QStringLiteral("list"), QStringLiteral("--store"), store},
                              identityFile(QStringLiteral("juge"), org().juge));
    const Run onAFile =
        cli({QStringLiteral("list"), QStringLiteral("--store"), m_dir.filePath(QStringLiteral("desk.sqlite")),
             QStringLiteral("--certificate-login")},
            identityFile(QStringLiteral("juge"), org().juge));
    const Run verified =
        cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
             loginUrl(login("auditor"), m_restoredPort), QStringLiteral("--certificate-login")},
            identityFile(QStringLiteral("auditor"), org().auditor));
    const Run impostor =
        cli({QStringLiteral("list"), QStringLiteral("--store"), store, QStringLiteral("--certificate-login")},
            identityFile(QStringLiteral("substitut"), org().substitut));
    qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toUtf8());
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err)); // the auditor's, with her certificate too
    // The server's refusal, in one line: the server answered and refused (exit 3).
    QCOMPARE(impostor.exitCode, 3);
    QVERIFY2(impostor.err.contains(QLatin1String("certificate authentication failed")),
             qPrintable(impostor.err));
    QCOMPARE(impostor.err.count(QLatin1Char('\n')), 0);
    QCOMPARE(withoutIt.exitCode, 3); // the server asks her for a certificate
    QVERIFY2(withoutIt.err.contains(QLatin1String("certificate")), qPrintable(withoutIt.err));
    QCOMPARE(onAFile.exitCode, 2);
    QVERIFY2(onAFile.err.contains(QLatin1String("--certificate-login")), qPrintable(onAFile.err));
}

// The directory's revocation: the administrator removes the substitut, whose login can then no longer log in
// (probitas_revoke makes it NOLOGIN), her certificate however valid; and the map made again leaves her out.
void TestStoreOps::aRemovedPersonsCertificateNoLongerLogsIn()
{
    QVERIFY(certificateLogins());
    auto before = openWithCertificate(login("substitut"), &org().substitut);
    QVERIFY2(before, why(before));
    before = Error::environment(QStringLiteral("closed"));
    QVERIFY(identMap().contains(login("substitut")));
    auto admin = openAs(login("admin"), m_restoredPort);
    QVERIFY(admin);
    auto removed = admin->administration().removePerson(org().admin, QStringLiteral("Thomas Substitut"));
    QVERIFY2(removed, why(removed));
    admin.reset();
    auto after = openWithCertificate(login("substitut"), &org().substitut);
    QVERIFY(!after);
    QVERIFY2(after.error().message.contains(QLatin1String("not permitted to log in")),
             qPrintable(after.error().message));
    QCOMPARE(after.error().kind, ErrorKind::AccessDenied);
    const QString map = identMap();
    QVERIFY(!map.contains(login("substitut")));
    QVERIFY(map.contains(login("juge")));
}

// What goes to libpq's folder: the key encrypted (PKCS#8, PBES2 with PBKDF2 and AES-256-CBC), never in clear.
void TestStoreOps::theKeyIsWrittenEncrypted()
{
    const crypto::SecureBytes password(QByteArray("0123456789abcdef0123456789abcdef"));
    auto pem = org().juge.toEncryptedPkcs8Pem(password);
    QVERIFY2(pem, why(pem));
    QVERIFY(pem->startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    QVERIFY(!pem->contains("BEGIN PRIVATE KEY") && !pem->contains("BEGIN EC PRIVATE KEY"));
    QVERIFY(!org().juge.toEncryptedPkcs8Pem(crypto::SecureBytes()).ok());
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("asn1parse")});
    QVERIFY(openssl.waitForStarted());
    openssl.write(*pem);
    openssl.closeWriteChannel();
    const Run parsed = run(openssl);
    QCOMPARE(parsed.exitCode, 0);
    for (const char* algorithm : {"PBES2", "PBKDF2", "aes-256-cbc", "hmacWithSHA256"}) {
        QVERIFY2(parsed.out.contains(QLatin1String(algorithm)), algorithm);
    }
}

void TestStoreOps::aCertificateLoginNeedsVerifiedTls_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("without TLS verified")
        << QStringLiteral("?sslmode=require") << QStringLiteral("verify-full");
    QTest::newRow("without sslmode") << QString() << QStringLiteral("verify-full");
    QTest::newRow("beside PEM files")
        << QStringLiteral("?sslmode=verify-full&sslcert=/tmp/c.pem&sslkey=/tmp/k.pem")
        << QStringLiteral("not both");
}

// The certificate goes only to a server whose own certificate was verified, and only one client certificate
// is offered: refused before anything is written or sent (exit 2).
void TestStoreOps::aCertificateLoginNeedsVerifiedTls()
{
    QFETCH(QString, query);
    QFETCH(QString, refusal);
    auto location = Location::parse(QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
                                        .arg(login("juge"))
                                        .arg(m_primaryPort)
                                        .arg(m_database) +
                                    query);
    QVERIFY2(location, why(location));
    location.value().clientIdentity = std::make_shared<const crypto::Identity>(org().juge);
    const QString temporary = m_dir.filePath(QStringLiteral("tmp-refused"));
    QVERIFY(QDir().mkpath(temporary));
    qputenv("TMPDIR", temporary.toUtf8());
    auto connection = Connection::open(*location);
    qunsetenv("TMPDIR");
    QVERIFY(!connection);
    QCOMPARE(connection.error().kind, ErrorKind::Unusable);
    QVERIFY2(connection.error().message.contains(refusal), qPrintable(connection.error().message));
    QVERIFY(QDir(temporary).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestStoreOps::refusedLoginsExitThree_data()
{
    QTest::addColumn<QString>("who");      // the login, after this run's prefix
    QTest::addColumn<QString>("query");    // the URL's, instead of verify-full
    QTest::addColumn<QString>("password"); // PGPASSWORD, instead of the password file; "none": no password
    QTest::addColumn<QString>("refusal");  // the server's reason, or libpq's for no password
    QTest::newRow("a wrong password")
        << QStringLiteral("juge") << QString() << QStringLiteral("wrong-guess-1234")
        << QStringLiteral("password authentication failed");
    QTest::newRow("no password given")
        << QStringLiteral("juge") << QString() << QStringLiteral("none") << QStringLiteral("none was given");
    QTest::newRow("a login nobody has")
        << QStringLiteral("nobody") << QString() << QStringLiteral("wrong-guess-5678")
        << QStringLiteral("password authentication failed");
    QTest::newRow("no pg_hba.conf line for it (no TLS)")
        << QStringLiteral("juge") << QStringLiteral("?sslmode=disable") << QString()
        << QStringLiteral("pg_hba.conf");
    QTest::newRow("a role that may not log in (a removed person's)")
        << QStringLiteral("gone") << QString() << QString() << QStringLiteral("not permitted to log in");
    QTest::newRow("a login with no CONNECT on the store's database")
        << QStringLiteral("outsider") << QString() << QString() << QStringLiteral("permission denied");
}

// Each login the server answers and refuses, through probitas-cli: exit 3 (AccessDenied), one line that says
// the login was refused, as whom, and the server's reason; never the password tried. libpq reports them
// without SQLSTATE through QtSql: LoginRefusal asks libpq again, with the server's SQLSTATE.
void TestStoreOps::refusedLoginsExitThree()
{
    QFETCH(QString, who);
    QFETCH(QString, query);
    QFETCH(QString, password);
    QFETCH(QString, refusal);
    const QString name = login(who.toLatin1().constData());
    if (who == QLatin1String("gone") && !m_passwords.contains(name)) {
        QVERIFY(
            !superuserValue(m_primaryPort, QStringLiteral("CREATE ROLE \"%1\" NOLOGIN").arg(name)).isNull());
        QVERIFY(
            !superuserValue(m_primaryPort, QStringLiteral("GRANT %1_client TO \"%2\"").arg(m_database, name))
                 .isNull());
        setPassword(name);
    }
    if (who == QLatin1String("outsider") && !m_passwords.contains(name)) {
        QVERIFY(
            !superuserValue(m_primaryPort, QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(name)).isNull());
        setPassword(name);
    }
    const QString url = query.isEmpty() ? loginUrl(name, m_primaryPort)
                                        : QStringLiteral("postgresql://%1@127.0.0.1:%2/%3%4")
                                              .arg(name)
                                              .arg(m_primaryPort)
                                              .arg(m_database, query);
    QMap<QString, QString> environment;
    if (password == QLatin1String("none")) {
        environment.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
    } else if (!password.isEmpty()) {
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    }
    const Run listed = cli({QStringLiteral("list"), QStringLiteral("--store"), url},
                           identityFile(QStringLiteral("juge"), org().juge), environment);
    QCOMPARE(listed.exitCode, 3);
    QVERIFY2(listed.err.contains(QLatin1String("refused the login as ") + name), qPrintable(listed.err));
    QVERIFY2(listed.err.contains(refusal), qPrintable(listed.err));
    QCOMPARE(listed.err.count(QLatin1Char('\n')), 0);
    QVERIFY(password.isEmpty() || password == QLatin1String("none") || !listed.err.contains(password));
    QVERIFY(!listed.err.contains(m_passwords.value(name, QStringLiteral("\x01"))));
}

void TestStoreOps::unreachableOrUntrustedServersExitFive_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("listening"); // the tests' cluster's port, or one nothing listens on
    QTest::addColumn<bool>("serverCa");  // its CA as sslrootcert, or the organisation's
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing listens on the port") << QStringLiteral("127.0.0.1") << false << true << QString();
    // The court's server's name, answered by the tests' cluster, whose certificate is for localhost (as a
    // forged DNS answer would have it): libpq's PGHOSTADDR connects there and checks the certificate against
    // the name.
    QTest::newRow("a server whose certificate is for another host")
        << QStringLiteral("db.tj-nanterre.justice.fr") << true << true
        << QStringLiteral("db.tj-nanterre.justice.fr");
    QTest::newRow("a server whose certificate another CA issued")
        << QStringLiteral("127.0.0.1") << true << false << QStringLiteral("certificate verify failed");
}

// Not refusals: no server answered, or the client would not trust the one that did. Exit 5, as before, with
// libpq's reason, and no login was tried.
void TestStoreOps::unreachableOrUntrustedServersExitFive()
{
    QFETCH(QString, host);
    QFETCH(bool, listening);
    QFETCH(bool, serverCa);
    QFETCH(QString, reason);
    const QString otherCa = m_dir.filePath(QStringLiteral("organisation-ca.pem"));
    if (!QFile::exists(otherCa)) {
        QSaveFile file(otherCa);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(org().ca.certificate().toPem());
        QVERIFY(file.commit());
    }
    const int port = listening ? m_primaryPort : freePort();
    QVERIFY(port != 0);
    const QString url = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=verify-full&sslrootcert=%5")
                            .arg(login("juge"), host)
                            .arg(port)
                            .arg(m_database, serverCa ? m_ca : otherCa);
    QMap<QString, QString> environment;
    if (!host.startsWith(QLatin1String("127."))) {
        environment.insert(QStringLiteral("PGHOSTADDR"), QStringLiteral("127.0.0.1"));
    }
    const Run listed = cli({QStringLiteral("list"), QStringLiteral("--store"), url},
                           identityFile(QStringLiteral("juge"), org().juge), environment);
    QCOMPARE(listed.exitCode, 5);
    QVERIFY2(!listed.err.contains(QLatin1String("refused the login")), qPrintable(listed.err));
    QVERIFY2(listed.err.contains(reason), qPrintable(listed.err));
    QCOMPARE(listed.err.count(QLatin1Char('\n')), 0);
}

// A homonym: the CA issued "Hélène Juge" a second time, to someone else the administrator adds with her own
// login. Mapped by subject, either could log in as the other: server ident-map refuses to write the map (exit
// 1, naming both), and the map already in place is left as it was.
void TestStoreOps::twoPeopleWithOneSubjectAreNotMapped()
{
    QVERIFY(certificateLogins());
    const crypto::Identity homonym = issue(org().ca, QStringLiteral("Hélène Juge"));
    QCOMPARE(homonym.certificate().subject(), org().juge.certificate().subject());
    auto admin = openAs(login("admin"), m_restoredPort);
    QVERIFY(admin);
    auto added = admin->administration().addPerson(org().admin, QStringLiteral("Hélène Juge (Bobigny)"),
                                                   Role::Declarant, {}, homonym.certificate(), juge().profile,
                                                   login("homonyme"));
    QVERIFY2(added, why(added));
    admin.reset();
    const Run map = cli({QStringLiteral("server"), QStringLiteral("ident-map"), QStringLiteral("--store"),
                         superuserUrl(m_restoredPort)});
    QCOMPARE(map.exitCode, 1);
    QVERIFY2(map.err.contains(QString::fromUtf8("Hélène Juge (Bobigny)")) &&
                 map.err.contains(QLatin1String("same subject")),
             qPrintable(map.err));
    QVERIFY(map.out.isEmpty());
    // Her own login, which no map names, takes no certificate; the juge's still logs her in. (The map made
    // before the homonym came would let either in as the juge: docs/deployment.md says to make it again after
    // each addition, and why the CA's subjects must differ.)
    auto homonymLogin = openWithCertificate(login("homonyme"), &homonym);
    QVERIFY(!homonymLogin);
    auto juge = openWithCertificate(login("juge"), &org().juge);
    QVERIFY2(juge, why(juge));
}

// docs/store.md's threat model, (b) after a renewal: the administrator renews the juge's certificate; her
// former one keeps its subject (the map still takes it) and its validity (the CA has not revoked it). The
// server lets it log in, but a session that presented it reads and appends nothing, through Probitas or raw
// SQL, a session opened before the renewal included; the new certificate works as the old did, and the
// président, renewed too but logging in with her password, is not concerned.
void TestStoreOps::aSupersededCertificateReadsAndAppendsNothing()
{
    QVERIFY(certificateLogins());
    auto before = openWithCertificate(login("juge"), &org().juge);
    QVERIFY2(before, why(before));
    const crypto::Identity renewed = issue(org().ca, QStringLiteral("Hélène Juge"));
    QCOMPARE(renewed.certificate().subject(), org().juge.certificate().subject());
    const crypto::Identity presidentRenewed = issue(org().ca, QStringLiteral("Jean Président"));
    {
        auto admin = openAs(login("admin"), m_restoredPort);
        QVERIFY(admin);
        auto juge = admin->administration().renewCertificate(org().admin, QStringLiteral("Hélène Juge"),
                                                             renewed.certificate());
        QVERIFY2(juge, why(juge));
        auto president = admin->administration().renewCertificate(
            org().admin, QStringLiteral("Jean Président"), presidentRenewed.certificate());
        QVERIFY2(president, why(president));
    }
    const QString countAudit = QStringLiteral("SELECT count(*) FROM probitas.audit");
    const QString entries = superuserValue(m_restoredPort, countAudit);

    // The session she opened before: its next reading is refused.
    const auto superseded = [](const auto& result) {
        return !result && result.error().kind == ErrorKind::AccessDenied &&
               result.error().message.contains(QLatin1String("no longer the current certificate"));
    };
    auto stale = (*before)->connection().exec(QStringLiteral("SELECT count(*) FROM declarations"));
    QVERIFY2(superseded(stale), stale ? "listed" : qPrintable(stale.error().message));
    before = Error::environment(QStringLiteral("closed"));

    // Her former certificate, through psql: every table, the chain's links, and appends.
    const QString person = superuserValue(
        m_restoredPort,
        QStringLiteral("SELECT person_id FROM probitas.server_logins WHERE login = '%1'").arg(login("juge")));
    QVERIFY(!person.isEmpty());
    const QString keyPassword = randomToken(32);
    auto key = org().juge.toEncryptedPkcs8Pem(crypto::SecureBytes(keyPassword.toLatin1()));
    QVERIFY2(key, why(key));
    const QString certificateFile = m_dir.filePath(QStringLiteral("juge-former.pem"));
    const QString keyFile = m_dir.filePath(QStringLiteral("juge-former.key"));
    for (const auto& [path, bytes] :
         {std::pair{certificateFile, org().juge.certificate().toPem()}, std::pair{keyFile, *key}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        file.write(bytes);
    }
    const QString conninfo =
        QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 sslmode=verify-full sslrootcert=%4 "
                       "sslcert=%5 sslkey=%6 sslpassword=%7")
            .arg(QString::number(m_restoredPort), m_database, login("juge"), m_ca, certificateFile, keyFile,
                 keyPassword);
    const auto psql = [&](const QString& sql) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass")));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-qtA"),
                                               QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                               QStringLiteral("-d"), conninfo, QStringLiteral("-c"), sql});
        return run(process);
    };
    const auto refusedBySql = [](const Run& result) {
        return result.exitCode != 0 &&
               result.err.contains(QLatin1String("no longer the current certificate"));
    };
    const Run whoAmI = psql(QStringLiteral("SELECT current_user"));
    QVERIFY2(whoAmI.exitCode == 0 && whoAmI.out == login("juge"), qPrintable(whoAmI.err)); // logged in
    for (const char* table : {"declarations", "envelopes", "envelope_recipients", "receipts", "drafts",
                              "audit", "audit_links", "people", "certificates", "trust_anchors", "procedures",
                              "entretiens", "avis_requests", "controls", "control_acts"}) {
        // (a table with no row has nothing to read, and its policy is never asked)
        const QString count = QStringLiteral("SELECT count(*) FROM probitas.%1").arg(QLatin1String(table));
        if (superuserValue(m_restoredPort, count) == QLatin1String("0")) {
            continue;
        }
        const Run read = psql(count);
        QVERIFY2(refusedBySql(read), table);
    }
    // Dated by the server's clock, so that only the certificate stands in the way.
    const QString now =
        QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    const Run appended = psql(
        QStringLiteral("INSERT INTO audit (sequence, at, actor_id, action, details, previous_hash, hash, "
                       "signature) VALUES (1000000, %2, '%1', 'file', '{}', "
                       "repeat('0', 64), repeat('1', 64), '\\x00')")
            .arg(person, now));
    QVERIFY2(refusedBySql(appended), qPrintable(appended.err));
    const Run drafted =
        psql(QStringLiteral("INSERT INTO drafts (declarant_id, sealed, saved_at) VALUES ('%1', "
                            "'\\x00', %2)")
                 .arg(person, now));
    QVERIFY2(refusedBySql(drafted), qPrintable(drafted.err));

    // Through Probitas, and probitas-cli: exit 3 in one line.
    auto opened = openWithCertificate(login("juge"), &org().juge);
    QVERIFY2(superseded(opened), opened ? "opened" : qPrintable(opened.error().message));
    const QString store = loginUrl(login("juge"), m_restoredPort);
    const QMap<QString, QString> noPassword{
        {QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass"))}};
    const Run listed =
        cli({QStringLiteral("list"), QStringLiteral("--store"), store, QStringLiteral("--certificate-login")},
            identityFile(QStringLiteral("juge"), org().juge), noPassword);
    QCOMPARE(listed.exitCode, 3);
    QVERIFY2(listed.err.contains(QLatin1String("no longer the current certificate")), qPrintable(listed.err));
    QCOMPARE(listed.err.count(QLatin1Char('\n')), 0);
    QCOMPARE(superuserValue(m_restoredPort, countAudit), entries); // nothing appended

    // Her new certificate: as before.
    auto current = openWithCertificate(login("juge"), &renewed);
    QVERIFY2(current, why(current));
    auto own = (*current)->declarations().list(renewed);
    QVERIFY2(own, why(own));
    QVERIFY(!own->isEmpty());
    auto filed = (*current)->declarations().file(juge(), renewed);
    QVERIFY2(filed, why(filed));
    const Run listedNew =
        cli({QStringLiteral("list"), QStringLiteral("--store"), store, QStringLiteral("--certificate-login")},
            identityFile(QStringLiteral("juge-renewed"), renewed), noPassword);
    QVERIFY2(listedNew.exitCode == 0, qPrintable(listedNew.err));

    // SCRAM: the président logs in with her password, no certificate, renewed or not.
    auto president = openAs(login("president"), m_restoredPort);
    QVERIFY(president);
    auto received = president->declarations().list(presidentRenewed);
    QVERIFY2(received, why(received));
    QVERIFY(!received->isEmpty());
}

// The administrator renews her own certificate, logged in with it: the renewal goes through (the former one
// acts until the transaction that replaces it commits), then the former one reads nothing and the new one
// administers.
void TestStoreOps::theAdministratorsOwnRenewal()
{
    QVERIFY(certificateLogins());
    const QString admin = login("admin");
    const Run map = asPostgres(QStringLiteral("cat"), {m_work + QStringLiteral("/restored/pg_ident.conf")});
    QCOMPARE(map.exitCode, 0);
    QVERIFY(writeAsPostgres(
        m_work + QStringLiteral("/restored/pg_ident.conf"),
        (map.out +
         QStringLiteral("\nprobitas \"%1\" %2\n").arg(org().admin.certificate().subjectAsciiRfc2253(), admin))
            .toUtf8()));
    QVERIFY(
        !superuserValue(m_restoredPort, QStringLiteral("GRANT %1_certified TO \"%2\"").arg(m_prefix, admin))
             .isNull());
    QVERIFY(reload(m_restoredPort));

    const crypto::Identity renewed = issue(org().ca, QStringLiteral("Admin"));
    const QString pem = m_dir.filePath(QStringLiteral("admin-renewed.pem"));
    {
        QSaveFile file(pem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(renewed.certificate().toPem());
        QVERIFY(file.commit());
    }
    const QString store = loginUrl(admin, m_restoredPort);
    const QMap<QString, QString> noPassword{
        {QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("no-pgpass"))}};
    const QStringList list{QStringLiteral("people"), QStringLiteral("list"), QStringLiteral("--store"), store,
                           QStringLiteral("--certificate-login")};
    const Run listedBefore = cli(list, identityFile(QStringLiteral("admin"), org().admin), noPassword);
    QVERIFY2(listedBefore.exitCode == 0, qPrintable(listedBefore.err));
    const Run renewal = cli({QStringLiteral("people"), QStringLiteral("renew"), QStringLiteral("--store"),
                             store, QStringLiteral("--certificate-login"), QStringLiteral("--name"),
                             QStringLiteral("Admin"), QStringLiteral("--certificate"), pem},
                            identityFile(QStringLiteral("admin"), org().admin), noPassword);
    QVERIFY2(renewal.exitCode == 0, qPrintable(renewal.err));
    const Run former = cli(list, identityFile(QStringLiteral("admin"), org().admin), noPassword);
    QVERIFY2(former.exitCode == 3, qPrintable(former.err));
    QVERIFY2(former.err.contains(QLatin1String("no longer the current certificate")), qPrintable(former.err));
    const Run current = cli(list, identityFile(QStringLiteral("admin-renewed"), renewed), noPassword);
    QVERIFY2(current.exitCode == 0, qPrintable(current.err));
    QVERIFY(current.out.contains(QLatin1String("Admin")));
}

QTEST_GUILESS_MAIN(TestStoreOps)
#include "tst_store_ops.moc"
