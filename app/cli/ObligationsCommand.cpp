// probitas-cli obligations --profile FILE [--regime lo-2016|en-vigueur|lo-2023] [--text]
// probitas-cli obligations --store S --identity ID.p12 [--text]: her own, each with the filing that met it
#include "CanonicalJson.h"
#include "Clock.h"
#include "Commands.h"
#include "Obligations.h"
#include "OwnObligations.h"
#include "StoreCommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QLocale>

namespace probitas::cli {

namespace {

QString quoted(const QString& text)
{
    // Reuse the canonical string escaping so the output is valid JSON whatever the text.
    return QString::fromUtf8(json::serialize(QJsonValue(text)));
}

// One obligation in the documented shape, keys in contract order.
QString obligationJson(const Obligation& obligation)
{
    QStringList recipients;
    for (const QString& recipient : obligation.recipients) {
        recipients << quoted(recipient);
    }
    // "follow_up" only where the text says what the remise gives rise to (an entretien, or observations).
    const QString followUp =
        obligation.followUp
            ? QStringLiteral(", \"follow_up\": {\"kind\": %1, \"basis\": %2}")
                  .arg(quoted(followUpKindId(obligation.followUp->kind)), quoted(obligation.followUp->basis))
            : QString();
    return QStringLiteral("{\"declaration\": %1, \"event\": %2, \"recipients\": [%3], \"due\": %4, "
                          "\"basis\": %5%6")
        .arg(quoted(kindId(obligation.declaration)), quoted(eventId(obligation.event)),
             recipients.join(QStringLiteral(", ")), quoted(obligation.due.toString(Qt::ISODate)),
             quoted(obligation.basis), followUp);
}

// The documented output shape: {"regime": ..., "obligations": [{...}, ...]} with keys in contract order.
QString toContractJson(const ObligationReport& report)
{
    QStringList obligations;
    for (const Obligation& obligation : report.obligations) {
        obligations << obligationJson(obligation) + QLatin1Char('}');
    }
    return QStringLiteral("{\"regime\": %1, \"obligations\": [%2]}")
        .arg(quoted(report.regime), obligations.join(QStringLiteral(", ")));
}

// The store form: each obligation followed by how it stands, "status" (complianceStateId), "days_late"
// (after the deadline: the filing's, or today's while not filed) and "filing" (null while not filed).
QString toOwnJson(const store::OwnObligations& own, const QString& declarant)
{
    QStringList obligations;
    for (size_t index = 0; index < own.report.obligations.size(); ++index) {
        const ObligationStanding& standing = own.standings[index];
        QString filing = QStringLiteral("null");
        if (standing.met()) {
            QStringList receipts;
            for (const QString& authority : standing.acknowledgedBy) {
                receipts << quoted(authority);
            }
            filing =
                QStringLiteral("{\"id\": %1, \"filed_at\": %2, \"receipts\": [%3], \"receipt_held\": %4}")
                    .arg(quoted(standing.declarationId),
                         quoted(standing.filedAt.toUTC().toString(Qt::ISODate)),
                         receipts.join(QStringLiteral(", ")),
                         standing.receiptHeld ? QStringLiteral("true") : QStringLiteral("false"));
        }
        obligations << obligationJson(own.report.obligations[index]) +
                           QStringLiteral(", \"status\": %1, \"days_late\": %2, \"filing\": %3}")
                               .arg(quoted(complianceStateId(standing.state)))
                               .arg(standing.daysLate)
                               .arg(filing);
    }
    return QStringLiteral("{\"regime\": %1, \"declarant\": %2, \"posting\": %3, \"obligations\": [%4]}")
        .arg(quoted(own.regime.id), quoted(declarant),
             QString::fromUtf8(json::serialize(QJsonValue(own.posting.posting().toJson()))),
             obligations.join(QStringLiteral(", ")));
}

// How a standing reads for people: "filed on 2 March 2026, on time; receipt held".
QString standingText(const Obligation& obligation, const ObligationStanding& standing)
{
    const QLocale locale;
    if (standing.met()) {
        const QString when =
            standing.daysLate > 0
                ? QCoreApplication::translate("cli", "filed on %1, %n day(s) late", "", standing.daysLate)
                      .arg(locale.toString(standing.filedOn, QLocale::LongFormat))
                : QCoreApplication::translate("cli", "filed on %1, on time")
                      .arg(locale.toString(standing.filedOn, QLocale::LongFormat));
        return QCoreApplication::translate("cli", "%1; %2")
            .arg(when, standing.receiptHeld ? QCoreApplication::translate("cli", "receipt held")
                                            : QCoreApplication::translate("cli", "no receipt yet"));
    }
    return standing.state == ComplianceState::Outstanding
               ? QCoreApplication::translate("cli", "not filed: overdue by %n day(s)", "", standing.daysLate)
               : QCoreApplication::translate("cli", "not filed yet: due by %1")
                     .arg(locale.toString(obligation.due, QLocale::LongFormat));
}

void printText(const ObligationReport& report, const JurisdictionDirectory& directory, QTextStream& out,
               const std::vector<ObligationStanding>& standings = {})
{
    const QLocale locale;
    for (size_t index = 0; index < report.obligations.size(); ++index) {
        const Obligation& obligation = report.obligations[index];
        QStringList recipients;
        for (const QString& recipient : obligation.recipients) {
            recipients << authorityLabel(recipient, directory);
        }
        out << QCoreApplication::translate("cli", "%1 (%2) to %3, due %4 — %5")
                   .arg(kindLabel(obligation.declaration), eventLabel(obligation.event),
                        recipients.join(QCoreApplication::translate("cli", " and ")),
                        locale.toString(obligation.due, QLocale::LongFormat), obligation.basis)
            << "\n";
        if (index < standings.size()) {
            out << "  " << standingText(obligation, standings[index]) << "\n";
        }
        if (obligation.followUp && obligation.followUp->kind == FollowUpKind::Entretien) {
            out << "  "
                << QCoreApplication::translate("cli", "then an entretien déontologique with %1 (%2)")
                       .arg(recipients.join(QCoreApplication::translate("cli", " and ")),
                            obligation.followUp->basis)
                << "\n";
        } else if (obligation.followUp) {
            out << "  "
                << QCoreApplication::translate("cli",
                                               "no entretien: %1 may address written observations (%2)")
                       .arg(recipients.join(QCoreApplication::translate("cli", " and ")),
                            obligation.followUp->basis)
                << "\n";
        }
        if (!obligation.confirmed) {
            out << "  "
                << QCoreApplication::translate("cli", "not confirmed by a text at hand: %1")
                       .arg(obligation.note)
                << "\n";
        }
    }
    for (const NothingOwed& nothing : report.nothingOwed) {
        out << QCoreApplication::translate("cli", "No declaration is owed (%1): %2")
                   .arg(nothing.basis, nothing.law)
            << "\n";
    }
    for (const Exemption& exemption : report.exemptions) {
        out << QCoreApplication::translate("cli",
                                           "No %1 (%2): one was made on %3, less than six months before (%4)")
                   .arg(kindLabel(exemption.declaration), eventLabel(exemption.event),
                        locale.toString(exemption.lastDeclarationOn, QLocale::LongFormat), exemption.basis)
            << "\n";
    }
    out.flush();
}

// The identity's own obligations: her official posting from the store's directory, under the store's regime,
// each with the filing that met it.
int runOwnObligations(const QStringList& arguments, CliContext& context)
{
    const QString usage = QStringLiteral("probitas-cli obligations --store S --identity ID.p12 [--text]");
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Prints every declaration your official posting owes, each with the filing that met it (when, "
               "on time or how late, the receipt) or still due."));
    const QCommandLineOption text(QStringLiteral("text"),
                                  QCoreApplication::translate("cli", "Print for people instead of JSON."));
    // Known, to be refused by name: the store's obligations are computed under the store's regime.
    const QCommandLineOption regime(QStringLiteral("regime"),
                                    QCoreApplication::translate("cli", "only with --profile"),
                                    QStringLiteral("REGIME"));
    parser.addOptions({storeOption(), identityOption(), text, regime});
    if (int code = parseStoreCommand(parser, arguments, context, usage, 0); code >= 0) {
        return code;
    }
    if (parser.isSet(regime)) {
        return fail(context, Error::unusable(QCoreApplication::translate(
                                 "cli", "--regime goes with --profile: with --store, the obligations are "
                                        "computed under the regime the store applies")));
    }
    auto session = openStoreAs(parser);
    if (!session) {
        return fail(context, session.error());
    }
    auto own = store::ownObligations(*session->store, session->identity, Clock::today());
    if (!own) {
        return fail(context, own.error());
    }
    // A receipt the store holds that does not verify is tampering: said, never shown as held or not.
    for (const Filing& filing : own->filings) {
        if (!filing.receiptProblem.isEmpty()) {
            return fail(context, Error::integrity(QCoreApplication::translate("cli", "declaration %1: %2")
                                                      .arg(filing.declarationId, filing.receiptProblem)));
        }
    }
    auto person = session->store->directory().personFor(session->identity.certificate());
    if (!person) {
        return fail(context, person.error());
    }
    const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
    if (parser.isSet(text)) {
        context.out
            << QCoreApplication::translate("cli", "%1, %2.").arg(person->name, postingSummary(own->posting))
            << "\n"
            << QCoreApplication::translate("cli", "Rules applied: %1, %2.")
                   .arg(own->regime.title, own->regime.why)
            << "\n";
        printText(own->report, directory, context.out, own->standings);
    } else {
        context.out << toOwnJson(*own, person->name) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runObligations(const QStringList& arguments, CliContext& context)
{
    if (hasStoreOption(arguments)) {
        return runOwnObligations(arguments, context);
    }
    const ObligationRules& rules = ObligationRules::builtIn();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Prints every declaration a magistrate's profile owes: to whom, by when, "
               "under which article. With --store S --identity ID.p12 instead of --profile: those of your "
               "official posting, each with the filing that met it."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("cli", "The profile (JSON file, - for stdin)."),
                      QStringLiteral("FILE")});
    QStringList regimeIds;
    for (const Regime& regime : rules.regimes()) {
        regimeIds << regime.id;
    }
    parser.addOption(
        {QStringLiteral("regime"),
         QCoreApplication::translate(
             "cli", "%1 (default: %2). lo-2016 is the organic law as adopted; en-vigueur the law in "
                    "force from 2016 to November 2023, without the provisions struck down by decision "
                    "2016-732 DC; lo-2023 the law after organic law 2023-1058, in force today.")
             .arg(regimeIds.join(QStringLiteral(", ")), rules.defaultRegime()),
         QStringLiteral("REGIME"), rules.defaultRegime()});
    parser.addOption(
        {QStringLiteral("text"), QCoreApplication::translate("cli", "Print for people instead of JSON.")});
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(QStringLiteral("profile")) || !parser.positionalArguments().isEmpty()) {
        return fail(context,
                    Error::unusable(QCoreApplication::translate(
                        "cli", "usage: probitas-cli obligations --profile FILE [--regime REGIME], or "
                               "probitas-cli obligations --store S --identity ID.p12")));
    }

    auto profile = readProfileFile(parser.value(QStringLiteral("profile")));
    if (!profile) {
        return fail(context, profile.error());
    }
    const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
    auto report = rules.compute(*profile, directory, parser.value(QStringLiteral("regime")));
    if (!report) {
        return fail(context, report.error());
    }
    if (parser.isSet(QStringLiteral("text"))) {
        printText(*report, directory, context.out);
    } else {
        context.out << toContractJson(*report) << Qt::endl;
    }
    return ExitOk;
}

} // namespace probitas::cli
