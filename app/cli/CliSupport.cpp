#include "CliSupport.h"

#include "CanonicalJson.h"
#include "Passphrase.h"
#include "ShownInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace probitas::cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid:
        return ExitInvalid;
    case ErrorKind::Unusable:
        return ExitUnusable;
    case ErrorKind::AccessDenied:
        return ExitAccessDenied;
    case ErrorKind::Integrity:
        return ExitIntegrity;
    case ErrorKind::Environment:
        return ExitEnvironment;
    }
    return ExitUnusable;
}

namespace {
// Longer than any message Probitas writes, paths included: only input echoed without bound reaches it.
constexpr qsizetype kLongestMessage = 2000;
} // namespace

int fail(CliContext& context, const Error& error)
{
    // One line, and nothing in it that drives the terminal, whatever input the message quotes.
    QString line = error.message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    context.err << "probitas-cli: " << shownInput(line, kLongestMessage) << Qt::endl;
    return exitCodeFor(error.kind);
}

int runSubcommand(const QStringList& arguments, CliContext& context,
                  std::initializer_list<Subcommand> subcommands, int (*usage)(CliContext&))
{
    if (arguments.size() < 2) {
        return usage(context);
    }
    const QString name = arguments.at(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        // Asked for, the usage is an answer: on standard output, and a success.
        CliContext help{context.out, context.out};
        usage(help);
        return ExitOk;
    }
    for (const Subcommand& subcommand : subcommands) {
        if (name == QLatin1String(subcommand.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(arguments.at(0) + QLatin1Char(' ') + name);
            return subcommand.run(rest, context);
        }
    }
    return usage(context);
}

int usageError(CliContext& context, const QString& usage)
{
    context.err << "probitas-cli: " << QCoreApplication::translate("cli", "usage: %1").arg(usage) << Qt::endl;
    return ExitUnusable;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), QCoreApplication::translate("cli", "JSON output"));
}

QCommandLineOption forceOption()
{
    return QCommandLineOption(QStringLiteral("force"),
                              QCoreApplication::translate("cli", "replace the output file if it exists"));
}

Status checkOutput(const QCommandLineParser& parser)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force"))) {
        return Error::unusable(
            QCoreApplication::translate("cli", "%1 exists: give --force to replace it").arg(path));
    }
    return success();
}

int writeOutput(CliContext& context, QByteArrayView bytes, QByteArrayView ending)
{
    if (!writeStandardOutput(bytes) || (!ending.isEmpty() && !writeStandardOutput(ending))) {
        return fail(context, Error::environment(
                                 QCoreApplication::translate("cli", "cannot write to standard output")));
    }
    return ExitOk;
}

int printCanonicalJson(CliContext& context, QByteArray json)
{
    const int code = writeOutput(context, json, "\n");
    crypto::wipe(json);
    return code;
}

bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, CliContext& context)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        context.err << "probitas-cli: " << parser.errorText() << Qt::endl;
        return false;
    }
    return true;
}

std::optional<int> parseOrAnswerHelp(QCommandLineParser& parser, const QStringList& arguments,
                                     CliContext& context)
{
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText() << Qt::flush;
        return ExitOk;
    }
    return std::nullopt;
}

Result<QByteArray> readInputFile(const QString& path)
{
    if (path == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            return Error::unusable(QCoreApplication::translate("cli", "cannot read standard input"));
        }
        return input.readAll();
    }
    QFile file(path);
    if (!file.exists()) {
        return Error::unusable(QCoreApplication::translate("cli", "%1: no such file").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::unusable(
            QCoreApplication::translate("cli", "%1: cannot read: %2").arg(path, file.errorString()));
    }
    return file.readAll();
}

Result<Profile> readProfileFile(const QString& path)
{
    Result<QByteArray> bytes = readInputFile(path);
    if (!bytes) {
        return bytes.error();
    }
    auto document = json::parse(*bytes);
    if (!document) {
        return Error::unusable(path + QStringLiteral(": ") + document.error().message);
    }
    auto profile = Profile::fromJson(*document);
    if (!profile) {
        return Error::unusable(path + QStringLiteral(": ") + profile.error().message);
    }
    return profile;
}

} // namespace probitas::cli
