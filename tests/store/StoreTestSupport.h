#pragma once

// Shared fixtures for the store tests: one in-memory organisation per test process (issuing an EC
// identity costs a millisecond; only PKCS#12 files cost 0.14 s each, and only the process tests need them),
// and the backends the store suite runs against.

#include "BuiltInData.h"
#include "CertificateAuthority.h"
#include "Declaration.h"
#include "PersonalStores.h"
#include "Store.h"
#include "TestTimeouts.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace probitas::store::testing {

inline crypto::Identity issue(const crypto::Identity& ca, const QString& name)
{
    auto identity = crypto::CertificateAuthority::issue(
        ca, {name, QStringLiteral("Probitas tests"), crypto::KeyAlgorithm::EcP256, 730});
    if (!identity) {
        qFatal("cannot issue %s", qPrintable(name));
    }
    return *identity;
}

struct Org
{
    crypto::Identity ca, juge, substitut, president, procureur, premierPresident, college, hatvp, csm, gds,
        igj, auditor, admin, outsider;
};

inline const Org& org()
{
    static const Org instance = [] {
        Org o;
        auto ca = crypto::CertificateAuthority::createRoot(QStringLiteral("CA de test"),
                                                           QStringLiteral("Probitas"));
        if (!ca) {
            qFatal("cannot create the test CA");
        }
        o.ca = *ca;
        o.juge = issue(o.ca, QStringLiteral("Hélène Juge"));
        o.substitut = issue(o.ca, QStringLiteral("Thomas Substitut"));
        o.president = issue(o.ca, QStringLiteral("Jean Président"));
        o.procureur = issue(o.ca, QStringLiteral("Claire Procureur"));
        o.premierPresident = issue(o.ca, QStringLiteral("Bernard PP"));
        o.college = issue(o.ca, QStringLiteral("Collège"));
        o.hatvp = issue(o.ca, QStringLiteral("HATVP"));
        o.csm = issue(o.ca, QStringLiteral("CSM"));
        o.gds = issue(o.ca, QStringLiteral("Garde des sceaux"));
        o.igj = issue(o.ca, QStringLiteral("IGJ"));
        o.auditor = issue(o.ca, QStringLiteral("Auditeur"));
        o.admin = issue(o.ca, QStringLiteral("Admin"));
        o.outsider = issue(o.ca, QStringLiteral("Inconnu"));
        return o;
    }();
    return instance;
}

// Why a Result failed, for QVERIFY2 (evaluated even when the check passes, so it must not assume failure).
template <typename R> QByteArray why(const R& result)
{
    return result.ok() ? QByteArray("ok") : result.error().message.toUtf8();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString dataPath(const QString& name)
{
    return QStringLiteral(PROBITAS_TEST_DATA) + QLatin1Char('/') + name;
}

inline Declaration sampleDeclaration(const QString& name)
{
    auto declaration = DeclarationCodec::decode(readFile(dataPath(name)));
    if (!declaration) {
        qFatal("cannot read %s: %s", qPrintable(name), qPrintable(declaration.error().message));
    }
    return *declaration;
}

// The juge's and the président's profiles (TJ Nanterre), as the samples carry them.
inline Declaration juge()
{
    return sampleDeclaration(QStringLiteral("di-valid.json"));
}
inline Declaration presidentDsp()
{
    return sampleDeclaration(QStringLiteral("dsp-valid.json"));
}
inline Declaration presidentDi()
{
    Declaration declaration = juge();
    declaration.profile = presidentDsp().profile;
    return declaration;
}
inline Declaration substitutDi()
{
    Declaration declaration = juge();
    declaration.profile->formation = Formation::Parquet;
    return declaration;
}

// The organisation's members after its administrator, as every store suite registers them: `login` is the
// short name the server suites give their own login.
struct OrgMember
{
    const char* login;
    const char* name;
    Role role;
    const char* authority;
    const crypto::Identity* identity;
    std::optional<Profile> profile;
};
inline std::vector<OrgMember> orgMembers()
{
    const Org& o = org();
    return {
        {"juge", "Hélène Juge", Role::Declarant, "", &o.juge, juge().profile},
        {"substitut", "Thomas Substitut", Role::Declarant, "", &o.substitut, substitutDi().profile},
        {"president", "Jean Président", Role::Authority, "tj-nanterre:president", &o.president,
         presidentDsp().profile},
        {"procureur", "Claire Procureur", Role::Authority, "tj-nanterre:procureur", &o.procureur, {}},
        {"pp", "Bernard PP", Role::Authority, "ca-versailles:premier-president", &o.premierPresident, {}},
        {"college", "Collège", Role::Authority, "college-de-deontologie", &o.college, {}},
        {"hatvp", "HATVP", Role::Authority, "hatvp", &o.hatvp, {}},
        {"csm", "CSM", Role::Authority, "csm", &o.csm, {}},
        {"gds", "Garde des sceaux", Role::Authority, "garde-des-sceaux", &o.gds, {}},
        {"igj", "IGJ", Role::Authority, "inspection-generale-de-la-justice", &o.igj, {}},
        {"auditor", "Auditeur", Role::Auditor, "", &o.auditor, {}},
    };
}

// Registers the organisation in a fresh store (a Store, or PersonalStores: on a server store, everyone gets a
// login of their own).
template <typename AnyStore> void registerOrg(AnyStore& store)
{
    const Org& o = org();
    // The administrator adds themselves first, then everyone else.
    if (!store.administration()
             .addPerson(o.admin, QStringLiteral("Admin"), Role::Admin, {}, o.admin.certificate())
             .ok()) {
        qFatal("cannot register the administrator");
    }
    for (const OrgMember& member : orgMembers()) {
        auto added = store.administration().addPerson(o.admin, QString::fromUtf8(member.name), member.role,
                                                      QString::fromLatin1(member.authority),
                                                      member.identity->certificate(), member.profile);
        if (!added) {
            qFatal("cannot register %s: %s", member.name, qPrintable(added.error().message));
        }
    }
}

// How many audit entries the store holds (registerOrg leaves one per person added).
template <typename AnyStore> qint64 auditCount(AnyStore& store)
{
    auto count = store.connection().exec(QStringLiteral("SELECT COUNT(*) FROM audit"));
    if (!count || !count.value().next()) {
        qFatal("cannot count the audit entries");
    }
    const qint64 value = count.value().value(0).toLongLong();
    count.value().finish();
    return value;
}

// Adds `offset` to every positive sequence number a tampering statement names ("sequence = 3").
inline QString shiftSequences(QString statement, qint64 offset)
{
    static const QRegularExpression number(QStringLiteral("(sequence\\s*(?:=|>=)\\s*)(\\d+)"));
    QString shifted;
    qsizetype last = 0;
    for (auto it = number.globalMatch(statement); it.hasNext();) {
        const auto match = it.next();
        shifted += statement.mid(last, match.capturedStart(2) - last);
        shifted += QString::number(match.captured(2).toLongLong() + offset);
        last = match.capturedEnd(2);
    }
    return shifted + statement.mid(last);
}

inline const char* postgresVariable()
{
    return "PROBITAS_TEST_POSTGRESQL";
}

// `count` random lowercase letters: names of databases and roles, markers that appear nowhere else.
inline QString randomLetters(int count)
{
    QString letters;
    for (int i = 0; i < count; ++i) {
        letters += QLatin1Char(char('a' + QRandomGenerator::global()->bounded(26)));
    }
    return letters;
}

// The database this test process's stores on plain PostgreSQL live in: one of its own on the throwaway
// cluster at PROBITAS_TEST_POSTGRESQL, made at first use and dropped as the application ends, so that the
// suites run at once instead of taking one shared database in turns. Empty when no server is given or it
// cannot be made.
inline QString ownPostgresDatabase()
{
    static const QString url = [] {
        const QString cluster = qEnvironmentVariable(postgresVariable());
        if (cluster.isEmpty()) {
            return QString();
        }
        const auto location = Location::parse(cluster);
        if (!location) {
            qWarning("%s", qPrintable(location.error().message));
            return QString();
        }
        auto connection = Connection::open(*location);
        if (!connection) {
            qWarning("%s", qPrintable(connection.error().message));
            return QString();
        }
        const QString name = QStringLiteral("probitas_suite_") + randomLetters(12);
        if (!(*connection)->exec(QStringLiteral("CREATE DATABASE %1").arg(name)).ok()) {
            qWarning("cannot create the test database %s", qPrintable(name));
            return QString();
        }
        // While the application still is: its SQL drivers are gone after it.
        qAddPostRoutine([] {
            const QString own = QUrl(ownPostgresDatabase()).path().mid(1);
            if (auto server = Connection::open(*Location::parse(qEnvironmentVariable(postgresVariable())))) {
                static_cast<void>(
                    (*server)->exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(own)));
            }
        });
        QUrl own(cluster);
        own.setPath(QLatin1Char('/') + name);
        return own.toString();
    }();
    return url;
}

// Empties the PostgreSQL database between tests (the suite owns it: a throwaway cluster).
inline bool resetPostgres(const QString& url)
{
    auto location = Location::parse(url);
    if (!location) {
        return false;
    }
    auto connection = Connection::open(*location);
    if (!connection) {
        qWarning("%s", qPrintable(connection.error().message));
        return false;
    }
    return (*connection)
        ->exec(QStringLiteral("DROP TABLE IF EXISTS schema_version, certificates, trust_anchors, "
                              "control_acts, controls, avis_requests, entretiens, procedures, "
                              "audit, drafts, receipts, envelope_recipients, envelopes, declarations, people "
                              "CASCADE"))
        .ok();
}

// Where a test function's store goes: a new SQLite file in `dir`, or the PostgreSQL database at `url`,
// emptied. Empty when it cannot be emptied.
inline QString freshStoreLocation(Backend backend, const QTemporaryDir& dir, const QString& url)
{
    if (backend == Backend::Sqlite) {
        return dir.filePath(QStringLiteral("store.sqlite"));
    }
    return resetPostgres(url) ? url : QString();
}

// A suite's stores on one deployment, one per test function: a new SQLite file; the process's own PostgreSQL
// database (ownPostgresDatabase) emptied; or a new database of that server set up by `server setup`, reached
// with personal logins over TLS (PROBITAS_TEST_POSTGRESQL_CA names the CA of the server's certificate),
// dropped with its roles afterwards.
struct FreshStores
{
    explicit FreshStores(Deployment onDeployment)
        : deployment(onDeployment)
        , backend(onDeployment == Deployment::Sqlite ? Backend::Sqlite : Backend::PostgreSql)
    {}
    ~FreshStores() { dropServerStore(); }
    FreshStores(const FreshStores&) = delete;
    FreshStores& operator=(const FreshStores&) = delete;

    Deployment deployment;
    Backend backend;
    QString url;
    std::unique_ptr<QTemporaryDir> dir;
    // The SQLite file, or the PostgreSQL database's URL as its superuser (raw SQL, the attacks).
    QString location;

    // For initTestCase: false when the suite runs on PostgreSQL and no server was given (it then skips).
    bool available()
    {
        if (backend == Backend::PostgreSql) {
            if (deployment == Deployment::Server) {
                url = qEnvironmentVariable(postgresVariable());
                m_ca = qEnvironmentVariable("PROBITAS_TEST_POSTGRESQL_CA");
                return !url.isEmpty() && !m_ca.isEmpty();
            }
            url = ownPostgresDatabase();
            return !url.isEmpty();
        }
        return true;
    }
    // For init: the test function's own store at `location`; false when it cannot be made.
    bool next()
    {
        dropServerStore();
        dir = std::make_unique<QTemporaryDir>();
        if (deployment == Deployment::Server) {
            return makeServerStore();
        }
        location = freshStoreLocation(backend, *dir, url);
        return !location.isEmpty();
    }
    // The store as its people reach it (PersonalStores.h); null when it cannot be opened (warned).
    std::unique_ptr<PersonalStores> open(const std::optional<Store::OpenOptions>& options = {})
    {
        auto shared = openShared(options);
        if (!shared) {
            qWarning("%s", qPrintable(shared.error().message));
            return nullptr;
        }
        if (deployment == Deployment::Server) {
            return std::make_unique<PersonalStores>(*m_logins, std::move(shared).value(), *m_superuser);
        }
        return std::make_unique<PersonalStores>(std::move(shared).value());
    }
    // The one store on SQLite and plain PostgreSQL; the administrator's own on a server store.
    Result<std::unique_ptr<Store>> openShared(const std::optional<Store::OpenOptions>& options = {})
    {
        if (deployment == Deployment::Server) {
            return m_logins->open(m_logins->administratorLogin(), options);
        }
        return options ? Store::open(*Location::parse(location), *options) : Store::open(location);
    }
    ServerLogins* logins() const { return m_logins.get(); }
    // The attacker's own tool on the store: it checks nothing and remembers nothing. On a server store, the
    // database's superuser, who sets the server's own checks aside.
    std::unique_ptr<Store> attackersStore()
    {
        auto store = Store::open(*Location::parse(location), Store::OpenOptions{{}, false});
        if (!store) {
            return nullptr;
        }
        if (deployment == Deployment::Server &&
            !(*store)->connection().exec(QStringLiteral("SET session_replication_role = replica")).ok()) {
            return nullptr;
        }
        return std::move(store).value();
    }

private:
    static QString randomName() { return QStringLiteral("t") + randomLetters(8); }
    QString urlOf(const QString& database) const
    {
        QUrl server(url);
        server.setPath(QLatin1Char('/') + database);
        return server.toString();
    }
    bool clusterExec(const QString& sql)
    {
        if (!m_cluster) {
            auto cluster = Connection::open(*Location::parse(url));
            if (!cluster) {
                qWarning("%s", qPrintable(cluster.error().message));
                return false;
            }
            m_cluster = std::move(cluster).value();
        }
        auto done = m_cluster->exec(sql);
        if (!done) {
            qWarning("%s", qPrintable(done.error().message));
        }
        return done.ok();
    }
    bool makeServerStore()
    {
        const QString prefix = randomName();
        m_database = QStringLiteral("probitas_") + prefix;
        if (!clusterExec(QStringLiteral("CREATE DATABASE %1").arg(m_database))) {
            return false;
        }
        location = urlOf(m_database);
        const QString administratorLogin = prefix + QStringLiteral(".admin");
        auto setup = ServerSetup::run(*Location::parse(location), administratorLogin);
        if (!setup) {
            qWarning("server setup: %s", qPrintable(setup.error().message));
            return false;
        }
        // After the setup: its search_path is the store's schema.
        auto superuser = Connection::open(*Location::parse(location));
        if (!superuser) {
            return false;
        }
        m_superuser = std::move(superuser).value();
        // The attacks run as the strongest attacker, the database's superuser, who also sets the server's
        // own checks aside (triggers, constraint triggers): only the client's checks remain against them.
        if (!m_superuser->exec(QStringLiteral("SET session_replication_role = replica")).ok()) {
            return false;
        }
        m_logins =
            std::make_unique<ServerLogins>(QUrl(url), m_ca, m_database, prefix, *m_superuser, dir->path());
        return m_logins->enable(administratorLogin, QString());
    }
    void dropServerStore()
    {
        if (m_database.isEmpty()) {
            return;
        }
        const QString prefix = m_logins ? m_logins->prefix() : QString();
        m_logins.reset();
        m_superuser.reset();
        clusterExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        // The store's roles are named after its database, the logins after the prefix.
        auto roles =
            m_cluster->exec(QStringLiteral("SELECT string_agg(quote_ident(rolname), ', ') FROM pg_roles "
                                           "WHERE rolname LIKE ? OR rolname LIKE ? OR pg_has_role(oid, ?, "
                                           "'MEMBER') AND NOT rolsuper"),
                            {prefix + QStringLiteral(".%"), m_database + QStringLiteral("%"),
                             m_database + QStringLiteral("_client")});
        QString names;
        if (roles && roles.value().next()) {
            names = roles.value().value(0).toString();
        }
        if (roles) {
            roles.value().finish();
        }
        if (!names.isEmpty()) {
            clusterExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(names));
        }
        m_database.clear();
    }

    QString m_ca;
    QString m_database;
    std::unique_ptr<Connection> m_cluster;
    std::unique_ptr<Connection> m_superuser;
    std::unique_ptr<ServerLogins> m_logins;
};
inline constexpr const char* kNoPostgres = "PROBITAS_TEST_POSTGRESQL not set: no PostgreSQL server";

// A distinctive value: 20 characters that appear nowhere else.
inline QString randomMarker()
{
    return QStringLiteral("Zq") + randomLetters(18);
}

// Where no content may be: the files of the SQLite store at `path` (the database, -wal and -shm, which must
// exist) and every file in the temporary folder. Returns what is wrong: a missing store file, or a file that
// holds one of `markers` (UTF-8 or UTF-16).
inline QStringList contentFound(const QString& path, const QStringList& markers)
{
    QStringList found;
    QStringList searched;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!QFile::exists(path + suffix)) {
            found << path + suffix + QStringLiteral(" is missing");
        }
        searched << path + suffix;
    }
    QDirIterator temp(QDir::tempPath(), QDir::Files | QDir::Hidden | QDir::System,
                      QDirIterator::Subdirectories);
    while (temp.hasNext()) {
        searched << temp.next();
    }
    for (const QString& file : searched) {
        const QByteArray bytes = readFile(file);
        for (const QString& marker : markers) {
            const QByteArray utf16(reinterpret_cast<const char*>(marker.utf16()), marker.size() * 2);
            if (bytes.contains(marker.toUtf8())) {
                found << file + QStringLiteral(" holds content (UTF-8)");
            }
            if (bytes.contains(utf16)) {
                found << file + QStringLiteral(" holds content (UTF-16)");
            }
        }
    }
    return found;
}

// main() of a store suite: the test object against SQLite, then PostgreSQL as its superuser, then a server
// store reached with personal logins (FreshStores), with everything the process
// writes to the temporary folder in one folder (`tempName`, a QTemporaryDir pattern) that contentFound
// searches.
template <typename Test> int runAgainstEachBackend(int argc, char* argv[], const QString& tempName)
{
    QTemporaryDir temp(QDir::tempPath() + QLatin1Char('/') + tempName);
    qputenv("TMPDIR", temp.path().toUtf8());
    QCoreApplication application(argc, argv);
    int status = 0;
    {
        Test sqlite(Deployment::Sqlite);
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        Test postgres(Deployment::PostgreSql);
        status |= QTest::qExec(&postgres, argc, argv);
    }
    {
        Test server(Deployment::Server);
        status |= QTest::qExec(&server, argc, argv);
    }
    return status;
}

// A receipt document as crypto::Receipt::create writes it (version 2), for any envelope, declarant,
// authority and authority id (null when empty): what an attacker fills in.
inline QByteArray receiptDocument(QByteArrayView envelope, const crypto::Certificate& declarant,
                                  const crypto::Certificate& authority, const QString& authorityId)
{
    const auto hex = [](const QByteArray& bytes) { return QString::fromLatin1(bytes.toHex()); };
    const QJsonObject document{
        {QStringLiteral("type"), QStringLiteral("probitas-receipt")},
        {QStringLiteral("version"), 2},
        {QStringLiteral("envelope-sha256"),
         hex(QCryptographicHash::hash(envelope, QCryptographicHash::Sha256))},
        {QStringLiteral("declarant"),
         QJsonObject{{QStringLiteral("subject"), declarant.subject()},
                     {QStringLiteral("certificate-sha256"), hex(declarant.sha256Fingerprint())}}},
        {QStringLiteral("authority"),
         QJsonObject{{QStringLiteral("subject"), authority.subject()},
                     {QStringLiteral("certificate-sha256"), hex(authority.sha256Fingerprint())},
                     {QStringLiteral("id"), authorityId.isEmpty() ? QJsonValue() : QJsonValue(authorityId)}}},
        {QStringLiteral("received-at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

// `document` signed as an attacker signs it: the key taken out of the signer's PKCS#12 (which whoever holds
// the file and its passphrase can do) and stock `openssl cms -sign`. Empty on failure (warned).
inline QByteArray signWithOpenssl(const crypto::Identity& signer, const QByteArray& document)
{
    QTemporaryDir directory;
    const QString p12 = directory.filePath(QStringLiteral("signer.p12"));
    const QString pem = directory.filePath(QStringLiteral("signer.pem"));
    const QString in = directory.filePath(QStringLiteral("document.json"));
    const QString out = directory.filePath(QStringLiteral("signed.der"));
    const QString passphrase = QStringLiteral("forger passphrase 0123");
    QFile input(in);
    if (!signer.save(p12, crypto::SecureBytes(passphrase.toUtf8())).ok() ||
        !input.open(QIODevice::WriteOnly) || input.write(document) != document.size()) {
        qWarning("cannot prepare the signer's files");
        return {};
    }
    input.close();
    const auto openssl = [&passphrase](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("FORGER_PASS"), passphrase);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("/usr/bin/openssl"), arguments);
        const bool done = process.waitForFinished(probitas::testing::scaledTimeout(60000)) &&
                          process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (!done) {
            qWarning("openssl %s: %s", qPrintable(arguments.first()),
                     process.readAllStandardError().constData());
        }
        return done;
    };
    if (!openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-nodes"),
                  QStringLiteral("-clcerts"), QStringLiteral("-passin"), QStringLiteral("env:FORGER_PASS"),
                  QStringLiteral("-out"), pem}) ||
        !openssl({QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                  QStringLiteral("-nodetach"), QStringLiteral("-md"), QStringLiteral("sha256"),
                  QStringLiteral("-signer"), pem, QStringLiteral("-in"), in, QStringLiteral("-outform"),
                  QStringLiteral("DER"), QStringLiteral("-out"), out})) {
        return {};
    }
    return readFile(out);
}

// A statement run on the store's own connection, as someone with write access to its file or its login
// would; a failure is printed.
template <typename AnyStore>
bool rawSql(const AnyStore& store, const QString& statement, const QVariantList& values = {})
{
    auto done = store.connection().exec(statement, values);
    if (!done) {
        qWarning("%s", qPrintable(done.error().message));
    }
    return done.ok();
}

} // namespace probitas::store::testing
