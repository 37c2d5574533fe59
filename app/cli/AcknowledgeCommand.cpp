// probitas-cli acknowledge --store S --identity AUTHORITY.p12 ID [--out RECEIPT.p7s]
// The authority opens the declaration filed to it, signs a receipt; the store keeps it and the
// declaration's status becomes receipt-held.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runAcknowledge(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Acknowledge a declaration filed to you."));
    parser.addOptions({storeOption(), identityOption(), receiptOutOption()});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("cli", "the declaration id"));
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli acknowledge --store S --identity AUTHORITY.p12 ID"), 1);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    const QString id = parser.positionalArguments().first();
    auto receipt = session->store->declarations().acknowledge(id, session->identity);
    if (!receipt) {
        return fail(context, receipt.error());
    }
    if (int written = writeReceiptOut(context, parser, *receipt); written != ExitOk) {
        return written;
    }
    context.out << QCoreApplication::translate("cli", "receipt stored for %1").arg(id) << Qt::endl;
    return ExitOk;
}

} // namespace probitas::cli
