#pragma once

#include "Certificate.h"
#include "Identity.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <optional>

namespace probitas::crypto {

// What opening an envelope yields, only once decryption, signature and chain have all been verified.
struct OpenedEnvelope
{
    SecureBytes content;   // the canonical bytes the declarant signed; wiped on destruction
    Certificate signer;    // the declarant's certificate
    QDateTime signingTime; // the declarant's signing time (UTC), as signed
};

// A sealed envelope (.p7m, DER) is a CMS AuthEnvelopedData (RFC 5083, AES-256-GCM) whose plaintext is an
// attached CMS SignedData (SHA-256, ECDSA P-256 or RSA-PSS) over the canonical bytes. docs/crypto.md
// describes the format and how to open one with stock `openssl cms`.
//
// Trust anchors: when `trustAnchors` is empty, the identity's own (Identity::trustAnchors()) are used.
namespace Envelope {

// Signs `content` as `signer` and encrypts it for every recipient (EC P-256 by ECDH with the SHA-256 KDF,
// RSA >= 3072 by OAEP-SHA-256). The signer and each recipient are checked first: approved key, keyUsage,
// chain to the anchors and validity at probitas::Clock::nowUtc().
Result<QByteArray> seal(QByteArrayView content, const Identity& signer, const QList<Certificate>& recipients,
                        const QList<Certificate>& trustAnchors = {});

// Decrypts and verifies. Errors (Error::code): crypto.malformed, crypto.not-recipient (AccessDenied),
// crypto.tampered, crypto.not-signed, crypto.bad-signature, crypto.unknown-signer,
// crypto.expired-certificate, crypto.not-yet-valid-certificate, crypto.key-usage,
// crypto.unapproved-algorithm, crypto.missing-signing-time (Integrity).
// `validAt`: judge the signer's certificate at that time rather than now: the time a store recorded the
// filing, so that a declaration kept for years stays readable after its signer's certificate expired.
Result<OpenedEnvelope> open(QByteArrayView envelope, const Identity& recipient,
                            const QList<Certificate>& trustAnchors = {},
                            const std::optional<QDateTime>& validAt = std::nullopt);

// Opens `envelope` as `recipient` (full verification), then encrypts the declarant's SignedData, byte for
// byte unchanged, for `recipients` (the complete list of the new envelope): the original signature stays
// verifiable by every new recipient.
Result<QByteArray> forward(QByteArrayView envelope, const Identity& recipient,
                           const QList<Certificate>& recipients, const QList<Certificate>& trustAnchors = {},
                           const std::optional<QDateTime>& validAt = std::nullopt);

} // namespace Envelope

} // namespace probitas::crypto
