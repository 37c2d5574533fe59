// probitas-cli's crypto commands, run as a user would: exit codes, plaintext only on success, and
// passphrases only from the environment or a terminal.
#include "CryptoTestSupport.h"

#include <QtTest>
#include <unistd.h>

using namespace probitas::crypto::testing;

namespace {

const QString kCli = QStringLiteral(PROBITAS_CLI_PATH);
const QString kCaPass = QStringLiteral("ca passphrase 0123");
const QString kDeclarantPass = QStringLiteral("declarant passphrase 0123");
const QString kAuthorityPass = QStringLiteral("authority passphrase 0123");

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
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit) {
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

private:
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
               path(QStringLiteral("authority.p12")), path(QStringLiteral("env.p7m")),
               path(QStringLiteral("receipt.der"))},
              pass(kAuthorityPass));
    QVERIFY2(run.exitCode == 0, run.err.constData());
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

QTEST_GUILESS_MAIN(TestCryptoCli)
#include "tst_crypto_cli.moc"
