// probitas-cli audit verify --store S [--full] [--anchor SEQUENCE:HASH]
// probitas-cli audit log --store S --identity ID.p12 [--json]
// probitas-cli audit bordereau --store S --identity ID.p12 DECLARATION-ID
// verify checks the whole hash chain, and the newest signature which vouches for the witnessed entries below
// it (--full: every signature); exit 0 when whole, 4 naming the first bad entry. It prints the head, which
// given back as --anchor later proves that nothing was cut from the end since.
#include "Passphrase.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace probitas::cli {

int runAudit(const QStringList& arguments, CliContext& context)
{
    const QString usage = QStringLiteral("probitas-cli audit verify --store S [--full] [--anchor "
                                         "SEQUENCE:HASH] | audit log --store S --identity ID.p12 "
                                         "[--json] | audit bordereau --store S --identity ID.p12 ID");
    QStringList rest = arguments;
    const QString sub = rest.size() > 1 ? rest.takeAt(1) : QString();
    if (sub != QLatin1String("verify") && sub != QLatin1String("log") && sub != QLatin1String("bordereau")) {
        if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
            context.out << QCoreApplication::translate("cli", "usage: %1").arg(usage) << Qt::endl;
            return ExitOk;
        }
        context.err << "probitas-cli: " << QCoreApplication::translate("cli", "usage: %1").arg(usage)
                    << Qt::endl;
        return ExitUnusable;
    }
    rest[0] += QLatin1Char(' ') + sub;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "The audit trail."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "JSON output"));
    const QCommandLineOption fullOption(
        QStringLiteral("full"),
        QCoreApplication::translate("cli", "verify every entry's signature (slower)"));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        QCoreApplication::translate("cli", "an entry seen before, as verify printed the head"),
        QStringLiteral("SEQUENCE:HASH"));
    parser.addOptions({storeOption(), identityOption(), jsonOption, fullOption, anchorOption});
    const bool verify = sub == QLatin1String("verify");
    if (int code = parseStoreCommand(parser, rest, context, usage, sub == QLatin1String("bordereau") ? 1 : 0,
                                     !verify);
        code >= 0) {
        return code;
    }
    auto store = openStore(parser.value(QStringLiteral("store")));
    if (!store) {
        return fail(context, store.error());
    }
    if (verify) {
        std::optional<store::AuditAnchor> anchor;
        if (parser.isSet(anchorOption)) {
            auto parsed = store::AuditAnchor::parse(parser.value(anchorOption));
            if (!parsed) {
                return fail(context, parsed.error());
            }
            anchor = *parsed;
        }
        const bool full = parser.isSet(fullOption);
        auto report = (*store)->verifyAudit(
            full ? store::AuditVerification::EverySignature : store::AuditVerification::Chain, anchor);
        if (!report) {
            return fail(context, report.error());
        }
        if (report->firstBad != 0) {
            context.err << "probitas-cli: " << report->problem << Qt::endl;
            return ExitIntegrity;
        }
        context.out << (full ? QCoreApplication::translate(
                                   "cli", "audit trail whole: %1 entries, every signature verified")
                             : QCoreApplication::translate(
                                   "cli",
                                   "audit trail whole: %1 entries, chain and newest signature verified"))
                           .arg(report->checked)
                    << '\n'
                    << QCoreApplication::translate("cli", "head: %1")
                           .arg(store::AuditAnchor{report->checked, report->headHash}.toString())
                    << Qt::endl;
        return ExitOk;
    }
    auto identity = loadIdentity(parser.value(QStringLiteral("identity")));
    if (!identity) {
        return fail(context, identity.error());
    }
    if (sub == QLatin1String("bordereau")) {
        auto bordereau = (*store)->bordereau(parser.positionalArguments().first(), *identity);
        if (!bordereau) {
            return fail(context, bordereau.error());
        }
        context.out << QCoreApplication::translate("cli", "may open: %1")
                           .arg(bordereau->mayOpen.join(QStringLiteral(", ")))
                    << '\n'
                    << QCoreApplication::translate("cli", "last opened by: %1 %2")
                           .arg(bordereau->lastOpenedBy.isEmpty() ? QStringLiteral("-")
                                                                  : bordereau->lastOpenedBy,
                                bordereau->lastOpenedAt.toString(Qt::ISODate))
                    << Qt::endl;
        return ExitOk;
    }
    auto entries = (*store)->auditLog(*identity);
    if (!entries) {
        return fail(context, entries.error());
    }
    // Names for people: the directory is metadata every directory member may read.
    QHash<QString, QString> names;
    if (auto people = (*store)->people()) {
        for (const store::Person& person : *people) {
            names.insert(person.id, person.name);
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const store::AuditEntry& entry : *entries) {
            QJsonObject object = entry.toJson();
            object.insert(QStringLiteral("actor_name"), names.value(entry.actorId));
            array.append(object);
        }
        context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitOk;
    }
    for (const store::AuditEntry& entry : *entries) {
        context.out << entry.sequence << "  " << entry.at.toString(Qt::ISODateWithMs) << "  " << entry.action
                    << "  " << names.value(entry.actorId, entry.actorId) << "  " << entry.declarationId
                    << "  " << QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))
                    << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace probitas::cli
