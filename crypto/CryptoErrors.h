#pragma once

#include <QLatin1StringView>

// The stable reasons (Error::code) the crypto layer reports. Tests and logs match on these, never on the
// translated message. docs/crypto.md lists which ErrorKind (hence CLI exit code) goes with each.
namespace probitas::crypto::errors {

// Input that is not what it claims to be: empty, truncated, not DER, not a CMS envelope.
inline constexpr QLatin1StringView Malformed("crypto.malformed");
// The identity's certificate matches none of the envelope's recipients (ErrorKind::AccessDenied).
inline constexpr QLatin1StringView NotRecipient("crypto.not-recipient");
// Authenticated decryption failed: the envelope was modified (ErrorKind::Integrity).
inline constexpr QLatin1StringView Tampered("crypto.tampered");
// Decrypted, but the content is not a signed message (ErrorKind::Integrity).
inline constexpr QLatin1StringView NotSigned("crypto.not-signed");
// The signature does not verify (ErrorKind::Integrity).
inline constexpr QLatin1StringView BadSignature("crypto.bad-signature");
// The signer's (or a recipient's) certificate does not chain to a trust anchor.
inline constexpr QLatin1StringView UnknownSigner("crypto.unknown-signer");
inline constexpr QLatin1StringView UntrustedCertificate("crypto.untrusted-certificate");
// Certificate validity dates, checked against probitas::Clock.
inline constexpr QLatin1StringView ExpiredCertificate("crypto.expired-certificate");
inline constexpr QLatin1StringView NotYetValidCertificate("crypto.not-yet-valid-certificate");
// Any other certificate path failure (bad CA flags, broken signature on a certificate...).
inline constexpr QLatin1StringView InvalidCertificate("crypto.invalid-certificate");
// The certificate's keyUsage does not allow the operation (sign, key agreement, key encipherment).
inline constexpr QLatin1StringView KeyUsage("crypto.key-usage");
// Not ANSSI-approved: a key other than P-256 / RSA >= 3072, a digest other than SHA-256, a cipher other
// than AES-256-GCM, RSA without OAEP, an ECDH KDF other than SHA-256.
inline constexpr QLatin1StringView UnapprovedAlgorithm("crypto.unapproved-algorithm");
// Signed attributes must carry the signing time.
inline constexpr QLatin1StringView MissingSigningTime("crypto.missing-signing-time");
// PKCS#12.
inline constexpr QLatin1StringView WrongPassphrase("crypto.wrong-passphrase");
inline constexpr QLatin1StringView WeakPassphrase("crypto.weak-passphrase");
inline constexpr QLatin1StringView KeyMismatch("crypto.key-mismatch");
inline constexpr QLatin1StringView NotCertificateAuthority("crypto.not-a-ca");
// Sealing arguments.
inline constexpr QLatin1StringView NoRecipients("crypto.no-recipients");
// Receipts.
inline constexpr QLatin1StringView ReceiptMismatch("crypto.receipt-mismatch");
inline constexpr QLatin1StringView NotAReceipt("crypto.not-a-receipt");
// A receipt signed by someone else than the authority expected, naming another authority id or another
// certificate than its signer's, or signed by the declarant it names (ErrorKind::Integrity).
inline constexpr QLatin1StringView ReceiptWrongAuthority("crypto.receipt-wrong-authority");
// A version 1 receipt, which names no authority, where the authority it comes from must be proved
// (ErrorKind::Integrity).
inline constexpr QLatin1StringView ReceiptNamesNoAuthority("crypto.receipt-names-no-authority");
// Start-up.
inline constexpr QLatin1StringView LibraryTooOld("crypto.library-too-old");
inline constexpr QLatin1StringView SelfTestFailed("crypto.self-test-failed");
inline constexpr QLatin1StringView HardeningFailed("crypto.hardening-failed");
// Files and unexpected library failures.
inline constexpr QLatin1StringView Io("crypto.io");
inline constexpr QLatin1StringView Internal("crypto.internal");

} // namespace probitas::crypto::errors
