// probitas-cli reseal --store S --identity NEW.p12 --former OLD.p12 [--dry-run]
// After your certificate was renewed: seals again, for the certificate now in force, your copies of the
// declarations that are still sealed to the former one. Each copy is opened with the former identity (its
// passphrase from PROBITAS_FORMER_PASSPHRASE or the prompt), its declarant's signature verified, and sealed
// again unchanged; each is audited ("reseal"). --dry-run says how many there are, without the former
// identity. Exit 4 when a copy could not be re-sealed (the others still are).
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

namespace {
constexpr const char* kFormerPassphraseVariable = "PROBITAS_FORMER_PASSPHRASE";
} // namespace

int runReseal(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "After a renewal of your certificate, seal your copies of the declarations again for the new "
               "one."));
    const QCommandLineOption formerOption(
        QStringLiteral("former"),
        QCoreApplication::translate("cli", "your former identity, the one the copies are sealed to "
                                           "(passphrase: PROBITAS_FORMER_PASSPHRASE or the prompt)"),
        QStringLiteral("OLD.p12"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("cli", "say how many declarations are to be sealed again, and stop"));
    parser.addOptions({storeOption(), identityOption(), formerOption, dryRunOption});
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli reseal --store S --identity NEW.p12 --former OLD.p12 [--dry-run]"), 0);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    store::Declarations& declarations = session->store->declarations();
    if (parser.isSet(dryRunOption)) {
        auto pending = declarations.sealedToFormerCertificate(session->identity);
        if (!pending) {
            return fail(context, pending.error());
        }
        context.out << QCoreApplication::translate("cli",
                                                   "%n declaration(s) still sealed to your former "
                                                   "certificate",
                                                   nullptr, *pending)
                    << Qt::endl;
        return ExitOk;
    }
    if (!parser.isSet(formerOption)) {
        return fail(context,
                    Error::unusable(QCoreApplication::translate(
                        "cli", "--former OLD.p12 is required: the identity the copies are sealed to")));
    }
    auto former = loadIdentity(parser.value(formerOption), kFormerPassphraseVariable);
    if (!former) {
        return fail(context, former.error());
    }
    auto report = session->store->resealFormer(*former, session->identity);
    if (!report) {
        return fail(context, report.error());
    }
    for (qsizetype i = 0; i < report->failed.size(); ++i) {
        context.err << QCoreApplication::translate("cli", "%1: not sealed again: %2")
                           .arg(report->failed.at(i), report->reasons.at(i))
                    << Qt::endl;
    }
    context.out << QCoreApplication::translate("cli",
                                               "%n declaration(s) sealed again for your current "
                                               "certificate",
                                               nullptr, int(report->resealed.size()))
                << Qt::endl;
    if (report->draft) {
        context.out << QCoreApplication::translate("cli", "your draft sealed again too") << Qt::endl;
    }
    return report->failed.isEmpty() ? ExitOk : ExitIntegrity;
}

} // namespace probitas::cli
