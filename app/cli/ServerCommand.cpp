// probitas-cli server setup --store postgresql://OWNER@HOST/DB [--administrator LOGIN]
// Makes a PostgreSQL database a shared store whose server enforces the access rules itself (ServerSetup.h):
// the roles, the schema (migrated as the owner role) and the rules. Run by whoever administers the database,
// once, and again after each upgrade of Probitas. --administrator creates the login of the store's first
// administrator, which their `people add` of themselves makes theirs. docs/deployment.md.
#include "ServerSetup.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runServer(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Set up a PostgreSQL store whose server enforces the access rules."));
    const QCommandLineOption administratorOption(
        QStringLiteral("administrator"),
        QCoreApplication::translate("cli", "create the login of the store's first administrator"),
        QStringLiteral("LOGIN"));
    parser.addOptions({storeOption(), administratorOption});
    const QString usage = QStringLiteral(
        "probitas-cli server setup --store postgresql://OWNER@HOST/DB [--administrator LOGIN]");
    if (int code = parseStoreCommand(parser, arguments, context, usage, 1, false); code >= 0) {
        return code;
    }
    if (parser.positionalArguments().constFirst() != QLatin1String("setup")) {
        return usageError(context, usage);
    }
    auto location = store::Location::parse(parser.value(storeOption()));
    if (!location) {
        return fail(context, location.error());
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
