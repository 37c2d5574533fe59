// probitas-cli avis request --store S --identity AUTHORITY.p12 DECLARATION-ID QUESTION.txt
// probitas-cli avis record --store S --identity COLLEGE.p12 REQUEST-ID AVIS.json
// probitas-cli avis show --store S --identity ID.p12 REQUEST-ID
// probitas-cli avis list --store S --identity ID.p12 [--declaration ID] [--json]
// The collège de déontologie's avis (art. 7-2 II): the authority the DI was filed to forwards a certified
// copy to the collège (basis "art. 7-2 II") and asks its question (a UTF-8 text file, never an argument: it
// may say what the doubt is about); the collège records its avis (a JSON file, docs/store.md).
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

namespace {

const char* const kUsage = QT_TRANSLATE_NOOP(
    "cli", "usage: probitas-cli avis request|record|show|list --store S --identity ID.p12 ... "
           "(probitas-cli avis SUBCOMMAND --help)");

int usage(CliContext& context)
{
    context.err << "probitas-cli: " << QCoreApplication::translate("cli", kUsage) << Qt::endl;
    return ExitUnusable;
}

void addRequestId(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("REQUEST-ID"),
                                 QCoreApplication::translate("cli", "the request id"));
}

int runAvisRequest(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Ask the collège de déontologie for its avis on a declaration filed to you."));
    parser.addOptions({storeOption(), identityOption()});
    parser.addPositionalArgument(QStringLiteral("DECLARATION-ID"),
                                 QCoreApplication::translate("cli", "the declaration id"));
    parser.addPositionalArgument(
        QStringLiteral("QUESTION.txt"),
        QCoreApplication::translate("cli", "the question, UTF-8 text (- for standard input)"));
    if (int code = parseStoreCommand(
            parser, arguments, context,
            QStringLiteral(
                "probitas-cli avis request --store S --identity AUTHORITY.p12 DECLARATION-ID QUESTION.txt"),
            2);
        code >= 0) {
        return code;
    }
    auto question = decodeInputFile(parser.positionalArguments().at(1), [](const QByteArray& text) {
        return Result<QString>(QString::fromUtf8(text).trimmed());
    });
    if (!question) {
        return fail(context, question.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto id =
        session->store->avis().request(parser.positionalArguments().first(), session->identity, *question);
    if (!id) {
        return fail(context, id.error());
    }
    context.out << *id << Qt::endl;
    return ExitOk;
}

int runAvisRecord(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Record the collège's avis (a JSON file: docs/store.md)."));
    parser.addOptions({storeOption(), identityOption()});
    addRequestId(parser);
    parser.addPositionalArgument(QStringLiteral("AVIS.json"),
                                 QCoreApplication::translate("cli", "the avis (- for standard input)"));
    if (int code = parseStoreCommand(
            parser, arguments, context,
            QStringLiteral("probitas-cli avis record --store S --identity COLLEGE.p12 REQUEST-ID AVIS.json"),
            2);
        code >= 0) {
        return code;
    }
    auto avis = decodeInputFile(parser.positionalArguments().at(1), &EntretienCodec::decodeAvis);
    if (!avis) {
        return fail(context, avis.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    const QString id = parser.positionalArguments().first();
    if (Status recorded = session->store->avis().record(id, session->identity, *avis); !recorded) {
        return fail(context, recorded.error());
    }
    context.out << QCoreApplication::translate("cli", "avis recorded for request %1").arg(id) << Qt::endl;
    return ExitOk;
}

int runAvisShow(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Print the verified request and avis: {\"request\": ..., \"avis\": ...}."));
    parser.addOptions({storeOption(), identityOption()});
    addRequestId(parser);
    auto start =
        startStoreCommand(parser, arguments, context,
                          QStringLiteral("probitas-cli avis show --store S --identity ID.p12 REQUEST-ID"), 1);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    auto opened = session->store->avis().open(parser.positionalArguments().first(), session->identity);
    if (!opened) {
        return fail(context, opened.error());
    }
    return printCanonicalJson(context, opened->toCanonicalJson());
}

int runAvisList(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List the avis requests you may see: metadata only."));
    const QCommandLineOption declarationOption = declarationFilterOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), declarationOption, json});
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli avis list --store S --identity ID.p12 [--declaration ID] [--json]"), 0);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    auto records = session->store->avis().list(session->identity, parser.value(declarationOption));
    if (!records) {
        return fail(context, records.error());
    }
    if (parser.isSet(json)) {
        return printJsonArray(context, *records);
    }
    for (const store::AvisRecord& record : *records) {
        context.out << record.id << "  " << record.declarationId << "  " << record.declarant << "  "
                    << record.requestedBy << "  " << record.requestedAt.toString(Qt::ISODate) << "  "
                    << store::avisStatusId(record.status) << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

int runAvis(const QStringList& arguments, CliContext& context)
{
    return runSubcommand(arguments, context,
                         {{"request", runAvisRequest},
                          {"record", runAvisRecord},
                          {"show", runAvisShow},
                          {"list", runAvisList}},
                         usage);
}

} // namespace probitas::cli
