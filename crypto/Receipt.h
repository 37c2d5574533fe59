#pragma once

#include "Certificate.h"
#include "Identity.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

namespace probitas::crypto {

// What a verified receipt (accusé de réception) states.
struct ReceiptContents
{
    QByteArray envelopeSha256;       // 32 raw bytes: the envelope file, exactly as received
    QString declarantSubject;        // the declarant's certificate subject (RFC 2253)
    QByteArray declarantFingerprint; // SHA-256 of the declarant's certificate, 32 raw bytes
    QDateTime receivedAt;            // when the authority acknowledged it (UTC)
    Certificate authority;           // who signed the receipt
};

// A receipt is a CMS SignedData (attached; ECDSA P-256 or RSA-PSS, SHA-256, DER) by the recipient authority
// over a small canonical JSON document (UTF-8, compact, keys sorted):
//   {"declarant":{"certificate-sha256":"<hex>","subject":"<RFC 2253>"},"envelope-sha256":"<hex>",
//    "received-at":"2026-11-22T04:35:00Z","type":"probitas-receipt","version":1}
namespace Receipt {

// Opens `envelope` as `authority` (full verification: one only acknowledges what one could check), then
// signs the receipt. The time is probitas::Clock::nowUtc().
Result<QByteArray> create(QByteArrayView envelope, const Identity& authority,
                          const QList<Certificate>& trustAnchors = {});

// Verifies the receipt's signature and its signer's chain to `trustAnchors` (the authority's certificate
// itself, or its CA), then that it names exactly `envelope`: otherwise crypto.receipt-mismatch (Integrity).
// A non-null `expectedDeclarant` must also match the declarant the receipt names.
Result<ReceiptContents> verify(QByteArrayView receipt, QByteArrayView envelope,
                               const QList<Certificate>& trustAnchors,
                               const Certificate& expectedDeclarant = {});

} // namespace Receipt

} // namespace probitas::crypto
