// Connection's cache of prepared statements: a statement run again with other values gives its own rows, one
// that failed is not reused, one prepared before a schema change is not run on the new schema, a SELECT left
// unread holds no read transaction, and the cache stays bounded; a read snapshot sees no later write. SQLite
// always; PostgreSQL when PROBITAS_TEST_POSTGRESQL names a server.
#include "StoreTestSupport.h"

#include <QSqlRecord>
#include <QtTest>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

class TestStoreDatabase : public QObject
{
    Q_OBJECT

public:
    explicit TestStoreDatabase(Deployment deployment)
        : m_stores{deployment}
    {}

private slots:
    void initTestCase();
    void init();

    void sameStatementOtherValues();
    void nestedSameStatement();
    void failedStatementNotReused();
    void failedStatementInTransaction();
    void readSnapshotSeesNoLaterWrite();
    void schemaChangeDropsPrepared();
    void unreadSelectHoldsNoSnapshot();
    void boundedLeastRecentlyUsed();
    void queryOutlivesItsConnection();
    void binaryRowsReadInPlace();
    void locationAccepted_data();
    void locationAccepted();
    void locationRefused_data();
    void locationRefused();
    void typedPasswordNeverDescribed();

private:
    std::unique_ptr<Connection> connect();
    // The probe table, with rows (1, 'one'), (2, 'two'), (3, 'three').
    std::unique_ptr<Connection> connectWithProbe();
    static QStringList texts(QSqlQuery& query);

    FreshStores m_stores;
};

void TestStoreDatabase::initTestCase()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP(
            "one connection's cache of prepared statements, on its own tables: no person acts, no rule of a "
            "server store applies");
    }
    if (!m_stores.available()) {
        QSKIP(kNoPostgres);
    }
}

void TestStoreDatabase::init()
{
    QVERIFY(m_stores.next());
    auto connection = connect();
    QVERIFY(connection);
    QVERIFY(connection->exec(QStringLiteral("DROP TABLE IF EXISTS cache_probe")).ok());
    QVERIFY(connection->exec(QStringLiteral("DROP TABLE IF EXISTS cache_missing")).ok());
}

std::unique_ptr<Connection> TestStoreDatabase::connect()
{
    auto connection = Connection::open(*Location::parse(m_stores.location));
    if (!connection) {
        qWarning("%s", why(connection).constData());
        return nullptr;
    }
    return std::move(connection).value();
}

std::unique_ptr<Connection> TestStoreDatabase::connectWithProbe()
{
    auto connection = connect();
    if (!connection ||
        !connection
             ->exec(QStringLiteral("CREATE TABLE cache_probe (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"))
             .ok()) {
        return nullptr;
    }
    for (const auto& [id, text] : {std::pair{1, "one"}, {2, "two"}, {3, "three"}}) {
        if (!connection
                 ->exec(QStringLiteral("INSERT INTO cache_probe (id, text) VALUES (?, ?)"),
                        {id, QString::fromLatin1(text)})
                 .ok()) {
            return nullptr;
        }
    }
    return connection;
}

QStringList TestStoreDatabase::texts(QSqlQuery& query)
{
    QStringList found;
    while (query.next()) {
        found << query.value(0).toString();
    }
    return found;
}

void TestStoreDatabase::sameStatementOtherValues()
{
    auto connection = connectWithProbe();
    QVERIFY(connection);
    const QString sql = QStringLiteral("SELECT text FROM cache_probe WHERE id >= ? ORDER BY id");
    const int before = connection->cachedStatementCount();
    {
        auto first = connection->exec(sql, {3});
        QVERIFY2(first.ok(), why(first).constData());
        QCOMPARE(texts(first.value()), QStringList{QStringLiteral("three")});
    }
    QCOMPARE(connection->cachedStatementCount(), before + 1); // handed back
    {
        auto second = connection->exec(sql, {2});
        QVERIFY(second.ok());
        QCOMPARE(connection->cachedStatementCount(), before); // the same statement, taken out again
        QCOMPARE(texts(second.value()), (QStringList{QStringLiteral("two"), QStringLiteral("three")}));
    }
    // A NULL bound where a value was: not the previous value.
    auto none = connection->exec(QStringLiteral("SELECT text FROM cache_probe WHERE id = ?"), {2});
    QVERIFY(none.ok());
    QCOMPARE(texts(none.value()), QStringList{QStringLiteral("two")});
    none.value().finish();
    auto null = connection->exec(QStringLiteral("SELECT text FROM cache_probe WHERE id = ?"),
                                 {QVariant(QMetaType(QMetaType::Int))});
    QVERIFY(null.ok());
    QCOMPARE(texts(null.value()), QStringList{});
}

void TestStoreDatabase::nestedSameStatement()
{
    if (m_stores.backend == Backend::PostgreSql) {
        QSKIP("QPSQL reads a forward-only result row by row: no other statement may run meanwhile");
    }
    auto connection = connectWithProbe();
    QVERIFY(connection);
    const QString sql = QStringLiteral("SELECT text FROM cache_probe WHERE id >= ? ORDER BY id");
    static_cast<void>(connection->exec(sql, {1})); // cached: the outer loop takes it
    auto outer = connection->exec(sql, {1});
    QVERIFY(outer.ok());
    QStringList seen;
    while (outer.value().next()) {
        seen << outer.value().value(0).toString();
        auto inner = connection->exec(sql, {3}); // a statement of its own, not the outer one
        QVERIFY(inner.ok());
        QCOMPARE(texts(inner.value()), QStringList{QStringLiteral("three")});
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
}

void TestStoreDatabase::failedStatementNotReused()
{
    auto connection = connectWithProbe();
    QVERIFY(connection);
    const QString insert = QStringLiteral("INSERT INTO cache_probe (id, text) VALUES (?, ?)");
    const int before = connection->cachedStatementCount();
    auto duplicate = connection->exec(insert, {1, QStringLiteral("again")});
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, ErrorKind::Environment);
    QVERIFY(!duplicate.error().message.contains(QStringLiteral("again"))); // bound values never quoted
    QCOMPARE(connection->cachedStatementCount(), before - 1);              // the failed one is gone
    auto inserted = connection->exec(insert, {4, QStringLiteral("four")});
    QVERIFY2(inserted.ok(), why(inserted).constData());
    // A statement that cannot be prepared is not kept either, and a later one that can is prepared anew.
    auto missing = connection->exec(QStringLiteral("SELECT text FROM cache_missing WHERE id = ?"), {1});
    QVERIFY(!missing.ok());
    QVERIFY(connection->exec(QStringLiteral("CREATE TABLE cache_missing (id INTEGER, text TEXT)")).ok());
    auto found = connection->exec(QStringLiteral("SELECT text FROM cache_missing WHERE id = ?"), {1});
    QVERIFY2(found.ok(), why(found).constData());
    QCOMPARE(texts(found.value()), QStringList{});
    found.value().finish();
    QVERIFY(connection->exec(QStringLiteral("DROP TABLE cache_missing")).ok());
    auto rows = connection->exec(QStringLiteral("SELECT text FROM cache_probe ORDER BY id"));
    QVERIFY(rows.ok());
    QCOMPARE(texts(rows.value()), (QStringList{QStringLiteral("one"), QStringLiteral("two"),
                                               QStringLiteral("three"), QStringLiteral("four")}));
}

// PostgreSQL aborts a transaction at its first error; the statements prepared in it must still run after
// the rollback (PREPARE is not undone by ROLLBACK), and the failed one is prepared anew.
void TestStoreDatabase::failedStatementInTransaction()
{
    auto connection = connectWithProbe();
    QVERIFY(connection);
    const QString select = QStringLiteral("SELECT text FROM cache_probe WHERE id = ?");
    const QString insert = QStringLiteral("INSERT INTO cache_probe (id, text) VALUES (?, ?)");
    {
        Transaction transaction(*connection);
        QVERIFY(transaction.begin().ok());
        auto read = connection->exec(select, {2});
        QVERIFY(read.ok());
        QCOMPARE(texts(read.value()), QStringList{QStringLiteral("two")});
        QVERIFY(!connection->exec(insert, {2, QStringLiteral("again")}).ok());
    } // rolled back
    auto read = connection->exec(select, {3});
    QVERIFY2(read.ok(), why(read).constData());
    QCOMPARE(texts(read.value()), QStringList{QStringLiteral("three")});
    auto inserted = connection->exec(insert, {5, QStringLiteral("five")});
    QVERIFY2(inserted.ok(), why(inserted).constData());
}

// A read snapshot sees the store as at its first read, and holds no writer back: a row committed meanwhile on
// another connection is not seen until the snapshot ends.
void TestStoreDatabase::readSnapshotSeesNoLaterWrite()
{
    auto reader = connectWithProbe();
    QVERIFY(reader);
    auto writer = connect();
    QVERIFY(writer);
    const QString count = QStringLiteral("SELECT COUNT(*) FROM cache_probe WHERE id > ?");
    const auto rows = [&reader, &count]() -> qint64 {
        auto counted = reader->exec(count, {0});
        if (!counted || !counted.value().next()) {
            return -1;
        }
        const qint64 n = counted.value().value(0).toLongLong();
        counted.value().finish();
        return n;
    };
    {
        ReadSnapshot snapshot(*reader);
        QVERIFY(snapshot.begin().ok());
        QCOMPARE(rows(), 3);
        auto inserted = writer->exec(QStringLiteral("INSERT INTO cache_probe (id, text) VALUES (?, ?)"),
                                     {4, QStringLiteral("four")});
        QVERIFY2(inserted.ok(), why(inserted).constData()); // not held back by the snapshot
        QCOMPARE(rows(), 3);
    }
    QCOMPARE(rows(), 4);
}

void TestStoreDatabase::schemaChangeDropsPrepared()
{
    auto connection = connectWithProbe();
    QVERIFY(connection);
    const QString select = QStringLiteral("SELECT * FROM cache_probe WHERE id = ?");
    {
        auto before = connection->exec(select, {1});
        QVERIFY(before.ok());
        QCOMPARE(before.value().record().count(), 2);
    }
    QVERIFY(connection->cachedStatementCount() > 0);
    QVERIFY(connection->exec(QStringLiteral("ALTER TABLE cache_probe ADD COLUMN extra TEXT")).ok());
    QCOMPARE(connection->cachedStatementCount(), 0);
    QVERIFY(connection
                ->exec(QStringLiteral("UPDATE cache_probe SET extra = ? WHERE id = ?"),
                       {QStringLiteral("more"), 1})
                .ok());
    // Prepared before the change, a statement would still give two columns (PostgreSQL: "cached plan must
    // not change result type").
    auto after = connection->exec(select, {1});
    QVERIFY2(after.ok(), why(after).constData());
    QCOMPARE(after.value().record().count(), 3);
    QVERIFY(after.value().next());
    QCOMPARE(after.value().value(QStringLiteral("extra")).toString(), QStringLiteral("more"));
    after.value().finish();
    // The table dropped and made anew with other columns: the statement reads the new one.
    QVERIFY(connection->exec(QStringLiteral("DROP TABLE cache_probe")).ok());
    QVERIFY(connection->exec(QStringLiteral("CREATE TABLE cache_probe (id INTEGER PRIMARY KEY)")).ok());
    QVERIFY(connection->exec(QStringLiteral("INSERT INTO cache_probe (id) VALUES (?)"), {1}).ok());
    auto recreated = connection->exec(select, {1});
    QVERIFY2(recreated.ok(), why(recreated).constData());
    QCOMPARE(recreated.value().record().count(), 1);
}

// A reader that stops after the first row (as every "if (query.next())" does) leaves its statement in the
// cache. If it were not reset, SQLite would keep its read transaction open: the connection would go on
// reading the snapshot of that moment, and a checkpoint could not reset the log.
void TestStoreDatabase::unreadSelectHoldsNoSnapshot()
{
    auto reader = connectWithProbe();
    QVERIFY(reader);
    {
        auto first =
            reader->exec(QStringLiteral("SELECT text FROM cache_probe WHERE id >= ? ORDER BY id"), {1});
        QVERIFY(first.ok());
        QVERIFY(first.value().next()); // one row of three read, then dropped
    }
    auto writer = connect();
    QVERIFY(writer);
    QVERIFY(writer
                ->exec(QStringLiteral("INSERT INTO cache_probe (id, text) VALUES (?, ?)"),
                       {9, QStringLiteral("nine")})
                .ok());
    auto count = reader->exec(QStringLiteral("SELECT COUNT(*) FROM cache_probe WHERE id > ?"), {0});
    QVERIFY(count.ok());
    QVERIFY(count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 4); // the writer's row seen
    count.value().finish();
    if (m_stores.backend == Backend::Sqlite) {
        auto checkpoint = writer->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY(checkpoint.ok());
        QVERIFY(checkpoint.value().next());
        QCOMPARE(checkpoint.value().value(0).toInt(), 0); // not busy: no reader holds a snapshot
    }
}

void TestStoreDatabase::boundedLeastRecentlyUsed()
{
    auto connection = connectWithProbe();
    QVERIFY(connection);
    const auto numbered = [](int n) {
        return QStringLiteral("SELECT text FROM cache_probe WHERE id = ? + %1").arg(n);
    };
    for (int n = 0; n < Connection::kStatementCacheSize + 10; ++n) {
        QVERIFY(connection->exec(numbered(n), {1}).ok());
    }
    QCOMPARE(connection->cachedStatementCount(), Connection::kStatementCacheSize);
    // The most recent is still there (taken out, the count drops); the oldest was dropped.
    {
        auto recent = connection->exec(numbered(Connection::kStatementCacheSize + 9), {1});
        QVERIFY(recent.ok());
        QCOMPARE(connection->cachedStatementCount(), Connection::kStatementCacheSize - 1);
    }
    {
        auto oldest = connection->exec(numbered(0), {1});
        QVERIFY(oldest.ok());
        QCOMPARE(connection->cachedStatementCount(), Connection::kStatementCacheSize);
    }
    connection->clearStatementCache();
    QCOMPARE(connection->cachedStatementCount(), 0);
}

void TestStoreDatabase::queryOutlivesItsConnection()
{
    auto connection = connectWithProbe();
    QVERIFY(connection);
    auto query = connection->exec(QStringLiteral("SELECT text FROM cache_probe WHERE id = ?"), {1});
    QVERIFY(query.ok());
    connection.reset(); // the query goes after its connection: not handed back to a cache that is gone
    QVERIFY(query.ok());
}

void TestStoreDatabase::binaryRowsReadInPlace()
{
    auto connection = connectWithProbe();
    QVERIFY(connection);
    const QByteArray sql = "SELECT id, text FROM cache_probe WHERE id >= $1 ORDER BY id";
    if (m_stores.backend == Backend::Sqlite) {
        auto refused = connection->execBinary(sql, {"1"});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Environment);
        return;
    }
    // A statement of QtSql's still streaming its rows (QPSQL reads one at a time) does not stand in the way.
    auto streaming =
        connection->exec(QStringLiteral("SELECT text FROM cache_probe WHERE id >= ? ORDER BY id"), {1});
    QVERIFY(streaming.ok());
    QVERIFY(streaming.value().next());
    auto rows = connection->execBinary(sql, {"2"});
    QVERIFY2(rows.ok(), why(rows).constData());
    QCOMPARE(rows->count(), 2);
    QCOMPARE(rows->integer(0, 0), 2);
    QCOMPARE(rows->bytes(0, 1), QByteArrayView("two"));
    QCOMPARE(rows->integer(1, 0), 3);
    QCOMPARE(rows->bytes(1, 1), QByteArrayView("three"));
    streaming.value().finish();
    // The server's own words, as every other database error; the connection still serves.
    auto wrong = connection->execBinary("SELECT nowhere FROM cache_probe", {});
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().kind, ErrorKind::Environment);
    QCOMPARE(wrong.error().code, QString(errors::Database));
    QVERIFY2(wrong.error().message.contains(QLatin1String("nowhere")), qPrintable(wrong.error().message));
    auto again = connection->execBinary(sql, {"3"});
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(again->count(), 1);
}

void TestStoreDatabase::locationAccepted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("sslRootCert");
    QTest::newRow("loopback, no TLS") << "postgresql://probitas@127.0.0.1:5432/store"
                                      << "127.0.0.1"
                                      << ""
                                      << "";
    QTest::newRow("localhost") << "postgresql://probitas@localhost/store"
                               << "localhost"
                               << ""
                               << "";
    QTest::newRow("IPv6 loopback") << "postgresql://probitas@[::1]/store"
                                   << "::1"
                                   << ""
                                   << "";
    QTest::newRow("another loopback address") << "postgresql://u@127.8.9.10/store"
                                              << "127.8.9.10"
                                              << ""
                                              << "";
    QTest::newRow("remote, verified TLS") << "postgresql://juge@db.ca-versailles.justice.fr/"
                                             "probitas?sslmode=verify-full&sslrootcert=/etc/ca.pem"
                                          << "db.ca-versailles.justice.fr"
                                          << "verify-full"
                                          << "/etc/ca.pem";
    QTest::newRow("remote address, verified TLS, libpq's root file")
        << "postgresql://juge@10.1.2.3/probitas?sslmode=verify-full"
        << "10.1.2.3"
        << "verify-full"
        << "";
}

void TestStoreDatabase::locationAccepted()
{
    QFETCH(QString, url);
    QFETCH(QString, host);
    QFETCH(QString, sslMode);
    QFETCH(QString, sslRootCert);
    auto location = Location::parse(url);
    QVERIFY2(location.ok(), qPrintable(location ? QString() : location.error().message));
    QCOMPARE(location->backend, Backend::PostgreSql);
    QCOMPARE(location->host, host);
    QCOMPARE(location->sslMode, sslMode);
    QCOMPARE(location->sslRootCert, sslRootCert);
}

// A store URL that would leak a secret or talk to an unverified server: each refused (exit 2) with a message
// saying what is wrong and what to write instead.
void TestStoreDatabase::locationRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("password in the URL") << "postgresql://juge:secret@127.0.0.1/probitas"
                                         << "must not contain a password";
    QTest::newRow("password as a setting") << "postgresql://juge@127.0.0.1/probitas?password=secret"
                                           << "does not take: password";
    QTest::newRow("remote without TLS") << "postgresql://juge@db.example.fr/probitas"
                                        << "not on this computer";
    QTest::newRow("remote, TLS not verified") << "postgresql://juge@db.example.fr/probitas?sslmode=require"
                                              << "sslmode=require would not check";
    QTest::newRow("remote, CA only") << "postgresql://juge@db.example.fr/probitas?sslmode=verify-ca"
                                     << "sslmode=verify-ca would not check";
    QTest::newRow("remote, TLS off") << "postgresql://juge@192.168.1.20/probitas?sslmode=disable"
                                     << "not on this computer";
    QTest::newRow("a look-alike of loopback") << "postgresql://juge@127.0.0.1.evil.example/probitas"
                                              << "not on this computer";
    QTest::newRow("unknown TLS mode") << "postgresql://juge@127.0.0.1/probitas?sslmode=maybe"
                                      << "does not take: sslmode";
    QTest::newRow("no host") << "postgresql:///probitas"
                             << "not a PostgreSQL URL";
}

void TestStoreDatabase::locationRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    auto location = Location::parse(url);
    QVERIFY(!location.ok());
    QCOMPARE(location.error().kind, ErrorKind::Unusable);
    QVERIFY2(location.error().message.contains(says), qPrintable(location.error().message));
    QVERIFY2(!location.error().message.contains(QStringLiteral("secret")),
             qPrintable(location.error().message));
}

// The password the desktop client asks for travels in the Location, in memory only: never in what it says
// of the store (messages, the status bar, the settings), and shared, not copied, by the Location's copies.
void TestStoreDatabase::typedPasswordNeverDescribed()
{
    auto parsed = Location::parse(QStringLiteral("postgresql://juge@127.0.0.1:5432/probitas"));
    QVERIFY(parsed.ok());
    Location location = *parsed;
    location.password = std::make_shared<const crypto::SecureBytes>(QByteArrayView("s3cret-typed"));
    const Location copy = location;
    QCOMPARE(copy.password.get(), location.password.get());
    QVERIFY2(!copy.describe().contains(QStringLiteral("s3cret")), qPrintable(copy.describe()));
    QCOMPARE(copy.describe(), QStringLiteral("postgresql://juge@127.0.0.1:5432/probitas"));
}

int main(int argc, char* argv[])
{
    return runAgainstEachBackend<TestStoreDatabase>(argc, argv,
                                                    QStringLiteral("probitas-store-database-XXXXXX"));
}

#include "tst_store_database.moc"
