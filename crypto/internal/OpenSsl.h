#pragma once

// PRIVATE to probitas_crypto: included by its .cpp files only, never by a public header.
// Owning handles for OpenSSL objects, conversions to Qt types, and access to the pimpls.

#include "Certificate.h"
#include "CryptoErrors.h"
#include "Identity.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <memory>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

Q_DECLARE_LOGGING_CATEGORY(lcCrypto)

namespace probitas::crypto::detail {

template <auto Free> struct FreeWith
{
    template <typename T> void operator()(T* pointer) const { Free(pointer); }
};

using BioPtr = std::unique_ptr<BIO, FreeWith<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, FreeWith<X509_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, FreeWith<EVP_PKEY_free>>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, FreeWith<EVP_PKEY_CTX_free>>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, FreeWith<EVP_MD_CTX_free>>;
using CipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, FreeWith<EVP_CIPHER_CTX_free>>;
using CipherPtr = std::unique_ptr<EVP_CIPHER, FreeWith<EVP_CIPHER_free>>;
using StorePtr = std::unique_ptr<X509_STORE, FreeWith<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, FreeWith<X509_STORE_CTX_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, FreeWith<PKCS12_free>>;
using AlgorPtr = std::unique_ptr<X509_ALGOR, FreeWith<X509_ALGOR_free>>;

struct X509StackFree
{
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;

// A CMS structure whose embedded content may be plaintext: the content is wiped before the free,
// because ASN1_OCTET_STRING frees without cleansing.
struct CmsWipeFree
{
    void operator()(CMS_ContentInfo* cms) const;
};
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsWipeFree>;

inline Error makeError(ErrorKind kind, const QString& message, QLatin1StringView code)
{
    return Error{kind, message, QString(code)};
}

// Empties OpenSSL's error queue into the debug log (it never holds secrets or content); returns the codes.
QList<unsigned long> drainOpenSslErrors(const char* context);
bool hasError(const QList<unsigned long>& codes, int library, int reason);

// A read-only memory BIO over `bytes` (no copy: `bytes` must outlive the BIO).
BioPtr readBio(QByteArrayView bytes);
BioPtr writeBio();
// The BIO's bytes, copied; wipeBio cleanses the BIO's buffer (for plaintext).
QByteArray bioBytes(BIO* bio);
SecureBytes bioSecureBytes(BIO* bio);
void wipeBio(BIO* bio);

// DER of a CMS structure. The Secure variant is for structures that carry plaintext.
QByteArray cmsToDer(CMS_ContentInfo* cms);
SecureBytes cmsToSecureDer(CMS_ContentInfo* cms);
// Strict DER parse: the whole input must be exactly one ContentInfo.
CmsPtr cmsFromDer(QByteArrayView der);

QDateTime toDateTime(const ASN1_TIME* time);
QByteArray sha256(QByteArrayView bytes);

// Access to the pimpls (friends of Certificate and Identity): pointers stay owned by the Qt-side object.
struct CertificateAccess
{
    static X509* x509(const Certificate& certificate);
    static Certificate wrap(X509* certificate); // takes a new reference
};
struct IdentityAccess
{
    static EVP_PKEY* key(const Identity& identity);
    static Identity make(PkeyPtr key, X509Ptr certificate, const QList<Certificate>& caCertificates,
                         std::optional<Pkcs12Protection> protection = std::nullopt);
};
X509* x509Of(const Certificate& certificate);
Certificate certificateFrom(X509* certificate); // takes a new reference
EVP_PKEY* keyOf(const Identity& identity);
Identity identityFrom(PkeyPtr key, X509Ptr certificate, const QList<Certificate>& caCertificates);

X509StackPtr toStack(const QList<Certificate>& certificates);

} // namespace probitas::crypto::detail
