// probitas-cli receipt create --identity AUTHORITY.p12 --authority-id ID [--ca CERT.pem ...] ENVELOPE OUT
//   The authority opens (fully verifies) the envelope, then signs a receipt naming its SHA-256, the
//   declarant, the time, and the authority: its certificate and the authority id it acts as
//   ("tj-nanterre:president"), which a certificate does not carry, hence the required option. Passphrase:
//   PROBITAS_PASSPHRASE or the prompt.
// probitas-cli receipt verify --envelope ENVELOPE [--authority CERT.pem [--authority-id ID]]
//                             [--ca CERT.pem ... | --identity ID.p12] RECEIPT
//   With --authority, the receipt must be signed by exactly that certificate and name it (and the authority
//   id, when given): a receipt signed by anyone else is exit 4. Anchors: the --ca certificates, else the CA
//   certificates of --identity, else the --authority certificate itself. Exit 4 when the receipt does not
//   verify or is for another envelope.
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
                       "cli", "usage: probitas-cli receipt create --identity AUTHORITY.p12 --authority-id ID "
                              "ENVELOPE OUT | receipt verify --envelope ENVELOPE (--authority CERT.pem "
                              "[--authority-id ID] | --ca CERT.pem | --identity ID.p12) RECEIPT")
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
    const QCommandLineOption authorityIdOption(
        QStringLiteral("authority-id"),
        QCoreApplication::translate("cli", "the authority id the receipt is made as (tj-nanterre:president)"),
        QStringLiteral("ID"));
    parser.addOptions({identityOption, caOption, authorityIdOption});
    parser.addPositionalArgument(QStringLiteral("ENVELOPE"),
                                 QCoreApplication::translate("cli", "the envelope the receipt is for"));
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QCoreApplication::translate("cli", "the receipt to write"));
    if (auto done = parseOrAnswerHelp(parser, arguments, context)) {
        return *done;
    }
    if (!parser.isSet(identityOption) || parser.value(authorityIdOption).isEmpty() ||
        parser.positionalArguments().size() != 2) {
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
    auto receipt = crypto::Receipt::create(*envelope, *identity, parser.value(authorityIdOption), *anchors);
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
    const QCommandLineOption authorityOption(
        QStringLiteral("authority"),
        QCoreApplication::translate("cli", "the certificate of the authority the receipt must be signed by"),
        QStringLiteral("CERT.pem"));
    const QCommandLineOption authorityIdOption(
        QStringLiteral("authority-id"),
        QCoreApplication::translate("cli", "the authority id the receipt must name (with --authority)"),
        QStringLiteral("ID"));
    parser.addOptions({envelopeOption, caOption, identityOption, authorityOption, authorityIdOption});
    parser.addPositionalArgument(QStringLiteral("RECEIPT"),
                                 QCoreApplication::translate("cli", "the receipt to verify"));
    if (auto done = parseOrAnswerHelp(parser, arguments, context)) {
        return *done;
    }
    if (!parser.isSet(envelopeOption) || parser.positionalArguments().size() != 1 ||
        (!parser.isSet(caOption) && !parser.isSet(identityOption) && !parser.isSet(authorityOption)) ||
        (parser.isSet(authorityIdOption) &&
         (!parser.isSet(authorityOption) || parser.value(authorityIdOption).isEmpty()))) {
        return usage(context);
    }
    auto anchors = loadCertificates(parser.values(caOption));
    if (!anchors) {
        return fail(context, anchors.error());
    }
    crypto::ReceiptExpectations expected;
    if (parser.isSet(authorityOption)) {
        auto authority = crypto::Certificate::fromFile(parser.value(authorityOption));
        if (!authority) {
            return fail(context, authority.error());
        }
        expected.authority = *authority;
        expected.authorityId = parser.value(authorityIdOption);
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
    if (trust.isEmpty() && parser.isSet(identityOption)) {
        auto identity = loadIdentity(parser.value(identityOption));
        if (!identity) {
            return fail(context, identity.error());
        }
        trust = identity->trustAnchors();
    }
    if (trust.isEmpty()) {
        trust << expected.authority; // the authority's own certificate as the anchor of its receipts
    }
    auto contents = crypto::Receipt::verify(*receipt, *envelope, trust, expected);
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
                << '\n'
                << QCoreApplication::translate("cli", "Authority certificate SHA-256: %1")
                       .arg(contents->authority.sha256FingerprintHex())
                << '\n';
    if (!contents->namesAuthority()) {
        context.out << QCoreApplication::translate(
                           "cli", "Authority id: none (a version 1 receipt names no authority)")
                    << Qt::endl;
    } else if (contents->authorityId.isEmpty()) {
        context.out << QCoreApplication::translate("cli", "Authority id: none (made by someone holding none)")
                    << Qt::endl;
    } else {
        context.out << QCoreApplication::translate("cli", "Authority id: %1").arg(contents->authorityId)
                    << Qt::endl;
    }
    if (expected.authority.isNull()) {
        // Any identity the anchors trust can sign a receipt: only --authority proves who received it.
        context.err << "probitas-cli: "
                    << QCoreApplication::translate("cli",
                                                   "warning: the signer was not compared with the authority "
                                                   "the declaration was filed to (--authority CERT.pem)")
                    << Qt::endl;
    }
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
