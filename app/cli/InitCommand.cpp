// probitas-cli init --store S [--demo DIR]
// Creates (or migrates) the store; with --demo, also the demo organisation, its PKCS#12 files and
// DIR/demo.json (demo passphrases only: nothing to type, nothing real to protect).
#include "Demo.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runInit(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Create a store, optionally with the demo organisation."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QCoreApplication::translate("cli", "create the demo organisation in DIR"),
        QStringLiteral("DIR"));
    parser.addOptions({storeOption(), demoOption});
    if (int code = parseStoreCommand(parser, arguments, context,
                                     QStringLiteral("probitas-cli init --store S [--demo DIR]"), 0, false);
        code >= 0) {
        return code;
    }
    auto store = openStore(parser.value(QStringLiteral("store")));
    if (!store) {
        return fail(context, store.error());
    }
    const auto report = (*store)->schemaReport();
    context.out << QCoreApplication::translate("cli", "store ready: %1 (schema version %2)")
                       .arg((*store)->connection().location().describe())
                       .arg(report.toVersion)
                << Qt::endl;
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
    context.out << QCoreApplication::translate("cli", "demo identities and passphrases: %1/demo.json")
                       .arg(parser.value(demoOption))
                << Qt::endl;
    return ExitOk;
}

} // namespace probitas::cli
