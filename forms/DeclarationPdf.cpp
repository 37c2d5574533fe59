#include "DeclarationPdf.h"

#include "DeclarationView.h"
#include "DocumentPdf.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace probitas {

namespace {

// The strings of the PDF, under one translation context.
class PdfText
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationPdf)
};

QString declarantName(const Declaration& declaration)
{
    const QString name = (declaration.declarant.text(QStringLiteral("prenom")) + QLatin1Char(' ') +
                          declaration.declarant.text(QStringLiteral("nom")))
                             .trimmed();
    return name;
}

} // namespace

QString confidentialityNotice(DeclarationKind kind)
{
    const QString article =
        kind == DeclarationKind::Patrimoine ? QStringLiteral("7-3") : QStringLiteral("7-2");
    return PdfText::tr(
               "Confidential — art. %1 of ordonnance n° 58-1270; disclosure is punished (art. 226-1 of "
               "the code pénal)")
        .arg(article);
}

Status exportPdf(const Declaration& declaration, const FormDefinition& definition, const QString& path,
                 const PdfOptions& options)
{
    PdfPage page;
    page.title = definition.title().text();
    page.heading =
        QStringList{definition.title().text(), declarantName(declaration), eventLabel(declaration.event)}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(" — "));
    page.generatedAt = options.generatedAt;
    page.notice = confidentialityNotice(declaration.kind);
    page.draft = options.draft;
    page.beforeWriting = options.beforeWriting;
    return exportHtmlPdf(DeclarationView::toHtml(declaration, definition), page, path);
}

} // namespace probitas
