#include "Database.h"

#include "LoginRefusal.h"
#include "Store.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>
#include <optional>
#include <vector>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

namespace probitas::store {

namespace {

// The store's messages share the context "store" (Store.h); a class that says so lets lupdate file them
// under the context they are looked up in.
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(store)
};

// The driver's text names the failing statement's problem, never the bound values.
Error databaseError(const QString& what, const QSqlError& error)
{
    qCInfo(lcStore) << "database error:" << what << error.nativeErrorCode() << error.databaseText();
    // SQLSTATE 42501 (insufficient_privilege): a server store's own rules (store/server/policies.sql) or
    // its grants refused the step, whatever the client thought of it.
    // Its first line is the server's message; the next ones (CONTEXT: the rules' functions that raised it)
    // are for the server's log.
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        return Error{ErrorKind::AccessDenied,
                     StoreText::tr("the database server refused this: %1")
                         .arg(error.databaseText().section(QLatin1Char('\n'), 0, 0).simplified()),
                     QString(errors::ServerRefused)};
    }
    // SQLite's result codes, primary in the low byte (PostgreSQL's SQLSTATEs have five characters):
    // SQLITE_FULL, SQLITE_IOERR (a write that failed, such as the -shm's growth on a full disk), and
    // SQLITE_READONLY (a store on read-only media, or a file this login may not write, opened read-only:
    // Connection::readOnly).
    const int sqliteCode = error.nativeErrorCode().size() < 5 ? error.nativeErrorCode().toInt() & 0xff : -1;
    if (sqliteCode == 13 || sqliteCode == 10) {
        return Error{ErrorKind::Environment,
                     sqliteCode == 13
                         ? StoreText::tr("the disk holding the store is full: nothing was changed; free some "
                                         "space and try again")
                         : StoreText::tr("the disk holding the store failed a read or a write (full, removed "
                                         "or damaged?): nothing was changed (%1)")
                               .arg(error.databaseText().simplified()),
                     QString(errors::Database)};
    }
    if (sqliteCode == 8) {
        return Error{ErrorKind::Environment,
                     StoreText::tr("the store is read-only (read-only media, or a file this login may not "
                                   "write): it lists and verifies but takes no change, nor an opening, which "
                                   "its audit trail must record"),
                     QString(errors::ReadOnlyStore)};
    }
    // SQLSTATE 25006 (read_only_sql_transaction): a hot standby, which replays the primary's changes and
    // takes none of its own until it is promoted. Not this person's fault, nor a rule: the server to write
    // to is elsewhere (Environment, exit 5).
    if (error.nativeErrorCode() == QLatin1String("25006")) {
        return Error{ErrorKind::Environment,
                     StoreText::tr("the store's server is a read-only standby: it reads and verifies but "
                                   "takes no change until it is promoted; connect to the primary server"),
                     QString(errors::ReadOnlyStandby)};
    }
    return Error{ErrorKind::Environment,
                 StoreText::tr("store database error (%1): %2").arg(what, error.databaseText().simplified()),
                 QString(errors::Database)};
}

// How long libpq waits for a server that does not answer.
constexpr int kConnectTimeoutSeconds = 10;

// A value for libpq's connection string, quoted (QPSQL passes its connect options as they are).
QString conninfoValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// The seal identity as libpq's client certificate (Location::clientIdentity). libpq reads the certificate
// and the key from files and takes the key's password as `sslpassword`: the key is written encrypted (PKCS#8,
// AES-256) under a random one-time password that exists only in memory, in an owner-only temporary folder
// that goes with this object, right after the connection is made. Never the key in clear on disk.
struct ClientCredentials
{
    std::unique_ptr<QTemporaryDir> folder;
    QString certificatePath, keyPath;
    QString password; // 64 hexadecimal digits: nothing to quote

    ~ClientCredentials() { password.fill(QChar(0)); }

    static Result<std::unique_ptr<ClientCredentials>> write(const crypto::Identity& identity)
    {
        auto credentials = std::make_unique<ClientCredentials>();
        credentials->folder = std::make_unique<QTemporaryDir>(); // created 0700
        if (!credentials->folder->isValid()) {
            return Error::environment(
                StoreText::tr("cannot create a private temporary folder for the client certificate"));
        }
        crypto::SecureBytes random = crypto::SecureBytes::allocate(32);
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(random.data()),
                                             reinterpret_cast<quint32*>(random.data() + random.size()));
        credentials->password = QString::fromLatin1(random.view().toByteArray().toHex());
        const crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(credentials->password);
        auto key = identity.toEncryptedPkcs8Pem(password);
        if (!key) {
            return key.error();
        }
        // The certificate, then the intermediate CAs that issued it (the server holds the root).
        QByteArray chain = identity.certificate().toPem();
        for (const crypto::Certificate& ca : identity.caCertificates()) {
            if (!ca.isSelfSigned()) {
                chain += ca.toPem();
            }
        }
        credentials->certificatePath = credentials->folder->filePath(QStringLiteral("certificate.pem"));
        credentials->keyPath = credentials->folder->filePath(QStringLiteral("key.pem"));
        for (const auto& [path, bytes] :
             {std::pair{credentials->certificatePath, chain}, std::pair{credentials->keyPath, *key}}) {
            QFile file(path);
            // libpq refuses a key file others may read; the folder is the owner's alone anyway.
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
                !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) ||
                file.write(bytes) != bytes.size() || !file.flush()) {
                return Error::environment(
                    StoreText::tr("cannot write the client certificate in a private temporary folder"));
            }
        }
        return credentials;
    }
};

#ifdef Q_OS_UNIX
// The folder and its missing parents, each created owner-only whatever the umask; folders that already
// exist are left as they are (checked below).
Status makePrivateFolder(const QString& folder)
{
    if (QFileInfo(folder).isDir()) {
        return success();
    }
    const QString parent = QFileInfo(folder).path();
    if (parent != folder) {
        if (Status made = makePrivateFolder(parent); !made) {
            return made;
        }
    }
    const QByteArray native = QFile::encodeName(folder);
    if (::mkdir(native.constData(), 0700) != 0) {
        if (errno == EEXIST && QFileInfo(folder).isDir()) {
            return success();
        }
        return Error::environment(StoreText::tr("%1: cannot create the folder").arg(folder));
    }
    if (::chmod(native.constData(), 0700) != 0) {
        return Error::environment(StoreText::tr("%1: cannot make the folder private").arg(folder));
    }
    return success();
}

// A new store file, created owner-only before SQLite opens it (SQLite would create it 0644, less the
// umask); SQLite gives its -wal and -shm the database file's mode. An existing file is left as it is.
Status createPrivateFile(const QString& path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(),
                                  O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (descriptor < 0) {
        if (errno == EEXIST) {
            return success();
        }
        return Error::environment(StoreText::tr("%1: cannot create the store file").arg(path));
    }
    const bool private_ = ::fchmod(descriptor, 0600) == 0;
    ::close(descriptor);
    if (!private_) {
        return Error::environment(StoreText::tr("%1: cannot make the store file private").arg(path));
    }
    return success();
}

// Whoever may write the store's file, its -wal or -shm, or the folder holding them (where they could put
// their own -wal), can change the store under the audit trail's feet: such a store is not opened.
Status checkNotWritableByOthers(const QString& path, bool folder)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        return success(); // absent: SQLite creates it with the database file's mode
    }
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) == 0) {
        return success();
    }
    const QString message =
        folder ? StoreText::tr("the store's folder %1 can be written by other users, who could replace the "
                               "store's files: keep the store in a folder of your own (chmod 700 %1)")
                     .arg(path)
               : StoreText::tr("the store file %1 can be written by other users, who could alter the store: "
                               "make it yours alone (chmod 600 %1)")
                     .arg(path);
    return Error{ErrorKind::Environment, message, QString(errors::UnsafePermissions)};
}

// The folder made (owner-only) if missing, then the file, its -wal and -shm and their folder checked, then
// the file created owner-only if missing.
Status prepareSqliteFile(const QString& path)
{
    const QFileInfo given(path);
    if (Status made = makePrivateFolder(given.absolutePath()); !made) {
        return made;
    }
    // Where SQLite puts the -wal and -shm: beside the file a symbolic link leads to.
    const QString file = given.exists() ? given.canonicalFilePath() : given.absoluteFilePath();
    if (Status folder = checkNotWritableByOthers(QFileInfo(file).absolutePath(), true); !folder) {
        return folder;
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (Status checked = checkNotWritableByOthers(file + suffix, false); !checked) {
            return checked;
        }
    }
    return createPrivateFile(file);
}
#else
Status prepareSqliteFile(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::environment(StoreText::tr("%1: cannot create the folder").arg(info.absolutePath()));
    }
    return success();
}
#endif

// Whether the schema_version table is there, in the schema the connection uses (a server store's is
// "probitas", where QSqlDatabase::tables() names it "probitas.schema_version").
Result<bool> hasSchemaVersion(const Connection& connection)
{
    auto query =
        connection.exec(connection.backend() == Backend::Sqlite
                            ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                             "AND name = 'schema_version'")
                            : QStringLiteral("SELECT count(*) FROM (SELECT to_regclass('schema_version') "
                                             "AS t) s WHERE t IS NOT NULL"));
    if (!query) {
        return query.error();
    }
    QSqlQuery& found = query.value();
    return found.next() && found.value(0).toInt() > 0;
}

struct Migration
{
    int version;
    int minCompatible;
    QStringList statements; // %BLOB% is replaced by the backend's binary type
};

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1,
         1,
         {
             QStringLiteral(
                 "CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL, "
                 "authority_id TEXT UNIQUE, fingerprint TEXT NOT NULL UNIQUE, certificate %BLOB% NOT "
                 "NULL, profile TEXT)"),
             QStringLiteral(
                 "CREATE TABLE declarations (id TEXT PRIMARY KEY, declarant_id TEXT NOT NULL REFERENCES "
                 "people(id), kind TEXT NOT NULL, event TEXT NOT NULL, recipients TEXT NOT NULL, "
                 "filed_at TEXT NOT NULL, supersedes TEXT REFERENCES declarations(id), status TEXT "
                 "NOT NULL)"),
             QStringLiteral("CREATE INDEX declarations_declarant ON declarations(declarant_id)"),
             QStringLiteral(
                 "CREATE TABLE envelopes (id TEXT PRIMARY KEY, declaration_id TEXT NOT NULL REFERENCES "
                 "declarations(id), sealed %BLOB% NOT NULL, created_at TEXT NOT NULL, forwarded_by "
                 "TEXT REFERENCES people(id), basis TEXT, authorised_by TEXT REFERENCES people(id))"),
             QStringLiteral("CREATE INDEX envelopes_declaration ON envelopes(declaration_id)"),
             QStringLiteral(
                 "CREATE TABLE envelope_recipients (envelope_id TEXT NOT NULL REFERENCES envelopes(id) "
                 "ON DELETE CASCADE, declaration_id TEXT NOT NULL REFERENCES declarations(id), "
                 "person_id TEXT NOT NULL REFERENCES people(id), forwarded INTEGER NOT NULL, "
                 "PRIMARY KEY (envelope_id, person_id))"),
             QStringLiteral("CREATE INDEX envelope_recipients_person ON envelope_recipients(person_id)"),
             QStringLiteral(
                 "CREATE INDEX envelope_recipients_declaration ON envelope_recipients(declaration_id)"),
             QStringLiteral(
                 "CREATE TABLE receipts (declaration_id TEXT NOT NULL REFERENCES declarations(id), "
                 "authority_id TEXT NOT NULL REFERENCES people(id), receipt %BLOB% NOT NULL, "
                 "received_at TEXT NOT NULL, PRIMARY KEY (declaration_id, authority_id))"),
             QStringLiteral(
                 "CREATE TABLE drafts (declarant_id TEXT PRIMARY KEY REFERENCES people(id), sealed "
                 "%BLOB% NOT NULL, saved_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE audit (sequence BIGINT PRIMARY KEY, at TEXT NOT NULL, actor_id TEXT NOT "
                 "NULL, action TEXT NOT NULL, declaration_id TEXT, details TEXT NOT NULL, "
                 "previous_hash TEXT NOT NULL, hash TEXT NOT NULL, signature %BLOB% NOT NULL)"),
         }},
        {2,
         1,
         {
             QStringLiteral(
                 "CREATE TABLE procedures (id TEXT PRIMARY KEY, declarant_id TEXT NOT NULL REFERENCES "
                 "people(id), kind TEXT NOT NULL, legal_hold INTEGER NOT NULL, recorded_at TEXT NOT "
                 "NULL, recorded_by TEXT NOT NULL REFERENCES people(id), closed_at TEXT)"),
             QStringLiteral("CREATE INDEX procedures_declarant ON procedures(declarant_id)"),
             QStringLiteral("CREATE INDEX audit_declaration ON audit(declaration_id)"),
         }},
        // Witnessed audit entries (version 2 commit to their predecessor's signature; AuditChain.h), and the
        // filing time beside each recipient, so that a listing reads one index range in the order it shows.
        {3,
         3, // a version 2 binary would misread witnessed entries as tampered ones
         {
             QStringLiteral("ALTER TABLE audit ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE audit ADD COLUMN previous_signature TEXT"),
             QStringLiteral("ALTER TABLE envelope_recipients ADD COLUMN filed_at TEXT"),
             QStringLiteral(
                 "UPDATE envelope_recipients SET filed_at = (SELECT filed_at FROM declarations WHERE "
                 "declarations.id = envelope_recipients.declaration_id)"),
             QStringLiteral("CREATE INDEX envelope_recipients_listing ON envelope_recipients(person_id, "
                            "filed_at, declaration_id, forwarded)"),
             QStringLiteral(
                 "CREATE INDEX declarations_declarant_filed ON declarations(declarant_id, filed_at)"),
         }},
        // The entretien déontologique and the collège's avis (art. 7-2 I and II). Sealed documents and clear
        // metadata only; the sealed columns are emptied when retention destroys the declaration. Not usable
        // by an older Probitas: its purge would leave the fiches and the avis behind.
        {4,
         4,
         {
             QStringLiteral(
                 "CREATE TABLE entretiens (id TEXT PRIMARY KEY, declaration_id TEXT NOT NULL REFERENCES "
                 "declarations(id), authority_id TEXT NOT NULL REFERENCES people(id), delegate_id TEXT "
                 "REFERENCES people(id), scheduled_at TEXT NOT NULL, status TEXT NOT NULL, convocation "
                 "%BLOB%, fiche %BLOB%, recorded_at TEXT, recorded_by TEXT REFERENCES people(id), "
                 "acknowledgement %BLOB%, acknowledged_at TEXT, invitation TEXT, invited_at TEXT, "
                 "invitation_answered_by TEXT REFERENCES declarations(id), created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX entretiens_declaration ON entretiens(declaration_id)"),
             QStringLiteral(
                 "CREATE TABLE avis_requests (id TEXT PRIMARY KEY, declaration_id TEXT NOT NULL REFERENCES "
                 "declarations(id), requested_by TEXT NOT NULL REFERENCES people(id), college_id TEXT NOT "
                 "NULL REFERENCES people(id), envelope_id TEXT NOT NULL, requested_at TEXT NOT NULL, "
                 "request %BLOB%, status TEXT NOT NULL, avis %BLOB%, answered_at TEXT, answered_by TEXT "
                 "REFERENCES people(id))"),
             QStringLiteral("CREATE INDEX avis_requests_declaration ON avis_requests(declaration_id)"),
         }},
        // The authenticated directory (Directory.h): every certificate a person ever held (signatures made
        // before a renewal stay verifiable), the organisation's trust anchors, and the removal of a person.
        // What these rows say counts only where an administrator's signed statement backs it. Not usable by
        // an older Probitas, which would trust the people table as it stands.
        {5,
         5,
         {
             QStringLiteral(
                 "CREATE TABLE certificates (fingerprint TEXT PRIMARY KEY, person_id TEXT NOT NULL "
                 "REFERENCES people(id), certificate %BLOB% NOT NULL)"),
             QStringLiteral("INSERT INTO certificates (fingerprint, person_id, certificate) SELECT "
                            "fingerprint, id, certificate FROM people"),
             QStringLiteral("CREATE TABLE trust_anchors (fingerprint TEXT PRIMARY KEY, certificate %BLOB% "
                            "NOT NULL)"),
             QStringLiteral("ALTER TABLE people ADD COLUMN removed_at TEXT"),
             QStringLiteral("CREATE INDEX audit_action ON audit(action, sequence)"),
         }},
        // The official posting (Directory.h, "directory-posting"): `profile` now holds only what an
        // administrator's statement states. What earlier versions kept there, the situation a declarant
        // last declared, moves to `declared_profile`, which decides nothing: adopting an older store offers
        // it to the administrator as the posting to sign. Not usable by an older Probitas, which would route
        // and purge on the declarant's word.
        {6,
         6,
         {
             QStringLiteral("ALTER TABLE people ADD COLUMN declared_profile TEXT"),
             QStringLiteral("UPDATE people SET declared_profile = profile, profile = ''"),
         }},
        // Two indexes that another covers, each a prefix of a version 3 index: every query and foreign key
        // check on person_id or declarant_id reads envelope_recipients_listing or
        // declarations_declarant_filed instead (tst_store's migration test reads the plans), and a filing
        // writes two index pages fewer. An older Probitas runs the same queries on the same indexes.
        {7,
         6,
         {
             QStringLiteral("DROP INDEX envelope_recipients_person"),
             QStringLiteral("DROP INDEX declarations_declarant"),
         }},
        // The whole judiciary (docs/benchmarks.md, "Scale"): every declaration in filing order, the auditor's
        // first page, read as a range of an index instead of all 100,000 sorted. An older Probitas runs
        // unchanged.
        {8,
         6,
         {
             QStringLiteral("CREATE INDEX declarations_filed ON declarations(filed_at, id)"),
         }},
        // The newest filing of each magistrate (DirectoryView::declaredChanges, the compliance dashboard):
        // read from this index alone, each magistrate's own range, instead of every filing's row grouped by
        // actor. An older Probitas runs unchanged.
        {9,
         6,
         {
             QStringLiteral("CREATE INDEX audit_action_actor ON audit(action, actor_id, sequence)"),
         }},
        // The HATVP's control of a DSP (Controls.h): one per DSP, its acts' sealed documents beside clear
        // metadata, emptied when retention destroys the declaration. Not usable by an older Probitas: its
        // purge would leave the acts behind.
        {10,
         10,
         {
             QStringLiteral(
                 "CREATE TABLE controls (id TEXT PRIMARY KEY, declaration_id TEXT NOT NULL UNIQUE REFERENCES "
                 "declarations(id), controller_id TEXT NOT NULL REFERENCES people(id), received_at TEXT NOT "
                 "NULL, due_on TEXT NOT NULL, status TEXT NOT NULL, outcome TEXT, opened_at TEXT NOT NULL, "
                 "concluded_at TEXT)"),
             QStringLiteral(
                 "CREATE TABLE control_acts (id TEXT PRIMARY KEY, control_id TEXT NOT NULL REFERENCES "
                 "controls(id), declaration_id TEXT NOT NULL REFERENCES declarations(id), kind TEXT NOT "
                 "NULL, "
                 "author_id TEXT NOT NULL REFERENCES people(id), at TEXT NOT NULL, due_on TEXT, grounds "
                 "TEXT, "
                 "answers TEXT REFERENCES control_acts(id), document %BLOB%)"),
             QStringLiteral("CREATE INDEX control_acts_declaration ON control_acts(declaration_id)"),
         }},
        // An authority's filings (the compliance dashboard, Declarations::filingsFiledTo) read from one index
        // range: the declaration's declarant, kind, event and recipients copied beside each recipient, as its
        // filing time is since version 3, and the listing's index covering them. Without it, a cour d'appel's
        // 5,500 filings were joined to the 100,000 declarations (docs/benchmarks.md). The copies never change
        // (a declaration's facts do not); a server checks each one written (store/server/policies.sql) and
        // `audit verify` each one stored. Not usable by an older Probitas: its filings would leave them
        // empty.
        {11,
         11,
         {
             QStringLiteral("ALTER TABLE envelope_recipients ADD COLUMN declarant_id TEXT"),
             QStringLiteral("ALTER TABLE envelope_recipients ADD COLUMN kind TEXT"),
             QStringLiteral("ALTER TABLE envelope_recipients ADD COLUMN event TEXT"),
             QStringLiteral("ALTER TABLE envelope_recipients ADD COLUMN recipients TEXT"),
             QStringLiteral("UPDATE envelope_recipients SET declarant_id = d.declarant_id, kind = d.kind, "
                            "event = d.event, recipients = d.recipients FROM declarations d WHERE d.id = "
                            "envelope_recipients.declaration_id"),
             QStringLiteral("DROP INDEX envelope_recipients_listing"),
             QStringLiteral("CREATE INDEX envelope_recipients_listing ON envelope_recipients(person_id, "
                            "filed_at, declaration_id, forwarded, declarant_id, kind, event, recipients)"),
         }},
    };
    return list;
}

} // namespace

Result<Location> Location::parse(const QString& text)
{
    Location location;
    if (text.isEmpty()) {
        location.path = Store::defaultPath();
        return location;
    }
    if (!text.startsWith(QLatin1String("postgresql://")) && !text.startsWith(QLatin1String("postgres://"))) {
        location.path = text;
        return location;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error::unusable(StoreText::tr("not a PostgreSQL URL (postgresql://user@host:port/database)"));
    }
    if (!url.password().isEmpty()) {
        return Error::unusable(
            StoreText::tr("the store URL must not contain a password: use PGPASSWORD or ~/.pgpass"));
    }
    location.backend = Backend::PostgreSql;
    location.host = url.host();
    location.user = url.userName();
    location.port = url.port(5432);
    location.database = url.path().mid(1);
    if (location.database.isEmpty()) {
        location.database = location.user.isEmpty() ? QStringLiteral("postgres") : location.user;
    }
    static const QStringList sslModes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") && sslModes.contains(value)) {
            location.sslMode = value;
        } else if (key == QLatin1String("sslrootcert") && !value.isEmpty()) {
            location.sslRootCert = value;
        } else if (key == QLatin1String("sslcert") && !value.isEmpty()) {
            location.sslCert = value;
        } else if (key == QLatin1String("sslkey") && !value.isEmpty()) {
            location.sslKey = value;
        } else {
            // Anything else could carry a password (libpq's "password=") or weaken the connection unseen.
            return Error::unusable(
                StoreText::tr("the store URL has a setting Probitas does not take: %1 (it takes sslmode, "
                              "sslrootcert, sslcert and sslkey)")
                    .arg(key));
        }
    }
    if (!location.isLocalHost() && location.sslMode != QLatin1String("verify-full")) {
        return Error::unusable(
            StoreText::tr("the store at %1 is not on this computer: connect with TLS and the server's "
                          "certificate verified, adding ?sslmode=verify-full&sslrootcert=CA.pem to the URL "
                          "(sslmode=%2 would not check which server answers)")
                .arg(location.host,
                     location.sslMode.isEmpty() ? QStringLiteral("prefer") : location.sslMode));
    }
    return location;
}

bool Location::isLocalHost() const
{
    if (backend == Backend::Sqlite) {
        return true;
    }
    if (host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost")) {
        return true;
    }
    if (host == QLatin1String("::1")) {
        return true;
    }
    // 127.0.0.0/8, written as four numbers (QtCore has no address parser; QtNetwork is not worth it here).
    const QStringList parts = host.split(QLatin1Char('.'));
    bool numeric = parts.size() == 4;
    for (const QString& part : parts) {
        bool ok = false;
        const int number = part.toInt(&ok);
        numeric = numeric && ok && number >= 0 && number <= 255;
    }
    return numeric && parts.first() == QLatin1String("127");
}

QString Location::describe() const
{
    if (backend == Backend::Sqlite) {
        return path;
    }
    const QString described =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    return sslMode.isEmpty() ? described : described + QStringLiteral("?sslmode=") + sslMode;
}

namespace internal {

// The idle prepared statements of one connection, by SQL text. A statement in use is out of the cache (it
// is the caller's Query); it comes back when that Query goes, unless the cache was emptied meanwhile
// (`generation` moved on).
struct StatementCache
{
    struct Idle
    {
        std::vector<QSqlQuery> queries;
        quint64 lastUsed = 0;
    };
    QHash<QString, Idle> idle;
    // PostgreSQL statements whose run failed, kept until their transaction ends: freeing one (DEALLOCATE)
    // inside the transaction its failure aborted fails too, and QtSql prints a warning.
    std::vector<QSqlQuery> failed;
    int count = 0;
    quint64 generation = 0;
    quint64 clock = 0;

    std::optional<QSqlQuery> take(const QString& sql)
    {
        const auto found = idle.find(sql);
        if (found == idle.end() || found->queries.empty()) {
            return std::nullopt;
        }
        QSqlQuery query = std::move(found->queries.back());
        found->queries.pop_back();
        --count;
        if (found->queries.empty()) {
            idle.erase(found); // every entry holds a statement: the hash is bounded as the count is
        }
        return query;
    }

    void giveBack(const QString& sql, QSqlQuery query)
    {
        // A few of one SQL at most: more are only ever in use at once when a caller nests the same query.
        constexpr std::size_t kPerSql = 4;
        Idle& entry = idle[sql];
        entry.lastUsed = ++clock;
        if (entry.queries.size() >= kPerSql) {
            return;
        }
        entry.queries.push_back(std::move(query));
        ++count;
        while (count > Connection::kStatementCacheSize) {
            evictLeastRecentlyUsed();
        }
    }

    void evictLeastRecentlyUsed()
    {
        auto oldest = idle.end();
        for (auto it = idle.begin(); it != idle.end(); ++it) {
            if (oldest == idle.end() || it->lastUsed < oldest->lastUsed) {
                oldest = it;
            }
        }
        if (oldest == idle.end()) {
            count = 0;
            return;
        }
        count -= int(oldest->queries.size());
        idle.erase(oldest);
    }

    void clear()
    {
        ++generation;
        idle.clear();
        count = 0;
    }
};

} // namespace internal

namespace {

bool changesSchema(const QString& sql)
{
    const QStringView head = QStringView(sql).trimmed().left(6);
    return head.startsWith(QLatin1String("CREATE"), Qt::CaseInsensitive) ||
           head.startsWith(QLatin1String("ALTER"), Qt::CaseInsensitive) ||
           head.startsWith(QLatin1String("DROP"), Qt::CaseInsensitive);
}

} // namespace

Connection::Connection(Location location, QString name)
    : m_location(std::move(location))
    , m_name(std::move(name))
    , m_statements(std::make_shared<internal::StatementCache>())
{}

namespace {

// A SQLite file is a Probitas store when its header says so (application_id), or when it is one from before
// the header said so (its schema_version table) or a new, empty database: the last two are marked now. Any
// other database is another program's: refused before anything is written to it.
enum class SqliteAccess { Writable, ReadOnlyFile, ReadOnlyMedia };

// How an existing store file may be opened: read-only when it lies on a file system mounted read-only, or
// when this login may not write it (an archive copy, a colleague's file shared for reading).
SqliteAccess sqliteAccess(const QString& path)
{
    const QByteArray file = QFile::encodeName(path);
    struct statvfs fileSystem = {};
    if (::statvfs(file.constData(), &fileSystem) == 0 && (fileSystem.f_flag & ST_RDONLY) != 0) {
        return SqliteAccess::ReadOnlyMedia;
    }
    if (::access(file.constData(), F_OK) == 0 && ::access(file.constData(), W_OK) != 0 &&
        (errno == EACCES || errno == EROFS || errno == EPERM)) {
        return SqliteAccess::ReadOnlyFile;
    }
    return SqliteAccess::Writable;
}

Status claimSqliteFile(const Connection& connection)
{
    auto application = connection.exec(QStringLiteral("PRAGMA application_id"));
    if (!application) {
        return application.error();
    }
    Query& header = application.value();
    const qint32 id = header.next() ? header.value(0).toInt() : 0;
    if (id == kSqliteApplicationId) {
        return success();
    }
    const QString foreign = StoreText::tr("%1 is not a Probitas store but another program's database: "
                                          "Probitas leaves it untouched")
                                .arg(connection.location().describe());
    if (id != 0) {
        return Error{ErrorKind::Unusable, foreign, QString(errors::ForeignDatabase)};
    }
    auto tables =
        connection.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE name = 'schema_version') "
                                       "FROM sqlite_master WHERE type = 'table'"));
    if (!tables) {
        return tables.error();
    }
    Query& counted = tables.value();
    const bool known = counted.next() && (counted.value(0).toInt() == 0 || counted.value(1).toInt() == 1);
    if (!known) {
        return Error{ErrorKind::Unusable, foreign, QString(errors::ForeignDatabase)};
    }
    if (connection.readOnly()) {
        return success(); // marked by the next Probitas that may write it
    }
    if (auto marked = connection.exec(QStringLiteral("PRAGMA application_id = %1").arg(kSqliteApplicationId));
        !marked) {
        return marked.error();
    }
    return success();
}

} // namespace

Result<std::unique_ptr<Connection>> Connection::open(const Location& location)
{
    // One name per connection: QtSql forbids sharing a connection between threads.
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("probitas-store-%1-%2")
                             .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()))
                             .arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Connection> connection(new Connection(location, name));
    const bool sqlite = location.backend == Backend::Sqlite;
    std::unique_ptr<ClientCredentials> credentials;
    QString withoutSecrets;
    internal::LoginAttempt attempt; // the same connection, for libpq to say why it failed
    attempt.where = location.describe();
    attempt.login = location.user;
    QSqlDatabase database =
        QSqlDatabase::addDatabase(sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
    if (!database.isValid()) {
        return Error::environment(StoreText::tr("the Qt SQL driver for %1 is not installed")
                                      .arg(sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL")));
    }
    if (sqlite) {
        if (!location.mayCreate && QFileInfo(location.path).size() == 0) {
            return Error{ErrorKind::Environment,
                         StoreText::tr("no store at %1: probitas-cli init --store %1 makes one")
                             .arg(QDir::toNativeSeparators(location.path)),
                         QString(errors::NoStore)};
        }
        const SqliteAccess access = location.mayCreate ? SqliteAccess::Writable : sqliteAccess(location.path);
        connection->m_readOnly = access != SqliteAccess::Writable;
        // Read-only media hold no -wal or -shm that a writer could be changing: SQLite reads the file as it
        // is (immutable), where it would otherwise need a -shm it cannot create.
        if (access == SqliteAccess::ReadOnlyMedia) {
            database.setDatabaseName(
                QStringLiteral("file:%1?immutable=1")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(
                        QFileInfo(location.path).absoluteFilePath(), QByteArrayLiteral("/")))));
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            if (Status prepared = prepareSqliteFile(location.path); !prepared) {
                return prepared.error();
            }
            database.setDatabaseName(location.path);
            database.setConnectOptions(
                connection->m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY")
                                       : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        }
    } else {
        database.setHostName(location.host);
        database.setPort(location.port);
        database.setUserName(location.user);
        database.setDatabaseName(location.database);
        for (const auto& [keyword, value] :
             {std::pair{"host", location.host}, std::pair{"port", QString::number(location.port)},
              std::pair{"user", location.user}, std::pair{"dbname", location.database}}) {
            if (!value.isEmpty()) {
                attempt.parameters.emplace_back(keyword, value.toUtf8());
            }
        }
        // libpq's keywords; the values come from Location::parse, which admits no other setting.
        // A server that stops answering without refusing (a cut network) is noticed within seconds rather
        // than when TCP gives up, minutes later: keepalives, and a bound on unacknowledged data.
        QStringList options{QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds),
                            QStringLiteral("keepalives=1"),
                            QStringLiteral("keepalives_idle=10"),
                            QStringLiteral("keepalives_interval=5"),
                            QStringLiteral("keepalives_count=3"),
                            QStringLiteral("tcp_user_timeout=20000")};
        for (const auto& [keyword, value] :
             {std::pair{"sslmode", location.sslMode}, std::pair{"sslrootcert", location.sslRootCert},
              std::pair{"sslcert", location.sslCert}, std::pair{"sslkey", location.sslKey}}) {
            if (!value.isEmpty()) {
                options << QLatin1String(keyword) + QLatin1Char('=') + value;
            }
        }
        for (const QString& option : std::as_const(options)) {
            attempt.parameters.emplace_back(option.section(QLatin1Char('='), 0, 0).toUtf8(),
                                            option.section(QLatin1Char('='), 1).toUtf8());
        }
        if (location.clientIdentity) {
            if (!location.sslCert.isEmpty() || !location.sslKey.isEmpty()) {
                return Error::unusable(StoreText::tr("log in with either your identity's certificate or the "
                                                     "URL's sslcert and sslkey, not both"));
            }
            if (location.sslMode != QLatin1String("verify-full")) {
                return Error::unusable(StoreText::tr(
                    "logging in with your identity's certificate needs TLS with the server's certificate "
                    "verified: add ?sslmode=verify-full&sslrootcert=CA.pem to the URL"));
            }
            auto written = ClientCredentials::write(*location.clientIdentity);
            if (!written) {
                return written.error();
            }
            credentials = std::move(written).value();
            options << QStringLiteral("sslcert=") + conninfoValue(credentials->certificatePath)
                    << QStringLiteral("sslkey=") + conninfoValue(credentials->keyPath);
            attempt.parameters.emplace_back("sslcert", credentials->certificatePath.toUtf8());
            attempt.parameters.emplace_back("sslkey", credentials->keyPath.toUtf8());
            attempt.certificateSubject = location.clientIdentity->certificate().subject();
        }
        withoutSecrets = options.join(QLatin1Char(';'));
        // The key's password is given to libpq for this opening only: QtSql keeps the options without it.
        database.setConnectOptions(credentials ? withoutSecrets + QStringLiteral(";sslpassword=") +
                                                     credentials->password
                                               : withoutSecrets);
    }
    // A typed password goes to libpq through QtSql for this opening only: QSqlDatabase forgets it at once,
    // and our copy is wiped (libpq keeps its own for the life of the connection).
    QString password = location.password ? QString::fromUtf8(location.password->view()) : QString();
    database.setPassword(password);
    QElapsedTimer opening;
    opening.start();
    const bool opened = database.open();
    database.setPassword(QString());
    password.fill(QChar(0));
    password.clear();
    if (credentials) {
        database.setConnectOptions(withoutSecrets);
    }
    // QtSql gives no SQLSTATE for a connection that failed: libpq, asked again, tells a server that answered
    // and refused the login (AccessDenied) from one that could not be reached or trusted. Not after a
    // connection that waited for its whole timeout: no server answered it.
    if (!opened && !sqlite && opening.elapsed() < (kConnectTimeoutSeconds - 1) * 1000) {
        QByteArray sslPassword = credentials ? credentials->password.toLatin1() : QByteArray();
        attempt.password = location.password ? location.password->constData() : nullptr;
        attempt.sslPassword = credentials ? sslPassword.constData() : nullptr;
        attempt.timeoutSeconds = kConnectTimeoutSeconds;
        std::optional<Error> refused = internal::refusedLogin(attempt);
        sslPassword.fill(0);
        if (refused) {
            return *refused;
        }
    }
    credentials.reset(); // the folder, the encrypted key and the certificate go at once
    if (!opened) {
        return databaseError(StoreText::tr("cannot open %1").arg(location.describe()), database.lastError());
    }
    if (sqlite) {
        if (Status ours = claimSqliteFile(*connection); !ours) {
            return ours.error();
        }
        // WAL so readers never block the writer; FULL so a commit survives power loss; secure_delete so
        // destroyed envelopes leave zeroed pages; foreign keys are off by default in SQLite.
        for (const char* pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
              "PRAGMA busy_timeout=30000", "PRAGMA secure_delete=ON", "PRAGMA temp_store=MEMORY"}) {
            // The journal mode is the file's, written in it: a read-only store keeps the one it has.
            if (connection->m_readOnly && std::strstr(pragma, "journal_mode") != nullptr) {
                continue;
            }
            if (auto done = connection->exec(QString::fromLatin1(pragma)); !done) {
                return done.error();
            }
        }
    } else {
        if (auto done = connection->exec(QStringLiteral("SET client_min_messages TO WARNING")); !done) {
            return done.error();
        }
        // A store set up by `probitas-cli server setup` enforces its rules on the server (ServerSetup.h), on
        // this login: the trail under row-level security and not this login's (nor a superuser's) to change.
        // A table named server_setup alone proves nothing: whoever shares a plain store's login could create
        // one, and the client would then check less (the links alone) where the server checks nothing.
        // And whether the server is a hot standby (standby()).
        auto enforced = connection->exec(
            QStringLiteral("SELECT to_regclass('server_setup') IS NOT NULL AND to_regclass('audit_links') IS "
                           "NOT NULL AND NOT "
                           "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND (SELECT "
                           "c.relrowsecurity AND NOT "
                           "pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = "
                           "to_regclass('audit')), pg_is_in_recovery(), "
                           "to_regprocedure('probitas_session_checked()') IS NOT NULL"));
        if (!enforced) {
            return enforced.error();
        }
        QSqlQuery& answer = enforced.value();
        connection->m_serverEnforced = answer.next() && answer.value(0).toBool();
        connection->m_standby = answer.isValid() && answer.value(1).toBool();
        const bool checksCertificates = answer.isValid() && answer.value(2).toBool();
        answer.finish();
        // A certificate login with a certificate since renewed logs in, and the server then refuses it every
        // row (policies.sql, probitas_certified): said here at once, in the server's words (exit 3), rather
        // than by whichever reading of the store comes first.
        if (connection->m_serverEnforced && checksCertificates) {
            if (auto checked = connection->exec(QStringLiteral("SELECT probitas_session_checked()"));
                !checked) {
                return checked.error();
            }
        }
    }
    qCDebug(lcStore) << "opened" << location.describe() << "as" << name;
    return connection;
}

Connection::~Connection()
{
    m_statements->clear(); // finalized (SQLite) or deallocated (PostgreSQL) while the connection is open
    m_statements->failed.clear();
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        if (database.isOpen()) {
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Query::Query(QSqlQuery query, std::weak_ptr<internal::StatementCache> cache, QString sql, quint64 generation)
    : QSqlQuery(std::move(query))
    , m_cache(std::move(cache))
    , m_sql(std::move(sql))
    , m_generation(generation)
{}

Query::Query(Query&& other) noexcept
    : QSqlQuery(std::move(other))
    , m_cache(std::exchange(other.m_cache, {}))
    , m_sql(std::move(other.m_sql))
    , m_generation(other.m_generation)
{}

Query::~Query()
{
    const std::shared_ptr<internal::StatementCache> cache = m_cache.lock();
    if (!cache || cache->generation != m_generation || lastError().isValid()) {
        return;
    }
    // Reset now, not at its next use: on SQLite an unfinished SELECT holds its read transaction (and the
    // snapshot it reads) until it is reset.
    finish();
    cache->giveBack(m_sql, std::move(*static_cast<QSqlQuery*>(this)));
}

Result<Query> Connection::exec(const QString& sql, std::initializer_list<QVariant> values) const
{
    return exec(sql, QVariantList(values));
}

Result<Query> Connection::exec(const QString& sql, const QVariantList& values) const
{
    const auto failed = [&sql](const QSqlQuery& query) {
        return databaseError(sql.section(QLatin1Char(' '), 0, 2), query.lastError());
    };
    // A statement without values runs as it is on PostgreSQL, which cannot PREPARE BEGIN, LOCK or SET;
    // SQLite prepares every statement anyway. Every value that comes from outside is bound, never spliced
    // into SQL.
    const bool schemaChange = changesSchema(sql);
    const bool cacheable = !schemaChange && (!values.isEmpty() || m_location.backend == Backend::Sqlite);
    if (!cacheable) {
        QSqlQuery query(database());
        query.setForwardOnly(true);
        const bool done = query.exec(sql);
        if (schemaChange) {
            m_statements->clear(); // another table's columns, or none: nothing prepared before may stay
        }
        if (!done) {
            return failed(query);
        }
        return Query(std::move(query), {}, {}, 0);
    }
    std::optional<QSqlQuery> cached = m_statements->take(sql);
    if (!cached) {
        cached.emplace(database());
        cached->setForwardOnly(true);
        if (!cached->prepare(sql)) {
            return failed(*cached);
        }
    }
    QSqlQuery& query = *cached;
    for (qsizetype position = 0; position < values.size(); ++position) {
        query.bindValue(int(position), values.at(position));
    }
    if (!query.exec()) {
        Error error = failed(query);
        if (m_location.backend == Backend::PostgreSql) {
            // Freed once the transaction ends; outside one (nothing ends it), a few at most are kept.
            std::vector<QSqlQuery>& kept = m_statements->failed;
            if (kept.size() >= 8) {
                kept.erase(kept.begin());
            }
            kept.push_back(std::move(query));
        }
        return error; // and the statement goes with it
    }
    return Query(std::move(query), m_statements, sql, m_statements->generation);
}

Result<BinaryRows> Connection::execBinary(const QByteArray& sql, const std::vector<QByteArray>& values) const
{
    const QString what = QString::fromUtf8(sql).section(QLatin1Char(' '), 0, 2);
    const QVariant handle = database().driver()->handle();
    // QPSQL's handle is a PGconn*, which Qt 6 names by its struct.
    const bool libpq =
        qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0;
    PGconn* server = m_location.backend == Backend::PostgreSql && libpq
                         ? *static_cast<PGconn* const*>(handle.constData())
                         : nullptr;
    if (!server) {
        return databaseError(what, QSqlError(QString(), QStringLiteral("not a PostgreSQL connection"),
                                             QSqlError::ConnectionError));
    }
    if (PQtransactionStatus(server) == PQTRANS_ACTIVE) {
        // A statement of QtSql's still streams its rows: a statement of its own makes its driver take them.
        QSqlQuery(database()).exec(QStringLiteral("SELECT 1"));
    }
    std::vector<const char*> texts;
    texts.reserve(values.size());
    for (const QByteArray& value : values) {
        texts.push_back(value.constData());
    }
    constexpr int kBinary = 1;
    BinaryRows rows(PQexecParams(server, sql.constData(), int(values.size()), nullptr, texts.data(), nullptr,
                                 nullptr, kBinary));
    if (!rows.ok()) {
        return databaseError(
            what, QSqlError(QString(), rows.errorText(server), QSqlError::StatementError, rows.errorCode()));
    }
    return rows;
}

void Connection::releaseFailedStatements() const
{
    m_statements->failed.clear();
}

int Connection::cachedStatementCount() const
{
    return m_statements->count;
}

void Connection::clearStatementCache() const
{
    m_statements->clear();
}

QString Connection::blobType() const
{
    return m_location.backend == Backend::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
}

ReadSnapshot::ReadSnapshot(const Connection& connection)
    : m_connection(connection)
{}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_active) {
        return;
    }
    if (auto ended = m_connection.exec(QStringLiteral("ROLLBACK")); !ended) {
        qCWarning(lcStore) << "ending a read snapshot failed";
    }
    m_connection.releaseFailedStatements();
}

Status ReadSnapshot::begin()
{
    const QString begin = m_connection.backend() == Backend::Sqlite
                              ? QStringLiteral("BEGIN DEFERRED")
                              : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    if (auto begun = m_connection.exec(begin); !begun) {
        return begun.error();
    }
    m_active = true;
    return success();
}

Transaction::Transaction(const Connection& connection)
    : m_connection(connection)
{}

Transaction::~Transaction()
{
    if (m_active) {
        rollback();
    }
}

Status Transaction::begin()
{
    // Statements rather than QSqlDatabase::transaction(): SQLite needs IMMEDIATE to take the write lock at
    // once (a deferred transaction that later writes can fail with SQLITE_BUSY instead of waiting).
    if (m_connection.backend() == Backend::Sqlite) {
        if (auto begun = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")); !begun) {
            return begun.error();
        }
        m_active = true;
        return success();
    }
    if (auto begun = m_connection.exec(QStringLiteral("BEGIN")); !begun) {
        return begun.error();
    }
    m_active = true;
    // One writer at a time, as SQLite's IMMEDIATE: every write appends to the audit chain, and the first
    // migrations create tables that two processes starting together must not both create. A transaction-
    // scoped advisory lock covers both, and is released by COMMIT or ROLLBACK.
    if (auto locked = m_connection.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7072656274)"));
        !locked) {
        rollback();
        return locked.error();
    }
    return success();
}

Status Transaction::commit()
{
    if (!m_active) {
        return Error::environment(StoreText::tr("no transaction to commit"));
    }
    auto committed = m_connection.exec(QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return committed.error();
    }
    m_active = false;
    m_connection.releaseFailedStatements();
    return success();
}

void Transaction::rollback()
{
    if (!m_active) {
        return;
    }
    m_active = false;
    if (auto rolledBack = m_connection.exec(QStringLiteral("ROLLBACK")); !rolledBack) {
        qCWarning(lcStore) << "rollback failed";
    }
    m_connection.releaseFailedStatements();
}

Result<std::pair<int, int>> SchemaManager::currentVersion() const
{
    auto exists = hasSchemaVersion(m_connection);
    if (!exists) {
        return exists.error();
    }
    if (!*exists) {
        return std::pair<int, int>{0, 0};
    }
    auto query = m_connection.exec(
        QStringLiteral("SELECT version, min_compatible FROM schema_version ORDER BY version DESC LIMIT 1"));
    if (!query) {
        return query.error();
    }
    QSqlQuery& q = query.value();
    if (!q.next()) {
        return std::pair<int, int>{0, 0};
    }
    const std::pair<int, int> version{q.value(0).toInt(), q.value(1).toInt()};
    q.finish();
    return version;
}

SchemaManager::Report SchemaManager::upgrade(int target)
{
    Report report;
    auto fail = [&report](Error error) {
        report.outcome = Outcome::Failed;
        report.error = std::move(error);
        return report;
    };
    {
        Transaction transaction(m_connection);
        if (Status begun = transaction.begin(); !begun) {
            return fail(begun.error());
        }
        // Created by whoever migrates first; a server store's logins may read it but create nothing.
        auto exists = hasSchemaVersion(m_connection);
        if (!exists) {
            return fail(exists.error());
        }
        if (!*exists) {
            if (auto created = m_connection.exec(
                    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                   "min_compatible INTEGER NOT NULL, applied_at TEXT NOT NULL)"));
                !created) {
                return fail(created.error());
            }
        }
        if (Status committed = transaction.commit(); !committed) {
            return fail(committed.error());
        }
    }
    auto current = currentVersion();
    if (!current) {
        return fail(current.error());
    }
    report.fromVersion = report.toVersion = current->first;
    if (current->first > kLatestVersion) {
        if (current->second > kLatestVersion) {
            report.outcome = Outcome::TooNew;
            report.error =
                Error{ErrorKind::Environment,
                      StoreText::tr("the store has schema version %1, which needs a newer Probitas (this one "
                                    "knows up to version %2)")
                          .arg(current->first)
                          .arg(kLatestVersion),
                      QString(errors::TooNew)};
            return report;
        }
        report.outcome = Outcome::UpToDate; // newer, but declared compatible with us
        return report;
    }
    for (const Migration& migration : migrations()) {
        if (migration.version <= current->first || migration.version > target) {
            continue;
        }
        // Each migration in its own transaction: a crash leaves the store at the previous version.
        Transaction transaction(m_connection);
        if (Status begun = transaction.begin(); !begun) {
            return fail(begun.error());
        }
        // Another process may have migrated while we waited for the lock.
        auto again = currentVersion();
        if (!again) {
            return fail(again.error());
        }
        if (again->first >= migration.version) {
            continue;
        }
        for (QString statement : migration.statements) {
            statement.replace(QStringLiteral("%BLOB%"), m_connection.blobType());
            if (auto done = m_connection.exec(statement); !done) {
                return fail(done.error());
            }
        }
        if (auto recorded = m_connection.exec(
                QStringLiteral(
                    "INSERT INTO schema_version (version, min_compatible, applied_at) VALUES (?, ?, ?)"),
                {migration.version, migration.minCompatible,
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            !recorded) {
            return fail(recorded.error());
        }
        if (Status committed = transaction.commit(); !committed) {
            return fail(committed.error());
        }
        qCInfo(lcStore) << "schema migrated to version" << migration.version;
        report.toVersion = migration.version;
    }
    report.outcome = report.toVersion == report.fromVersion ? Outcome::UpToDate : Outcome::Upgraded;
    return report;
}

} // namespace probitas::store
