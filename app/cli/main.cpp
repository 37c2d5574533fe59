// probitas-cli: the scriptable face of Probitas. Each command lives in its own file; this file only
// dispatches and maps failures to the documented exit codes.
#include "BuiltInData.h"
#include "Commands.h"
#include "CryptoCommands.h"
#include "CryptoInit.h"
#include "Identity.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>
#include <cstdio>
#include <map>

using namespace probitas::cli;

namespace {

struct CommandEntry
{
    CommandFunction run;
    const char* summary;
};

const std::map<QString, CommandEntry>& commandTable()
{
    static const std::map<QString, CommandEntry> table = {
        {QStringLiteral("obligations"),
         {runObligations,
          QT_TRANSLATE_NOOP("cli", "the declarations a profile owes, or yours and what met them")}},
        {QStringLiteral("validate"), {runValidate, QT_TRANSLATE_NOOP("cli", "check a declaration document")}},
        {QStringLiteral("courts"), {runCourts, QT_TRANSLATE_NOOP("cli", "list or look up courts")}},
        {QStringLiteral("ca"), {runCa, QT_TRANSLATE_NOOP("cli", "create an organisation CA")}},
        {QStringLiteral("identity"),
         {runIdentity, QT_TRANSLATE_NOOP("cli", "create, show, export or re-protect an identity")}},
        {QStringLiteral("seal"),
         {runSeal, QT_TRANSLATE_NOOP("cli", "sign and encrypt a file for recipients")}},
        {QStringLiteral("open"), {runOpen, QT_TRANSLATE_NOOP("cli", "decrypt and verify an envelope")}},
        {QStringLiteral("forward"),
         {runForward, QT_TRANSLATE_NOOP("cli", "re-seal an envelope for more recipients")}},
        {QStringLiteral("receipt"), {runReceipt, QT_TRANSLATE_NOOP("cli", "create or verify a receipt")}},
        // The store (issue 4); open and forward take --store for their stored forms.
        {QStringLiteral("init"),
         {runInit, QT_TRANSLATE_NOOP("cli", "create a store (and the demo organisation)")}},
        {QStringLiteral("file"), {runFile, QT_TRANSLATE_NOOP("cli", "file a declaration in the store")}},
        {QStringLiteral("list"), {runList, QT_TRANSLATE_NOOP("cli", "the stored declarations you may see")}},
        {QStringLiteral("export"),
         {runStoreExport,
          QT_TRANSLATE_NOOP("cli", "write a stored envelope, sealed, for one of its readers")}},
        {QStringLiteral("acknowledge"),
         {runAcknowledge, QT_TRANSLATE_NOOP("cli", "acknowledge a declaration filed to you")}},
        {QStringLiteral("audit"),
         {runAudit, QT_TRANSLATE_NOOP("cli", "verify, read or export the audit trail")}},
        {QStringLiteral("purge"), {runPurge, QT_TRANSLATE_NOOP("cli", "destroy what retention allows")}},
        {QStringLiteral("procedure"),
         {runProcedure,
          QT_TRANSLATE_NOOP("cli", "record, list or close a disciplinary, criminal or IGJ procedure")}},
        {QStringLiteral("regime"),
         {runRegime, QT_TRANSLATE_NOOP("cli", "show the store's regime, or change it (administrator)")}},
        {QStringLiteral("people"),
         {runPeople, QT_TRANSLATE_NOOP("cli", "add people to the directory (administrator), or list it")}},
        {QStringLiteral("reseal"),
         {runReseal,
          QT_TRANSLATE_NOOP("cli", "after a renewal, seal your copies again for your new certificate")}},
        {QStringLiteral("posting"),
         {runPosting,
          QT_TRANSLATE_NOOP("cli", "show, state or request a change of a magistrate's official posting")}},
        {QStringLiteral("entretien"),
         {runEntretien,
          QT_TRANSLATE_NOOP("cli", "schedule, record, read or acknowledge an entretien déontologique")}},
        {QStringLiteral("avis"),
         {runAvis, QT_TRANSLATE_NOOP("cli", "ask for, give or read the collège's avis")}},
        {QStringLiteral("control"),
         {runControl,
          QT_TRANSLATE_NOOP("cli", "the HATVP's control of a DSP: its acts, answers and deadlines")}},
        {QStringLiteral("server"),
         {runServer,
          QT_TRANSLATE_NOOP("cli", "set up a PostgreSQL store whose server enforces the access rules")}},
        {QStringLiteral("hatvp"),
         {runHatvp, QT_TRANSLATE_NOOP("cli", "export or import a declaration in the HATVP's XML")}},
    };
    return table;
}

void printUsage(QTextStream& stream)
{
    stream << QCoreApplication::translate("cli", "usage: probitas-cli <command> [options]") << "\n\n"
           << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const auto& [name, entry] : commandTable()) {
        stream << "  " << name.leftJustified(14) << QCoreApplication::translate("cli", entry.summary) << "\n";
    }
    stream << "\n"
           << QCoreApplication::translate("cli",
                                          "Run 'probitas-cli <command> --help' for a command's options.")
           << "\n"
           << QCoreApplication::translate("cli",
                                          "Exit codes: 0 ok, 1 validation or rule failure, 2 unusable "
                                          "input, 3 access denied, 4 integrity failure, 5 system error.")
           << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    // First, before any secret can be read: no core dumps, no ptrace. The crypto commands check it again
    // and refuse to run (exit 5) if it failed.
    static_cast<void>(probitas::crypto::hardenProcess());
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("probitas-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Probitas"));
    // A build made for the test suites alone says so wherever it is run (CMakeLists.txt).
    QCoreApplication::setApplicationVersion(
        probitas::crypto::kTestOnlyBuild
            ? QStringLiteral(PROBITAS_VERSION " (test-only build: identity files at %1 PBKDF2 iterations)")
                  .arg(probitas::crypto::kPkcs12Iterations)
            : QStringLiteral(PROBITAS_VERSION));
    // A failure is one line on stderr, the command's own: what the libraries log on the way (a rollback that
    // failed on a full disk, a broken trail) stays out of it. QT_LOGGING_RULES turns it back on.
    QLoggingCategory::setFilterRules(QStringLiteral("probitas.*=false"));

    // Messages follow the user's locale: French when it is French, English otherwise.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("probitas"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context{out, err};

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") ||
        arguments.at(1) == QLatin1String("-h")) {
        printUsage(arguments.size() < 2 ? err : out);
        return arguments.size() < 2 ? ExitUnusable : ExitOk;
    }
    if (arguments.at(1) == QLatin1String("--version")) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return ExitOk;
    }
    if (const probitas::Status data = probitas::loadBuiltInData(); !data) {
        return fail(context, data.error());
    }
    const QString commandName = arguments.at(1);
    const auto command = commandTable().find(commandName);
    if (command == commandTable().end()) {
        err << "probitas-cli: " << QCoreApplication::translate("cli", "unknown command '%1'").arg(commandName)
            << Qt::endl;
        printUsage(err);
        return ExitUnusable;
    }
    // The command sees "probitas-cli <command>" as its program name, then its own arguments.
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("probitas-cli ") + commandName;
    return command->second.run(arguments, context);
}
