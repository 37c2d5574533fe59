// Start-up: library version, known-answer self-tests, process hardening.
#include "CryptoErrors.h"
#include "CryptoInit.h"

#include <QtTest>
#include <openssl/crypto.h>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace probitas::crypto;

class TestSelfTest : public QObject
{
    Q_OBJECT

private slots:
    void selfTestPasses();
    void selfTestIsRemembered();
    void runtimeLibraryIsRecentEnough();
    void hardeningMakesProcessUndumpable();
};

void TestSelfTest::selfTestPasses()
{
    const auto status = initialize();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
}

void TestSelfTest::selfTestIsRemembered()
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i) {
        QVERIFY(initialize().ok());
    }
    QVERIFY(timer.elapsed() < 1000);
}

void TestSelfTest::runtimeLibraryIsRecentEnough()
{
    QVERIFY(OpenSSL_version_num() >= kMinimumOpenSslVersion);
    QVERIFY2(openSslVersion().startsWith(QLatin1String("OpenSSL 3.")), qPrintable(openSslVersion()));
}

void TestSelfTest::hardeningMakesProcessUndumpable()
{
    const auto status = hardenProcess();
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    struct rlimit limit = {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
}

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_crypto_selftest.moc"
