#pragma once

#include "CliSupport.h"
#include "Store.h"

#include <memory>
#include <optional>

namespace probitas::cli {

// Store commands (issue 4). Every one takes --store (a SQLite file, or postgresql://user@host:port/db;
// default: the file in the user's application data folder). Identities are matched to the store's people
// directory by certificate fingerprint: an identity not in it is refused (exit 3).
int runInit(const QStringList& arguments,
            CliContext& context); // init --store S [--regime R ...] [--demo DIR]
// regime --store S --identity ID [--set REGIME] (RegimeCommand.cpp)
int runRegime(const QStringList& arguments, CliContext& context);
int runFile(const QStringList& arguments, CliContext& context); // file --store S --identity ID DECL.json
int runList(const QStringList& arguments, CliContext& context); // list --store S --identity ID [--json]
int runAcknowledge(const QStringList& arguments,
                   CliContext& context);                         // acknowledge --store S --identity A ID
int runAudit(const QStringList& arguments, CliContext& context); // audit verify|log|bordereau
int runPurge(const QStringList& arguments,
             CliContext& context); // purge --store S --identity ADMIN [--dry-run]
int runProcedure(const QStringList& arguments, CliContext& context); // procedure record|close|list
int runPeople(const QStringList& arguments, CliContext& context);    // people add|list|renew|remove|adopt
// posting show|set|request|requests|grant|reject (PostingCommand.cpp)
int runReseal(const QStringList& arguments,
              CliContext& context); // reseal --former OLD.p12 (ResealCommand.cpp)
int runPosting(const QStringList& arguments, CliContext& context);
// entretien schedule|record|show|acknowledge|invite|list (EntretienCommand.cpp)
int runEntretien(const QStringList& arguments, CliContext& context);
// avis request|record|show|list (AvisCommand.cpp)
int runAvis(const QStringList& arguments, CliContext& context);
// control request|injonction|tax-returns|conclude|answer|show|list (ControlCommand.cpp)
int runControl(const QStringList& arguments, CliContext& context);
// server setup --store postgresql://OWNER@HOST/DB [--administrator LOGIN] (ServerCommand.cpp)
int runServer(const QStringList& arguments, CliContext& context);
// export ID --store S --identity ID --out FILE.p7m: the stored envelope, sealed (ExportCommand.cpp)
int runStoreExport(const QStringList& arguments, CliContext& context);
// The --store forms of `open` and `forward` (OpenCommand.cpp, SealCommand.cpp dispatch to them).
int runStoreOpen(const QStringList& arguments, CliContext& context);
int runStoreForward(const QStringList& arguments, CliContext& context);

// Shared by the store commands (StoreSupport.cpp).
bool hasStoreOption(const QStringList& arguments);
QCommandLineOption storeOption();
QCommandLineOption identityOption();
// --certificate-login: the identity's certificate logs in to a PostgreSQL store (Location::clientIdentity);
// offered by every command that takes --identity through parseStoreCommand.
QCommandLineOption certificateLoginOption();
// --name NAME: a person of the directory, by their full name.
QCommandLineOption nameOption();
// --declaration ID: the entretien and avis listings narrowed to one declaration.
QCommandLineOption declarationFilterOption();
// Whether a command may make the store it is given: `init` alone (store::Location::mayCreate). Every other
// command given a store that does not exist says so, exit 5, and creates nothing.
enum class StoreCreation { Refused, Allowed };
Result<std::unique_ptr<store::Store>> openStore(const QString& location,
                                                StoreCreation creation = StoreCreation::Refused);
// The store of --store and the identity of --identity (its passphrase from the environment or the prompt):
// where every command that acts as someone starts. An identity not in the store's directory is refused
// (AccessDenied, store.not-in-directory).
struct StoreSession
{
    std::unique_ptr<store::Store> store;
    crypto::Identity identity;
};
Result<StoreSession> openStoreAs(const QCommandLineParser& parser);
// The store of --store, logged in with `identity`'s certificate when --certificate-login is set.
Result<std::unique_ptr<store::Store>> openStoreWith(const QCommandLineParser& parser,
                                                    const crypto::Identity& identity,
                                                    StoreCreation creation = StoreCreation::Refused);
// Parses with the standard options; prints help or usage. Returns -1 to go on, else the exit code.
int parseStoreCommand(QCommandLineParser& parser, const QStringList& arguments, CliContext& context,
                      const QString& usage, int positional, bool needsIdentity = true);
// parseStoreCommand then openStoreAs, for the commands that read nothing else first: the session, or none and
// the exit code to return (help printed, usage, a failure).
struct StoreCommandStart
{
    std::optional<StoreSession> session;
    int exitCode = ExitOk;
};
StoreCommandStart startStoreCommand(QCommandLineParser& parser, const QStringList& arguments,
                                    CliContext& context, const QString& usage, int positional);
// --out RECEIPT.p7s, and the receipt written there (atomically) when it is given: ExitOk or the failure's
// code.
QCommandLineOption receiptOutOption();
int writeReceiptOut(CliContext& context, const QCommandLineParser& parser, const QByteArray& receipt);

} // namespace probitas::cli
