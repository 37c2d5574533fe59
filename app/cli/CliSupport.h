#pragma once

#include "Profile.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <initializer_list>
#include <optional>

namespace probitas::cli {

// The CLI's exit codes: a stable contract for scripts and for tests outside the project.
enum ExitCode : int {
    ExitOk = 0,
    ExitInvalid = 1,      // validation or rule failure
    ExitUnusable = 2,     // unusable input: malformed JSON, unknown court, impossible date, bad arguments
    ExitAccessDenied = 3, // not a recipient / access denied
    ExitIntegrity = 4,    // tampered or unverifiable data
    ExitEnvironment = 5,  // the system failed: unreadable or unwritable file, full disk
};

struct CliContext
{
    QTextStream& out;
    QTextStream& err;
};

// One top-level command: receives its own argument list ("probitas-cli <command> ...").
using CommandFunction = int (*)(const QStringList& arguments, CliContext& context);

int exitCodeFor(ErrorKind kind);

struct Subcommand
{
    const char* name;
    CommandFunction run;
};

// Dispatches "probitas-cli <command> <subcommand> ..." to the named subcommand, which sees
// "probitas-cli <command> <subcommand>" as its program name; a missing or unknown one gets `usage` (on
// stderr, exit 2), and --help or -h gets it on stdout with exit 0.
int runSubcommand(const QStringList& arguments, CliContext& context,
                  std::initializer_list<Subcommand> subcommands, int (*usage)(CliContext&));

// Prints the error as one line on stderr and returns its exit code.
int fail(CliContext& context, const Error& error);

// Prints "usage: <usage>" as one line on stderr and returns ExitUnusable.
int usageError(CliContext& context, const QString& usage);

// The --json option of the listing commands.
QCommandLineOption jsonOption();
// --force: an output file that exists is replaced.
QCommandLineOption forceOption();
// The --out file, refused when it exists and --force is not given: checked up front, before any passphrase is
// asked, any content opened or anything audited.
Status checkOutput(const QCommandLineParser& parser);

// Writes raw bytes (plaintext: no text conversion) to standard output, then `ending`. Returns ExitOk, or
// prints the failure and returns its exit code.
int writeOutput(CliContext& context, QByteArrayView bytes, QByteArrayView ending = {});

// Prints canonical JSON that may hold a declaration's or a document's content, then a newline; wipes it.
int printCanonicalJson(CliContext& context, QByteArray json);

// Each record's toJson(), in order.
template <typename Records> QJsonArray toJsonArray(const Records& records)
{
    QJsonArray array;
    for (const auto& record : records) {
        array.append(record.toJson());
    }
    return array;
}

// Prints each record's toJson() in one compact JSON array.
template <typename Records> int printJsonArray(CliContext& context, const Records& records)
{
    context.out << QString::fromUtf8(QJsonDocument(toJsonArray(records)).toJson(QJsonDocument::Compact))
                << Qt::endl;
    return ExitOk;
}

// Parses `arguments` with `parser`; on a usage error prints one line and returns false.
bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, CliContext& context);
// The same, for a parser with addHelpOption(): the exit code when the arguments end the command here, its
// help asked for (printed on stdout, 0) or a usage error (2); nullopt when the command goes on.
std::optional<int> parseOrAnswerHelp(QCommandLineParser& parser, const QStringList& arguments,
                                     CliContext& context);

// Reads a whole file given on the command line ("-" is standard input); a missing or unreadable file is
// an Unusable error.
Result<QByteArray> readInputFile(const QString& path);

// A magistrate's situation or posting (the `--profile` JSON contract) read from that file: Unusable, naming
// the file and the key, when it cannot be read.
Result<Profile> readProfileFile(const QString& path);

// That file decoded by `decode`; the bytes read are wiped.
template <typename Decode>
auto decodeInputFile(const QString& path, Decode decode) -> decltype(decode(QByteArray()))
{
    auto input = readInputFile(path);
    if (!input) {
        return input.error();
    }
    auto decoded = decode(*input);
    crypto::wipe(input.value());
    return decoded;
}

} // namespace probitas::cli
