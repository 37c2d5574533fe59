// probitas-cli server setup --store postgresql://OWNER@HOST/DB [--administrator LOGIN]
// Makes a PostgreSQL database a shared store whose server enforces the access rules itself (ServerSetup.h):
// the roles, the schema (migrated as the owner role) and the rules. Run by whoever administers the database,
// once, and again after each upgrade of Probitas. --administrator creates the login of the store's first
// administrator, which their `people add` of themselves makes theirs. docs/deployment.md.
// probitas-cli server ident-map --store postgresql://OWNER@HOST/DB [--map NAME]
// Prints the pg_ident.conf lines that let each person log in with their certificate (pg_hba.conf's
// `cert clientname=DN map=probitas`): the subject of the certificate the directory gives them, and their
// login.
#include "ServerSetup.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runServer(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    // Each action's own help: its description and its options only.
    const bool identMapAsked = arguments.value(1) == QLatin1String("ident-map");
    parser.setApplicationDescription(
        identMapAsked ? QCoreApplication::translate(
                            "cli", "Print the pg_ident.conf lines that let each person log in with their "
                                   "certificate: its subject, as the directory gives it, and their login.")
                      : QCoreApplication::translate(
                            "cli", "Set up a PostgreSQL store whose server enforces the access rules."));
    const QCommandLineOption administratorOption(
        QStringLiteral("administrator"),
        QCoreApplication::translate("cli", "create the login of the store's first administrator"),
        QStringLiteral("LOGIN"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"),
        QCoreApplication::translate("cli", "the map's name in pg_ident.conf (probitas)"),
        QStringLiteral("NAME"), QStringLiteral("probitas"));
    parser.addOptions({storeOption(), identMapAsked ? mapOption : administratorOption});
    const QString usage = QStringLiteral("probitas-cli server setup --store postgresql://OWNER@HOST/DB "
                                         "[--administrator LOGIN] | server ident-map "
                                         "--store postgresql://OWNER@HOST/DB [--map NAME]");
    if (int code = parseStoreCommand(parser, arguments, context, usage, 1, false); code >= 0) {
        return code;
    }
    const QString action = parser.positionalArguments().constFirst();
    if (action != QLatin1String("setup") && action != QLatin1String("ident-map")) {
        return usageError(context, usage);
    }
    auto location = store::Location::parse(parser.value(storeOption()));
    if (!location) {
        return fail(context, location.error());
    }
    if (action == QLatin1String("ident-map")) {
        if (location->backend != store::Backend::PostgreSql) {
            return usageError(context, usage);
        }
        auto opened = store::Store::open(*location);
        if (!opened) {
            return fail(context, opened.error());
        }
        auto logins = store::server::certificateLogins(**opened);
        if (!logins) {
            return fail(context, logins.error());
        }
        context.out << store::server::identMap(*logins, parser.value(mapOption)) << Qt::flush;
        return ExitOk;
    }
    auto report = store::ServerSetup::run(*location, parser.value(administratorOption));
    if (!report) {
        return fail(context, report.error());
    }
    context.out << QCoreApplication::translate("cli",
                                               "%1 is a server store: schema version %2 (was %3), rules "
                                               "installed; roles %4, %5, %6, %7 (owner %8)")
                       .arg(location->describe())
                       .arg(report->toVersion)
                       .arg(report->fromVersion)
                       .arg(report->roles.declarant, report->roles.authority, report->roles.auditor,
                            report->roles.administrator, report->roles.owner)
                << '\n';
    if (!report->administratorLogin.isEmpty()) {
        context.out << QCoreApplication::translate(
                           "cli", "login %1 awaits the first administrator: set its password with psql's "
                                  "\\password (or map a client certificate to it), then add yourself with "
                                  "probitas-cli people add --store postgresql://%1@HOST/DB")
                           .arg(report->administratorLogin)
                    << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace probitas::cli
