// probitas-cli procedure record --store S --identity ADMIN.p12 --declarant NAME
//                               --kind disciplinaire|penale|enquete-igj [--hold]
// probitas-cli procedure close --store S --identity ADMIN.p12 PROCEDURE-ID
// probitas-cli procedure list --store S --identity ADMIN.p12|AUDITOR.p12 [--open] [--json]
// Procedures against a magistrate: a disciplinary one lets the CSM and the garde des sceaux receive a
// forward of the DI, an enquête the IGJ (art. 7-2 III); --hold suspends destruction. Closing a procedure
// ends what it allowed and lifts its hold: once no hold is open, retention applies again.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <algorithm>

namespace probitas::cli {

namespace {

const QString kRecordUsage =
    QStringLiteral("probitas-cli procedure record --store S --identity ADMIN.p12 --declarant NAME "
                   "--kind disciplinaire|penale|enquete-igj [--hold]");
const QString kCloseUsage =
    QStringLiteral("probitas-cli procedure close --store S --identity ADMIN.p12 PROCEDURE-ID");
const QString kListUsage =
    QStringLiteral("probitas-cli procedure list --store S --identity ADMIN.p12 [--open] [--json]");

int procedureUsage(CliContext& context)
{
    return usageError(context,
                      QStringList{kRecordUsage, kCloseUsage, kListUsage}.join(QStringLiteral(" | ")));
}

int runProcedureRecord(const QStringList& arguments, CliContext& context)
{
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
    if (int code = parseStoreCommand(parser, arguments, context, kRecordUsage, 0); code >= 0) {
        return code;
    }
    const auto kind = store::procedureKindFromId(parser.value(kindOption));
    if (!kind || !parser.isSet(declarantOption)) {
        return usageError(context, kRecordUsage);
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto id = session->store->procedures().record(session->identity, parser.value(declarantOption), *kind,
                                                  parser.isSet(holdOption));
    if (!id) {
        return fail(context, id.error());
    }
    context.out << *id << Qt::endl;
    return ExitOk;
}

int runProcedureClose(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Close a procedure: what it allowed ends, and its legal hold is lifted."));
    parser.addOptions({storeOption(), identityOption()});
    parser.addPositionalArgument(
        QStringLiteral("PROCEDURE-ID"),
        QCoreApplication::translate("cli", "the id 'procedure record' printed ('procedure list' shows it)"));
    if (int code = parseStoreCommand(parser, arguments, context, kCloseUsage, 1); code >= 0) {
        return code;
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto closed = session->store->procedures().close(session->identity, parser.positionalArguments().first());
    if (!closed) {
        return fail(context, closed.error());
    }
    context.out << QCoreApplication::translate("cli", "closed procedure %1 (%2) against %3")
                       .arg(closed->id, store::procedureKindId(closed->kind), closed->declarant)
                << '\n';
    if (closed->legalHold) {
        // Whether destruction may now go ahead is what the administrator closing a hold wants to know.
        auto open = session->store->procedures().list(session->identity, true);
        if (!open) {
            return fail(context, open.error());
        }
        const auto holdsLeft =
            std::count_if(open->begin(), open->end(), [&](const store::ProcedureRecord& p) {
                return p.legalHold && p.declarantId == closed->declarantId;
            });
        context.out << (holdsLeft == 0
                            ? QCoreApplication::translate(
                                  "cli", "legal hold lifted: retention applies again to %1's declarations")
                                  .arg(closed->declarant)
                            : QCoreApplication::translate(
                                  "cli", "legal hold lifted; %n other hold(s) still suspend destruction",
                                  nullptr, int(holdsLeft)))
                    << '\n';
    }
    context.out << Qt::flush;
    return ExitOk;
}

int runProcedureList(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List the procedures recorded (for the administrator and the auditor)."));
    const QCommandLineOption openOption(QStringLiteral("open"),
                                        QCoreApplication::translate("cli", "only the procedures still open"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), openOption, json});
    if (int code = parseStoreCommand(parser, arguments, context, kListUsage, 0); code >= 0) {
        return code;
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto procedures = session->store->procedures().list(session->identity, parser.isSet(openOption));
    if (!procedures) {
        return fail(context, procedures.error());
    }
    if (parser.isSet(json)) {
        return printJsonArray(context, *procedures);
    }
    for (const store::ProcedureRecord& procedure : *procedures) {
        const QString state = procedure.isOpen() ? QCoreApplication::translate("cli", "open")
                                                 : QCoreApplication::translate("cli", "closed %1")
                                                       .arg(procedure.closedAt.toString(Qt::ISODate));
        context.out << procedure.id << "  " << procedure.declarant << "  "
                    << store::procedureKindId(procedure.kind) << "  "
                    << (procedure.legalHold ? QCoreApplication::translate("cli", "legal hold")
                                            : QStringLiteral("-"))
                    << "  " << procedure.recordedAt.toString(Qt::ISODate) << "  " << state << '\n';
    }
    context.out << Qt::flush;
    return ExitOk;
}

} // namespace

int runProcedure(const QStringList& arguments, CliContext& context)
{
    return runSubcommand(
        arguments, context,
        {{"record", runProcedureRecord}, {"close", runProcedureClose}, {"list", runProcedureList}},
        procedureUsage);
}

} // namespace probitas::cli
