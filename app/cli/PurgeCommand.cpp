// probitas-cli purge --store S --identity ADMIN.p12 [--dry-run]
// Destroys the envelopes retention no longer allows to keep (5 years after ceased_on, CJA R.131-8), except
// under a legal hold. --dry-run lists them without destroying. Audit entries stay.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

int runPurge(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Destroy what retention allows."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QCoreApplication::translate("cli", "list without destroying"));
    parser.addOptions({storeOption(), identityOption(), dryRunOption});
    if (int code = parseStoreCommand(
            parser, arguments, context,
            QStringLiteral("probitas-cli purge --store S --identity ADMIN.p12 [--dry-run]"), 0);
        code >= 0) {
        return code;
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    const bool dryRun = parser.isSet(dryRunOption);
    auto report = session->store->procedures().purge(session->identity, dryRun);
    if (!report) {
        return fail(context, report.error());
    }
    for (const QString& id : report->destroyed) {
        context.out << (dryRun ? QCoreApplication::translate("cli", "would destroy %1")
                               : QCoreApplication::translate("cli", "destroyed %1"))
                           .arg(id)
                    << '\n';
    }
    for (const QString& id : report->held) {
        context.out << QCoreApplication::translate("cli", "kept under legal hold %1").arg(id) << '\n';
    }
    context.out << QCoreApplication::translate("cli", "%1 destroyed, %2 held")
                       .arg(report->destroyed.size())
                       .arg(report->held.size())
                << Qt::endl;
    return ExitOk;
}

} // namespace probitas::cli
