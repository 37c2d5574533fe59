// probitas-cli list --store S --identity ID.p12 [--json]
// The declarations this identity may see: metadata only, never content.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace probitas::cli {

int runList(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List the declarations you may see."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "JSON output"));
    parser.addOptions({storeOption(), identityOption(), jsonOption});
    if (int code =
            parseStoreCommand(parser, arguments, context,
                              QStringLiteral("probitas-cli list --store S --identity ID.p12 [--json]"), 0);
        code >= 0) {
        return code;
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto records = session->store->list(session->identity);
    if (!records) {
        return fail(context, records.error());
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const store::DeclarationRecord& record : *records) {
            array.append(record.toJson());
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitOk;
    }
    for (const store::DeclarationRecord& record : *records) {
        context.out << record.id << "  " << kindId(record.kind) << '/' << eventId(record.event) << "  "
                    << record.declarant << "  -> " << record.recipients.join(QStringLiteral(", ")) << "  "
                    << record.filedAt.toString(Qt::ISODate) << "  " << record.status;
        if (!record.supersedes.isEmpty()) {
            context.out << "  " << QCoreApplication::translate("cli", "supersedes %1").arg(record.supersedes);
        }
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace probitas::cli
