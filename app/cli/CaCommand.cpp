// probitas-cli ca create --name NAME [--organisation ORG] [--days N] --out CA.p12
// The CA's passphrase: PROBITAS_PASSPHRASE, else a prompt (asked twice).
#include "CertificateAuthority.h"
#include "CryptoCommands.h"
#include "Passphrase.h"

#include <QCoreApplication>
#include <QFile>

namespace probitas::cli {

namespace {

int usage(CliContext& context)
{
    context.err << "probitas-cli: "
                << QCoreApplication::translate("cli",
                                               "usage: probitas-cli ca create --name NAME --out CA.p12")
                << Qt::endl;
    return ExitUnusable;
}

int runCaCreate(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Create an organisation CA (EC P-256, self-signed) in a PKCS#12 file. "
               "Passphrase: PROBITAS_PASSPHRASE or the prompt."));
    parser.addHelpOption();
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QCoreApplication::translate("cli", "the CA's name (CN)"),
                                        QStringLiteral("NAME"));
    const QCommandLineOption organisationOption(QStringLiteral("organisation"),
                                                QCoreApplication::translate("cli", "organisation (O)"),
                                                QStringLiteral("ORG"));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        QCoreApplication::translate("cli", "validity in days (default 3650)"),
                                        QStringLiteral("N"), QStringLiteral("3650"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "the PKCS#12 file to write"),
                                       QStringLiteral("CA.p12"));
    parser.addOptions({nameOption, organisationOption, daysOption, outOption});
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    bool daysOk = false;
    const int days = parser.value(daysOption).toInt(&daysOk);
    if (!parser.isSet(nameOption) || !parser.isSet(outOption) || !daysOk ||
        !parser.positionalArguments().isEmpty()) {
        return usage(context);
    }
    if (QFile::exists(parser.value(outOption))) {
        return fail(context,
                    Error::invalid(QCoreApplication::translate("cli", "%1 exists: refusing to overwrite a CA")
                                       .arg(parser.value(outOption))));
    }
    auto passphrase = readPassphrase(
        kPassphraseVariable, QCoreApplication::translate("cli", "Passphrase for the new CA: "), Confirm::Yes);
    if (!passphrase) {
        return fail(context, passphrase.error());
    }
    auto ca = crypto::CertificateAuthority::createRoot(parser.value(nameOption),
                                                       parser.value(organisationOption), days);
    if (!ca) {
        return fail(context, ca.error());
    }
    if (Status saved = ca->save(parser.value(outOption), *passphrase); !saved) {
        return fail(context, saved.error());
    }
    context.out << QCoreApplication::translate("cli", "CA created: %1").arg(ca->certificate().subject())
                << '\n'
                << QCoreApplication::translate("cli", "SHA-256 fingerprint: %1")
                       .arg(ca->certificate().sha256FingerprintHex())
                << Qt::endl;
    return ExitOk;
}

} // namespace

int runCa(const QStringList& arguments, CliContext& context)
{
    if (int refused = refusePassphraseArguments(arguments, context); refused != ExitOk) {
        return refused;
    }
    if (int ready = prepareCrypto(context); ready != ExitOk) {
        return ready;
    }
    return runSubcommand(arguments, context, {{"create", runCaCreate}}, usage);
}

} // namespace probitas::cli
