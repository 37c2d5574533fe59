#pragma once

#include "Result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <initializer_list>

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
// "probitas-cli <command> <subcommand>" as its program name; a missing or unknown one gets `usage`.
int runSubcommand(const QStringList& arguments, CliContext& context,
                  std::initializer_list<Subcommand> subcommands, int (*usage)(CliContext&));

// Prints the error as one line on stderr and returns its exit code.
int fail(CliContext& context, const Error& error);

// Parses `arguments` with `parser`; on a usage error prints one line and returns false.
bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, CliContext& context);

// Reads a whole file given on the command line ("-" is standard input); a missing or unreadable file is
// an Unusable error.
Result<QByteArray> readInputFile(const QString& path);

} // namespace probitas::cli
