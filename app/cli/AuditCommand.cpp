// probitas-cli audit verify --store S [--full] [--anchor SEQUENCE:HASH]
// probitas-cli audit log --store S --identity ID.p12 [--json]
// probitas-cli audit bordereau --store S --identity ID.p12 DECLARATION-ID
// probitas-cli audit export --store S --identity AUDITOR.p12 --out DIR
// probitas-cli audit verify-bundle DIR [--ca CA.pem]
// probitas-cli audit stats --store S --identity AUDITOR.p12 [--format csv|json] [--out FILE]
// verify checks the whole hash chain, and the newest signature which vouches for the witnessed entries below
// it (--full: every signature); exit 0 when whole, 4 naming the first bad entry. It prints the head, which
// given back as --anchor later proves that nothing was cut from the end since. export writes the auditor's
// bundle (store/AuditBundle.h), verify-bundle checks one (exit 4 naming what was changed, removed or added),
// stats the anonymised statistics per jurisdiction (store/Statistics.h).
#include "AtomicFile.h"
#include "AuditBundle.h"
#include "Passphrase.h"
#include "Statistics.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace probitas::cli {

namespace {

QString usageText()
{
    return QStringLiteral(
        "probitas-cli audit verify --store S [--full] [--anchor SEQUENCE:HASH] | audit log --store S "
        "--identity ID.p12 [--json] | audit bordereau --store S --identity ID.p12 ID | audit export --store "
        "S "
        "--identity AUDITOR.p12 --out DIR | audit verify-bundle DIR [--ca CA.pem] | audit stats --store S "
        "--identity AUDITOR.p12 [--format csv|json] [--out FILE]");
}

int usage(CliContext& context)
{
    return usageError(context, usageText());
}

int runVerify(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Verify the audit trail."));
    const QCommandLineOption fullOption(
        QStringLiteral("full"),
        QCoreApplication::translate("cli", "verify every entry's signature (slower)"));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        QCoreApplication::translate("cli", "an entry seen before, as verify printed the head"),
        QStringLiteral("SEQUENCE:HASH"));
    parser.addOptions({storeOption(), fullOption, anchorOption});
    if (int code = parseStoreCommand(parser, arguments, context, usageText(), 0, false); code >= 0) {
        return code;
    }
    auto store = openStore(parser.value(QStringLiteral("store")));
    if (!store) {
        return fail(context, store.error());
    }
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
                               "cli", "audit trail whole: %1 entries, chain and newest signature verified"))
                       .arg(report->checked)
                << '\n'
                << QCoreApplication::translate("cli", "head: %1")
                       .arg(store::AuditAnchor{report->checked, report->headHash}.toString())
                << Qt::endl;
    return ExitOk;
}

int runLog(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "The audit entries you may see."));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), json});
    if (int code = parseStoreCommand(parser, arguments, context, usageText(), 0); code >= 0) {
        return code;
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto entries = session->store->auditLog(session->identity);
    if (!entries) {
        return fail(context, entries.error());
    }
    // Names for people: the directory is metadata every directory member may read.
    QHash<QString, QString> names;
    if (auto people = session->store->people()) {
        for (const store::Person& person : *people) {
            names.insert(person.id, person.name);
        }
    }
    if (parser.isSet(json)) {
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

int runBordereau(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Who may open a declaration, and who opened it last."));
    parser.addOptions({storeOption(), identityOption()});
    if (int code = parseStoreCommand(parser, arguments, context, usageText(), 1); code >= 0) {
        return code;
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto bordereau = session->store->bordereau(parser.positionalArguments().first(), session->identity);
    if (!bordereau) {
        return fail(context, bordereau.error());
    }
    context.out << QCoreApplication::translate("cli", "may open: %1")
                       .arg(bordereau->mayOpen.join(QStringLiteral(", ")))
                << '\n'
                << QCoreApplication::translate("cli", "last opened by: %1 %2")
                       .arg(bordereau->lastOpenedBy.isEmpty() ? QStringLiteral("-") : bordereau->lastOpenedBy,
                            bordereau->lastOpenedAt.toString(Qt::ISODate))
                << Qt::endl;
    return ExitOk;
}

int runExport(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Export the auditor's verifiable bundle into a new folder."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "the new (or empty) folder"),
                                       QStringLiteral("DIR"));
    parser.addOptions({storeOption(), identityOption(), outOption});
    if (int code = parseStoreCommand(parser, arguments, context, usageText(), 0); code >= 0) {
        return code;
    }
    if (!parser.isSet(outOption)) {
        return usage(context);
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    // Progress only for exports that take a while, at most once a second.
    QElapsedTimer elapsed;
    elapsed.start();
    qint64 lastShown = 0;
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        if (total > 0 && elapsed.elapsed() > 1000 && elapsed.elapsed() - lastShown >= 1000) {
            const int percent = int(done * 100 / total);
            if (percent != lastPercent) {
                context.err << "probitas-cli: "
                            << QCoreApplication::translate("cli", "exporting the bundle: %1%").arg(percent)
                            << Qt::endl;
                lastPercent = percent;
                lastShown = elapsed.elapsed();
            }
        }
        return true;
    };
    auto summary = store::exportBundle(*session->store, session->identity, parser.value(outOption), progress);
    if (!summary) {
        return fail(context, summary.error());
    }
    context.out
        << QCoreApplication::translate(
               "cli",
               "bundle written to %1 (declarations: %2, envelopes: %3, receipts: %4, audit entries: %5)")
               .arg(summary->directory)
               .arg(summary->declarations)
               .arg(summary->envelopes)
               .arg(summary->receipts)
               .arg(summary->entries)
        << '\n'
        << QCoreApplication::translate("cli", "head: %1").arg(summary->head.toString()) << Qt::endl;
    return ExitOk;
}

int runVerifyBundle(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Verify an auditor's bundle."));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("cli", "the organisation's CA: every signer must have been issued by it"),
        QStringLiteral("CA.pem"));
    parser.addOption(caOption);
    if (int code = parseStoreCommand(parser, arguments, context, usageText(), 1, false); code >= 0) {
        return code;
    }
    QList<crypto::Certificate> anchors;
    if (parser.isSet(caOption)) {
        auto loaded = loadCertificates(parser.values(caOption));
        if (!loaded) {
            return fail(context, loaded.error());
        }
        anchors = *loaded;
    }
    auto summary = store::verifyBundle(parser.positionalArguments().first(), anchors);
    if (!summary) {
        return fail(context, summary.error());
    }
    context.out << QCoreApplication::translate(
                       "cli", "bundle whole (files: %1, declarations: %2, envelopes: %3, receipts: %4, audit "
                              "entries: %5), every signature verified")
                       .arg(summary->files)
                       .arg(summary->declarations)
                       .arg(summary->envelopes)
                       .arg(summary->receipts)
                       .arg(summary->entries)
                << '\n'
                << QCoreApplication::translate("cli", "exported by %1 at %2")
                       .arg(summary->exporter, summary->exportedAt.toString(Qt::ISODateWithMs))
                << '\n'
                << QCoreApplication::translate("cli", "head: %1").arg(summary->head.toString()) << Qt::endl;
    return ExitOk;
}

int runStats(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Anonymised statistics per jurisdiction and year, for the CSM's veille déontologique."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QCoreApplication::translate("cli", "csv (default) or json"),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "write to FILE instead of stdout"),
                                       QStringLiteral("FILE"));
    parser.addOptions({storeOption(), identityOption(), formatOption, outOption});
    if (int code = parseStoreCommand(parser, arguments, context, usageText(), 0); code >= 0) {
        return code;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        return usage(context);
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto statistics = store::statistics(*session->store, session->identity);
    if (!statistics) {
        return fail(context, statistics.error());
    }
    const QByteArray bytes = format == QLatin1String("json") ? statistics->toJson() : statistics->toCsv();
    if (parser.isSet(outOption)) {
        if (Status written = crypto::writeFileAtomically(parser.value(outOption), bytes); !written) {
            return fail(context, written.error());
        }
        return ExitOk;
    }
    return writeOutput(context, bytes);
}

} // namespace

int runAudit(const QStringList& arguments, CliContext& context)
{
    return runSubcommand(arguments, context,
                         {{"verify", runVerify},
                          {"log", runLog},
                          {"bordereau", runBordereau},
                          {"export", runExport},
                          {"verify-bundle", runVerifyBundle},
                          {"stats", runStats}},
                         usage);
}

} // namespace probitas::cli
