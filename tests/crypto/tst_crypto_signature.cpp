// Detached signatures (crypto/Signature.h), used by the store's audit trail: ECDSA P-256 and RSA-PSS, each
// verifying only the exact bytes, with the signer's own certificate.
#include "Clock.h"
#include "CryptoErrors.h"
#include "CryptoTestSupport.h"
#include "Envelope.h"
#include "Signature.h"

#include <QtTest>

using namespace probitas;
using namespace probitas::crypto;
using namespace probitas::crypto::testing;

class TestSignature : public QObject
{
    Q_OBJECT

private slots:
    void signAndVerify_data();
    void signAndVerify();
    void rememberedPathStillChecksTime_data();
    void rememberedPathStillChecksTime();
    void rememberedPathWithoutTimeDoesNotSealToExpired();
};

void TestSignature::signAndVerify_data()
{
    QTest::addColumn<bool>("rsa");
    QTest::newRow("ECDSA P-256") << false;
    QTest::newRow("RSA-PSS 3072") << true;
}

void TestSignature::signAndVerify()
{
    QFETCH(bool, rsa);
    const Identity& signer = rsa ? pki().rsaDeclarant : pki().declarant;
    const QByteArray bytes = R"({"action":"open","sequence":7})";
    auto signature = Signature::sign(bytes, signer);
    QVERIFY(signature.ok());
    QVERIFY(Signature::verify(bytes, *signature, signer.certificate()).ok());

    // Another message, another key, a flipped bit: refused as a bad signature.
    QByteArray other = bytes;
    other[10] = 'X';
    auto wrongBytes = Signature::verify(other, *signature, signer.certificate());
    QVERIFY(!wrongBytes.ok());
    QCOMPARE(wrongBytes.error().code, QString(errors::BadSignature));
    QCOMPARE(wrongBytes.error().kind, ErrorKind::Integrity);
    QVERIFY(!Signature::verify(bytes, *signature, pki().authority.certificate()).ok());
    for (qsizetype i = 0; i < signature->size(); i += 7) {
        QByteArray flipped = *signature;
        flipped[i] = char(flipped[i] ^ 0x01);
        QVERIFY(!Signature::verify(bytes, flipped, signer.certificate()).ok());
    }
    QVERIFY(!Signature::verify(bytes, {}, signer.certificate()).ok());
    QVERIFY(!Signature::verify(bytes, *signature, Certificate()).ok());
    QVERIFY(!Signature::sign(bytes, Identity()).ok());
}

void TestSignature::rememberedPathStillChecksTime_data()
{
    // A path verified once is remembered (the directory checks the same certificates at every step): the
    // first check below passes and is remembered, the second must still be decided on its own.
    QTest::addColumn<bool>("firstWithTime");
    QTest::addColumn<QString>("signer");   // declarant or outsider
    QTest::addColumn<QString>("anchor");   // ca or foreign
    QTest::addColumn<int>("daysAfterNow"); // when the second check is made; 0: without a time
    QTest::addColumn<QString>("code");     // the second check's error; empty: accepted
    const QString expired = QString(errors::ExpiredCertificate);
    QTest::newRow("the same, without a time") << true << "declarant"
                                              << "ca" << 0 << QString();
    QTest::newRow("the same, a day later") << true << "declarant"
                                           << "ca" << 1 << QString();
    QTest::newRow("after it expired") << true << "declarant"
                                      << "ca" << 800 << expired;
    QTest::newRow("after it expired, first seen without a time") << false << "declarant"
                                                                 << "ca" << 800 << expired;
    QTest::newRow("before it was issued") << true << "declarant"
                                          << "ca" << -10 << QString(errors::NotYetValidCertificate);
    QTest::newRow("another trust anchor") << true << "declarant"
                                          << "foreign" << 0 << QString(errors::UnknownSigner);
    QTest::newRow("another certificate") << true << "outsider"
                                         << "ca" << 0 << QString(errors::UnknownSigner);
}

void TestSignature::rememberedPathStillChecksTime()
{
    QFETCH(bool, firstWithTime);
    QFETCH(QString, signer);
    QFETCH(QString, anchor);
    QFETCH(int, daysAfterNow);
    QFETCH(QString, code);
    const Certificate declarant = pki().declarant.certificate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(Signature::verifySigner(declarant, {pki().ca.certificate()},
                                    firstWithTime ? std::optional<QDateTime>(now) : std::nullopt)
                .ok());
    const Certificate checked =
        signer == QLatin1String("declarant") ? declarant : pki().outsider.certificate();
    const Certificate trusted =
        anchor == QLatin1String("ca") ? pki().ca.certificate() : pki().foreignCa.certificate();
    const std::optional<QDateTime> at =
        daysAfterNow == 0 ? std::nullopt : std::optional<QDateTime>(now.addDays(daysAfterNow));
    auto second = Signature::verifySigner(checked, {trusted}, at);
    if (code.isEmpty()) {
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
    } else {
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, ErrorKind::Integrity);
        QCOMPARE(second.error().code, code);
    }
}

void TestSignature::rememberedPathWithoutTimeDoesNotSealToExpired()
{
    // verifySigner without a time (a signature made long ago) and sealing share what they remember: a path
    // remembered that way does not let a seal to a recipient whose certificate has expired through.
    const Certificate recipient = pki().extra.certificate();
    QVERIFY(Signature::verifySigner(recipient, {pki().ca.certificate()}).ok());
    Clock::setForTesting(recipient.notAfter().addDays(1));
    auto sealed = Envelope::seal("bytes", pki().declarant, {recipient}, {pki().ca.certificate()});
    Clock::reset();
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().code, QString(errors::ExpiredCertificate));
}

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_crypto_signature.moc"
