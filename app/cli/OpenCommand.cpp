// probitas-cli open --identity ID.p12 [--ca CERT.pem ...] IN
// Prints the verified plaintext on stdout (raw bytes) and the signer on stderr. Nothing reaches stdout
// unless decryption, the signature and the signer's chain all verify. Passphrase: PROBITAS_PASSPHRASE or
// prompt.
// probitas-cli open --store S --identity ID.p12 ID
// The stored form: the verified canonical JSON of declaration ID on stdout; exit 3 when this identity may
// not read it (the refusal is audited).
#include "CryptoCommands.h"
#include "Envelope.h"
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runStoreOpen(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Open a stored declaration; print its canonical JSON on stdout."));
    parser.addOptions({storeOption(), identityOption()});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("cli", "the declaration id"));
    auto start = startStoreCommand(parser, arguments, context,
                                   QStringLiteral("probitas-cli open --store S --identity ID.p12 ID"), 1);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    auto content =
        session->store->declarations().open(parser.positionalArguments().first(), session->identity);
    if (!content) {
        return fail(context, content.error());
    }
    return writeOutput(context, content->view(), "\n");
}

int runOpen(const QStringList& arguments, CliContext& context)
{
    if (hasStoreOption(arguments)) {
        return runStoreOpen(arguments, context);
    }
    if (int refused = refusePassphraseArguments(arguments, context); refused != ExitOk) {
        return refused;
    }
    if (int ready = prepareCrypto(context); ready != ExitOk) {
        return ready;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Decrypt and verify an envelope; print the content on stdout."));
    parser.addHelpOption();
    const QCommandLineOption identityOption(QStringLiteral("identity"),
                                            QCoreApplication::translate("cli", "your identity (PKCS#12)"),
                                            QStringLiteral("ID.p12"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("cli",
                                    "trust anchor replacing the identity's CA certificates (repeatable)"),
        QStringLiteral("CERT.pem"));
    parser.addOptions({identityOption, caOption});
    parser.addPositionalArgument(QStringLiteral("IN"),
                                 QCoreApplication::translate("cli", "the envelope (.p7m)"));
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    if (!parser.isSet(identityOption) || parser.positionalArguments().size() != 1) {
        context.err << "probitas-cli: "
                    << QCoreApplication::translate(
                           "cli", "usage: probitas-cli open --identity ID.p12 [--ca CERT.pem] IN")
                    << Qt::endl;
        return ExitUnusable;
    }
    auto anchors = loadCertificates(parser.values(caOption));
    if (!anchors) {
        return fail(context, anchors.error());
    }
    auto envelope = readInputFile(parser.positionalArguments().first());
    if (!envelope) {
        return fail(context, envelope.error());
    }
    auto identity = loadIdentity(parser.value(identityOption));
    if (!identity) {
        return fail(context, identity.error());
    }
    auto opened = crypto::Envelope::open(*envelope, *identity, *anchors);
    if (!opened) {
        return fail(context, opened.error());
    }
    context.err << QCoreApplication::translate("cli", "Signed by: %1").arg(opened->signer.subject()) << '\n'
                << QCoreApplication::translate("cli", "Signer certificate SHA-256: %1")
                       .arg(opened->signer.sha256FingerprintHex())
                << '\n'
                << QCoreApplication::translate("cli", "Signing time: %1")
                       .arg(opened->signingTime.toString(Qt::ISODate))
                << Qt::endl;
    context.out.flush();
    return writeOutput(context, opened->content.view());
}

} // namespace probitas::cli
