#include "Certificate.h"

#include "internal/OpenSsl.h"
#include "internal/ThreadState.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <limits>
#include <mutex>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace probitas::crypto {

using namespace detail;

struct Certificate::Data
{
    X509Ptr x509;
    // Computed once, on first use, for every copy: the directory checks the same certificates' digests
    // again on each listing (X509_digest encodes the certificate again each time).
    mutable std::once_flag sha256Once;
    mutable QByteArray sha256;
};

Certificate::Certificate() = default;

Certificate::Certificate(std::shared_ptr<const Data> data)
    : d(std::move(data))
{}

X509* detail::CertificateAccess::x509(const Certificate& certificate)
{
    return certificate.d ? certificate.d->x509.get() : nullptr;
}

Certificate detail::CertificateAccess::wrap(X509* certificate)
{
    if (!certificate || X509_up_ref(certificate) != 1) {
        return {};
    }
    auto data = std::make_shared<Certificate::Data>();
    data->x509.reset(certificate);
    return Certificate(std::move(data));
}

namespace {

bool looksLikePem(QByteArrayView bytes)
{
    return bytes.contains(QByteArrayView("-----BEGIN"));
}

Error notACertificate()
{
    return makeError(ErrorKind::Unusable,
                     QCoreApplication::translate("crypto", "not an X.509 certificate (PEM or DER expected)"),
                     errors::Malformed);
}

QString nameToString(const X509_NAME* name)
{
    BioPtr out = writeBio();
    // RFC 2253 order and escaping, but UTF-8 kept as is so accented names stay readable.
    X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioBytes(out.get()));
}

// DER certificates parsed before, by their bytes. d2i_X509 costs tens of microseconds in OpenSSL 3.0 (the
// public key goes through the provider decoders), and the store reads the same few certificates from its
// tables at every step of a filing. The bytes determine the certificate entirely, and a Certificate is
// immutable, so the parse is shared. Never destroyed: its X509s must not outlive OpenSSL's own clean-up.
// Room for the directory of the whole judiciary (9,000 people, each read at every listing of the directory):
// a smaller table, emptied when full, was emptied over and over by such a listing, each certificate parsed
// anew (docs/benchmarks.md, "Scale").
constexpr qsizetype kParsedCertificates = 16384;
struct ParsedCertificates
{
    QMutex mutex;
    QHash<QByteArray, Certificate> byDer;
};

ParsedCertificates& parsedCertificates()
{
    static auto* parsed = new ParsedCertificates;
    return *parsed;
}

Certificate parsedBefore(QByteArrayView der)
{
    ParsedCertificates& parsed = parsedCertificates();
    QMutexLocker lock(&parsed.mutex);
    return parsed.byDer.value(der.toByteArray());
}

void rememberParsed(QByteArrayView der, const Certificate& certificate)
{
    ParsedCertificates& parsed = parsedCertificates();
    QMutexLocker lock(&parsed.mutex);
    if (parsed.byDer.size() >= kParsedCertificates) {
        parsed.byDer.clear();
    }
    parsed.byDer.insert(der.toByteArray(), certificate);
}

} // namespace

Result<Certificate> Certificate::fromData(QByteArrayView bytes)
{
    auto list = listFromData(bytes);
    if (!list) {
        return list.error();
    }
    if (list->size() != 1) {
        return makeError(ErrorKind::Unusable,
                         QCoreApplication::translate("crypto", "expected exactly one certificate, found %1")
                             .arg(list->size()),
                         errors::Malformed);
    }
    return list->first();
}

Result<Certificate> Certificate::fromFile(const QString& path)
{
    auto list = listFromFile(path);
    if (!list) {
        return list.error();
    }
    if (list->size() != 1) {
        return makeError(
            ErrorKind::Unusable,
            QCoreApplication::translate("crypto", "%1: expected exactly one certificate, found %2")
                .arg(path)
                .arg(list->size()),
            errors::Malformed);
    }
    return list->first();
}

Result<QList<Certificate>> Certificate::listFromData(QByteArrayView bytes)
{
    detail::releaseWithThread();
    QList<Certificate> certificates;
    if (bytes.isEmpty() || bytes.size() > std::numeric_limits<int>::max()) {
        return notACertificate();
    }
    if (looksLikePem(bytes)) {
        BioPtr in = readBio(bytes);
        while (true) {
            X509Ptr x509(PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr));
            if (!x509) {
                break;
            }
            certificates << certificateFrom(x509.get());
        }
        drainOpenSslErrors("PEM certificate list"); // the end of the bundle leaves a "no start line" error
    } else if (Certificate known = parsedBefore(bytes); !known.isNull()) {
        certificates << known;
    } else {
        const auto* start = reinterpret_cast<const unsigned char*>(bytes.data());
        const unsigned char* cursor = start;
        X509Ptr x509(d2i_X509(nullptr, &cursor, static_cast<long>(bytes.size())));
        if (x509 && cursor == start + bytes.size()) {
            certificates << certificateFrom(x509.get());
            rememberParsed(bytes, certificates.last());
        }
        drainOpenSslErrors("DER certificate");
    }
    if (certificates.isEmpty()) {
        return notACertificate();
    }
    return certificates;
}

Result<QList<Certificate>> Certificate::listFromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Unusable,
            QCoreApplication::translate("crypto", "%1: cannot read: %2").arg(path, file.errorString()),
            errors::Io);
    }
    auto list = listFromData(file.readAll());
    if (!list) {
        Error error = list.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return error;
    }
    return list;
}

QByteArray Certificate::toDer() const
{
    if (!d) {
        return {};
    }
    const int length = i2d_X509(d->x509.get(), nullptr);
    if (length <= 0) {
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(d->x509.get(), &cursor);
    return der;
}

QByteArray Certificate::toPem() const
{
    if (!d) {
        return {};
    }
    BioPtr out = writeBio();
    PEM_write_bio_X509(out.get(), d->x509.get());
    return bioBytes(out.get());
}

QString Certificate::subject() const
{
    return d ? nameToString(X509_get_subject_name(d->x509.get())) : QString();
}

QString Certificate::subjectAsciiRfc2253() const
{
    if (!d) {
        return {};
    }
    BioPtr out = writeBio();
    X509_NAME_print_ex(out.get(), X509_get_subject_name(d->x509.get()), 0, XN_FLAG_RFC2253);
    return QString::fromLatin1(bioBytes(out.get()));
}

QString Certificate::issuer() const
{
    return d ? nameToString(X509_get_issuer_name(d->x509.get())) : QString();
}

QString Certificate::commonName() const
{
    if (!d) {
        return {};
    }
    const X509_NAME* name = X509_get_subject_name(d->x509.get());
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0) {
        return subject();
    }
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        return subject();
    }
    QString text = QString::fromUtf8(reinterpret_cast<const char*>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString Certificate::serialNumberHex() const
{
    if (!d) {
        return {};
    }
    BIGNUM* number = ASN1_INTEGER_to_BN(X509_get0_serialNumber(d->x509.get()), nullptr);
    if (!number) {
        return {};
    }
    char* hex = BN_bn2hex(number);
    QString text = QString::fromLatin1(hex);
    OPENSSL_free(hex);
    BN_free(number);
    return text;
}

QDateTime Certificate::notBefore() const
{
    return d ? toDateTime(X509_get0_notBefore(d->x509.get())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return d ? toDateTime(X509_get0_notAfter(d->x509.get())) : QDateTime();
}

QByteArray Certificate::sha256Fingerprint() const
{
    if (!d) {
        return {};
    }
    std::call_once(d->sha256Once, [this] {
        detail::releaseWithThread();
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (X509_digest(d->x509.get(), EVP_sha256(), digest, &length) == 1) {
            d->sha256 = QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length));
        }
    });
    return d->sha256;
}

QString Certificate::sha256FingerprintHex() const
{
    return QString::fromLatin1(sha256Fingerprint().toHex(':').toUpper());
}

KeyType Certificate::keyType() const
{
    if (!d) {
        return KeyType::Unknown;
    }
    const EVP_PKEY* key = X509_get0_pubkey(d->x509.get());
    if (!key) {
        return KeyType::Unknown;
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        char group[64] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &length) == 1 &&
            OBJ_sn2nid(group) == NID_X9_62_prime256v1) {
            return KeyType::EcP256;
        }
        return KeyType::EcOther;
    }
    if (EVP_PKEY_is_a(key, "RSA")) {
        return KeyType::Rsa;
    }
    return KeyType::Other;
}

int Certificate::keyBits() const
{
    const EVP_PKEY* key = d ? X509_get0_pubkey(d->x509.get()) : nullptr;
    return key ? EVP_PKEY_get_bits(key) : 0;
}

QString Certificate::keyDescription() const
{
    switch (keyType()) {
    case KeyType::EcP256:
        return QStringLiteral("EC P-256 (ECDSA, ECDH)");
    case KeyType::EcOther:
        return QStringLiteral("EC %1 bits").arg(keyBits());
    case KeyType::Rsa:
        return QStringLiteral("RSA %1").arg(keyBits());
    case KeyType::Other:
        return QStringLiteral("other (%1 bits)").arg(keyBits());
    case KeyType::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringList Certificate::keyUsages() const
{
    if (!d) {
        return {};
    }
    const uint32_t usage = X509_get_key_usage(d->x509.get());
    if (usage == UINT32_MAX) {
        return {};
    }
    static const std::pair<uint32_t, const char*> names[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"},
        {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
        {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},
        {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},
        {KU_ENCIPHER_ONLY, "encipherOnly"},
        {KU_DECIPHER_ONLY, "decipherOnly"},
    };
    QStringList list;
    for (const auto& [bit, name] : names) {
        if (usage & bit) {
            list << QLatin1String(name);
        }
    }
    return list;
}

bool Certificate::isCertificateAuthority() const
{
    return d && X509_check_ca(d->x509.get()) != 0;
}

bool Certificate::isSelfSigned() const
{
    return d && X509_self_signed(d->x509.get(), 0) == 1;
}

bool operator==(const Certificate& a, const Certificate& b)
{
    if (!a.d || !b.d) {
        return !a.d && !b.d;
    }
    return X509_cmp(a.d->x509.get(), b.d->x509.get()) == 0;
}

} // namespace probitas::crypto
