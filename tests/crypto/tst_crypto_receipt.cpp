// Receipts (accusés de réception): created by the recipient authority, verifiable by anyone holding its
// certificate, bound to exactly one envelope and to the authority that made it. The forged receipts are made
// as an attacker would, with stock `openssl cms -sign` and a valid identity of the organisation.
#include "CryptoErrors.h"
#include "CryptoInit.h"
#include "CryptoTestSupport.h"
#include "Envelope.h"
#include "Receipt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace probitas;
using namespace probitas::crypto;
using namespace probitas::crypto::testing;

namespace {

const QString kPresident = QStringLiteral("tj-nanterre:president");

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// A receipt document as Receipt::create writes it; `version` 1 has no "authority".
QByteArray receiptDocument(int version, QByteArrayView envelope, const Certificate& declarant,
                           const Certificate& namedAuthority, const QJsonValue& authorityId)
{
    QJsonObject document{
        {QStringLiteral("type"), QStringLiteral("probitas-receipt")},
        {QStringLiteral("version"), version},
        {QStringLiteral("envelope-sha256"),
         hex(QCryptographicHash::hash(envelope, QCryptographicHash::Sha256))},
        {QStringLiteral("declarant"),
         QJsonObject{{QStringLiteral("subject"), declarant.subject()},
                     {QStringLiteral("certificate-sha256"), hex(declarant.sha256Fingerprint())}}},
        {QStringLiteral("received-at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    if (version >= 2) {
        document.insert(
            QStringLiteral("authority"),
            QJsonObject{{QStringLiteral("subject"), namedAuthority.subject()},
                        {QStringLiteral("certificate-sha256"), hex(namedAuthority.sha256Fingerprint())},
                        {QStringLiteral("id"), authorityId}});
    }
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

} // namespace

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
    void createNamesTheAuthority();
    void noOneAcknowledgesTheirOwnDeclaration();
    void forgedReceiptsRefused_data();
    void forgedReceiptsRefused();
    void versionOneStillVerifies();

private:
    // `document` signed by `signer` with stock openssl (its key exported once per test run).
    QByteArray forge(const Identity& signer, const QString& stem, const QByteArray& document);

    QByteArray m_envelope;
    QTemporaryDir m_directory;
    Identity m_lookAlike; // another certificate with the authority's name, from the same CA
};

QByteArray TestReceipt::forge(const Identity& signer, const QString& stem, const QByteArray& document)
{
    const QString base = m_directory.filePath(stem);
    if (!QFile::exists(base + QStringLiteral(".key.pem")) &&
        !exportForOpenssl(signer, m_directory.path(), stem)) {
        qWarning("cannot export %s for openssl", qPrintable(stem));
        return {};
    }
    const QString in = m_directory.filePath(QStringLiteral("document.json"));
    const QString out = m_directory.filePath(QStringLiteral("forged.der"));
    QFile::remove(out);
    if (!writeFile(in, document)) {
        return {};
    }
    const auto signedByOpenssl =
        openssl({QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                 QStringLiteral("-nodetach"), QStringLiteral("-md"), QStringLiteral("sha256"),
                 QStringLiteral("-signer"), base + QStringLiteral(".pem"), QStringLiteral("-inkey"),
                 base + QStringLiteral(".key.pem"), QStringLiteral("-in"), in, QStringLiteral("-outform"),
                 QStringLiteral("DER"), QStringLiteral("-out"), out});
    if (!signedByOpenssl.ok()) {
        qWarning("openssl cms -sign: %s", signedByOpenssl.err.constData());
        return {};
    }
    return readFile(out);
}

void TestReceipt::initTestCase()
{
    QVERIFY(crypto::initialize().ok());
    auto sealed = Envelope::seal("déclaration", pki().declarant,
                                 {pki().authority.certificate(), pki().rsaAuthority.certificate()});
    QVERIFY(sealed.ok());
    m_envelope = *sealed;
    QVERIFY(m_directory.isValid());
    m_lookAlike = issueOrDie(pki().ca, pki().authority.certificate().commonName(), KeyAlgorithm::EcP256);
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
    auto receipt = Receipt::create(m_envelope, authority, kPresident);
    QVERIFY2(receipt.ok(), qPrintable(receipt.ok() ? QString() : receipt.error().message));
    const QList<Certificate> anchors{anchorIsAuthority ? authority.certificate() : pki().ca.certificate()};
    auto contents = Receipt::verify(*receipt, m_envelope, anchors, pki().declarant.certificate());
    QVERIFY2(contents.ok(), qPrintable(contents.ok() ? QString() : contents.error().message));
    QCOMPARE(contents->envelopeSha256, QCryptographicHash::hash(m_envelope, QCryptographicHash::Sha256));
    QCOMPARE(contents->declarantFingerprint, pki().declarant.certificate().sha256Fingerprint());
    QCOMPARE(contents->declarantSubject, pki().declarant.certificate().subject());
    QVERIFY(contents->authority == authority.certificate());
    QVERIFY(qAbs(contents->receivedAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    QCOMPARE(contents->version, 2);
    QCOMPARE(contents->authorityId, kPresident);
    // Required to come from that authority, it does.
    ReceiptExpectations expected{pki().declarant.certificate(), authority.certificate(), kPresident, {}};
    auto bound = Receipt::verify(*receipt, m_envelope, anchors, expected);
    QVERIFY2(bound.ok(), qPrintable(bound.ok() ? QString() : bound.error().message));
    QCOMPARE(bound->authorityId, kPresident);
}

void TestReceipt::receiptForAnotherEnvelope()
{
    auto other = Envelope::seal("déclaration", pki().declarant, {pki().authority.certificate()});
    QVERIFY(other.ok());
    auto receipt = Receipt::create(*other, pki().authority, kPresident);
    QVERIFY(receipt.ok());
    auto contents = Receipt::verify(*receipt, m_envelope, {pki().ca.certificate()});
    QVERIFY(!contents.ok());
    QCOMPARE(contents.error().code, QString(errors::ReceiptMismatch));
    QCOMPARE(contents.error().kind, ErrorKind::Integrity);
}

void TestReceipt::receiptNamingAnotherDeclarant()
{
    auto receipt = Receipt::create(m_envelope, pki().authority, kPresident);
    QVERIFY(receipt.ok());
    auto contents =
        Receipt::verify(*receipt, m_envelope, {pki().ca.certificate()}, pki().college.certificate());
    QVERIFY(!contents.ok());
    QCOMPARE(contents.error().code, QString(errors::ReceiptMismatch));
}

void TestReceipt::untrustedAuthority()
{
    auto receipt = Receipt::create(m_envelope, pki().authority, kPresident);
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
    auto receipt = Receipt::create(m_envelope, pki().authority, kPresident);
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
    auto receipt = Receipt::create(m_envelope, pki().college, kPresident);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, QString(errors::NotRecipient));
}

void TestReceipt::createNamesTheAuthority()
{
    auto receipt = Receipt::create(m_envelope, pki().authority, kPresident);
    QVERIFY(receipt.ok());
    // What stock openssl reads in it: the authority's id and certificate, inside the signed document.
    QVERIFY(receipt->contains("\"id\":\"tj-nanterre:president\""));
    QVERIFY(receipt->contains(hex(pki().authority.certificate().sha256Fingerprint()).toLatin1()));
    QVERIFY(receipt->contains("\"version\":2"));
    // Someone holding no authority id (a declarant acknowledging a fiche) names none.
    auto anonymous = Receipt::create(m_envelope, pki().authority, {});
    QVERIFY(anonymous.ok());
    QVERIFY(anonymous->contains("\"id\":null"));
    auto contents = Receipt::verify(*anonymous, m_envelope, {pki().ca.certificate()});
    QVERIFY(contents.ok());
    QVERIFY(contents->namesAuthority());
    QVERIFY(contents->authorityId.isEmpty());
    auto expectedPresident =
        Receipt::verify(*anonymous, m_envelope, {pki().ca.certificate()},
                        ReceiptExpectations{{}, pki().authority.certificate(), kPresident, {}});
    QCOMPARE(expectedPresident.error().code, QString(errors::ReceiptWrongAuthority));
    // An id is one printable line.
    auto bad = Receipt::create(m_envelope, pki().authority, QStringLiteral("tj-nanterre:president\nhatvp"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, ErrorKind::Unusable);
}

void TestReceipt::noOneAcknowledgesTheirOwnDeclaration()
{
    // The declarant is a recipient of her own envelope, so she can open it: Receipt::create still refuses.
    auto own = Envelope::seal("déclaration", pki().declarant,
                              {pki().authority.certificate(), pki().declarant.certificate()});
    QVERIFY(own.ok());
    auto receipt = Receipt::create(*own, pki().declarant, kPresident);
    QVERIFY(!receipt.ok());
    QCOMPARE(receipt.error().code, QString(errors::ReceiptWrongAuthority));
    QCOMPARE(receipt.error().kind, ErrorKind::Integrity);
}

void TestReceipt::forgedReceiptsRefused_data()
{
    QTest::addColumn<QString>("signerName");     // "declarant", "college", "authority", "look-alike"
    QTest::addColumn<QString>("namedName");      // whose certificate the document names as its authority
    QTest::addColumn<QString>("namedId");        // the authority id it names
    QTest::addColumn<QString>("expectedCode");   // verified requiring the authority and kPresident
    QTest::addColumn<QString>("codeWithCaOnly"); // verified against the CA alone; empty: accepted
    QTest::addColumn<QString>("signedBy");       // the name the message must give as the signer, if any
    const QString wrong = errors::ReceiptWrongAuthority;
    QTest::newRow("the declarant's own receipt, as the président")
        << "declarant"
        << "authority" << kPresident << wrong << wrong << "Marie Déclarante";
    QTest::newRow("the declarant's own receipt, naming herself")
        << "declarant"
        << "declarant" << kPresident << wrong << wrong << "Marie Déclarante";
    QTest::newRow("another identity naming the authority's certificate")
        << "college"
        << "authority" << kPresident << wrong << wrong << "Collège de déontologie";
    QTest::newRow("another identity, honest about itself")
        << "college"
        << "college"
        << "college-de-deontologie" << wrong << QString() << "Collège de déontologie";
    QTest::newRow("a look-alike certificate with the authority's name")
        << "look-alike"
        << "look-alike" << kPresident << wrong << QString() << "SHA-256";
    QTest::newRow("the authority, as another authority") << "authority"
                                                         << "authority"
                                                         << "hatvp" << wrong << QString() << "hatvp";
}

void TestReceipt::forgedReceiptsRefused()
{
    QFETCH(QString, signerName);
    QFETCH(QString, namedName);
    QFETCH(QString, namedId);
    QFETCH(QString, expectedCode);
    QFETCH(QString, codeWithCaOnly);
    QFETCH(QString, signedBy);
    const std::map<QString, const Identity*> identities{{QStringLiteral("declarant"), &pki().declarant},
                                                        {QStringLiteral("college"), &pki().college},
                                                        {QStringLiteral("authority"), &pki().authority},
                                                        {QStringLiteral("look-alike"), &m_lookAlike}};
    const Identity& signer = *identities.at(signerName);
    const QByteArray document = receiptDocument(2, m_envelope, pki().declarant.certificate(),
                                                identities.at(namedName)->certificate(), namedId);
    const QByteArray forged = forge(signer, signerName, document);
    QVERIFY(!forged.isEmpty());

    // Against the authority's certificate (as `receipt verify --authority` does) and against the CA.
    const ReceiptExpectations president{
        pki().declarant.certificate(), pki().authority.certificate(), kPresident, {}};
    for (const QList<Certificate>& anchors :
         {QList<Certificate>{pki().authority.certificate()}, QList<Certificate>{pki().ca.certificate()}}) {
        auto refused = Receipt::verify(forged, m_envelope, anchors, president);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().code == expectedCode, qPrintable(refused.error().message));
        QCOMPARE(refused.error().kind, ErrorKind::Integrity);
        QVERIFY2(refused.error().message.contains(signedBy), qPrintable(refused.error().message));
        if (signerName != QLatin1String("authority")) {
            QVERIFY2(refused.error().message.contains(pki().authority.certificate().commonName()),
                     qPrintable(refused.error().message));
        }
    }
    // With the CA alone, anyone the CA trusts may have signed it: only what the receipt itself betrays is
    // refused (a declarant acknowledging her own envelope, a document naming another certificate).
    auto caOnly = Receipt::verify(forged, m_envelope, {pki().ca.certificate()});
    if (codeWithCaOnly.isEmpty()) {
        QVERIFY2(caOnly.ok(), qPrintable(caOnly.ok() ? QString() : caOnly.error().message));
        QVERIFY(caOnly->authority == signer.certificate());
    } else {
        QVERIFY(!caOnly.ok());
        QCOMPARE(caOnly.error().code, codeWithCaOnly);
    }
}

void TestReceipt::versionOneStillVerifies()
{
    // A receipt made before version 2 (same document, no "authority"), by the authority itself.
    const QByteArray document = receiptDocument(1, m_envelope, pki().declarant.certificate(), {}, {});
    const QByteArray legacy = forge(pki().authority, QStringLiteral("authority"), document);
    QVERIFY(!legacy.isEmpty());
    auto contents = Receipt::verify(legacy, m_envelope, {pki().ca.certificate()});
    QVERIFY2(contents.ok(), qPrintable(contents.ok() ? QString() : contents.error().message));
    QCOMPARE(contents->version, 1);
    QVERIFY(!contents->namesAuthority());
    QVERIFY(contents->authorityId.isEmpty());
    // It cannot prove which authority made it.
    auto bound = Receipt::verify(legacy, m_envelope, {pki().authority.certificate()},
                                 ReceiptExpectations{{}, pki().authority.certificate(), {}, {}});
    QVERIFY(!bound.ok());
    QCOMPARE(bound.error().code, QString(errors::ReceiptNamesNoAuthority));
    QCOMPARE(bound.error().kind, ErrorKind::Integrity);
    // A version 1 receipt signed by the declarant herself is refused even with the CA alone.
    const QByteArray own = forge(pki().declarant, QStringLiteral("declarant"), document);
    auto ownContents = Receipt::verify(own, m_envelope, {pki().ca.certificate()});
    QVERIFY(!ownContents.ok());
    QCOMPARE(ownContents.error().code, QString(errors::ReceiptWrongAuthority));
}

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_crypto_receipt.moc"
