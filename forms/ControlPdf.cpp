#include "ControlPdf.h"

#include "Clock.h"
#include "DeclarationPdf.h"
#include "DocumentPdf.h"

#include <QCoreApplication>
#include <QLocale>

namespace probitas {

using namespace documenthtml;

namespace {

class ControlText
{
    Q_DECLARE_TR_FUNCTIONS(ControlPdf)
};

// The paragraph of the law the act applies, in the text that binds this declarant.
QString basis(const ControlActDocument& document)
{
    const char* paragraph = document.kind == ControlActDocument::Kind::TaxReturnsRequest ? "V"
                            : document.kind == ControlActDocument::Kind::Conclusion      ? "VI"
                                                                                         : "IV";
    return document.conseilConstitutionnel
               ? ControlText::tr("Art. 3-2 %1 of ordonnance n° 58-1067 of 7 November 1958.")
                     .arg(QLatin1String(paragraph))
               : ControlText::tr("Art. 7-3 %1 of ordonnance n° 58-1270 of 22 December 1958.")
                     .arg(QLatin1String(paragraph));
}

QString groundsLabel(const QString& grounds)
{
    return grounds == QLatin1String("unanswered")
               ? ControlText::tr("A request for explanations went unanswered")
               : ControlText::tr("The declaration is incomplete");
}

} // namespace

QString controlActTitle(ControlActDocument::Kind kind)
{
    switch (kind) {
    case ControlActDocument::Kind::ExplanationRequest:
        return ControlText::tr("Request for explanations");
    case ControlActDocument::Kind::Injonction:
        return ControlText::tr("Injonction");
    case ControlActDocument::Kind::TaxReturnsRequest:
        return ControlText::tr("Request for the tax returns");
    case ControlActDocument::Kind::Conclusion:
        return ControlText::tr("Appreciation of the variation of the assets");
    }
    return {};
}

QString controlOutcomeLabel(const QString& outcomeId)
{
    if (outcomeId == QLatin1String("no-observation")) {
        return ControlText::tr("The variation of the assets calls for no observation.");
    }
    if (outcomeId == QLatin1String("justified")) {
        return ControlText::tr("The variation of the assets is justified.");
    }
    if (outcomeId == QLatin1String("parquet")) {
        return ControlText::tr("The explanations are not sufficient: the file is sent to the parquet.");
    }
    if (outcomeId == QLatin1String("garde-des-sceaux")) {
        return ControlText::tr("The garde des sceaux, ministre de la justice, is seized.");
    }
    return outcomeId;
}

QString controlActHtml(const ControlActDocument& document)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(controlActTitle(document.kind).toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(basis(document).toHtmlEscaped());
    html += QStringLiteral("<table width=\"99%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\" "
                           "style=\"border-collapse: collapse; border-color: #8a94a6;\">");
    html += row(ControlText::tr("Authority"),
                ControlText::tr("Haute Autorité pour la transparence de la vie publique").toHtmlEscaped());
    html += row(ControlText::tr("Declarant"), document.declarant.toHtmlEscaped());
    html += row(ControlText::tr("Declaration"),
                ControlText::tr("Declaration of assets (%1), received on %2")
                    .arg(eventLabel(document.declarationEvent), moment(document.declarationFiledAt))
                    .toHtmlEscaped());
    html += row(ControlText::tr("Date of the act"), moment(document.at).toHtmlEscaped());
    if (document.kind == ControlActDocument::Kind::Injonction) {
        html += row(ControlText::tr("Grounds"), groundsLabel(document.grounds).toHtmlEscaped());
        html += row(ControlText::tr("To be answered by"),
                    QStringLiteral("<b>%1</b>").arg(day(document.dueOn).toHtmlEscaped()));
    }
    html += row(ControlText::tr("Appreciation due by"), day(document.appreciationDueOn).toHtmlEscaped());
    html += QStringLiteral("</table>");

    if (document.kind == ControlActDocument::Kind::Injonction) {
        const QString enjoined =
            document.grounds == QLatin1String("unanswered")
                ? ControlText::tr("The Haute Autorité enjoins you to send it the explanations it asked for "
                                  "within one month of this injonction, that is by %1.")
                : ControlText::tr("The Haute Autorité enjoins you to complete your declaration within one "
                                  "month of this injonction, that is by %1.");
        html += QStringLiteral("<p><b>%1</b></p>").arg(enjoined.arg(day(document.dueOn)).toHtmlEscaped());
    }
    if (document.kind == ControlActDocument::Kind::TaxReturnsRequest) {
        const QString which =
            document.includingPartner
                ? ControlText::tr("Your tax returns (code général des impôts, art. 170 to 175 A) "
                                  "and those of your spouse, partner or concubin are requested.")
                : ControlText::tr("Your tax returns (code général des impôts, art. 170 to 175 "
                                  "A) are requested.");
        html += QStringLiteral("<p><b>%1</b></p>").arg(which.toHtmlEscaped());
    }
    if (document.kind == ControlActDocument::Kind::Conclusion) {
        html += QStringLiteral("<h2>%1</h2>").arg(ControlText::tr("Outcome").toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b></p>").arg(controlOutcomeLabel(document.outcome).toHtmlEscaped());
    }
    html += QStringLiteral("<h2>%1</h2>").arg(ControlText::tr("Text of the act").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(paragraphs(document.text));
    if (document.kind == ControlActDocument::Kind::ExplanationRequest ||
        document.kind == ControlActDocument::Kind::Injonction) {
        html += QStringLiteral("<h2>%1</h2>").arg(ControlText::tr("Answer of the declarant").toHtmlEscaped());
        html +=
            document.answer.trimmed().isEmpty()
                ? QStringLiteral("<p><i>%1</i></p>").arg(ControlText::tr("Not answered yet.").toHtmlEscaped())
                : QStringLiteral("<p>%1</p><p style=\"color: #555555;\">%2</p>")
                      .arg(paragraphs(document.answer), ControlText::tr("Answered on %1.")
                                                            .arg(moment(document.answeredAt))
                                                            .toHtmlEscaped());
    }
    html +=
        QStringLiteral("<p style=\"color: #555555;\">%1</p>")
            .arg(ControlText::tr("Act signed by the Haute Autorité on %1 and sealed for it and the declarant "
                                 "alone.")
                     .arg(moment(document.at))
                     .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

Status exportControlActPdf(const ControlActDocument& document, const QString& path,
                           std::function<Status(QByteArrayView pdf)> beforeWriting)
{
    PdfPage page;
    page.beforeWriting = std::move(beforeWriting);
    page.title = ControlText::tr("%1 — %2").arg(controlActTitle(document.kind), document.declarant);
    page.heading =
        ControlText::tr("HATVP control of the declaration of assets of %1").arg(document.declarant);
    page.generatedAt = moment(Clock::nowUtc());
    page.notice = confidentialityNotice(DeclarationKind::Patrimoine);
    return exportHtmlPdf(controlActHtml(document), page, path);
}

} // namespace probitas
