// probitas-cli obligations --profile FILE [--regime lo-2016|en-vigueur|lo-2023] [--text]
#include "CanonicalJson.h"
#include "Commands.h"
#include "Obligations.h"

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

// The documented output shape: {"regime": ..., "obligations": [{...}, ...]} with keys in contract order.
QString toContractJson(const ObligationReport& report)
{
    QStringList obligations;
    for (const Obligation& obligation : report.obligations) {
        QStringList recipients;
        for (const QString& recipient : obligation.recipients) {
            recipients << quoted(recipient);
        }
        // "follow_up" only where the text says what the remise gives rise to (an entretien, or observations).
        const QString followUp = obligation.followUp
                                     ? QStringLiteral(", \"follow_up\": {\"kind\": %1, \"basis\": %2}")
                                           .arg(quoted(followUpKindId(obligation.followUp->kind)),
                                                quoted(obligation.followUp->basis))
                                     : QString();
        obligations << QStringLiteral(
                           "{\"declaration\": %1, \"event\": %2, \"recipients\": [%3], \"due\": %4, "
                           "\"basis\": %5%6}")
                           .arg(quoted(kindId(obligation.declaration)), quoted(eventId(obligation.event)),
                                recipients.join(QStringLiteral(", ")),
                                quoted(obligation.due.toString(Qt::ISODate)), quoted(obligation.basis),
                                followUp);
    }
    return QStringLiteral("{\"regime\": %1, \"obligations\": [%2]}")
        .arg(quoted(report.regime), obligations.join(QStringLiteral(", ")));
}

void printText(const ObligationReport& report, const JurisdictionDirectory& directory, QTextStream& out)
{
    const QLocale locale;
    for (const Obligation& obligation : report.obligations) {
        QStringList recipients;
        for (const QString& recipient : obligation.recipients) {
            recipients << authorityLabel(recipient, directory);
        }
        out << QCoreApplication::translate("cli", "%1 (%2) to %3, due %4 — %5")
                   .arg(kindLabel(obligation.declaration), eventLabel(obligation.event),
                        recipients.join(QCoreApplication::translate("cli", " and ")),
                        locale.toString(obligation.due, QLocale::LongFormat), obligation.basis)
            << "\n";
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

} // namespace

int runObligations(const QStringList& arguments, CliContext& context)
{
    const ObligationRules& rules = ObligationRules::builtIn();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Prints every declaration a magistrate's profile owes: to whom, by when, "
               "under which article."));
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
        return fail(context, Error::unusable(QCoreApplication::translate(
                                 "cli", "usage: probitas-cli obligations --profile FILE [--regime REGIME]")));
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
