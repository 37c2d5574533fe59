// probitas-cli receipt create --identity AUTHORITY.p12 [--ca CERT.pem ...] ENVELOPE OUT
//   The authority opens (fully verifies) the envelope, then signs a receipt naming its SHA-256, the
//   declarant and the time. Passphrase: PROBITAS_PASSPHRASE or the prompt.
// probitas-cli receipt verify --envelope ENVELOPE (--ca CERT.pem ... | --identity ID.p12) RECEIPT
//   Anchors: the --ca certificates (the authority's own certificate or its CA), else the CA certificates
//   of --identity. Exit 4 when the receipt does not verify or is for another envelope.
#include "AtomicFile.h"
#include "CryptoCommands.h"
#include "Passphrase.h"
#include "Receipt.h"

#include <QCoreApplication>

namespace probitas::cli {

namespace {

int usage(CliContext& context)
{
    context.err << "probitas-cli: "
                << QCoreApplication::translate(
                       "cli", "usage: probitas-cli receipt create --identity AUTHORITY.p12 ENVELOPE OUT | "
                              "receipt verify --envelope ENVELOPE --ca CERT.pem RECEIPT")
                << Qt::endl;
    return ExitUnusable;
}

int runCreate(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption identityOption(
        QStringLiteral("identity"), QCoreApplication::translate("cli", "the authority's identity (PKCS#12)"),
        QStringLiteral("ID.p12"));
    const QCommandLineOption caOption(QStringLiteral("ca"),
                                      QCoreApplication::translate("cli", "trust anchor (repeatable)"),
                                      QStringLiteral("CERT.pem"));
    parser.addOptions({identityOption, caOption});
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (!parser.isSet(identityOption) || parser.positionalArguments().size() != 2) {
        return usage(context);
    }
    auto anchors = loadCertificates(parser.values(caOption));
    if (!anchors) {
        return fail(context, anchors.error());
    }
    auto envelope = readInputFile(parser.positionalArguments().at(0));
    if (!envelope) {
        return fail(context, envelope.error());
    }
    auto identity = loadIdentity(parser.value(identityOption));
    if (!identity) {
        return fail(context, identity.error());
    }
    auto receipt = crypto::Receipt::create(*envelope, *identity, *anchors);
    if (!receipt) {
        return fail(context, receipt.error());
    }
    if (Status written = crypto::writeFileAtomically(parser.positionalArguments().at(1), *receipt);
        !written) {
        return fail(context, written.error());
    }
    return ExitOk;
}

int runVerify(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption envelopeOption(
        QStringLiteral("envelope"), QCoreApplication::translate("cli", "the envelope the receipt must name"),
        QStringLiteral("ENVELOPE"));
    const QCommandLineOption caOption(QStringLiteral("ca"),
                                      QCoreApplication::translate("cli", "trust anchor (repeatable)"),
                                      QStringLiteral("CERT.pem"));
    const QCommandLineOption identityOption(
        QStringLiteral("identity"),
        QCoreApplication::translate("cli", "use this identity's CA certificates as anchors"),
        QStringLiteral("ID.p12"));
    parser.addOptions({envelopeOption, caOption, identityOption});
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (!parser.isSet(envelopeOption) || parser.positionalArguments().size() != 1 ||
        (!parser.isSet(caOption) && !parser.isSet(identityOption))) {
        return usage(context);
    }
    auto anchors = loadCertificates(parser.values(caOption));
    if (!anchors) {
        return fail(context, anchors.error());
    }
    auto envelope = readInputFile(parser.value(envelopeOption));
    if (!envelope) {
        return fail(context, envelope.error());
    }
    auto receipt = readInputFile(parser.positionalArguments().first());
    if (!receipt) {
        return fail(context, receipt.error());
    }
    QList<crypto::Certificate> trust = *anchors;
    if (trust.isEmpty()) {
        auto identity = loadIdentity(parser.value(identityOption));
        if (!identity) {
            return fail(context, identity.error());
        }
        trust = identity->trustAnchors();
    }
    auto contents = crypto::Receipt::verify(*receipt, *envelope, trust);
    if (!contents) {
        return fail(context, contents.error());
    }
    context.out << QCoreApplication::translate("cli", "Receipt valid") << '\n'
                << QCoreApplication::translate("cli", "Envelope SHA-256: %1")
                       .arg(QString::fromLatin1(contents->envelopeSha256.toHex()))
                << '\n'
                << QCoreApplication::translate("cli", "Declarant: %1").arg(contents->declarantSubject) << '\n'
                << QCoreApplication::translate("cli", "Declarant certificate SHA-256: %1")
                       .arg(QString::fromLatin1(contents->declarantFingerprint.toHex(':').toUpper()))
                << '\n'
                << QCoreApplication::translate("cli", "Received at: %1")
                       .arg(contents->receivedAt.toString(Qt::ISODate))
                << '\n'
                << QCoreApplication::translate("cli", "Authority: %1").arg(contents->authority.subject())
                << Qt::endl;
    return ExitOk;
}

} // namespace

int runReceipt(const QStringList& arguments, CliContext& context)
{
    if (int refused = refusePassphraseArguments(arguments, context); refused != ExitOk) {
        return refused;
    }
    if (int ready = prepareCrypto(context); ready != ExitOk) {
        return ready;
    }
    return runSubcommand(arguments, context, {{"create", runCreate}, {"verify", runVerify}}, usage);
}

} // namespace probitas::cli
