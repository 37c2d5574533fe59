#pragma once

#include "Certificate.h"
#include "Identity.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <optional>

namespace probitas::crypto {

// What a verified receipt (accusé de réception) states.
struct ReceiptContents
{
    int version = 0;                 // 1: names no authority (older receipts); 2: names the authority
    QByteArray envelopeSha256;       // 32 raw bytes: the envelope file, exactly as received
    QString declarantSubject;        // the declarant's certificate subject (RFC 2253)
    QByteArray declarantFingerprint; // SHA-256 of the declarant's certificate, 32 raw bytes
    QDateTime receivedAt;            // when the authority acknowledged it (UTC)
    Certificate authority;           // who signed the receipt (version 2: the certificate it names)
    // Version 2: the authority id it was made as ("tj-nanterre:president"); empty when made by someone
    // holding none (a declarant acknowledging the fiche of her entretien), and for version 1.
    QString authorityId;

    bool namesAuthority() const { return version >= 2; }
};

// Who a receipt must come from, beyond naming the envelope. Empty members are not checked.
struct ReceiptExpectations
{
    Certificate declarant; // the declarant the receipt must name
    // The authority the declaration was filed to: the signer must be exactly this certificate, and the
    // receipt must name its fingerprint (so a version 1 receipt, which names none, is refused).
    Certificate authority;
    QString authorityId; // the authority id the receipt must name (version 2)
    // Judge the signer's certificate at this time rather than now: when a store recorded the
    // acknowledgement, so that a receipt stays verifiable after its authority's certificate expired.
    std::optional<QDateTime> validAt;
};

// A receipt is a CMS SignedData (attached; ECDSA P-256 or RSA-PSS, SHA-256, DER) by the recipient authority
// over a small canonical JSON document (UTF-8, compact, keys sorted):
//   {"authority":{"certificate-sha256":"<hex>","id":"tj-nanterre:president","subject":"<RFC 2253>"},
//    "declarant":{"certificate-sha256":"<hex>","subject":"<RFC 2253>"},"envelope-sha256":"<hex>",
//    "received-at":"2026-11-22T04:35:00Z","type":"probitas-receipt","version":2}
// Version 1 had no "authority": it is still read, as naming no authority.
namespace Receipt {

// Opens `envelope` as `authority` (full verification: one only acknowledges what one could check), then
// signs a receipt naming `authorityId` (the authority id it acts as; empty for someone holding none) and
// its own certificate. A declarant never acknowledges her own envelope (crypto.receipt-wrong-authority).
// The time is probitas::Clock::nowUtc().
Result<QByteArray> create(QByteArrayView envelope, const Identity& authority, const QString& authorityId,
                          const QList<Certificate>& trustAnchors = {});

// Verifies the receipt's signature and its signer's chain to `trustAnchors` (the authority's certificate
// itself, or its CA), then that it names exactly `envelope`: otherwise crypto.receipt-mismatch (Integrity).
// A receipt signed by the declarant it names, or (version 2) naming another certificate than its signer's,
// is crypto.receipt-wrong-authority. A non-null `expectedDeclarant` must also match the declarant named.
// Without an expected authority, any signer the anchors trust is accepted: see the overload below.
Result<ReceiptContents> verify(QByteArrayView receipt, QByteArrayView envelope,
                               const QList<Certificate>& trustAnchors,
                               const Certificate& expectedDeclarant = {});

// The same, with what `expected` names required too. A receipt signed by anyone but the expected authority,
// or naming another authority id, is crypto.receipt-wrong-authority; a version 1 receipt, which names no
// authority, crypto.receipt-names-no-authority (both Integrity). The messages name who signed and who was
// expected, by their certificates' names.
Result<ReceiptContents> verify(QByteArrayView receipt, QByteArrayView envelope,
                               const QList<Certificate>& trustAnchors, const ReceiptExpectations& expected);

// The same for whoever holds only the envelope's SHA-256 (32 raw bytes), not the envelope: the auditor's
// bundle.
Result<ReceiptContents> verifyDigest(QByteArrayView receipt, QByteArrayView envelopeSha256,
                                     const QList<Certificate>& trustAnchors,
                                     const ReceiptExpectations& expected);

} // namespace Receipt

} // namespace probitas::crypto
