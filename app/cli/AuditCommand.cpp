// probitas-cli audit verify --store S [--full] [--anchor SEQUENCE:HASH|CHECKPOINT-FILE [--ca CA.pem]]
//     [--identity ID.p12 --certificate-login]
// probitas-cli audit checkpoint --store S --identity ADMIN_OR_AUDITOR.p12 --out FILE [--force]
// probitas-cli audit log --store S --identity ID.p12 [--json]
// probitas-cli audit bordereau --store S --identity ID.p12 DECLARATION-ID
// probitas-cli audit export --store S --identity AUDITOR.p12 --out DIR
// probitas-cli audit verify-bundle DIR [--ca CA.pem] [--exporter CERT.pem|SHA256] [--administrator
// CERT.pem|SHA256] probitas-cli audit stats --store S --identity AUDITOR.p12 [--format csv|json] [--out FILE]
// verify checks the whole hash chain, and the newest signature which vouches for the witnessed entries below
// it (--full: every signature), that times never go backwards, and that the tables and the trail agree
// (store/AuditCrossCheck.h); exit 0 when whole, 4 naming the first bad entry or row. It prints the head,
// which given back as --anchor later proves that nothing was cut from the end since; checkpoint writes a
// signed head (store/AuditCheckpoint.h) that --anchor also takes. export writes the auditor's bundle
// (store/AuditBundle.h), verify-bundle checks one against the directory its administrators' statements make
// (exit 4 naming what was changed, removed or added, the statement or entry that fails and whose it is, or
// who really signed it), stats the anonymised statistics per jurisdiction (store/Statistics.h).
#include "AtomicFile.h"
#include "AuditBundle.h"
#include "Passphrase.h"
#include "Statistics.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace probitas::cli {

namespace {

QString usageText()
{
    return QStringLiteral(
        "probitas-cli audit verify --store S [--full] [--anchor SEQUENCE:HASH|CHECKPOINT-FILE [--ca CA.pem]] "
        "[--identity ID.p12 --certificate-login] | audit checkpoint --store S --identity ID.p12 --out FILE "
        "[--force] | audit log --store S "
        "--identity ID.p12 [--json] | audit bordereau --store S --identity ID.p12 ID | audit export --store "
        "S --identity AUDITOR.p12 --out DIR | audit verify-bundle DIR [--ca CA.pem] [--exporter "
        "CERT.pem|SHA256] [--administrator CERT.pem|SHA256] | audit stats --store S --identity AUDITOR.p12 "
        "[--format csv|json] [--out FILE]");
}

int usage(CliContext& context)
{
    return usageError(context, usageText());
}

// --exporter, --administrator: a SHA-256 fingerprint in hexadecimal (with or without colons), or a
// certificate file.
Result<QByteArray> certificateFingerprintOption(const QString& option, const QString& value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    const QString digits = QString(value).remove(QLatin1Char(':')).trimmed();
    if (hex.match(digits).hasMatch()) {
        return QByteArray::fromHex(digits.toLatin1());
    }
    if (QFileInfo(value).isFile()) {
        auto certificate = crypto::Certificate::fromFile(value);
        if (!certificate) {
            return certificate.error();
        }
        return certificate->sha256Fingerprint();
    }
    return Error::unusable(
        QCoreApplication::translate(
            "cli", "--%1 %2: neither a certificate file nor a SHA-256 fingerprint in hexadecimal")
            .arg(option, value));
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
        QCoreApplication::translate(
            "cli",
            "an entry seen before, as verify printed the head, or a checkpoint file (audit checkpoint)"),
        QStringLiteral("SEQUENCE:HASH|FILE"));
    const QCommandLineOption caOption(
        QStringLiteral("ca"),
        QCoreApplication::translate("cli", "the organisation's CA: the checkpoint's signer must have been "
                                           "issued by it"),
        QStringLiteral("CA.pem"));
    // Verifying needs nobody's key; an identity serves only to log in with its certificate.
    parser.addOptions(
        {storeOption(), fullOption, anchorOption, caOption, identityOption(), certificateLoginOption()});
    if (int code = parseStoreCommand(parser, arguments, context, usageText(), 0, false); code >= 0) {
        return code;
    }
    if (parser.isSet(QStringLiteral("certificate-login")) != parser.isSet(QStringLiteral("identity"))) {
        return usage(context);
    }
    // The anchor first: a checkpoint that does not verify is refused before the store is read.
    std::optional<store::AuditAnchor> anchor;
    std::optional<store::AuditCheckpoint> checkpoint;
    if (parser.isSet(anchorOption)) {
        const QString value = parser.value(anchorOption);
        auto parsed = store::AuditAnchor::parse(value);
        if (parsed) {
            anchor = *parsed;
        } else if (QFileInfo(value).isFile()) {
            auto loaded = decodeInputFile(
                value, [](const QByteArray& bytes) { return store::AuditCheckpoint::fromJson(bytes); });
            if (!loaded) {
                return fail(context, loaded.error());
            }
            QList<crypto::Certificate> anchors;
            if (parser.isSet(caOption)) {
                auto certificates = loadCertificates(parser.values(caOption));
                if (!certificates) {
                    return fail(context, certificates.error());
                }
                anchors = *certificates;
            }
            if (Status verified = loaded->verify(anchors); !verified) {
                return fail(context, verified.error());
            }
            checkpoint = *loaded;
            anchor = loaded->head;
        } else {
            return fail(context, parsed.error());
        }
    }
    if (parser.isSet(caOption) && !checkpoint) {
        return fail(context, Error::unusable(QCoreApplication::translate(
                                 "cli", "--ca checks the signer of a checkpoint file given as --anchor")));
    }
    // The examination tool opens any store, even one this computer would refuse, and says why last.
    auto location = store::Location::parse(parser.value(QStringLiteral("store")));
    if (!location) {
        return fail(context, location.error());
    }
    if (parser.isSet(QStringLiteral("certificate-login"))) {
        auto identity = loadIdentity(parser.value(QStringLiteral("identity")));
        if (!identity) {
            return fail(context, identity.error());
        }
        location.value().clientIdentity = std::make_shared<const crypto::Identity>(*identity);
    }
    location.value().mayCreate = false;
    auto store = store::Store::open(*location, store::Store::OpenOptions{{}, false});
    if (!store) {
        return fail(context, store.error());
    }
    if (checkpoint) {
        // A checkpoint vouches for one store's head: another store's proves nothing here.
        auto storeId = (*store)->directory().storeId();
        if (!storeId) {
            return fail(context, storeId.error());
        }
        if (checkpoint->store != *storeId) {
            return fail(context,
                        Error::integrity(
                            QCoreApplication::translate(
                                "cli", "the checkpoint vouches for another store (%1), not this one (%2)")
                                .arg(checkpoint->store, *storeId)));
        }
    }
    const bool full = parser.isSet(fullOption);
    auto report = (*store)->audit().verify(
        full ? store::AuditVerification::EverySignature : store::AuditVerification::Chain, anchor);
    if (!report) {
        return fail(context, report.error());
    }
    if (report->firstBad != 0) {
        context.err << "probitas-cli: " << report->problem << Qt::endl;
        return ExitIntegrity;
    }
    // Whole in itself; and an extension of what this computer saw of it before?
    const store::AuditAnchor verifiedHead{report->checked, report->headHash};
    if (Status appendOnly = (*store)->audit().checkKnownHead({}, verifiedHead); !appendOnly) {
        return fail(context, appendOnly.error());
    }
    context.out << (full ? QCoreApplication::translate(
                               "cli", "audit trail whole: %1 entries, every signature verified")
                         : QCoreApplication::translate(
                               "cli", "audit trail whole: %1 entries, chain and newest signature verified"))
                       .arg(report->checked)
                << '\n'
                << QCoreApplication::translate("cli", "head: %1").arg(verifiedHead.toString()) << Qt::endl;
    if (checkpoint) {
        context.out << QCoreApplication::translate(
                           "cli", "checkpoint %1, signed by %2 at %3: still in the audit trail")
                           .arg(checkpoint->head.toString(), checkpoint->certificate.commonName(),
                                checkpoint->at.toString(Qt::ISODateWithMs))
                    << Qt::endl;
    }
    return ExitOk;
}

int runCheckpoint(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Vouch for the audit trail's head in a signed checkpoint file, kept outside the store."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("cli", "the checkpoint file to write"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption force = forceOption();
    parser.addOptions({storeOption(), identityOption(), outOption, force});
    if (int code = parseStoreCommand(parser, arguments, context, usageText(), 0); code >= 0) {
        return code;
    }
    const QString path = parser.value(outOption);
    if (path.isEmpty()) {
        return usage(context);
    }
    // Refused before any passphrase is asked or anything is audited.
    if (Status free = checkOutput(parser); !free) {
        return fail(context, free.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto checkpoint = session->store->audit().checkpoint(session->identity);
    if (!checkpoint) {
        return fail(context, checkpoint.error());
    }
    if (Status written =
            crypto::writeFileAtomically(path, checkpoint->toJson(), crypto::FileAccess::OwnerOnly);
        !written) {
        return fail(context, written.error());
    }
    context.out << QCoreApplication::translate("cli", "checkpoint written to %1").arg(path) << '\n'
                << QCoreApplication::translate("cli", "head: %1").arg(checkpoint->head.toString())
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
    auto entries = session->store->audit().log(session->identity);
    if (!entries) {
        return fail(context, entries.error());
    }
    // Names for people: the directory is metadata every directory member may read.
    QHash<QString, QString> names;
    if (auto people = session->store->directory().people()) {
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
    auto bordereau =
        session->store->declarations().bordereau(parser.positionalArguments().first(), session->identity);
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
        QCoreApplication::translate(
            "cli",
            "the organisation's CA: the store's trust anchors and every signer must have been issued by it"),
        QStringLiteral("CA.pem"));
    const QCommandLineOption exporterOption(
        QStringLiteral("exporter"),
        QCoreApplication::translate("cli", "who must have exported it: their certificate, or its SHA-256 "
                                           "fingerprint in hexadecimal"),
        QStringLiteral("CERT.pem|SHA256"));
    const QCommandLineOption administratorOption(
        QStringLiteral("administrator"),
        QCoreApplication::translate("cli", "the store's first administrator, whom its directory must be "
                                           "anchored by: their certificate, or its SHA-256 fingerprint"),
        QStringLiteral("CERT.pem|SHA256"));
    parser.addOptions({caOption, exporterOption, administratorOption});
    parser.addPositionalArgument(
        QStringLiteral("DIR"),
        QCoreApplication::translate("cli", "the bundle's folder (audit export --out)"));
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
    std::optional<QByteArray> pinned[2]; // the exporter, the first administrator
    const QCommandLineOption* pinOptions[2] = {&exporterOption, &administratorOption};
    for (int i = 0; i < 2; ++i) {
        if (parser.isSet(*pinOptions[i])) {
            auto fingerprint =
                certificateFingerprintOption(pinOptions[i]->names().first(), parser.value(*pinOptions[i]));
            if (!fingerprint) {
                return fail(context, fingerprint.error());
            }
            pinned[i] = *fingerprint;
        }
    }
    auto summary = store::verifyBundle(parser.positionalArguments().first(), anchors, pinned[0], pinned[1]);
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
                << QCoreApplication::translate("cli", "manifest signed by %1 (SHA-256 %2)")
                       .arg(summary->signer.commonName(), summary->signer.sha256FingerprintHex())
                << '\n'
                << QCoreApplication::translate(
                       "cli", "store %1, its directory anchored by %2 (certificate of %3, SHA-256 %4)")
                       .arg(summary->storeId, summary->administrator,
                            summary->administratorCertificate.commonName(),
                            summary->administratorCertificate.sha256FingerprintHex())
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
                          {"checkpoint", runCheckpoint},
                          {"log", runLog},
                          {"bordereau", runBordereau},
                          {"export", runExport},
                          {"verify-bundle", runVerifyBundle},
                          {"stats", runStats}},
                         usage);
}

} // namespace probitas::cli
