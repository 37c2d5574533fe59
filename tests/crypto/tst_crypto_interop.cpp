// Interoperability with stock `openssl cms`, both directions, and refusal of what openssl can make but
// ANSSI does not approve.
#include "CryptoErrors.h"
#include "CryptoInit.h"
#include "CryptoTestSupport.h"
#include "Envelope.h"
#include "Receipt.h"

#include <QtTest>

using namespace probitas;
using namespace probitas::crypto;
using namespace probitas::crypto::testing;

class TestInterop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void ourEnvelopeOpensWithOpenssl_data();
    void ourEnvelopeOpensWithOpenssl();
    void opensslEnvelopeOpensHere_data();
    void opensslEnvelopeOpensHere();
    void opensslEnvelopeRefused_data();
    void opensslEnvelopeRefused();
    void ourReceiptVerifiesWithOpenssl();

private:
    // openssl cms -sign | openssl cms -encrypt, as an auditor or another tool would.
    QByteArray opensslSeal(const QByteArray& content, const QStringList& signOptions,
                           const QStringList& encryptOptions, const QString& recipientStem,
                           bool tamperSignedContent = false);
    QTemporaryDir m_directory;
    QString path(const QString& name) const { return m_directory.filePath(name); }
};

void TestInterop::initTestCase()
{
    QVERIFY(crypto::initialize().ok());
    QVERIFY(m_directory.isValid());
    for (const auto& [identity, stem] :
         {std::pair{pki().ca, QStringLiteral("ca")}, std::pair{pki().declarant, QStringLiteral("declarant")},
          std::pair{pki().authority, QStringLiteral("authority")},
          std::pair{pki().rsaAuthority, QStringLiteral("rsa-authority")}}) {
        QVERIFY2(exportForOpenssl(identity, m_directory.path(), stem), qPrintable(stem));
    }
}

void TestInterop::ourEnvelopeOpensWithOpenssl_data()
{
    QTest::addColumn<QString>("stem");
    QTest::newRow("ECDH P-256 recipient") << QStringLiteral("authority");
    QTest::newRow("RSA-OAEP recipient") << QStringLiteral("rsa-authority");
}

void TestInterop::ourEnvelopeOpensWithOpenssl()
{
    QFETCH(QString, stem);
    static const char raw[] = "{\"d\xC3\xA9"
                              "claration\":\"binaire\\u0000\"}\r\n\x01\xFF\0end";
    const QByteArray content(raw, sizeof raw - 1); // binary: CR LF, 0x01, 0xFF and a NUL byte
    auto sealed = Envelope::seal(content, pki().declarant,
                                 {pki().authority.certificate(), pki().rsaAuthority.certificate()});
    QVERIFY(sealed.ok());
    QVERIFY(writeFile(path(QStringLiteral("ours.p7m")), *sealed));
    const auto decrypted = openssl(
        {QStringLiteral("cms"), QStringLiteral("-decrypt"), QStringLiteral("-binary"),
         QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
         path(QStringLiteral("ours.p7m")), QStringLiteral("-recip"), path(stem + QStringLiteral(".pem")),
         QStringLiteral("-inkey"), path(stem + QStringLiteral(".key.pem")), QStringLiteral("-out"),
         path(QStringLiteral("ours.signed.der"))});
    QVERIFY2(decrypted.ok(), decrypted.err.constData());
    const auto verified =
        openssl({QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
                 QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
                 path(QStringLiteral("ours.signed.der")), QStringLiteral("-CAfile"),
                 path(QStringLiteral("ca.pem")), QStringLiteral("-out"), path(QStringLiteral("ours.txt"))});
    QVERIFY2(verified.ok(), verified.err.constData());
    QCOMPARE(readFile(path(QStringLiteral("ours.txt"))), content);
}

QByteArray TestInterop::opensslSeal(const QByteArray& content, const QStringList& signOptions,
                                    const QStringList& encryptOptions, const QString& recipientStem,
                                    bool tamperSignedContent)
{
    writeFile(path(QStringLiteral("theirs.txt")), content);
    QStringList sign{QStringLiteral("cms"),       QStringLiteral("-sign"),
                     QStringLiteral("-nodetach"), QStringLiteral("-binary"),
                     QStringLiteral("-in"),       path(QStringLiteral("theirs.txt")),
                     QStringLiteral("-signer"),   path(QStringLiteral("declarant.pem")),
                     QStringLiteral("-inkey"),    path(QStringLiteral("declarant.key.pem")),
                     QStringLiteral("-outform"),  QStringLiteral("DER"),
                     QStringLiteral("-out"),      path(QStringLiteral("theirs.signed.der"))};
    sign << signOptions;
    const auto signedResult = openssl(sign);
    if (!signedResult.ok()) {
        qWarning() << signedResult.err;
        return {};
    }
    if (tamperSignedContent) {
        QByteArray signedData = readFile(path(QStringLiteral("theirs.signed.der")));
        const qsizetype at = signedData.indexOf(content);
        if (at < 0) {
            return {};
        }
        signedData[at] = static_cast<char>(signedData[at] ^ 0x20);
        writeFile(path(QStringLiteral("theirs.signed.der")), signedData);
    }
    QStringList encrypt{QStringLiteral("cms"),
                        QStringLiteral("-encrypt"),
                        QStringLiteral("-binary"),
                        QStringLiteral("-in"),
                        path(QStringLiteral("theirs.signed.der")),
                        QStringLiteral("-outform"),
                        QStringLiteral("DER"),
                        QStringLiteral("-out"),
                        path(QStringLiteral("theirs.p7m"))};
    encrypt << encryptOptions << QStringLiteral("-recip") << path(recipientStem + QStringLiteral(".pem"));
    if (recipientStem == QLatin1String("authority")) {
        encrypt << QStringLiteral("-keyopt") << QStringLiteral("ecdh_kdf_md:sha256");
    } else {
        encrypt << QStringLiteral("-keyopt") << QStringLiteral("rsa_padding_mode:oaep")
                << QStringLiteral("-keyopt") << QStringLiteral("rsa_oaep_md:sha256")
                << QStringLiteral("-keyopt") << QStringLiteral("rsa_mgf1_md:sha256");
    }
    const auto encrypted = openssl(encrypt);
    if (!encrypted.ok()) {
        qWarning() << encrypted.err;
        return {};
    }
    return readFile(path(QStringLiteral("theirs.p7m")));
}

void TestInterop::opensslEnvelopeOpensHere_data()
{
    QTest::addColumn<QString>("stem");
    QTest::newRow("ECDH P-256 recipient, ecdh_kdf_md:sha256") << QStringLiteral("authority");
    QTest::newRow("RSA-OAEP-SHA256 recipient") << QStringLiteral("rsa-authority");
}

void TestInterop::opensslEnvelopeOpensHere()
{
    QFETCH(QString, stem);
    const QByteArray content("Déclaration de situation patrimoniale, version 3");
    const QByteArray envelope = opensslSeal(content, {QStringLiteral("-md"), QStringLiteral("sha256")},
                                            {QStringLiteral("-aes-256-gcm")}, stem);
    QVERIFY(!envelope.isEmpty());
    const Identity& recipient = stem == QLatin1String("authority") ? pki().authority : pki().rsaAuthority;
    auto opened = Envelope::open(envelope, recipient);
    QVERIFY2(opened.ok(),
             qPrintable(opened.ok() ? QString()
                                    : opened.error().code + QLatin1Char(' ') + opened.error().message));
    QCOMPARE(opened->content.view(), QByteArrayView(content));
    QVERIFY(opened->signer == pki().declarant.certificate());
}

void TestInterop::opensslEnvelopeRefused_data()
{
    QTest::addColumn<QStringList>("signOptions");
    QTest::addColumn<QStringList>("encryptOptions");
    QTest::addColumn<QString>("stem");
    QTest::addColumn<bool>("tamper");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("openAsRsa");
    const QStringList sha256{QStringLiteral("-md"), QStringLiteral("sha256")};
    const QStringList gcm{QStringLiteral("-aes-256-gcm")};
    QTest::newRow("SHA-1 signature") << QStringList{QStringLiteral("-md"), QStringLiteral("sha1")} << gcm
                                     << QStringLiteral("authority") << false
                                     << QString(errors::UnapprovedAlgorithm) << false;
    QTest::newRow("AES-256-CBC (EnvelopedData, unauthenticated)")
        << sha256 << QStringList{QStringLiteral("-aes-256-cbc")} << QStringLiteral("authority") << false
        << QString(errors::UnapprovedAlgorithm) << false;
    QTest::newRow("AES-128-GCM") << sha256 << QStringList{QStringLiteral("-aes-128-gcm")}
                                 << QStringLiteral("authority") << false
                                 << QString(errors::UnapprovedAlgorithm) << false;
    QTest::newRow("ECDH with the default SHA-1 KDF")
        << sha256
        << QStringList{QStringLiteral("-aes-256-gcm"), QStringLiteral("-recip"),
                       path(QStringLiteral("authority.pem"))}
        << QStringLiteral("rsa-authority") << false << QString(errors::UnapprovedAlgorithm) << false;
    QTest::newRow("RSA PKCS#1 v1.5 key transport")
        << sha256
        << QStringList{QStringLiteral("-aes-256-gcm"), QStringLiteral("-recip"),
                       path(QStringLiteral("rsa-authority.pem"))}
        << QStringLiteral("authority") << false << QString(errors::UnapprovedAlgorithm) << true;
    QTest::newRow("signed content altered")
        << sha256 << gcm << QStringLiteral("authority") << true << QString(errors::BadSignature) << false;
}

void TestInterop::opensslEnvelopeRefused()
{
    QFETCH(QStringList, signOptions);
    QFETCH(QStringList, encryptOptions);
    QFETCH(QString, stem);
    QFETCH(bool, tamper);
    QFETCH(QString, code);
    QFETCH(bool, openAsRsa);
    const QByteArray envelope = opensslSeal("Contenu signé", signOptions, encryptOptions, stem, tamper);
    QVERIFY(!envelope.isEmpty());
    // The ECDH and PKCS#1 rows add a recipient first without options: OpenSSL then uses its defaults
    // (SHA-1 KDF, PKCS#1 v1.5 padding).
    auto opened = Envelope::open(envelope, openAsRsa ? pki().rsaAuthority : pki().authority);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().code == code,
             qPrintable(opened.error().code + QLatin1Char(' ') + opened.error().message));
    QCOMPARE(opened.error().kind, ErrorKind::Integrity);
}

void TestInterop::ourReceiptVerifiesWithOpenssl()
{
    auto sealed = Envelope::seal("x", pki().declarant, {pki().authority.certificate()});
    QVERIFY(sealed.ok());
    auto receipt = Receipt::create(*sealed, pki().authority, QStringLiteral("tj-nanterre:president"));
    QVERIFY(receipt.ok());
    QVERIFY(writeFile(path(QStringLiteral("receipt.der")), *receipt));
    const auto verified = openssl(
        {QStringLiteral("cms"), QStringLiteral("-verify"), QStringLiteral("-binary"),
         QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"),
         path(QStringLiteral("receipt.der")), QStringLiteral("-CAfile"), path(QStringLiteral("ca.pem"))});
    QVERIFY2(verified.ok(), verified.err.constData());
    QVERIFY2(verified.out.contains("\"type\":\"probitas-receipt\""), verified.out.constData());
    QVERIFY2(verified.out.contains("\"id\":\"tj-nanterre:president\""), verified.out.constData());
}

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_crypto_interop.moc"
