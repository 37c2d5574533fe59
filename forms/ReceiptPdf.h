#pragma once

#include "DeclarationTypes.h"
#include "Result.h"

#include <QDateTime>
#include <QString>

namespace probitas {

// What an accusé de réception states, as the application read it from the verified receipt the store
// holds (crypto::Receipt::verify) and the declaration's clear metadata. No declaration content.
struct ReceiptDocument
{
    QString declarationId;
    QString declarant;        // name in the directory
    QString declarantSubject; // the certificate subject the receipt names
    DeclarationKind kind = DeclarationKind::Interets;
    DeclarationEvent event = DeclarationEvent::Installation;
    QDateTime filedAt;
    QString authority;        // "Président du tribunal judiciaire de Nanterre"
    QString authoritySigner;  // the name of who signed the receipt
    QString authoritySubject; // the signing certificate's subject
    QDateTime receivedAt;     // the time the receipt states
    QString envelopeSha256;   // hex
    QString receiptSha256;    // hex, of the receipt file itself
    QDateTime verifiedAt;     // when its signature was checked for this document
};

QString receiptHtml(const ReceiptDocument& receipt);

// The receipt as an A4 PDF with the confidentiality notice of its declaration's article at every foot.
Status exportReceiptPdf(const ReceiptDocument& receipt, const QString& path);

} // namespace probitas
