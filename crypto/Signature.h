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

// Detached signatures over small documents (audit entries): SHA-256 with ECDSA P-256 (DER-encoded
// ECDSA-Sig-Value) or RSA-PSS (MGF1-SHA-256, 32-byte salt). Unlike envelopes and receipts these are raw
// signatures, not CMS: an audit trail of 100,000 entries must stay small and quick to verify.
namespace Signature {

// Signs `bytes` with the identity's private key. The key must be approved (P-256 or RSA >= 3072).
Result<QByteArray> sign(QByteArrayView bytes, const Identity& signer);

// Verifies `signature` over `bytes` with the certificate's public key. The certificate itself is NOT
// path-validated here: the caller knows it from a trusted source (the store's people directory).
// A signature that does not verify is crypto.bad-signature (ErrorKind::Integrity).
Status verify(QByteArrayView bytes, QByteArrayView signature, const Certificate& signer);

// Whether `signer` was issued by one of `anchors` (a partial chain is fine: an anchor need not be
// self-signed) and may sign (keyUsage). Validity is checked at `at`; without it the dates are not checked,
// for signatures made long ago whose certificates have since expired. Integrity errors when not.
Status verifySigner(const Certificate& signer, const QList<Certificate>& anchors,
                    const std::optional<QDateTime>& at = std::nullopt);

} // namespace Signature

} // namespace probitas::crypto
