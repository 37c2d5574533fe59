// Seal and open a 10 KiB declaration for two recipients (ECDH P-256 and RSA-3072), through Probitas and
// through the bare OpenSSL CMS calls, in the same run. Target: ours within 1.3x of raw.
//   bench_envelope --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "CertificateAuthority.h"
#include "CryptoInit.h"
#include "Envelope.h"
#include "Identity.h"

#include <QByteArray>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <openssl/cms.h>
#include <openssl/pkcs12.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

using namespace probitas::crypto;

namespace {

struct RawIdentity
{
    EVP_PKEY* key = nullptr;
    X509* certificate = nullptr;
};

// The raw baseline needs the same keys as OpenSSL objects: take them through a PKCS#12 round trip.
RawIdentity toRaw(const Identity& identity)
{
    const SecureBytes passphrase(QByteArrayView("benchmark passphrase"));
    auto der = identity.toPkcs12(passphrase);
    if (!der) {
        std::fprintf(stderr, "toPkcs12: %s\n", qPrintable(der.error().message));
        std::abort();
    }
    const auto* cursor = reinterpret_cast<const unsigned char*>(der->constData());
    PKCS12* pkcs12 = d2i_PKCS12(nullptr, &cursor, static_cast<long>(der->size()));
    RawIdentity raw;
    if (!pkcs12 || PKCS12_parse(pkcs12, passphrase.constData(), &raw.key, &raw.certificate, nullptr) != 1) {
        std::abort();
    }
    PKCS12_free(pkcs12);
    return raw;
}

struct Fixture
{
    Identity ca;
    Identity declarant;
    Identity ecAuthority;
    Identity rsaAuthority;
    RawIdentity rawDeclarant;
    RawIdentity rawEc;
    RawIdentity rawRsa;
    X509_STORE* store = nullptr;
    QByteArray content;
    QByteArray envelope; // sealed by us; the raw open reads the same bytes

    Fixture()
    {
        if (!initialize().ok()) {
            std::abort();
        }
        ca = *CertificateAuthority::createRoot(QStringLiteral("Bench CA"), QStringLiteral("Probitas"));
        declarant =
            *CertificateAuthority::issue(ca, {QStringLiteral("Declarant"), {}, KeyAlgorithm::EcP256, 365});
        ecAuthority =
            *CertificateAuthority::issue(ca, {QStringLiteral("EC authority"), {}, KeyAlgorithm::EcP256, 365});
        rsaAuthority = *CertificateAuthority::issue(
            ca, {QStringLiteral("RSA authority"), {}, KeyAlgorithm::Rsa3072, 365});
        rawDeclarant = toRaw(declarant);
        rawEc = toRaw(ecAuthority);
        rawRsa = toRaw(rsaAuthority);
        store = X509_STORE_new();
        const QByteArray caDer = ca.certificate().toDer();
        const auto* cursor = reinterpret_cast<const unsigned char*>(caDer.constData());
        X509* caCertificate = d2i_X509(nullptr, &cursor, static_cast<long>(caDer.size()));
        X509_STORE_add_cert(store, caCertificate);
        X509_free(caCertificate);
        content = QByteArray(10 * 1024, '\0');
        for (int i = 0; i < content.size(); ++i) {
            content[i] = static_cast<char>("{\"declaration\":\"patrimoine\"}"[i % 28]);
        }
        envelope =
            *Envelope::seal(content, declarant, {ecAuthority.certificate(), rsaAuthority.certificate()});
    }
};

Fixture& fixture()
{
    static Fixture instance;
    return instance;
}

QByteArray rawSeal(const Fixture& f)
{
    BIO* in = BIO_new_mem_buf(f.content.constData(), static_cast<int>(f.content.size()));
    CMS_ContentInfo* signedData =
        CMS_sign(f.rawDeclarant.certificate, f.rawDeclarant.key, nullptr, in, CMS_BINARY);
    BIO_free(in);
    unsigned char* signedDer = nullptr;
    const int signedLength = i2d_CMS_ContentInfo(signedData, &signedDer);
    CMS_ContentInfo_free(signedData);

    EVP_CIPHER* cipher = EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr);
    CMS_ContentInfo* cms =
        CMS_encrypt_ex(nullptr, nullptr, cipher, CMS_BINARY | CMS_PARTIAL, nullptr, nullptr);
    CMS_RecipientInfo* ec = CMS_add1_recipient_cert(cms, f.rawEc.certificate, CMS_KEY_PARAM);
    EVP_PKEY_CTX_set_ecdh_kdf_md(CMS_RecipientInfo_get0_pkey_ctx(ec), EVP_sha256());
    CMS_RecipientInfo* rsa = CMS_add1_recipient_cert(cms, f.rawRsa.certificate, CMS_KEY_PARAM);
    EVP_PKEY_CTX* context = CMS_RecipientInfo_get0_pkey_ctx(rsa);
    EVP_PKEY_CTX_set_rsa_padding(context, RSA_PKCS1_OAEP_PADDING);
    EVP_PKEY_CTX_set_rsa_oaep_md(context, EVP_sha256());
    EVP_PKEY_CTX_set_rsa_mgf1_md(context, EVP_sha256());
    BIO* signedIn = BIO_new_mem_buf(signedDer, signedLength);
    CMS_final(cms, signedIn, nullptr, CMS_BINARY);
    BIO_free(signedIn);
    unsigned char* der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &der);
    QByteArray result(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);
    OPENSSL_free(signedDer);
    CMS_ContentInfo_free(cms);
    EVP_CIPHER_free(cipher);
    return result;
}

QByteArray rawOpen(const Fixture& f, const RawIdentity& recipient)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(f.envelope.constData());
    CMS_ContentInfo* cms = d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(f.envelope.size()));
    BIO* decrypted = BIO_new(BIO_s_mem());
    QByteArray result;
    if (CMS_decrypt(cms, recipient.key, recipient.certificate, nullptr, decrypted, CMS_BINARY) == 1) {
        BUF_MEM* memory = nullptr;
        BIO_get_mem_ptr(decrypted, &memory);
        const auto* inner = reinterpret_cast<const unsigned char*>(memory->data);
        CMS_ContentInfo* signedData = d2i_CMS_ContentInfo(nullptr, &inner, static_cast<long>(memory->length));
        BIO* out = BIO_new(BIO_s_mem());
        if (CMS_verify(signedData, nullptr, f.store, nullptr, out, CMS_BINARY) == 1) {
            BUF_MEM* content = nullptr;
            BIO_get_mem_ptr(out, &content);
            result = QByteArray(content->data, static_cast<qsizetype>(content->length));
        }
        BIO_free(out);
        CMS_ContentInfo_free(signedData);
    }
    BIO_free(decrypted);
    CMS_ContentInfo_free(cms);
    return result;
}

void sealOurs(benchmark::State& state)
{
    Fixture& f = fixture();
    const QList<Certificate> recipients{f.ecAuthority.certificate(), f.rsaAuthority.certificate()};
    for (auto _ : state) {
        auto sealed = Envelope::seal(f.content, f.declarant, recipients);
        if (!sealed) {
            state.SkipWithError("seal failed");
            break;
        }
        benchmark::DoNotOptimize(sealed->constData());
    }
}

void sealRaw(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        const QByteArray sealed = rawSeal(f);
        if (sealed.isEmpty()) {
            state.SkipWithError("raw seal failed");
            break;
        }
        benchmark::DoNotOptimize(sealed.constData());
    }
}

void openOurs(benchmark::State& state)
{
    Fixture& f = fixture();
    const Identity& recipient = state.range(0) == 0 ? f.ecAuthority : f.rsaAuthority;
    for (auto _ : state) {
        auto opened = Envelope::open(f.envelope, recipient);
        if (!opened || opened->content.size() != f.content.size()) {
            state.SkipWithError("open failed");
            break;
        }
        benchmark::DoNotOptimize(opened->content.constData());
    }
}

void openRaw(benchmark::State& state)
{
    Fixture& f = fixture();
    const RawIdentity& recipient = state.range(0) == 0 ? f.rawEc : f.rawRsa;
    for (auto _ : state) {
        const QByteArray opened = rawOpen(f, recipient);
        if (opened.size() != f.content.size()) {
            state.SkipWithError("raw open failed");
            break;
        }
        benchmark::DoNotOptimize(opened.constData());
    }
}

} // namespace

BENCHMARK(sealOurs)->Name("seal_10KiB_2_recipients/ours")->Unit(benchmark::kMicrosecond);
BENCHMARK(sealRaw)->Name("seal_10KiB_2_recipients/raw")->Unit(benchmark::kMicrosecond);
BENCHMARK(openOurs)->Name("open_10KiB_as_ECDH_P-256/ours")->Arg(0)->Unit(benchmark::kMicrosecond);
BENCHMARK(openRaw)->Name("open_10KiB_as_ECDH_P-256/raw")->Arg(0)->Unit(benchmark::kMicrosecond);
BENCHMARK(openOurs)->Name("open_10KiB_as_RSA-3072/ours")->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(openRaw)->Name("open_10KiB_as_RSA-3072/raw")->Arg(1)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
