#include "Identity.h"

#include "AtomicFile.h"
#include "internal/OpenSsl.h"
#include "internal/Policy.h"
#include "internal/ThreadState.h"

#include <QFile>
#include <limits>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

namespace probitas::crypto {

using namespace detail;

struct Identity::Data
{
    PkeyPtr key;
    Certificate certificate;
    QList<Certificate> caCertificates;
};

Identity::Identity() = default;

Identity::Identity(std::shared_ptr<const Data> data)
    : d(std::move(data))
{}

EVP_PKEY* detail::IdentityAccess::key(const Identity& identity)
{
    return identity.d ? identity.d->key.get() : nullptr;
}

Identity detail::IdentityAccess::make(PkeyPtr key, X509Ptr certificate,
                                      const QList<Certificate>& caCertificates)
{
    auto data = std::make_shared<Identity::Data>();
    data->key = std::move(key);
    data->certificate = certificateFrom(certificate.get());
    data->caCertificates = caCertificates;
    return Identity(std::move(data));
}

Certificate Identity::certificate() const
{
    return d ? d->certificate : Certificate();
}

QList<Certificate> Identity::caCertificates() const
{
    return d ? d->caCertificates : QList<Certificate>();
}

QList<Certificate> Identity::trustAnchors() const
{
    if (!d) {
        return {};
    }
    QList<Certificate> anchors = d->caCertificates;
    if (d->certificate.isCertificateAuthority() && !anchors.contains(d->certificate)) {
        anchors << d->certificate;
    }
    return anchors;
}

Result<Identity> Identity::fromPkcs12(QByteArrayView pkcs12, const SecureBytes& passphrase)
{
    releaseWithThread();
    ERR_clear_error();
    if (pkcs12.isEmpty() || pkcs12.size() > std::numeric_limits<int>::max()) {
        return makeError(ErrorKind::Unusable, QCoreApplication::translate("crypto", "not a PKCS#12 file"),
                         errors::Malformed);
    }
    const auto* start = reinterpret_cast<const unsigned char*>(pkcs12.data());
    const unsigned char* cursor = start;
    Pkcs12Ptr parsed(d2i_PKCS12(nullptr, &cursor, static_cast<long>(pkcs12.size())));
    if (!parsed || cursor != start + pkcs12.size()) {
        drainOpenSslErrors("d2i_PKCS12");
        return makeError(ErrorKind::Unusable, QCoreApplication::translate("crypto", "not a PKCS#12 file"),
                         errors::Malformed);
    }
    // PKCS12_parse checks the MAC first and reports a mismatch as PKCS12_R_MAC_VERIFY_FAILURE: that is
    // the wrong-passphrase case. Without a MAC, a failed decryption is the only sign of it.
    const bool hasMac = PKCS12_mac_present(parsed.get()) == 1;
    EVP_PKEY* rawKey = nullptr;
    X509* rawCertificate = nullptr;
    STACK_OF(X509)* rawCas = nullptr;
    const int parsedOk =
        PKCS12_parse(parsed.get(), passphrase.constData(), &rawKey, &rawCertificate, &rawCas);
    PkeyPtr key(rawKey);
    X509Ptr certificate(rawCertificate);
    X509StackPtr cas(rawCas);
    if (parsedOk != 1) {
        const QList<unsigned long> codes = drainOpenSslErrors("PKCS12_parse");
        if (!hasMac || hasError(codes, ERR_LIB_PKCS12, PKCS12_R_MAC_VERIFY_FAILURE)) {
            return makeError(
                ErrorKind::AccessDenied,
                QCoreApplication::translate("crypto", "wrong passphrase (or the key file is damaged)"),
                errors::WrongPassphrase);
        }
        return makeError(
            ErrorKind::Unusable,
            QCoreApplication::translate("crypto", "cannot read the PKCS#12 file (unsupported protection?)"),
            errors::Malformed);
    }
    if (!key || !certificate) {
        return makeError(ErrorKind::Unusable,
                         QCoreApplication::translate(
                             "crypto", "the PKCS#12 file must hold one private key and its certificate"),
                         errors::Malformed);
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        drainOpenSslErrors("X509_check_private_key");
        return makeError(
            ErrorKind::Unusable,
            QCoreApplication::translate("crypto", "the private key does not match the certificate"),
            errors::KeyMismatch);
    }
    QList<Certificate> caCertificates;
    for (int i = 0; cas && i < sk_X509_num(cas.get()); ++i) {
        caCertificates << certificateFrom(sk_X509_value(cas.get(), i));
    }
    return IdentityAccess::make(std::move(key), std::move(certificate), caCertificates);
}

Result<Identity> Identity::load(const QString& path, const SecureBytes& passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorKind::Unusable,
            QCoreApplication::translate("crypto", "%1: cannot read: %2").arg(path, file.errorString()),
            errors::Io);
    }
    auto identity = fromPkcs12(file.readAll(), passphrase);
    if (!identity) {
        Error error = identity.error();
        error.message = path + QStringLiteral(": ") + error.message;
        return error;
    }
    return identity;
}

Result<QByteArray> Identity::toPkcs12(const SecureBytes& passphrase) const
{
    releaseWithThread();
    if (!d) {
        return makeError(ErrorKind::Invalid, QCoreApplication::translate("crypto", "no identity"),
                         errors::Internal);
    }
    if (QString::fromUtf8(passphrase.view()).size() < kMinimumPassphraseLength) {
        return makeError(
            ErrorKind::Invalid,
            QCoreApplication::translate("crypto", "the passphrase must have at least %1 characters")
                .arg(kMinimumPassphraseLength),
            errors::WeakPassphrase);
    }
    X509StackPtr cas = toStack(d->caCertificates);
    const QByteArray friendlyName = d->certificate.commonName().toUtf8();
    // PBES2 + PBKDF2-HMAC-SHA256 (3.0's default PRF for PBES2) + AES-256-CBC for both bags; no MAC here
    // (-1) because PKCS12_create's MAC is HMAC-SHA1: PKCS12_set_mac adds an HMAC-SHA256 one just after.
    Pkcs12Ptr pkcs12(PKCS12_create_ex(passphrase.constData(), friendlyName.constData(), d->key.get(),
                                      x509Of(d->certificate), cas.get(), NID_aes_256_cbc, NID_aes_256_cbc,
                                      kPkcs12Iterations, -1, 0, nullptr, nullptr));
    if (!pkcs12 || PKCS12_set_mac(pkcs12.get(), passphrase.constData(), static_cast<int>(passphrase.size()),
                                  nullptr, 0, kPkcs12Iterations, EVP_sha256()) != 1) {
        drainOpenSslErrors("PKCS12_create");
        return makeError(ErrorKind::Environment,
                         QCoreApplication::translate("crypto", "cannot build the PKCS#12 file"),
                         errors::Internal);
    }
    const int length = i2d_PKCS12(pkcs12.get(), nullptr);
    QByteArray der(length, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    if (length <= 0 || i2d_PKCS12(pkcs12.get(), &cursor) != length) {
        drainOpenSslErrors("i2d_PKCS12");
        return makeError(ErrorKind::Environment,
                         QCoreApplication::translate("crypto", "cannot encode the PKCS#12 file"),
                         errors::Internal);
    }
    return der;
}

Result<QByteArray> Identity::toEncryptedPkcs8Pem(const SecureBytes& password) const
{
    if (!d || password.isEmpty()) {
        return makeError(ErrorKind::Invalid,
                         QCoreApplication::translate("crypto", "no identity, or no password for its key"),
                         errors::Internal);
    }
    BioPtr out = writeBio();
    if (!out ||
        PEM_write_bio_PKCS8PrivateKey(out.get(), d->key.get(), EVP_aes_256_cbc(), password.constData(),
                                      static_cast<int>(password.size()), nullptr, nullptr) != 1) {
        drainOpenSslErrors("PEM_write_bio_PKCS8PrivateKey");
        return makeError(ErrorKind::Environment,
                         QCoreApplication::translate("crypto", "cannot encrypt the private key"),
                         errors::Internal);
    }
    return bioBytes(out.get());
}

Status Identity::save(const QString& path, const SecureBytes& passphrase) const
{
    auto der = toPkcs12(passphrase);
    if (!der) {
        return der.error();
    }
    return writeFileAtomically(path, *der, FileAccess::OwnerOnly);
}

Status Identity::changePassphrase(const QString& path, const SecureBytes& current,
                                  const SecureBytes& replacement)
{
    auto identity = load(path, current);
    if (!identity) {
        return identity.error();
    }
    return identity->save(path, replacement);
}

} // namespace probitas::crypto
