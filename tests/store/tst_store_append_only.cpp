// The append-only check on open (KnownHeads), attacked on the entries appended since this computer last saw
// the store: the part of the trail the check reads row by row and re-hashes from the columns as stored.
// Someone with write access edits one column of such an entry, or removes one, without being able to fix
// what the next entries name; each edit must be refused (Integrity, exit 4, NotAppendOnly) naming the
// sequence. SQLite, and PostgreSQL when PROBITAS_TEST_POSTGRESQL names a server.
#include "StoreTestSupport.h"

#include <QJsonDocument>
#include <QtTest>
#include <thread>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

class TestStoreAppendOnly : public QObject
{
    Q_OBJECT

public:
    explicit TestStoreAppendOnly(Deployment deployment)
        : m_stores{deployment}
    {}

private slots:
    void initTestCase();
    void init();
    void editedEntryAppendedSinceIsSeen_data();
    void editedEntryAppendedSinceIsSeen();
    void entryNeedingEscapesIsHashedInCanonicalForm();
    void concurrentClientsLoseNoHead();

private:
    // Remembers the head at `heads`, then lets another client append three entries (two filings and a
    // refusal). Returns the sequence remembered.
    qint64 seenThenAppended(const QString& heads);
    std::unique_ptr<Store> attackersConnection();

    FreshStores m_stores;
};

void TestStoreAppendOnly::initTestCase()
{
    QVERIFY(loadBuiltInData().ok());
    if (!m_stores.available()) {
        QSKIP(kNoPostgres);
    }
    static_cast<void>(org());
}

void TestStoreAppendOnly::init()
{
    QVERIFY(m_stores.next());
}

qint64 TestStoreAppendOnly::seenThenAppended(const QString& heads)
{
    QString storeId;
    {
        auto store = m_stores.open(Store::OpenOptions{heads, true});
        if (!store) {
            return 0;
        }
        registerOrg(*store);
        storeId = *store->directory().storeId();
    } // closing remembers the head
    {
        auto other =
            m_stores.open(Store::OpenOptions{m_stores.dir->filePath(QStringLiteral("other.json")), true});
        if (!other) {
            return 0;
        }
        auto filed = other->declarations().file(juge(), org().juge);
        if (!filed.ok() || !other->declarations().file(substitutDi(), org().substitut).ok() ||
            other->declarations().open(*filed, org().substitut).ok()) { // not hers to open: a refusal,
                                                                        // audited
            return 0;
        }
    }
    auto known = KnownHeads(heads).find(storeId);
    return known && *known ? (*known)->head.sequence : 0;
}

std::unique_ptr<Store> TestStoreAppendOnly::attackersConnection()
{
    return m_stores.attackersStore();
}

void TestStoreAppendOnly::editedEntryAppendedSinceIsSeen_data()
{
    // The statement runs on the first entry appended since the remembered head (never the newest, whose
    // successor would not show a change of its signature): `?` is its sequence. The message names the
    // sequence `offset` entries after the head, and says what is wrong.
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("problem");
    const auto update = [](const char* assignment) {
        return QStringLiteral("UPDATE audit SET %1 WHERE sequence = ?").arg(QLatin1String(assignment));
    };
    QTest::newRow("time") << update("at = '2020-01-01T00:00:00.000Z'") << 1 << "was modified";
    QTest::newRow("actor") << update("actor_id = (SELECT id FROM people WHERE name = 'Thomas Substitut')")
                           << 1 << "was modified";
    QTest::newRow("action") << update("action = 'purge'") << 1 << "was modified";
    QTest::newRow("declaration") << update("declaration_id = NULL") << 1 << "was modified";
    QTest::newRow("details") << update("details = '{}'") << 1 << "was modified";
    QTest::newRow("details, not ASCII")
        << update("details = '{\"declaration\":\"intérêts\"}'") << 1 << "was modified";
    QTest::newRow("action needing an escape") << update("action = 'fi\"le'") << 1 << "was modified";
    QTest::newRow("version") << update("version = 1") << 1 << "was modified";
    QTest::newRow("hash") << update("hash = '" + QByteArray(64, 'a') + "'") << 1 << "was modified";
    QTest::newRow("hash in capitals") << update("hash = UPPER(hash)") << 1 << "was modified";
    QTest::newRow("previous hash") << update("previous_hash = '" + QByteArray(64, 'b') + "'") << 1
                                   << "does not follow";
    QTest::newRow("previous signature")
        << update("previous_signature = '" + QByteArray(64, 'c') + "'") << 1 << "does not follow";
    // Its successor names the SHA-256 of its signature.
    QTest::newRow("signature") << update(m_stores.backend == Backend::Sqlite
                                             ? "signature = CAST(previous_hash AS BLOB)"
                                             : "signature = convert_to(previous_hash, 'UTF8')")
                               << 2 << "does not follow";
    QTest::newRow("removed") << QStringLiteral("DELETE FROM audit WHERE sequence = ?") << 1 << "is missing";
}

void TestStoreAppendOnly::editedEntryAppendedSinceIsSeen()
{
    QFETCH(QString, statement);
    QFETCH(int, offset);
    QFETCH(QString, problem);
    const QString heads = m_stores.dir->filePath(QStringLiteral("heads.json"));
    const qint64 seen = seenThenAppended(heads);
    QVERIFY(seen > 0);
    {
        auto untouched = attackersConnection();
        QVERIFY(untouched);
        QCOMPARE(auditCount(*untouched), seen + 3);
        QVERIFY(rawSql(*untouched, statement, {seen + 1}));
    }
    if (m_stores.deployment == Deployment::Server && problem == QLatin1String("was modified")) {
        // A server store's client checks the links of what was appended since it last looked, not what each
        // entry says (any login could otherwise stop every client with one entry of its own making): an
        // edited hash breaks its successor's link; an edited content is for `audit verify` to name.
        if (!statement.contains(QLatin1String("hash ="))) {
            auto opened = m_stores.openShared(Store::OpenOptions{heads, true});
            QVERIFY2(opened.ok(), why(opened));
            auto report = (*opened)->audit().verify();
            QVERIFY2(report.ok(), why(report));
            QVERIFY2(report->firstBad == seen + 1, qPrintable(report->problem));
            return;
        }
        offset = 2;
        problem = QStringLiteral("does not follow");
    }
    auto refused = m_stores.openShared(Store::OpenOptions{heads, true});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Integrity);
    QCOMPARE(refused.error().code, QString(errors::NotAppendOnly));
    const QString named = problem == QLatin1String("is missing")
                              ? QStringLiteral("audit entry %1 is missing").arg(seen + 1)
                              : QStringLiteral("audit entry %1 %2").arg(seen + offset).arg(problem);
    QVERIFY2(refused.error().message.contains(named), why(refused));
    // The head stays where it was: the next open is refused as well.
    QVERIFY(!m_stores.openShared(Store::OpenOptions{heads, true}).ok());
}

void TestStoreAppendOnly::entryNeedingEscapesIsHashedInCanonicalForm()
{
    if (m_stores.deployment == Deployment::Server) {
        QSKIP("a server store's client checks the links of what was appended since, not each entry's hash "
              "(editedEntryAppendedSinceIsSeen)");
    }
    // Probitas never writes such an entry, but its hash is of the canonical form (AuditEntry::canonical, the
    // bytes its signature covers): the newest entry, rewritten with a quote, a backslash and accents and
    // hashed that way, is an extension of the trail like any other (only `audit verify` sees that its
    // signature no longer matches); hashed over the bytes as stored, it is a modified entry.
    const QString heads = m_stores.dir->filePath(QStringLiteral("heads.json"));
    const qint64 seen = seenThenAppended(heads);
    QVERIFY(seen > 0);
    const qint64 newest = seen + 3;
    auto attacker = attackersConnection();
    QVERIFY(attacker);
    auto row = attacker->connection().exec(
        QStringLiteral("SELECT at, actor_id, declaration_id, previous_hash, previous_signature, version FROM "
                       "audit WHERE sequence = ?"),
        {newest});
    QVERIFY(row && row.value().next());
    AuditEntry entry;
    entry.sequence = newest;
    entry.at = QDateTime::fromString(row.value().value(0).toString(), Qt::ISODateWithMs);
    entry.actorId = row.value().value(1).toString();
    entry.declarationId = row.value().value(2).toString();
    entry.previousHash = row.value().value(3).toString();
    entry.previousSignatureHash = row.value().value(4).toString();
    entry.version = row.value().value(5).toInt();
    row.value().finish();
    entry.action = QStringLiteral("dé\"nied\\");
    entry.details = {{QStringLiteral("reason"), QStringLiteral("Hélène \"l'aînée\"\t\\")}};
    const QString details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    const QString storedForm = auditHash(QByteArray("not the canonical form"));
    QVERIFY(rawSql(*attacker,
                   QStringLiteral("UPDATE audit SET action = ?, details = ?, hash = ? WHERE sequence = ?"),
                   {entry.action, details, storedForm, newest}));
    auto refused = m_stores.openShared(Store::OpenOptions{heads, true});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("audit entry %1 was modified").arg(newest)),
             why(refused));

    QVERIFY(rawSql(*attacker, QStringLiteral("UPDATE audit SET hash = ? WHERE sequence = ?"),
                   {auditHash(entry.canonical()), newest}));
    auto accepted = m_stores.openShared(Store::OpenOptions{heads, true});
    QVERIFY2(accepted.ok(), why(accepted));
}

void TestStoreAppendOnly::concurrentClientsLoseNoHead()
{
    // Clients of several stores remembering their heads at once in the same file (each reads the file, adds
    // its store and writes it back): the lock makes each a whole step, so no store's head is lost and none
    // moves back.
    if (m_stores.backend != Backend::Sqlite) {
        QSKIP("no store involved: once is enough");
    }
    const QString heads = m_stores.dir->filePath(QStringLiteral("concurrent.json"));
    constexpr int kClients = 4;
    constexpr int kSteps = 25;
    std::vector<std::thread> clients;
    for (int client = 0; client < kClients; ++client) {
        clients.emplace_back([&heads, client] {
            for (int step = 1; step <= kSteps; ++step) {
                const QString storeId = QStringLiteral("store-%1-%2").arg(client).arg(step % 5);
                static_cast<void>(
                    KnownHeads(heads).remember(storeId, KnownHead{{step, QString(64, QLatin1Char('a'))},
                                                                  std::nullopt,
                                                                  QDateTime::currentDateTimeUtc()}));
            }
        });
    }
    for (std::thread& client : clients) {
        client.join();
    }
    for (int client = 0; client < kClients; ++client) {
        for (int last = kSteps - 4; last <= kSteps; ++last) {
            auto known = KnownHeads(heads).find(QStringLiteral("store-%1-%2").arg(client).arg(last % 5));
            QVERIFY(known.ok() && known->has_value());
            QCOMPARE((*known)->head.sequence, qint64(last));
        }
    }
}

int main(int argc, char* argv[])
{
    return runAgainstEachBackend<TestStoreAppendOnly>(argc, argv,
                                                      QStringLiteral("tst_store_append_only-XXXXXX"));
}

#include "tst_store_append_only.moc"
