#include "CryptoInit.h"

#include "internal/OpenSsl.h"
#include "internal/ThreadState.h"

#include <QThreadStorage>
#include <cstring>
#include <mutex>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/param_build.h>
#include <optional>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace probitas::crypto {

using namespace detail;

Status hardenProcess()
{
    bool ok = true;
    const struct rlimit noCore = {0, 0};
    if (setrlimit(RLIMIT_CORE, &noCore) != 0) {
        ok = false;
    }
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        ok = false;
    }
    if (!ok) {
        return makeError(
            ErrorKind::Environment,
            QCoreApplication::translate("crypto", "cannot protect the process memory (core dumps, ptrace)"),
            errors::HardeningFailed);
    }
    return success();
}

QString openSslVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

namespace {

struct ThreadRelease
{
    ~ThreadRelease() { OPENSSL_thread_stop(); }
};

} // namespace

void detail::releaseWithThread()
{
    thread_local bool kept = false; // the cheap test: sha256() of every audit entry passes here
    if (kept) {
        return;
    }
    kept = true;
    // Never destroyed: a QThreadStorage must outlive the threads that use it, and pool threads can outlive
    // static destruction where no QCoreApplication waits for them.
    static auto* const storage = new QThreadStorage<ThreadRelease*>();
    storage->setLocalData(new ThreadRelease);
}

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// SHA-256 of "abc": FIPS 180-2, Appendix B.1.
bool sha256KnownAnswer()
{
    return sha256(QByteArrayView("abc")) ==
           hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

// AES-256-GCM: McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", NIST submission, Test Case 16
// (256-bit key, 96-bit IV, 60-byte plaintext, 20 bytes of additional data). Encrypts, then decrypts both
// with the right tag and with a corrupted one, which must fail.
bool aesGcmKnownAnswer()
{
    const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray iv = hex("cafebabefacedbaddecaf888");
    const QByteArray plaintext = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                     "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
    const QByteArray aad = hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
    const QByteArray ciphertext = hex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                                      "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
    const QByteArray tag = hex("76fc6ece0f4e1768cddf8853bb2d551b");

    CipherPtr cipher(EVP_CIPHER_fetch(nullptr, "AES-256-GCM", nullptr));
    if (!cipher) {
        return false;
    }
    auto run = [&](bool encrypt, const QByteArray& input, QByteArray expectedTag, QByteArray& output) {
        CipherCtxPtr context(EVP_CIPHER_CTX_new());
        int length = 0;
        int finalLength = 0;
        output = QByteArray(input.size(), '\0');
        const auto* keyBytes = reinterpret_cast<const unsigned char*>(key.constData());
        const auto* ivBytes = reinterpret_cast<const unsigned char*>(iv.constData());
        if (!context ||
            EVP_CipherInit_ex2(context.get(), cipher.get(), keyBytes, ivBytes, encrypt ? 1 : 0, nullptr) !=
                1 ||
            EVP_CipherUpdate(context.get(), nullptr, &length,
                             reinterpret_cast<const unsigned char*>(aad.constData()),
                             static_cast<int>(aad.size())) != 1 ||
            EVP_CipherUpdate(context.get(), reinterpret_cast<unsigned char*>(output.data()), &length,
                             reinterpret_cast<const unsigned char*>(input.constData()),
                             static_cast<int>(input.size())) != 1) {
            return false;
        }
        if (!encrypt && EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_AEAD_SET_TAG,
                                            static_cast<int>(expectedTag.size()), expectedTag.data()) != 1) {
            return false;
        }
        if (EVP_CipherFinal_ex(context.get(), reinterpret_cast<unsigned char*>(output.data()) + length,
                               &finalLength) != 1) {
            return false;
        }
        if (encrypt) {
            QByteArray computed(16, '\0');
            if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_AEAD_GET_TAG, 16, computed.data()) != 1) {
                return false;
            }
            return computed == expectedTag;
        }
        return true;
    };
    QByteArray encrypted;
    QByteArray decrypted;
    QByteArray corruptedTag = tag;
    corruptedTag[0] = static_cast<char>(corruptedTag[0] ^ 0x01);
    QByteArray ignored;
    const bool ok = run(true, plaintext, tag, encrypted) && encrypted == ciphertext &&
                    run(false, ciphertext, tag, decrypted) && decrypted == plaintext &&
                    !run(false, ciphertext, corruptedTag, ignored);
    drainOpenSslErrors("AES-GCM self-test");
    return ok;
}

// ECDSA P-256 with SHA-256: RFC 6979, Appendix A.2.5, message "sample" (public key U = xG, and the
// deterministic signature (r, s)). Verification must succeed, and fail for message "samplf".
bool ecdsaKnownAnswer()
{
    const QByteArray publicKey = hex("04"
                                     "60FED4BA255A9D31C961EB74C6356D68C049B8923B61FA6CE669622E60F29FB6"
                                     "7903FE1008B8BC99A41AE9E95628BC64F2F1B20C2D7E9F5177A3C294D4462299");
    const QByteArray r = hex("EFD48B2AACB6A8FD1140DD9CD45E81D69D2C877B56AAF991C34D0EA84EAF3716");
    const QByteArray s = hex("F7CB1C942D657C41D436C7A1B6E29F65F3E900DBB9AFF4064DC4AB2F843ACDA8");

    OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, "P-256", 0);
    OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, publicKey.constData(),
                                     static_cast<size_t>(publicKey.size()));
    OSSL_PARAM* parameters = OSSL_PARAM_BLD_to_param(builder);
    OSSL_PARAM_BLD_free(builder);
    PkeyCtxPtr fromData(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr));
    EVP_PKEY* rawKey = nullptr;
    const bool built = parameters && fromData && EVP_PKEY_fromdata_init(fromData.get()) == 1 &&
                       EVP_PKEY_fromdata(fromData.get(), &rawKey, EVP_PKEY_PUBLIC_KEY, parameters) == 1;
    OSSL_PARAM_free(parameters);
    PkeyPtr key(rawKey);
    if (!built) {
        drainOpenSslErrors("ECDSA self-test key");
        return false;
    }

    ECDSA_SIG* signature = ECDSA_SIG_new();
    BIGNUM* rNumber =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(r.constData()), static_cast<int>(r.size()), nullptr);
    BIGNUM* sNumber =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(s.constData()), static_cast<int>(s.size()), nullptr);
    if (!signature || !rNumber || !sNumber || ECDSA_SIG_set0(signature, rNumber, sNumber) != 1) {
        BN_free(rNumber);
        BN_free(sNumber);
        ECDSA_SIG_free(signature);
        return false;
    }
    unsigned char* der = nullptr;
    const int derLength = i2d_ECDSA_SIG(signature, &der);
    ECDSA_SIG_free(signature);
    if (derLength <= 0) {
        return false;
    }
    auto verify = [&](const char* message) {
        MdCtxPtr context(EVP_MD_CTX_new());
        return context &&
               EVP_DigestVerifyInit_ex(context.get(), nullptr, "SHA256", nullptr, nullptr, key.get(),
                                       nullptr) == 1 &&
               EVP_DigestVerify(context.get(), der, static_cast<size_t>(derLength),
                                reinterpret_cast<const unsigned char*>(message), std::strlen(message)) == 1;
    };
    const bool ok = verify("sample") && !verify("samplf");
    OPENSSL_free(der);
    drainOpenSslErrors("ECDSA self-test");
    return ok;
}

Status runInitialization()
{
    const unsigned long version = OpenSSL_version_num();
    if (version < kMinimumOpenSslVersion || (version >> 28) != 3) {
        return makeError(ErrorKind::Environment,
                         QCoreApplication::translate(
                             "crypto", "OpenSSL %1 is not supported: 3.x from 3.0.22 on is required")
                             .arg(openSslVersion()),
                         errors::LibraryTooOld);
    }
    struct KnownAnswer
    {
        const char* name;
        bool (*run)();
    };
    const KnownAnswer tests[] = {
        {"SHA-256", sha256KnownAnswer},
        {"AES-256-GCM", aesGcmKnownAnswer},
        {"ECDSA P-256", ecdsaKnownAnswer},
    };
    for (const KnownAnswer& test : tests) {
        if (!test.run()) {
            qCCritical(lcCrypto) << "self-test failed:" << test.name;
            return makeError(ErrorKind::Environment,
                             QCoreApplication::translate("crypto", "cryptographic self-test failed: %1")
                                 .arg(QLatin1String(test.name)),
                             errors::SelfTestFailed);
        }
    }
    qCDebug(lcCrypto) << "self-tests passed with" << openSslVersion();
    return success();
}

} // namespace

Status initialize()
{
    releaseWithThread();
    static std::once_flag once;
    static std::optional<Status> result;
    std::call_once(once, [] { result.emplace(runInitialization()); });
    return *result;
}

} // namespace probitas::crypto
