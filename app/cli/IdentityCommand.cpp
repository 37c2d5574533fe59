// probitas-cli identity create|show|passwd|export-cert|import
//   create --ca CA.p12 --name NAME [--organisation ORG] [--days N] [--rsa] --out ID.p12
//       CA passphrase: PROBITAS_CA_PASSPHRASE or prompt; new identity's: PROBITAS_PASSPHRASE or prompt.
//   show FILE            a certificate (PEM/DER, no passphrase) or a PKCS#12 (PROBITAS_PASSPHRASE or prompt)
//   passwd ID.p12        current: PROBITAS_PASSPHRASE; new: PROBITAS_NEW_PASSPHRASE (or prompts)
//   export-cert ID.p12 --out CERT.pem
//   import FOREIGN.p12 --out ID.p12   re-protects another tool's PKCS#12 with our parameters
//       current: PROBITAS_PASSPHRASE; new: PROBITAS_NEW_PASSPHRASE (or prompts)
#include "AtomicFile.h"
#include "CertificateAuthority.h"
#include "CryptoCommands.h"
#include "Passphrase.h"

#include <QCoreApplication>
#include <QFile>

namespace probitas::cli {

namespace {

int usage(CliContext& context)
{
    context.err
        << "probitas-cli: "
        << QCoreApplication::translate(
               "cli",
               "usage: probitas-cli identity create --ca CA.p12 --name NAME --out ID.p12 [--rsa] | "
               "show FILE | passwd ID.p12 | export-cert ID.p12 --out CERT.pem | import IN.p12 --out ID.p12")
        << Qt::endl;
    return ExitUnusable;
}

void printCertificate(QTextStream& out, const crypto::Certificate& certificate)
{
    out << QCoreApplication::translate("cli", "Subject: %1").arg(certificate.subject()) << '\n'
        << QCoreApplication::translate("cli", "Issuer: %1").arg(certificate.issuer()) << '\n'
        << QCoreApplication::translate("cli", "Serial: %1").arg(certificate.serialNumberHex()) << '\n'
        << QCoreApplication::translate("cli", "Valid from: %1")
               .arg(certificate.notBefore().toString(Qt::ISODate))
        << '\n'
        << QCoreApplication::translate("cli", "Valid until: %1")
               .arg(certificate.notAfter().toString(Qt::ISODate))
        << '\n'
        << QCoreApplication::translate("cli", "Key: %1").arg(certificate.keyDescription()) << '\n'
        << QCoreApplication::translate("cli", "Key usage: %1")
               .arg(certificate.keyUsages().join(QStringLiteral(", ")))
        << '\n'
        << QCoreApplication::translate("cli", "Certificate authority: %1")
               .arg(certificate.isCertificateAuthority() ? QCoreApplication::translate("cli", "yes")
                                                         : QCoreApplication::translate("cli", "no"))
        << '\n'
        << QCoreApplication::translate("cli", "SHA-256 fingerprint: %1")
               .arg(certificate.sha256FingerprintHex())
        << '\n';
}

// The exit code when the arguments end the command here (its help, a usage error); nullopt to go on.
std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
                         int positional)
{
    parser.addHelpOption();
    if (auto done = parseOrAnswerHelp(parser, arguments, context)) {
        return done;
    }
    if (parser.positionalArguments().size() != positional) {
        return usage(context);
    }
    return std::nullopt;
}

int runCreate(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption caOption(QStringLiteral("ca"),
                                      QCoreApplication::translate("cli", "the issuing CA (PKCS#12)"),
                                      QStringLiteral("CA.p12"));
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QCoreApplication::translate("cli", "the holder's name (CN)"),
                                        QStringLiteral("NAME"));
    const QCommandLineOption organisationOption(QStringLiteral("organisation"),
                                                QCoreApplication::translate("cli", "organisation (O)"),
                                                QStringLiteral("ORG"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QCoreApplication::translate("cli", "validity in days (default 730)"),
                                        QStringLiteral("N"), QStringLiteral("730"));
    const QCommandLineOption rsaOption(QStringLiteral("rsa"),
                                       QCoreApplication::translate("cli", "RSA-3072 instead of EC P-256"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "the PKCS#12 file to write"),
                                       QStringLiteral("ID.p12"));
    parser.addOptions({caOption, nameOption, organisationOption, daysOption, rsaOption, outOption});
    if (auto done = parse(parser, arguments, context, 0)) {
        return *done;
    }
    bool daysOk = false;
    const int days = parser.value(daysOption).toInt(&daysOk);
    if (!parser.isSet(caOption) || !parser.isSet(nameOption) || !parser.isSet(outOption) || !daysOk) {
        return usage(context);
    }
    if (QFile::exists(parser.value(outOption))) {
        return fail(context, Error::invalid(QCoreApplication::translate(
                                                "cli", "%1 exists: refusing to overwrite an identity")
                                                .arg(parser.value(outOption))));
    }
    auto ca = loadIdentity(parser.value(caOption), kCaPassphraseVariable);
    if (!ca) {
        return fail(context, ca.error());
    }
    auto passphrase =
        readPassphrase(kPassphraseVariable,
                       QCoreApplication::translate("cli", "Passphrase for the new identity: "), Confirm::Yes);
    if (!passphrase) {
        return fail(context, passphrase.error());
    }
    const crypto::CertificateRequest request{
        parser.value(nameOption), parser.value(organisationOption),
        parser.isSet(rsaOption) ? crypto::KeyAlgorithm::Rsa3072 : crypto::KeyAlgorithm::EcP256, days};
    auto identity = crypto::CertificateAuthority::issue(*ca, request);
    if (!identity) {
        return fail(context, identity.error());
    }
    if (Status saved = identity->save(parser.value(outOption), *passphrase); !saved) {
        return fail(context, saved.error());
    }
    printCertificate(context.out, identity->certificate());
    context.out.flush();
    return ExitOk;
}

int runShow(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("cli", "an identity (PKCS#12) or a certificate"));
    if (auto done = parse(parser, arguments, context, 1)) {
        return *done;
    }
    const QString path = parser.positionalArguments().first();
    if (!QFile::exists(path)) {
        return fail(context,
                    Error::unusable(QCoreApplication::translate("cli", "%1: no such file").arg(path)));
    }
    // A plain certificate needs no passphrase.
    if (auto certificate = crypto::Certificate::fromFile(path)) {
        printCertificate(context.out, *certificate);
        context.out.flush();
        return ExitOk;
    }
    auto identity = loadIdentity(path);
    if (!identity) {
        return fail(context, identity.error());
    }
    printCertificate(context.out, identity->certificate());
    if (const auto protection = identity->protection()) {
        context.out << QCoreApplication::translate("cli", "Protection: %1, %2 iterations at the weakest")
                           .arg(protection->legacy ? QCoreApplication::translate("cli", "legacy PKCS#12 PBE")
                                                   : QStringLiteral("PBES2/PBKDF2"))
                           .arg(protection->weakestIterations)
                    << '\n';
    }
    for (const crypto::Certificate& ca : identity->caCertificates()) {
        context.out << QCoreApplication::translate("cli", "CA certificate: %1 (SHA-256 %2)")
                           .arg(ca.subject(), ca.sha256FingerprintHex())
                    << '\n';
    }
    context.out.flush();
    return ExitOk;
}

int runPasswd(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID.p12"),
                                 QCoreApplication::translate("cli", "the identity whose passphrase changes"));
    if (auto done = parse(parser, arguments, context, 1)) {
        return *done;
    }
    const QString path = parser.positionalArguments().first();
    if (!QFile::exists(path)) {
        return fail(context,
                    Error::unusable(QCoreApplication::translate("cli", "%1: no such file").arg(path)));
    }
    auto current = readPassphrase(
        kPassphraseVariable, QCoreApplication::translate("cli", "Current passphrase for %1: ").arg(path));
    if (!current) {
        return fail(context, current.error());
    }
    auto replacement = readPassphrase(kNewPassphraseVariable,
                                      QCoreApplication::translate("cli", "New passphrase: "), Confirm::Yes);
    if (!replacement) {
        return fail(context, replacement.error());
    }
    if (Status changed = crypto::Identity::changePassphrase(path, *current, *replacement); !changed) {
        return fail(context, changed.error());
    }
    context.out << QCoreApplication::translate("cli", "passphrase changed") << Qt::endl;
    return ExitOk;
}

int runExportCertificate(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "the PEM file to write"),
                                       QStringLiteral("CERT.pem"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("ID.p12"),
                                 QCoreApplication::translate("cli", "the identity"));
    if (auto done = parse(parser, arguments, context, 1)) {
        return *done;
    }
    if (!parser.isSet(outOption)) {
        return usage(context);
    }
    auto identity = loadIdentity(parser.positionalArguments().first());
    if (!identity) {
        return fail(context, identity.error());
    }
    if (Status written = crypto::writeFileAtomically(parser.value(outOption), identity->certificate().toPem(),
                                                     crypto::FileAccess::Public);
        !written) {
        return fail(context, written.error());
    }
    return ExitOk;
}

int runImport(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "the PKCS#12 file to write"),
                                       QStringLiteral("ID.p12"));
    parser.addOption(outOption);
    parser.addPositionalArgument(QStringLiteral("IN.p12"),
                                 QCoreApplication::translate("cli", "a PKCS#12 file made elsewhere"));
    if (auto done = parse(parser, arguments, context, 1)) {
        return *done;
    }
    if (!parser.isSet(outOption)) {
        return usage(context);
    }
    auto identity = loadIdentity(parser.positionalArguments().first());
    if (!identity) {
        return fail(context, identity.error());
    }
    auto replacement = readPassphrase(kNewPassphraseVariable,
                                      QCoreApplication::translate("cli", "New passphrase: "), Confirm::Yes);
    if (!replacement) {
        return fail(context, replacement.error());
    }
    if (Status saved = identity->save(parser.value(outOption), *replacement); !saved) {
        return fail(context, saved.error());
    }
    printCertificate(context.out, identity->certificate());
    context.out.flush();
    return ExitOk;
}

} // namespace

int runIdentity(const QStringList& arguments, CliContext& context)
{
    if (int refused = refusePassphraseArguments(arguments, context); refused != ExitOk) {
        return refused;
    }
    if (int ready = prepareCrypto(context); ready != ExitOk) {
        return ready;
    }
    return runSubcommand(arguments, context,
                         {{"create", runCreate},
                          {"show", runShow},
                          {"passwd", runPasswd},
                          {"export-cert", runExportCertificate},
                          {"import", runImport}},
                         usage);
}

} // namespace probitas::cli
