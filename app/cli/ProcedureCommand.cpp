// probitas-cli procedure record --store S --identity ADMIN.p12 --declarant NAME
//                               --kind disciplinaire|penale|enquete-igj [--hold]
// Records a procedure against a magistrate: a disciplinary one lets the CSM and the garde des sceaux
// receive a forward of the DI, an enquête the IGJ (art. 7-2 III); --hold suspends destruction.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runProcedure(const QStringList& arguments, CliContext& context)
{
    const QString usage =
        QStringLiteral("probitas-cli procedure record --store S --identity ADMIN.p12 --declarant NAME "
                       "--kind disciplinaire|penale|enquete-igj [--hold]");
    QStringList rest = arguments;
    const QString sub = rest.size() > 1 ? rest.takeAt(1) : QString();
    if (sub != QLatin1String("record")) {
        context.err << "probitas-cli: " << QCoreApplication::translate("cli", "usage: %1").arg(usage)
                    << Qt::endl;
        return sub == QLatin1String("--help") ? ExitOk : ExitUnusable;
    }
    rest[0] += QStringLiteral(" record");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Record a procedure against a magistrate."));
    const QCommandLineOption declarantOption(QStringLiteral("declarant"),
                                             QCoreApplication::translate("cli", "the magistrate's name"),
                                             QStringLiteral("NAME"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), QCoreApplication::translate("cli", "disciplinaire, penale or enquete-igj"),
        QStringLiteral("KIND"));
    const QCommandLineOption holdOption(
        QStringLiteral("hold"), QCoreApplication::translate("cli", "legal hold: suspend destruction"));
    parser.addOptions({storeOption(), identityOption(), declarantOption, kindOption, holdOption});
    if (int code = parseStoreCommand(parser, rest, context, usage, 0); code >= 0) {
        return code;
    }
    const auto kind = store::procedureKindFromId(parser.value(kindOption));
    if (!kind || !parser.isSet(declarantOption)) {
        return usageError(context, usage);
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto id = session->store->recordProcedure(session->identity, parser.value(declarantOption), *kind,
                                              parser.isSet(holdOption));
    if (!id) {
        return fail(context, id.error());
    }
    context.out << *id << Qt::endl;
    return ExitOk;
}

} // namespace probitas::cli
