#pragma once

#include "DeclarationTypes.h"
#include "EntretienFiche.h"
#include "Result.h"

#include <QDateTime>
#include <QString>
#include <functional>

namespace probitas {

// The fiche navette of an entretien déontologique (art. 7-2 I) as its parties read it: the fiche itself and
// what the store's clear metadata says about it. No other declaration content.
struct FicheDocument
{
    EntretienFiche fiche;
    QString declarant;     // the magistrate interviewed
    QString authorityName; // who holds the authority: "Jean-Baptiste Moreau"
    QDateTime declarationFiledAt;
    DeclarationEvent declarationEvent = DeclarationEvent::Installation;
    QDateTime heldAt;         // when the fiche was recorded
    QDateTime acknowledgedAt; // invalid until the declarant acknowledges it
};

// What the conclusion says, for a person: "No conflict of interests", ...
QString conclusionLabel(EntretienConclusion conclusion);

// The fiche as HTML, every recorded text escaped. `compact` drops the tables, for a narrow side panel.
QString ficheHtml(const FicheDocument& document, bool compact = false);

// The fiche as an A4 PDF: a header (juridiction, magistrat, date, place), the points discussed item by
// item in the form's order, the conclusion, whether the collège was consulted, the observations; on every
// page "Page n / N" and the confidentiality notice of art. 7-2. Written like the receipt (exportHtmlPdf);
// `beforeWriting` as PdfPage's (the GUI records the export in the audit trail there).
Status exportFichePdf(const FicheDocument& document, const QString& path,
                      std::function<Status(QByteArrayView pdf)> beforeWriting = {});

} // namespace probitas
