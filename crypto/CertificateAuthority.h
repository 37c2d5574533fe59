#pragma once

#include "Identity.h"
#include "Result.h"

#include <QString>

namespace probitas::crypto {

// Approved key algorithms for identities we generate.
enum class KeyAlgorithm {
    EcP256,  // ECDSA P-256 to sign, ECDH P-256 to receive (keyUsage digitalSignature + keyAgreement)
    Rsa3072, // RSA-PSS to sign, RSA-OAEP to receive (keyUsage digitalSignature + keyEncipherment)
};

struct CertificateRequest
{
    QString commonName;   // e.g. "Marie Dupont" or "Service des déclarations, CSM"
    QString organisation; // O=; empty for none
    KeyAlgorithm algorithm = KeyAlgorithm::EcP256;
    int validityDays = 730;
};

// A local PKI for deployments without one: a self-signed organisation CA (P-256, pathlen 0) that issues
// the certificates of declarants and authorities. Validity starts at probitas::Clock::nowUtc() (minus five
// minutes of tolerated clock skew) and never outlasts the CA's own certificate.
namespace CertificateAuthority {

// A new CA: the identity's certificate is the self-signed CA certificate (its own trust anchor).
Result<Identity> createRoot(const QString& commonName, const QString& organisation, int validityDays = 3650);

// A new key pair and certificate signed by `ca`. The result carries the CA's certificate(s) as its
// caCertificates, which become the holder's default trust anchors.
Result<Identity> issue(const Identity& ca, const CertificateRequest& request);

} // namespace CertificateAuthority

} // namespace probitas::crypto
