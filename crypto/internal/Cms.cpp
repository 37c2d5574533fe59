#include "internal/Cms.h"

#include "Clock.h"
#include "internal/Der.h"

#include <openssl/rsa.h>

namespace probitas::crypto::detail {

// How far a signer's clock may run ahead of the store's before a signing time is refused as later than the
// filing it belongs to.
constexpr qint64 kClockSkewSeconds = 300;

namespace {

Error internalError(const char* context, const QString& message)
{
    drainOpenSslErrors(context);
    return makeError(ErrorKind::Environment, message, errors::Internal);
}

QDateTime signingTimeOf(CMS_SignerInfo* signerInfo)
{
    const int index = CMS_signed_get_attr_by_NID(signerInfo, NID_pkcs9_signingTime, -1);
    if (index < 0) {
        return {};
    }
    X509_ATTRIBUTE* attribute = CMS_signed_get_attr(signerInfo, index);
    if (!attribute || X509_ATTRIBUTE_count(attribute) != 1) {
        return {};
    }
    const ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME)) {
        return {};
    }
    return toDateTime(value->value.utctime); // both time types share the ASN1_TIME layout
}

} // namespace

Result<SecureBytes> signAttached(QByteArrayView content, const Identity& signer,
                                 const QList<Certificate>& anchors)
{
    X509* certificate = x509Of(signer.certificate());
    EVP_PKEY* key = keyOf(signer);
    if (!certificate || !key) {
        return makeError(ErrorKind::Invalid, QCoreApplication::translate("crypto", "no signing identity"),
                         errors::Internal);
    }
    X509StackPtr intermediates = toStack(signer.caCertificates());
    if (Status usable = checkCertificate(certificate, intermediates.get(), anchors, Usage::Sign, Phase::Seal,
                                         QCoreApplication::translate("crypto", "signer"));
        !usable) {
        return usable.error();
    }
    const bool rsa = EVP_PKEY_is_a(key, "RSA");
    CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_BINARY | CMS_PARTIAL));
    const unsigned int flags = CMS_BINARY | CMS_NOSMIMECAP | (rsa ? CMS_KEY_PARAM : 0U);
    CMS_SignerInfo* signerInfo =
        cms ? CMS_add1_signer(cms.get(), certificate, key, EVP_sha256(), flags) : nullptr;
    if (!signerInfo) {
        return internalError("CMS_add1_signer",
                             QCoreApplication::translate("crypto", "cannot prepare the signature"));
    }
    if (rsa) {
        // RSA signs with PSS (SHA-256, MGF1-SHA-256, salt = digest length), ANSSI's preferred padding.
        EVP_PKEY_CTX* context = CMS_SignerInfo_get0_pkey_ctx(signerInfo);
        if (!context || EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) != 1 ||
            EVP_PKEY_CTX_set_rsa_pss_saltlen(context, RSA_PSS_SALTLEN_DIGEST) != 1 ||
            EVP_PKEY_CTX_set_rsa_mgf1_md(context, EVP_sha256()) != 1) {
            return internalError("RSA-PSS",
                                 QCoreApplication::translate("crypto", "cannot prepare the signature"));
        }
    }
    // The signing time comes from probitas::Clock, not from the system clock OpenSSL would read.
    ASN1_TIME* time = ASN1_TIME_set(nullptr, static_cast<time_t>(Clock::nowUtc().toSecsSinceEpoch()));
    const bool timed =
        time && CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_signingTime, time->type, time, -1) == 1;
    ASN1_TIME_free(time);
    if (!timed) {
        return internalError("signingTime",
                             QCoreApplication::translate("crypto", "cannot prepare the signature"));
    }
    BioPtr in = readBio(content);
    if (CMS_final(cms.get(), in.get(), nullptr, CMS_BINARY) != 1) {
        return internalError("CMS_final(sign)", QCoreApplication::translate("crypto", "cannot sign"));
    }
    SecureBytes der = cmsToSecureDer(cms.get());
    if (der.isEmpty()) {
        return internalError("i2d signed", QCoreApplication::translate("crypto", "cannot sign"));
    }
    return der;
}

Result<VerifiedSignature> verifyAttached(QByteArrayView signedData, const QList<Certificate>& anchors,
                                         const std::optional<QDateTime>& validAt)
{
    auto notSigned = [](const QString& why) {
        return makeError(
            ErrorKind::Integrity,
            QCoreApplication::translate("crypto", "the content is not a valid signed message: %1").arg(why),
            errors::NotSigned);
    };
    CmsPtr cms = cmsFromDer(signedData);
    if (!cms) {
        drainOpenSslErrors("d2i signed");
        return notSigned(QCoreApplication::translate("crypto", "not CMS"));
    }
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        return notSigned(QCoreApplication::translate("crypto", "not SignedData"));
    }
    if (OBJ_obj2nid(CMS_get0_eContentType(cms.get())) != NID_pkcs7_data) {
        return notSigned(QCoreApplication::translate("crypto", "unexpected content type"));
    }
    ASN1_OCTET_STRING** embedded = CMS_get0_content(cms.get());
    if (!embedded || !*embedded) {
        return notSigned(QCoreApplication::translate("crypto", "detached signature"));
    }
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1) {
        return notSigned(QCoreApplication::translate("crypto", "exactly one signer expected"));
    }
    CMS_SignerInfo* signerInfo = sk_CMS_SignerInfo_value(signerInfos, 0);
    // Attach the signer's certificate from the message's own certificate set.
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    drainOpenSslErrors("CMS_set1_signers_certs");
    X509* signer = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, &signer, nullptr, nullptr);
    if (!signer) {
        return makeError(
            ErrorKind::Integrity,
            QCoreApplication::translate("crypto", "the signer's certificate is not in the message"),
            errors::UnknownSigner);
    }
    if (Status approved = checkSignerAlgorithms(signerInfo, Phase::Open); !approved) {
        return approved.error();
    }
    const QDateTime signingTime = signingTimeOf(signerInfo);
    if (!signingTime.isValid()) {
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "the signature carries no signing time"),
                         errors::MissingSigningTime);
    }
    BioPtr out = writeBio();
    // Signature only here; the chain is checked below by our own code, so expiry, unknown CA and
    // keyUsage each get their own error and probitas::Clock decides what "now" is.
    const int verified =
        CMS_verify(cms.get(), nullptr, nullptr, nullptr, out.get(), CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY);
    if (verified != 1) {
        wipeBio(out.get());
        drainOpenSslErrors("CMS_verify");
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "the signature does not verify"),
                         errors::BadSignature);
    }
    STACK_OF(X509)* rawCertificates = CMS_get1_certs(cms.get());
    X509StackPtr certificates(rawCertificates);
    // A signature filed long ago is judged at the time it was filed (its certificate may have expired since;
    // retention lasts years): it cannot claim to have been made after that time.
    std::optional<qint64> at;
    if (validAt) {
        at = validAt->toSecsSinceEpoch();
        if (signingTime.toSecsSinceEpoch() > *at + kClockSkewSeconds) {
            wipeBio(out.get());
            return makeError(
                ErrorKind::Integrity,
                QCoreApplication::translate("crypto", "the signature claims to be later than its filing"),
                errors::BadSignature);
        }
    }
    if (Status trusted = checkCertificate(signer, certificates.get(), anchors, Usage::Sign, Phase::Open,
                                          QCoreApplication::translate("crypto", "signer"), at);
        !trusted) {
        wipeBio(out.get());
        return trusted.error();
    }
    VerifiedSignature result{bioSecureBytes(out.get()), certificateFrom(signer), signingTime};
    wipeBio(out.get());
    return result;
}

Certificate claimedSigner(QByteArrayView signedData)
{
    CmsPtr cms = cmsFromDer(signedData);
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
        drainOpenSslErrors("d2i claimed signer");
        return {};
    }
    STACK_OF(CMS_SignerInfo)* signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1) {
        return {};
    }
    CMS_set1_signers_certs(cms.get(), nullptr, 0);
    drainOpenSslErrors("CMS_set1_signers_certs");
    X509* signer = nullptr;
    CMS_SignerInfo_get0_algs(sk_CMS_SignerInfo_value(signerInfos, 0), nullptr, &signer, nullptr, nullptr);
    return signer ? certificateFrom(signer) : Certificate();
}

Result<QList<Certificate>> checkRecipients(const QList<Certificate>& recipients,
                                           const QList<Certificate>& anchors)
{
    QList<Certificate> unique;
    for (const Certificate& recipient : recipients) {
        if (recipient.isNull()) {
            return makeError(ErrorKind::Invalid,
                             QCoreApplication::translate("crypto", "empty recipient certificate"),
                             errors::Malformed);
        }
        if (unique.contains(recipient)) {
            continue;
        }
        const QString who =
            QCoreApplication::translate("crypto", "recipient \"%1\"").arg(recipient.commonName());
        if (Status usable =
                checkCertificate(x509Of(recipient), nullptr, anchors, Usage::Receive, Phase::Seal, who);
            !usable) {
            return usable.error();
        }
        unique << recipient;
    }
    if (unique.isEmpty()) {
        return makeError(ErrorKind::Invalid, QCoreApplication::translate("crypto", "no recipient"),
                         errors::NoRecipients);
    }
    return unique;
}

Result<QByteArray> encryptFor(QByteArrayView content, const QList<Certificate>& recipients)
{
    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    CmsPtr cms(
        cipher ? CMS_encrypt_ex(nullptr, nullptr, cipher.get(), CMS_BINARY | CMS_PARTIAL, nullptr, nullptr)
               : nullptr);
    if (!cms) {
        return internalError("CMS_encrypt",
                             QCoreApplication::translate("crypto", "cannot prepare the envelope"));
    }
    for (const Certificate& recipient : recipients) {
        X509* certificate = x509Of(recipient);
        CMS_RecipientInfo* info = CMS_add1_recipient_cert(cms.get(), certificate, CMS_KEY_PARAM);
        EVP_PKEY_CTX* context = info ? CMS_RecipientInfo_get0_pkey_ctx(info) : nullptr;
        if (!context) {
            return internalError("CMS_add1_recipient_cert",
                                 QCoreApplication::translate("crypto", "cannot add a recipient"));
        }
        bool configured = false;
        if (CMS_RecipientInfo_type(info) == CMS_RECIPINFO_TRANS) {
            configured = EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_OAEP_PADDING) == 1 &&
                         EVP_PKEY_CTX_set_rsa_oaep_md(context, EVP_sha256()) == 1 &&
                         EVP_PKEY_CTX_set_rsa_mgf1_md(context, EVP_sha256()) == 1;
        } else if (CMS_RecipientInfo_type(info) == CMS_RECIPINFO_AGREE) {
            // OpenSSL's default KDF for ECDH in CMS is SHA-1.
            configured = EVP_PKEY_CTX_set_ecdh_kdf_md(context, EVP_sha256()) == 1;
        }
        if (!configured) {
            return internalError("recipient parameters",
                                 QCoreApplication::translate("crypto", "cannot add a recipient"));
        }
    }
    BioPtr in = readBio(content);
    if (CMS_final(cms.get(), in.get(), nullptr, CMS_BINARY) != 1) {
        return internalError("CMS_final(encrypt)", QCoreApplication::translate("crypto", "cannot encrypt"));
    }
    QByteArray der = cmsToDer(cms.get());
    if (der.isEmpty()) {
        return internalError("i2d envelope", QCoreApplication::translate("crypto", "cannot encrypt"));
    }
    return der;
}

Result<SecureBytes> decryptFor(QByteArrayView envelope, const Identity& recipient)
{
    X509* certificate = x509Of(recipient.certificate());
    EVP_PKEY* key = keyOf(recipient);
    if (!certificate || !key) {
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("crypto", "no identity to open with"), errors::Internal);
    }
    if (envelope.isEmpty()) {
        return makeError(ErrorKind::Unusable, QCoreApplication::translate("crypto", "the envelope is empty"),
                         errors::Malformed);
    }
    CmsPtr cms = cmsFromDer(envelope);
    if (!cms) {
        drainOpenSslErrors("d2i envelope");
        return makeError(ErrorKind::Unusable,
                         QCoreApplication::translate("crypto", "not a CMS envelope (truncated or damaged?)"),
                         errors::Malformed);
    }
    const int type = OBJ_obj2nid(CMS_get0_type(cms.get()));
    if (type == NID_pkcs7_enveloped) {
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate(
                             "crypto", "the envelope is not authenticated (EnvelopedData): refused"),
                         errors::UnapprovedAlgorithm);
    }
    if (type != NID_id_smime_ct_authEnvelopedData) {
        return makeError(ErrorKind::Unusable,
                         QCoreApplication::translate("crypto", "not an encrypted envelope"),
                         errors::Malformed);
    }
    if (Status shape = checkAuthEnvelopedShape(envelope); !shape) {
        return shape.error();
    }
    CMS_RecipientInfo* ours = nullptr;
    STACK_OF(CMS_RecipientInfo)* infos = CMS_get0_RecipientInfos(cms.get());
    for (int i = 0; !ours && i < sk_CMS_RecipientInfo_num(infos); ++i) {
        CMS_RecipientInfo* info = sk_CMS_RecipientInfo_value(infos, i);
        if (CMS_RecipientInfo_type(info) == CMS_RECIPINFO_TRANS) {
            if (CMS_RecipientInfo_ktri_cert_cmp(info, certificate) == 0) {
                ours = info;
            }
        } else if (CMS_RecipientInfo_type(info) == CMS_RECIPINFO_AGREE) {
            STACK_OF(CMS_RecipientEncryptedKey)* keys = CMS_RecipientInfo_kari_get0_reks(info);
            for (int k = 0; k < sk_CMS_RecipientEncryptedKey_num(keys); ++k) {
                if (CMS_RecipientEncryptedKey_cert_cmp(sk_CMS_RecipientEncryptedKey_value(keys, k),
                                                       certificate) == 0) {
                    ours = info;
                }
            }
        }
    }
    drainOpenSslErrors("recipient lookup");
    if (!ours) {
        return makeError(
            ErrorKind::AccessDenied,
            QCoreApplication::translate("crypto", "this identity is not a recipient of the envelope"),
            errors::NotRecipient);
    }
    if (Status approved = checkRecipientAlgorithms(ours); !approved) {
        return approved.error();
    }
    BioPtr out = writeBio();
    const int decrypted = CMS_decrypt(cms.get(), key, certificate, nullptr, out.get(), CMS_BINARY);
    if (decrypted != 1) {
        // Some 3.0 releases have already written unauthenticated plaintext here: destroy it unread.
        wipeBio(out.get());
        drainOpenSslErrors("CMS_decrypt");
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate(
                             "crypto", "the envelope has been tampered with (authentication failed)"),
                         errors::Tampered);
    }
    SecureBytes content = bioSecureBytes(out.get());
    wipeBio(out.get());
    return content;
}

} // namespace probitas::crypto::detail
