// probitas-cli init --store S [--regime R --identity ADMIN.p12 --name NAME [--ca CA.pem]] [--demo DIR]
// Creates (or migrates) the store. With --regime, its first administrator signs its anchor statement at once,
// the store's regime in it: the regime decides whom a declaration is sealed for, so it is never a row that
// anyone with write access could change, nor a proposal waiting for someone to sign it. With --demo, also the
// demo organisation, its PKCS#12 files and DIR/demo.json (demo passphrases only: nothing to type, nothing
// real to protect), under lo-2016.
#include "Demo.h"
#include "Obligations.h"
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

namespace {

const QString kInitUsage =
    QStringLiteral("probitas-cli init --store S [--regime lo-2016|en-vigueur|lo-2023 --identity ADMIN.p12 "
                   "--name NAME [--ca CA.pem]] [--demo DIR]");

QString regimeLine(const store::StoreRegime& regime)
{
    const ObligationRules& rules = ObligationRules::builtIn();
    QString title;
    for (const Regime& candidate : rules.regimes()) {
        if (candidate.id == regime.regime) {
            title = candidate.title;
        }
    }
    return QCoreApplication::translate("cli", "regime: %1 (%2)").arg(regime.regime, title);
}

} // namespace

int runInit(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Create a store, optionally with its first administrator and its regime, or with the demo "
               "organisation."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QCoreApplication::translate("cli", "create the demo organisation in DIR"),
        QStringLiteral("DIR"));
    const QCommandLineOption regimeOption(
        QStringLiteral("regime"),
        QCoreApplication::translate("cli",
                                    "the store's regime, signed by its first administrator (default: %1)")
            .arg(ObligationRules::builtIn().defaultRegime()),
        QStringLiteral("REGIME"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("cli",
                                    "the organisation's CA certificate(s) (default: those of the identity)"),
        QStringLiteral("CA.pem"));
    parser.addOptions({storeOption(), demoOption, regimeOption, identityOption(), nameOption(), caOption,
                       certificateLoginOption()});
    if (int code = parseStoreCommand(parser, arguments, context, kInitUsage, 0, false); code >= 0) {
        return code;
    }
    const bool anchoring = parser.isSet(regimeOption) && !parser.isSet(demoOption);
    if (parser.isSet(demoOption) && parser.isSet(regimeOption) &&
        parser.value(regimeOption) != ObligationRules::builtIn().defaultRegime()) {
        return fail(context, Error::unusable(QCoreApplication::translate(
                                                 "cli", "the demo organisation keeps the regime %1: it is "
                                                        "the text this project was asked to implement")
                                                 .arg(ObligationRules::builtIn().defaultRegime())));
    }
    if (anchoring && (!parser.isSet(QStringLiteral("identity")) || !parser.isSet(QStringLiteral("name")))) {
        return fail(context,
                    Error::unusable(QCoreApplication::translate(
                                        "cli", "the store's regime is signed by its first administrator: "
                                               "give --identity ADMIN.p12 and --name NAME (%1)")
                                        .arg(kInitUsage)));
    }
    if (!anchoring && (parser.isSet(QStringLiteral("identity")) || parser.isSet(caOption))) {
        return usageError(context, kInitUsage);
    }
    std::optional<crypto::Identity> administrator;
    QList<crypto::Certificate> anchors;
    if (anchoring) {
        auto identity = loadIdentity(parser.value(QStringLiteral("identity")));
        if (!identity) {
            return fail(context, identity.error());
        }
        administrator = *identity;
        anchors = identity->caCertificates();
        if (parser.isSet(caOption)) {
            auto listed = crypto::Certificate::listFromFile(parser.value(caOption));
            if (!listed) {
                return fail(context, listed.error());
            }
            anchors = *listed;
        }
    }
    auto store = administrator ? openStoreWith(parser, *administrator, StoreCreation::Allowed)
                               : openStore(parser.value(storeOption()), StoreCreation::Allowed);
    if (!store) {
        return fail(context, store.error());
    }
    const auto report = (*store)->schemaReport();
    const QString ready = QCoreApplication::translate("cli", "store ready: %1 (schema version %2)")
                              .arg((*store)->connection().location().describe())
                              .arg(report.toVersion);
    if (administrator) {
        // A store that has its directory already: its regime changes by a statement of its own, and an
        // identity outside its directory learns nothing of it.
        auto existing = (*store)->directory().peopleAsStored();
        if (!existing) {
            return fail(context, existing.error());
        }
        if (!existing->isEmpty()) {
            if (auto actor = (*store)->directory().actorFor(*administrator); !actor) {
                return fail(context, actor.error());
            }
            auto regime = (*store)->directory().regime();
            if (!regime) {
                return fail(context, regime.error());
            }
            return fail(context, Error{ErrorKind::Invalid,
                                       QCoreApplication::translate(
                                           "cli", "this store already has its administrator and its regime "
                                                  "(%1): an administrator changes it with probitas-cli "
                                                  "regime --set")
                                           .arg(regime->regime),
                                       QString(store::errors::WrongState)});
        }
        auto anchored = (*store)->administration().initialise(
            *administrator, parser.value(QStringLiteral("name")), anchors, parser.value(regimeOption));
        if (!anchored) {
            return fail(context, anchored.error());
        }
        auto regime = (*store)->directory().regime();
        if (!regime) {
            return fail(context, regime.error());
        }
        context.out << ready << '\n'
                    << QCoreApplication::translate("cli", "administrator: %1").arg(anchored->name) << '\n'
                    << regimeLine(*regime) << Qt::endl;
        return ExitOk;
    }
    context.out << ready << Qt::endl;
    if (!parser.isSet(demoOption)) {
        return ExitOk;
    }
    auto people = (*store)->directory().people();
    if (!people) {
        return fail(context, people.error());
    }
    if (!people->isEmpty()) {
        return fail(context,
                    Error::invalid(QCoreApplication::translate(
                        "cli", "the demo organisation needs an empty store: this one has a directory")));
    }
    auto demo = store::createDemo(**store, parser.value(demoOption));
    if (!demo) {
        return fail(context, demo.error());
    }
    for (const store::DemoMember& member : *demo) {
        context.out << "  " << member.role.leftJustified(10) << ' ' << member.name;
        if (!member.authorityId.isEmpty()) {
            context.out << " (" << member.authorityId << ')';
        }
        context.out << " -> " << member.identityFile << '\n';
    }
    auto regime = (*store)->directory().regime();
    if (!regime) {
        return fail(context, regime.error());
    }
    // The demo's regime is the text this project was asked to implement, not the law in force today.
    context.out << regimeLine(*regime) << '\n'
                << QCoreApplication::translate(
                       "cli",
                       "the demo follows the organic law of 2016 as adopted, the text Probitas was asked "
                       "to implement; the law in force today is lo-2023 (docs/regimes.md)")
                << '\n'
                << QCoreApplication::translate("cli", "demo identities and passphrases: %1/demo.json")
                       .arg(parser.value(demoOption))
                << Qt::endl;
    return ExitOk;
}

} // namespace probitas::cli
