#include "Signature.h"

#include "CryptoInit.h"
#include "internal/OpenSsl.h"
#include "internal/Policy.h"

#include <openssl/rsa.h>

namespace probitas::crypto::Signature {

using namespace detail;

namespace {

// RSA keys sign with PSS (salt = digest length), as CMS signatures do; EC keys with plain ECDSA.
bool configurePss(EVP_PKEY* key, EVP_PKEY_CTX* context)
{
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        return true;
    }
    return EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_PSS_PADDING) == 1 &&
           EVP_PKEY_CTX_set_rsa_pss_saltlen(context, RSA_PSS_SALTLEN_DIGEST) == 1 &&
           EVP_PKEY_CTX_set_rsa_mgf1_md(context, EVP_sha256()) == 1;
}

Error internalError(const char* where)
{
    drainOpenSslErrors(where);
    return makeError(ErrorKind::Environment,
                     QCoreApplication::translate("crypto", "cannot compute a signature"), errors::Internal);
}

} // namespace

Result<QByteArray> sign(QByteArrayView bytes, const Identity& signer)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    EVP_PKEY* key = signer.isNull() ? nullptr : keyOf(signer);
    if (!key) {
        return makeError(ErrorKind::Invalid, QCoreApplication::translate("crypto", "no signing identity"),
                         errors::Internal);
    }
    if (Status approved = checkApprovedKey(key, Phase::Seal, QCoreApplication::translate("crypto", "signer"));
        !approved) {
        return approved.error();
    }
    MdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr;
    if (!context || EVP_DigestSignInit(context.get(), &keyContext, EVP_sha256(), nullptr, key) != 1 ||
        !configurePss(key, keyContext)) {
        return internalError("EVP_DigestSignInit");
    }
    size_t length = 0;
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    if (EVP_DigestSign(context.get(), nullptr, &length, data, static_cast<size_t>(bytes.size())) != 1) {
        return internalError("EVP_DigestSign");
    }
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length, data,
                       static_cast<size_t>(bytes.size())) != 1) {
        return internalError("EVP_DigestSign");
    }
    signature.resize(static_cast<qsizetype>(length));
    return signature;
}

Status verify(QByteArrayView bytes, QByteArrayView signature, const Certificate& signer)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    X509* certificate = signer.isNull() ? nullptr : x509Of(signer);
    EVP_PKEY* key = certificate ? X509_get0_pubkey(certificate) : nullptr;
    if (!key) {
        return makeError(ErrorKind::Integrity, QCoreApplication::translate("crypto", "no signer certificate"),
                         errors::UnknownSigner);
    }
    if (Status approved = checkApprovedKey(key, Phase::Open, QCoreApplication::translate("crypto", "signer"));
        !approved) {
        return approved.error();
    }
    MdCtxPtr context(EVP_MD_CTX_new());
    EVP_PKEY_CTX* keyContext = nullptr;
    if (!context || EVP_DigestVerifyInit(context.get(), &keyContext, EVP_sha256(), nullptr, key) != 1 ||
        !configurePss(key, keyContext)) {
        return internalError("EVP_DigestVerifyInit");
    }
    const int verified = EVP_DigestVerify(
        context.get(), reinterpret_cast<const unsigned char*>(signature.data()),
        static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char*>(bytes.data()),
        static_cast<size_t>(bytes.size()));
    if (verified != 1) {
        drainOpenSslErrors("EVP_DigestVerify");
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "the signature does not verify"),
                         errors::BadSignature);
    }
    return success();
}

Status verifySigner(const Certificate& signer, const QList<Certificate>& anchors,
                    const std::optional<QDateTime>& at)
{
    if (Status ready = initialize(); !ready) {
        return ready.error();
    }
    const QString who = QCoreApplication::translate("crypto", "signer");
    X509* certificate = signer.isNull() ? nullptr : x509Of(signer);
    if (!certificate) {
        return makeError(ErrorKind::Integrity, QCoreApplication::translate("crypto", "no signer certificate"),
                         errors::UnknownSigner);
    }
    if (Status allowed = checkKeyUsage(certificate, Usage::Sign, Phase::Open, who); !allowed) {
        return allowed;
    }
    // The directory checks the same few certificates at every step: a path verified before is only checked
    // against the time again (the same flags as below; validity is all that time changes).
    const std::optional<qint64> time =
        at ? std::optional<qint64>(at->toSecsSinceEpoch()) : std::optional<qint64>();
    if (isKnownPath(certificate, nullptr, anchors, time)) {
        return success();
    }
    StorePtr store(X509_STORE_new());
    StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !context) {
        return internalError("verifySigner");
    }
    for (const Certificate& anchor : anchors) {
        if (X509* x509 = x509Of(anchor)) {
            X509_STORE_add_cert(store.get(), x509);
        }
    }
    if (X509_STORE_CTX_init(context.get(), store.get(), certificate, nullptr) != 1) {
        return internalError("verifySigner init");
    }
    X509_VERIFY_PARAM* parameters = X509_STORE_CTX_get0_param(context.get());
    unsigned long flags = X509_V_FLAG_PARTIAL_CHAIN | X509_V_FLAG_X509_STRICT;
    if (at) {
        X509_VERIFY_PARAM_set_time(parameters, static_cast<time_t>(at->toSecsSinceEpoch()));
    } else {
        flags |= X509_V_FLAG_NO_CHECK_TIME;
    }
    X509_VERIFY_PARAM_set_flags(parameters, flags);
    const int verified = X509_verify_cert(context.get());
    const int reason = X509_STORE_CTX_get_error(context.get());
    drainOpenSslErrors("verifySigner");
    if (verified == 1) {
        rememberPath(certificate, nullptr, anchors, context.get());
        return success();
    }
    if (reason == X509_V_ERR_CERT_HAS_EXPIRED || reason == X509_V_ERR_CERT_NOT_YET_VALID) {
        return makeError(ErrorKind::Integrity,
                         QCoreApplication::translate("crypto", "%1: the certificate was not valid at %2")
                             .arg(who, at ? at->toString(Qt::ISODate) : QString()),
                         reason == X509_V_ERR_CERT_HAS_EXPIRED ? errors::ExpiredCertificate
                                                               : errors::NotYetValidCertificate);
    }
    return makeError(ErrorKind::Integrity,
                     QCoreApplication::translate(
                         "crypto", "%1: the certificate was not issued by a trusted authority (%2)")
                         .arg(who, QString::fromLatin1(X509_verify_cert_error_string(reason))),
                     errors::UnknownSigner);
}

} // namespace probitas::crypto::Signature
