// probitas-cli file --store S --identity ID.p12 DECLARATION.json
// Validates, seals for the recipients the obligation rules name plus the declarant, files it in one
// transaction, prints the new id. The document's plaintext is wiped once sealed.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runFile(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "File a declaration in the store."));
    parser.addOptions({storeOption(), identityOption()});
    parser.addPositionalArgument(QStringLiteral("DECLARATION"),
                                 QCoreApplication::translate("cli", "the declaration document (JSON)"));
    if (int code = parseStoreCommand(
            parser, arguments, context,
            QStringLiteral("probitas-cli file --store S --identity ID.p12 DECLARATION.json"), 1);
        code >= 0) {
        return code;
    }
    auto declaration = decodeInputFile(parser.positionalArguments().first(),
                                       [](const QByteArray& json) { return DeclarationCodec::decode(json); });
    if (!declaration) {
        return fail(context, declaration.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto id = session->store->declarations().file(*declaration, session->identity);
    if (!id) {
        return fail(context, id.error());
    }
    context.out << *id << Qt::endl;
    return ExitOk;
}

} // namespace probitas::cli
