// Identities: PKCS#12 protection, passphrases, certificates, foreign PKCS#12 files.
#include "CryptoErrors.h"
#include "CryptoInit.h"
#include "CryptoTestSupport.h"
#include "Envelope.h"
#include "Signature.h"

#include <QtTest>
#include <openssl/pkcs12.h>
#include <sys/stat.h>

using namespace probitas;
using namespace probitas::crypto;
using namespace probitas::crypto::testing;

class TestIdentity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void saveAndLoad();
    void filesAreOwnerOnly();
    void wrongPassphrase_data();
    void wrongPassphrase();
    void changePassphrase();
    void weakPassphraseRefused();
    void protectionParameters();
    void clearCertificateCannotBeChanged();
    void notPkcs12_data();
    void notPkcs12();
    void foreignPkcs12Opens();
    void protectionMeasured_data();
    void protectionMeasured();
    void stallingPkcs12Refused();
    void certificateDetails();
    void certificateParsing();
    void parsedCertificatesAreNotConfused();
    void issueRefusesNonCa();
    void secureBytes();

private:
    QTemporaryDir m_directory;
    QString path(const QString& name) const { return m_directory.filePath(name); }
};

void TestIdentity::initTestCase()
{
    QVERIFY(crypto::initialize().ok());
    QVERIFY(m_directory.isValid());
    // One PKCS#12 write per identity for the whole class: each costs three PBKDF2 runs.
    QVERIFY(pki().declarant.save(path(QStringLiteral("declarant.p12")), testPassphrase()).ok());
    QVERIFY(exportForOpenssl(pki().ca, m_directory.path(), QStringLiteral("ca")));
}

void TestIdentity::saveAndLoad()
{
    auto loaded = Identity::load(path(QStringLiteral("declarant.p12")), testPassphrase());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
    QVERIFY(loaded->certificate() == pki().declarant.certificate());
    QCOMPARE(loaded->caCertificates().size(), 1);
    QVERIFY(loaded->caCertificates().first() == pki().ca.certificate());
    QVERIFY(loaded->trustAnchors().contains(pki().ca.certificate()));
    // The loaded key is the right one: it opens what was sealed for the original.
    auto sealed = Envelope::seal("x", pki().authority, {pki().declarant.certificate()});
    QVERIFY(sealed.ok());
    QVERIFY(Envelope::open(*sealed, *loaded).ok());
}

void TestIdentity::filesAreOwnerOnly()
{
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(path(QStringLiteral("declarant.p12"))).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, 0600u);
}

void TestIdentity::wrongPassphrase_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::newRow("wrong") << QByteArray("correct horse battery stapler");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("case differs") << QByteArray("Correct horse battery staple");
}

void TestIdentity::wrongPassphrase()
{
    QFETCH(QByteArray, passphrase);
    auto loaded = Identity::load(path(QStringLiteral("declarant.p12")), SecureBytes(passphrase));
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QString(errors::WrongPassphrase));
    QCOMPARE(loaded.error().kind, ErrorKind::AccessDenied);
    QVERIFY2(loaded.error().message.contains(QLatin1String("passphrase")),
             qPrintable(loaded.error().message));
}

void TestIdentity::changePassphrase()
{
    const QString file = path(QStringLiteral("changed.p12"));
    QVERIFY(QFile::copy(path(QStringLiteral("declarant.p12")), file));
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const SecureBytes replacement(QByteArrayView("a brand new passphrase"));
    const auto changed = Identity::changePassphrase(file, testPassphrase(), replacement);
    QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
    QCOMPARE(Identity::load(file, testPassphrase()).error().code, QString(errors::WrongPassphrase));
    auto reopened = Identity::load(file, replacement);
    QVERIFY(reopened.ok());
    QVERIFY(reopened->certificate() == pki().declarant.certificate());
    struct stat status = {};
    QCOMPARE(::stat(QFile::encodeName(file).constData(), &status), 0);
    QCOMPARE(status.st_mode & 0777, 0600u); // was 0604 before: the rewrite tightens it
    // Changing with the wrong current passphrase leaves the file untouched.
    const QByteArray before = readFile(file);
    QCOMPARE(Identity::changePassphrase(file, testPassphrase(), replacement).error().code,
             QString(errors::WrongPassphrase));
    QCOMPARE(readFile(file), before);
}

void TestIdentity::weakPassphraseRefused()
{
    auto bytes = pki().declarant.toPkcs12(SecureBytes(QByteArrayView("short")));
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().code, QString(errors::WeakPassphrase));
    QCOMPARE(bytes.error().kind, ErrorKind::Invalid);
}

void TestIdentity::protectionParameters()
{
    const auto info = openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                               QStringLiteral("-in"), path(QStringLiteral("declarant.p12")),
                               QStringLiteral("-passin"), QStringLiteral("env:TEST_PASS")});
    QVERIFY2(info.ok(), info.err.constData());
    const QString text = QString::fromUtf8(info.out + info.err);
    // kPkcs12Iterations: 600,000, or fewer in a test-only build (tst_cli::helpAndVersion).
    const QString iterations = QString::number(kPkcs12Iterations);
    QVERIFY2(text.contains(QLatin1String("MAC: sha256, Iteration ") + iterations), qPrintable(text));
    const QString bag =
        QStringLiteral("PBES2, PBKDF2, AES-256-CBC, Iteration %1, PRF hmacWithSHA256").arg(iterations);
    QVERIFY2(text.contains(QLatin1String("Shrouded Keybag: ") + bag), qPrintable(text));
    // The certificates, public, in clear: the MAC keeps them from being swapped.
    QVERIFY2(text.contains(QLatin1String("PKCS7 Data")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("PKCS7 Encrypted data")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Iteration 2048")), qPrintable(text));
}

// The certificates of our files are in clear (protectionParameters): someone who may write the file, on a
// stolen or shared laptop, edits the name in the certificate so that the identity claims another's. The MAC
// covers them: the file no longer opens, and no certificate comes out of it.
void TestIdentity::clearCertificateCannotBeChanged()
{
    QByteArray bytes = readFile(path(QStringLiteral("declarant.p12")));
    const QByteArray certificate = pki().declarant.certificate().toDer();
    const qsizetype at = bytes.indexOf(certificate);
    QVERIFY2(at >= 0, "the certificate is not in clear in the file");
    const QByteArray name = pki().declarant.certificate().commonName().toUtf8();
    const qsizetype nameAt = bytes.indexOf(name, at);
    QVERIFY(nameAt >= 0 && nameAt < at + certificate.size());
    bytes[nameAt] = bytes.at(nameAt) == 'X' ? 'Y' : 'X';
    const QString edited = path(QStringLiteral("edited-name.p12"));
    QFile file(edited);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();
    auto loaded = Identity::load(edited, testPassphrase());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QString(errors::WrongPassphrase));
}

void TestIdentity::notPkcs12_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("not a key file\n");
    QTest::newRow("a certificate") << pki().declarant.certificate().toDer();
}

void TestIdentity::notPkcs12()
{
    QFETCH(QByteArray, bytes);
    auto identity = Identity::fromPkcs12(bytes, testPassphrase());
    QVERIFY(!identity.ok());
    QCOMPARE(identity.error().code, QString(errors::Malformed));
    QCOMPARE(identity.error().kind, ErrorKind::Unusable);
}

void TestIdentity::foreignPkcs12Opens()
{
    // A P-256 key and certificate (digitalSignature + keyAgreement) made and packed by the openssl binary,
    // with its defaults (PBES2, 2048 iterations, SHA-256 MAC).
    QVERIFY(issueWithOpenssl(m_directory.path(), QStringLiteral("ca"), QStringLiteral("foreign"),
                             {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                              QStringLiteral("ec_paramgen_curve:P-256")},
                             QStringLiteral("digitalSignature,keyAgreement")));
    const auto exported = openssl(
        {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
         path(QStringLiteral("foreign.key.pem")), QStringLiteral("-in"), path(QStringLiteral("foreign.pem")),
         QStringLiteral("-certfile"), path(QStringLiteral("ca.pem")), QStringLiteral("-name"),
         QStringLiteral("foreign"), QStringLiteral("-passout"), QStringLiteral("env:TEST_PASS"),
         QStringLiteral("-out"), path(QStringLiteral("foreign.p12"))});
    QVERIFY2(exported.ok(), exported.err.constData());
    auto foreign = Identity::load(path(QStringLiteral("foreign.p12")), testPassphrase());
    QVERIFY2(foreign.ok(), qPrintable(foreign.ok() ? QString() : foreign.error().message));
    QCOMPARE(foreign->certificate().keyType(), KeyType::EcP256);
    QVERIFY(foreign->trustAnchors().contains(pki().ca.certificate()));
    QCOMPARE(
        Identity::load(path(QStringLiteral("foreign.p12")), SecureBytes(QByteArrayView("nope"))).error().code,
        QString(errors::WrongPassphrase));
    // Usable both ways: it signs for us and it receives from us.
    auto sealed = Envelope::seal("from a foreign key", *foreign, {pki().authority.certificate()});
    QVERIFY2(sealed.ok(), qPrintable(sealed.ok() ? QString() : sealed.error().message));
    QVERIFY(Envelope::open(*sealed, pki().authority).ok());
    auto toForeign = Envelope::seal("to a foreign key", pki().declarant, {foreign->certificate()});
    QVERIFY(toForeign.ok());
    auto opened = Envelope::open(*toForeign, *foreign);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened->content.view(), QByteArrayView("to a foreign key"));
}

// What a guess at a file's passphrase costs, read from the file: the cheapest of its MAC, encrypted parts and
// key bag. Each row a PKCS#12 packed by the openssl binary with these options (none: ours, by toPkcs12).
void TestIdentity::protectionMeasured_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<long>("weakest");
    QTest::addColumn<bool>("legacy");
    QTest::addColumn<bool>("meetsPolicy");
    QTest::newRow("ours") << QStringList() << long(kPkcs12Iterations) << false << true;
    QTest::newRow("openssl's defaults") << QStringList() << 2048L << false << false;
    QTest::newRow("1,000 iterations") << QStringList{"-iter", "1000"} << 1000L << false << false;
    // The key well wrapped, but a guess is checked against the MAC at one iteration.
    QTest::newRow("a one-iteration MAC")
        << QStringList{"-iter", "600000", "-nomaciter"} << 1L << false << false;
    QTest::newRow("PKCS#12's own 3DES")
        << QStringList{"-iter", "600000", "-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-3DES"} << 600000L
        << true << false;
}

void TestIdentity::protectionMeasured()
{
    QFETCH(QStringList, options);
    QFETCH(long, weakest);
    QFETCH(bool, legacy);
    QFETCH(bool, meetsPolicy);
    QString file = path(QStringLiteral("declarant.p12"));
    if (QByteArrayView(QTest::currentDataTag()) != "ours") {
        file = path(QStringLiteral("%1.p12").arg(QString::fromLatin1(QTest::currentDataTag())));
        const auto exported =
            openssl(QStringList{QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                                path(QStringLiteral("ca.key.pem")), QStringLiteral("-in"),
                                path(QStringLiteral("ca.pem")), QStringLiteral("-passout"),
                                QStringLiteral("env:TEST_PASS"), QStringLiteral("-out"), file} +
                    options);
        QVERIFY2(exported.ok(), exported.err.constData());
    }
    auto identity = Identity::load(file, testPassphrase());
    QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
    const std::optional<Pkcs12Protection> protection = identity->protection();
    QVERIFY(protection.has_value());
    QCOMPARE(protection->weakestIterations, weakest);
    QCOMPARE(protection->legacy, legacy);
    QCOMPARE(protection->meetsPolicy(), meetsPolicy);
    // An identity made here was never in a file.
    QVERIFY(!pki().declarant.protection().has_value());
}

// A hostile file whose MAC asks for 20 million iterations would hold whoever opens it for seconds, then
// minutes: refused before any key derivation runs (the MAC itself is left wrong: it is never computed).
void TestIdentity::stallingPkcs12Refused()
{
    const QString file = path(QStringLiteral("stalling.p12"));
    QVERIFY(
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                 path(QStringLiteral("ca.key.pem")), QStringLiteral("-in"), path(QStringLiteral("ca.pem")),
                 QStringLiteral("-passout"), QStringLiteral("env:TEST_PASS"), QStringLiteral("-iter"),
                 QStringLiteral("2"), QStringLiteral("-out"), file})
            .ok());
    QFile packed(file);
    QVERIFY(packed.open(QIODevice::ReadOnly));
    const QByteArray der = packed.readAll();
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    std::unique_ptr<PKCS12, decltype(&PKCS12_free)> pkcs12(d2i_PKCS12(nullptr, &cursor, long(der.size())),
                                                           PKCS12_free);
    QVERIFY(pkcs12);
    const ASN1_INTEGER* macIterations = nullptr;
    PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIterations, pkcs12.get());
    QVERIFY(macIterations);
    QCOMPARE(ASN1_INTEGER_set(const_cast<ASN1_INTEGER*>(macIterations), 20000000), 1);
    unsigned char* encoded = nullptr;
    const int length = i2d_PKCS12(pkcs12.get(), &encoded);
    QVERIFY(length > 0);
    const QByteArray hostile(reinterpret_cast<const char*>(encoded), length);
    OPENSSL_free(encoded);

    auto identity = Identity::fromPkcs12(hostile, testPassphrase());
    QVERIFY(!identity.ok());
    QCOMPARE(identity.error().code, QString(errors::Malformed));
    QVERIFY2(identity.error().message.contains(QLatin1String("20000000 iterations")),
             qPrintable(identity.error().message));
}

void TestIdentity::certificateDetails()
{
    const Certificate certificate = pki().declarant.certificate();
    QCOMPARE(certificate.commonName(), QStringLiteral("Marie Déclarante"));
    QVERIFY2(certificate.subject().contains(QStringLiteral("CN=Marie Déclarante")),
             qPrintable(certificate.subject()));
    QVERIFY(certificate.issuer().contains(QStringLiteral("CN=Autorité de test")));
    QCOMPARE(certificate.keyType(), KeyType::EcP256);
    QCOMPARE(certificate.keyUsages(),
             (QStringList{QStringLiteral("digitalSignature"), QStringLiteral("keyAgreement")}));
    QVERIFY(!certificate.isCertificateAuthority());
    QVERIFY(pki().ca.certificate().isCertificateAuthority());
    QVERIFY(pki().ca.certificate().isSelfSigned());
    QCOMPARE(certificate.sha256Fingerprint().size(), 32);
    QCOMPARE(certificate.sha256FingerprintHex().size(), 32 * 3 - 1);
    QVERIFY(certificate.notBefore() <= QDateTime::currentDateTimeUtc());
    QVERIFY(certificate.notAfter() > QDateTime::currentDateTimeUtc().addDays(700));
    const Certificate rsa = pki().rsaAuthority.certificate();
    QCOMPARE(rsa.keyType(), KeyType::Rsa);
    QCOMPARE(rsa.keyBits(), 3072);
    QVERIFY(rsa.keyUsages().contains(QStringLiteral("keyEncipherment")));
}

void TestIdentity::certificateParsing()
{
    const Certificate certificate = pki().declarant.certificate();
    auto fromPem = Certificate::fromData(certificate.toPem());
    auto fromDer = Certificate::fromData(certificate.toDer());
    QVERIFY(fromPem.ok() && fromDer.ok());
    QVERIFY(*fromPem == certificate && *fromDer == certificate);
    auto bundle = Certificate::listFromData(certificate.toPem() + pki().ca.certificate().toPem());
    QVERIFY(bundle.ok());
    QCOMPARE(bundle->size(), 2);
    QVERIFY(!Certificate::fromData(certificate.toPem() + pki().ca.certificate().toPem()).ok());
    QCOMPARE(Certificate::fromData("garbage").error().code, QString(errors::Malformed));
    QCOMPARE(Certificate::fromData(certificate.toDer().chopped(1)).error().code, QString(errors::Malformed));
}

void TestIdentity::parsedCertificatesAreNotConfused()
{
    // DER certificates are parsed once and shared by their bytes: what differs in a single byte, or has a
    // byte more, is parsed on its own, never handed the certificate parsed before.
    const QByteArray der = pki().declarant.certificate().toDer();
    auto first = Certificate::fromData(der);
    auto again = Certificate::fromData(QByteArray(der)); // another buffer, the same bytes
    QVERIFY(first.ok() && again.ok());
    QVERIFY(*first == *again);
    QCOMPARE(again->sha256Fingerprint(), pki().declarant.certificate().sha256Fingerprint());

    QVERIFY(!Certificate::fromData(der + '\0').ok());
    QByteArray altered = der;
    altered[altered.size() - 5] = char(altered[altered.size() - 5] ^ 0x01); // inside the CA's signature
    auto parsed = Certificate::fromData(altered);
    QVERIFY(parsed.ok()); // still well formed, but not the same certificate
    QVERIFY(!(*parsed == pki().declarant.certificate()));
    QVERIFY(parsed->sha256Fingerprint() != pki().declarant.certificate().sha256Fingerprint());
    QVERIFY(!Signature::verifySigner(*parsed, {pki().ca.certificate()}).ok());
}

void TestIdentity::issueRefusesNonCa()
{
    auto issued =
        CertificateAuthority::issue(pki().declarant, {QStringLiteral("x"), {}, KeyAlgorithm::EcP256, 10});
    QVERIFY(!issued.ok());
    QCOMPARE(issued.error().code, QString(errors::NotCertificateAuthority));
}

void TestIdentity::secureBytes()
{
    SecureBytes bytes(QByteArrayView("abc"));
    bytes.append(QByteArrayView("def"));
    QCOMPARE(bytes.view(), QByteArrayView("abcdef"));
    QCOMPARE(bytes.constData()[bytes.size()], '\0');
    SecureBytes copy = bytes;
    QVERIFY(copy == bytes);
    QVERIFY(copy.constData() != bytes.constData()); // a real copy, wiped on its own
    SecureBytes moved = std::move(copy);
    QVERIFY(moved == bytes);
    QVERIFY(copy.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    QByteArray source("passphrase");
    SecureBytes taken = SecureBytes::takeFrom(source);
    QVERIFY(source.isEmpty());
    QCOMPARE(taken.view(), QByteArrayView("passphrase"));
    QCOMPARE(SecureBytes::fromUtf8(QStringLiteral("é")).size(), 2);
    bytes.clear();
    QVERIFY(bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_crypto_identity.moc"
