// probitas-cli entretien schedule --store S --identity AUTHORITY.p12 DECLARATION-ID --at DATE-TIME --place
// TEXT
//                                 [--delegate NAME]
// probitas-cli entretien record --store S --identity AUTHORITY.p12 ENTRETIEN-ID FICHE.json
// probitas-cli entretien show --store S --identity ID.p12 ENTRETIEN-ID
// probitas-cli entretien acknowledge --store S --identity DECLARANT.p12 ENTRETIEN-ID [--out RECEIPT.p7s]
// probitas-cli entretien invite --store S --identity AUTHORITY.p12 ENTRETIEN-ID
// probitas-cli entretien list --store S --identity ID.p12 [--declaration ID] [--json]
// The entretien déontologique (art. 7-2 I): the authority the DI was filed to convokes the declarant, records
// the fiche navette (a JSON file, docs/store.md), may invite a modification; the declarant acknowledges.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

namespace {

const char* const kUsage = QT_TRANSLATE_NOOP(
    "cli", "usage: probitas-cli entretien schedule|record|show|acknowledge|invite|list --store S --identity "
           "ID.p12 ... (probitas-cli entretien SUBCOMMAND --help)");

int usage(CliContext& context)
{
    context.err << "probitas-cli: " << QCoreApplication::translate("cli", kUsage) << Qt::endl;
    return ExitUnusable;
}

// An ISO 8601 date and time; without an offset, it is the local time.
Result<QDateTime> parseDateTime(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || !text.contains(QLatin1Char('T'))) {
        return Error::unusable(
            QCoreApplication::translate("cli", "--at %1: not a date and time (2026-03-10T14:30)").arg(text));
    }
    return time;
}

void addEntretienId(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("ENTRETIEN-ID"),
                                 QCoreApplication::translate("cli", "the entretien id"));
}

int runEntretienSchedule(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Convoke the declarant of a declaration filed to you to the entretien déontologique."));
    const QCommandLineOption atOption(
        QStringLiteral("at"),
        QCoreApplication::translate("cli", "when: 2026-03-10T14:30 (local time) or with an offset"),
        QStringLiteral("DATE-TIME"));
    const QCommandLineOption placeOption(QStringLiteral("place"), QCoreApplication::translate("cli", "where"),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption delegateOption(
        QStringLiteral("delegate"),
        QCoreApplication::translate("cli", "the magistrate who holds it for you, by name in the directory"),
        QStringLiteral("NAME"));
    parser.addOptions({storeOption(), identityOption(), atOption, placeOption, delegateOption});
    parser.addPositionalArgument(QStringLiteral("DECLARATION-ID"),
                                 QCoreApplication::translate("cli", "the declaration id"));
    const QString usageLine =
        QStringLiteral("probitas-cli entretien schedule --store S --identity AUTHORITY.p12 "
                       "DECLARATION-ID --at DATE-TIME --place TEXT [--delegate NAME]");
    if (int code = parseStoreCommand(parser, arguments, context, usageLine, 1); code >= 0) {
        return code;
    }
    if (!parser.isSet(atOption) || !parser.isSet(placeOption)) {
        return usageError(context, usageLine);
    }
    auto at = parseDateTime(parser.value(atOption));
    if (!at) {
        return fail(context, at.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto id =
        session->store->entretiens().schedule(parser.positionalArguments().first(), session->identity, *at,
                                              parser.value(placeOption), parser.value(delegateOption));
    if (!id) {
        return fail(context, id.error());
    }
    context.out << *id << Qt::endl;
    return ExitOk;
}

int runEntretienRecord(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Record the fiche navette of the entretien held (a JSON file: docs/store.md)."));
    parser.addOptions({storeOption(), identityOption()});
    addEntretienId(parser);
    parser.addPositionalArgument(
        QStringLiteral("FICHE.json"),
        QCoreApplication::translate("cli", "the fiche navette (- for standard input)"));
    if (int code = parseStoreCommand(
            parser, arguments, context,
            QStringLiteral(
                "probitas-cli entretien record --store S --identity AUTHORITY.p12 ENTRETIEN-ID FICHE.json"),
            2);
        code >= 0) {
        return code;
    }
    auto fiche = decodeInputFile(parser.positionalArguments().at(1),
                                 [](const QByteArray& json) { return EntretienCodec::decodeFiche(json); });
    if (!fiche) {
        return fail(context, fiche.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    const QString id = parser.positionalArguments().first();
    if (Status recorded = session->store->entretiens().record(id, session->identity, *fiche); !recorded) {
        return fail(context, recorded.error());
    }
    context.out << QCoreApplication::translate("cli", "fiche recorded for entretien %1").arg(id) << Qt::endl;
    return ExitOk;
}

int runEntretienShow(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Print the verified convocation and fiche navette: {\"convocation\": ..., \"fiche\": ...}."));
    parser.addOptions({storeOption(), identityOption()});
    addEntretienId(parser);
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli entretien show --store S --identity ID.p12 ENTRETIEN-ID"), 1);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    auto opened = session->store->entretiens().open(parser.positionalArguments().first(), session->identity);
    if (!opened) {
        return fail(context, opened.error());
    }
    return printCanonicalJson(context, opened->toCanonicalJson());
}

int runEntretienAcknowledge(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Acknowledge the fiche navette of your entretien (a signed receipt)."));
    parser.addOptions({storeOption(), identityOption(), receiptOutOption()});
    addEntretienId(parser);
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli entretien acknowledge --store S --identity DECLARANT.p12 ENTRETIEN-ID"),
        1);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    const QString id = parser.positionalArguments().first();
    auto receipt = session->store->entretiens().acknowledge(id, session->identity);
    if (!receipt) {
        return fail(context, receipt.error());
    }
    if (int written = writeReceiptOut(context, parser, *receipt); written != ExitOk) {
        return written;
    }
    context.out << QCoreApplication::translate("cli", "fiche of entretien %1 acknowledged").arg(id)
                << Qt::endl;
    return ExitOk;
}

int runEntretienInvite(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Invite the declarant to modify the declaration after the entretien (art. 7-2)."));
    parser.addOptions({storeOption(), identityOption()});
    addEntretienId(parser);
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli entretien invite --store S --identity AUTHORITY.p12 ENTRETIEN-ID"), 1);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    const QString id = parser.positionalArguments().first();
    if (Status invited = session->store->entretiens().inviteModification(id, session->identity); !invited) {
        return fail(context, invited.error());
    }
    context.out << QCoreApplication::translate("cli", "the declarant is invited to modify the declaration")
                << Qt::endl;
    return ExitOk;
}

int runEntretienList(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "List the entretiens you may see: metadata only."));
    const QCommandLineOption declarationOption = declarationFilterOption();
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), declarationOption, json});
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli entretien list --store S --identity ID.p12 [--declaration ID] [--json]"),
        0);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    auto records = session->store->entretiens().list(session->identity, parser.value(declarationOption));
    if (!records) {
        return fail(context, records.error());
    }
    if (parser.isSet(json)) {
        return printJsonArray(context, *records);
    }
    for (const store::EntretienRecord& record : *records) {
        context.out << record.id << "  " << record.declarationId << "  " << record.declarant << "  "
                    << record.authority << "  " << record.scheduledAt.toString(Qt::ISODate) << "  "
                    << store::entretienStatusId(record.status);
        if (record.invitation != store::InvitationState::None) {
            context.out << "  "
                        << QCoreApplication::translate("cli", "invitation %1")
                               .arg(store::invitationStateId(record.invitation));
        }
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

int runEntretien(const QStringList& arguments, CliContext& context)
{
    return runSubcommand(arguments, context,
                         {{"schedule", runEntretienSchedule},
                          {"record", runEntretienRecord},
                          {"show", runEntretienShow},
                          {"acknowledge", runEntretienAcknowledge},
                          {"invite", runEntretienInvite},
                          {"list", runEntretienList}},
                         usage);
}

} // namespace probitas::cli
