// probitas-cli list --store S --identity ID.p12 [--json]
// The declarations this identity may see: metadata only, never content.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runList(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List the declarations you may see."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), json});
    auto start =
        startStoreCommand(parser, arguments, context,
                          QStringLiteral("probitas-cli list --store S --identity ID.p12 [--json]"), 0);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    auto records = session->store->declarations().list(session->identity);
    if (!records) {
        return fail(context, records.error());
    }
    if (parser.isSet(json)) {
        return printJsonArray(context, *records);
    }
    for (const store::DeclarationRecord& record : *records) {
        context.out << record.id << "  " << kindId(record.kind) << '/' << eventId(record.event) << "  "
                    << record.declarant << "  -> " << record.recipients.join(QStringLiteral(", ")) << "  "
                    << record.filedAt.toString(Qt::ISODate) << "  "
                    << store::declarationStatusId(record.status);
        if (!record.supersedes.isEmpty()) {
            context.out << "  " << QCoreApplication::translate("cli", "supersedes %1").arg(record.supersedes);
        }
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace probitas::cli
