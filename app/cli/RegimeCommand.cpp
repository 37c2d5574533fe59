// probitas-cli regime --store S --identity ID.p12 [--set REGIME] [--json]
// The store's regime: the reading of the law its filings are routed by (docs/regimes.md), as its
// administrators' signed statements state it. Anyone in the directory reads it; only an administrator
// changes it, with a statement signed with their identity (docs/store.md, "The store's regime").
#include "Obligations.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace probitas::cli {

namespace {

const QString kRegimeUsage = QStringLiteral(
    "probitas-cli regime --store S --identity ID.p12 [--set lo-2016|en-vigueur|lo-2023] [--json]");

} // namespace

int runRegime(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Show the store's regime, or change it (a statement signed by an administrator)."));
    const QCommandLineOption setOption(
        QStringLiteral("set"), QCoreApplication::translate("cli", "the new regime (an administrator)"),
        QStringLiteral("REGIME"));
    const QCommandLineOption json = jsonOption();
    parser.addOptions({storeOption(), identityOption(), setOption, json});
    StoreCommandStart start = startStoreCommand(parser, arguments, context, kRegimeUsage, 0);
    if (!start.session) {
        return start.exitCode;
    }
    store::Store& store = *start.session->store;
    Result<store::StoreRegime> regime =
        parser.isSet(setOption)
            ? store.administration().setRegime(start.session->identity, parser.value(setOption))
            : store.directory().regime();
    if (!regime) {
        return fail(context, regime.error());
    }
    QString title;
    for (const Regime& candidate : ObligationRules::builtIn().regimes()) {
        if (candidate.id == regime->regime) {
            title = candidate.title;
        }
    }
    QString statedBy;
    if (!regime->statedBy.isEmpty()) {
        auto person = store.directory().personById(regime->statedBy);
        statedBy = person ? person->name : regime->statedBy;
    }
    const QString at = regime->at.toUTC().toString(Qt::ISODate);
    if (parser.isSet(json)) {
        const QJsonObject object{
            {QStringLiteral("regime"), regime->regime},
            {QStringLiteral("title"), title},
            {QStringLiteral("statement"), regime->sequence ? QJsonValue(regime->sequence) : QJsonValue()},
            {QStringLiteral("stated_by"), statedBy.isEmpty() ? QJsonValue() : QJsonValue(statedBy)},
            {QStringLiteral("stated_at"), regime->sequence ? QJsonValue(at) : QJsonValue()},
        };
        context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    context.out << QCoreApplication::translate("cli", "regime: %1 (%2)").arg(regime->regime, title) << '\n';
    if (regime->sequence == 0) {
        context.out << QCoreApplication::translate("cli", "no statement states one: the default regime")
                    << Qt::endl;
    } else {
        context.out << QCoreApplication::translate("cli", "stated by %1 on %2 (directory statement %3)")
                           .arg(statedBy, at)
                           .arg(regime->sequence)
                    << Qt::endl;
    }
    return ExitOk;
}

} // namespace probitas::cli
