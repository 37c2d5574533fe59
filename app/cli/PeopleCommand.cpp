// probitas-cli people add --store S --identity ADMIN.p12 --name NAME --role ROLE [--authority ID]
//                         --certificate CERT.pem [--profile PROFILE.json]
// probitas-cli people list --store S --identity ID.p12 [--json]
// probitas-cli people renew --store S --identity ADMIN.p12 --name NAME --certificate CERT.pem
// probitas-cli people remove --store S --identity ADMIN.p12 --name NAME
// probitas-cli people adopt --store S --identity ADMIN.p12 [--ca CA.pem] [--yes]
// The directory: an administrator adds people (audited); the first person of a new store is its
// administrator, adding themselves with their own identity and certificate.
#include "Passphrase.h"
#include "ServerSetup.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace probitas::cli {

namespace {

const QString kAddUsage =
    QStringLiteral("probitas-cli people add --store S --identity ADMIN.p12 --name NAME --role "
                   "declarant|authority|auditor|admin [--authority ID] --certificate CERT.pem "
                   "[--profile PROFILE.json] [--login LOGIN]");
const QString kListUsage = QStringLiteral("probitas-cli people list --store S --identity ID.p12 [--json]");
const QString kRenewUsage = QStringLiteral(
    "probitas-cli people renew --store S --identity ADMIN.p12 --name NAME --certificate CERT.pem");
const QString kRemoveUsage =
    QStringLiteral("probitas-cli people remove --store S --identity ADMIN.p12 --name NAME");
const QString kAdoptUsage =
    QStringLiteral("probitas-cli people adopt --store S --identity ADMIN.p12 [--ca CA.pem] [--yes]");

int peopleUsage(CliContext& context)
{
    return usageError(context,
                      QStringList{kAddUsage, kListUsage, kRenewUsage, kRemoveUsage, kAdoptUsage}.join(
                          QStringLiteral(" | ")));
}

void printPerson(CliContext& context, const store::Person& person)
{
    context.out << person.name << "  " << store::roleId(person.role) << "  "
                << (person.authorityId.isEmpty() ? QStringLiteral("-") : person.authorityId) << "  "
                << person.certificate.sha256FingerprintHex() << Qt::endl;
}

int runPeopleRenew(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Give a person a new certificate (a statement signed by the administrator)."));
    const QCommandLineOption name = nameOption();
    const QCommandLineOption certificateOption(
        QStringLiteral("certificate"), QCoreApplication::translate("cli", "the new certificate (PEM or DER)"),
        QStringLiteral("CERT"));
    parser.addOptions({storeOption(), identityOption(), name, certificateOption});
    if (int code = parseStoreCommand(parser, arguments, context, kRenewUsage, 0); code >= 0) {
        return code;
    }
    if (!parser.isSet(name) || !parser.isSet(certificateOption)) {
        return usageError(context, kRenewUsage);
    }
    auto certificate = crypto::Certificate::fromFile(parser.value(certificateOption));
    if (!certificate) {
        return fail(context, certificate.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto renewed = session->store->administration().renewCertificate(session->identity, parser.value(name),
                                                                     *certificate);
    if (!renewed) {
        return fail(context, renewed.error());
    }
    printPerson(context, *renewed);
    return ExitOk;
}

int runPeopleRemove(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Remove a person from the directory (a statement signed by the administrator)."));
    const QCommandLineOption name = nameOption();
    parser.addOptions({storeOption(), identityOption(), name});
    if (int code = parseStoreCommand(parser, arguments, context, kRemoveUsage, 0); code >= 0) {
        return code;
    }
    if (!parser.isSet(name)) {
        return usageError(context, kRemoveUsage);
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto removed = session->store->administration().removePerson(session->identity, parser.value(name));
    if (!removed) {
        return fail(context, removed.error());
    }
    printPerson(context, *removed);
    return ExitOk;
}

int runPeopleAdopt(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Sign, once, the directory of a store made by an earlier Probitas."));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("cli",
                                    "the organisation's CA certificate(s) (default: those of the identity)"),
        QStringLiteral("CA.pem"));
    const QCommandLineOption yesOption(
        QStringLiteral("yes"),
        QCoreApplication::translate("cli", "do not ask: the directory listed is the right one"));
    parser.addOptions({storeOption(), identityOption(), caOption, yesOption});
    if (int code = parseStoreCommand(parser, arguments, context, kAdoptUsage, 0); code >= 0) {
        return code;
    }
    auto identity = loadIdentity(parser.value(QStringLiteral("identity")));
    if (!identity) {
        return fail(context, identity.error());
    }
    auto store = openStoreWith(parser, *identity);
    if (!store) {
        return fail(context, store.error());
    }
    QList<crypto::Certificate> anchors = identity->caCertificates();
    if (parser.isSet(caOption)) {
        auto listed = crypto::Certificate::listFromFile(parser.value(caOption));
        if (!listed) {
            return fail(context, listed.error());
        }
        anchors = *listed;
    }
    auto people = (*store)->directory().peopleAsStored();
    if (!people) {
        return fail(context, people.error());
    }
    // What the administrator vouches for must be read before it is signed: every row, as it stands.
    context.err << QCoreApplication::translate("cli",
                                               "You are about to sign this directory as its administrator. "
                                               "Check every line: whoever could write to the store may have "
                                               "changed it.")
                << Qt::endl;
    for (const crypto::Certificate& anchor : anchors) {
        context.err << QCoreApplication::translate("cli", "trust anchor: %1  %2")
                           .arg(anchor.subject(), anchor.sha256FingerprintHex())
                    << Qt::endl;
    }
    auto declared = (*store)->directory().declaredPostings();
    if (!declared) {
        return fail(context, declared.error());
    }
    for (const store::Person& person : *people) {
        context.err << "  " << person.name << "  " << store::roleId(person.role) << "  "
                    << (person.authorityId.isEmpty() ? QStringLiteral("-") : person.authorityId) << "  "
                    << person.certificate.sha256FingerprintHex() << Qt::endl;
        // The situation they last declared becomes their official posting: it decides where their
        // declarations go and when they are destroyed.
        if (const auto posting = declared->find(person.id); posting != declared->end()) {
            context.err << "    "
                        << QCoreApplication::translate("cli", "official posting: %1")
                               .arg(postingSummary(posting->second))
                        << Qt::endl;
        }
    }
    if (!parser.isSet(yesOption)) {
        context.err << QCoreApplication::translate("cli", "Type yes to sign it: ") << Qt::flush;
        QTextStream input(stdin);
        if (input.readLine().trimmed() != QLatin1String("yes")) {
            return fail(context, Error::invalid(
                                     QCoreApplication::translate("cli", "not adopted: nothing was signed")));
        }
    }
    auto adopted = (*store)->administration().adoptDirectory(*identity, anchors);
    if (!adopted) {
        return fail(context, adopted.error());
    }
    context.out << QCoreApplication::translate("cli", "directory signed: %n person(s)", nullptr,
                                               int(adopted->size()))
                << Qt::endl;
    return ExitOk;
}

int runPeopleAdd(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Add a person to the directory."));
    const QCommandLineOption name = nameOption();
    const QCommandLineOption roleOption(
        QStringLiteral("role"), QCoreApplication::translate("cli", "declarant, authority, auditor or admin"),
        QStringLiteral("ROLE"));
    const QCommandLineOption authorityOption(
        QStringLiteral("authority"),
        QCoreApplication::translate("cli", "the authority id held (tj-nanterre:president, hatvp, ...)"),
        QStringLiteral("ID"));
    const QCommandLineOption certificateOption(
        QStringLiteral("certificate"),
        QCoreApplication::translate("cli", "the person's certificate (PEM or DER)"), QStringLiteral("CERT"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("cli", "a magistrate's official posting (JSON, as for obligations)"),
        QStringLiteral("PROFILE.json"));
    const QCommandLineOption loginOption(
        QStringLiteral("login"),
        QCoreApplication::translate("cli", "on a server store, their login (default: from their name)"),
        QStringLiteral("LOGIN"));
    parser.addOptions({storeOption(), identityOption(), name, roleOption, authorityOption, certificateOption,
                       profileOption, loginOption});
    if (int code = parseStoreCommand(parser, arguments, context, kAddUsage, 0); code >= 0) {
        return code;
    }
    const auto role = store::roleFromId(parser.value(roleOption));
    if (!role || !parser.isSet(name) || !parser.isSet(certificateOption)) {
        return usageError(context, kAddUsage);
    }
    if (parser.isSet(loginOption) && !store::server::isLoginName(parser.value(loginOption))) {
        return fail(context,
                    Error::invalid(QCoreApplication::translate(
                                       "cli", "%1 is not a login name (lowercase letters, digits, _ . "
                                              "-; a letter first)")
                                       .arg(parser.value(loginOption))));
    }
    auto certificate = crypto::Certificate::fromFile(parser.value(certificateOption));
    if (!certificate) {
        return fail(context, certificate.error());
    }
    std::optional<Profile> profile;
    if (parser.isSet(profileOption)) {
        auto parsed = readProfileFile(parser.value(profileOption));
        if (!parsed) {
            return fail(context, parsed.error());
        }
        profile = *parsed;
    }
    // The store may be empty: the administrator then adds themselves, so no directory lookup first.
    auto identity = loadIdentity(parser.value(QStringLiteral("identity")));
    if (!identity) {
        return fail(context, identity.error());
    }
    auto store = openStoreWith(parser, *identity);
    if (!store) {
        return fail(context, store.error());
    }
    const QString login = parser.isSet(loginOption) ? parser.value(loginOption)
                                                    : store::server::defaultLogin(parser.value(name));
    auto added = (*store)->administration().addPerson(
        *identity, parser.value(name), *role, parser.value(authorityOption), *certificate, profile, login);
    if (!added) {
        return fail(context, added.error());
    }
    context.out << added->id << Qt::endl;
    if ((*store)->connection().serverEnforced() && !(added->certificate == identity->certificate())) {
        context.err << QCoreApplication::translate("cli",
                                                   "their login on this server store: %1 (its password "
                                                   "or certificate is the database administrator's to set)")
                           .arg(login)
                    << Qt::endl;
    }
    return ExitOk;
}

int runPeopleList(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "List the directory."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), json});
    if (int code = parseStoreCommand(parser, arguments, context, kListUsage, 0); code >= 0) {
        return code;
    }
    auto session = openStoreAs(parser); // only a member of the directory reads it
    if (!session) {
        return fail(context, session.error());
    }
    auto people = session->store->directory().people();
    if (!people) {
        return fail(context, people.error());
    }
    QJsonArray array;
    for (const store::Person& person : *people) {
        const QJsonObject object{
            {QStringLiteral("id"), person.id},
            {QStringLiteral("name"), person.name},
            {QStringLiteral("role"), store::roleId(person.role)},
            {QStringLiteral("authority"),
             person.authorityId.isEmpty() ? QJsonValue() : QJsonValue(person.authorityId)},
            {QStringLiteral("fingerprint"), person.certificate.sha256FingerprintHex()},
            {QStringLiteral("posting"), person.profile ? QJsonValue(person.profile->toJson()) : QJsonValue()},
        };
        if (parser.isSet(json)) {
            array.append(object);
        } else {
            context.out << person.name << "  " << store::roleId(person.role) << "  "
                        << (person.authorityId.isEmpty() ? QStringLiteral("-") : person.authorityId) << '\n';
        }
    }
    if (parser.isSet(json)) {
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    context.out << Qt::endl;
    return ExitOk;
}

} // namespace

int runPeople(const QStringList& arguments, CliContext& context)
{
    return runSubcommand(arguments, context,
                         {{"add", runPeopleAdd},
                          {"list", runPeopleList},
                          {"renew", runPeopleRenew},
                          {"remove", runPeopleRemove},
                          {"adopt", runPeopleAdopt}},
                         peopleUsage);
}

} // namespace probitas::cli
