// probitas-cli obligations --profile FILE [--regime lo-2016|en-vigueur] [--text]
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
        obligations << QStringLiteral(
                           "{\"declaration\": %1, \"event\": %2, \"recipients\": [%3], \"due\": %4, "
                           "\"basis\": %5}")
                           .arg(quoted(kindId(obligation.declaration)), quoted(eventId(obligation.event)),
                                recipients.join(QStringLiteral(", ")),
                                quoted(obligation.due.toString(Qt::ISODate)), quoted(obligation.basis));
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
    parser.addOption({QStringLiteral("regime"),
                      QCoreApplication::translate("cli", "lo-2016 (default: the organic law as adopted) or "
                                                         "en-vigueur (without the provisions struck down by "
                                                         "decision 2016-732 DC)."),
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
