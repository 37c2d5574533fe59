#pragma once

#include "BinaryRows.h"
#include "Identity.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace probitas::store {

namespace errors {
// A SQLite store whose file, -wal, -shm or folder other users may write (Connection::open).
inline constexpr QLatin1StringView UnsafePermissions("store.unsafe-permissions");
// A PostgreSQL server store refused the step (SQLSTATE 42501): its row-level security, grants or checks.
inline constexpr QLatin1StringView ServerRefused("store.server-refused");
// A write sent to a PostgreSQL hot standby (SQLSTATE 25006), which serves reads only until it is promoted.
inline constexpr QLatin1StringView ReadOnlyStandby("store.read-only-standby");
// A write to a SQLite store opened read-only (Connection::readOnly).
inline constexpr QLatin1StringView ReadOnlyStore("store.read-only");
// A PostgreSQL server that answered and refused the login (AccessDenied): wrong password, no pg_hba.conf
// line, a NOLOGIN role (someone removed), a client certificate it rejects or maps to another login.
inline constexpr QLatin1StringView LoginRefused("store.login-refused");
// A SQLite store that does not exist, opened by what may not create one (Location::mayCreate: only
// `probitas-cli init` and the desktop's creations make a store).
inline constexpr QLatin1StringView NoStore("store.no-store");
// A SQLite file that is another program's database, or whose application_id is not Probitas's: left
// untouched.
inline constexpr QLatin1StringView ForeignDatabase("store.foreign-database");
} // namespace errors

// SQLite's application_id of a Probitas store ("PRBT"), in the file's header: file(1) and Probitas tell a
// store from another program's database by it.
inline constexpr qint32 kSqliteApplicationId = 0x50524254;

enum class Backend { Sqlite, PostgreSql };

namespace internal {
struct StatementCache;
}

// What Connection::exec returns: the executed QSqlQuery, read as one. When it goes, a statement that came
// from or may go to its connection's cache is finished (on SQLite, reset: an unread row keeps no read
// transaction open) and handed back for the next exec of the same SQL. Read it in place: a QSqlQuery moved
// out of it is not handed back, and must not be.
class Query : public QSqlQuery
{
public:
    Query(Query&& other) noexcept;
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    ~Query();

private:
    friend class Connection;
    Query(QSqlQuery query, std::weak_ptr<internal::StatementCache> cache, QString sql, quint64 generation);
    std::weak_ptr<internal::StatementCache> m_cache; // empty: not to be handed back
    QString m_sql;
    quint64 m_generation = 0;
};

// Where a store lives: a SQLite file (the default, in QStandardPaths::AppDataLocation) or a PostgreSQL
// database named by a postgresql://user@host:port/db URL. The password, if any, comes from libpq's own
// sources (PGPASSWORD, ~/.pgpass), never from the URL on a command line, or from `password`: typed by the
// person into the desktop client, held in memory only.
struct Location
{
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host, user, database;
    int port = 5432;
    // TLS, as libpq names it: ?sslmode=verify-full&sslrootcert=CA.pem (and sslcert, sslkey for a client
    // certificate). Empty: libpq's defaults.
    QString sslMode, sslRootCert, sslCert, sslKey;
    // The server's password typed by the person (the desktop client asks it at each opening): shared by the
    // copies of this location (a worker opens its own connection) and wiped when the last one goes. Never in
    // describe(), a URL, a log or the settings; null: libpq's own sources.
    std::shared_ptr<const crypto::SecureBytes> password;
    // The person's seal identity, unlocked, as the TLS client certificate that logs them in (pg_hba.conf's
    // `cert`), instead of a password: "one credential for both the store and the seal". Needs
    // sslmode=verify-full, and no sslcert or sslkey beside it. libpq takes files: Connection::open writes the
    // certificate and the key, encrypted under a one-time password given to libpq alone, in an owner-only
    // temporary folder that it removes once the connection is made. Shared like `password`; never in
    // describe(), a URL or the settings.
    std::shared_ptr<const crypto::Identity> clientIdentity;
    // Whether a SQLite file that does not exist (or is empty) is made a new store. Off, it is refused: exit
    // 5, NoStore, nothing created (not even its folder). A typo in a path then never yields an empty store
    // that "verifies".
    bool mayCreate = true;

    // "postgresql://..." is PostgreSQL; anything else is a SQLite path; empty is the default file.
    // A password in the URL is refused (the command line is visible to every user), and so is a server
    // that is not on this computer unless the connection is TLS with the server's certificate verified
    // (sslmode=verify-full): the declarations' metadata and the credentials cross the network.
    static Result<Location> parse(const QString& text);
    QString describe() const; // for messages: the path, or the URL without credentials
    // A host on this computer: a Unix socket folder, localhost, or a loopback address.
    bool isLocalHost() const;
};

// One named QtSql connection, owned by one thread (QtSql's rule). Opening sets the pragmas every SQLite
// connection needs: WAL, synchronous=FULL, foreign keys, a busy timeout, and secure_delete so freed
// pages are zeroed. A new SQLite file is created owner-only (0600; its -wal and -shm follow it) in
// owner-only folders (0700) whatever the umask; a file, -wal, -shm or folder that others may write is
// refused (UnsafePermissions, Environment).
class Connection
{
public:
    static Result<std::unique_ptr<Connection>> open(const Location& location);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    QSqlDatabase database() const;
    Backend backend() const { return m_location.backend; }
    // A PostgreSQL store set up by `probitas-cli server setup`, whose server enforces the access rules
    // itself (ServerSetup.h) on this connection's login: its logins see only their rows, and its trail is
    // appended through the server's checks. False for a superuser, and for a login that owns the trail.
    bool serverEnforced() const { return m_serverEnforced; }
    // A PostgreSQL hot standby (streaming replication) when the connection was opened: it reads and verifies
    // as the primary does, and the server refuses every write (ReadOnlyStandby, Environment) until
    // `pg_ctl promote` makes it the primary. Store::open opens one read-only (docs/deployment.md).
    bool standby() const { return m_standby; }
    // A SQLite store opened read-only: on read-only media, or a file this login may not write. It lists and
    // verifies; any write, an opening's audit entry included, is refused (errors::ReadOnlyStore, exit 5).
    bool readOnly() const { return m_readOnly; }
    const Location& location() const { return m_location; }

    // Prepares and runs `sql` with positional bound values only; the query is returned positioned
    // before its first row. Errors are Environment errors that never quote bound values.
    // Prepared statements are kept per connection, keyed by their SQL (kStatementCacheSize at most,
    // least recently used dropped first), and reused: QtSql would parse each anew (SQLite) or PREPARE and
    // DEALLOCATE it on the server (PostgreSQL). A statement whose run failed is never kept; a statement
    // that changes the schema (CREATE, ALTER, DROP) runs unprepared and empties the cache, as closing does.
    // On PostgreSQL a statement without values runs as it is, uncached (BEGIN, LOCK and SET cannot be
    // prepared).
    Result<Query> exec(const QString& sql, std::initializer_list<QVariant> values = {}) const;
    Result<Query> exec(const QString& sql, const QVariantList& values) const;
    // PostgreSQL only: runs `sql` through libpq on this same connection, its values given as text, and
    // returns its whole result in the binary format (BinaryRows.h). Errors as exec's.
    Result<BinaryRows> execBinary(const QByteArray& sql, const std::vector<QByteArray>& values) const;
    static constexpr int kStatementCacheSize = 64;
    // Idle prepared statements held now (for tests).
    int cachedStatementCount() const;
    // Drops every idle prepared statement; those in use are not handed back.
    void clearStatementCache() const;
    // BLOB (SQLite) or BYTEA (PostgreSQL) in DDL.
    QString blobType() const;

private:
    friend class Transaction;
    friend class ReadSnapshot;
    explicit Connection(Location location, QString name);
    // Frees the statements whose run failed in the transaction that just ended.
    void releaseFailedStatements() const;
    Location m_location;
    QString m_name;
    std::shared_ptr<internal::StatementCache> m_statements;
    bool m_serverEnforced = false;
    bool m_standby = false;
    bool m_readOnly = false;
};

// A write transaction that rolls back unless committed (Mixxx's SqlTransaction). It also takes the
// store's single writer lock at once (SQLite: BEGIN IMMEDIATE; PostgreSQL: a lock on the audit table), so
// the audit chain's "previous entry" cannot change under a writer and two writers never deadlock.
class Transaction
{
public:
    explicit Transaction(const Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    const Connection& m_connection;
    bool m_active = false;
};

// A read-only transaction whose statements all see the store as it was at its first read, without the
// writer lock: writers go on meanwhile and are not seen. SQLite's deferred transaction (in WAL mode, a reader
// keeps its snapshot), PostgreSQL's REPEATABLE READ. Ended when it goes: it wrote nothing to keep.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Connection& connection);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    Status begin();

private:
    const Connection& m_connection;
    bool m_active = false;
};

// Numbered migrations, each applied in its own transaction, recorded with the oldest version of the
// program that can still use the store (Mixxx's SchemaManager).
class SchemaManager
{
public:
    enum class Outcome { UpToDate, Upgraded, Failed, TooNew };
    struct Report
    {
        Outcome outcome = Outcome::Failed;
        int fromVersion = 0;
        int toVersion = 0;
        Error error; // when Failed or TooNew
    };

    static constexpr int kLatestVersion = 11;

    explicit SchemaManager(const Connection& connection)
        : m_connection(connection)
    {}
    // Applies every migration up to `target` (kLatestVersion by default).
    Report upgrade(int target = kLatestVersion);
    // The applied version (0 for an empty database) and the minimum compatible one.
    Result<std::pair<int, int>> currentVersion() const;

private:
    const Connection& m_connection;
};

} // namespace probitas::store
