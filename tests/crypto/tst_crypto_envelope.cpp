// Seal and open: round trips, every distinct failure, algorithm policy, forwarding.
#include "Clock.h"
#include "CryptoErrors.h"
#include "CryptoInit.h"
#include "CryptoTestSupport.h"
#include "Envelope.h"

#include <QtTest>

using namespace probitas;
using namespace probitas::crypto;
using namespace probitas::crypto::testing;

class TestEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup() { Clock::reset(); }

    void roundTrip_data();
    void roundTrip();
    void sealRefusesBadInput_data();
    void sealRefusesBadInput();
    void wrongRecipient();
    void everyFlippedByteIsDetected_data();
    void everyFlippedByteIsDetected();
    void truncatedOrEmpty_data();
    void truncatedOrEmpty();
    void signerFromUnknownCa();
    void certificateDates_data();
    void certificateDates();
    void unapprovedRecipientKeys_data();
    void unapprovedRecipientKeys();
    void forwardingKeepsSignature();
    void forwardingRequiresAccess();
    void explicitTrustAnchors();

private:
    QTemporaryDir m_directory;
    QString path(const QString& name) const { return m_directory.filePath(name); }
};

void TestEnvelope::initTestCase()
{
    QVERIFY2(crypto::initialize().ok(), "self-test");
    QVERIFY(m_directory.isValid());
    pki();
    QVERIFY(exportForOpenssl(pki().ca, m_directory.path(), QStringLiteral("ca")));
}

void TestEnvelope::roundTrip_data()
{
    QTest::addColumn<int>("recipientCount");
    QTest::addColumn<bool>("rsaSigner");
    QTest::addColumn<int>("contentSize");
    for (int count = 1; count <= 5; ++count) {
        QTest::addRow("%d recipient(s), EC signer", count) << count << false << 10 * 1024;
        QTest::addRow("%d recipient(s), RSA signer", count) << count << true << 333;
    }
    QTest::addRow("empty content") << 2 << false << 0;
    QTest::addRow("1 MiB content") << 2 << false << 1024 * 1024;
}

void TestEnvelope::roundTrip()
{
    QFETCH(int, recipientCount);
    QFETCH(bool, rsaSigner);
    QFETCH(int, contentSize);
    QByteArray content(contentSize, '\0');
    for (int i = 0; i < contentSize; ++i) {
        content[i] = static_cast<char>((i * 31 + 7) & 0xFF); // binary: every byte value, no line endings
    }
    const Identity& signer = rsaSigner ? pki().rsaDeclarant : pki().declarant;
    QList<Identity> recipients = pki().recipients().mid(0, recipientCount);
    if (rsaSigner) {
        recipients.removeIf([](const Identity& identity) {
            return identity.certificate() == pki().rsaDeclarant.certificate();
        });
    }
    if (recipients.isEmpty()) {
        recipients << pki().authority;
    }
    QList<Certificate> certificates;
    for (const Identity& recipient : recipients) {
        certificates << recipient.certificate();
    }
    auto sealed = Envelope::seal(content, signer, certificates);
    QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().message));
    QVERIFY(!sealed->contains(content.left(64)) || contentSize < 64);
    for (const Identity& recipient : recipients) {
        auto opened = Envelope::open(*sealed, recipient);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(opened->content.view(), QByteArrayView(content));
        QVERIFY(opened->signer == signer.certificate());
        QVERIFY(qAbs(opened->signingTime.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
}

Q_DECLARE_METATYPE(probitas::ErrorKind)

void TestEnvelope::sealRefusesBadInput_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("code");
    QTest::addRow("no recipient") << 0 << QString(errors::NoRecipients);
    QTest::addRow("CA certificate as recipient (keyUsage)") << 1 << QString(errors::KeyUsage);
    QTest::addRow("recipient from an unknown CA") << 2 << QString(errors::UntrustedCertificate);
    QTest::addRow("signer from an unknown CA") << 3 << QString(errors::UnknownSigner);
}

void TestEnvelope::sealRefusesBadInput()
{
    QFETCH(int, which);
    QFETCH(QString, code);
    Result<QByteArray> sealed = QByteArray();
    switch (which) {
    case 0:
        sealed = Envelope::seal("x", pki().declarant, {});
        break;
    case 1:
        sealed = Envelope::seal("x", pki().declarant, {pki().ca.certificate()});
        break;
    case 2:
        sealed = Envelope::seal("x", pki().declarant, {pki().outsider.certificate()});
        break;
    case 3:
        sealed =
            Envelope::seal("x", pki().outsider, {pki().authority.certificate()}, pki().ca.trustAnchors());
        break;
    }
    QVERIFY(!sealed.ok());
    QCOMPARE(sealed.error().code, code);
}

void TestEnvelope::wrongRecipient()
{
    auto sealed = Envelope::seal("secret", pki().declarant, {pki().authority.certificate()});
    QVERIFY(sealed.ok());
    for (const Identity& stranger : {pki().rsaAuthority, pki().college, pki().outsider}) {
        auto opened = Envelope::open(*sealed, stranger, pki().ca.trustAnchors());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QString(errors::NotRecipient));
        QCOMPARE(opened.error().kind, ErrorKind::AccessDenied);
    }
}

void TestEnvelope::everyFlippedByteIsDetected_data()
{
    QTest::addColumn<bool>("rsa");
    QTest::addColumn<int>("mask");
    QTest::newRow("ECDH P-256 recipient, byte inverted") << false << 0xFF;
    QTest::newRow("RSA-OAEP recipient, byte inverted") << true << 0xFF;
    QTest::newRow("ECDH P-256 recipient, low bit flipped") << false << 0x01;
    QTest::newRow("RSA-OAEP recipient, high bit flipped") << true << 0x80;
}

void TestEnvelope::everyFlippedByteIsDetected()
{
    QFETCH(bool, rsa);
    QFETCH(int, mask);
    const Identity& recipient = rsa ? pki().rsaAuthority : pki().authority;
    auto sealed = Envelope::seal("Déclaration: 42 EUR", pki().declarant, {recipient.certificate()});
    QVERIFY(sealed.ok());
    QVERIFY(Envelope::open(*sealed, recipient).ok());
    QMap<QString, int> reasons;
    QStringList undetected;
    for (qsizetype position = 0; position < sealed->size(); ++position) {
        QByteArray damaged = *sealed;
        damaged[position] = static_cast<char>(damaged[position] ^ mask);
        auto opened = Envelope::open(damaged, recipient);
        if (opened.ok()) {
            undetected << QString::number(position);
        } else {
            ++reasons[opened.error().code];
        }
    }
    qInfo() << sealed->size() << "bytes, failures by reason:" << reasons;
    QVERIFY2(undetected.isEmpty(),
             qPrintable(QStringLiteral("undetected at ") + undetected.join(QLatin1Char(','))));
}

void TestEnvelope::truncatedOrEmpty_data()
{
    QTest::addColumn<int>("keep");
    QTest::newRow("empty") << 0;
    QTest::newRow("one byte") << 1;
    QTest::newRow("header only") << 4;
    QTest::newRow("half") << -2;
    QTest::newRow("all but the last byte") << -1;
}

void TestEnvelope::truncatedOrEmpty()
{
    QFETCH(int, keep);
    auto sealed = Envelope::seal("content", pki().declarant, {pki().authority.certificate()});
    QVERIFY(sealed.ok());
    const qsizetype length = keep == -1 ? sealed->size() - 1 : keep == -2 ? sealed->size() / 2 : keep;
    auto opened = Envelope::open(sealed->left(length), pki().authority);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QString(errors::Malformed));
    QCOMPARE(opened.error().kind, ErrorKind::Unusable);
}

void TestEnvelope::signerFromUnknownCa()
{
    // The outsider seals with both CAs as anchors (so sealing passes); the authority trusts only its own.
    const QList<Certificate> both{pki().ca.certificate(), pki().foreignCa.certificate()};
    auto sealed = Envelope::seal("content", pki().outsider, {pki().authority.certificate()}, both);
    QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().message));
    auto opened = Envelope::open(*sealed, pki().authority);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QString(errors::UnknownSigner));
    QCOMPARE(opened.error().kind, ErrorKind::Integrity);
    QVERIFY(Envelope::open(*sealed, pki().authority, both).ok());
}

void TestEnvelope::certificateDates_data()
{
    QTest::addColumn<qint64>("shiftDays");
    QTest::addColumn<bool>("sealAfterShift");
    QTest::addColumn<QString>("code");
    QTest::newRow("opened after the declarant's certificate expired")
        << qint64(800) << false << QString(errors::ExpiredCertificate);
    QTest::newRow("opened before the certificates were valid")
        << qint64(-1) << false << QString(errors::NotYetValidCertificate);
    QTest::newRow("sealed with expired certificates")
        << qint64(800) << true << QString(errors::ExpiredCertificate);
}

void TestEnvelope::certificateDates()
{
    QFETCH(qint64, shiftDays);
    QFETCH(bool, sealAfterShift);
    QFETCH(QString, code);
    const QDateTime shifted = QDateTime::currentDateTimeUtc().addDays(shiftDays);
    if (sealAfterShift) {
        Clock::setForTesting(shifted);
        auto sealed = Envelope::seal("content", pki().declarant, {pki().authority.certificate()});
        QVERIFY(!sealed.ok());
        QCOMPARE(sealed.error().code, code);
        return;
    }
    auto sealed = Envelope::seal("content", pki().declarant, {pki().authority.certificate()});
    QVERIFY(sealed.ok());
    Clock::setForTesting(shifted);
    auto opened = Envelope::open(*sealed, pki().authority);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, code);
    QCOMPARE(opened.error().kind, ErrorKind::Integrity);
    Clock::reset();
    QVERIFY(Envelope::open(*sealed, pki().authority).ok());
}

void TestEnvelope::unapprovedRecipientKeys_data()
{
    QTest::addColumn<QStringList>("keySpec");
    QTest::addColumn<QString>("keyUsage");
    QTest::addColumn<QString>("code");
    QTest::newRow("RSA-2048") << QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:2048")}
                              << QStringLiteral("keyEncipherment") << QString(errors::UnapprovedAlgorithm);
    QTest::newRow("P-384") << QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"),
                                          QStringLiteral("-pkeyopt"),
                                          QStringLiteral("ec_paramgen_curve:P-384")}
                           << QStringLiteral("keyAgreement") << QString(errors::UnapprovedAlgorithm);
    QTest::newRow("Ed25519") << QStringList{QStringLiteral("-newkey"), QStringLiteral("ed25519")}
                             << QStringLiteral("digitalSignature") << QString(errors::UnapprovedAlgorithm);
    QTest::newRow("P-256 without keyAgreement")
        << QStringList{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256")}
        << QStringLiteral("digitalSignature") << QString(errors::KeyUsage);
    QTest::newRow("RSA-3072 without keyEncipherment")
        << QStringList{QStringLiteral("-newkey"), QStringLiteral("rsa:3072")}
        << QStringLiteral("digitalSignature") << QString(errors::KeyUsage);
}

void TestEnvelope::unapprovedRecipientKeys()
{
    QFETCH(QStringList, keySpec);
    QFETCH(QString, keyUsage);
    QFETCH(QString, code);
    const QString stem = QStringLiteral("recipient-%1")
                             .arg(QString::fromUtf8(QTest::currentDataTag()))
                             .replace(QLatin1Char(' '), QLatin1Char('_'));
    QVERIFY(issueWithOpenssl(m_directory.path(), QStringLiteral("ca"), stem, keySpec, keyUsage));
    auto certificate = Certificate::fromFile(path(stem + QStringLiteral(".pem")));
    QVERIFY(certificate.ok());
    auto sealed = Envelope::seal("content", pki().declarant, {pki().authority.certificate(), *certificate});
    QVERIFY(!sealed.ok());
    QVERIFY2(sealed.error().code == code,
             qPrintable(sealed.error().code + QStringLiteral(": ") + sealed.error().message));
    QVERIFY(!sealed.error().message.isEmpty());
}

void TestEnvelope::forwardingKeepsSignature()
{
    const QByteArray content = "déclaration d'intérêts";
    auto sealed = Envelope::seal(content, pki().declarant, {pki().authority.certificate()});
    QVERIFY(sealed.ok());
    auto forwarded = Envelope::forward(*sealed, pki().authority,
                                       {pki().authority.certificate(), pki().college.certificate()});
    QVERIFY2(forwarded.ok(), qPrintable(forwarded.ok() ? QString() : forwarded.error().message));
    auto atCollege = Envelope::open(*forwarded, pki().college);
    QVERIFY2(atCollege.ok(), qPrintable(atCollege.ok() ? QString() : atCollege.error().message));
    QCOMPARE(atCollege->content.view(), QByteArrayView(content));
    QVERIFY(atCollege->signer == pki().declarant.certificate());
    auto original = Envelope::open(*sealed, pki().authority);
    QVERIFY(original.ok());
    QCOMPARE(atCollege->signingTime, original->signingTime); // the same signature, not a new one
}

void TestEnvelope::forwardingRequiresAccess()
{
    auto sealed = Envelope::seal("content", pki().declarant, {pki().authority.certificate()});
    QVERIFY(sealed.ok());
    auto forwarded = Envelope::forward(*sealed, pki().college, {pki().college.certificate()});
    QVERIFY(!forwarded.ok());
    QCOMPARE(forwarded.error().code, QString(errors::NotRecipient));
}

void TestEnvelope::explicitTrustAnchors()
{
    auto sealed = Envelope::seal("content", pki().declarant, {pki().authority.certificate()});
    QVERIFY(sealed.ok());
    // Anchors given explicitly replace the identity's: the foreign CA alone does not vouch for the declarant.
    auto opened = Envelope::open(*sealed, pki().authority, {pki().foreignCa.certificate()});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QString(errors::UnknownSigner));
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_crypto_envelope.moc"
