// probitas-cli people add --store S --identity ADMIN.p12 --name NAME --role ROLE [--authority ID]
//                         --certificate CERT.pem [--profile PROFILE.json]
// probitas-cli people list --store S --identity ID.p12 [--json]
// The directory: an administrator adds people (audited); the first person of a new store is its
// administrator, adding themselves with their own identity and certificate.
#include "Passphrase.h"
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
                   "[--profile PROFILE.json]");
const QString kListUsage = QStringLiteral("probitas-cli people list --store S --identity ID.p12 [--json]");

int peopleUsage(CliContext& context)
{
    return usageError(context, kAddUsage + QStringLiteral(" | ") + kListUsage);
}

int runPeopleAdd(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Add a person to the directory."));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QCoreApplication::translate("cli", "full name"), QStringLiteral("NAME"));
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
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("cli", "a declarant's profile (JSON)"),
                                           QStringLiteral("PROFILE.json"));
    parser.addOptions({storeOption(), identityOption(), nameOption, roleOption, authorityOption,
                       certificateOption, profileOption});
    if (int code = parseStoreCommand(parser, arguments, context, kAddUsage, 0); code >= 0) {
        return code;
    }
    const auto role = store::roleFromId(parser.value(roleOption));
    if (!role || !parser.isSet(nameOption) || !parser.isSet(certificateOption)) {
        return usageError(context, kAddUsage);
    }
    auto certificate = crypto::Certificate::fromFile(parser.value(certificateOption));
    if (!certificate) {
        return fail(context, certificate.error());
    }
    std::optional<Profile> profile;
    if (parser.isSet(profileOption)) {
        auto bytes = readInputFile(parser.value(profileOption));
        if (!bytes) {
            return fail(context, bytes.error());
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
        auto parsed =
            document.isObject()
                ? Profile::fromJson(document.object())
                : Result<Profile>(Error::unusable(QCoreApplication::translate("cli", "%1: not a JSON object")
                                                      .arg(parser.value(profileOption))));
        if (!parsed) {
            return fail(context, parsed.error());
        }
        profile = *parsed;
    }
    // The store may be empty: the administrator then adds themselves, so no directory lookup first.
    auto store = openStore(parser.value(QStringLiteral("store")));
    if (!store) {
        return fail(context, store.error());
    }
    auto identity = loadIdentity(parser.value(QStringLiteral("identity")));
    if (!identity) {
        return fail(context, identity.error());
    }
    auto added = (*store)->addPerson(*identity, parser.value(nameOption), *role,
                                     parser.value(authorityOption), *certificate, profile);
    if (!added) {
        return fail(context, added.error());
    }
    context.out << added->id << Qt::endl;
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
    auto people = session->store->people();
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
    return runSubcommand(arguments, context, {{"add", runPeopleAdd}, {"list", runPeopleList}}, peopleUsage);
}

} // namespace probitas::cli
