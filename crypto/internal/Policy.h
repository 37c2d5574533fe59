#pragma once

// PRIVATE to probitas_crypto. The ANSSI algorithm policy and certificate checks, in one place so seal,
// open, forward and receipts apply exactly the same rules.

#include "internal/OpenSsl.h"

#include <optional>

namespace probitas::crypto::detail {

// Sealing checks our inputs (a failure is a broken rule: ErrorKind::Invalid for algorithms); opening
// checks what we received (a failure makes the data unverifiable: ErrorKind::Integrity).
enum class Phase { Seal, Open };

enum class Usage {
    Sign,    // digitalSignature or nonRepudiation
    Receive, // keyAgreement for EC P-256, keyEncipherment for RSA
};

// P-256, or RSA of at least 3072 bits. `who` names the key's role in the message ("recipient", ...).
Status checkApprovedKey(const EVP_PKEY* key, Phase phase, const QString& who);

// keyUsage (required to be present) allows `usage` for this key type.
Status checkKeyUsage(X509* certificate, Usage usage, Phase phase, const QString& who);

// Path to one of `anchors` (a partial chain is fine: an anchor need not be self-signed), validity at `at`
// (seconds since the epoch; probitas::Clock::nowUtc() when absent), CA flags. `untrusted` may hold
// intermediates (may be null).
Status verifyChain(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors,
                   Usage usage, const QString& who, std::optional<qint64> at = std::nullopt);

// Successful path validations (X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_X509_STRICT), remembered by
// (certificate, anchors, intermediates) with the chain's common validity window. Whether the path is known
// valid at `at` (seconds since the epoch), or at some time when `at` is absent: verifyChain and
// Signature::verifySigner (whose check may ignore time) skip X509_verify_cert then.
bool isKnownPath(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors,
                 std::optional<qint64> at);
// Remembers the chain of `verified`, a context in which X509_verify_cert succeeded.
void rememberPath(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors,
                  X509_STORE_CTX* verified);

// All of the above for a certificate we seal to, sign with or accept a signature from.
Status checkCertificate(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors,
                        Usage usage, Phase phase, const QString& who,
                        std::optional<qint64> at = std::nullopt);

// The SignerInfo uses SHA-256 and ECDSA, RSA PKCS#1 v1.5 or RSA-PSS (SHA-256, MGF1-SHA-256), with an
// approved key. The signer certificate must already be attached to `signerInfo`.
Status checkSignerAlgorithms(CMS_SignerInfo* signerInfo, Phase phase);

// Our RecipientInfo uses RSA-OAEP (SHA-256, MGF1-SHA-256) or ECDH with the SHA-256 KDF and AES-256 wrap.
Status checkRecipientAlgorithms(CMS_RecipientInfo* recipientInfo);

Error policyError(Phase phase, const QString& message);

} // namespace probitas::crypto::detail
