#include "internal/OpenSsl.h"

#include <QCryptographicHash>
#include <ctime>
#include <limits>
#include <openssl/err.h>

Q_LOGGING_CATEGORY(lcCrypto, "probitas.crypto", QtInfoMsg)

namespace probitas::crypto::detail {

void CmsWipeFree::operator()(CMS_ContentInfo* cms) const
{
    if (!cms) {
        return;
    }
    // CMS_get0_content only knows data, signed and a few other types; it raises an error for the rest.
    const int type = OBJ_obj2nid(CMS_get0_type(cms));
    if (type == NID_pkcs7_signed || type == NID_pkcs7_data) {
        ASN1_OCTET_STRING** content = CMS_get0_content(cms);
        if (content && *content && (*content)->data) {
            OPENSSL_cleanse((*content)->data, static_cast<size_t>((*content)->length));
        }
    }
    CMS_ContentInfo_free(cms);
}

QList<unsigned long> drainOpenSslErrors(const char* context)
{
    QList<unsigned long> codes;
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        codes << code;
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        parts << QString::fromLatin1(buffer);
    }
    if (!parts.isEmpty()) {
        qCDebug(lcCrypto) << context << parts.join(QStringLiteral("; "));
    }
    return codes;
}

bool hasError(const QList<unsigned long>& codes, int library, int reason)
{
    for (unsigned long code : codes) {
        if (ERR_GET_LIB(code) == library && ERR_GET_REASON(code) == reason) {
            return true;
        }
    }
    return false;
}

BioPtr readBio(QByteArrayView bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
}

BioPtr writeBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

QByteArray bioBytes(BIO* bio)
{
    BUF_MEM* memory = nullptr;
    BIO_get_mem_ptr(bio, &memory);
    if (!memory || memory->length == 0) {
        return {};
    }
    return QByteArray(memory->data, static_cast<qsizetype>(memory->length));
}

SecureBytes bioSecureBytes(BIO* bio)
{
    BUF_MEM* memory = nullptr;
    BIO_get_mem_ptr(bio, &memory);
    if (!memory || memory->length == 0) {
        return {};
    }
    return SecureBytes(QByteArrayView(memory->data, static_cast<qsizetype>(memory->length)));
}

void wipeBio(BIO* bio)
{
    if (!bio) {
        return;
    }
    BUF_MEM* memory = nullptr;
    BIO_get_mem_ptr(bio, &memory);
    if (memory && memory->data) {
        // The whole allocation, not just the unread part: a partial read leaves bytes before `data`'s
        // logical start only for read-only BIOs, which never hold plaintext here.
        OPENSSL_cleanse(memory->data, memory->max > memory->length ? memory->max : memory->length);
    }
}

QByteArray cmsToDer(CMS_ContentInfo* cms)
{
    const int length = i2d_CMS_ContentInfo(cms, nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_CMS_ContentInfo(cms, &cursor) != length) {
        return {};
    }
    return der;
}

SecureBytes cmsToSecureDer(CMS_ContentInfo* cms)
{
    const int length = i2d_CMS_ContentInfo(cms, nullptr);
    if (length <= 0) {
        return {};
    }
    SecureBytes der = SecureBytes::allocate(length);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_CMS_ContentInfo(cms, &cursor) != length) {
        return {};
    }
    return der;
}

CmsPtr cmsFromDer(QByteArrayView der)
{
    if (der.isEmpty() || der.size() > std::numeric_limits<int>::max()) {
        return {};
    }
    const auto* start = reinterpret_cast<const unsigned char*>(der.data());
    const unsigned char* cursor = start;
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(der.size())));
    if (cms && cursor != start + der.size()) {
        return {}; // trailing bytes: not exactly one structure
    }
    return cms;
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1) {
        return {};
    }
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QByteArray sha256(QByteArrayView bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

X509* x509Of(const Certificate& certificate)
{
    return CertificateAccess::x509(certificate);
}

Certificate certificateFrom(X509* certificate)
{
    return CertificateAccess::wrap(certificate);
}

EVP_PKEY* keyOf(const Identity& identity)
{
    return IdentityAccess::key(identity);
}

Identity identityFrom(PkeyPtr key, X509Ptr certificate, const QList<Certificate>& caCertificates)
{
    return IdentityAccess::make(std::move(key), std::move(certificate), caCertificates);
}

X509StackPtr toStack(const QList<Certificate>& certificates)
{
    X509StackPtr stack(sk_X509_new_null());
    for (const Certificate& certificate : certificates) {
        X509* x509 = x509Of(certificate);
        if (x509 && X509_up_ref(x509) == 1) {
            if (sk_X509_push(stack.get(), x509) <= 0) {
                X509_free(x509);
            }
        }
    }
    return stack;
}

} // namespace probitas::crypto::detail
