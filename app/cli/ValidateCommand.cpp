// probitas-cli validate FILE [--json]
#include "CanonicalJson.h"
#include "Commands.h"
#include "Declaration.h"
#include "Validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace probitas::cli {

int runValidate(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Checks a declaration document: its structure, every item answered, required fields, coherent "
        "dates and amounts, and the art. 7-2 III guard. Exit 0 when it can be signed (warnings allowed), "
        "1 when a rule is broken, 2 when the file is unusable."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "The declaration (JSON, - for stdin)."));
    parser.addOption(
        {QStringLiteral("json"), QCoreApplication::translate("cli", "Print the issues as JSON.")});
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        return fail(context, Error::unusable(QCoreApplication::translate(
                                 "cli", "usage: probitas-cli validate FILE [--json]")));
    }
    const QString path = parser.positionalArguments().constFirst();
    auto bytes = readInputFile(path);
    if (!bytes) {
        return fail(context, bytes.error());
    }
    auto declaration = DeclarationCodec::decode(*bytes);
    if (!declaration) {
        return fail(context, Error::unusable(path + QStringLiteral(": ") + declaration.error().message));
    }
    const FormDefinition* definition = FormCatalog::builtIn().find(declaration->schema);
    const ValidationReport report = Validator(*definition).validate(*declaration);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray issues;
        for (const ValidationIssue& issue : report.issues) {
            issues.append(QJsonObject{{QStringLiteral("severity"), issue.severity == Severity::Error
                                                                       ? QStringLiteral("error")
                                                                       : QStringLiteral("warning")},
                                      {QStringLiteral("path"), issue.path},
                                      {QStringLiteral("code"), issue.code},
                                      {QStringLiteral("message"), issue.message}});
        }
        context.out << json::serialize(QJsonObject{{QStringLiteral("valid"), !report.hasErrors()},
                                                   {QStringLiteral("issues"), issues}})
                    << Qt::endl;
    } else {
        for (const ValidationIssue& issue : report.issues) {
            const QString severity = issue.severity == Severity::Error
                                         ? QCoreApplication::translate("cli", "error")
                                         : QCoreApplication::translate("cli", "warning");
            context.out << severity << ": " << issue.path << ": " << issue.message << "\n";
        }
        context.out.flush();
    }
    const int errors = report.count(Severity::Error);
    const int warnings = report.count(Severity::Warning);
    if (errors > 0) {
        context.err
            << "probitas-cli: "
            << QCoreApplication::translate("cli", "%1: not valid: %n error(s)", nullptr, errors).arg(path)
            << QCoreApplication::translate("cli", ", %n warning(s)", nullptr, warnings) << Qt::endl;
        return ExitInvalid;
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        context.out << QCoreApplication::translate("cli", "%1: valid", nullptr).arg(path)
                    << QCoreApplication::translate("cli", ", %n warning(s)", nullptr, warnings) << Qt::endl;
    }
    return ExitOk;
}

} // namespace probitas::cli
