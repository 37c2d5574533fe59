// probitas-cli hatvp export ID --store S --identity ID.p12 --out FILE.xml [--force]
// probitas-cli hatvp export --declaration DECLARATION.json --out FILE.xml [--force]
// probitas-cli hatvp import FILE.xml --out DECLARATION.json [--force] [--verbose]
// The declarations in the XML structure of the HATVP (docs/hatvp-xml.md). The export is the declaration in
// clear, as `open` prints it: written only where the user asks, owner-only, atomically; from the store,
// only once the trail records it (export-hatvp, with the file's SHA-256). The import writes a
// draft of ours and tells on stderr what it could not take as values; those are also notes in the draft.
#include "AtomicFile.h"
#include "AuditActions.h"
#include "Commands.h"
#include "HatvpXml.h"
#include "Passphrase.h"
#include "ShownInput.h"
#include "StoreCommands.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <functional>

namespace probitas::cli {

namespace {

QCommandLineOption outOption(const QString& valueName)
{
    return QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("cli", "the file to write"),
                              valueName);
}

Status writeOutput(const QCommandLineParser& parser, QByteArrayView bytes)
{
    // The file holds a declaration in clear: readable by its owner only.
    return crypto::writeFileAtomically(parser.value(QStringLiteral("out")), bytes,
                                       crypto::FileAccess::OwnerOnly);
}

int exportUsage(CliContext& context)
{
    context.err << "probitas-cli: "
                << QCoreApplication::translate(
                       "cli",
                       "usage: probitas-cli hatvp export ID --store S --identity ID.p12 --out FILE.xml "
                       "[--force], or probitas-cli hatvp export --declaration DECLARATION.json --out "
                       "FILE.xml [--force]")
                << Qt::endl;
    return ExitUnusable;
}

// `beforeWriting`, when given, sees the XML once made and may stop it from being written.
int exportDocument(const QCommandLineParser& parser, const QByteArray& document, CliContext& context,
                   const std::function<Status(const QByteArray& xml)>& beforeWriting = {})
{
    auto declaration = DeclarationCodec::decode(document);
    if (!declaration) {
        return fail(context, declaration.error());
    }
    auto xml = HatvpXml::exportDeclaration(*declaration);
    if (!xml) {
        return fail(context, xml.error());
    }
    if (beforeWriting) {
        if (Status allowed = beforeWriting(*xml); !allowed) {
            return fail(context, allowed.error());
        }
    }
    if (Status written = writeOutput(parser, *xml); !written) {
        return fail(context, written.error());
    }
    return ExitOk;
}

int runExport(const QStringList& arguments, CliContext& context)
{
    const QCommandLineOption declarationOption(
        QStringLiteral("declaration"),
        QCoreApplication::translate("cli", "a declaration document (JSON) instead of a stored one"),
        QStringLiteral("DECLARATION.json"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Write a declaration in the XML structure of the HATVP. What that structure cannot hold "
        "(the profile, our choices) travels in Probitas elements, so importing the file gives the same "
        "declaration back."));
    parser.addOptions({storeOption(), identityOption(), declarationOption,
                       outOption(QStringLiteral("FILE.xml")), forceOption()});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("cli", "the id of a stored declaration"));

    if (!hasStoreOption(arguments)) {
        parser.addHelpOption();
        if (!parseArguments(parser, arguments, context)) {
            return ExitUnusable;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            context.out << parser.helpText() << Qt::flush;
            return ExitOk;
        }
        if (!parser.isSet(declarationOption) || !parser.isSet(QStringLiteral("out")) ||
            !parser.positionalArguments().isEmpty()) {
            return exportUsage(context);
        }
        if (Status output = checkOutput(parser); !output) {
            return fail(context, output.error());
        }
        auto bytes = readInputFile(parser.value(declarationOption));
        if (!bytes) {
            return fail(context, bytes.error());
        }
        return exportDocument(parser, *bytes, context);
    }

    if (int code = parseStoreCommand(
            parser, arguments, context,
            QStringLiteral("probitas-cli hatvp export ID --store S --identity ID.p12 --out FILE.xml"), 1);
        code >= 0) {
        return code;
    }
    if (!parser.isSet(QStringLiteral("out")) || parser.isSet(declarationOption)) {
        return exportUsage(context);
    }
    if (Status output = checkOutput(parser); !output) {
        return fail(context, output.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    // Opened as `open` opens it: access checked and audited by the store.
    const QString id = parser.positionalArguments().first();
    auto content = session->store->declarations().open(id, session->identity);
    if (!content) {
        return fail(context, content.error());
    }
    // The clear XML leaves the store: audited as such (with the file's hash) before it is written; if the
    // trail takes no entry, nothing is written.
    const auto audit = [&session, &id](const QByteArray& xml) {
        return session->store->declarations().recordDisclosure(
            id, session->identity, store::actions::ExportHatvp, QStringLiteral("hatvp-xml"),
            QString::fromLatin1(QCryptographicHash::hash(xml, QCryptographicHash::Sha256).toHex()));
    };
    // Read in place: the clear content is not copied out of its wiped buffer.
    return exportDocument(parser, QByteArray::fromRawData(content->view().data(), content->view().size()),
                          context, audit);
}

// One line, whatever the file holds: its element names and values quoted bounded, control characters escaped.
QString issueLine(const HatvpImportIssue& issue)
{
    QString line =
        QStringLiteral("%1: %2: \"%3\"")
            .arg(shownInput(issue.path, 200), shownInput(issue.reason, 400), shownInput(issue.value));
    if (!issue.keptAt.isEmpty()) {
        line += QCoreApplication::translate("cli", " (kept as a note on %1)").arg(issue.keptAt);
    }
    return line;
}

// What the user must still complete, as the validator sees the draft, in a few words.
QString toComplete(const Declaration& declaration)
{
    const FormDefinition* definition = FormCatalog::builtIn().find(declaration.schema);
    if (!definition) {
        return {};
    }
    const ValidationReport report = Validator(*definition).validate(declaration);
    int required = 0;
    int notes = 0;
    int unanswered = 0;
    int other = 0;
    bool profile = false;
    for (const ValidationIssue& issue : report.issues) {
        if (issue.severity != Severity::Error) {
            continue;
        }
        if (issue.path == QLatin1String("profile")) {
            profile = true;
        } else if (issue.code == QLatin1String("required")) {
            ++required;
        } else if (issue.code == QLatin1String("import-note")) {
            ++notes;
        } else if (issue.code == QLatin1String("not-answered")) {
            ++unanswered;
        } else {
            ++other;
        }
    }
    QStringList parts;
    if (profile) {
        parts << QCoreApplication::translate("cli", "the magistrate's situation (profile)");
    }
    if (unanswered > 0) {
        parts << QCoreApplication::translate("cli", "%n item(s) not answered", nullptr, unanswered);
    }
    if (required > 0) {
        parts << QCoreApplication::translate("cli", "%n required field(s)", nullptr, required);
    }
    if (notes > 0) {
        parts << QCoreApplication::translate("cli", "%n note(s) to resolve", nullptr, notes);
    }
    if (other > 0) {
        parts << QCoreApplication::translate("cli", "%n other error(s)", nullptr, other);
    }
    return parts.join(QStringLiteral(", "));
}

int runImport(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Read a HATVP declaration (XML) into a draft of ours (canonical JSON). What could not be read "
        "as a value is listed on stderr and kept as a note in the draft. Exit 0 when the file was read, "
        "2 when it is not a HATVP declaration."));
    parser.addHelpOption();
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("cli", "also list each value withheld in a published file"));
    parser.addOptions({outOption(QStringLiteral("DECLARATION.json")), forceOption(), verboseOption});
    parser.addPositionalArgument(QStringLiteral("FILE.xml"),
                                 QCoreApplication::translate("cli", "the HATVP declaration (- for stdin)"));
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        context.err << "probitas-cli: "
                    << QCoreApplication::translate(
                           "cli",
                           "usage: probitas-cli hatvp import FILE.xml --out DECLARATION.json [--force]")
                    << Qt::endl;
        return ExitUnusable;
    }
    if (Status output = checkOutput(parser); !output) {
        return fail(context, output.error());
    }
    const QString path = parser.positionalArguments().first();
    auto xml = readInputFile(path);
    if (!xml) {
        return fail(context, xml.error());
    }
    auto imported = HatvpXml::importDeclaration(*xml);
    if (!imported) {
        return fail(context,
                    Error{imported.error().kind, path + QStringLiteral(": ") + imported.error().message,
                          imported.error().code});
    }
    if (Status written = writeOutput(parser, DeclarationCodec::encode(imported->declaration)); !written) {
        return fail(context, written.error());
    }

    const Declaration& declaration = imported->declaration;
    int masked = 0;
    for (const HatvpImportIssue& issue : imported->issues) {
        if (issue.kind == HatvpImportIssue::Kind::Masked) {
            ++masked;
            if (!parser.isSet(verboseOption)) {
                continue;
            }
        }
        context.err << issueLine(issue) << '\n';
    }
    context.err << QCoreApplication::translate("cli", "%1: a draft %2 (%3) written to %4")
                       .arg(path, kindLabel(declaration.kind), eventLabel(declaration.event),
                            parser.value(QStringLiteral("out")))
                << '\n';
    const int notKept = int(imported->issues.size()) - masked;
    if (notKept > 0) {
        context.err << QCoreApplication::translate("cli", "%n value(s) not taken as such: listed above",
                                                   nullptr, notKept)
                    << '\n';
    }
    if (masked > 0 && !parser.isSet(verboseOption)) {
        context.err << QCoreApplication::translate(
                           "cli",
                           "%n value(s) withheld in the published file ([Données non publiées]) are left "
                           "empty; --verbose lists them",
                           nullptr, masked)
                    << '\n';
    }
    if (const QString missing = toComplete(declaration); !missing.isEmpty()) {
        context.err << QCoreApplication::translate(
                           "cli",
                           "To complete before it can be signed: %1. 'probitas-cli validate %2' lists them.")
                           .arg(missing, parser.value(QStringLiteral("out")))
                    << '\n';
    }
    context.err.flush();
    return ExitOk;
}

int hatvpUsage(CliContext& context)
{
    context.err << "probitas-cli: "
                << QCoreApplication::translate("cli",
                                               "usage: probitas-cli hatvp export|import … (--help for each)")
                << Qt::endl;
    return ExitUnusable;
}

} // namespace

int runHatvp(const QStringList& arguments, CliContext& context)
{
    return runSubcommand(arguments, context, {{"export", runExport}, {"import", runImport}}, hatvpUsage);
}

} // namespace probitas::cli
