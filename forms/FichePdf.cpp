#include "FichePdf.h"

#include "Clock.h"
#include "DeclarationPdf.h"
#include "DocumentPdf.h"
#include "FormDefinition.h"
#include "Jurisdictions.h"
#include "Obligations.h"

#include <QCoreApplication>
#include <QLocale>

namespace probitas {

using namespace documenthtml;

namespace {

class FicheText
{
    Q_DECLARE_TR_FUNCTIONS(FichePdf)
};

QString capitalizedText(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

QString heldBy(const FicheDocument& document)
{
    const EntretienFiche& fiche = document.fiche;
    if (!fiche.delegated()) {
        return document.authorityName.isEmpty() ? FicheText::tr("The authority itself")
                                                : FicheText::tr("%1, in person").arg(document.authorityName);
    }
    const QString delegate = fiche.delegateFunction.isEmpty()
                                 ? fiche.delegatedTo
                                 : QStringLiteral("%1, %2").arg(fiche.delegatedTo, fiche.delegateFunction);
    return document.authorityName.isEmpty()
               ? FicheText::tr("%1, by delegation").arg(delegate)
               : FicheText::tr("%1, by delegation of %2").arg(delegate, document.authorityName);
}

QString declarationLine(const FicheDocument& document)
{
    return FicheText::tr("%1 (%2), filed on %3")
        .arg(capitalizedText(kindLabel(DeclarationKind::Interets)), eventLabel(document.declarationEvent),
             moment(document.declarationFiledAt));
}

// The points in the form's order, with their item's number and title.
QList<std::pair<QString, QString>> orderedPoints(const EntretienFiche& fiche)
{
    QList<std::pair<QString, QString>> points;
    std::map<QString, QString> left = fiche.points;
    if (const FormDefinition* definition = FormCatalog::builtIn().find(fiche.form)) {
        for (const ItemDefinition& item : definition->items()) {
            const auto found = left.find(item.id);
            if (found == left.end()) {
                continue;
            }
            const QString title = item.number.isEmpty()
                                      ? item.title.text()
                                      : QStringLiteral("%1 %2").arg(item.number, item.title.text());
            points << std::pair{title, found->second};
            left.erase(found);
        }
    }
    for (const auto& [itemId, text] : left) {
        points << std::pair{itemId, text}; // the codec refuses unknown items: only a safety net
    }
    return points;
}

} // namespace

QString conclusionLabel(EntretienConclusion conclusion)
{
    switch (conclusion) {
    case EntretienConclusion::NoConflict:
        return FicheText::tr("No conflict of interests");
    case EntretienConclusion::Precautions:
        return FicheText::tr("Precautions to prevent a conflict of interests (déport…)");
    case EntretienConclusion::EndConflict:
        return FicheText::tr("Invitation to end a situation of conflict of interests");
    }
    return {};
}

QString ficheHtml(const FicheDocument& document, bool compact)
{
    const EntretienFiche& fiche = document.fiche;
    const QString authority =
        capitalizedText(authorityLabel(fiche.authority, JurisdictionDirectory::builtIn()));
    // The court of the authority ("tj-nanterre:president": the tribunal judiciaire de Nanterre); the
    // authority itself for one without a court.
    QString jurisdiction = authority;
    const QString courtId = fiche.authority.section(QLatin1Char(':'), 0, 0);
    for (const Court& court : JurisdictionDirectory::builtIn().courts()) {
        if (fiche.authority.contains(QLatin1Char(':')) && court.id() == courtId) {
            jurisdiction = capitalizedText(court.displayName());
        }
    }
    const QString consulted =
        fiche.collegeConsulted
            ? FicheText::tr("The collège de déontologie was consulted on this declaration (art. 7-2 II).")
            : FicheText::tr("The collège de déontologie was not consulted.");
    QString html = QStringLiteral("<html><body>");
    if (compact) {
        auto line = [&html](const QString& label, const QString& valueHtml) {
            html += QStringLiteral("<p style=\"margin: 0 0 4px 0;\"><b>%1</b> %2</p>")
                        .arg(label.toHtmlEscaped(), valueHtml);
        };
        line(FicheText::tr("Held on:"), day(fiche.date).toHtmlEscaped());
        line(FicheText::tr("Place:"), fiche.place.toHtmlEscaped());
        line(FicheText::tr("Held by:"), heldBy(document).toHtmlEscaped());
    } else {
        html += QStringLiteral("<h1>%1</h1>")
                    .arg(FicheText::tr("Fiche navette — ethics interview").toHtmlEscaped());
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(FicheText::tr("Art. 7-2 I of ordonnance n° 58-1270 of 22 December 1958.")
                             .toHtmlEscaped());
        html += QStringLiteral("<table width=\"99%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                               "style=\"border-collapse: collapse; border-color: #8a94a6;\">");
        html += row(FicheText::tr("Jurisdiction"), jurisdiction.toHtmlEscaped());
        html += row(FicheText::tr("Authority"), authority.toHtmlEscaped());
        html += row(FicheText::tr("Magistrate"), document.declarant.toHtmlEscaped());
        html += row(FicheText::tr("Declaration"), declarationLine(document).toHtmlEscaped());
        html += row(FicheText::tr("Date of the interview"), day(fiche.date).toHtmlEscaped());
        html += row(FicheText::tr("Place"), fiche.place.toHtmlEscaped());
        html += row(FicheText::tr("Held by"), heldBy(document).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }

    const QString heading = compact ? QStringLiteral("<p style=\"margin: 8px 0 2px 0;\"><b>%1</b></p>")
                                    : QStringLiteral("<h2>%1</h2>");
    const QString subheading = compact ? QStringLiteral("<p style=\"margin: 4px 0 0 0;\"><i>%1</i></p>")
                                       : QStringLiteral("<h3>%1</h3>");
    html += heading.arg(FicheText::tr("Points discussed").toHtmlEscaped());
    const auto points = orderedPoints(fiche);
    if (points.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(FicheText::tr("No point was recorded item by item.").toHtmlEscaped());
    }
    for (const auto& [title, text] : points) {
        html += subheading.arg(title.toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(paragraphs(text));
    }

    html += heading.arg(FicheText::tr("Conclusion").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>").arg(conclusionLabel(fiche.conclusion).toHtmlEscaped());
    if (!fiche.conclusionDetails.trimmed().isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(paragraphs(fiche.conclusionDetails));
    }
    html += heading.arg(FicheText::tr("Collège de déontologie").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(consulted.toHtmlEscaped());
    if (!fiche.observations.trimmed().isEmpty()) {
        html += heading.arg(FicheText::tr("Observations").toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>").arg(paragraphs(fiche.observations));
    }
    if (!compact) {
        QString recorded = FicheText::tr("Fiche recorded and signed on %1.").arg(moment(document.heldAt));
        if (document.acknowledgedAt.isValid()) {
            recorded +=
                QLatin1Char(' ') +
                FicheText::tr("Acknowledged by the magistrate on %1.").arg(moment(document.acknowledgedAt));
        } else {
            recorded += QLatin1Char(' ') + FicheText::tr("Not yet acknowledged by the magistrate.");
        }
        html += QStringLiteral("<p style=\"color: #555555;\">%1</p>").arg(recorded.toHtmlEscaped());
    }
    html += QStringLiteral("</body></html>");
    return html;
}

Status exportFichePdf(const FicheDocument& document, const QString& path,
                      std::function<Status(QByteArrayView pdf)> beforeWriting)
{
    PdfPage page;
    page.beforeWriting = std::move(beforeWriting);
    page.title = FicheText::tr("Fiche navette — %1").arg(document.declarant);
    page.heading = FicheText::tr("Fiche navette — ethics interview of %1 on %2")
                       .arg(document.declarant, day(document.fiche.date));
    page.generatedAt = moment(Clock::nowUtc());
    page.notice = confidentialityNotice(DeclarationKind::Interets);
    return exportHtmlPdf(ficheHtml(document), page, path);
}

} // namespace probitas
