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
    std::optional<Pkcs12Protection> protection; // how the file it came from was protected
};

namespace {

using PbeParamPtr = std::unique_ptr<PBEPARAM, FreeWith<PBEPARAM_free>>;
using Pbe2ParamPtr = std::unique_ptr<PBE2PARAM, FreeWith<PBE2PARAM_free>>;
using Pbkdf2ParamPtr = std::unique_ptr<PBKDF2PARAM, FreeWith<PBKDF2PARAM_free>>;
struct Pkcs7StackFree
{
    void operator()(STACK_OF(PKCS7) * stack) const { sk_PKCS7_pop_free(stack, PKCS7_free); }
};
struct SafeBagStackFree
{
    void operator()(STACK_OF(PKCS12_SAFEBAG) * stack) const
    {
        sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free);
    }
};

// An iteration count; 0 when absent or unreadable (which the caller takes as weak).
long iterationsOf(const ASN1_INTEGER* iterations)
{
    const long count = iterations ? ASN1_INTEGER_get(iterations) : 1; // DER's default is 1
    return count > 0 ? count : 0;
}

// What one password-based algorithm costs a guess: PBES2 with PBKDF2 (what Probitas writes), or PKCS#12's
// own PBE (3DES or RC2, and a SHA-1 key derivation: legacy whatever its count).
void weigh(const X509_ALGOR* algorithm, Pkcs12Protection& protection)
{
    const int nid = OBJ_obj2nid(algorithm->algorithm);
    if (nid == NID_pbes2) {
        Pbe2ParamPtr pbe2(static_cast<PBE2PARAM*>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)));
        if (!pbe2 || OBJ_obj2nid(pbe2->keyfunc->algorithm) != NID_id_pbkdf2) {
            protection.legacy = true; // scrypt or unknown: not what ANSSI's guide names
            protection.weakestIterations = 0;
            return;
        }
        Pbkdf2ParamPtr pbkdf2(static_cast<PBKDF2PARAM*>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)));
        const long iterations = pbkdf2 ? iterationsOf(pbkdf2->iter) : 0;
        protection.weakestIterations = std::min(protection.weakestIterations, iterations);
        protection.strongestIterations = std::max(protection.strongestIterations, iterations);
        return;
    }
    protection.legacy = true;
    PbeParamPtr pbe(
        static_cast<PBEPARAM*>(ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBEPARAM), algorithm->parameter)));
    const long iterations = pbe ? iterationsOf(pbe->iter) : 0;
    protection.weakestIterations = std::min(protection.weakestIterations, iterations);
    protection.strongestIterations = std::max(protection.strongestIterations, iterations);
}

// Every password-based protection readable before decryption: the MAC, each encrypted part, each key bag in
// the clear parts. A guess is tested against the cheapest of them, so that one is the file's strength.
Pkcs12Protection protectionOf(const PKCS12* pkcs12)
{
    Pkcs12Protection protection;
    protection.weakestIterations = std::numeric_limits<long>::max();
    if (PKCS12_mac_present(pkcs12) == 1) {
        const ASN1_INTEGER* macIterations = nullptr;
        PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIterations, pkcs12);
        const long iterations = iterationsOf(macIterations);
        protection.weakestIterations = std::min(protection.weakestIterations, iterations);
        protection.strongestIterations = std::max(protection.strongestIterations, iterations);
    }
    std::unique_ptr<STACK_OF(PKCS7), Pkcs7StackFree> parts(PKCS12_unpack_authsafes(pkcs12));
    for (int i = 0; parts && i < sk_PKCS7_num(parts.get()); ++i) {
        PKCS7* part = sk_PKCS7_value(parts.get(), i);
        if (PKCS7_type_is_encrypted(part)) {
            if (part->d.encrypted && part->d.encrypted->enc_data) {
                weigh(part->d.encrypted->enc_data->algorithm, protection);
            }
            continue;
        }
        std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), SafeBagStackFree> bags(PKCS12_unpack_p7data(part));
        for (int j = 0; bags && j < sk_PKCS12_SAFEBAG_num(bags.get()); ++j) {
            const PKCS12_SAFEBAG* bag = sk_PKCS12_SAFEBAG_value(bags.get(), j);
            if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
                const X509_ALGOR* algorithm = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
                weigh(algorithm, protection);
            }
        }
    }
    if (protection.weakestIterations == std::numeric_limits<long>::max()) {
        protection.weakestIterations = 0; // nothing password-based: no protection at all
    }
    ERR_clear_error();
    return protection;
}

} // namespace

bool Pkcs12Protection::meetsPolicy() const
{
    return !legacy && weakestIterations >= kPkcs12Iterations;
}

Identity::Identity() = default;

Identity::Identity(std::shared_ptr<const Data> data)
    : d(std::move(data))
{}

EVP_PKEY* detail::IdentityAccess::key(const Identity& identity)
{
    return identity.d ? identity.d->key.get() : nullptr;
}

Identity detail::IdentityAccess::make(PkeyPtr key, X509Ptr certificate,
                                      const QList<Certificate>& caCertificates,
                                      std::optional<Pkcs12Protection> protection)
{
    auto data = std::make_shared<Identity::Data>();
    data->key = std::move(key);
    data->certificate = certificateFrom(certificate.get());
    data->caCertificates = caCertificates;
    data->protection = protection;
    return Identity(std::move(data));
}

std::optional<Pkcs12Protection> Identity::protection() const
{
    return d ? d->protection : std::nullopt;
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
    // A hostile file could ask for billions of iterations and stall whoever opens it: refused before any.
    const Pkcs12Protection protection = protectionOf(parsed.get());
    if (protection.strongestIterations > kPkcs12MaximumIterations) {
        return makeError(
            ErrorKind::Unusable,
            QCoreApplication::translate("crypto", "the PKCS#12 file asks for %1 iterations, more than the %2 "
                                                  "accepted: not a key file to open")
                .arg(protection.strongestIterations)
                .arg(kPkcs12MaximumIterations),
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
    return IdentityAccess::make(std::move(key), std::move(certificate), caCertificates, protection);
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
    // PBES2 + PBKDF2-HMAC-SHA256 (3.0's default PRF for PBES2) + AES-256-CBC for the key bag. The
    // certificates are not encrypted (-1): they are public, the directory publishes them, and one more
    // derivation would cost the user a third of each unlock while a guesser, who tests a passphrase against
    // the MAC alone, would not pay it. No MAC here (-1) because PKCS12_create's MAC is HMAC-SHA1:
    // PKCS12_set_mac adds an HMAC-SHA256 one just after, which also keeps anyone from swapping the
    // certificates.
    Pkcs12Ptr pkcs12(PKCS12_create_ex(passphrase.constData(), friendlyName.constData(), d->key.get(),
                                      x509Of(d->certificate), cas.get(), NID_aes_256_cbc, -1,
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
