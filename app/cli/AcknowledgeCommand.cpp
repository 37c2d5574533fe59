// probitas-cli acknowledge --store S --identity AUTHORITY.p12 ID [--out RECEIPT.p7s]
// The authority opens the declaration filed to it, signs a receipt; the store keeps it and the
// declaration's status becomes receipt-held.
#include "AtomicFile.h"
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runAcknowledge(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Acknowledge a declaration filed to you."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "also write the receipt there"),
                                       QStringLiteral("RECEIPT.p7s"));
    parser.addOptions({storeOption(), identityOption(), outOption});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("cli", "the declaration id"));
    if (int code = parseStoreCommand(
            parser, arguments, context,
            QStringLiteral("probitas-cli acknowledge --store S --identity AUTHORITY.p12 ID"), 1);
        code >= 0) {
        return code;
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    const QString id = parser.positionalArguments().first();
    auto receipt = session->store->acknowledge(id, session->identity);
    if (!receipt) {
        return fail(context, receipt.error());
    }
    if (parser.isSet(outOption)) {
        if (Status written = crypto::writeFileAtomically(parser.value(outOption), *receipt); !written) {
            return fail(context, written.error());
        }
    }
    context.out << QCoreApplication::translate("cli", "receipt stored for %1").arg(id) << Qt::endl;
    return ExitOk;
}

} // namespace probitas::cli
