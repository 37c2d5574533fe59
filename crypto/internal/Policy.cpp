#include "internal/Policy.h"

#include "Clock.h"

#include <QHash>
#include <QMutex>
#include <openssl/rsa.h>
#include <openssl/x509v3.h>

namespace probitas::crypto::detail {

Error policyError(Phase phase, const QString& message)
{
    return makeError(phase == Phase::Seal ? ErrorKind::Invalid : ErrorKind::Integrity, message,
                     errors::UnapprovedAlgorithm);
}

Status checkApprovedKey(const EVP_PKEY* key, Phase phase, const QString& who)
{
    if (!key) {
        return policyError(phase, QCoreApplication::translate("crypto", "%1: no public key").arg(who));
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1 &&
            OBJ_sn2nid(group) == NID_X9_62_prime256v1) {
            return success();
        }
        return policyError(
            phase, QCoreApplication::translate("crypto", "%1: elliptic curve %2 is not approved (P-256 only)")
                       .arg(who, QString::fromLatin1(group)));
    }
    if (EVP_PKEY_is_a(key, "RSA")) {
        const int bits = EVP_PKEY_get_bits(key);
        if (bits >= 3072) {
            return success();
        }
        return policyError(phase, QCoreApplication::translate(
                                      "crypto", "%1: RSA key of %2 bits is not approved (3072 bits at least)")
                                      .arg(who)
                                      .arg(bits));
    }
    return policyError(phase, QCoreApplication::translate(
                                  "crypto", "%1: key type %2 is not approved (P-256 or RSA >= 3072 only)")
                                  .arg(who, QString::fromLatin1(EVP_PKEY_get0_type_name(key))));
}

Status checkKeyUsage(X509* certificate, Usage usage, Phase phase, const QString& who)
{
    Q_UNUSED(phase)
    const uint32_t bits = X509_get_key_usage(certificate);
    if (bits == UINT32_MAX) {
        // No keyUsage extension would allow everything (RFC 5280); we want the issuer to have said so.
        return makeError(
            ErrorKind::Integrity,
            QCoreApplication::translate("crypto", "%1: the certificate has no keyUsage extension").arg(who),
            errors::KeyUsage);
    }
    const EVP_PKEY* key = X509_get0_pubkey(certificate);
    uint32_t required = 0;
    if (usage == Usage::Sign) {
        if (bits & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) {
            return success();
        }
        required = KU_DIGITAL_SIGNATURE;
    } else {
        required = key && EVP_PKEY_is_a(key, "RSA") ? KU_KEY_ENCIPHERMENT : KU_KEY_AGREEMENT;
        if (bits & required) {
            return success();
        }
    }
    const QString name = required == KU_DIGITAL_SIGNATURE  ? QStringLiteral("digitalSignature")
                         : required == KU_KEY_ENCIPHERMENT ? QStringLiteral("keyEncipherment")
                                                           : QStringLiteral("keyAgreement");
    return makeError(
        ErrorKind::Integrity,
        QCoreApplication::translate("crypto", "%1: the certificate does not allow %2").arg(who, name),
        errors::KeyUsage);
}

namespace {

// Successful path validations, remembered by (certificate, anchors, intermediates) digest with the
// chain's common validity window: certificates are immutable, so only the time needs checking again.
// This keeps repeated seals to the same recipients from paying one ECDSA verification per certificate.
struct CachedPath
{
    qint64 validFrom = 0;
    qint64 validUntil = 0;
};

QMutex& cacheMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QByteArray, CachedPath>& pathCache()
{
    static QHash<QByteArray, CachedPath> cache;
    return cache;
}

QByteArray certificateDigest(X509* certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
}

QByteArray pathKey(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors)
{
    QByteArray material = certificateDigest(certificate);
    material += "|anchors";
    for (const Certificate& anchor : anchors) {
        material += anchor.sha256Fingerprint();
    }
    material += "|untrusted";
    for (int i = 0; untrusted && i < sk_X509_num(untrusted); ++i) {
        material += certificateDigest(sk_X509_value(untrusted, i));
    }
    return sha256(material);
}

qint64 toEpoch(const ASN1_TIME* time)
{
    const QDateTime value = toDateTime(time);
    return value.isValid() ? value.toSecsSinceEpoch() : 0;
}

} // namespace

bool isKnownPath(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors,
                 std::optional<qint64> at)
{
    const QByteArray key = pathKey(certificate, untrusted, anchors);
    QMutexLocker lock(&cacheMutex());
    const auto cached = pathCache().constFind(key);
    return cached != pathCache().constEnd() &&
           (!at || (*at >= cached->validFrom && *at <= cached->validUntil));
}

void rememberPath(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors,
                  X509_STORE_CTX* verified)
{
    CachedPath window{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()};
    STACK_OF(X509)* chain = X509_STORE_CTX_get0_chain(verified);
    for (int i = 0; i < sk_X509_num(chain); ++i) {
        X509* link = sk_X509_value(chain, i);
        window.validFrom = qMax(window.validFrom, toEpoch(X509_get0_notBefore(link)));
        window.validUntil = qMin(window.validUntil, toEpoch(X509_get0_notAfter(link)));
    }
    const QByteArray key = pathKey(certificate, untrusted, anchors);
    QMutexLocker lock(&cacheMutex());
    // Room for every certificate of a directory of the whole judiciary (9,000 people), as Certificate.cpp.
    if (pathCache().size() > 16384) {
        pathCache().clear();
    }
    pathCache().insert(key, window);
}

Status verifyChain(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors,
                   Usage usage, const QString& who, std::optional<qint64> at)
{
    const qint64 now = at.value_or(Clock::nowUtc().toSecsSinceEpoch());
    if (isKnownPath(certificate, untrusted, anchors, now)) {
        return success();
    }

    StorePtr store(X509_STORE_new());
    for (const Certificate& anchor : anchors) {
        if (X509* x509 = x509Of(anchor)) {
            X509_STORE_add_cert(store.get(), x509);
        }
    }
    StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !context || X509_STORE_CTX_init(context.get(), store.get(), certificate, untrusted) != 1) {
        drainOpenSslErrors("verifyChain init");
        return makeError(ErrorKind::Environment,
                         QCoreApplication::translate("crypto", "cannot set up certificate verification"),
                         errors::Internal);
    }
    X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_flags(parameters, X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_X509_STRICT);
    X509_VERIFY_PARAM_set_time(parameters, static_cast<time_t>(now));

    const int verified = X509_verify_cert(context.get());
    const int reason = X509_STORE_CTX_get_error(context.get());
    drainOpenSslErrors("verifyChain");
    if (verified == 1) {
        rememberPath(certificate, untrusted, anchors, context.get());
        return success();
    }

    const QString detail = QString::fromLatin1(X509_verify_cert_error_string(reason));
    switch (reason) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "%1: the certificate has expired").arg(who),
                         errors::ExpiredCertificate);
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return makeError(
            ErrorKind::Integrity,
            QCoreApplication::translate("crypto", "%1: the certificate is not yet valid").arg(who),
            errors::NotYetValidCertificate);
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_CERT_SIGNATURE_FAILURE:
        if (usage == Usage::Sign) {
            return makeError(ErrorKind::Integrity,
                             QCoreApplication::translate(
                                 "crypto", "%1: the certificate was not issued by a trusted authority (%2)")
                                 .arg(who, detail),
                             errors::UnknownSigner);
        }
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate(
                             "crypto", "%1: the certificate was not issued by a trusted authority (%2)")
                             .arg(who, detail),
                         errors::UntrustedCertificate);
    default:
        return makeError(
            ErrorKind::Integrity,
            QCoreApplication::translate("crypto", "%1: invalid certificate (%2)").arg(who, detail),
            errors::InvalidCertificate);
    }
}

Status checkCertificate(X509* certificate, STACK_OF(X509) * untrusted, const QList<Certificate>& anchors,
                        Usage usage, Phase phase, const QString& who, std::optional<qint64> at)
{
    if (!certificate) {
        return makeError(ErrorKind::Unusable,
                         QCoreApplication::translate("crypto", "%1: no certificate").arg(who),
                         errors::Malformed);
    }
    if (Status approved = checkApprovedKey(X509_get0_pubkey(certificate), phase, who); !approved) {
        return approved;
    }
    if (Status allowed = checkKeyUsage(certificate, usage, phase, who); !allowed) {
        return allowed;
    }
    return verifyChain(certificate, untrusted, anchors, usage, who, at);
}

namespace {

// The hash named by an AlgorithmIdentifier parameter that is itself an AlgorithmIdentifier
// (MGF1's parameter), or NID_undef.
int nestedAlgorithmNid(const X509_ALGOR* outer)
{
    const ASN1_OBJECT* object = nullptr;
    int parameterType = 0;
    const void* parameter = nullptr;
    X509_ALGOR_get0(&object, &parameterType, &parameter, outer);
    if (parameterType != V_ASN1_SEQUENCE || !parameter) {
        return NID_undef;
    }
    const auto* sequence = static_cast<const ASN1_STRING*>(parameter);
    const unsigned char* cursor = ASN1_STRING_get0_data(sequence);
    AlgorPtr inner(d2i_X509_ALGOR(nullptr, &cursor, ASN1_STRING_length(sequence)));
    if (!inner) {
        return NID_undef;
    }
    const ASN1_OBJECT* innerObject = nullptr;
    X509_ALGOR_get0(&innerObject, nullptr, nullptr, inner.get());
    return OBJ_obj2nid(innerObject);
}

int algorithmNid(const X509_ALGOR* algorithm)
{
    const ASN1_OBJECT* object = nullptr;
    X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
    return OBJ_obj2nid(object);
}

// hashFunc and maskGenFunc (MGF1 over which hash) of an RSA-OAEP or RSA-PSS parameter block. Absent
// fields mean SHA-1 (RFC 4055), which is refused.
bool sha256Everywhere(const X509_ALGOR* hash, const X509_ALGOR* maskGenerator)
{
    if (!hash || algorithmNid(hash) != NID_sha256) {
        return false;
    }
    if (!maskGenerator || algorithmNid(maskGenerator) != NID_mgf1) {
        return false;
    }
    return nestedAlgorithmNid(maskGenerator) == NID_sha256;
}

template <typename Parameters>
Parameters* unpackParameters(const X509_ALGOR* algorithm, const ASN1_ITEM* item)
{
    int parameterType = 0;
    const void* parameter = nullptr;
    X509_ALGOR_get0(nullptr, &parameterType, &parameter, algorithm);
    if (parameterType != V_ASN1_SEQUENCE || !parameter) {
        return nullptr;
    }
    const auto* sequence = static_cast<const ASN1_STRING*>(parameter);
    return static_cast<Parameters*>(ASN1_item_unpack(sequence, item));
}

} // namespace

Status checkSignerAlgorithms(CMS_SignerInfo* signerInfo, Phase phase)
{
    EVP_PKEY* key = nullptr;
    X509* signer = nullptr;
    X509_ALGOR* digest = nullptr;
    X509_ALGOR* signature = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, &key, &signer, &digest, &signature);
    const QString who = QCoreApplication::translate("crypto", "signer");
    if (!digest || algorithmNid(digest) != NID_sha256) {
        return policyError(phase,
                           QCoreApplication::translate("crypto", "the signature uses digest %1, not SHA-256")
                               .arg(QString::fromLatin1(OBJ_nid2sn(digest ? algorithmNid(digest) : 0))));
    }
    if (Status approved = checkApprovedKey(key, phase, who); !approved) {
        return approved;
    }
    const int signatureNid = signature ? algorithmNid(signature) : NID_undef;
    if (EVP_PKEY_is_a(key, "EC")) {
        if (signatureNid == NID_ecdsa_with_SHA256 || signatureNid == NID_X9_62_id_ecPublicKey) {
            return success();
        }
    } else if (EVP_PKEY_is_a(key, "RSA")) {
        if (signatureNid == NID_rsaEncryption || signatureNid == NID_sha256WithRSAEncryption) {
            return success();
        }
        if (signatureNid == NID_rsassaPss) {
            RSA_PSS_PARAMS* pss = unpackParameters<RSA_PSS_PARAMS>(signature, ASN1_ITEM_rptr(RSA_PSS_PARAMS));
            const bool good = pss && sha256Everywhere(pss->hashAlgorithm, pss->maskGenAlgorithm);
            RSA_PSS_PARAMS_free(pss);
            if (good) {
                return success();
            }
        }
    }
    return policyError(phase, QCoreApplication::translate("crypto", "signature algorithm %1 is not approved")
                                  .arg(QString::fromLatin1(OBJ_nid2sn(signatureNid))));
}

Status checkRecipientAlgorithms(CMS_RecipientInfo* recipientInfo)
{
    const Phase phase = Phase::Open;
    switch (CMS_RecipientInfo_type(recipientInfo)) {
    case CMS_RECIPINFO_TRANS: {
        EVP_PKEY* key = nullptr;
        X509* recipient = nullptr;
        X509_ALGOR* algorithm = nullptr;
        CMS_RecipientInfo_ktri_get0_algs(recipientInfo, &key, &recipient, &algorithm);
        if (algorithm && algorithmNid(algorithm) == NID_rsaesOaep) {
            RSA_OAEP_PARAMS* oaep =
                unpackParameters<RSA_OAEP_PARAMS>(algorithm, ASN1_ITEM_rptr(RSA_OAEP_PARAMS));
            const bool good = oaep && sha256Everywhere(oaep->hashFunc, oaep->maskGenFunc);
            RSA_OAEP_PARAMS_free(oaep);
            if (good) {
                return success();
            }
            return policyError(
                phase, QCoreApplication::translate("crypto", "RSA-OAEP must use SHA-256 and MGF1-SHA-256"));
        }
        return policyError(
            phase, QCoreApplication::translate("crypto", "RSA key transport without OAEP is not approved"));
    }
    case CMS_RECIPINFO_AGREE: {
        X509_ALGOR* algorithm = nullptr;
        ASN1_OCTET_STRING* userKeyingMaterial = nullptr;
        if (CMS_RecipientInfo_kari_get0_alg(recipientInfo, &algorithm, &userKeyingMaterial) != 1 ||
            !algorithm) {
            return policyError(phase,
                               QCoreApplication::translate("crypto", "key agreement without an algorithm"));
        }
        if (algorithmNid(algorithm) != NID_dhSinglePass_stdDH_sha256kdf_scheme) {
            return policyError(
                phase, QCoreApplication::translate(
                           "crypto", "key agreement %1 is not approved (ECDH with the SHA-256 KDF only)")
                           .arg(QString::fromLatin1(OBJ_nid2sn(algorithmNid(algorithm)))));
        }
        if (nestedAlgorithmNid(algorithm) != NID_id_aes256_wrap) {
            return policyError(phase, QCoreApplication::translate("crypto", "key wrap must be AES-256"));
        }
        return success();
    }
    default:
        return policyError(phase, QCoreApplication::translate("crypto", "recipient type not supported"));
    }
}

} // namespace probitas::crypto::detail
