#pragma once

#include "DeclarationTypes.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <functional>

namespace probitas {

// One act of the HATVP's control of a DSP (art. 7-3 IV to VI of ord. 58-1270; art. 3-2 IV to VI of
// ord. 58-1067 for a member of the Conseil constitutionnel) as its two parties read it: what the act says and
// what the store's clear metadata says about it. The store's ids are passed as text: forms knows no store.
struct ControlActDocument
{
    enum class Kind { ExplanationRequest, Injonction, TaxReturnsRequest, Conclusion };
    Kind kind = Kind::ExplanationRequest;
    QString declarant;
    QDateTime declarationFiledAt;
    DeclarationEvent declarationEvent = DeclarationEvent::Installation;
    bool conseilConstitutionnel =
        false;               // the basis is ord. 58-1067 art. 3-2 rather than ord. 58-1270 art. 7-3
    QDateTime at;            // when the HATVP signed the act
    QDate appreciationDueOn; // the six months of VI
    QDate dueOn;             // an injonction's month
    QString grounds;         // an injonction's: "incomplete" or "unanswered"
    QString outcome;         // a conclusion's: "no-observation", "justified", "parquet", "garde-des-sceaux"
    bool includingPartner = false; // a tax-returns request's
    QString text;
    QString answer; // the declarant's answer to a request or an injonction, once given
    QDateTime answeredAt;
};

// "Request for explanations", "Injonction", ...
QString controlActTitle(ControlActDocument::Kind kind);
// What an outcome means, for a person: "The variation of the assets is justified.", ...
QString controlOutcomeLabel(const QString& outcomeId);

// The act as HTML, every recorded text escaped.
QString controlActHtml(const ControlActDocument& document);

// The act as an A4 PDF in the house style of the fiche and the receipt (exportHtmlPdf): a header (the act,
// the magistrate, the declaration, the dates and deadlines), the text, the answer when there is one; on every
// page "Page n / N" and the confidentiality notice of a DSP. `beforeWriting` as PdfPage's.
Status exportControlActPdf(const ControlActDocument& document, const QString& path,
                           std::function<Status(QByteArrayView pdf)> beforeWriting = {});

} // namespace probitas
