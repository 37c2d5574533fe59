// Start-up: library version, known-answer self-tests, process hardening.
#include "CryptoErrors.h"
#include "CryptoInit.h"
#include "Digest.h"

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
    void sha256IsTheStandardOne();
    void hexOfADigest_data();
    void hexOfADigest();
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

// FIPS 180-2's example: what every stored audit hash is compared against.
void TestSelfTest::sha256IsTheStandardOne()
{
    QCOMPARE(sha256("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestSelfTest::hexOfADigest_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("matches");
    const QByteArray hex = sha256("abc").toHex();
    QTest::newRow("its lowercase hex") << hex << true;
    QTest::newRow("uppercase (not how the trail writes it)") << hex.toUpper() << false;
    QTest::newRow("one digit changed") << QByteArray(hex).replace(0, 1, "c") << false;
    QTest::newRow("the last digit changed") << hex.left(63) + 'e' << false;
    QTest::newRow("one digit short") << hex.left(63) << false;
    QTest::newRow("one digit more") << hex + '0' << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestSelfTest::hexOfADigest()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, matches);
    QCOMPARE(isHexOf(text, sha256("abc")), matches);
}

QTEST_GUILESS_MAIN(TestSelfTest)
#include "tst_crypto_selftest.moc"
