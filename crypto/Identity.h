#pragma once

#include "Certificate.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace probitas::crypto {

namespace detail {
struct IdentityAccess;
}

// PKCS#12 protection of files we write: PBES2 / PBKDF2-HMAC-SHA256 / AES-256-CBC for the key bag, HMAC-SHA256
// MAC, each with this many iterations (OWASP 2023 floor for PBKDF2-SHA256). The product's figure; a test-only
// build (PROBITAS_TEST_PKCS12_ITERATIONS, CMakeLists.txt) may lower it, and says so in its --version.
inline constexpr int kProductPkcs12Iterations = 600000;
#ifdef PROBITAS_TEST_PKCS12_ITERATIONS
inline constexpr int kPkcs12Iterations = PROBITAS_TEST_PKCS12_ITERATIONS;
inline constexpr bool kTestOnlyBuild = true;
#else
inline constexpr int kPkcs12Iterations = kProductPkcs12Iterations;
inline constexpr bool kTestOnlyBuild = false;
#endif
// More iterations than any key file needs: a file asking for more is refused before its key derivation runs,
// since it could stall whoever opens it for hours.
inline constexpr long kPkcs12MaximumIterations = 10000000;
// Shortest passphrase accepted when writing a PKCS#12 file.
inline constexpr int kMinimumPassphraseLength = 12;

// How a PKCS#12 file was protected, as read from it: what a guess at its passphrase costs.
struct Pkcs12Protection
{
    long weakestIterations = 0; // of its MAC, encrypted parts and key bags: a guess is tested on the cheapest
    long strongestIterations = 0; // what opening it costs
    bool legacy = false;          // PKCS#12's own PBE (3DES, RC2) or another key derivation than PBKDF2
    // As Probitas writes them: PBES2 with PBKDF2 at kPkcs12Iterations or more throughout.
    bool meetsPolicy() const;
};

// A certificate and its private key, plus the CA certificates that came with it (the default trust
// anchors). The private key never leaves this object except encrypted: inside a passphrase-protected PKCS#12,
// or as an encrypted PKCS#8 for a TLS library that reads files (toEncryptedPkcs8Pem).
class Identity
{
public:
    Identity();

    // Opens PKCS#12 bytes (ours, or made by another tool such as `openssl pkcs12 -export`).
    // A wrong passphrase is ErrorKind::AccessDenied with code crypto.wrong-passphrase.
    static Result<Identity> fromPkcs12(QByteArrayView pkcs12, const SecureBytes& passphrase);
    static Result<Identity> load(const QString& path, const SecureBytes& passphrase);

    // PKCS#12 bytes protected as described at kPkcs12Iterations.
    Result<QByteArray> toPkcs12(const SecureBytes& passphrase) const;
    // The private key as PEM "ENCRYPTED PRIVATE KEY" (PKCS#8, PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC),
    // for libpq, which takes a client certificate's key from a file and its password as `sslpassword`. Meant
    // for a random one-time password (any length but empty): the iteration count is PBES2's default.
    Result<QByteArray> toEncryptedPkcs8Pem(const SecureBytes& password) const;
    // Writes the PKCS#12 atomically (QSaveFile), owner read/write only (0600).
    Status save(const QString& path, const SecureBytes& passphrase) const;
    // Re-protects the file at `path` under a new passphrase, atomically (fresh salts).
    static Status changePassphrase(const QString& path, const SecureBytes& current,
                                   const SecureBytes& replacement);

    bool isNull() const { return !d; }
    // How the file it was opened from was protected; nullopt for an identity made here.
    std::optional<Pkcs12Protection> protection() const;
    Certificate certificate() const;
    QList<Certificate> caCertificates() const;
    // The default trust anchors: the CA certificates, plus the identity's own certificate when it is a CA.
    QList<Certificate> trustAnchors() const;

private:
    struct Data;
    explicit Identity(std::shared_ptr<const Data> data);
    std::shared_ptr<const Data> d;
    friend struct detail::IdentityAccess;
};

} // namespace probitas::crypto
