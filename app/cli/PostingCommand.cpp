// probitas-cli posting show --store S --identity ID.p12 [--json]
// probitas-cli posting set --store S --identity ADMIN.p12 --name NAME --profile POSTING.json
// probitas-cli posting request --store S --identity ID.p12 --profile POSTING.json [--note TEXT]
// probitas-cli posting requests --store S --identity ID.p12 [--all] [--json]
// probitas-cli posting grant --store S --identity ADMIN.p12 REQUEST-ID
// probitas-cli posting reject --store S --identity ADMIN.p12 --reason TEXT REQUEST-ID
// The official posting: an administrator states it, and it alone decides where a magistrate's declarations
// go, by when, and when they are destroyed. A magistrate whose posting changed asks for the change; the
// administrator grants or rejects the request.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace probitas::cli {

namespace {

const QString kShowUsage = QStringLiteral("probitas-cli posting show --store S --identity ID.p12 [--json]");
const QString kSetUsage = QStringLiteral(
    "probitas-cli posting set --store S --identity ADMIN.p12 --name NAME --profile POSTING.json");
const QString kRequestUsage = QStringLiteral(
    "probitas-cli posting request --store S --identity ID.p12 --profile POSTING.json [--note TEXT]");
const QString kRequestsUsage =
    QStringLiteral("probitas-cli posting requests --store S --identity ID.p12 [--all] [--json]");
const QString kGrantUsage =
    QStringLiteral("probitas-cli posting grant --store S --identity ADMIN.p12 REQUEST-ID");
const QString kRejectUsage =
    QStringLiteral("probitas-cli posting reject --store S --identity ADMIN.p12 --reason TEXT REQUEST-ID");

int postingUsage(CliContext& context)
{
    return usageError(
        context,
        QStringList{kShowUsage, kSetUsage, kRequestUsage, kRequestsUsage, kGrantUsage, kRejectUsage}.join(
            QStringLiteral(" | ")));
}

QCommandLineOption profileOption()
{
    return {QStringLiteral("profile"),
            QCoreApplication::translate("cli",
                                        "the posting (JSON: status, formation, court, rank, installed_on, "
                                        "ceased_on; as for obligations)"),
            QStringLiteral("POSTING.json")};
}

QString statusText(store::PostingRequestStatus status)
{
    switch (status) {
    case store::PostingRequestStatus::Pending:
        return QCoreApplication::translate("cli", "pending");
    case store::PostingRequestStatus::Granted:
        return QCoreApplication::translate("cli", "granted");
    case store::PostingRequestStatus::Rejected:
        return QCoreApplication::translate("cli", "rejected");
    case store::PostingRequestStatus::Replaced:
        return QCoreApplication::translate("cli", "replaced by a later request");
    }
    return {};
}

void printRequest(CliContext& context, const store::PostingRequest& request)
{
    context.out << request.id << "  " << request.name << "  " << statusText(request.status) << "  "
                << postingSummary(request.posting);
    if (!request.note.isEmpty()) {
        context.out << "  " << QCoreApplication::translate("cli", "note: %1").arg(request.note);
    }
    if (!request.reason.isEmpty()) {
        context.out << "  " << QCoreApplication::translate("cli", "reason: %1").arg(request.reason);
    }
    context.out << Qt::endl;
}

void printPosting(CliContext& context, const store::Person& person)
{
    context.out << person.name << "  "
                << (person.profile ? postingSummary(*person.profile)
                                   : QCoreApplication::translate("cli", "no official posting stated"))
                << Qt::endl;
}

int runPostingShow(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Show your official posting as the directory states it, and your requests."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), json});
    StoreCommandStart start = startStoreCommand(parser, arguments, context, kShowUsage, 0);
    if (!start.session) {
        return start.exitCode;
    }
    auto person = start.session->store->directory().personFor(start.session->identity.certificate());
    if (!person) {
        return fail(context, person.error());
    }
    auto requests = start.session->store->postings().requests(start.session->identity);
    if (!requests) {
        return fail(context, requests.error());
    }
    // An administrator or the auditor sees everyone's: only one's own are shown here.
    requests.value().removeIf(
        [&person](const store::PostingRequest& request) { return request.personId != person->id; });
    if (parser.isSet(json)) {
        const QJsonObject object{{QStringLiteral("name"), person->name},
                                 {QStringLiteral("posting"),
                                  person->profile ? QJsonValue(person->profile->toJson()) : QJsonValue()},
                                 {QStringLiteral("requests"), toJsonArray(*requests)}};
        context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitOk;
    }
    printPosting(context, *person);
    for (const store::PostingRequest& request : *requests) {
        printRequest(context, request);
    }
    return ExitOk;
}

int runPostingSet(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "State a magistrate's official posting (a statement signed by the administrator)."));
    const QCommandLineOption name = nameOption();
    const QCommandLineOption profile = profileOption();
    parser.addOptions({storeOption(), identityOption(), name, profile});
    if (int code = parseStoreCommand(parser, arguments, context, kSetUsage, 0); code >= 0) {
        return code;
    }
    if (!parser.isSet(name) || !parser.isSet(profile)) {
        return usageError(context, kSetUsage);
    }
    auto posting = readProfileFile(parser.value(profile));
    if (!posting) {
        return fail(context, posting.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto stated = session->store->postings().set(session->identity, parser.value(name), *posting);
    if (!stated) {
        return fail(context, stated.error());
    }
    printPosting(context, *stated);
    return ExitOk;
}

int runPostingRequest(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Ask the administrator to change your official posting (a new posting, a cessation)."));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption note(
        QStringLiteral("note"),
        QCoreApplication::translate("cli", "a note to the administrator (kept in clear in the audit trail)"),
        QStringLiteral("TEXT"));
    parser.addOptions({storeOption(), identityOption(), profile, note});
    if (int code = parseStoreCommand(parser, arguments, context, kRequestUsage, 0); code >= 0) {
        return code;
    }
    if (!parser.isSet(profile)) {
        return usageError(context, kRequestUsage);
    }
    auto posting = readProfileFile(parser.value(profile));
    if (!posting) {
        return fail(context, posting.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto request = session->store->postings().request(session->identity, *posting, parser.value(note));
    if (!request) {
        return fail(context, request.error());
    }
    context.out << request->id << Qt::endl;
    return ExitOk;
}

int runPostingRequests(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List the requests to change a posting: those awaiting a decision, or --all."));
    const QCommandLineOption all(
        QStringLiteral("all"),
        QCoreApplication::translate("cli", "also those granted, rejected or replaced"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), all, json});
    StoreCommandStart start = startStoreCommand(parser, arguments, context, kRequestsUsage, 0);
    if (!start.session) {
        return start.exitCode;
    }
    auto requests = start.session->store->postings().requests(start.session->identity, !parser.isSet(all));
    if (!requests) {
        return fail(context, requests.error());
    }
    if (parser.isSet(json)) {
        return printJsonArray(context, *requests);
    }
    for (const store::PostingRequest& request : *requests) {
        printRequest(context, request);
    }
    return ExitOk;
}

int runPostingGrant(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Grant a request: the posting it asks for becomes the official one."));
    parser.addOptions({storeOption(), identityOption()});
    parser.addPositionalArgument(QStringLiteral("REQUEST-ID"),
                                 QCoreApplication::translate("cli", "the id 'posting requests' shows"));
    StoreCommandStart start = startStoreCommand(parser, arguments, context, kGrantUsage, 1);
    if (!start.session) {
        return start.exitCode;
    }
    auto granted = start.session->store->postings().grant(start.session->identity,
                                                          parser.positionalArguments().constFirst());
    if (!granted) {
        return fail(context, granted.error());
    }
    printPosting(context, *granted);
    return ExitOk;
}

int runPostingReject(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Reject a request, saying why; the posting stays as it is."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QCoreApplication::translate("cli", "why (the magistrate reads it)"),
                                    QStringLiteral("TEXT"));
    parser.addOptions({storeOption(), identityOption(), reason});
    parser.addPositionalArgument(QStringLiteral("REQUEST-ID"),
                                 QCoreApplication::translate("cli", "the id 'posting requests' shows"));
    if (int code = parseStoreCommand(parser, arguments, context, kRejectUsage, 1); code >= 0) {
        return code;
    }
    if (!parser.isSet(reason)) {
        return usageError(context, kRejectUsage);
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto rejected = session->store->postings().reject(
        session->identity, parser.positionalArguments().constFirst(), parser.value(reason));
    if (!rejected) {
        return fail(context, rejected.error());
    }
    printRequest(context, *rejected);
    return ExitOk;
}

} // namespace

int runPosting(const QStringList& arguments, CliContext& context)
{
    return runSubcommand(arguments, context,
                         {{"show", runPostingShow},
                          {"set", runPostingSet},
                          {"request", runPostingRequest},
                          {"requests", runPostingRequests},
                          {"grant", runPostingGrant},
                          {"reject", runPostingReject}},
                         postingUsage);
}

} // namespace probitas::cli
