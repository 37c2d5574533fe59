#include "CertificateAuthority.h"

#include "Clock.h"
#include "internal/OpenSsl.h"
#include "internal/Policy.h"

#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace probitas::crypto::CertificateAuthority {

using namespace detail;

namespace {

constexpr qint64 kSkewSeconds = 300;

PkeyPtr generateKey(KeyAlgorithm algorithm)
{
    PkeyCtxPtr context(
        EVP_PKEY_CTX_new_from_name(nullptr, algorithm == KeyAlgorithm::EcP256 ? "EC" : "RSA", nullptr));
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1) {
        return {};
    }
    if (algorithm == KeyAlgorithm::EcP256) {
        if (EVP_PKEY_CTX_set_group_name(context.get(), "P-256") != 1) {
            return {};
        }
    } else if (EVP_PKEY_CTX_set_rsa_keygen_bits(context.get(), 3072) != 1) {
        return {};
    }
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_generate(context.get(), &key) != 1) {
        return {};
    }
    return PkeyPtr(key);
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_nconf_nid(nullptr, &context, nid, value);
    if (!extension) {
        return false;
    }
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

bool setName(X509_NAME* name, const QString& commonName, const QString& organisation)
{
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_NID(name, NID_commonName, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(cn.constData()),
                                   static_cast<int>(cn.size()), -1, 0) != 1) {
        return false;
    }
    if (!organisation.isEmpty()) {
        const QByteArray o = organisation.toUtf8();
        return X509_NAME_add_entry_by_NID(name, NID_organizationName, MBSTRING_UTF8,
                                          reinterpret_cast<const unsigned char*>(o.constData()),
                                          static_cast<int>(o.size()), -1, 0) == 1;
    }
    return true;
}

// A random positive 127-bit serial number (RFC 5280: at most 20 octets, unpredictable).
bool setRandomSerial(X509* certificate)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1) {
        return false;
    }
    bytes[0] &= 0x7F;
    bytes[0] |= 0x40; // no leading zero octet to strip
    BIGNUM* number = BN_bin2bn(bytes, sizeof bytes, nullptr);
    const bool ok = number && BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate)) != nullptr;
    BN_free(number);
    return ok;
}

Error failure(const char* context)
{
    drainOpenSslErrors(context);
    return makeError(ErrorKind::Environment,
                     QCoreApplication::translate("crypto", "cannot create the certificate"),
                     errors::Internal);
}

bool validRequest(const QString& commonName, int validityDays)
{
    return !commonName.trimmed().isEmpty() && commonName.size() <= 64 && validityDays > 0 &&
           validityDays <= 36500;
}

} // namespace

Result<Identity> createRoot(const QString& commonName, const QString& organisation, int validityDays)
{
    if (!validRequest(commonName, validityDays)) {
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate(
                             "crypto", "a CA needs a name (1 to 64 characters) and a positive validity"),
                         errors::Internal);
    }
    PkeyPtr key = generateKey(KeyAlgorithm::EcP256);
    X509Ptr certificate(X509_new());
    if (!key || !certificate) {
        return failure("createRoot key");
    }
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    X509* x = certificate.get();
    if (X509_set_version(x, X509_VERSION_3) != 1 || !setRandomSerial(x) ||
        !ASN1_TIME_set(X509_getm_notBefore(x), static_cast<time_t>(now - kSkewSeconds)) ||
        !ASN1_TIME_set(X509_getm_notAfter(x), static_cast<time_t>(now + qint64(validityDays) * 86400)) ||
        !setName(X509_get_subject_name(x), commonName, organisation) ||
        X509_set_issuer_name(x, X509_get_subject_name(x)) != 1 || X509_set_pubkey(x, key.get()) != 1 ||
        !addExtension(x, x, NID_basic_constraints, "critical,CA:TRUE,pathlen:0") ||
        !addExtension(x, x, NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(x, x, NID_subject_key_identifier, "hash") ||
        !addExtension(x, x, NID_authority_key_identifier, "keyid:always") ||
        X509_sign(x, key.get(), EVP_sha256()) <= 0) {
        return failure("createRoot");
    }
    return identityFrom(std::move(key), std::move(certificate), {});
}

Result<Identity> issue(const Identity& ca, const CertificateRequest& request)
{
    if (!validRequest(request.commonName, request.validityDays)) {
        return makeError(
            ErrorKind::Invalid,
            QCoreApplication::translate(
                "crypto", "a certificate needs a name (1 to 64 characters) and a positive validity"),
            errors::Internal);
    }
    X509* caCertificate = x509Of(ca.certificate());
    EVP_PKEY* caKey = keyOf(ca);
    if (!caCertificate || !caKey || X509_check_ca(caCertificate) == 0 ||
        !(X509_get_key_usage(caCertificate) & KU_KEY_CERT_SIGN)) {
        return makeError(
            ErrorKind::Invalid,
            QCoreApplication::translate("crypto", "this identity is not a certificate authority"),
            errors::NotCertificateAuthority);
    }
    if (Status approved = checkApprovedKey(caKey, Phase::Seal, QCoreApplication::translate("crypto", "CA"));
        !approved) {
        return approved.error();
    }
    // A CA past its end date would only issue certificates nobody can verify.
    if (Status valid = verifyChain(caCertificate, nullptr, ca.trustAnchors(), Usage::Sign,
                                   QCoreApplication::translate("crypto", "CA"));
        !valid) {
        return valid.error();
    }
    PkeyPtr key = generateKey(request.algorithm);
    X509Ptr certificate(X509_new());
    if (!key || !certificate) {
        return failure("issue key");
    }
    const qint64 now = Clock::nowUtc().toSecsSinceEpoch();
    const QDateTime caEnd = toDateTime(X509_get0_notAfter(caCertificate));
    const qint64 end = qMin(now + qint64(request.validityDays) * 86400, caEnd.toSecsSinceEpoch());
    const char* usage = request.algorithm == KeyAlgorithm::EcP256
                            ? "critical,digitalSignature,keyAgreement"
                            : "critical,digitalSignature,keyEncipherment";
    X509* x = certificate.get();
    if (X509_set_version(x, X509_VERSION_3) != 1 || !setRandomSerial(x) ||
        !ASN1_TIME_set(X509_getm_notBefore(x), static_cast<time_t>(now - kSkewSeconds)) ||
        !ASN1_TIME_set(X509_getm_notAfter(x), static_cast<time_t>(end)) ||
        !setName(X509_get_subject_name(x), request.commonName, request.organisation) ||
        X509_set_issuer_name(x, X509_get_subject_name(caCertificate)) != 1 ||
        X509_set_pubkey(x, key.get()) != 1 ||
        !addExtension(x, caCertificate, NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(x, caCertificate, NID_key_usage, usage) ||
        !addExtension(x, caCertificate, NID_subject_key_identifier, "hash") ||
        !addExtension(x, caCertificate, NID_authority_key_identifier, "keyid:always") ||
        X509_sign(x, caKey, EVP_sha256()) <= 0) {
        return failure("issue");
    }
    QList<Certificate> chain{ca.certificate()};
    for (const Certificate& upper : ca.caCertificates()) {
        if (!(upper == ca.certificate())) {
            chain << upper;
        }
    }
    return identityFrom(std::move(key), std::move(certificate), chain);
}

} // namespace probitas::crypto::CertificateAuthority
