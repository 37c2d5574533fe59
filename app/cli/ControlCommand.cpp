// probitas-cli control request --store S --identity HATVP.p12 DSP-ID TEXT.txt
// probitas-cli control injonction --store S --identity HATVP.p12 --grounds incomplete|unanswered DSP-ID
// TEXT.txt probitas-cli control tax-returns --store S --identity HATVP.p12 [--partner] DSP-ID TEXT.txt
// probitas-cli control conclude --store S --identity HATVP.p12 --outcome OUTCOME DSP-ID TEXT.txt
// probitas-cli control answer --store S --identity DECLARANT.p12 ACT-ID TEXT.txt
// probitas-cli control show --store S --identity ID.p12 CONTROL-ID
// probitas-cli control list --store S --identity ID.p12 [--open] [--json]
// The HATVP's control of a DSP (art. 7-3 IV to VI; ord. 58-1067 art. 3-2 IV to VI): each act's text is a
// UTF-8 file, never an argument (it says what the patrimony holds); store/Controls.h.
#include "StoreCommands.h"

#include <QCoreApplication>

namespace probitas::cli {

namespace {

const char* const kUsage = QT_TRANSLATE_NOOP(
    "cli", "usage: probitas-cli control request|injonction|tax-returns|conclude|answer|show|list --store S "
           "--identity ID.p12 ... (probitas-cli control SUBCOMMAND --help)");

int usage(CliContext& context)
{
    context.err << "probitas-cli: " << QCoreApplication::translate("cli", kUsage) << Qt::endl;
    return ExitUnusable;
}

void addTextArguments(QCommandLineParser& parser, const QString& subject, const QString& subjectHelp)
{
    parser.addPositionalArgument(subject, subjectHelp);
    parser.addPositionalArgument(
        QStringLiteral("TEXT.txt"),
        QCoreApplication::translate("cli", "the act's text, UTF-8 (- for standard input)"));
}

Result<QString> readText(const QCommandLineParser& parser)
{
    return decodeInputFile(parser.positionalArguments().at(1), [](const QByteArray& text) {
        return Result<QString>(QString::fromUtf8(text).trimmed());
    });
}

// An act on a control (the HATVP's on a DSP, or the declarant's answer to one of its acts): parses, reads
// the text, opens the store and calls `act` with the subject (`subjectName`: DSP-ID or ACT-ID).
template <typename Act>
int runActWithText(const QStringList& arguments, CliContext& context, const QString& description,
                   const QString& synopsis, const QList<QCommandLineOption>& extra,
                   const QString& subjectName, const QString& subjectHelp, Act act)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addOptions({storeOption(), identityOption()});
    parser.addOptions(extra);
    addTextArguments(parser, subjectName, subjectHelp);
    if (int code = parseStoreCommand(parser, arguments, context, synopsis, 2); code >= 0) {
        return code;
    }
    auto text = readText(parser);
    if (!text) {
        return fail(context, text.error());
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    Result<QString> id = act(parser, *session, parser.positionalArguments().first(), *text);
    if (!id) {
        return fail(context, id.error());
    }
    context.out << *id << Qt::endl;
    return ExitOk;
}

// An act of the HATVP on a DSP.
template <typename Act>
int runHatvpAct(const QStringList& arguments, CliContext& context, const QString& description,
                const QString& synopsis, const QList<QCommandLineOption>& extra, Act act)
{
    return runActWithText(arguments, context, description, synopsis, extra, QStringLiteral("DSP-ID"),
                          QCoreApplication::translate("cli", "the declaration of assets controlled"), act);
}

int runControlRequest(const QStringList& arguments, CliContext& context)
{
    return runHatvpAct(
        arguments, context,
        QCoreApplication::translate("cli", "Ask the declarant for explanations on her DSP (art. 7-3 IV)."),
        QStringLiteral("probitas-cli control request --store S --identity HATVP.p12 DSP-ID TEXT.txt"), {},
        [](const QCommandLineParser&, const StoreSession& session, const QString& dsp, const QString& text) {
            return session.store->controls().requestExplanation(dsp, session.identity, text);
        });
}

int runControlInjonction(const QStringList& arguments, CliContext& context)
{
    const QCommandLineOption grounds(
        QStringLiteral("grounds"),
        QCoreApplication::translate("cli", "incomplete (the declaration) or unanswered (a request)"),
        QStringLiteral("GROUNDS"));
    return runHatvpAct(
        arguments, context,
        QCoreApplication::translate(
            "cli", "Enjoin the declarant to complete her DSP or to answer, within one month (art. 7-3 IV)."),
        QStringLiteral("probitas-cli control injonction --store S --identity HATVP.p12 --grounds "
                       "incomplete|unanswered DSP-ID TEXT.txt"),
        {grounds},
        [&grounds](const QCommandLineParser& parser, const StoreSession& session, const QString& dsp,
                   const QString& text) -> Result<QString> {
            const auto parsed = store::injonctionGroundsFromId(parser.value(grounds));
            if (!parsed) {
                return Error::unusable(
                    QCoreApplication::translate("cli", "--grounds must be incomplete or unanswered"));
            }
            return session.store->controls().enjoin(dsp, session.identity, *parsed, text);
        });
}

int runControlTaxReturns(const QStringList& arguments, CliContext& context)
{
    const QCommandLineOption partner(
        QStringLiteral("partner"),
        QCoreApplication::translate("cli", "also those of the spouse, partner or concubin (art. 7-3 V)"));
    return runHatvpAct(
        arguments, context,
        QCoreApplication::translate("cli", "Ask the declarant for her tax returns (art. 7-3 V)."),
        QStringLiteral(
            "probitas-cli control tax-returns --store S --identity HATVP.p12 [--partner] DSP-ID TEXT.txt"),
        {partner},
        [&partner](const QCommandLineParser& parser, const StoreSession& session, const QString& dsp,
                   const QString& text) {
            return session.store->controls().requestTaxReturns(dsp, session.identity, parser.isSet(partner),
                                                               text);
        });
}

int runControlConclude(const QStringList& arguments, CliContext& context)
{
    const QCommandLineOption outcome(
        QStringLiteral("outcome"),
        QCoreApplication::translate("cli", "no-observation, justified, parquet or garde-des-sceaux"),
        QStringLiteral("OUTCOME"));
    return runHatvpAct(
        arguments, context,
        QCoreApplication::translate("cli", "Record the appreciation of the variation (art. 7-3 VI)."),
        QStringLiteral(
            "probitas-cli control conclude --store S --identity HATVP.p12 --outcome OUTCOME DSP-ID TEXT.txt"),
        {outcome},
        [&outcome](const QCommandLineParser& parser, const StoreSession& session, const QString& dsp,
                   const QString& text) -> Result<QString> {
            const auto parsed = store::controlOutcomeFromId(parser.value(outcome));
            if (!parsed) {
                return Error::unusable(QCoreApplication::translate(
                    "cli", "--outcome must be no-observation, justified, parquet or garde-des-sceaux"));
            }
            return session.store->controls().conclude(dsp, session.identity, *parsed, text);
        });
}

int runControlAnswer(const QStringList& arguments, CliContext& context)
{
    return runActWithText(
        arguments, context,
        QCoreApplication::translate("cli",
                                    "Answer a request for explanations or an injonction of the HATVP."),
        QStringLiteral("probitas-cli control answer --store S --identity DECLARANT.p12 ACT-ID TEXT.txt"), {},
        QStringLiteral("ACT-ID"), QCoreApplication::translate("cli", "the request or injonction answered"),
        [](const QCommandLineParser&, const StoreSession& session, const QString& act, const QString& text) {
            return session.store->controls().answer(act, session.identity, text);
        });
}

int runControlShow(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Print the control and its acts, verified, as JSON."));
    parser.addOptions({storeOption(), identityOption()});
    parser.addPositionalArgument(QStringLiteral("CONTROL-ID"),
                                 QCoreApplication::translate("cli", "the control id"));
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli control show --store S --identity ID.p12 CONTROL-ID"), 1);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    auto opened = session->store->controls().open(parser.positionalArguments().first(), session->identity);
    if (!opened) {
        return fail(context, opened.error());
    }
    return printCanonicalJson(context, opened->toCanonicalJson());
}

int runControlList(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List the controls you may see, verified, by deadline: metadata only."));
    const QCommandLineOption openOnly(QStringLiteral("open"),
                                      QCoreApplication::translate("cli", "only the controls still open"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), openOnly, json});
    auto start = startStoreCommand(
        parser, arguments, context,
        QStringLiteral("probitas-cli control list --store S --identity ID.p12 [--open] [--json]"), 0);
    if (!start.session) {
        return start.exitCode;
    }
    auto& session = start.session;
    auto records = session->store->controls().list(session->identity, parser.isSet(openOnly));
    if (!records) {
        return fail(context, records.error());
    }
    if (parser.isSet(json)) {
        return printJsonArray(context, *records);
    }
    for (const store::ControlRecord& record : *records) {
        const store::ControlActRecord* pending = record.pendingInjonction();
        context.out << record.id << "  " << record.declarationId << "  " << record.declarant << "  "
                    << record.dueOn.toString(Qt::ISODate) << "  " << store::controlStatusId(record.status);
        if (record.outcome) {
            context.out << "  " << store::controlOutcomeId(*record.outcome);
        }
        if (pending) {
            context.out << "  "
                        << QCoreApplication::translate("cli", "injonction due %1")
                               .arg(pending->dueOn.toString(Qt::ISODate));
        }
        context.out << '\n';
    }
    context.out.flush();
    return ExitOk;
}

} // namespace

int runControl(const QStringList& arguments, CliContext& context)
{
    return runSubcommand(arguments, context,
                         {{"request", runControlRequest},
                          {"injonction", runControlInjonction},
                          {"tax-returns", runControlTaxReturns},
                          {"conclude", runControlConclude},
                          {"answer", runControlAnswer},
                          {"show", runControlShow},
                          {"list", runControlList}},
                         usage);
}

} // namespace probitas::cli
