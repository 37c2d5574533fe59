#pragma once

// PRIVATE to probitas_crypto. The CMS building blocks shared by envelopes and receipts.

#include "internal/OpenSsl.h"
#include "internal/Policy.h"

namespace probitas::crypto::detail {

struct VerifiedSignature
{
    SecureBytes content;
    Certificate signer;
    QDateTime signingTime;
};

// Checks the signer's key, keyUsage and chain (Phase::Seal), then makes an attached SignedData:
// SHA-256, ECDSA (P-256) or RSA-PSS (RSA), signer certificate and signing time (probitas::Clock).
Result<SecureBytes> signAttached(QByteArrayView content, const Identity& signer,
                                 const QList<Certificate>& anchors);

// Verifies an attached SignedData completely: exactly one signer, approved algorithms, signing time,
// the signature, then the signer's keyUsage and chain to `anchors` at `validAt` (probitas::Clock::nowUtc()
// when absent; with it, the signing time must not be later). The content is returned only when all of it
// holds.
Result<VerifiedSignature> verifyAttached(QByteArrayView signedData, const QList<Certificate>& anchors,
                                         const std::optional<QDateTime>& validAt = std::nullopt);

// The certificate an attached SignedData says its one signer holds, verifying nothing: only to name who a
// message claims to come from when it is refused. Null when it names none (or is not one SignedData).
Certificate claimedSigner(QByteArrayView signedData);

// Every recipient: approved key, keyUsage for receiving, chain to `anchors`. Duplicates removed.
Result<QList<Certificate>> checkRecipients(const QList<Certificate>& recipients,
                                           const QList<Certificate>& anchors);

// AuthEnvelopedData, AES-256-GCM, for already checked recipients.
Result<QByteArray> encryptFor(QByteArrayView content, const QList<Certificate>& recipients);

// Authenticated decryption of an AuthEnvelopedData for `recipient`: strict outer shape, our
// RecipientInfo and its algorithms, then CMS_decrypt into a memory BIO whose bytes are used only on success.
Result<SecureBytes> decryptFor(QByteArrayView envelope, const Identity& recipient);

} // namespace probitas::crypto::detail
