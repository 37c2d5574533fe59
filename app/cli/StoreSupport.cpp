// Helpers shared by the store commands: the --store and --identity options, opening the store.
#include "AtomicFile.h"
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

bool hasStoreOption(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--store") || argument.startsWith(QLatin1String("--store="))) {
            return true;
        }
    }
    return false;
}

QCommandLineOption storeOption()
{
    return QCommandLineOption(
        QStringLiteral("store"),
        QCoreApplication::translate("cli", "the store: a SQLite file, or postgresql://user@host:port/db"),
        QStringLiteral("S"));
}

QCommandLineOption nameOption()
{
    return {QStringLiteral("name"), QCoreApplication::translate("cli", "full name"), QStringLiteral("NAME")};
}

QCommandLineOption identityOption()
{
    return QCommandLineOption(QStringLiteral("identity"),
                              QCoreApplication::translate("cli", "your identity (PKCS#12)"),
                              QStringLiteral("ID.p12"));
}

QCommandLineOption declarationFilterOption()
{
    return QCommandLineOption(QStringLiteral("declaration"),
                              QCoreApplication::translate("cli", "only those about this declaration"),
                              QStringLiteral("ID"));
}

QCommandLineOption certificateLoginOption()
{
    return QCommandLineOption(
        QStringLiteral("certificate-login"),
        QCoreApplication::translate("cli",
                                    "log in to the store's server with the certificate of --identity (no "
                                    "password)"));
}

Result<std::unique_ptr<store::Store>> openStore(const QString& location, StoreCreation creation)
{
    auto parsed = store::Location::parse(location);
    if (!parsed) {
        return parsed.error();
    }
    parsed.value().mayCreate = creation == StoreCreation::Allowed;
    return store::Store::open(*parsed);
}

Result<std::unique_ptr<store::Store>> openStoreWith(const QCommandLineParser& parser,
                                                    const crypto::Identity& identity, StoreCreation creation)
{
    auto parsed = store::Location::parse(parser.value(QStringLiteral("store")));
    if (!parsed) {
        return parsed.error();
    }
    store::Location location = std::move(parsed).value();
    location.mayCreate = creation == StoreCreation::Allowed;
    if (parser.isSet(QStringLiteral("certificate-login"))) {
        if (location.backend != store::Backend::PostgreSql) {
            return Error::unusable(QCoreApplication::translate(
                "cli", "--certificate-login is for a store on a PostgreSQL server (postgresql://...)"));
        }
        location.clientIdentity = std::make_shared<const crypto::Identity>(identity);
    }
    return store::Store::open(location);
}

Result<StoreSession> openStoreAs(const QCommandLineParser& parser)
{
    // The identity first: with --certificate-login it is also the TLS client certificate that logs in, so one
    // PKCS#12 and one passphrase serve both the store and the seal.
    auto identity = loadIdentity(parser.value(QStringLiteral("identity")));
    if (!identity) {
        return identity.error();
    }
    auto store = openStoreWith(parser, *identity);
    if (!store) {
        return store.error();
    }
    // Whoever acts on a store is in its directory, even to read the directory itself: an identity of the
    // organisation that is not (its CA's own, say) is refused before anything is read (exit 3).
    if (auto member = (*store)->directory().personFor(identity->certificate()); !member) {
        return member.error();
    }
    return StoreSession{std::move(store).value(), std::move(identity).value()};
}

int parseStoreCommand(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
                      const QString& usage, int positional, bool needsIdentity)
{
    if (int refused = refusePassphraseArguments(arguments, context); refused != ExitOk) {
        return refused;
    }
    parser.addHelpOption();
    if (needsIdentity) {
        parser.addOption(certificateLoginOption());
    }
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    if ((needsIdentity && !parser.isSet(QStringLiteral("identity"))) ||
        (positional >= 0 && parser.positionalArguments().size() != positional)) {
        return usageError(context, usage);
    }
    if (int ready = prepareCrypto(context); ready != ExitOk) {
        return ready;
    }
    return -1;
}

StoreCommandStart startStoreCommand(QCommandLineParser& parser, const QStringList& arguments,
                                    CliContext& context, const QString& usage, int positional)
{
    if (int code = parseStoreCommand(parser, arguments, context, usage, positional); code >= 0) {
        return {std::nullopt, code};
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return {std::nullopt, fail(context, session.error())};
    }
    return {std::move(session).value(), ExitOk};
}

QCommandLineOption receiptOutOption()
{
    return QCommandLineOption(QStringLiteral("out"),
                              QCoreApplication::translate("cli", "also write the receipt there"),
                              QStringLiteral("RECEIPT.p7s"));
}

int writeReceiptOut(CliContext& context, const QCommandLineParser& parser, const QByteArray& receipt)
{
    if (parser.isSet(QStringLiteral("out"))) {
        if (Status written = crypto::writeFileAtomically(parser.value(QStringLiteral("out")), receipt);
            !written) {
            return fail(context, written.error());
        }
    }
    return ExitOk;
}

} // namespace probitas::cli
