// Crash safety and concurrency on SQLite: a filer killed with SIGKILL mid-stream leaves a consistent store
// (integrity_check, a whole audit chain, every filing complete or absent), and two filers writing at once
// lose nothing. A draft's save and the migration of an older store, killed before each of their writes
// (tests/fault/FaultShim.cpp), leave the old state or the new one, never a mix.
#include "DraftContent.h"
#include "StoreTestSupport.h"
#include "TestTimeouts.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>
#include <algorithm>

using namespace probitas;
using namespace probitas::store;
using namespace probitas::store::testing;

class TestStoreCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedMidFiling();
    void twoWritersAtOnce();
    void killedAtEveryWriteOfADraftSave();
    void killedAtEveryWriteOfAMigration();

private:
    struct Outcome
    {
        bool killed = false;
        int code = -1;
        QByteArray err;
    };
    // store_filer with `arguments`, preloaded with the fault shim and its variables (`faults`).
    Outcome runUnderFaults(const QStringList& arguments, const QMap<QString, QString>& faults);
    // How many writes to files store_filer makes with `arguments` (run once, on a copy of `store`).
    long writesOf(QStringList arguments, const QString& store);
    // A copy of a store file, its -wal and -shm too.
    QString copyStore(const QString& from, const QString& name);
    // A run of store_filer killed before one of its writes: the copy of the store it ran on, how it ended,
    // and what a failure about it says.
    struct Kill
    {
        QString store;
        Outcome outcome;
        QByteArray why;
    };
    // store_filer with `arguments` (which name `base`), counted once, then run on a fresh copy of `base` for
    // each of its writes and killed just before it (spread over a hundred of them at most); empty when the
    // count failed.
    QList<Kill> killAtEachWrite(const QStringList& arguments, const QString& base);
    QString prepareStore(const QString& name);
    QProcess* startFiler(const QString& store, int count);
    void checkConsistent(const QString& path, const QSet<QString>& reported);

    QTemporaryDir m_dir;
    QString m_identity;
};

namespace {
const char* kPassphrase = "correct horse battery staple";
}

void TestStoreCrash::initTestCase()
{
    QVERIFY(loadBuiltInData().ok());
    m_identity = m_dir.filePath(QStringLiteral("juge.p12"));
    QVERIFY(org().juge.save(m_identity, crypto::SecureBytes(QByteArrayView(kPassphrase))).ok());
}

QString TestStoreCrash::prepareStore(const QString& name)
{
    const QString path = m_dir.filePath(name);
    auto store = Store::open(path);
    if (!store) {
        return {};
    }
    registerOrg(**store);
    return path;
}

QProcess* TestStoreCrash::startFiler(const QString& store, int count)
{
    auto* process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PROBITAS_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(PROBITAS_STORE_FILER),
                   {store, m_identity, dataPath(QStringLiteral("di-valid.json")), QString::number(count)});
    return process;
}

void TestStoreCrash::checkConsistent(const QString& path, const QSet<QString>& reported)
{
    auto store = Store::open(path);
    QVERIFY2(store.ok(), why(store).constData());
    const Connection& connection = (*store)->connection();
    auto integrity = connection.exec(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(integrity.ok() && integrity.value().next());
    QCOMPARE(integrity.value().value(0).toString(), QStringLiteral("ok"));
    integrity.value().finish();
    auto report = (*store)->audit().verify();
    QVERIFY2(report.ok(), why(report).constData());
    QVERIFY2(report->firstBad == 0, qPrintable(report->problem));

    // Every declaration has its envelope, its two recipients and its audit entry; every id a filer
    // reported as committed is there.
    auto rows = connection.exec(QStringLiteral(
        "SELECT d.id, (SELECT COUNT(*) FROM envelopes e WHERE e.declaration_id = d.id), (SELECT COUNT(*) "
        "FROM "
        "envelope_recipients r WHERE r.declaration_id = d.id), (SELECT COUNT(*) FROM audit a WHERE "
        "a.declaration_id = d.id AND a.action = 'file') FROM declarations d"));
    QVERIFY(rows.ok());
    QSet<QString> stored;
    while (rows.value().next()) {
        const QString id = rows.value().value(0).toString();
        stored.insert(id);
        QCOMPARE(rows.value().value(1).toInt(), 1);
        QCOMPARE(rows.value().value(2).toInt(), 2);
        QCOMPARE(rows.value().value(3).toInt(), 1);
    }
    rows.value().finish();
    QVERIFY2(stored.contains(reported), "a filing reported as committed is missing");
    auto audit = connection.exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = 'file'"));
    QVERIFY(audit.ok() && audit.value().next());
    QCOMPARE(audit.value().value(0).toInt(), int(stored.size()));
}

void TestStoreCrash::killedMidFiling()
{
    const QString path = prepareStore(QStringLiteral("killed.sqlite"));
    QVERIFY(!path.isEmpty());
    QSet<QString> reported;
    // Several kills at different moments, into the same store.
    for (int round = 0; round < 3; ++round) {
        QProcess* filer = startFiler(path, 100000);
        QVERIFY(filer->waitForStarted());
        QVERIFY(filer->waitForReadyRead(
            probitas::testing::scaledTimeout(20000))); // "ready": the identity is loaded
        QThread::msleep(300 + 250 * round);
        filer->kill(); // SIGKILL
        QVERIFY(filer->waitForFinished());
        QCOMPARE(filer->exitStatus(), QProcess::CrashExit);
        for (const QByteArray& line : filer->readAllStandardOutput().split('\n')) {
            if (!line.isEmpty() && line != "ready") {
                reported.insert(QString::fromLatin1(line));
            }
        }
        delete filer;
    }
    QVERIFY2(reported.size() > 3, "the filer filed too little before being killed");
    checkConsistent(path, reported);
}

void TestStoreCrash::twoWritersAtOnce()
{
    const QString path = prepareStore(QStringLiteral("two.sqlite"));
    QVERIFY(!path.isEmpty());
    const int each = 25;
    QProcess* first = startFiler(path, each);
    QProcess* second = startFiler(path, each);
    QSet<QString> reported;
    for (QProcess* filer : {first, second}) {
        QVERIFY(filer->waitForFinished(probitas::testing::scaledTimeout(60000)));
        QVERIFY2(filer->exitCode() == 0, filer->readAllStandardError().constData());
        for (const QByteArray& line : filer->readAllStandardOutput().split('\n')) {
            if (!line.isEmpty() && line != "ready") {
                reported.insert(QString::fromLatin1(line));
            }
        }
    }
    QCOMPARE(reported.size(), 2 * each);
    checkConsistent(path, reported);
    auto store = Store::open(path);
    auto all = (*store)->declarations().list(org().auditor);
    QCOMPARE(all->size(), 2 * each);
}

TestStoreCrash::Outcome TestStoreCrash::runUnderFaults(const QStringList& arguments,
                                                       const QMap<QString, QString>& faults)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PROBITAS_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(PROBITAS_FAULT_SHIM));
    for (auto fault = faults.cbegin(); fault != faults.cend(); ++fault) {
        environment.insert(fault.key(), fault.value());
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PROBITAS_STORE_FILER), arguments);
    Outcome outcome;
    if (!process.waitForFinished(probitas::testing::scaledTimeout(60000))) {
        process.kill();
        process.waitForFinished();
        outcome.err = "store_filer did not finish";
        return outcome;
    }
    outcome.killed = process.exitStatus() == QProcess::CrashExit;
    outcome.code = process.exitCode();
    outcome.err = process.readAllStandardError();
    return outcome;
}

long TestStoreCrash::writesOf(QStringList arguments, const QString& store)
{
    const QString copy = copyStore(store, QStringLiteral("counted.sqlite"));
    arguments.replaceInStrings(store, copy);
    const QString counted = m_dir.filePath(QStringLiteral("writes-counted"));
    const Outcome outcome =
        runUnderFaults(arguments, {{QStringLiteral("PROBITAS_WRITE_COUNT_FILE"), counted}});
    QFile count(counted);
    if (outcome.killed || outcome.code != 0 || !count.open(QIODevice::ReadOnly)) {
        qWarning("store_filer: %s", outcome.err.constData());
        return 0;
    }
    return count.readAll().trimmed().toLong();
}

QString TestStoreCrash::copyStore(const QString& from, const QString& name)
{
    const QString copy = m_dir.filePath(name);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(copy + suffix);
        if (QFile::exists(from + suffix)) {
            QFile::copy(from + suffix, copy + suffix);
        }
    }
    return copy;
}

QList<TestStoreCrash::Kill> TestStoreCrash::killAtEachWrite(const QStringList& arguments, const QString& base)
{
    const long writes = writesOf(arguments, base);
    QList<Kill> kills;
    int killed = 0;
    const long step = std::max(1L, (writes + 99) / 100);
    for (long at = 1; writes > 0 && at < writes + step; at += step) {
        const long before = std::min(at, writes); // the last write always
        Kill kill;
        kill.store = copyStore(base, QFileInfo(base).completeBaseName() +
                                         QStringLiteral("-killed-%1.sqlite").arg(before));
        kill.outcome = runUnderFaults(QStringList(arguments).replaceInStrings(base, kill.store),
                                      {{QStringLiteral("PROBITAS_KILL_AT_WRITE"), QString::number(before)}});
        kill.why = "killed before write " + QByteArray::number(qint64(before)) + " of " +
                   QByteArray::number(qint64(writes)) + ": " + kill.outcome.err;
        killed += kill.outcome.killed ? 1 : 0;
        kills << kill;
    }
    qInfo("store_filer %s: killed %d times, spread over its %ld writes", qPrintable(arguments.first()),
          killed, writes);
    return kills;
}

// The desktop saves her draft as she types: killed before any of that save's writes, the store holds the
// draft she had before or the new one, whole and still hers to open, and the store verifies.
void TestStoreCrash::killedAtEveryWriteOfADraftSave()
{
    const QString base = prepareStore(QStringLiteral("draft-base.sqlite"));
    QVERIFY(!base.isEmpty());
    {
        auto store = Store::open(base);
        QVERIFY(store.ok());
        QVERIFY((*store)->drafts().save(org().juge, draftContent(0)).ok());
    }
    const QList<Kill> kills =
        killAtEachWrite({QStringLiteral("--draft"), base, m_identity, QStringLiteral("1")}, base);
    QVERIFY2(!kills.isEmpty(), "the draft's save wrote nothing");
    QVERIFY(std::any_of(kills.cbegin(), kills.cend(), [](const Kill& kill) { return kill.outcome.killed; }));
    for (const auto& [store, outcome, why] : kills) {
        QVERIFY2(outcome.killed || outcome.code == 0, why.constData());
        checkConsistent(store, {});
        auto opened = Store::open(store);
        QVERIFY2(opened.ok(), why.constData());
        auto draft = (*opened)->drafts().open(org().juge);
        QVERIFY2(draft.ok(), (why + ": " + probitas::store::testing::why(draft)).constData());
        const QByteArray content = draft->view().toByteArray();
        if (outcome.killed) {
            QVERIFY2(content == draftContent(0) || content == draftContent(1), why.constData());
        } else {
            QCOMPARE(content, draftContent(1));
        }
    }
}

// A store made by an older Probitas is migrated by the first client that opens it: killed before any write
// of the migration, the store opens afterwards, migrated to the latest schema, and verifies.
void TestStoreCrash::killedAtEveryWriteOfAMigration()
{
    const QString base = m_dir.filePath(QStringLiteral("version-1.sqlite"));
    {
        auto location = Location::parse(base);
        QVERIFY(location.ok());
        auto connection = Connection::open(*location);
        QVERIFY(connection.ok());
        const auto report = SchemaManager(**connection).upgrade(1);
        QCOMPARE(report.outcome, SchemaManager::Outcome::Upgraded);
    }
    // The schema a migration not killed gives: tables, indexes, triggers and views, as SQLite keeps them.
    const auto schemaOf = [](const QString& path) {
        QStringList schema;
        {
            QSqlDatabase database =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
            database.setDatabaseName(path);
            database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (database.open()) {
                QSqlQuery query(database);
                query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE "
                                          "'sqlite_%' ORDER BY type, name"));
                while (query.next()) {
                    schema << query.value(0).toString() + ' ' + query.value(1).toString() + ' ' +
                                  query.value(2).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema"));
        return schema;
    };
    const QString control = copyStore(base, QStringLiteral("migration-control.sqlite"));
    QCOMPARE(runUnderFaults({QStringLiteral("--open"), control}, {}).code, 0);
    const QStringList migrated = schemaOf(control);
    QVERIFY(migrated.size() > 20);
    const QList<Kill> kills = killAtEachWrite({QStringLiteral("--open"), base}, base);
    QVERIFY2(!kills.isEmpty(), "the migration wrote nothing");
    QVERIFY(std::any_of(kills.cbegin(), kills.cend(), [](const Kill& kill) { return kill.outcome.killed; }));
    for (const auto& [store, outcome, why] : kills) {
        QVERIFY2(outcome.killed || outcome.code == 0, why.constData());
        {
            auto location = Location::parse(store);
            QVERIFY(location.ok());
            auto connection = Connection::open(*location);
            QVERIFY2(connection.ok(), why.constData());
            auto version = SchemaManager(**connection).currentVersion();
            QVERIFY2(version.ok(), why.constData());
            QVERIFY2(version->first >= 1 && version->first <= SchemaManager::kLatestVersion, why.constData());
        }
        {
            auto reopened = Store::open(store);
            QVERIFY2(reopened.ok(), (why + ": " + probitas::store::testing::why(reopened)).constData());
            QCOMPARE((*reopened)->schemaReport().toVersion, SchemaManager::kLatestVersion);
            auto integrity = (*reopened)->connection().exec(QStringLiteral("PRAGMA integrity_check"));
            QVERIFY(integrity.ok() && integrity.value().next());
            QCOMPARE(integrity.value().value(0).toString(), QStringLiteral("ok"));
        }
        QCOMPARE(schemaOf(store), migrated);
    }
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
