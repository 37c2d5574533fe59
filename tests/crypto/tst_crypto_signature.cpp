// Detached signatures (crypto/Signature.h), used by the store's audit trail: ECDSA P-256 and RSA-PSS, each
// verifying only the exact bytes, with the signer's own certificate.
#include "CryptoErrors.h"
#include "CryptoTestSupport.h"
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

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_crypto_signature.moc"
