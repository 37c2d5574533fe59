// Receipts (accusés de réception): created by the recipient authority, verifiable by anyone holding its
// certificate, bound to exactly one envelope.
#include "CryptoErrors.h"
#include "CryptoInit.h"
#include "CryptoTestSupport.h"
#include "Envelope.h"
#include "Receipt.h"

#include <QtTest>

using namespace probitas;
using namespace probitas::crypto;
using namespace probitas::crypto::testing;

class TestReceipt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void createAndVerify_data();
    void createAndVerify();
    void receiptForAnotherEnvelope();
    void receiptNamingAnotherDeclarant();
    void untrustedAuthority();
    void damagedReceipt_data();
    void damagedReceipt();
    void onlyRecipientsAcknowledge();

private:
    QByteArray m_envelope;
};

void TestReceipt::initTestCase()
{
    QVERIFY(crypto::initialize().ok());
    auto sealed = Envelope::seal("déclaration", pki().declarant,
                                 {pki().authority.certificate(), pki().rsaAuthority.certificate()});
    QVERIFY(sealed.ok());
    m_envelope = *sealed;
}

void TestReceipt::createAndVerify_data()
{
    QTest::addColumn<bool>("rsa");
    QTest::addColumn<bool>("anchorIsAuthority");
    QTest::newRow("EC authority, CA as anchor") << false << false;
    QTest::newRow("EC authority, its certificate as anchor") << false << true;
    QTest::newRow("RSA authority, CA as anchor") << true << false;
    QTest::newRow("RSA authority, its certificate as anchor") << true << true;
}

void TestReceipt::createAndVerify()
{
    QFETCH(bool, rsa);
    QFETCH(bool, anchorIsAuthority);
    const Identity& authority = rsa ? pki().rsaAuthority : pki().authority;
    auto receipt = Receipt::create(m_envelope, authority);
    QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.error().message));
    const QList<Certificate> anchors{anchorIsAuthority ? authority.certificate() : pki().ca.certificate()};
    auto contents = Receipt::verify(*receipt, m_envelope, anchors, pki().declarant.certificate());
    QVERIFY2(contents.ok(), qPrintable(contents.ok() ? QString() : contents.error().message));
    QCOMPARE(contents->envelopeSha256, QCryptographicHash::hash(m_envelope, QCryptographicHash::Sha256));
    QCOMPARE(contents->declarantFingerprint, pki().declarant.certificate().sha256Fingerprint());
    QCOMPARE(contents->declarantSubject, pki().declarant.certificate().subject());
    QVERIFY(contents->authority == authority.certificate());
    QVERIFY(qAbs(contents->receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
}

void TestReceipt::receiptForAnotherEnvelope()
{
    auto other = Envelope::seal("déclaration", pki().declarant, {pki().authority.certificate()});
    QVERIFY(other.ok());
    auto receipt = Receipt::create(*other, pki().authority);
    QVERIFY(receipt.ok());
    auto contents = Receipt::verify(*receipt, m_envelope, {pki().ca.certificate()});
    QVERIFY(!contents.ok());
    QCOMPARE(contents.error().code, QString(errors::ReceiptMismatch));
    QCOMPARE(contents.error().kind, ErrorKind::Integrity);
}

void TestReceipt::receiptNamingAnotherDeclarant()
{
    auto receipt = Receipt::create(m_envelope, pki().authority);
    QVERIFY(receipt.ok());
    auto contents =
        Receipt::verify(*receipt, m_envelope, {pki().ca.certificate()}, pki().college.certificate());
    QVERIFY(!contents.ok());
    QCOMPARE(contents.error().code, QString(errors::ReceiptMismatch));
}

void TestReceipt::untrustedAuthority()
{
    auto receipt = Receipt::create(m_envelope, pki().authority);
    QVERIFY(receipt.ok());
    auto contents = Receipt::verify(*receipt, m_envelope, {pki().foreignCa.certificate()});
    QVERIFY(!contents.ok());
    QCOMPARE(contents.error().code, QString(errors::UnknownSigner));
    QCOMPARE(Receipt::verify(*receipt, m_envelope, {}).error().kind, ErrorKind::Invalid);
}

void TestReceipt::damagedReceipt_data()
{
    QTest::addColumn<int>("how");
    QTest::newRow("empty") << 0;
    QTest::newRow("truncated") << 1;
    QTest::newRow("JSON altered") << 2;
    QTest::newRow("an envelope instead of a receipt") << 3;
}

void TestReceipt::damagedReceipt()
{
    QFETCH(int, how);
    auto receipt = Receipt::create(m_envelope, pki().authority);
    QVERIFY(receipt.ok());
    QByteArray damaged = *receipt;
    switch (how) {
    case 0:
        damaged.clear();
        break;
    case 1:
        damaged.chop(10);
        break;
    case 2: {
        const qsizetype at = damaged.indexOf("probitas-receipt");
        QVERIFY(at > 0);
        damaged[at] = 'P';
        break;
    }
    case 3:
        damaged = m_envelope;
        break;
    }
    auto contents = Receipt::verify(damaged, m_envelope, {pki().ca.certificate()});
    QVERIFY(!contents.ok());
    const QString code = contents.error().code;
    QVERIFY2(code == QString(errors::NotAReceipt) || code == QString(errors::BadSignature), qPrintable(code));
    if (how == 2) {
        QCOMPARE(code, QString(errors::BadSignature));
    }
}

void TestReceipt::onlyRecipientsAcknowledge()
{
    auto receipt = Receipt::create(m_envelope, pki().college);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, QString(errors::NotRecipient));
}

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_crypto_receipt.moc"
