// Crash safety and concurrency on SQLite: a filer killed with SIGKILL mid-stream leaves a consistent store
// (integrity_check, a whole audit chain, every filing complete or absent), and two filers writing at once
// lose nothing.
#include "StoreTestSupport.h"
#include "TestTimeouts.h"

#include <QProcess>
#include <QSet>
#include <QThread>
#include <QtTest>

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

private:
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
    QVERIFY(report.ok());
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

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
