// probitas-cli's crypto commands, run as a user would: exit codes, plaintext only on success, and
// passphrases only from the environment or a terminal.
#include "CryptoTestSupport.h"
#include "TestTimeouts.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <unistd.h>

using namespace probitas::crypto::testing;

namespace {

const QString kCli = QStringLiteral(PROBITAS_CLI_PATH);
const QString kCaPass = QStringLiteral("ca passphrase 0123");
const QString kDeclarantPass = QStringLiteral("declarant passphrase 0123");
const QString kAuthorityPass = QStringLiteral("authority passphrase 0123");
const QString kPresident = QStringLiteral("tj-nanterre:president");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI in a new session (no controlling terminal, so it can never prompt and hang the test).
Run cli(const QStringList& arguments, const QMap<QString, QString>& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PROBITAS_PASSPHRASE"));
    env.remove(QStringLiteral("PROBITAS_NEW_PASSPHRASE"));
    env.remove(QStringLiteral("PROBITAS_CA_PASSPHRASE"));
    for (auto it = environment.begin(); it != environment.end(); ++it) {
        env.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] { ::setsid(); });
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(kCli, arguments);
    if (!process.waitForFinished(probitas::testing::scaledTimeout(60000)) ||
        process.exitStatus() != QProcess::NormalExit) {
        return {-1, {}, process.readAllStandardError()};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QMap<QString, QString> pass(const QString& passphrase)
{
    return {{QStringLiteral("PROBITAS_PASSPHRASE"), passphrase}};
}

} // namespace

class TestCryptoCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void exitCodes_data();
    void exitCodes();
    void passphraseNeverAnArgument_data();
    void passphraseNeverAnArgument();
    void noPassphraseWithoutTerminal();
    void showAndPasswd();
    void weakFileWarnedUntilProtectedAgain();
    void selfSignedReceiptRefused();
    void receiptVerifiedAgainstTheAuthority();

private:
    // The declarant's own receipt for her own envelope (own.p7m), signed with stock openssl and her key as
    // if by the président: the attack of issue 12, section 5.
    bool forgeDeclarantReceipt();
    // Her private key in clear, as she (or anyone with her passphrase) gets it with stock openssl:
    // declarant.key.pem.
    bool extractDeclarantKey();
    QString path(const QString& name) const { return m_directory.filePath(name); }
    QTemporaryDir m_directory;
    static constexpr char kRawContent[] = "D\xC3\xA9"
                                          "claration d'int\xC3\xA9r\xC3\xAAts\n\x00\x01 binaire";
    QByteArray m_content = QByteArray(kRawContent, sizeof kRawContent - 1);
};

void TestCryptoCli::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
    Run run = cli({QStringLiteral("ca"), QStringLiteral("create"), QStringLiteral("--name"),
                   QStringLiteral("CA CLI"), QStringLiteral("--out"), path(QStringLiteral("ca.p12"))},
                  pass(kCaPass));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const auto& [name, passphrase] : {std::pair{QStringLiteral("declarant"), kDeclarantPass},
                                           std::pair{QStringLiteral("authority"), kAuthorityPass}}) {
        run = cli({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("--ca"),
                   path(QStringLiteral("ca.p12")), QStringLiteral("--name"), name, QStringLiteral("--out"),
                   path(name + QStringLiteral(".p12"))},
                  {{QStringLiteral("PROBITAS_CA_PASSPHRASE"), kCaPass},
                   {QStringLiteral("PROBITAS_PASSPHRASE"), passphrase}});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("identity"), QStringLiteral("export-cert"),
                   path(name + QStringLiteral(".p12")), QStringLiteral("--out"),
                   path(name + QStringLiteral(".pem"))},
                  pass(passphrase));
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    QVERIFY(writeFile(path(QStringLiteral("in.bin")), m_content));
    run = cli({QStringLiteral("seal"), QStringLiteral("--identity"), path(QStringLiteral("declarant.p12")),
               QStringLiteral("--recipient"), path(QStringLiteral("authority.pem")),
               path(QStringLiteral("in.bin")), path(QStringLiteral("env.p7m"))},
              pass(kDeclarantPass));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QByteArray tampered = readFile(path(QStringLiteral("env.p7m")));
    QVERIFY(tampered.size() > 100);
    tampered[tampered.size() - 40] =
        static_cast<char>(tampered[tampered.size() - 40] ^ 0x01); // in the ciphertext
    QVERIFY(writeFile(path(QStringLiteral("tampered.p7m")), tampered));
    QVERIFY(writeFile(path(QStringLiteral("garbage.p7m")), QByteArray("not an envelope")));
    QVERIFY(writeFile(path(QStringLiteral("other.bin")), QByteArray("another envelope")));
    run = cli({QStringLiteral("receipt"), QStringLiteral("create"), QStringLiteral("--identity"),
               path(QStringLiteral("authority.p12")), QStringLiteral("--authority-id"), kPresident,
               path(QStringLiteral("env.p7m")), path(QStringLiteral("receipt.der"))},
              pass(kAuthorityPass));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // The declarant's own envelope, sealed to the authority and to herself (as the store files it).
    run = cli({QStringLiteral("seal"), QStringLiteral("--identity"), path(QStringLiteral("declarant.p12")),
               QStringLiteral("--recipient"), path(QStringLiteral("authority.pem")),
               QStringLiteral("--recipient"), path(QStringLiteral("declarant.pem")),
               path(QStringLiteral("in.bin")), path(QStringLiteral("own.p7m"))},
              pass(kDeclarantPass));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(forgeDeclarantReceipt());
    run = cli({QStringLiteral("identity"), QStringLiteral("export-cert"), path(QStringLiteral("ca.p12")),
               QStringLiteral("--out"), path(QStringLiteral("ca.pem"))},
              pass(kCaPass));
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCryptoCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<bool>("printsContent");
    const QString authority = path(QStringLiteral("authority.p12"));
    const QStringList openAsAuthority{QStringLiteral("open"), QStringLiteral("--identity"), authority};
    QTest::newRow("open as the recipient")
        << (QStringList(openAsAuthority) << path(QStringLiteral("env.p7m"))) << kAuthorityPass << 0 << true;
    QTest::newRow("open with the CA given explicitly")
        << (QStringList(openAsAuthority)
            << QStringLiteral("--ca") << path(QStringLiteral("ca.pem")) << path(QStringLiteral("env.p7m")))
        << kAuthorityPass << 0 << true;
    QTest::newRow("open a missing file")
        << (QStringList(openAsAuthority) << path(QStringLiteral("missing.p7m"))) << kAuthorityPass << 2
        << false;
    QTest::newRow("open garbage") << (QStringList(openAsAuthority) << path(QStringLiteral("garbage.p7m")))
                                  << kAuthorityPass << 2 << false;
    QTest::newRow("open as a non-recipient")
        << QStringList{QStringLiteral("open"), QStringLiteral("--identity"),
                       path(QStringLiteral("declarant.p12")), path(QStringLiteral("env.p7m"))}
        << kDeclarantPass << 3 << false;
    QTest::newRow("open with a wrong passphrase")
        << (QStringList(openAsAuthority) << path(QStringLiteral("env.p7m"))) << kDeclarantPass << 3 << false;
    QTest::newRow("open a tampered envelope")
        << (QStringList(openAsAuthority) << path(QStringLiteral("tampered.p7m"))) << kAuthorityPass << 4
        << false;
    QTest::newRow("open trusting another CA only")
        << (QStringList(openAsAuthority) << QStringLiteral("--ca") << path(QStringLiteral("authority.pem"))
                                         << path(QStringLiteral("env.p7m")))
        << kAuthorityPass << 4 << false;
    QTest::newRow("verify the receipt") << QStringList{QStringLiteral("receipt"),
                                                       QStringLiteral("verify"),
                                                       QStringLiteral("--envelope"),
                                                       path(QStringLiteral("env.p7m")),
                                                       QStringLiteral("--ca"),
                                                       path(QStringLiteral("authority.pem")),
                                                       path(QStringLiteral("receipt.der"))}
                                        << QString() << 0 << false;
    QTest::newRow("verify the receipt against another envelope")
        << QStringList{QStringLiteral("receipt"),
                       QStringLiteral("verify"),
                       QStringLiteral("--envelope"),
                       path(QStringLiteral("other.bin")),
                       QStringLiteral("--ca"),
                       path(QStringLiteral("ca.pem")),
                       path(QStringLiteral("receipt.der"))}
        << QString() << 4 << false;
    const QStringList verifyReceipt{QStringLiteral("receipt"), QStringLiteral("verify"),
                                    QStringLiteral("--envelope"), path(QStringLiteral("env.p7m"))};
    QTest::newRow("verify the receipt against its authority")
        << (QStringList(verifyReceipt)
            << QStringLiteral("--authority") << path(QStringLiteral("authority.pem"))
            << path(QStringLiteral("receipt.der")))
        << QString() << 0 << false;
    QTest::newRow("verify the receipt against its authority and id")
        << (QStringList(verifyReceipt)
            << QStringLiteral("--authority") << path(QStringLiteral("authority.pem"))
            << QStringLiteral("--authority-id") << kPresident << QStringLiteral("--ca")
            << path(QStringLiteral("ca.pem")) << path(QStringLiteral("receipt.der")))
        << QString() << 0 << false;
    QTest::newRow("verify the receipt against another authority id")
        << (QStringList(verifyReceipt)
            << QStringLiteral("--authority") << path(QStringLiteral("authority.pem"))
            << QStringLiteral("--authority-id") << QStringLiteral("hatvp")
            << path(QStringLiteral("receipt.der")))
        << QString() << 4 << false;
    QTest::newRow("verify the receipt against another authority's certificate")
        << (QStringList(verifyReceipt)
            << QStringLiteral("--authority") << path(QStringLiteral("declarant.pem"))
            << QStringLiteral("--ca") << path(QStringLiteral("ca.pem"))
            << path(QStringLiteral("receipt.der")))
        << QString() << 4 << false;
    QTest::newRow("--authority-id without --authority")
        << (QStringList(verifyReceipt)
            << QStringLiteral("--authority-id") << kPresident << QStringLiteral("--ca")
            << path(QStringLiteral("ca.pem")) << path(QStringLiteral("receipt.der")))
        << QString() << 2 << false;
    QTest::newRow("create a receipt without --authority-id")
        << QStringList{QStringLiteral("receipt"),       QStringLiteral("create"),
                       QStringLiteral("--identity"),    path(QStringLiteral("authority.p12")),
                       path(QStringLiteral("env.p7m")), path(QStringLiteral("never.der"))}
        << kAuthorityPass << 2 << false;
    QTest::newRow("the declarant acknowledges her own envelope")
        << QStringList{QStringLiteral("receipt"),        QStringLiteral("create"),
                       QStringLiteral("--identity"),     path(QStringLiteral("declarant.p12")),
                       QStringLiteral("--authority-id"), kPresident,
                       path(QStringLiteral("own.p7m")),  path(QStringLiteral("never.der"))}
        << kDeclarantPass << 4 << false;
    QTest::newRow("seal to a CA certificate (no keyAgreement)")
        << QStringList{QStringLiteral("seal"),
                       QStringLiteral("--identity"),
                       path(QStringLiteral("declarant.p12")),
                       QStringLiteral("--recipient"),
                       path(QStringLiteral("ca.pem")),
                       path(QStringLiteral("in.bin")),
                       path(QStringLiteral("never.p7m"))}
        << kDeclarantPass << 4 << false;
    QTest::newRow("unknown option") << QStringList{QStringLiteral("open"), QStringLiteral("--frobnicate"),
                                                   path(QStringLiteral("env.p7m"))}
                                    << QString() << 2 << false;
}

void TestCryptoCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, passphrase);
    QFETCH(int, exitCode);
    QFETCH(bool, printsContent);
    const Run run = cli(arguments, passphrase.isEmpty() ? QMap<QString, QString>() : pass(passphrase));
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
    if (arguments.first() == QLatin1String("open")) {
        QCOMPARE(run.out, printsContent ? m_content : QByteArray());
        if (printsContent) {
            QVERIFY2(run.err.contains("CN=declarant"), run.err.constData());
        }
    }
    if (exitCode != 0) {
        QVERIFY2(run.err.startsWith("probitas-cli: "), run.err.constData());
    }
}

void TestCryptoCli::passphraseNeverAnArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = kDeclarantPass;
    QTest::newRow("--passphrase=") << QStringList{
        QStringLiteral("open"), QStringLiteral("--identity"), path(QStringLiteral("declarant.p12")),
        QStringLiteral("--passphrase=") + secret, path(QStringLiteral("env.p7m"))};
    QTest::newRow("--password VALUE")
        << QStringList{QStringLiteral("seal"), QStringLiteral("--password"), secret,
                       path(QStringLiteral("in.bin")), path(QStringLiteral("x.p7m"))};
    QTest::newRow("-passin") << QStringList{QStringLiteral("identity"), QStringLiteral("show"),
                                            QStringLiteral("-passin"), QStringLiteral("pass:") + secret,
                                            path(QStringLiteral("declarant.p12"))};
    QTest::newRow("--pass") << QStringList{QStringLiteral("receipt"), QStringLiteral("create"),
                                           QStringLiteral("--pass"), secret};
    QTest::newRow("--new-passphrase")
        << QStringList{QStringLiteral("identity"), QStringLiteral("passwd"),
                       QStringLiteral("--new-passphrase"), secret, path(QStringLiteral("declarant.p12"))};
}

void TestCryptoCli::passphraseNeverAnArgument()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("never accepted on the command line"), run.err.constData());
    QVERIFY2(!run.err.contains(kDeclarantPass.toUtf8()) && !run.out.contains(kDeclarantPass.toUtf8()),
             "the passphrase was echoed");
}

void TestCryptoCli::noPassphraseWithoutTerminal()
{
    const Run run = cli({QStringLiteral("open"), QStringLiteral("--identity"),
                         path(QStringLiteral("authority.p12")), path(QStringLiteral("env.p7m"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("PROBITAS_PASSPHRASE"), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCryptoCli::showAndPasswd()
{
    Run run =
        cli({QStringLiteral("identity"), QStringLiteral("show"), path(QStringLiteral("authority.pem"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Key usage: digitalSignature, keyAgreement"), run.out.constData());
    QVERIFY(run.out.contains("SHA-256 fingerprint: "));
    QVERIFY(QFile::copy(path(QStringLiteral("declarant.p12")), path(QStringLiteral("copy.p12"))));
    const QString renewed = QStringLiteral("a renewed passphrase 42");
    run = cli({QStringLiteral("identity"), QStringLiteral("passwd"), path(QStringLiteral("copy.p12"))},
              {{QStringLiteral("PROBITAS_PASSPHRASE"), kDeclarantPass},
               {QStringLiteral("PROBITAS_NEW_PASSPHRASE"), renewed}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("identity"), QStringLiteral("show"), path(QStringLiteral("copy.p12"))},
              pass(renewed));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Subject: CN=declarant"));
    QVERIFY(run.out.contains("CA certificate: CN=CA CLI"));
    run = cli({QStringLiteral("identity"), QStringLiteral("show"), path(QStringLiteral("copy.p12"))},
              pass(kDeclarantPass));
    QCOMPARE(run.exitCode, 3);
}

// Her identity file as another tool packs it, at 1,000 PBKDF2 iterations: every command that opens it works
// and warns in one line naming `identity passwd`; once protected again (the same passphrase kept), no
// warning.
void TestCryptoCli::weakFileWarnedUntilProtectedAgain()
{
    QVERIFY(extractDeclarantKey());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TEST_PASS"), kDeclarantPass);
    const QString weak = path(QStringLiteral("weak.p12"));
    const auto packed = runProcess(
        QLatin1String(opensslBinary()),
        {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
         path(QStringLiteral("declarant.key.pem")), QStringLiteral("-in"),
         path(QStringLiteral("declarant.pem")), QStringLiteral("-iter"), QStringLiteral("1000"),
         QStringLiteral("-passout"), QStringLiteral("env:TEST_PASS"), QStringLiteral("-out"), weak},
        {}, environment);
    QVERIFY2(packed.ok(), packed.err.constData());

    Run run = cli({QStringLiteral("identity"), QStringLiteral("show"), weak}, pass(kDeclarantPass));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Protection: PBES2/PBKDF2, 1000 iterations at the weakest"),
             run.out.constData());
    QVERIFY2(run.err.startsWith("probitas-cli: warning: " + weak.toUtf8()) && run.err.count('\n') == 1,
             run.err.constData());
    QVERIFY2(run.err.contains("only 1000 PBKDF2 iterations") &&
                 run.err.contains(("probitas-cli identity passwd " + weak).toUtf8()),
             run.err.constData());

    run = cli({QStringLiteral("identity"), QStringLiteral("passwd"), weak},
              {{QStringLiteral("PROBITAS_PASSPHRASE"), kDeclarantPass},
               {QStringLiteral("PROBITAS_NEW_PASSPHRASE"), kDeclarantPass}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("identity"), QStringLiteral("show"), weak}, pass(kDeclarantPass));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY2(run.out.contains(QStringLiteral("Protection: PBES2/PBKDF2, %1 iterations at the weakest")
                                  .arg(probitas::crypto::kPkcs12Iterations)
                                  .toUtf8()),
             run.out.constData());
}

bool TestCryptoCli::extractDeclarantKey()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOLDER_PASS"), kDeclarantPass);
    const auto key =
        runProcess(QLatin1String(opensslBinary()),
                   {QStringLiteral("pkcs12"), QStringLiteral("-in"), path(QStringLiteral("declarant.p12")),
                    QStringLiteral("-nocerts"), QStringLiteral("-nodes"), QStringLiteral("-passin"),
                    QStringLiteral("env:HOLDER_PASS")},
                   {}, environment);
    if (!key.ok() || !writeFile(path(QStringLiteral("declarant.key.pem")), key.out)) {
        qWarning("openssl pkcs12: %s", key.err.constData());
        return false;
    }
    return true;
}

bool TestCryptoCli::forgeDeclarantReceipt()
{
    // Her key, as anyone extracts it from her own PKCS#12.
    if (!extractDeclarantKey()) {
        return false;
    }
    auto declarant = probitas::crypto::Certificate::fromFile(path(QStringLiteral("declarant.pem")));
    auto authority = probitas::crypto::Certificate::fromFile(path(QStringLiteral("authority.pem")));
    if (!declarant || !authority) {
        return false;
    }
    const auto hex = [](const QByteArray& bytes) { return QString::fromLatin1(bytes.toHex()); };
    // Everything a genuine receipt of the président says, his certificate and id included.
    const QJsonObject document{
        {QStringLiteral("type"), QStringLiteral("probitas-receipt")},
        {QStringLiteral("version"), 2},
        {QStringLiteral("envelope-sha256"),
         hex(QCryptographicHash::hash(readFile(path(QStringLiteral("own.p7m"))),
                                      QCryptographicHash::Sha256))},
        {QStringLiteral("declarant"),
         QJsonObject{{QStringLiteral("subject"), declarant->subject()},
                     {QStringLiteral("certificate-sha256"), hex(declarant->sha256Fingerprint())}}},
        {QStringLiteral("authority"),
         QJsonObject{{QStringLiteral("subject"), authority->subject()},
                     {QStringLiteral("certificate-sha256"), hex(authority->sha256Fingerprint())},
                     {QStringLiteral("id"), kPresident}}},
        {QStringLiteral("received-at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    if (!writeFile(path(QStringLiteral("forged.json")),
                   QJsonDocument(document).toJson(QJsonDocument::Compact))) {
        return false;
    }
    const auto forged =
        openssl({QStringLiteral("cms"), QStringLiteral("-sign"), QStringLiteral("-binary"),
                 QStringLiteral("-nodetach"), QStringLiteral("-md"), QStringLiteral("sha256"),
                 QStringLiteral("-signer"), path(QStringLiteral("declarant.pem")), QStringLiteral("-inkey"),
                 path(QStringLiteral("declarant.key.pem")), QStringLiteral("-in"),
                 path(QStringLiteral("forged.json")), QStringLiteral("-outform"), QStringLiteral("DER"),
                 QStringLiteral("-out"), path(QStringLiteral("forged-receipt.der"))});
    if (!forged.ok()) {
        qWarning("openssl cms -sign: %s", forged.err.constData());
    }
    return forged.ok();
}

void TestCryptoCli::selfSignedReceiptRefused()
{
    const QStringList verify{QStringLiteral("receipt"), QStringLiteral("verify"),
                             QStringLiteral("--envelope"), path(QStringLiteral("own.p7m"))};
    // Against the président's certificate: signed by someone else.
    Run run =
        cli(QStringList(verify) << QStringLiteral("--authority") << path(QStringLiteral("authority.pem"))
                                << path(QStringLiteral("forged-receipt.der")));
    QCOMPARE(run.exitCode, 4);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("signed by declarant, not by authority"), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    // The same with the CA as anchor and the authority id.
    run = cli(QStringList(verify) << QStringLiteral("--authority") << path(QStringLiteral("authority.pem"))
                                  << QStringLiteral("--authority-id") << kPresident << QStringLiteral("--ca")
                                  << path(QStringLiteral("ca.pem"))
                                  << path(QStringLiteral("forged-receipt.der")));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("signed by declarant, not by authority"), run.err.constData());
    // Even as it was attacked (`--ca ca.pem` alone, which used to print "Receipt valid"): a declarant does
    // not acknowledge her own declaration.
    run = cli(QStringList(verify) << QStringLiteral("--ca") << path(QStringLiteral("ca.pem"))
                                  << path(QStringLiteral("forged-receipt.der")));
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.out.contains("Receipt valid"));
    QVERIFY2(run.err.contains("declarant"), run.err.constData());
}

void TestCryptoCli::receiptVerifiedAgainstTheAuthority()
{
    const QStringList verify{QStringLiteral("receipt"), QStringLiteral("verify"),
                             QStringLiteral("--envelope"), path(QStringLiteral("env.p7m"))};
    Run run = cli(QStringList(verify)
                  << QStringLiteral("--authority") << path(QStringLiteral("authority.pem"))
                  << QStringLiteral("--authority-id") << kPresident << path(QStringLiteral("receipt.der")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("Receipt valid\n"));
    QVERIFY2(run.out.contains("Authority id: tj-nanterre:president"), run.out.constData());
    QVERIFY2(run.out.contains("Authority: CN=authority"), run.out.constData());
    QVERIFY(run.err.isEmpty());
    // With only the CA, the receipt verifies but the signer was compared with no one: said on stderr.
    run = cli(QStringList(verify) << QStringLiteral("--ca") << path(QStringLiteral("ca.pem"))
                                  << path(QStringLiteral("receipt.der")));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("Receipt valid\n"));
    QVERIFY2(run.err.contains("--authority CERT.pem"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCryptoCli)
#include "tst_crypto_cli.moc"
