// probitas-cli courts [SEAT] [--json]: the courts, then the authorities outside them that receive
// declarations (the président of the Conseil constitutionnel, the chef of the IGJ).
#include "CanonicalJson.h"
#include "Commands.h"
#include "Jurisdictions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace probitas::cli {

int runCourts(const QStringList& arguments, CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Lists the cours d'appel and the tribunals of their ressort, then the authorities outside "
               "them that receive declarations; or the cour of one seat, or one of those authorities."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("SEAT"),
        QCoreApplication::translate("cli",
                                    "A seat, an authority's id or its institution to look up (optional)."));
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print as JSON.")});
    if (!parseArguments(parser, arguments, context)) {
        return ExitUnusable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out << parser.helpText();
        return ExitOk;
    }
    const JurisdictionDirectory& directory = JurisdictionDirectory::builtIn();
    std::vector<const Court*> selected;
    std::vector<const NamedAuthority*> authorities;
    if (!parser.positionalArguments().isEmpty()) {
        const QString seat = parser.positionalArguments().join(QLatin1Char(' '));
        for (const CourtType type :
             {CourtType::TribunalJudiciaire, CourtType::TribunalPremiereInstance, CourtType::CourAppel}) {
            if (const Court* court = directory.find(type, seat)) {
                selected.push_back(court);
            }
        }
        for (const NamedAuthority& authority : directory.namedAuthorities()) {
            if (authority.id == seat || authority.institution.compare(seat, Qt::CaseInsensitive) == 0) {
                authorities.push_back(&authority);
            }
        }
        if (selected.empty() && authorities.empty()) {
            return fail(context, directory.resolve(CourtType::TribunalJudiciaire, seat).error());
        }
    } else {
        for (const Court& court : directory.courts()) {
            selected.push_back(&court);
        }
        for (const NamedAuthority& authority : directory.namedAuthorities()) {
            authorities.push_back(&authority);
        }
    }
    QJsonArray rows;
    for (const Court* court : selected) {
        const Court& cour = directory.appealCourtOf(*court);
        if (parser.isSet(QStringLiteral("json"))) {
            rows.append(QJsonObject{{QStringLiteral("id"), court->id()},
                                    {QStringLiteral("type"), courtTypeId(court->type)},
                                    {QStringLiteral("seat"), court->seat},
                                    {QStringLiteral("cour"), cour.id()}});
        } else {
            context.out << court->id().leftJustified(30) << court->displayName();
            if (&cour != court) {
                context.out << "  (" << cour.displayName() << ")";
            }
            context.out << "\n";
        }
    }
    for (const NamedAuthority* authority : authorities) {
        if (parser.isSet(QStringLiteral("json"))) {
            rows.append(QJsonObject{{QStringLiteral("id"), authority->id},
                                    {QStringLiteral("type"), QStringLiteral("authority")},
                                    {QStringLiteral("institution"), authority->institution},
                                    {QStringLiteral("label"), authority->label},
                                    {QStringLiteral("source"), authority->source}});
        } else {
            // The source is long: JSON carries it.
            context.out << authority->id.leftJustified(30) << authority->label << "\n";
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.out << json::serialize(rows) << "\n";
    }
    context.out.flush();
    return ExitOk;
}

} // namespace probitas::cli
