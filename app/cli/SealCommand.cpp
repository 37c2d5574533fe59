// probitas-cli seal --identity SIGNER.p12 --recipient CERT.pem [--recipient ...] [--ca CERT.pem ...] IN OUT
// probitas-cli forward --identity ID.p12 --recipient CERT.pem [...] [--ca CERT.pem ...] IN OUT
//   forward re-encrypts the declarant's signed content, unchanged, for the given recipients plus the
//   forwarding identity itself. Passphrase: PROBITAS_PASSPHRASE or the prompt. OUT is written atomically.
// probitas-cli forward --store S --identity ID.p12 ID --to AUTHORITY --basis TEXT
//   the stored form: seals declaration ID again for one more authority, recording the basis and who
//   authorised it; refused (exit 3) where the law gives no basis (a DSP never leaves its recipients).
#include "AtomicFile.h"
#include "CryptoCommands.h"
#include "Envelope.h"
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

namespace {

int runSealOrForward(const QStringList& arguments, CliContext& context, bool forward)
{
    if (int refused = refusePassphraseArguments(arguments, context); refused != ExitOk) {
        return refused;
    }
    if (int ready = prepareCrypto(context); ready != ExitOk) {
        return ready;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        forward ? QCoreApplication::translate("cli", "Re-seal an envelope for more recipients, keeping the "
                                                     "declarant's signature.")
                : QCoreApplication::translate("cli",
                                              "Sign a file and encrypt it for the recipients (.p7m, DER)."));
    parser.addHelpOption();
    const QCommandLineOption identityOption(QStringLiteral("identity"),
                                            QCoreApplication::translate("cli", "your identity (PKCS#12)"),
                                            QStringLiteral("ID.p12"));
    const QCommandLineOption recipientOption(
        QStringLiteral("recipient"),
        QCoreApplication::translate("cli", "a recipient's certificate (repeatable)"),
        QStringLiteral("CERT.pem"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("cli",
                                    "trust anchor replacing the identity's CA certificates (repeatable)"),
        QStringLiteral("CERT.pem"));
    parser.addOptions({identityOption, recipientOption, caOption});
    parser.addPositionalArgument(QStringLiteral("IN"), QCoreApplication::translate("cli", "the input file"));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QCoreApplication::translate("cli", "the envelope to write"));
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    if (!parser.isSet(identityOption) || !parser.isSet(recipientOption) ||
        parser.positionalArguments().size() != 2) {
        context.err
            << "probitas-cli: "
            << (forward
                    ? QCoreApplication::translate(
                          "cli", "usage: probitas-cli forward --identity ID.p12 --recipient CERT.pem IN OUT")
                    : QCoreApplication::translate(
                          "cli",
                          "usage: probitas-cli seal --identity SIGNER.p12 --recipient CERT.pem IN OUT"))
            << Qt::endl;
        return ExitUnusable;
    }
    const QString inPath = parser.positionalArguments().at(0);
    const QString outPath = parser.positionalArguments().at(1);
    auto recipients = loadCertificates(parser.values(recipientOption));
    if (!recipients) {
        return fail(context, recipients.error());
    }
    auto anchors = loadCertificates(parser.values(caOption));
    if (!anchors) {
        return fail(context, anchors.error());
    }
    auto input = readInputFile(inPath);
    if (!input) {
        return fail(context, input.error());
    }
    // The plaintext to seal is wiped once sealed.
    const crypto::SecureBytes content = crypto::SecureBytes::takeFrom(input.value());
    auto identity = loadIdentity(parser.value(identityOption));
    if (!identity) {
        return fail(context, identity.error());
    }
    Result<QByteArray> envelope = QByteArray();
    if (forward) {
        QList<crypto::Certificate> all = *recipients;
        all.prepend(identity->certificate());
        envelope = crypto::Envelope::forward(content.view(), *identity, all, *anchors);
    } else {
        envelope = crypto::Envelope::seal(content.view(), *identity, *recipients, *anchors);
    }
    if (!envelope) {
        return fail(context, envelope.error());
    }
    if (Status written = crypto::writeFileAtomically(outPath, *envelope); !written) {
        return fail(context, written.error());
    }
    return ExitOk;
}

} // namespace

int runSeal(const QStringList& arguments, CliContext& context)
{
    return runSealOrForward(arguments, context, false);
}

int runStoreForward(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Forward a stored declaration to one more authority, with its basis."));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QCoreApplication::translate("cli", "the authority id to forward to"),
                                      QStringLiteral("AUTHORITY"));
    const QCommandLineOption basisOption(QStringLiteral("basis"),
                                         QCoreApplication::translate("cli", "the legal basis, recorded"),
                                         QStringLiteral("TEXT"));
    parser.addOptions({storeOption(), identityOption(), toOption, basisOption});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("cli", "the declaration id"));
    const QString usage =
        QStringLiteral("probitas-cli forward --store S --identity ID.p12 ID --to AUTHORITY --basis TEXT");
    if (int code = parseStoreCommand(parser, arguments, context, usage, 1); code >= 0) {
        return code;
    }
    if (!parser.isSet(toOption) || !parser.isSet(basisOption)) {
        return usageError(context, usage);
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto envelope =
        session->store->declarations().forward(parser.positionalArguments().first(), session->identity,
                                               parser.value(toOption), parser.value(basisOption));
    if (!envelope) {
        return fail(context, envelope.error());
    }
    context.out << *envelope << Qt::endl;
    return ExitOk;
}

int runForward(const QStringList& arguments, CliContext& context)
{
    if (hasStoreOption(arguments)) {
        return runStoreForward(arguments, context);
    }
    return runSealOrForward(arguments, context, true);
}

} // namespace probitas::cli
