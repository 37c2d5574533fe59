#pragma once

#include "Certificate.h"
#include "Identity.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

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

} // namespace Signature

} // namespace probitas::crypto
